import Foundation
import MembershipDomain

/// Reads the checked-in reference CSVs (tests may do I/O; the domain does not).
enum ReferenceFiles {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Reference
        .deletingLastPathComponent()  // MembershipDomainTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Reference")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    static func load() throws -> ReferenceData {
        var files: [ReferenceData.File: String] = [:]
        for file in ReferenceData.File.allCases { files[file] = try text(file.fileName) }
        return try ReferenceData(files: files)
    }

    /// Loaded once per test process.
    static let shared: ReferenceData = {
        do { return try load() } catch { preconditionFailure("reference data failed to load: \(error)") }
    }()
}
