/// The identifying data of a person as identity matching compares it (rule M2): no raw SSN, only
/// its hash and last four digits.
///
/// The store keeps one key per person; the matcher builds one for an enrollee with
/// ``init(identity:groupNumber:hasher:)``.
public struct IdentityKey: Hashable, Sendable, Codable {
    /// Hash of the SSN; `nil` when none is known.
    public let ssnHash: SSNHash?
    /// Last four digits of the SSN, shown to reviewers; `nil` when none is known.
    public let ssnLast4: String?
    /// Date of birth.
    public let dateOfBirth: CalendarDate
    /// The normalised name.
    public let name: NormalizedName
    /// Upstream ids by group (a person enrolled in several groups may have one in each).
    public let upstreamMemberIDs: Set<UpstreamMemberRef>

    /// Creates a key from stored values.
    public init(ssnHash: SSNHash?, ssnLast4: String?, dateOfBirth: CalendarDate, name: NormalizedName,
                upstreamMemberIDs: Set<UpstreamMemberRef> = []) {
        self.ssnHash = ssnHash
        self.ssnLast4 = ssnLast4
        self.dateOfBirth = dateOfBirth
        self.name = name
        self.upstreamMemberIDs = upstreamMemberIDs
    }

    /// The key of an enrollee of `groupNumber`, hashing the SSN with `hasher`.
    public init(identity: PersonIdentity, groupNumber: GroupNumber, hasher: any SSNHasher) {
        ssnHash = identity.ssn.map { hasher.hash($0) }
        ssnLast4 = identity.ssn?.last4
        dateOfBirth = identity.dateOfBirth
        name = NormalizedName(identity.name)
        upstreamMemberIDs = identity.upstreamMemberID.map { [UpstreamMemberRef(groupNumber: groupNumber, id: $0)] } ?? []
    }
}
