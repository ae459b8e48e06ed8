@testable import MembershipStore

/// Small builders for records, with every value written out so expectations can be literal.
enum Fixtures {
    static func person(_ id: String, ssn: ProtectedSSN? = nil, name: String = "DOE JANE", birthDate: String = "1980-04-02",
                       upstreamGroup: String? = nil, upstreamMemberID: String? = nil) -> PersonRecord {
        PersonRecord(
            personID: id, ssn: ssn, firstName: "Jane", lastName: "Doe", normalizedName: name, birthDate: birthDate,
            upstreamGroup: upstreamGroup, upstreamMemberID: upstreamMemberID, createdAt: 1_700_000_000_000
        )
    }

    static func coverage(_ id: String, group: String = "G100", household: String = "H1", person: String = "P1",
                         mrn: String = "M1", effective: String = "2026-01-01", terminated: String? = nil) -> CoverageRecord {
        CoverageRecord(
            coverageID: id, groupNumber: group, householdID: household, personID: person, mrn: mrn,
            relationship: "subscriber", planID: "GOLD-HMO", effectiveDate: effective, terminationDate: terminated,
            cobra: false, createdAt: 1_700_000_000_000
        )
    }

    static func card(_ id: String, household: String) -> CardRecord {
        CardRecord(
            cardID: id, householdID: household, personID: "P-\(id)", mrn: "M-\(id)", groupNumber: "G100",
            planID: "GOLD-HMO", effectiveDate: "2026-02-01", reason: "new-enrollment", requestedOn: "2026-01-20",
            createdAt: 1_700_000_000_000
        )
    }

    static func invoice(_ id: String, group: String = "G100", month: String = "2026-02", total: Int64 = 150_000) -> InvoiceRecord {
        InvoiceRecord(
            invoiceID: id, groupNumber: group, billingMonth: month, totalCents: total, employerCents: 100_000,
            employeeCents: total - 100_000, issuedAt: 1_700_000_000_000,
            lines: [
                InvoiceLineRecord(lineNumber: 1, kind: "premium", mrn: "M1", planID: "GOLD-HMO", description: "Gold HMO",
                                  amountCents: total, employerCents: 100_000, employeeCents: total - 100_000),
            ]
        )
    }

    static func outbox(_ topic: String, key: String, payload: String, at time: Int64 = 1_700_000_000_000) -> OutboxMessage {
        OutboxMessage(
            topic: topic, key: Array(key.utf8), payload: Array(payload.utf8),
            headers: [OutboxHeader(name: "event-id", value: Array("E-\(payload)".utf8))], createdAt: time
        )
    }

    static func count(_ table: String, in store: MembershipStore) async throws -> Int64 {
        try await store.transaction { tx in
            try await tx.session.query("SELECT COUNT(*) AS n FROM \(table)")[0].int64("n")
        }
    }
}

/// An error a test throws on purpose to make a transaction or savepoint roll back.
struct DeliberateFailure: Error {}
