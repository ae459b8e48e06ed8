import Foundation
import Logging
import MembershipDomain
import MembershipEvents
import MembershipStore
import SwiftProtobuf
import WorkerRuntime

/// Bills one group, or every group, for one month (rules B7, B8), from `membership.billing-cycles`; publishes
/// `InvoiceIssued` on `membership.invoices`, keyed by group number.
///
/// Reads in bulk: one query for the groups, one for every coverage in force since the oldest month it may
/// adjust (with birth dates and subscribers), one for the earlier invoices, one for the balances; then, for
/// an all-groups run, a few multi-row statements per thousand invoices.
/// The invoice is kept only if the group has none for the month yet (the store's unique constraint, rule B8):
/// a cycle run twice, or by two workers at once, leaves one invoice, and a single-group request answers
/// with the stored invoice's original event again.
public struct BillingCycleHandler: MessageHandler {
    /// The consumed topic.
    public let topic: String
    let invoicesTopic: String
    let calculator: InvoiceCalculator
    let builder: InvoiceIssuedBuilder
    let timeZone: PlanTimeZone
    let adjustmentMonths: Int
    let logger: Logger

    init(topic: String, invoicesTopic: String, calculator: InvoiceCalculator, source: String, timeZone: PlanTimeZone,
         adjustmentMonths: Int, paymentTermDays: Int, logger: Logger) {
        self.topic = topic
        self.invoicesTopic = invoicesTopic
        self.calculator = calculator
        self.builder = InvoiceIssuedBuilder(calculator: calculator, source: source, paymentTermDays: paymentTermDays)
        self.timeZone = timeZone
        self.adjustmentMonths = max(0, adjustmentMonths)
        self.logger = logger
    }

    /// Decodes and validates a `BillingCycleRequest`: an event id, exactly one scope, a valid month.
    public func decode(_ message: IncomingMessage) throws(InvalidMessage) -> DecodedEvent<Membership_Billing_V1_BillingCycleRequest> {
        let request = try PayloadDecoding.decode(Membership_Billing_V1_BillingCycleRequest.self, message)
        guard !request.eventID.isEmpty else { throw InvalidMessage(.missingField, "event_id is empty") }
        switch request.scope {
        case .groupNumber(let number) where !number.isEmpty: break
        case .allGroups(true): break
        case .groupNumber, .allGroups, nil:
            throw InvalidMessage(.missingField, "scope must name a group or set all_groups")
        }
        guard request.hasBillingMonth, YearMonth(proto: request.billingMonth) != nil else {
            throw InvalidMessage(.invalidField, "billing_month is missing or not a month")
        }
        return DecodedEvent(eventID: request.eventID, event: request)
    }

    /// Computes, stores and announces the invoices of the request's scope.
    public func handle(_ event: DecodedEvent<Membership_Billing_V1_BillingCycleRequest>, message: IncomingMessage,
                       in transaction: StoreTransaction) async throws -> [OutboxMessage] {
        let request = event.event
        guard let month = YearMonth(proto: request.billingMonth) else {
            throw InvalidMessage(.invalidField, "billing_month is not a month")
        }
        let singleGroup: String?
        if case .groupNumber(let number) = request.scope { singleGroup = number } else { singleGroup = nil }
        // Rule X1: the request's time, never the worker's clock.
        let issuedAt = request.hasOccurredAt ? request.occurredAt.millisecondsSince1970 : (message.timestampMilliseconds ?? 0)
        let issueDate = timeZone.calendarDate(ofUnixSeconds: issuedAt >= 0 ? issuedAt / 1000 : (issuedAt - 999) / 1000)
        let oldest = month.adding(months: -adjustmentMonths)

        let groups = try await transaction.groups.billingGroups(groupNumber: singleGroup)
        if let singleGroup, groups.isEmpty {
            throw InvalidMessage(code: "UNKNOWN_GROUP", reason: "group \(singleGroup) is not known")
        }
        let coverages = try await transaction.coverages.billingCoverages(groupNumber: singleGroup,
                                                                          inForceOnOrAfter: oldest.firstDay.description)
        let invoices: [StoredInvoice]
        if let singleGroup {
            invoices = try await transaction.billing.storedInvoices(groupNumber: singleGroup, fromMonth: oldest.description)
                .filter { $0.billingMonth <= month.description }
        } else {
            invoices = try await transaction.billing.storedInvoices(fromMonth: oldest.description,
                                                                    before: month.adding(months: 1).description)
        }
        let coveragesByGroup = Dictionary(grouping: coverages, by: \.coverage.groupNumber)
        let invoicesByGroup = Dictionary(grouping: invoices, by: \.groupNumber)

        // An all-groups run reads every balance at once and stores invoices a thousand at a time.
        let balances = singleGroup == nil ? try await transaction.billing.balances() : [:]
        var outgoing: [OutboxMessage] = []
        var batch: [NewInvoice] = []
        for record in groups {
            let number = record.group.groupNumber
            let earlier = invoicesByGroup[number] ?? []
            // Rule B8: the month is billed already.
            if let existing = earlier.first(where: { $0.billingMonth == month.description }) {
                if singleGroup != nil, let stored = existing.message { outgoing.append(outbox(stored, group: number, at: issuedAt)) }
                continue
            }
            let groupCoverages = coveragesByGroup[number] ?? []
            if singleGroup == nil && groupCoverages.isEmpty && earlier.isEmpty { continue }
            do {
                let previousBalance = singleGroup == nil
                    ? balances[number]?.dueCents ?? 0 : try await transaction.billing.balance(groupNumber: number).dueCents
                guard let issued = try invoice(record, month: month, coverages: groupCoverages, earlier: earlier,
                                               requestID: request.eventID, issuedAt: issuedAt, issueDate: issueDate,
                                               previousBalance: Money(cents: previousBalance), skipEmpty: singleGroup == nil)
                else { continue }
                if singleGroup == nil {
                    batch.append(issued)
                    if batch.count >= Self.batchSize {
                        outgoing += try await store(batch, in: transaction)
                        batch.removeAll(keepingCapacity: true)
                    }
                } else {
                    // A lost race returns the winner's invoice and its event (rule B8).
                    let (stored, _) = try await transaction.billing.insertIfAbsent(issued.record, document: issued.document,
                                                                                   message: issued.message)
                    outgoing.append(outbox(stored.message ?? issued.message, group: number, at: issuedAt))
                }
            } catch let failure as BillingFailure {
                // One group's bad data must not stop an all-groups run; a single-group request is dead-lettered.
                if singleGroup != nil { throw InvalidMessage(code: failure.code, reason: failure.reason) }
                logger.error("group not billed", metadata: ["group": "\(number)", "month": "\(month)", "reason": "\(failure.reason)"])
            }
        }
        outgoing += try await store(batch, in: transaction)
        return outgoing
    }

    /// Invoices stored per multi-row insert in an all-groups run.
    static let batchSize = 1_000

    /// Stores an all-groups run's invoices; only those inserted are announced (another worker's are its own).
    private func store(_ batch: [NewInvoice], in transaction: StoreTransaction) async throws -> [OutboxMessage] {
        let inserted = try await transaction.billing.insertIfAbsent(batch)
        return batch.filter { inserted.contains($0.record.invoiceID) }.map {
            outbox($0.message, group: $0.record.groupNumber, at: $0.record.issuedAt)
        }
    }

    /// Why one group could not be billed (its stored data, not the request, is at fault).
    struct BillingFailure: Error {
        let code: String
        let reason: String
    }

    /// Computes one group's invoice and its event; `nil` when `skipEmpty` and the invoice has no lines.
    private func invoice(_ record: BillingGroupRecord, month: YearMonth, coverages: [BillingCoverageRecord],
                         earlier: [StoredInvoice], requestID: String, issuedAt: Int64, issueDate: CalendarDate,
                         previousBalance: Money, skipEmpty: Bool) throws -> NewInvoice? {
        let terms: GroupBillingTerms
        do {
            terms = try GroupBillingTerms(record)
        } catch {
            throw BillingFailure(code: "UNBILLABLE_GROUP", reason: error.description)
        }
        var domainCoverages: [Coverage] = []
        domainCoverages.reserveCapacity(coverages.count)
        var mrns: [MemberID: String] = [:]
        let subscribers = BillingCoverage.subscribers(coverages)
        for coverage in coverages {
            do {
                let domain = try BillingCoverage.domain(coverage, subscriber: subscribers[coverage.coverage.householdID])
                domainCoverages.append(domain)
                mrns[domain.memberID] = coverage.coverage.mrn
            } catch {
                throw BillingFailure(code: "unreadable-coverage", reason: error.description)
            }
        }
        var previous: [Invoice] = []
        for stored in earlier {
            guard let document = stored.document,
                  let invoice = try? JSONDecoder().decode(Invoice.self, from: Data(document)) else {
                throw BillingFailure(code: "UNREADABLE_INVOICE", reason: "invoice \(stored.invoiceID) has no readable document")
            }
            previous.append(invoice)
        }
        let invoice: Invoice
        do {
            invoice = try calculator.invoice(group: terms.group, month: month, coverages: domainCoverages,
                                             previousInvoices: previous)
        } catch {
            throw BillingFailure(code: error.code.rawValue, reason: error.message)
        }
        if skipEmpty && invoice.lines.isEmpty { return nil }

        let event = builder.event(invoice: invoice, group: terms.group, requestID: requestID, issuedAt: issuedAt,
                                  issueDate: issueDate, mrns: mrns, previousBalance: previousBalance)
        var wrapper = Membership_Billing_V1_InvoicesMessage()
        wrapper.invoiceIssued = event
        return NewInvoice(record: Self.record(invoice, mrns: mrns, issuedAt: issuedAt),
                          document: [UInt8](try JSONEncoder().encode(invoice)), message: try wrapper.serializedBytes())
    }

    private func outbox(_ payload: [UInt8], group: String, at time: Int64) -> OutboxMessage {
        OutboxMessage(topic: invoicesTopic, key: Array(group.utf8), payload: payload, createdAt: time)
    }

    /// The store's row for an invoice (amounts, and a printable description per line without personal data).
    static func record(_ invoice: Invoice, mrns: [MemberID: String], issuedAt: Int64) -> InvoiceRecord {
        let lines = invoice.lines.enumerated().map { index, line in
            let text: String
            switch line.kind {
            case .premium:
                text = "Premium \(line.serviceMonth), \(line.relationship.rawValue), band \(line.band)" + (line.isCOBRA ? ", COBRA" : "")
            case .retroactiveDebit: text = "Retroactive debit for \(line.serviceMonth)"
            case .retroactiveCredit: text = "Retroactive credit for \(line.serviceMonth)"
            }
            return InvoiceLineRecord(lineNumber: index + 1, kind: line.kind.rawValue, mrn: mrns[line.memberID],
                                     planID: line.plan.rawValue, coverageMonth: line.serviceMonth.description,
                                     description: text, amountCents: line.amount.cents,
                                     employerCents: line.employerShare.cents, employeeCents: line.employeeShare.cents)
        }
        return InvoiceRecord(invoiceID: invoice.id.description, groupNumber: invoice.groupNumber.rawValue,
                             billingMonth: invoice.month.description, totalCents: invoice.total.cents,
                             employerCents: invoice.employerTotal.cents, employeeCents: invoice.employeeTotal.cents,
                             issuedAt: issuedAt, lines: lines)
    }
}
