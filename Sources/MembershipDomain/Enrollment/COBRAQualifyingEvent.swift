/// COBRA qualifying events (29 USC 1163) and the continuation each allows (rule E11).
public enum COBRAQualifyingEvent: String, CaseIterable, Hashable, Sendable, Codable {
    /// The employee's employment ended (other than for gross misconduct): 18 months.
    case employmentEnded = "employment-ended"
    /// The employee's hours were reduced below eligibility: 18 months.
    case hoursReduced = "hours-reduced"
    /// Divorce or legal separation from the employee: 36 months.
    case divorceOrSeparation = "divorce-or-separation"
    /// A child lost dependent status (e.g. turned 26): 36 months.
    case dependentLostStatus = "dependent-lost-status"
    /// The employee died: 36 months.
    case employeeDied = "employee-died"
    /// The employee became entitled to Medicare: 36 months.
    case employeeMedicare = "employee-medicare"

    /// The maximum continuation in months (rule E11): 18 for the end of employment or reduced
    /// hours (29 when a qualified beneficiary is disabled), 36 for every other event. The
    /// disability extension does not lengthen a 36-month event.
    public func maximumMonths(disabilityExtension: Bool) -> Int {
        switch self {
        case .employmentEnded, .hoursReduced: return disabilityExtension ? 29 : 18
        case .divorceOrSeparation, .dependentLostStatus, .employeeDied, .employeeMedicare: return 36
        }
    }

    /// The last day of COBRA coverage that starts on `start` (rule E11): the day before the same
    /// day of month, ``maximumMonths(disabilityExtension:)`` months later.
    public func lastDay(startingOn start: CalendarDate, disabilityExtension: Bool) -> CalendarDate {
        start.adding(months: maximumMonths(disabilityExtension: disabilityExtension)).adding(days: -1)
    }
}
