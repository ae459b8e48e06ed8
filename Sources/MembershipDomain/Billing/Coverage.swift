/// One member's coverage span on one plan in one group, as billing sees it (rule B7).
public struct Coverage: Hashable, Sendable, Codable {
    /// The member.
    public let memberID: MemberID
    /// The subscriber of the member's family (the member itself for a subscriber).
    public let subscriberID: MemberID
    /// Relationship to the subscriber (rule B5 counts children).
    public let relationship: Relationship
    /// Date of birth (rule B3).
    public let dateOfBirth: CalendarDate
    /// The plan.
    public let plan: PlanID
    /// First covered day.
    public let start: CalendarDate
    /// Last covered day, inclusive; `nil` while coverage is open-ended.
    public let end: CalendarDate?
    /// Whether this is COBRA continuation coverage, billed at 102% with no employer share (rule E11).
    public let isCOBRA: Bool

    /// Creates a coverage span.
    public init(memberID: MemberID, subscriberID: MemberID, relationship: Relationship, dateOfBirth: CalendarDate,
                plan: PlanID, start: CalendarDate, end: CalendarDate? = nil, isCOBRA: Bool = false) {
        self.memberID = memberID
        self.subscriberID = subscriberID
        self.relationship = relationship
        self.dateOfBirth = dateOfBirth
        self.plan = plan
        self.start = start
        self.end = end
        self.isCOBRA = isCOBRA
    }

    /// Whether the member is charged for `month`: covered on its first day (rule B7: whole months,
    /// no proration). Coverage starting on the 2nd or later is first charged the next month; coverage
    /// ending on the 1st or later is charged for that month.
    @inlinable
    public func isCharged(in month: YearMonth) -> Bool {
        let first = month.firstDay
        guard start <= first else { return false }
        if let end { return first <= end }
        return true
    }
}
