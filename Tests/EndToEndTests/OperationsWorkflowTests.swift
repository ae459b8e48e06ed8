import Foundation
import Testing

/// The operations commands as separate processes against the development broker process.
@Suite("membership operations commands against a broker process", .serialized, .timeLimit(.minutes(3)))
struct OperationsWorkflowTests {
    @Test("bill, produce, tail --json, replay record and play: each command's records arrive as sent")
    func workflow() async throws {
        let broker = try await BrokerProcess.start(partitions: 2)
        let environment = ["KAFKA_BROKERS": "file:\(broker.bootstrapFile)"]
        let directory = FileManager.default.temporaryDirectory
        let input = directory.appendingPathComponent("ops-payments-\(UUID().uuidString.prefix(6)).jsonl").path
        let recording = directory.appendingPathComponent("ops-recording-\(UUID().uuidString.prefix(6)).jsonl").path
        defer {
            try? FileManager.default.removeItem(atPath: input)
            try? FileManager.default.removeItem(atPath: recording)
        }

        let bill = try await runMembership(["bill", "--group", "G-7", "--month", "2026-11"], environment: environment)
        #expect(bill.status == 0, "\(bill.error)")
        #expect(bill.output == "requested billing of G-7 for 2026-11\n")
        let cycles = try await runMembership(["tail", "billing-cycles", "--from-beginning", "--to-end", "--json"], environment: environment)
        #expect(cycles.status == 0, "\(cycles.error)")
        let cycle = try #require(try JSONSerialization.jsonObject(with: Data(cycles.output.utf8)) as? [String: Any])
        #expect(cycle["key"] as? String == "G-7")
        #expect(cycle["type"] as? String == "membership.billing.v1.BillingCycleRequest")
        let value = try #require(cycle["value"] as? [String: Any])
        #expect(value["groupNumber"] as? String == "G-7")
        #expect((value["billingMonth"] as? [String: Any])?["month"] as? Int == 11)

        try """
            {"eventId":"00000000-0000-4000-8000-000000000001","groupNumber":"G-7","amountCents":"12500"}
            {"eventId":"00000000-0000-4000-8000-000000000002","groupNumber":"G-8","amountCents":"9900"}
            """.write(toFile: input, atomically: true, encoding: .utf8)
        let produce = try await runMembership(["produce", "payments", "--file", input], environment: environment)
        #expect(produce.status == 0, "\(produce.error)")
        #expect(produce.output == "produced 2 record(s) to membership.payments\n")

        let record = try await runMembership(["replay", "record", "payments", "--out", recording], environment: environment)
        #expect(record.status == 0, "\(record.error)")
        #expect(record.output == "recorded 2 record(s) of membership.payments to \(recording)\n")
        let play = try await runMembership(["replay", "play", recording, "--rate", "50/s"], environment: environment)
        #expect(play.status == 0, "\(play.error)")
        #expect(play.output == "played 2 record(s) from \(recording)\n")

        let payments = try await runMembership(["tail", "payments", "--from-beginning", "--to-end", "--json"], environment: environment)
        #expect(payments.status == 0, "\(payments.error)")
        let lines = payments.output.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let pairs = lines.compactMap { line -> String? in
            guard let key = line?["key"] as? String, let id = (line?["value"] as? [String: Any])?["eventId"] as? String else { return nil }
            return "\(key) \(id)"
        }
        #expect(pairs.sorted() == [
            "G-7 00000000-0000-4000-8000-000000000001", "G-7 00000000-0000-4000-8000-000000000001",
            "G-8 00000000-0000-4000-8000-000000000002", "G-8 00000000-0000-4000-8000-000000000002",
        ])
        await broker.stop()
    }
}
