import MembershipDomain
import MembershipEvents
import MembershipStore
import WorkerRuntime

/// Handles `membership.group-contracts` (rules G1-G6): validates a setup, renewal, reinstatement or
/// termination, stores the group with its contract (the event itself is the group's settings: enrollment
/// terms, contribution, broker), answers on `membership.enrollment-results`, and decides the requests that
/// waited for this contract (rule E12).
public struct GroupContractHandler: MessageHandler {
    /// The consumed topic.
    public let topic: String
    let processor: EnrollmentProcessor
    let validator: GroupContractValidator

    init(topic: String, processor: EnrollmentProcessor) {
        self.topic = topic
        self.processor = processor
        validator = GroupContractValidator(reference: processor.reference)
    }

    /// Decodes and checks the fields every contract needs; what is missing is named precisely.
    public func decode(_ message: IncomingMessage) throws(InvalidMessage) -> DecodedEvent<Membership_Groups_V1_GroupContract> {
        let proto = try PayloadDecoding.decode(Membership_Groups_V1_GroupContract.self, message)
        if let defect = GroupContractMapping.defect(proto) { throw InvalidMessage(defect.deadLetterCode, defect.reason) }
        return DecodedEvent(eventID: proto.eventID, event: proto)
    }

    /// Validates, stores, answers, and releases the requests that waited for the contract.
    public func handle(_ event: DecodedEvent<Membership_Groups_V1_GroupContract>, message: IncomingMessage,
                       in transaction: StoreTransaction) async throws -> [OutboxMessage] {
        var proto = event.event
        let group = proto.groupNumber
        let envelope = EnrollmentEventBuilder.Envelope(requestID: proto.eventID, groupNumber: group, subscriberRef: "",
                                                       occurredAt: proto.occurredAt,
                                                       createdAt: proto.occurredAt.millisecondsSince1970)
        // Rule X1: the contract's own time, in the plan's time zone.
        let decidedOn = processor.timeZone.calendarDate(ofUnixSeconds: proto.occurredAt.seconds)
        let stored = try await transaction.groups.group(number: group)
        let previous = stored?.settings.flatMap { try? Membership_Groups_V1_GroupContract(serializedBytes: $0) }

        var reasons: [Membership_Enrollment_V1_RejectionReason] = []
        var sentences: [String] = []
        if proto.kind == .termination {
            guard let previous else {
                return [try rejection(envelope, [.groupContractNotFound], ["No contract for the group has been received (rule E12)."])]
            }
            // A termination changes only the end of the contract in force.
            var terminated = previous
            terminated.terminationDate = proto.terminationDate
            terminated.eventID = proto.eventID
            terminated.occurredAt = proto.occurredAt
            terminated.kind = .termination
            proto = terminated
        } else {
            let contract = GroupContractMapping.contract(proto)
            let context: ContractContext
            switch (proto.kind, previous) {
            case (.renewal, let previous?):
                context = .renewal(previous: GroupContractMapping.contract(previous))
            case (.reinstatement, let previous?):
                let terminatedOn = CalendarDate(proto: previous.terminationDate) ?? decidedOn
                // The balance is the billing worker's; a reinstatement the enrollment worker sees is checked
                // for its window (rule G6) and left to billing for unpaid premiums.
                context = .reinstatement(previous: GroupContractMapping.contract(previous), terminatedOn: terminatedOn,
                                         balanceDue: Money(cents: 0))
            case (.setup, let previous?):
                context = .amendment(previous: GroupContractMapping.contract(previous))
            default:
                context = .setup
            }
            for violation in validator.violations(of: contract, context: context, decisionDate: decidedOn) {
                reasons.append(GroupContractMapping.reason(violation.code))
                sentences.append(violation.message)
            }
            // Rule E5 at contract level: a waiting period may not exceed 90 days.
            if proto.waitingPeriodDays > 90 {
                reasons.append(.waitingPeriodTooLong)
                sentences.append("The waiting period exceeds 90 days (rule E5).")
            }
        }
        if !reasons.isEmpty { return [try rejection(envelope, reasons, sentences)] }

        let effective = CalendarDate(proto: proto.contractEffectiveDate)!
        let address = proto.businessAddress
        let ratingArea = processor.reference.ratingArea(state: address.state, county: address.county, zip: address.zipCode)
        let terminatedOn = proto.hasTerminationDate ? CalendarDate(proto: proto.terminationDate) : nil
        let status = terminatedOn.map { $0 <= decidedOn } == true ? "terminated" : "active"
        let now = proto.occurredAt.millisecondsSince1970
        try await transaction.groups.upsert(GroupRecord(
            groupNumber: group, name: proto.groupName, status: status, businessZIP: address.zipCode,
            businessCounty: address.county, businessState: address.state, ratingArea: ratingArea?.number ?? 0,
            paperless: proto.paperlessBilling, brokerID: proto.hasBroker && !proto.broker.brokerID.isEmpty ? proto.broker.brokerID : nil,
            settings: try proto.serializedBytes(), updatedAt: now))
        try await transaction.groups.upsert(ContractRecord(
            groupNumber: group, effectiveDate: effective.description, renewalDate: effective.adding(months: 12).description,
            status: status, terminatedOn: terminatedOn?.description, planIDs: proto.plansOffered.map(\.planID), updatedAt: now))

        var accepted = Membership_Enrollment_V1_Accepted()
        var summary = Membership_Enrollment_V1_AcceptedContract()
        summary.contractEffectiveDate = effective.proto
        summary.renewalDate = effective.adding(months: 12).proto
        summary.ratingArea = Int32(ratingArea?.number ?? 0)
        accepted.contract = summary
        var messages = [try processor.events.result(envelope, subject: .groupContract, outcome: .accepted(accepted))]
        messages += try await processor.releaseContractWaits(group: group, in: transaction)
        return messages
    }

    private func rejection(_ envelope: EnrollmentEventBuilder.Envelope, _ reasons: [Membership_Enrollment_V1_RejectionReason],
                           _ sentences: [String]) throws -> OutboxMessage {
        var rejected = Membership_Enrollment_V1_Rejected()
        rejected.reasons = reasons
        rejected.message = sentences.joined(separator: " ")
        return try processor.events.result(envelope, subject: .groupContract, outcome: .rejected(rejected))
    }
}
