/// A card waiting for a mailing run, with the household it goes to (rule C3).
///
/// The address is normalised when the card is requested, once, and stored with it; packing then
/// compares keys only.
public struct PendingCard: Hashable, Sendable, Codable {
    /// The card.
    public let card: IDCard
    /// Where it goes.
    public let household: Household

    /// Creates a pending card for `card` mailed to `address`.
    public init(card: IDCard, address: NormalizedAddress) {
        self.card = card
        self.household = Household(subscriberID: card.subscriberID, address: address)
    }
}
