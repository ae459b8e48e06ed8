import Foundation
import MembershipDomain
import MembershipEvents
import MembershipOperations
import MembershipStore
import Testing

@Suite("review: cases from the database, reports without full SSN or birth date, the resolve request")
struct ReviewDeskTests {
    /// The evidence JSON as the enrollment worker stores it beside the case (StoredReviewCase).
    static let storedEvidence = #"""
        {"candidates":[{"evidence":["same-name","same-date-of-birth","ssn-missing"],"personID":"P-00071344","ssnLast4":"6789","strength":"plausible"}],
         "dateOfBirth":"1984-03-09","homeZIP":"94110","name":{"first":"Ana","last":"Lopez","middle":"","suffix":""},"ssnLast4":"4321"}
        """#

    static func record(status: String = "open") -> ReviewCaseRecord {
        var record = ReviewCaseRecord(
            caseID: "RC-2026-000731", groupNumber: "G-104233", subscriberRef: "E-5521", requestEventID: "req-1",
            reason: "uncertain-person-match", receivedOn: "2026-11-20", dueDate: "2026-11-24",
            requestPayload: Array(storedEvidence.utf8), openedAt: 1_795_000_000_000)
        record.status = status
        return record
    }

    static func withCase<R: Sendable>(_ body: (MembershipStore) async throws -> R) async throws -> R {
        let path = temporaryPath(".sqlite")
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        return try await MembershipStore.withStore(try StoreConfiguration(url: "sqlite:\(path)")) { store in
            _ = try await store.migrate()
            try await store.transaction { tx in
                try await tx.persons.insert([PersonRecord(
                    personID: "P-00071344", ssn: nil, firstName: "Ana", lastName: "López", normalizedName: "ana lopez",
                    birthDate: "1984-03-09", upstreamGroup: nil, upstreamMemberID: nil, createdAt: 0)])
                try await tx.members.insert([MemberRecord(mrn: "MRN-NC-000042", personID: "P-00071344", regionCode: "NC", createdAt: 0)])
                try await tx.reviewCases.open(record())
            }
            return try await body(store)
        }
    }

    @Test("M2: a case loads with its evidence and each candidate's person and MRNs")
    func load() async throws {
        let file = try await Self.withCase { try await ReviewCaseFile.load(id: "RC-2026-000731", from: $0) }
        #expect(file.record.groupNumber == "G-104233")
        #expect(file.details?.name?.printed == "Ana Lopez")
        #expect(file.details?.dateOfBirth == CalendarDate(year: 1984, month: 3, day: 9))
        #expect(file.candidates.map(\.evidence.personID) == ["P-00071344"])
        #expect(file.candidates.first?.person?.lastName == "López")
        #expect(file.candidates.first?.members.map(\.mrn) == ["MRN-NC-000042"])
    }

    @Test("an unknown case says how to list the open ones")
    func unknown() async throws {
        await #expect(throws: OperationsError("no review case RC-404 in the database: list the open cases with `membership review list`")) {
            try await Self.withCase { try await ReviewCaseFile.load(id: "RC-404", from: $0) }
        }
    }

    @Test("M3: show and list never print a full SSN or date of birth, and mark overdue cases")
    func reports() async throws {
        let file = try await Self.withCase { try await ReviewCaseFile.load(id: "RC-2026-000731", from: $0) }
        let detail = ReviewCaseReport.detail(file, today: "2026-11-25")
        #expect(detail.contains("case RC-2026-000731  open OVERDUE"))
        #expect(detail.contains("born        1984-**-**"))
        #expect(detail.contains("SSN         ***-**-4321"))
        #expect(detail.contains("P-00071344  Ana López  born 1984-**-**  SSN ***-**-6789"))
        #expect(detail.contains("MRN MRN-NC-000042 (NC)"))
        #expect(detail.contains("membership review resolve RC-2026-000731 --match P-00071344"))
        #expect(!detail.contains("03-09"))
        let table = ReviewCaseReport.table([Self.record()], today: "2026-11-24")
        #expect(table == """
            CASE            GROUP     SUBSCRIBER  REASON                  RECEIVED    DUE
            RC-2026-000731  G-104233  E-5521      uncertain-person-match  2026-11-20  2026-11-24
            1 open case(s)
            """)
        #expect(ReviewCaseReport.table([Self.record()], today: "2026-11-25").contains("2026-11-24  OVERDUE"))
    }

    @Test("M2: resolving publishes a resolve_review request under the family's key")
    func resolve() throws {
        let file = ReviewCaseFile(record: Self.record(), details: try ReviewCaseDetails(storedPayload: Array(Self.storedEvidence.utf8)),
                                  detailsProblem: nil, candidates: [])
        let withCandidate = try Self.fileWithCandidate()
        let resolution = ReviewResolution(decision: .match(personID: "P-00071344"), operatorLogin: "jlee", reason: "same person")
        let message = try resolution.message(for: withCandidate, eventID: "e-1", now: Date(timeIntervalSince1970: 1_795_590_000))
        #expect(message.topic == "membership.enrollment-requests")
        #expect(message.key == Array("G-104233/E-5521".utf8))
        let request = try Membership_Enrollment_V1_EnrollmentRequest(serializedBytes: message.value)
        #expect(request.eventID == "e-1")
        #expect(request.source == "membership-cli")
        #expect(request.resolveReview.caseID == "RC-2026-000731")
        #expect(request.resolveReview.matchToPerson.personID == "P-00071344")
        #expect(request.resolveReview.operator == "jlee")
        #expect(request.resolveReview.reason == "same person")

        let newPerson = try ReviewResolution(decision: .newPerson, operatorLogin: "jlee", reason: "different person").request(for: file)
        #expect(newPerson.resolveReview.decision == Membership_Enrollment_V1_ResolveReview.OneOf_Decision.newPerson(Membership_Enrollment_V1_NewPerson()))
    }

    @Test("M3: a closed case or a person who is not a candidate is refused before anything is sent")
    func refusals() throws {
        var closed = try Self.fileWithCandidate()
        closed.record.status = "closed"
        closed.record.resolution = "new-person"
        closed.record.resolvedBy = "mkim"
        #expect(throws: OperationsError("case RC-2026-000731 is closed (new-person by mkim): nothing to resolve; see the open cases with `membership review list`")) {
            try ReviewResolution(decision: .reject, operatorLogin: "jlee", reason: "x").request(for: closed)
        }
        #expect(throws: OperationsError("P-1 is not a candidate of case RC-2026-000731: choose one of P-00071344 (`membership review show RC-2026-000731`)")) {
            try ReviewResolution(decision: .match(personID: "P-1"), operatorLogin: "jlee", reason: "x").request(for: try Self.fileWithCandidate())
        }
        #expect(throws: OperationsError("the reason is empty: pass --reason \"why\"; it is kept with the case")) {
            try ReviewResolution(decision: .reject, operatorLogin: "jlee", reason: " ").request(for: try Self.fileWithCandidate())
        }
    }

    static func fileWithCandidate() throws -> ReviewCaseFile {
        let details = try ReviewCaseDetails(storedPayload: Array(storedEvidence.utf8))
        return ReviewCaseFile(record: record(), details: details, detailsProblem: nil,
                              candidates: details.candidates.map { ReviewCaseFile.Candidate(evidence: $0, person: nil, members: []) })
    }
}
