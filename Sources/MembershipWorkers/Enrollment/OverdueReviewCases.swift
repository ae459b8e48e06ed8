import Foundation
import MembershipDomain
import MembershipStore
import WorkerRuntime

/// Rule M3: a review case is due 2 business days after receipt. This counts the open cases past their due
/// date for `/metrics` (`membership_review_cases_overdue`, the overdue-review alert), as a periodic task of
/// the enrollment worker: a count, never the cases' contents.
public struct OverdueReviewCases: Sendable {
    let timeZone: PlanTimeZone
    let gauge: DomainGauge

    public init(timeZone: PlanTimeZone, worker: String) {
        self.timeZone = timeZone
        gauge = DomainGauge("membership_review_cases_overdue", dimensions: [("worker", worker)])
    }

    /// Counts the open cases due before today (in the plan's time zone, rule X1) and records the count.
    @discardableResult
    public func measure(in transaction: StoreTransaction, nowUnixSeconds: Int64) async throws -> Int {
        let today = timeZone.calendarDate(ofUnixSeconds: nowUnixSeconds)
        let count = try await transaction.reviewCases.overdueCases(asOf: today.description).count
        gauge.set(count)
        return count
    }

    /// The periodic task's body: measures now; publishes nothing.
    public var task: @Sendable (StoreTransaction) async throws -> [OutboxMessage] {
        { transaction in
            try await measure(in: transaction, nowUnixSeconds: Int64(Date().timeIntervalSince1970))
            return []
        }
    }
}
