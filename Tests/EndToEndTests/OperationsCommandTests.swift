import Foundation
import Testing

/// The operations commands as a person runs them: mistakes end with a non-zero status and a
/// message that says what to do next; every command's help has an example.
@Suite("membership operations commands: argument errors and help", .serialized, .timeLimit(.minutes(3)))
struct OperationsCommandTests {
    /// (arguments, exit status, text the error must contain). 64 is ArgumentParser's usage error.
    static let mistakes: [([String], Int32, String)] = [
        (["bill"], 64, "give --group G (one or more) or --all"),
        (["bill", "--all", "--month", "2026-13"], 64, "--month 2026-13: expected YYYY-MM, e.g. --month 2026-11"),
        (["bill", "--all", "--group", "G-1"], 64, "give --group G (one or more) or --all"),
        (["tail", "invoices", "--from-beginning", "--offset", "3"], 64, "give at most one of --from-beginning, --offset, --since"),
        (["tail", "invoices", "--since", "yesterday"], 64, "--since yesterday: expected an RFC 3339 time, e.g. 2026-11-25T08:00:00Z"),
        (["replay", "dlq", "membership.payments"], 64, "membership.payments is not a dead-letter topic: name the .dlq topic"),
        (["replay", "play", "/nonexistent/recording.jsonl"], 64, "cannot open the file"),
        (["replay", "play", "x.jsonl", "--rate", "fast"], 64, "--rate fast: expected records per second, e.g. --rate 500 or --rate 500/s"),
        (["replay", "record", "payments"], 64, "Missing expected argument '--out <out>'"),
        (["review", "resolve", "RC-1", "--reason", "x"], 64, "give exactly one decision: --match PERSON, --new-person or --reject"),
        (["review", "resolve", "RC-1", "--new-person", "--reject", "--reason", "x"], 64, "give exactly one decision"),
        (["produce", "no-such-topic"], 64, "no-such-topic is not a project topic"),
        (["produce", "payments.dlq"], 64, "membership.payments.dlq is a dead-letter topic: its records need the dlq.* headers only workers write; produce to membership.payments instead"),
        (["mail-run", "--run-id", "has space"], 64, "--run-id must be non-empty without spaces"),
        (["mail-run"], 1, "no brokers given: pass --brokers host:port or set KAFKA_BROKERS (for a development broker: `membership broker --bootstrap-file b.txt` and KAFKA_BROKERS=file:b.txt)"),
        (["bill", "--all", "--brokers", "file:/nonexistent/b.txt"], 1, "start a broker with `membership broker --bootstrap-file /nonexistent/b.txt`"),
    ]

    @Test("argument mistakes exit non-zero and say what to do", arguments: mistakes)
    func mistake(arguments: [String], status: Int32, message: String) async throws {
        let result = try await runMembership(arguments)
        #expect(result.status == status, "\(arguments): \(result.error)")
        #expect(result.error.contains(message), "\(arguments): \(result.error)")
        #expect(result.output.isEmpty)
    }

    @Test("an unreachable broker is reported with how to start one")
    func unreachable() async throws {
        let result = try await runMembership(["tail", "payments", "--to-end"], environment: ["KAFKA_BROKERS": "127.0.0.1:9"])
        #expect(result.status == 1)
        #expect(result.error.contains("no Kafka broker reachable at bootstrap.servers=127.0.0.1:9"))
        #expect(result.error.contains("start one with `membership broker --bootstrap-file b.txt` and set KAFKA_BROKERS=file:b.txt"))
    }

    @Test("review on a database that is not the workers' says to migrate or point at the right one")
    func wrongDatabase() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ops-empty-\(UUID().uuidString.prefix(6)).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let result = try await runMembership(["review", "list", "--database", "sqlite:\(path)"])
        #expect(result.status == 1)
        #expect(result.error.contains("cannot read review cases from sqlite:\(path)"))
        #expect(result.error.contains("migrated with `membership migrate`"))
    }

    @Test("every operations command's help has an example", arguments: [
        ["produce"], ["tail"], ["replay"], ["replay", "record"], ["replay", "play"], ["replay", "dlq"],
        ["review"], ["review", "list"], ["review", "show"], ["review", "resolve"], ["bill"], ["mail-run"],
    ])
    func help(command: [String]) async throws {
        let result = try await runMembership(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("Example"))
        #expect(result.output.contains("membership \(command.joined(separator: " "))"))
    }
}
