/// The identity of one ID card to be produced: the member and the request that issued it.
///
/// Deterministic from its inputs, so reprocessing the same request names the same card and the
/// store can refuse to mail it twice (rule C5).
public struct CardID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The member the card is for.
    public let memberID: MemberID
    /// The id of the request (enrollment event, replacement request) that issued the card.
    public let requestID: String

    /// Creates a card identity.
    public init(memberID: MemberID, requestID: String) {
        self.memberID = memberID
        self.requestID = requestID
    }

    /// `<member>/<request>`.
    public var description: String { "\(memberID.rawValue)/\(requestID)" }

    /// Orders by member, then request.
    public static func < (lhs: CardID, rhs: CardID) -> Bool {
        (lhs.memberID, lhs.requestID) < (rhs.memberID, rhs.requestID)
    }
}
