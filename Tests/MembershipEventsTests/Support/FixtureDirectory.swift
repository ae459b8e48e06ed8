import Foundation

/// The committed fixture files of this test target, read from the source tree (the folder is
/// excluded from the target's resources, so tests work the same under `swift test` everywhere).
enum FixtureDirectory {
    /// `Tests/MembershipEventsTests/Fixtures/`.
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support/
        .deletingLastPathComponent()  // MembershipEventsTests/
        .appendingPathComponent("Fixtures", isDirectory: true)

    /// Setting this environment variable to 1 rewrites the golden files from the samples (and
    /// fails the run, so a recording never passes as a test).
    static let recordEnvironmentVariable = "MEMBERSHIP_RECORD_GOLDENS"

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment[recordEnvironmentVariable] == "1"
    }

    static func read(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url.appendingPathComponent(name)))
    }

    static func write(_ bytes: [UInt8], to name: String) throws {
        try Data(bytes).write(to: url.appendingPathComponent(name), options: .atomic)
    }

    static func fileNames(withExtension ext: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path)
            .filter { $0.hasSuffix("." + ext) }
            .sorted()
    }
}
