/// Everything besides the request that a decision reads: the group's terms, the family's state,
/// identity candidates, open review cases and reference data. The store loads it inside the
/// request's transaction; the decision never reads anything else (house rule 3).
public struct EnrollmentContext: Sendable {
    /// The group's terms; `nil` when no contract for the group has arrived (rule E12).
    public let terms: EnrollmentTerms?
    /// The family's current membership.
    public let family: FamilyMembership
    /// Stored persons matching the enrollee's ``CandidateQuery`` (rule M2); empty for actions
    /// without an enrollee.
    public let candidates: [PersonCandidate]
    /// Open review cases of the family (rule E12); a resolution's case must be among them.
    public let openCases: [ReviewCase]
    /// Service area and regions (rules E8, M1).
    public let referenceData: ReferenceData
    /// The hasher the store used for stored SSNs (rule M2).
    public let hasher: any SSNHasher
    /// Holidays skipped when counting business days (rule M3); none by default.
    public let holidays: Set<CalendarDate>

    /// Creates a context.
    public init(terms: EnrollmentTerms?, family: FamilyMembership, candidates: [PersonCandidate] = [],
                openCases: [ReviewCase] = [], referenceData: ReferenceData, hasher: any SSNHasher,
                holidays: Set<CalendarDate> = []) {
        self.terms = terms
        self.family = family
        self.candidates = candidates
        self.openCases = openCases
        self.referenceData = referenceData
        self.hasher = hasher
        self.holidays = holidays
    }
}
