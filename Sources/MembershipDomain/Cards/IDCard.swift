/// One member's physical ID card (rule C1) and what the packer needs to place it (rules C2, C3).
///
/// Holds the member's name because it is printed on the card; never log it (log ``id`` instead).
///
/// The fields live in one immutable, shared storage object, so copying a card (the packer moves
/// every card of a mailing run at least twice) is a single reference-count increment instead of a
/// copy of a dozen fields.
public struct IDCard: Hashable, Sendable, Codable {
    /// Why the card is issued (rule C1).
    public enum Reason: String, Hashable, Sendable, Codable, CaseIterable {
        /// A new member's first card.
        case newEnrollment = "new-enrollment"
        /// Coverage reinstated.
        case reinstatement
        /// The member's name changed.
        case nameChange = "name-change"
        /// The member asked for a replacement (allowed at any time).
        case replacement
    }

    /// The card's identity (rule C5).
    public var id: CardID { storage.id }
    /// Why it is issued.
    public var reason: Reason { storage.reason }
    /// The member's subscriber; with the mailing address it decides the household (rule C3).
    public var subscriberID: MemberID { storage.subscriberID }
    /// Relationship to the subscriber (the subscriber's card goes first, rule C2).
    public var relationship: Relationship { storage.relationship }
    /// Date of birth (dependents' cards are ordered by it, rule C2).
    public var dateOfBirth: CalendarDate { storage.dateOfBirth }
    /// Name printed on the card.
    public var memberName: String { storage.memberName }
    /// Medical record number printed on the card (rule M1).
    public var mrn: String { storage.mrn }
    /// Group number printed on the card.
    public var groupNumber: GroupNumber { storage.groupNumber }
    /// Plan name printed on the card.
    public var planName: String { storage.planName }
    /// Coverage effective date printed on the card; the SLA runs from it (rule C4).
    public var effectiveDate: CalendarDate { storage.effectiveDate }
    /// Member-services phone number printed on the card.
    public var memberServicesPhone: String { storage.memberServicesPhone }
    /// Whether a digital card is also available (rule M5: not in Northern California).
    public var digitalCardAvailable: Bool { storage.digitalCardAvailable }
    /// The date the card was requested; a replacement's SLA runs from it (rule C4).
    public var requestedOn: CalendarDate { storage.requestedOn }

    private final class Storage: Sendable {
        let id: CardID
        let reason: Reason
        let subscriberID: MemberID
        let relationship: Relationship
        let dateOfBirth: CalendarDate
        let memberName: String
        let mrn: String
        let groupNumber: GroupNumber
        let planName: String
        let effectiveDate: CalendarDate
        let memberServicesPhone: String
        let digitalCardAvailable: Bool
        let requestedOn: CalendarDate

        init(id: CardID, reason: Reason, subscriberID: MemberID, relationship: Relationship, dateOfBirth: CalendarDate,
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
    }

    private let storage: Storage

    /// Creates a card. `digitalCardAvailable` is usually `region.offersDigitalCards` (rule M5).
    public init(id: CardID, reason: Reason, subscriberID: MemberID, relationship: Relationship, dateOfBirth: CalendarDate,
                memberName: String, mrn: String, groupNumber: GroupNumber, planName: String, effectiveDate: CalendarDate,
                memberServicesPhone: String, digitalCardAvailable: Bool, requestedOn: CalendarDate) {
        storage = Storage(id: id, reason: reason, subscriberID: subscriberID, relationship: relationship, dateOfBirth: dateOfBirth,
                          memberName: memberName, mrn: mrn, groupNumber: groupNumber, planName: planName,
                          effectiveDate: effectiveDate, memberServicesPhone: memberServicesPhone,
                          digitalCardAvailable: digitalCardAvailable, requestedOn: requestedOn)
    }

    /// The member.
    public var memberID: MemberID { id.memberID }

    private enum CodingKeys: String, CodingKey {
        case id, reason, subscriberID, relationship, dateOfBirth, memberName, mrn, groupNumber, planName, effectiveDate
        case memberServicesPhone, digitalCardAvailable, requestedOn
    }

    /// Decodes every field.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(CardID.self, forKey: .id),
                  reason: try c.decode(Reason.self, forKey: .reason),
                  subscriberID: try c.decode(MemberID.self, forKey: .subscriberID),
                  relationship: try c.decode(Relationship.self, forKey: .relationship),
                  dateOfBirth: try c.decode(CalendarDate.self, forKey: .dateOfBirth),
                  memberName: try c.decode(String.self, forKey: .memberName),
                  mrn: try c.decode(String.self, forKey: .mrn),
                  groupNumber: try c.decode(GroupNumber.self, forKey: .groupNumber),
                  planName: try c.decode(String.self, forKey: .planName),
                  effectiveDate: try c.decode(CalendarDate.self, forKey: .effectiveDate),
                  memberServicesPhone: try c.decode(String.self, forKey: .memberServicesPhone),
                  digitalCardAvailable: try c.decode(Bool.self, forKey: .digitalCardAvailable),
                  requestedOn: try c.decode(CalendarDate.self, forKey: .requestedOn))
    }

    /// Encodes every field.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(reason, forKey: .reason)
        try c.encode(subscriberID, forKey: .subscriberID)
        try c.encode(relationship, forKey: .relationship)
        try c.encode(dateOfBirth, forKey: .dateOfBirth)
        try c.encode(memberName, forKey: .memberName)
        try c.encode(mrn, forKey: .mrn)
        try c.encode(groupNumber, forKey: .groupNumber)
        try c.encode(planName, forKey: .planName)
        try c.encode(effectiveDate, forKey: .effectiveDate)
        try c.encode(memberServicesPhone, forKey: .memberServicesPhone)
        try c.encode(digitalCardAvailable, forKey: .digitalCardAvailable)
        try c.encode(requestedOn, forKey: .requestedOn)
    }

    /// Cards are equal when every field is.
    public static func == (lhs: IDCard, rhs: IDCard) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.id == rhs.id
            && lhs.reason == rhs.reason
            && lhs.subscriberID == rhs.subscriberID
            && lhs.relationship == rhs.relationship
            && lhs.dateOfBirth == rhs.dateOfBirth
            && lhs.memberName == rhs.memberName
            && lhs.mrn == rhs.mrn
            && lhs.groupNumber == rhs.groupNumber
            && lhs.planName == rhs.planName
            && lhs.effectiveDate == rhs.effectiveDate
            && lhs.memberServicesPhone == rhs.memberServicesPhone
            && lhs.digitalCardAvailable == rhs.digitalCardAvailable
            && lhs.requestedOn == rhs.requestedOn
    }

    /// Hashes the identity and the printed fields.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(reason)
        hasher.combine(subscriberID)
        hasher.combine(relationship)
        hasher.combine(dateOfBirth)
        hasher.combine(memberName)
        hasher.combine(mrn)
        hasher.combine(groupNumber)
        hasher.combine(planName)
        hasher.combine(effectiveDate)
        hasher.combine(memberServicesPhone)
        hasher.combine(digitalCardAvailable)
        hasher.combine(requestedOn)
    }
}
