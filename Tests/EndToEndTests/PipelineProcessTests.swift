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

/// The three workers as operations run them, on one database: `enrollment-worker`, two `idcard-worker`
/// replicas racing on timed mailing runs, and `billing-worker`, each a separate process next to
/// `membership broker`. Everything goes in through Kafka and is read back from the output topics.
@Suite("enrollment, ID-card and billing workers as processes", .serialized, .timeLimit(.minutes(10)))
struct PipelineProcessTests {
    typealias F = EnrollmentFixtures
    typealias Invoice = Membership_Billing_V1_InvoiceIssued
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("C1-C3, C5, B3-B9, E7: cards of two households at one address in 4+1 and 4+4+1 envelopes, a replacement alone; a family's invoice by hand, a payment, a termination reported three months late credited three times, a cycle run twice billed once", arguments: TestDatabase.allCases)
    func threeWorkers(_ database: TestDatabase) async throws {
        let broker = try await BrokerProcess.start()
        let store = try await database.freshURL()
        let enrollment = try start("enrollment-worker", broker, store, name: "pipeline-enroll-\(database)")
        // Two replicas in one group; each runs its own timed mailing runs over the shared pending cards.
        let cards = try (1...2).map { try start("idcard-worker", broker, store, name: "pipeline-idcard\($0)-\(database)") }
        let billing = try start("billing-worker", broker, store, name: "pipeline-billing-\(database)")
        let producer = try await makeProducer(broker)

        // The family of six (the 27-year-old is rejected, rule E6) in G-100, and a household of nine in G-200,
        // all at the same street address (rule C3: separate envelopes per household).
        let family = familyOfSix()
        let household = householdOfNine()
        try await send(producer, contracts: [F.contract("G-100"), F.contract("G-200")])
        try await send(producer, requests: family + household)
        let outcomes = try await acceptedMembers(broker, atLeast: 15, worker: enrollment)
        #expect(outcomes.count == 14)

        // Rule C2: 5 cards -> 4 + 1; 9 cards -> 4 + 4 + 1. Rule C5: every card in exactly one envelope.
        let firstMailing = try await envelopes(broker, atLeast: 5)
        #expect(firstMailing.count == 5, "idcard workers:\n\(cards.map(\.output).joined(separator: "\n"))")
        let byHousehold = Dictionary(grouping: firstMailing, by: \.householdKey).mapValues { $0.map(\.cards.count).sorted() }
        #expect(byHousehold.values.sorted { $0.count < $1.count } == [[1, 4], [1, 4, 4]])
        let mailedCards = firstMailing.flatMap(\.cards).map(\.memberID)
        #expect(mailedCards.count == 14)
        #expect(Set(mailedCards) == Set(outcomes.values))

        // Rule C1: a name change issues a replacement card, mailed alone.
        let eva = try #require(outcomes[family[2].eventID])
        try await send(producer, requests: [F.request(group: "G-100", family: "E-5521", at: F.enrollTime + 86_400, .changeDemographics(.with {
            $0.member = .with { $0.memberID = eva }
            $0.identity = F.enrollee(first: "Eva", last: "Reyes-Lind", born: (2012, 2, 3), ssn: "323456789").identity
        }))])
        let afterReplacement = try await envelopes(broker, atLeast: 6)
        #expect(afterReplacement.count == 6)
        // Envelopes are keyed by household, so the topic's order across partitions says nothing: find the new one.
        let mailedBefore = Set(firstMailing.map(\.envelopeID))
        let replacement = try #require(afterReplacement.first { !mailedBefore.contains($0.envelopeID) })
        #expect(replacement.cards.map(\.memberID) == [eva])

        // Billing for February (coverage began 2026-02-01), requested twice: one invoice (rule B8).
        try await send(producer, cycle: "G-100", month: 2)
        try await send(producer, cycle: "G-100", month: 2)
        let february = try await invoice(broker, month: 2, billing: billing)
        expectFamilyOfSixInvoice(february)
        try await Task.sleep(for: .seconds(2))
        let februaryInvoices = try await invoices(broker, atLeast: 1).filter { $0.billingMonth.month == 2 }
        #expect(Set(februaryInvoices.map(\.eventID)).count == 1, "a cycle run twice must give one invoice")

        // Rule B9: a payment lowers the balance.
        try await send(producer, payment: 100_000, id: "PAY-1", group: "G-100")
        let applied = try await paymentsApplied(broker, atLeast: 1)
        #expect(applied.map(\.balanceDueCents) == [87_923])
        #expect(applied.first?.invoiceNumbers == ["INV-G-100-2026-02"])

        // March to May billed; then, in May, the group reports the spouse's coverage ended 2026-02-28.
        for month in Int32(3)...5 {
            try await send(producer, cycle: "G-100", month: month)
            _ = try await invoice(broker, month: month, billing: billing)
        }
        let spouse = try #require(outcomes[family[1].eventID])
        let termination = F.request(group: "G-100", family: "E-5521", at: 1_778_436_000 /* 2026-05-10T18:00Z */, .terminate(.with {
            $0.members = .with { $0.memberID = spouse }
            $0.coverageEndDate = .init(year: 2026, month: 2, day: 28)
            $0.reason = .divorceOrPartnershipEnded
        }))
        try await send(producer, requests: [termination])
        _ = try await acceptedMembers(broker, atLeast: 17, worker: enrollment)

        // Rules B7, E7: June's invoice credits March, April and May.
        try await send(producer, cycle: "G-100", month: 6)
        let june = try await invoice(broker, month: 6, billing: billing)
        #expect(june.lines.map(\.memberID).contains(spouse) == false)
        #expect(june.lines.map(\.totalCents) == [47_848, 30_942, 30_942, 30_942])
        #expect(june.adjustments.map(\.memberID) == [spouse, spouse, spouse])
        #expect(june.adjustments.map(\.month.month) == [3, 4, 5])
        #expect(june.adjustments.map(\.amountCents) == [-47_249, -47_249, -47_249])
        #expect(june.adjustments.allSatisfy { $0.kind == .retroactiveTerminationCredit })
        #expect(june.premiumTotalCents == 140_674)
        #expect(june.adjustmentsTotalCents == -141_747)
        #expect(june.totalDueCents == -1_073)

        for worker in [enrollment, billing] + cards { worker.send(SIGTERM) }
        for worker in [enrollment, billing] + cards {
            #expect(await worker.waitForExit(timeout: .seconds(20)) == 0, "\(worker.name) did not stop cleanly:\n\(worker.output.suffix(2_000))")
        }
        await producer.close(timeout: .seconds(5))
        await broker.stop()
    }

    /// The February invoice of the family of six, computed by hand (rules B3, B4, B6, G3): S70-HMO, rating
    /// area 12, plan year 2026, base rate $374.40, child dental $23.00; rating ages on the contract's
    /// effective date 2026-01-01. Ana 40: 374.40 x 1.278 = 478.48; Luis 39: x 1.262 = 472.49; Eva 13, Leo 10,
    /// Mia 7: x 0.765 = 286.42 + 23.00 = 309.42. Employer pays 75% of the subscriber's and 50% of the
    /// dependents' premiums (half cents go to the employer).
    func expectFamilyOfSixInvoice(_ invoice: Invoice) {
        #expect(invoice.invoiceNumber == "INV-G-100-2026-02")
        #expect(invoice.lines.map(\.ratingAge) == [40, 39, 13, 10, 7])
        #expect(invoice.lines.map(\.ageFactorThousandths) == [1278, 1262, 765, 765, 765])
        #expect(invoice.lines.map(\.premiumCents) == [47_848, 47_249, 28_642, 28_642, 28_642])
        #expect(invoice.lines.map(\.childDentalCents) == [0, 0, 2_300, 2_300, 2_300])
        #expect(invoice.lines.map(\.totalCents) == [47_848, 47_249, 30_942, 30_942, 30_942])
        #expect(invoice.lines.map(\.employerShareCents) == [35_886, 23_625, 15_471, 15_471, 15_471])
        #expect(invoice.lines.map(\.employeeShareCents) == [11_962, 23_624, 15_471, 15_471, 15_471])
        #expect(invoice.premiumTotalCents == 187_923)
        #expect(invoice.adjustmentsTotalCents == 0)
        #expect(invoice.totalDueCents == 187_923)
        #expect(invoice.employerShareCents == 105_924)
        #expect(invoice.employeeShareCents == 81_999)
        #expect(invoice.ratingArea == 12)
    }

    // MARK: - Support

    func start(_ executable: String, _ broker: BrokerProcess, _ database: String, name: String) throws -> ChildProcess {
        try ChildProcess(executable, environment: [
            "KAFKA_BROKERS": "file:\(broker.bootstrapFile)",
            "DATABASE_URL": database,
            "METRICS_ADDRESS": "off",
            "REFERENCE_DIR": Self.repository.appendingPathComponent("Reference").path,
            "PII_KEYS": "k1:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
            "SESSION_TIMEOUT_MS": "6000",
            // Timed runs every second over cards at least 4 s old: a household's cards, published together,
            // are settled together, and both replicas run at once.
            "MAILING_INTERVAL_SECONDS": "1",
            "MAILING_SETTLE_SECONDS": "4",
        ], name: name)
    }

    /// The shared family of six (``EnrollmentFixtures/familyOfSix()``).
    func familyOfSix() -> [Membership_Enrollment_V1_EnrollmentRequest] { F.familyOfSix() }

    /// A subscriber, a spouse and seven children, all eligible: nine cards.
    func householdOfNine() -> [Membership_Enrollment_V1_EnrollmentRequest] {
        let children = ["Ada", "Ben", "Cleo", "Dario", "Elsa", "Fabio", "Gia"]
        return [
            F.addSubscriber(group: "G-200", family: "E-9", F.enrollee(first: "Nadia", last: "Osei", born: (1979, 4, 14), ssn: "731224455", hired: true)),
            F.addDependent(group: "G-200", family: "E-9", .spouse, F.enrollee(first: "Kofi", last: "Osei", born: (1978, 9, 1), ssn: "731224456")),
        ] + children.enumerated().map { index, name in
            F.addDependent(group: "G-200", family: "E-9", .child,
                           F.enrollee(first: name, last: "Osei", born: (Int32(2004 + 2 * index), 3, 10), ssn: "7312245\(60 + index)"))
        }
    }

    func makeProducer(_ broker: BrokerProcess) async throws -> KafkaProducer {
        var logger = Logger(label: "e2e")
        logger.logLevel = .error
        return try await KafkaProducer(configuration: KafkaProducerConfiguration(bootstrapServers: [broker.bootstrap]), logger: logger)
    }

    func send(_ producer: KafkaProducer, contracts: [Membership_Groups_V1_GroupContract]) async throws {
        let messages = try contracts.map { KafkaProducerMessage(topic: TopicName.groupContracts, key: $0.groupNumber, value: try $0.serializedBytes()) }
        #expect(await producer.send(messages).allSatisfy { $0.error == nil })
    }

    func send(_ producer: KafkaProducer, requests: [Membership_Enrollment_V1_EnrollmentRequest]) async throws {
        let messages = try requests.map {
            KafkaProducerMessage(topic: TopicName.enrollmentRequests, key: RecordKey.family(groupNumber: $0.groupNumber, subscriberRef: $0.subscriberRef), value: try $0.serializedBytes())
        }
        #expect(await producer.send(messages).allSatisfy { $0.error == nil })
    }

    /// A cycle for `group` and month `month` of 2026, requested on the 25th of the month before.
    func send(_ producer: KafkaProducer, cycle group: String, month: Int32) async throws {
        var request = Membership_Billing_V1_BillingCycleRequest()
        request.eventID = UUID().uuidString.lowercased()
        let requested = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
                                       year: 2026, month: Int(month) - 1, day: 25, hour: 18).date!
        request.occurredAt = Google_Protobuf_Timestamp(date: requested)
        request.source = "e2e-test"
        request.groupNumber = group
        request.billingMonth = .init(year: 2026, month: month)
        try await producer.send(KafkaProducerMessage(topic: TopicName.billingCycles, key: group, value: try request.serializedBytes()))
    }

    func send(_ producer: KafkaProducer, payment cents: Int64, id: String, group: String) async throws {
        var payment = Membership_Billing_V1_PaymentReceived()
        payment.eventID = UUID().uuidString.lowercased()
        payment.occurredAt = Google_Protobuf_Timestamp(seconds: 1_771_092_000)  // 2026-02-14T18:00Z
        payment.source = "lockbox-bank"
        payment.paymentID = id
        payment.groupNumber = group
        payment.amountCents = cents
        payment.receivedDate = .init(year: 2026, month: 2, day: 14)
        payment.method = .ach
        try await producer.send(KafkaProducerMessage(topic: TopicName.payments, key: group, value: try payment.serializedBytes()))
    }

    /// Accepted members by request id, once at least `count` requests have a final outcome.
    func acceptedMembers(_ broker: BrokerProcess, atLeast count: Int, worker: ChildProcess) async throws -> [String: String] {
        let results = try await readTopic(TopicName.enrollmentResults, bootstrap: broker.bootstrap, timeout: .seconds(120)) { records in
            records.compactMap { try? Membership_Enrollment_V1_EnrollmentResult(serializedBytes: $0.value) }
                .filter { if case .pendingReview? = $0.outcome { false } else { true } }.count >= count
        }.map { try Membership_Enrollment_V1_EnrollmentResult(serializedBytes: $0.value) }
        var accepted: [String: String] = [:]
        for result in results {
            if case .accepted(let members)? = result.outcome, let member = members.members.last, result.subject == .enrollmentRequest {
                accepted[result.requestID] = member.memberID
            }
        }
        #expect(!accepted.isEmpty, "enrollment worker:\n\(worker.output.suffix(3_000))")
        return accepted
    }

    func envelopes(_ broker: BrokerProcess, atLeast count: Int) async throws -> [Membership_Idcard_V1_Envelope] {
        try await readTopic(TopicName.idCardMailings, bootstrap: broker.bootstrap, timeout: .seconds(120)) { $0.count >= count }
            .map { try Membership_Idcard_V1_Envelope(serializedBytes: $0.value) }
    }

    func invoices(_ broker: BrokerProcess, atLeast count: Int) async throws -> [Invoice] {
        try await readTopic(TopicName.invoices, bootstrap: broker.bootstrap, timeout: .seconds(120)) { records in
            records.compactMap { try? Membership_Billing_V1_InvoicesMessage(serializedBytes: $0.value).invoiceIssued }.count >= count
        }
        .map { try Membership_Billing_V1_InvoicesMessage(serializedBytes: $0.value) }
        .compactMap { if case .invoiceIssued(let invoice)? = $0.payload { invoice } else { nil } }
    }

    /// The invoice of G-100 for `month` of 2026, waiting for it.
    func invoice(_ broker: BrokerProcess, month: Int32, billing: ChildProcess) async throws -> Invoice {
        let found = try await readTopic(TopicName.invoices, bootstrap: broker.bootstrap, timeout: .seconds(120)) { records in
            records.contains { (try? Membership_Billing_V1_InvoicesMessage(serializedBytes: $0.value))?.invoiceIssued.billingMonth.month == month }
        }
        .compactMap { try? Membership_Billing_V1_InvoicesMessage(serializedBytes: $0.value).invoiceIssued }
        .first { $0.billingMonth.month == month }
        return try #require(found, "no invoice for 2026-\(month); billing worker:\n\(billing.output.suffix(3_000))")
    }

    func paymentsApplied(_ broker: BrokerProcess, atLeast count: Int) async throws -> [Membership_Billing_V1_PaymentApplied] {
        try await readTopic(TopicName.invoices, bootstrap: broker.bootstrap, timeout: .seconds(120)) { records in
            records.filter { (try? Membership_Billing_V1_InvoicesMessage(serializedBytes: $0.value))?.paymentApplied.paymentID.isEmpty == false }.count >= count
        }
        .map { try Membership_Billing_V1_InvoicesMessage(serializedBytes: $0.value) }
        .compactMap { if case .paymentApplied(let applied)? = $0.payload { applied } else { nil } }
    }
}
