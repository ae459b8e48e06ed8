/// One envelope for the print-and-mail vendor: one household's address and at most four cards
/// (rules C2, C3).
public struct Envelope: Hashable, Sendable, Codable {
    /// The most cards one envelope holds (rule C2).
    public static let capacity = 4

    /// Deterministic id: mailing run, subscriber, address fingerprint and sequence, so a rerun of
    /// the same mailing produces the same envelope ids (rule C5).
    public let id: String
    /// The household addressed.
    public let household: Household
    /// The cards, in the fixed order (subscriber, then dependents by date of birth, then member id).
    public let cards: Cards
    /// This envelope's number within the household's envelopes, from 1.
    public let sequence: Int
    /// How many envelopes the household gets in this run: ceil(cards / 4) (rule C2).
    public let count: Int

    /// Creates an envelope.
    public init(id: String, household: Household, cards: Cards, sequence: Int, count: Int) {
        self.id = id
        self.household = household
        self.cards = cards
        self.sequence = sequence
        self.count = count
    }

    /// `1 of 2`, printed on the envelope.
    public var label: String { "\(sequence) of \(count)" }
}
