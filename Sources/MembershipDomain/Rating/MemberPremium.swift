/// One member's monthly premium and how it was reached (rules B3-B6).
public struct MemberPremium: Hashable, Sendable, Codable {
    /// The member.
    public let memberID: MemberID
    /// Age on the contract year's first day (rule B3); 0 for a child born later.
    public let ratingAge: Int
    /// The age band (rule B4).
    public let band: AgeBand
    /// The band's age factor (rule B4).
    public let factor: Factor
    /// `false` for a fourth or later child under 21, who costs nothing (rule B5).
    public let isCharged: Bool
    /// Base rate x factor, rounded once to the cent; 0 when not charged.
    public let medical: Money
    /// The HMO child-dental amount for members under 19 (rule B6); 0 otherwise or when not charged.
    public let childDental: Money

    /// Creates a premium record.
    public init(memberID: MemberID, ratingAge: Int, band: AgeBand, factor: Factor, isCharged: Bool,
                medical: Money, childDental: Money) {
        self.memberID = memberID
        self.ratingAge = ratingAge
        self.band = band
        self.factor = factor
        self.isCharged = isCharged
        self.medical = medical
        self.childDental = childDental
    }

    /// The member's monthly premium: medical plus child dental.
    public var total: Money { medical + childDental }
}
