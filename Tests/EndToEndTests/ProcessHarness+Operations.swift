import Foundation

/// What a finished `membership` run printed and returned.
struct CommandResult: Sendable {
    var status: Int32
    var output: String
    var error: String
}

/// Runs `membership ARGUMENTS` to completion (at most `timeout`), with `environment` added to
/// this process's environment minus `KAFKA_BROKERS` and `DATABASE_URL` (so a developer's shell
/// does not change the outcome).
func runMembership(_ arguments: [String], environment: [String: String] = [:], timeout: Duration = .seconds(60)) async throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Executables.path("membership"))
    process.arguments = arguments
    var inherited = ProcessInfo.processInfo.environment
    inherited["KAFKA_BROKERS"] = nil
    inherited["DATABASE_URL"] = nil
    process.environment = inherited.merging(environment) { $1 }
    let directory = FileManager.default.temporaryDirectory
    let outPath = directory.appendingPathComponent("ops-out-\(UUID().uuidString.prefix(6))").path
    let errPath = directory.appendingPathComponent("ops-err-\(UUID().uuidString.prefix(6))").path
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    defer {
        try? FileManager.default.removeItem(atPath: outPath)
        try? FileManager.default.removeItem(atPath: errPath)
    }
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    while process.isRunning, clock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
    if process.isRunning {
        process.terminate()
        throw HarnessError("membership \(arguments.joined(separator: " ")) still ran after \(timeout)")
    }
    return CommandResult(
        status: process.terminationStatus,
        output: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
        error: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
}
