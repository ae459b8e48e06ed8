import ArgumentParser
import Foundation

/// RFC 3339 times as the operations options take them.
enum OperationsTime {
    static func parse(_ text: String, option: String) throws -> Date {
        for style in [Date.ISO8601FormatStyle(includingFractionalSeconds: true), Date.ISO8601FormatStyle()] {
            if let date = try? style.parse(text) { return date }
        }
        throw ValidationError("\(option) \(text): expected an RFC 3339 time, e.g. 2026-11-25T08:00:00Z")
    }
}
