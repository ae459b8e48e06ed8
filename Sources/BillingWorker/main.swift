// billing-worker: monthly invoices and payments (rules B1-B10).
//
//   consumes  membership.billing-cycles   BillingCycleRequest (one group or all groups, a month)
//             membership.payments         PaymentReceived
//   publishes membership.invoices         InvoiceIssued, PaymentApplied
import Foundation
import MembershipEvents
import MembershipWorkers
import WorkerRuntime

let status = await WorkerApplication.run(name: "billing-worker") { context in
    let topics = context.configuration
    let handlers = BillingHandlers(
        reference: context.referenceData,
        timeZone: context.planTimeZone,
        cyclesTopic: topics.topic(TopicName.billingCycles),
        paymentsTopic: topics.topic(TopicName.payments),
        invoicesTopic: topics.topic(TopicName.invoices),
        logger: context.logger)
    return WorkerParts(handlers: [AnyMessageHandler(handlers.cycles), AnyMessageHandler(handlers.payments)])
}
exit(status)
