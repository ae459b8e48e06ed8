import MembershipDomain
import MembershipEvents
import SwiftProtobuf

/// Builds the `InvoiceIssued` event of a domain invoice, with each line's premium broken down the way the
/// bill shows it (rules B4-B7, E11, G3).
struct InvoiceIssuedBuilder {
    let calculator: InvoiceCalculator
    let source: String
    let paymentTermDays: Int

    /// The event for `invoice` of `group`, answering `requestID`, issued at `issuedAt` (milliseconds) on
    /// `issueDate`. `mrns` maps member ids to MRNs; `previousBalance` is the balance before this invoice.
    func event(invoice: Invoice, group: BillingGroup, requestID: String, issuedAt: Int64, issueDate: CalendarDate,
               mrns: [MemberID: String], previousBalance: Money) -> Membership_Billing_V1_InvoiceIssued {
        var event = Membership_Billing_V1_InvoiceIssued()
        let number = invoice.id.description
        event.eventID = DerivedEventID.make("invoice-issued", number)
        event.occurredAt = Google_Protobuf_Timestamp(millisecondsSince1970: issuedAt)
        event.source = source
        event.requestID = requestID
        event.invoiceNumber = number
        event.groupNumber = group.groupNumber.rawValue
        event.billingMonth = invoice.month.proto
        event.issueDate = issueDate.proto
        event.dueDate = issueDate.adding(days: paymentTermDays).proto
        event.ratingArea = Int32(group.ratingArea.number)
        event.paperless = group.billDelivery == .paperless
        // Built in local arrays and assigned once: appending to the message's field one line at a time goes
        // through its storage accessors and copied the whole array per line (quadratic per invoice).
        var lines: [Membership_Billing_V1_InvoiceLine] = []
        lines.reserveCapacity(invoice.lines.count)
        var adjustments: [Membership_Billing_V1_InvoiceAdjustment] = []
        for line in invoice.lines {
            if line.kind == .premium {
                lines.append(premiumLine(line, group: group, mrn: mrns[line.memberID]))
            } else {
                var adjustment = Membership_Billing_V1_InvoiceAdjustment()
                adjustment.memberID = line.memberID.rawValue
                adjustment.month = line.serviceMonth.proto
                adjustment.planID = line.plan.rawValue
                adjustment.amountCents = line.amount.cents
                if line.kind == .retroactiveCredit {
                    adjustment.kind = .retroactiveTerminationCredit
                    adjustment.explanation = "Retroactive credit for \(line.serviceMonth): coverage ended or changed"
                } else {
                    adjustment.kind = .retroactiveAdditionDebit
                    adjustment.explanation = "Retroactive debit for \(line.serviceMonth): coverage added or changed"
                }
                adjustments.append(adjustment)
            }
        }
        event.lines = lines
        event.adjustments = adjustments
        event.premiumTotalCents = invoice.premiumTotal.cents
        event.adjustmentsTotalCents = invoice.adjustmentTotal.cents
        event.totalDueCents = invoice.total.cents
        event.employerShareCents = invoice.employerTotal.cents
        event.employeeShareCents = invoice.employeeTotal.cents
        event.previousBalanceCents = previousBalance.cents
        return event
    }

    /// A premium line split into medical premium, child dental (rule B6) and the COBRA 2% (rule E11).
    private func premiumLine(_ line: InvoiceLine, group: BillingGroup, mrn: String?) -> Membership_Billing_V1_InvoiceLine {
        var proto = Membership_Billing_V1_InvoiceLine()
        proto.memberID = line.memberID.rawValue
        proto.mrn = mrn ?? ""
        proto.subscriberMemberID = line.subscriberID.rawValue
        proto.planID = line.plan.rawValue
        proto.ratingAge = Int32(line.ratingAge)
        proto.ageBand = line.band.description
        let factor = calculator.premiums.ageCurve.factor(for: line.band)
        proto.ageFactorThousandths = Int32(factor.tenThousandths / 10)
        proto.cobra = line.isCOBRA
        proto.totalCents = line.amount.cents
        proto.employerShareCents = line.employerShare.cents
        proto.employeeShareCents = line.employeeShare.cents
        // Rule B5: a child beyond the three oldest under 21 costs nothing.
        if line.amount.isZero {
            proto.childNotCharged = line.relationship == .child
            return proto
        }
        let year = ContractYear(contractEffective: group.contractEffective, containing: line.serviceMonth.firstDay)
        if let plan = calculator.plans[line.plan],
           let rate = calculator.premiums.rates.rate(plan: line.plan, planYear: year.planYear, ratingArea: group.ratingArea) {
            let regular = calculator.premiums.premium(memberID: line.memberID, ratingAge: line.ratingAge,
                                                      network: plan.network, rate: rate)
            proto.premiumCents = regular.medical.cents
            proto.childDentalCents = regular.childDental.cents
            proto.cobraSurchargeCents = line.amount.cents - regular.total.cents
        } else {
            // The invoice was computed, so its rate existed; a later reference-data change only loses the split.
            proto.premiumCents = line.amount.cents
        }
        return proto
    }
}
