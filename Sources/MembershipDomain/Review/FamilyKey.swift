/// A family's identity across requests: its group and the upstream system's subscriber reference.
/// It is also the Kafka record key of the family's requests (`<group>/<subscriber ref>`), so the
/// family's requests arrive in order, and manual review holds a family's later requests behind an
/// open case (rule E12).
public struct FamilyKey: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The group.
    public let groupNumber: GroupNumber
    /// The upstream system's stable id for the subscriber, e.g. `E-5521`.
    public let subscriberRef: String

    /// Creates a key.
    public init(groupNumber: GroupNumber, subscriberRef: String) {
        self.groupNumber = groupNumber
        self.subscriberRef = subscriberRef
    }

    /// `<group>/<subscriber ref>`, the record key.
    public var description: String { groupNumber.rawValue + "/" + subscriberRef }

    /// Orders by group, then subscriber reference.
    public static func < (lhs: FamilyKey, rhs: FamilyKey) -> Bool {
        (lhs.groupNumber, lhs.subscriberRef) < (rhs.groupNumber, rhs.subscriberRef)
    }
}
