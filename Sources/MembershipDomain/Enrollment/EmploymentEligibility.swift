/// Whether an employee may enroll as a subscriber (rules E1, E2).
public enum EmploymentEligibility {
    /// The reasons `employment` is not eligible under `hoursRule`; empty when eligible.
    ///
    /// Rule E2: contractors, non-US employees, paid interns, vendors, TPAs, temporary, seasonal
    /// and household staff are never eligible, whatever their hours. Rule E1: a full-time or
    /// part-time employee must meet the hours rule. A full-time employee without reported hours is
    /// taken at their classification; a part-time employee must report the hours the rule measures.
    public static func violations(of employment: Employment, hoursRule: EnrollmentTerms.HoursRule) -> [RejectionReason] {
        guard employment.classification.canBeEligible else { return [.e2IneligibleEmploymentClass] }
        let reported: Int?
        let minimum: Int
        switch hoursRule {
        case .averageWeekly(let hundredths):
            reported = employment.averageWeeklyHundredths
            minimum = hundredths
        case .perPayPeriod(let hundredths):
            reported = employment.payPeriodHundredths
            minimum = hundredths
        }
        if let reported {
            return reported >= minimum ? [] : [.e1HoursBelowThreshold]
        }
        return employment.classification == .fullTime ? [] : [.e1HoursBelowThreshold]
    }
}
