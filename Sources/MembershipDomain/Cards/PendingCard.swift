/// A card waiting for a mailing run, with the household it goes to (rule C3).
///
/// The address is normalised when the card is requested, once, and stored with it; packing then
/// compares a precomputed fingerprint and only falls back to the full key when fingerprints match.
public struct PendingCard: Hashable, Sendable, Codable {
    /// The card.
    public let card: IDCard
    /// Where it goes.
    public let household: Household
    /// FNV-1a 64 of subscriber and address key: stable across processes, used to group and order.
    public let householdFingerprint: UInt64
    /// FNV-1a 64 of the card id, used to find repeated cards (rule C5) without hashing strings.
    public let cardFingerprint: UInt64
    /// The five-digit ZIP as a number (envelopes are produced in ZIP order, as presorted mail wants).
    public let zipCode: Int

    /// Creates a pending card for `card` mailed to `address`.
    public init(card: IDCard, address: NormalizedAddress) {
        self.card = card
        self.household = Household(subscriberID: card.subscriberID, address: address)
        var hash = Fingerprint()
        hash.add(card.subscriberID.rawValue)
        hash.add("\u{1F}")
        hash.add(address.key)
        self.householdFingerprint = hash.value
        self.zipCode = Int(address.zip5) ?? 0
        var cardHash = Fingerprint()
        cardHash.add(card.id.memberID.rawValue)
        cardHash.add("\u{1F}")
        cardHash.add(card.id.requestID)
        self.cardFingerprint = cardHash.value
    }

    private enum CodingKeys: String, CodingKey {
        case card, address
    }

    /// Decodes the card and its address; the fingerprints are recomputed, never trusted from input.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(card: try container.decode(IDCard.self, forKey: .card),
                  address: try container.decode(NormalizedAddress.self, forKey: .address))
    }

    /// Encodes the card and its address.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(card, forKey: .card)
        try container.encode(household.address, forKey: .address)
    }
}
