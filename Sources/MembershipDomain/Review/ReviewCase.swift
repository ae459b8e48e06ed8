/// A manual-review case (rules M2, M3, E4): the request under review, why, what the reviewer
/// needs to decide, and when it is due.
///
/// The case holds the original request so that its resolution (``ReviewDecision``) can turn it
/// into its final outcome. While the case is open, the family's later requests wait behind it
/// (``ReviewQueue``).
public struct ReviewCase: Hashable, Sendable {
    /// The case.
    public let id: ReviewCaseID
    /// Why the request needs review.
    public let reason: ReviewReason
    /// The request under review.
    public let request: EnrollmentRequest
    /// The plan-local date on which the request was received (rule X1); the due date counts from it.
    public let receivedOn: CalendarDate
    /// The day by which the case is due: 2 business days after receipt (rule M3).
    public let dueDate: CalendarDate
    /// The enrollee as the request describes them; `nil` for a request without an enrollee (a plan
    /// change with a move).
    public let enrollee: EnrolleeEvidence?
    /// The plausible candidates, best first; empty for a move (rule E4).
    public let candidates: [CandidateEvidence]

    /// Creates a case.
    public init(id: ReviewCaseID, reason: ReviewReason, request: EnrollmentRequest, receivedOn: CalendarDate,
                dueDate: CalendarDate, enrollee: EnrolleeEvidence?, candidates: [CandidateEvidence]) {
        self.id = id
        self.reason = reason
        self.request = request
        self.receivedOn = receivedOn
        self.dueDate = dueDate
        self.enrollee = enrollee
        self.candidates = candidates
    }

    /// The number of business days a case has (rule M3).
    public static let businessDaysToResolve = 2

    /// The due date of a case received on `date` (rule M3): 2 business days later, Monday to
    /// Friday, skipping `holidays`.
    public static func dueDate(receivedOn date: CalendarDate, holidays: Set<CalendarDate> = []) -> CalendarDate {
        date.adding(businessDays: businessDaysToResolve, holidays: holidays)
    }

    /// The family whose requests wait behind this case.
    public var familyKey: FamilyKey { request.familyKey }

    /// Whether the case is overdue on `date` (rule M3 reports overdue cases): past its due date.
    public func isOverdue(on date: CalendarDate) -> Bool { date > dueDate }
}
