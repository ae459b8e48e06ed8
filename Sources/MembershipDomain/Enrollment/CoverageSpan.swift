/// One continuous span of a member's coverage on one plan.
public struct CoverageSpan: Hashable, Sendable {
    /// The plan.
    public let plan: PlanID
    /// First covered day.
    public let start: CalendarDate
    /// Last covered day; `nil` while open-ended.
    public let end: CalendarDate?
    /// Whether this is COBRA continuation coverage (rule E11).
    public let isCOBRA: Bool

    /// Creates a span.
    public init(plan: PlanID, start: CalendarDate, end: CalendarDate? = nil, isCOBRA: Bool = false) {
        self.plan = plan
        self.start = start
        self.end = end
        self.isCOBRA = isCOBRA
    }

    /// Whether the span has not ended before `date` (it is open-ended or ends on or after it).
    public func isInForce(onOrAfter date: CalendarDate) -> Bool {
        guard let end else { return true }
        return end >= date
    }
}
