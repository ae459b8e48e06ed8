/// A household for mailing: one subscriber at one normalised address (rule C3).
///
/// Cards of one household pending at the same mailing run share envelopes; cards of different
/// households never do, even at the same address (two families in one house get separate envelopes).
public struct Household: Hashable, Comparable, Sendable, Codable {
    /// The subscriber.
    public let subscriberID: MemberID
    /// The normalised mailing address.
    public let address: NormalizedAddress

    /// Creates a household key.
    public init(subscriberID: MemberID, address: NormalizedAddress) {
        self.subscriberID = subscriberID
        self.address = address
    }

    /// Orders by subscriber, then address.
    public static func < (lhs: Household, rhs: Household) -> Bool {
        if lhs.subscriberID != rhs.subscriberID { return lhs.subscriberID < rhs.subscriberID }
        return lhs.address < rhs.address
    }
}
