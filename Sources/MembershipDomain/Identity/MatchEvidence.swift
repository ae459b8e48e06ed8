/// One comparison between an enrollee and a stored person (rule M2). Review cases and decisions
/// carry these instead of the compared values, so no SSN is ever shown.
///
/// The first six values correspond one to one to `MatchEvidence` in
/// `Protos/membership/enrollment/v1/review_case.proto`; the others are listed in
/// `Docs/REASON-CODES.md`.
public enum MatchEvidence: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// Same first name and surname after normalisation.
    case sameName = "same-name"
    /// Same date of birth.
    case sameDateOfBirth = "same-date-of-birth"
    /// Same SSN (equal hashes).
    case sameSSN = "same-ssn"
    /// Both have an SSN and they differ.
    case differentSSN = "different-ssn"
    /// The enrollee or the stored person has no SSN.
    case ssnMissing = "ssn-missing"
    /// The dates of birth differ.
    case differentDateOfBirth = "different-date-of-birth"
    /// Same upstream member id within the request's group.
    case sameUpstreamMemberID = "same-upstream-member-id"
    /// The dates of birth are the same with month and day swapped.
    case dateOfBirthMonthDaySwapped = "date-of-birth-month-day-swapped"
    /// The SSNs are the same but for two adjacent digits swapped.
    case ssnAdjacentDigitsSwapped = "ssn-adjacent-digits-swapped"

    /// Declaration order (stable output order).
    public static func < (lhs: MatchEvidence, rhs: MatchEvidence) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
