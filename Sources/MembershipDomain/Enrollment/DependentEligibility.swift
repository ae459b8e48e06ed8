/// Dependent eligibility (rules E6, E7).
public enum DependentEligibility {
    /// The age at which a child who is not disabled stops being a dependent (rule E6).
    public static let childAgeLimit = 26

    /// The last day a child born on `dateOfBirth` is eligible (rule E7): the last day of the pay
    /// period in which they turn 26. `nil` for a disabled child, who stays eligible (rule E6).
    public static func lastEligibleDay(dateOfBirth: CalendarDate, isDisabled: Bool, paySchedule: PaySchedule) -> CalendarDate? {
        if isDisabled { return nil }
        let birthday = dateOfBirth.anniversary(in: dateOfBirth.year + childAgeLimit)
        return paySchedule.periodEnd(containing: birthday)
    }

    /// Whether a person with `relationship` is eligible as a dependent on `date` (rule E6): a
    /// spouse or domestic partner always; a child until ``lastEligibleDay(dateOfBirth:isDisabled:paySchedule:)``.
    public static func isEligible(relationship: Relationship, dateOfBirth: CalendarDate, isDisabled: Bool,
                                  on date: CalendarDate, paySchedule: PaySchedule) -> Bool {
        switch relationship {
        case .subscriber: return false
        case .spouse, .domesticPartner: return true
        case .child:
            guard let last = lastEligibleDay(dateOfBirth: dateOfBirth, isDisabled: isDisabled, paySchedule: paySchedule)
            else { return true }
            return date <= last
        }
    }

    /// The last day of coverage when a dependent loses eligibility because of an event on
    /// `eventDate` (a final divorce, the employee losing eligibility): the last day of that pay
    /// period (rule E7).
    public static func lastDayAfterEvent(on eventDate: CalendarDate, paySchedule: PaySchedule) -> CalendarDate {
        paySchedule.periodEnd(containing: eventDate)
    }
}
