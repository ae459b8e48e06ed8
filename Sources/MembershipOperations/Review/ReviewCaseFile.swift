public import MembershipStore

/// Everything `membership review show` and `resolve` need about one case: its record, its
/// stored evidence, and each candidate's person and MRNs from the database.
public struct ReviewCaseFile: Sendable {
    /// A candidate with what the database knows about them.
    public struct Candidate: Sendable {
        /// The candidate as the case recorded them.
        public var evidence: ReviewCaseDetails.Candidate
        /// The person on record, `nil` when it is gone.
        public var person: PersonRecord?
        /// The person's MRNs, one per region.
        public var members: [MemberRecord]

        /// Creates a candidate.
        public init(evidence: ReviewCaseDetails.Candidate, person: PersonRecord?, members: [MemberRecord]) {
            self.evidence = evidence
            self.person = person
            self.members = members
        }
    }

    /// The case's row.
    public var record: ReviewCaseRecord
    /// Its evidence; `nil` with ``detailsProblem`` set when unreadable.
    public var details: ReviewCaseDetails?
    /// Why the evidence could not be read.
    public var detailsProblem: String?
    /// The candidates, best first.
    public var candidates: [Candidate]

    /// Creates a case file.
    public init(record: ReviewCaseRecord, details: ReviewCaseDetails?, detailsProblem: String?, candidates: [Candidate]) {
        self.record = record
        self.details = details
        self.detailsProblem = detailsProblem
        self.candidates = candidates
    }

    /// Loads case `id` from `store`; throws a message naming the next step when there is none.
    public static func load(id: String, from store: MembershipStore) async throws -> ReviewCaseFile {
        let file = try await store.readTransaction { tx -> ReviewCaseFile? in
            guard let record = try await tx.reviewCases.reviewCase(id: id) else { return nil }
            var details: ReviewCaseDetails?
            var problem: String?
            do {
                details = try ReviewCaseDetails(storedPayload: record.requestPayload)
            } catch {
                problem = "\(error)"
            }
            let ids = details?.candidates.map(\.personID) ?? []
            let persons = ids.isEmpty ? [] : try await tx.persons.persons(ids: ids)
            let members = ids.isEmpty ? [] : try await tx.members.members(personIDs: ids)
            let candidates = (details?.candidates ?? []).map { candidate in
                Candidate(evidence: candidate, person: persons.first { $0.personID == candidate.personID },
                          members: members.filter { $0.personID == candidate.personID })
            }
            return ReviewCaseFile(record: record, details: details, detailsProblem: problem, candidates: candidates)
        }
        guard let file else {
            throw OperationsError("no review case \(id) in the database: list the open cases with `membership review list`")
        }
        return file
    }
}
