/// Ordering of a family's requests around manual review (rule E12): while a case is open for a
/// family, the family's later requests wait behind it, and are decided after it is resolved, in
/// their original order.
public enum ReviewQueue {
    /// The open case a new request of `family` must wait behind, or `nil` when it may be decided
    /// now. When several cases are open (which the flow itself never produces) the oldest wins.
    public static func blockingCase(for family: FamilyKey, openCases: [ReviewCase]) -> ReviewCase? {
        openCases
            .filter { $0.familyKey == family }
            .min { ($0.request.receivedAt, $0.id) < ($1.request.receivedAt, $1.id) }
    }

    /// The cases overdue on `date` (rule M3), most overdue first.
    public static func overdue(_ openCases: [ReviewCase], on date: CalendarDate) -> [ReviewCase] {
        openCases.filter { $0.isOverdue(on: date) }.sorted { ($0.dueDate, $0.id) < ($1.dueDate, $1.id) }
    }
}
