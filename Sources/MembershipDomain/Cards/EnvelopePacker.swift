/// Packs pending ID cards into envelopes for one mailing run (rules C2, C3, C5).
///
/// - Cards of one household (subscriber + normalised address) share envelopes; households never mix.
/// - Each household's cards are in the fixed order: the subscriber first, then dependents by date
///   of birth (oldest first), then by member id; envelopes are filled in that order, four at a time,
///   so n cards take ceil(n / 4) envelopes.
/// - A card id that appears twice in the input, or that is in `alreadyMailed`, is packed at most
///   once / not at all (rule C5).
/// - The output is deterministic: households in ``Household`` order, envelope ids derived from the
///   run id and the household.
public struct EnvelopePacker: Sendable {
    /// Creates a packer.
    public init() {}

    /// Packs `cards` for mailing run `runID`.
    public func pack(_ cards: [PendingCard], runID: String, alreadyMailed: Set<CardID> = []) -> [Envelope] {
        var byHousehold: [Household: [IDCard]] = [:]
        byHousehold.reserveCapacity(cards.count / 2)
        var seen: Set<CardID> = alreadyMailed
        seen.reserveCapacity(cards.count + alreadyMailed.count)
        for pending in cards where seen.insert(pending.card.id).inserted {
            byHousehold[pending.household, default: []].append(pending.card)
        }
        var envelopes: [Envelope] = []
        envelopes.reserveCapacity(cards.count / 2)
        for household in byHousehold.keys.sorted() {
            var members = byHousehold[household]!
            if members.count > 1 { members.sort(by: EnvelopePacker.cardOrder) }
            let count = (members.count + Envelope.capacity - 1) / Envelope.capacity
            let prefix = runID + "-" + household.subscriberID.rawValue + "-" + EnvelopePacker.fingerprint(household.address.key)
            var sequence = 0
            var start = 0
            while start < members.count {
                sequence += 1
                let end = min(start + Envelope.capacity, members.count)
                envelopes.append(Envelope(id: prefix + "-" + String(sequence), household: household,
                                          cards: Array(members[start..<end]), sequence: sequence, count: count))
                start = end
            }
        }
        return envelopes
    }

    /// The fixed order of cards in a household (rule C2).
    public static func cardOrder(_ a: IDCard, _ b: IDCard) -> Bool {
        let aSubscriber = a.relationship == .subscriber
        let bSubscriber = b.relationship == .subscriber
        if aSubscriber != bSubscriber { return aSubscriber }
        if a.dateOfBirth != b.dateOfBirth { return a.dateOfBirth < b.dateOfBirth }
        if a.memberID != b.memberID { return a.memberID < b.memberID }
        return a.id.requestID < b.id.requestID
    }

    /// FNV-1a 64-bit of the address key, as 16 hex digits: stable across processes (unlike
    /// `Hasher`) and keeps the address itself out of ids.
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
