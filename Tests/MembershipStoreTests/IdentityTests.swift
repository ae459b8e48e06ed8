import Testing
@testable import MembershipStore

@Suite("Identity, members and MRNs")
struct IdentityTests {
    static let oldKey = SSNProtector.Key(id: "k2025", secret: Array("old-secret-old-secret-old-secret".utf8))
    static let newKey = SSNProtector.Key(id: "k2026", secret: Array("new-secret-new-secret-new-secret".utf8))

    @Test("SSN protector stores an HMAC, the key id and the last four digits, never the SSN")
    func protect() throws {
        let protector = try SSNProtector(keys: [Self.newKey], currentKeyID: "k2026")
        let stored = try protector.protect(ssn: "123-45-6789")
        #expect(stored.keyID == "k2026")
        #expect(stored.lastFour == "6789")
        #expect(stored.hmac.count == 64)
        #expect(!stored.hmac.contains("123456789"))
        #expect(try protector.protect(ssn: "123456789") == stored)
        #expect("\(stored)" == "ProtectedSSN(keyID: k2026)")
    }

    @Test("SSN protector rejects malformed SSNs and bad key sets", arguments: ["12345678", "1234567890", "12345678a", ""])
    func rejects(ssn: String) throws {
        let protector = try SSNProtector(keys: [Self.newKey], currentKeyID: "k2026")
        #expect(throws: StoreError.self) { try protector.protect(ssn: ssn) }
        #expect(throws: StoreError.self) { try SSNProtector(keys: [Self.newKey], currentKeyID: "missing") }
        #expect(throws: StoreError.self) { try SSNProtector(keys: [], currentKeyID: "k2026") }
    }

    @Test("M2: identity candidates by SSN are found under an older key after rotation", arguments: TestBackend.allCases)
    func ssnAfterRotation(backend: TestBackend) async throws {
        let before = try SSNProtector(keys: [Self.oldKey], currentKeyID: "k2025")
        let after = try SSNProtector(keys: [Self.oldKey, Self.newKey], currentKeyID: "k2026")
        try await backend.withStore { store throws in
            try await store.transaction { tx throws in
                try await tx.persons.insert([
                    Fixtures.person("P1", ssn: try before.protect(ssn: "123-45-6789")),
                    Fixtures.person("P2", ssn: try after.protect(ssn: "987-65-4321")),
                ])
            }
            let found = try await store.transaction { tx throws in
                (try await tx.persons.candidates(ssn: "123456789", protector: after),
                 try await tx.persons.candidates(ssn: "987654321", protector: after),
                 try await tx.persons.candidates(ssn: "111111111", protector: after))
            }
            #expect(found.0.map(\.personID) == ["P1"])
            #expect(found.0.first?.ssn?.keyID == "k2025")
            #expect(found.1.map(\.personID) == ["P2"])
            #expect(found.2.isEmpty)
        }
    }

    @Test("M2: identity candidates by normalised name + DOB and by upstream member id", arguments: TestBackend.allCases)
    func otherCandidates(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            try await store.transaction { tx throws in
                try await tx.persons.insert([
                    Fixtures.person("P1", name: "DOE JANE", birthDate: "1980-04-02", upstreamGroup: "G100", upstreamMemberID: "U7"),
                    Fixtures.person("P2", name: "DOE JANE", birthDate: "1980-04-02"),
                    Fixtures.person("P3", name: "DOE JANE", birthDate: "1981-04-02", upstreamGroup: "G200", upstreamMemberID: "U7"),
                ])
            }
            let (byName, byUpstream, person) = try await store.transaction { tx throws in
                (try await tx.persons.candidates(normalizedName: "DOE JANE", birthDate: "1980-04-02"),
                 try await tx.persons.candidates(upstreamGroup: "G100", upstreamMemberID: "U7"),
                 try await tx.persons.person(id: "P3"))
            }
            #expect(byName.map(\.personID) == ["P1", "P2"])
            #expect(byUpstream.map(\.personID) == ["P1"])
            #expect(person == Fixtures.person("P3", name: "DOE JANE", birthDate: "1981-04-02", upstreamGroup: "G200", upstreamMemberID: "U7"))
        }
    }

    @Test("E10: updating demographics replaces them", arguments: TestBackend.allCases)
    func updatePerson(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let updated = try await store.transaction { tx throws in
                try await tx.persons.insert([Fixtures.person("P1")])
                var person = Fixtures.person("P1", name: "SMITH JANE")
                person.lastName = "Smith"
                try await tx.persons.update(person)
                return try await tx.persons.persons(ids: ["P1"])
            }
            #expect(updated.map(\.normalizedName) == ["SMITH JANE"])
            #expect(updated.map(\.lastName) == ["Smith"])
        }
    }

    @Test("M1: one MRN per person and region; a second insert returns the existing one", arguments: TestBackend.allCases)
    func mrnPerRegion(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let (first, second, other) = try await store.transaction { tx throws in
                (try await tx.members.insertIfAbsent(MemberRecord(mrn: "N-1", personID: "P1", regionCode: "NCAL", createdAt: 1)),
                 try await tx.members.insertIfAbsent(MemberRecord(mrn: "N-2", personID: "P1", regionCode: "NCAL", createdAt: 2)),
                 try await tx.members.insertIfAbsent(MemberRecord(mrn: "S-1", personID: "P1", regionCode: "SCAL", createdAt: 3)))
            }
            #expect(first.inserted && !second.inserted && other.inserted)
            #expect(second.member == MemberRecord(mrn: "N-1", personID: "P1", regionCode: "NCAL", createdAt: 1))
            let found = try await store.transaction { tx throws in try await tx.members.member(personID: "P1", regionCode: "SCAL") }
            #expect(found?.mrn == "S-1")
        }
    }

    @Test("M1: MRN numbers come from a per-region database sequence", arguments: TestBackend.allCases)
    func mrnSequence(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let ranges = try await store.transaction { tx throws in
                [try await tx.members.allocateMRNNumbers(regionCode: "NCAL", count: 3),
                 try await tx.members.allocateMRNNumbers(regionCode: "NCAL"),
                 try await tx.members.allocateMRNNumbers(regionCode: "SCAL", count: 2)]
            }
            #expect(ranges == [1...3, 4...4, 1...2])
        }
    }

    @Test("M1: concurrent MRN allocations never hand out the same number", arguments: TestBackend.allCases)
    func concurrentMRNs(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let numbers = try await withThrowingTaskGroup(of: [Int64].self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        try await store.transaction { tx throws in Array(try await tx.members.allocateMRNNumbers(regionCode: "NCAL", count: 5)) }
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            #expect(numbers.sorted() == Array(1...40))
        }
    }
}
