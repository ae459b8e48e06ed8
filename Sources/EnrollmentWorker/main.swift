// enrollment-worker: group contracts and enrollment requests (rules G1-G6, E1-E12, M1-M5, X1).
//
//   consumes  membership.group-contracts       GroupContract (setup, renewal, reinstatement, termination)
//             membership.enrollment-requests   EnrollmentRequest (incl. resolutions of review cases)
//   publishes membership.enrollment-results    EnrollmentResult: accepted / rejected / pending review
//             membership.review-cases          ReviewCase opened / closed
//             membership.idcard-requests       CardRequest, one per member who needs a card
//   every minute: the count of review cases past their due date (rule M3) for /metrics
import Foundation
import MembershipEvents
import MembershipWorkers
import WorkerRuntime

let status = await WorkerApplication.run(name: "enrollment-worker", requiresPIIKeys: true) { context in
    guard let protector = context.ssnProtector else {
        throw ConfigurationError(variable: "PII_KEYS", message: "is required: SSNs are stored only as keyed hashes")
    }
    let topics = context.configuration
    let handlers = EnrollmentHandlers(
        protector: protector,
        reference: context.referenceData,
        timeZone: context.planTimeZone,
        groupContractsTopic: topics.topic(TopicName.groupContracts),
        requestsTopic: topics.topic(TopicName.enrollmentRequests),
        resultsTopic: topics.topic(TopicName.enrollmentResults),
        reviewCasesTopic: topics.topic(TopicName.reviewCases),
        cardRequestsTopic: topics.topic(TopicName.idCardRequests))
    let overdueCases = OverdueReviewCases(timeZone: context.planTimeZone, worker: "enrollment-worker")
    return WorkerParts(
        handlers: [AnyMessageHandler(handlers.groupContracts), AnyMessageHandler(handlers.requests)],
        periodicTasks: [(name: "overdue-review-cases", interval: .seconds(60), body: overdueCases.task)])
}
exit(status)
