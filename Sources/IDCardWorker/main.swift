// idcard-worker: physical ID cards, at most four to an envelope (rules C1-C5, M5).
//
//   consumes  membership.idcard-requests  CardRequest (store a pending card), MailingRunRequest (mail now)
//   publishes membership.idcard-mailings  Envelope (one household's address, 1-4 cards)
//   every MAILING_INTERVAL_SECONDS: a mailing run over the cards older than MAILING_SETTLE_SECONDS
import Foundation
import MembershipEvents
import MembershipWorkers
import WorkerRuntime

let status = await WorkerApplication.run(name: "idcard-worker") { context in
    let configuration = context.configuration
    let handlers = IDCardHandlers(
        worker: ProcessInfo.processInfo.hostName + "-" + String(ProcessInfo.processInfo.processIdentifier),
        timeZone: context.planTimeZone,
        requestsTopic: configuration.topic(TopicName.idCardRequests),
        mailingsTopic: configuration.topic(TopicName.idCardMailings),
        logger: context.logger)
    let mailingRun = handlers.mailingRun
    let settle = configuration.mailingSettle
    return WorkerParts(
        handlers: [AnyMessageHandler(handlers.requests)],
        periodicTasks: [(name: "mailing-run", interval: configuration.mailingInterval, body: { transaction in
            let now = Int64(Date().timeIntervalSince1970 * 1000)
            return try await mailingRun.run(in: transaction, now: now, settle: settle).messages
        })])
}
exit(status)
