/// One member's physical ID card (rule C1) and what the packer needs to place it (rules C2, C3).
///
/// Holds the member's name because it is printed on the card; never log it (log ``id`` instead).
public struct IDCard: Hashable, Sendable, Codable {
    /// Why the card is issued (rule C1).
    public enum Reason: String, Hashable, Sendable, Codable, CaseIterable {
        case newEnrollment = "new-enrollment"
        case reinstatement
        case nameChange = "name-change"
        case replacement
    }

    /// The card's identity (rule C5).
    public let id: CardID
    /// Why it is issued.
    public let reason: Reason
    /// The member's subscriber; with the mailing address it decides the household (rule C3).
    public let subscriberID: MemberID
    /// Relationship to the subscriber (the subscriber's card goes first, rule C2).
    public let relationship: Relationship
    /// Date of birth (dependents' cards are ordered by it, rule C2).
    public let dateOfBirth: CalendarDate
    /// Name printed on the card.
    public let memberName: String
    /// Medical record number printed on the card (rule M1).
    public let mrn: String
    /// Group number printed on the card.
    public let groupNumber: GroupNumber
    /// Plan name printed on the card.
    public let planName: String
    /// Coverage effective date printed on the card; the SLA runs from it (rule C4).
    public let effectiveDate: CalendarDate
    /// Member-services phone number printed on the card.
    public let memberServicesPhone: String
    /// Whether a digital card is also available (rule M5: not in Northern California).
    public let digitalCardAvailable: Bool
    /// The date the card was requested; a replacement's SLA runs from it (rule C4).
    public let requestedOn: CalendarDate

    /// Creates a card. `digitalCardAvailable` is usually `region.offersDigitalCards` (rule M5).
    public init(id: CardID, reason: Reason, subscriberID: MemberID, relationship: Relationship, dateOfBirth: CalendarDate,
                memberName: String, mrn: String, groupNumber: GroupNumber, planName: String, effectiveDate: CalendarDate,
                memberServicesPhone: String, digitalCardAvailable: Bool, requestedOn: CalendarDate) {
        self.id = id
        self.reason = reason
        self.subscriberID = subscriberID
        self.relationship = relationship
        self.dateOfBirth = dateOfBirth
        self.memberName = memberName
        self.mrn = mrn
        self.groupNumber = groupNumber
        self.planName = planName
        self.effectiveDate = effectiveDate
        self.memberServicesPhone = memberServicesPhone
        self.digitalCardAvailable = digitalCardAvailable
        self.requestedOn = requestedOn
    }

    /// The member.
    public var memberID: MemberID { id.memberID }
}
