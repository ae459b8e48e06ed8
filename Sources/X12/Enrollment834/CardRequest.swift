/// IDC in loop 2300: a request for identification cards.
public struct CardRequest: Sendable, Hashable {
    /// IDC01: the plan coverage description printed on the card.
    public var planDescription: String
    /// IDC02: `D` dental, `H` health, `P` prescription ...
    public var cardType: String
    /// IDC03: how many cards, when stated.
    public var quantity: Int?
    /// IDC04: `1` add, `2` change, `RX` replace.
    public var actionCode: String

    /// Creates a card request.
    public init(planDescription: String, cardType: String, quantity: Int?, actionCode: String) {
        self.planDescription = planDescription
        self.cardType = cardType
        self.quantity = quantity
        self.actionCode = actionCode
    }
}
