/// An ``IdentifierSource`` that counts from given starting values: deterministic identifiers for
/// tests, demos and replays (`P-00000001`, `M-0000001`, `RC-000001`, MRN sequences per region).
public struct CountingIdentifierSource: IdentifierSource, Sendable {
    /// The last person number handed out.
    public private(set) var lastPerson: Int
    /// The last member number handed out.
    public private(set) var lastMember: Int
    /// The last case number handed out.
    public private(set) var lastCase: Int
    /// The last MRN sequence handed out in each region.
    public private(set) var lastMRNSequence: [Region: Int]

    /// Creates a source whose first identifiers are the numbers after the given ones.
    public init(lastPerson: Int = 0, lastMember: Int = 0, lastCase: Int = 0, lastMRNSequence: [Region: Int] = [:]) {
        self.lastPerson = lastPerson
        self.lastMember = lastMember
        self.lastCase = lastCase
        self.lastMRNSequence = lastMRNSequence
    }

    /// `P-` and eight digits.
    public mutating func newPersonID() -> PersonID {
        lastPerson += 1
        return PersonID("P-" + CountingIdentifierSource.padded(lastPerson, 8))
    }

    /// `M-` and seven digits.
    public mutating func newMemberID() -> MemberID {
        lastMember += 1
        return MemberID("M-" + CountingIdentifierSource.padded(lastMember, 7))
    }

    /// One more than the region's last sequence.
    public mutating func nextMRNSequence(in region: Region) -> Int {
        let next = (lastMRNSequence[region] ?? 0) + 1
        lastMRNSequence[region] = next
        return next
    }

    /// `RC-` and six digits.
    public mutating func newReviewCaseID() -> ReviewCaseID {
        lastCase += 1
        return ReviewCaseID("RC-" + CountingIdentifierSource.padded(lastCase, 6))
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
