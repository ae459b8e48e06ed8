/// An upstream system's id for a person, which is only meaningful inside one group (rule M2: the
/// upstream member id is a strong identifier *within the group*).
public struct UpstreamMemberRef: Hashable, Sendable, Codable {
    /// The group whose upstream system assigned the id.
    public let groupNumber: GroupNumber
    /// The upstream id, e.g. `E-5521`.
    public let id: String

    /// Creates a reference.
    public init(groupNumber: GroupNumber, id: String) {
        self.groupNumber = groupNumber
        self.id = id
    }
}
