import Logging
import MembershipDomain
import MembershipEvents
import MembershipStore

/// The billing worker's handlers (rules B7-B10): what `billing-worker` wires to the runtime.
public struct BillingHandlers: Sendable {
    /// `membership.billing-cycles`: bills one group or every group for a month.
    public let cycles: BillingCycleHandler
    /// `membership.payments`: applies payments.
    public let payments: PaymentHandler

    /// Creates the handlers.
    ///
    /// - Parameters:
    ///   - reference: plans, rate tables and the age curve (rules B1-B6), loaded once at start.
    ///   - source: the `source` of published events.
    ///   - timeZone: the plan's time zone, in which a request's instant becomes the issue date (rule X1).
    ///   - adjustmentMonths: how many months before the billed month retroactive changes are credited or
    ///     debited (rule B7); default 12.
    ///   - paymentTermDays: days from issue date to due date; default 30.
    ///   - cyclesTopic, paymentsTopic, invoicesTopic: topic names; default the contract's.
    ///   - logger: for groups an all-groups run skips (group number and reason only, no personal data).
    public init(reference: ReferenceData, source: String = "billing-worker", timeZone: PlanTimeZone = .pacific,
                adjustmentMonths: Int = 12, paymentTermDays: Int = 30,
                cyclesTopic: String = TopicName.billingCycles, paymentsTopic: String = TopicName.payments,
                invoicesTopic: String = TopicName.invoices, logger: Logger = Logger(label: "billing-worker")) {
        cycles = BillingCycleHandler(topic: cyclesTopic, invoicesTopic: invoicesTopic,
                                     calculator: InvoiceCalculator(reference: reference), source: source,
                                     timeZone: timeZone, adjustmentMonths: adjustmentMonths,
                                     paymentTermDays: paymentTermDays, logger: logger)
        payments = PaymentHandler(topic: paymentsTopic, invoicesTopic: invoicesTopic, source: source)
    }
}
