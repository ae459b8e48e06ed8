import Foundation
import Testing

/// `--check-config`, what a deployment pipeline runs against a manifest's environment: it validates and
/// exits without contacting the broker or the database.
@Suite("workers' --check-config", .serialized, .timeLimit(.minutes(2)))
struct CheckConfigProcessTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let key = "k1:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"

    func run(_ worker: String, _ environment: [String: String]) async throws -> (status: Int32?, output: String) {
        let process = try ChildProcess(worker, arguments: ["--check-config"], environment: environment, name: "check-\(worker)")
        let status = await process.waitForExit(timeout: .seconds(30))
        return (status, process.output)
    }

    @Test("a valid configuration: exit 0, nothing contacted (no database file is created, the broker address is unreachable)",
          arguments: ["enrollment-worker", "billing-worker", "idcard-worker"])
    func valid(_ worker: String) async throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString.prefix(6)).sqlite").path
        let (status, output) = try await run(worker, [
            "KAFKA_BROKERS": "192.0.2.1:9092", "DATABASE_URL": "sqlite:" + database, "PII_KEYS": Self.key,
            "REFERENCE_DIR": Self.repository.appendingPathComponent("Reference").path,
        ])
        #expect(status == 0, "\(output)")
        #expect(output.contains("\(worker): configuration is valid"))
        #expect(!FileManager.default.fileExists(atPath: database))
    }

    @Test("an invalid configuration exits 2 and names the variable to fix", arguments: [
        ("enrollment-worker", [String: String](), "PII_KEYS"),
        ("billing-worker", ["PLAN_TIME_ZONE": "Mars/Olympus"], "PLAN_TIME_ZONE"),
        ("idcard-worker", ["DATABASE_URL": "mysql://db/membership"], "DATABASE_URL"),
    ])
    func invalid(_ worker: String, _ change: [String: String], _ variable: String) async throws {
        var environment = [
            "KAFKA_BROKERS": "192.0.2.1:9092", "DATABASE_URL": "sqlite:/tmp/never-created.sqlite",
            "REFERENCE_DIR": Self.repository.appendingPathComponent("Reference").path,
        ]
        environment.merge(change) { $1 }
        let (status, output) = try await run(worker, environment)
        #expect(status == 2, "\(output)")
        #expect(output.contains(variable), "\(output)")
    }
}
