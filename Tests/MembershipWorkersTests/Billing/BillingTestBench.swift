import Foundation
import MembershipDomain
import MembershipEvents
import MembershipStore
import MembershipWorkers
import SwiftProtobuf
import WorkerRuntime

/// A fresh SQLite store in a temporary directory with the reference data of the repository's `Reference/`
/// folder, the billing handlers, and helpers that write groups and coverages the way the enrollment worker
/// does and send protobuf-encoded messages the way the runtime does.
struct BillingTestBench {
    let directory: URL
    let handlers: BillingHandlers

    /// 2026-02-25T12:00:00Z, when the tests' cycles are requested.
    static let requestTime: Int64 = 1_772_020_800_000

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("billing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        handlers = BillingHandlers(reference: try Self.reference())
    }

    /// The reference data in the repository (`Reference/*.csv`).
    static func reference() throws -> ReferenceData {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }
        var files: [ReferenceData.File: String] = [:]
        for file in ReferenceData.File.allCases {
            files[file] = try String(contentsOf: root.appendingPathComponent("Reference").appendingPathComponent(file.fileName),
                                     encoding: .utf8)
        }
        return try ReferenceData(files: files)
    }

    var configuration: StoreConfiguration {
        get throws { try StoreConfiguration(url: "sqlite:" + directory.appendingPathComponent("billing.sqlite").path) }
    }

    /// Runs `body` with a migrated store; the directory is removed afterwards.
    func withStore<R: Sendable>(_ body: (MembershipStore) async throws -> R) async throws -> R {
        defer { try? FileManager.default.removeItem(at: directory) }
        return try await MembershipStore.withStore(try configuration) { store in
            try await store.migrate()
            return try await body(store)
        }
    }

    /// Stores group `number` in rating area 12 (Ventura), contract effective 2026-01-01, on plan S70-HMO: the
    /// employer pays 75% of subscribers' and 50% of dependents' premiums; broker BR-7 earns 4%.
    static func addGroup(_ number: String, to store: MembershipStore) async throws {
        var contract = Membership_Groups_V1_GroupContract()
        contract.groupNumber = number
        contract.contractEffectiveDate = .init(year: 2026, month: 1, day: 1)
        contract.subscriberContribution = .with { $0.percentBasisPoints = 7500 }
        contract.dependentContribution = .with { $0.percentBasisPoints = 5000 }
        contract.broker = .with {
            $0.brokerID = "BR-7"
            $0.commissionRateBasisPoints = 400
        }
        let settings: [UInt8] = try contract.serializedBytes()
        try await store.transaction { tx in
            try await tx.groups.upsert(GroupRecord(groupNumber: number, name: "Harbor Dental", status: "active", businessZIP: "93030",
                                                   businessCounty: "Ventura", businessState: "CA", ratingArea: 12, paperless: true,
                                                   brokerID: "BR-7", settings: settings, updatedAt: 0))
            try await tx.groups.upsert(ContractRecord(groupNumber: number, effectiveDate: "2026-01-01", renewalDate: "2027-01-01",
                                                      status: "active", planIDs: ["S70-HMO"], updatedAt: 0))
        }
    }

    /// One covered person: `(person id, relationship, birth date, effective date, COBRA)`.
    typealias Member = (person: String, relationship: String, born: String, effective: String, cobra: Bool)

    /// Stores a family (persons, household, coverages on S70-HMO) in `group`; the first member is the subscriber.
    static func addFamily(_ members: [Member], group: String, to store: MembershipStore) async throws {
        let household = "H-" + members[0].person
        try await store.transaction { tx in
            try await tx.persons.insert(members.map {
                PersonRecord(personID: $0.person, ssn: nil, firstName: "First", lastName: "Last", normalizedName: "FIRST LAST",
                             birthDate: $0.born, upstreamGroup: nil, upstreamMemberID: nil, createdAt: 0)
            })
            try await tx.households.upsert([
                HouseholdRecord(householdID: household, groupNumber: group, subscriberPersonID: members[0].person,
                                line1: "1200 Harbor Blvd", city: "Oxnard", state: "CA", zip: "93030", addressKey: "1200 HARBOR BLVD|OXNARD|CA|93030",
                                updatedAt: 0)
            ])
            try await tx.coverages.insert(members.map {
                // As the enrollment worker writes them: `<member id>/<first day>`; member "M-1" is person "P-1".
                CoverageRecord(coverageID: "M-" + $0.person.dropFirst(2) + "/" + $0.effective, groupNumber: group, householdID: household, personID: $0.person,
                               mrn: "11-" + $0.person, relationship: $0.relationship, planID: "S70-HMO", effectiveDate: $0.effective,
                               cobra: $0.cobra, createdAt: 0)
            })
        }
    }

    /// The tests' family: a subscriber (44 on 2026-01-01), a spouse (42) and three children (16, 14, 10).
    static let family: [Member] = [
        ("P-1", "subscriber", "1981-04-12", "2026-01-01", false),
        ("P-2", "spouse", "1983-09-01", "2026-01-01", false),
        ("P-3", "child", "2009-02-03", "2026-01-01", false),
        ("P-4", "child", "2011-11-20", "2026-01-01", false),
        ("P-5", "child", "2015-06-30", "2026-01-01", false),
    ]

    /// A `BillingCycleRequest` for one group (or every group when `group` is `nil`).
    static func cycle(group: String?, year: Int32, month: Int32, at time: Int64 = requestTime) throws -> [UInt8] {
        var request = Membership_Billing_V1_BillingCycleRequest()
        request.eventID = UUID().uuidString.lowercased()
        request.occurredAt = Google_Protobuf_Timestamp(seconds: time / 1000)
        request.source = "scheduler"
        if let group { request.groupNumber = group } else { request.allGroups = true }
        request.billingMonth = .init(year: year, month: month)
        return try request.serializedBytes()
    }

    /// A `PaymentReceived` of `cents` from `group`.
    static func payment(id: String, group: String, cents: Int64) throws -> [UInt8] {
        var payment = Membership_Billing_V1_PaymentReceived()
        payment.eventID = UUID().uuidString.lowercased()
        payment.occurredAt = Google_Protobuf_Timestamp(seconds: requestTime / 1000 + 86_400 * 5)
        payment.source = "lockbox-bank"
        payment.paymentID = id
        payment.groupNumber = group
        payment.amountCents = cents
        payment.receivedDate = .init(year: 2026, month: 3, day: 2)
        payment.method = .ach
        return try payment.serializedBytes()
    }

    /// Decodes `value` with the handler and handles it in one transaction, as the runtime would.
    static func deliver<H: MessageHandler>(_ value: [UInt8], to handler: H, store: MembershipStore) async throws -> [OutboxMessage] {
        let message = IncomingMessage(topic: handler.topic, partition: 0, offset: 0, key: nil, value: value)
        let decoded = try handler.decode(message)
        return try await store.transaction { tx in try await handler.handle(decoded, message: message, in: tx) }
    }

    /// The invoices-topic events of outbox messages.
    static func events(_ messages: [OutboxMessage]) throws -> [Membership_Billing_V1_InvoicesMessage] {
        try messages.map { try Membership_Billing_V1_InvoicesMessage(serializedBytes: $0.payload) }
    }
}
