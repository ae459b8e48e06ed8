/// When coverage starts (rule E5).
public enum CoverageStart {
    /// The longest waiting period the law allows, in days (45 CFR 147.116).
    public static let maximumWaitingDays = 90

    /// A new hire's first day of coverage (rule E5): the first of a month on or after
    /// `hireDate + waitingPeriodDays`; if that is more than 90 days after hire, the latest first of
    /// a month no more than 90 days after hire. Hire Jan 15 with 90 days -> Apr 1 (not May 1).
    public static func afterWaitingPeriod(hireDate: CalendarDate, waitingPeriodDays: Int) -> CalendarDate {
        let candidate = hireDate.adding(days: max(0, waitingPeriodDays)).firstOfMonthOnOrAfter
        let limit = hireDate.adding(days: maximumWaitingDays)
        if candidate <= limit { return candidate }
        // The first of limit's month is at most 90 days after hire; it is never before the hire
        // date because 90 days always reach into a later month.
        return limit.firstOfMonth
    }

    /// The first day of coverage gained through a qualifying life event (rule E5): the event's own
    /// day for a birth or adoption (45 CFR 146.117); otherwise the first of a month on or after the
    /// later of the event and the request's receipt, so coverage never starts before it was asked
    /// for and follows a loss of other coverage without a gap.
    public static func forQualifyingEvent(_ event: QualifyingLifeEvent, receivedOn date: CalendarDate) -> CalendarDate {
        if event.kind.coversFromEventDate { return event.date }
        return max(event.date, date).firstOfMonthOnOrAfter
    }
}
