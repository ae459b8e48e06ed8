import Foundation
import Kafka
import Logging
import MembershipEvents
import MembershipTesting
import SwiftProtobuf
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// billing-worker killed at each crash point while it bills a cycle and applies a payment, then restarted:
/// one invoice and one payment application, whatever the crash.
@Suite("billing-worker crash points", .serialized, .timeLimit(.minutes(8)))
struct BillingCrashProcessTests {
    let pipeline = PipelineProcessTests()

    @Test("B8, B9: a crash at each crash point, then a restart: one invoice per cycle, the payment applied once",
          arguments: ["after-commit", "after-delivery", "before-offset-commit"])
    func crashThenRestart(_ point: String) async throws {
        let broker = try await BrokerProcess.start()
        let store = try await TestDatabase.sqlite.freshURL()
        let enrollment = try pipeline.start("enrollment-worker", broker, store, name: "billcrash-enroll-\(point)")
        let producer = try await pipeline.makeProducer(broker)
        try await pipeline.send(producer, contracts: [EnrollmentFixtures.contract("G-100")])
        try await pipeline.send(producer, requests: pipeline.familyOfSix())
        _ = try await pipeline.acceptedMembers(broker, atLeast: 6, worker: enrollment)

        try await pipeline.send(producer, cycle: "G-100", month: 2)
        let crashing = try ChildProcess("billing-worker", environment: environment(broker, store, crashAt: point), name: "billcrash-\(point)")
        let status = await crashing.waitForExit(timeout: .seconds(60))
        #expect(status != nil && status != 0, "billing-worker should have killed itself at \(point):\n\(crashing.output.suffix(1_500))")

        let restarted = try ChildProcess("billing-worker", environment: environment(broker, store, crashAt: nil), name: "billcrash-after-\(point)")
        let february = try await pipeline.invoice(broker, month: 2, billing: restarted)
        pipeline.expectFamilyOfSixInvoice(february)
        try await pipeline.send(producer, payment: 100_000, id: "PAY-1", group: "G-100")
        try await pipeline.send(producer, payment: 100_000, id: "PAY-1", group: "G-100")  // the bank resends it
        let applied = try await pipeline.paymentsApplied(broker, atLeast: 1)
        try await Task.sleep(for: .seconds(2))
        let invoices = try await pipeline.invoices(broker, atLeast: 1)
        #expect(Set(invoices.map(\.eventID)).count == 1, "one invoice for the cycle")
        #expect(Set(applied.map(\.eventID)).count == 1, "PAY-1 applied once")
        #expect(applied.first?.balanceDueCents == 87_923)
        if point != "after-delivery" {
            // Only a crash between the broker's acknowledgement and marking the outbox row republishes,
            // and then with the same event id.
            #expect(invoices.count == 1)
        }
        for worker in [enrollment, restarted] { worker.send(SIGTERM) }
        for worker in [enrollment, restarted] { #expect(await worker.waitForExit(timeout: .seconds(20)) == 0) }
        await producer.close(timeout: .seconds(5))
        await broker.stop()
    }

    func environment(_ broker: BrokerProcess, _ database: String, crashAt: String?) -> [String: String] {
        var environment = [
            "KAFKA_BROKERS": "file:\(broker.bootstrapFile)", "DATABASE_URL": database, "METRICS_ADDRESS": "off",
            "REFERENCE_DIR": PipelineProcessTests.repository.appendingPathComponent("Reference").path,
            "SESSION_TIMEOUT_MS": "6000",
        ]
        if let crashAt { environment["MEMBERSHIP_CRASH_AT"] = crashAt }
        return environment
    }
}
