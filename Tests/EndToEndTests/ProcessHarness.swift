import Foundation
import Kafka
import Logging
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Runs the project's real executables (built by `swift build` next to the tests) as separate
/// processes, the way operations run them.
enum Executables {
    /// The folder holding the built products: the test bundle's own folder.
    static let directory: URL = {
        let bundle = Bundle.main.bundleURL
        for candidate in [bundle, bundle.deletingLastPathComponent()] {
            if FileManager.default.isExecutableFile(atPath: candidate.appendingPathComponent("membership").path) { return candidate }
        }
        // `swift test` runs from the package root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug")
    }()

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
}

/// One child process with its output captured to a file (read on failure).
final class ChildProcess: Sendable {
    let name: String
    let logPath: String
    private let process: Process

    /// Runs one of the project's executables (`membership`, `enrollment-worker`, ...).
    convenience init(_ executable: String, arguments: [String] = [], environment: [String: String] = [:], name: String) throws {
        try self.init(absolute: Executables.path(executable), arguments: arguments, environment: environment, name: name)
    }

    /// Runs any program by its full path (e.g. `/usr/bin/python3`).
    init(absolute path: String, arguments: [String] = [], environment: [String: String] = [:], name: String) throws {
        self.name = name
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(name)-\(UUID().uuidString.prefix(6)).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        logPath = log.path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        self.process = process
    }

    var isRunning: Bool { process.isRunning }
    var pid: Int32 { process.processIdentifier }

    /// Sends `signal` (SIGTERM for a graceful stop, SIGKILL for a crash).
    func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits up to `timeout` for the process to exit; returns its exit status, or nil if it is still running.
    func waitForExit(timeout: Duration) async -> Int32? {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while process.isRunning, clock.now < deadline { try? await Task.sleep(for: .milliseconds(50)) }
        return process.isRunning ? nil : process.terminationStatus
    }

    var output: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}

/// The development broker as a separate process (`membership broker`).
struct BrokerProcess {
    let process: ChildProcess
    let bootstrapFile: String
    let bootstrap: String

    static func start(partitions: Int = 8) async throws -> BrokerProcess {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bootstrap-\(UUID().uuidString.prefix(6)).txt").path
        let process = try ChildProcess("membership", arguments: ["broker", "--partitions", String(partitions), "--bootstrap-file", file], name: "broker")
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .seconds(30))
        while clock.now < deadline {
            if let text = try? String(contentsOfFile: file, encoding: .utf8), !text.isEmpty {
                return BrokerProcess(process: process, bootstrapFile: file, bootstrap: text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw HarnessError("the broker did not write \(file) within 30 s:\n\(process.output)")
    }

    func stop() async {
        process.send(SIGTERM)
        _ = await process.waitForExit(timeout: .seconds(10))
    }
}

struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Everything published on `topic` so far (from the start, a fresh consumer group), waiting until
/// `until` holds or `timeout` passes, then a moment longer to catch late duplicates.
func readTopic(
    _ topic: String, bootstrap: String, timeout: Duration = .seconds(90),
    until done: @Sendable ([ConsumedRecord]) -> Bool
) async throws -> [ConsumedRecord] {
    var logger = Logger(label: "e2e-reader")
    logger.logLevel = .error
    var configuration = KafkaConsumerConfiguration(bootstrapServers: [bootstrap], groupID: "e2e-reader-\(UUID().uuidString)")
    configuration.batchLinger = .milliseconds(10)
    let consumer = try await KafkaConsumer(configuration: configuration, logger: logger)
    try consumer.subscribe(topics: [topic])
    let collected = Mutex<[ConsumedRecord]>([])
    let reading = Task {
        for try await batch in consumer.batches {
            let records = batch.map { ConsumedRecord(key: $0.key ?? [], value: $0.value, headers: $0.headers) }
            collected.withLock { $0.append(contentsOf: records) }
        }
    }
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    while !done(collected.withLock { $0 }), clock.now < deadline {
        try await Task.sleep(for: .milliseconds(200))
    }
    try await Task.sleep(for: .seconds(1))
    reading.cancel()
    await consumer.close(timeout: .seconds(5))
    return collected.withLock { $0 }
}

struct ConsumedRecord: Sendable {
    var key: [UInt8]
    var value: [UInt8]
    var headers: [KafkaHeader]
}
