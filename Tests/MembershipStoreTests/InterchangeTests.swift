import Testing
@testable import MembershipStore

@Suite("X12 interchanges and enrolled coverages (migration 4)")
struct InterchangeTests {
    static func interchange(_ sha: String, at time: Int64 = 1_764_612_000_000) -> IngestedInterchange {
        IngestedInterchange(sender: "ZZ:123456789012345", controlNumber: "000010216", contentSHA256: sha,
                            fileName: "cancel-dependent.x12", requestCount: 1, ingestedAt: time)
    }

    @Test("the same interchange recorded twice is one row; a reused control number with other content is a second", arguments: TestBackend.allCases)
    func idempotency(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let none = try await store.transaction { tx throws in
                try await tx.interchanges.interchanges(sender: "ZZ:123456789012345", controlNumber: "000010216")
            }
            #expect(none == [])
            for _ in 0..<2 {
                try await store.transaction { tx throws in try await tx.interchanges.record(Self.interchange("aaaa")) }
            }
            try await store.transaction { tx throws in try await tx.interchanges.record(Self.interchange("bbbb", at: 1_764_612_000_001)) }
            let rows = try await store.transaction { tx throws in
                try await tx.interchanges.interchanges(sender: "ZZ:123456789012345", controlNumber: "000010216")
            }
            #expect(rows == [Self.interchange("aaaa"), Self.interchange("bbbb", at: 1_764_612_000_001)])
            let otherSender = try await store.transaction { tx throws in
                try await tx.interchanges.interchanges(sender: "ZZ:OTHER", controlNumber: "000010216")
            }
            #expect(otherSender == [])
        }
    }

    @Test("enrolled coverages: in force on the day, with the person's upstream id and the family's subscriber ref", arguments: TestBackend.allCases)
    func enrolledCoverages(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            try await store.transaction { tx throws in
                try await tx.persons.insert([
                    Fixtures.person("P1", upstreamGroup: "G100", upstreamMemberID: "E-1"),
                    Fixtures.person("P2"),
                ])
                try await tx.coverages.insert([
                    Fixtures.coverage("M-1/2026-01-01", household: "G100/E-1", person: "P1"),
                    Fixtures.coverage("M-2/2026-01-01", household: "G100/E-1", person: "P2"),
                    Fixtures.coverage("M-3/2026-01-01", household: "G100/E-3", person: "P3", terminated: "2026-02-28"),
                    Fixtures.coverage("M-4/2026-01-01", group: "G200", household: "G200/E-4", person: "P4"),
                ])
            }
            let enrolled = try await store.readTransaction { tx throws in
                try await tx.coverages.enrolledCoverages(groupNumbers: ["G100"], asOf: "2026-03-01")
            }
            #expect(enrolled == [
                EnrolledCoverageRecord(groupNumber: "G100", householdID: "G100/E-1", memberID: "M-1", relationship: "subscriber",
                                       upstreamMemberID: "E-1"),
                EnrolledCoverageRecord(groupNumber: "G100", householdID: "G100/E-1", memberID: "M-2", relationship: "subscriber",
                                       upstreamMemberID: nil),
            ])
            #expect(enrolled.first?.subscriberRef == "E-1")
            let none = try await store.readTransaction { tx throws in
                try await tx.coverages.enrolledCoverages(groupNumbers: [], asOf: "2026-03-01")
            }
            #expect(none == [])
        }
    }
}
