/// What billing needs to know about a group (rules G1, G3, B2, B9).
public struct BillingGroup: Hashable, Sendable, Codable {
    /// How the group receives its bill (rule B9).
    public enum BillDelivery: String, Hashable, Sendable, Codable {
        /// Printed and mailed.
        case paper
        /// Delivered electronically only.
        case paperless
    }

    /// The group.
    public let groupNumber: GroupNumber
    /// The contract's first effective date; contract years renew every 12 months from it (rule B3).
    public let contractEffective: CalendarDate
    /// The rating area of the business address (rule B2).
    public let ratingArea: RatingArea
    /// Employer contribution (rule G3).
    public let contribution: ContributionPolicy
    /// Paper or paperless bills (rule B9).
    public let billDelivery: BillDelivery

    /// Creates a billing view of a group.
    public init(groupNumber: GroupNumber, contractEffective: CalendarDate, ratingArea: RatingArea,
                contribution: ContributionPolicy, billDelivery: BillDelivery = .paperless) {
        self.groupNumber = groupNumber
        self.contractEffective = contractEffective
        self.ratingArea = ratingArea
        self.contribution = contribution
        self.billDelivery = billDelivery
    }
}
