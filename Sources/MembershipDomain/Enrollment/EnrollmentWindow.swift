/// Which window lets a request in (rules E3, E4).
public enum EnrollmentWindow: Hashable, Sendable {
    /// Within the new-hire window (days from hire, inclusive).
    case newHire
    /// Within the group's open-enrollment period.
    case openEnrollment
    /// With a qualifying life event reported within the QLE window.
    case qualifyingEvent(QualifyingLifeEvent)

    /// The qualifying life events that allow enrolling a subscriber or changing plan (rule E4).
    /// Medicare is handled separately (always rejected); new coverage elsewhere only cancels (E9).
    public static let subscriberEvents: Set<QualifyingLifeEvent.Kind> = [
        .marriage, .domesticPartnership, .divorce, .legalSeparation, .birth, .adoption, .lossOfOtherCoverage, .move,
        .domesticPartnershipEnded,
    ]

    /// The qualifying life events that allow adding a dependent with `relationship` (rules E4, E6):
    /// marriage for a spouse, a registered partnership for a partner, birth, adoption, marriage or
    /// partnership for a child (a stepchild), and loss of other coverage or a move for anyone.
    public static func dependentEvents(for relationship: Relationship) -> Set<QualifyingLifeEvent.Kind> {
        switch relationship {
        case .subscriber: return []
        case .spouse: return [.marriage, .lossOfOtherCoverage, .move]
        case .domesticPartner: return [.domesticPartnership, .lossOfOtherCoverage, .move]
        case .child: return [.birth, .adoption, .marriage, .domesticPartnership, .lossOfOtherCoverage, .move]
        }
    }

    /// Whether `date` is within `days` days after `start` (day 0 through day `days`). A window of
    /// 30 days from Jan 1 ends on Jan 31; a report on day 31 is late.
    public static func isWithin(_ days: Int, daysAfter start: CalendarDate, date: CalendarDate) -> Bool {
        let elapsed = start.days(until: date)
        return elapsed >= 0 && elapsed <= days
    }

    /// Checks a qualifying life event for a request received on `date` (rules E3, E4): its kind
    /// must be in `allowed` (Medicare is always refused: the group representative handles it),
    /// and it must be reported no more than `windowDays` after it happened. An event reported ahead
    /// of its date (a planned marriage, new coverage starting next month) is in time.
    public static func check(_ event: QualifyingLifeEvent, allowed: Set<QualifyingLifeEvent.Kind>, windowDays: Int,
                             receivedOn date: CalendarDate) -> Result<EnrollmentWindow, RejectionReasons> {
        if event.kind == .medicare { return .failure(RejectionReasons([.e4MedicareHandledByGroup])) }
        guard allowed.contains(event.kind) else { return .failure(RejectionReasons([.e4QLENotQualifying])) }
        if event.date.days(until: date) > windowDays { return .failure(RejectionReasons([.e3QLEReportedTooLate])) }
        return .success(.qualifyingEvent(event))
    }
}
