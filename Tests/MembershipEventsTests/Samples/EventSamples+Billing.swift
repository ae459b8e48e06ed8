import MembershipEvents

extension EventSamples {
    static let billingSamples: [EventSample] = [
        EventSample(name: "BillingCycleRequest.one_group", message: billingCycleOneGroup),
        EventSample(name: "BillingCycleRequest.all_groups", message: billingCycleAllGroups),
        EventSample(name: "PaymentReceived.ach", message: paymentReceived),
        EventSample(name: "InvoicesMessage.invoice_issued", message: invoiceIssuedMessage),
        EventSample(name: "InvoicesMessage.payment_applied", message: paymentAppliedMessage),
    ]

    static var billingCycleOneGroup: Membership_Billing_V1_BillingCycleRequest {
        var request = Membership_Billing_V1_BillingCycleRequest()
        request.eventID = "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f01"
        request.occurredAt = SampleTime.billingRun
        request.source = "membership-cli"
        request.groupNumber = "G-104233"
        request.billingMonth = .init(year: 2026, month: 12)
        return request
    }

    static var billingCycleAllGroups: Membership_Billing_V1_BillingCycleRequest {
        var request = Membership_Billing_V1_BillingCycleRequest()
        request.eventID = "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f02"
        request.occurredAt = SampleTime.billingRun
        request.source = "scheduler"
        request.allGroups = true
        request.billingMonth = .init(year: 2026, month: 12)
        return request
    }

    static var paymentReceived: Membership_Billing_V1_PaymentReceived {
        var payment = Membership_Billing_V1_PaymentReceived()
        payment.eventID = "f0e1d2c3-b4a5-4968-8776-655443322101"
        payment.occurredAt = SampleTime.at(1_797_000_000)
        payment.source = "ach-gateway"
        payment.paymentID = "PAY-88231907"
        payment.groupNumber = "G-104233"
        payment.amountCents = 121_417
        payment.receivedDate = .init(year: 2026, month: 12, day: 11)
        payment.method = .ach
        payment.reference = "091000019-2026121100042"
        payment.invoiceNumber = "INV-G-104233-2026-12"
        return payment
    }

    static func line(
        member: String, mrn: String, age: Int32, band: String, factor: Int32, premium: Int64,
        dental: Int64 = 0, notCharged: Bool = false, employer: Int64, employee: Int64
    ) -> Membership_Billing_V1_InvoiceLine {
        var line = Membership_Billing_V1_InvoiceLine()
        line.memberID = member
        line.mrn = mrn
        line.subscriberMemberID = "M-0004182"
        line.planID = "HMO-SILVER-70-2026"
        line.ratingAge = age
        line.ageBand = band
        line.ageFactorThousandths = factor
        line.premiumCents = premium
        line.childDentalCents = dental
        line.childNotCharged = notCharged
        line.totalCents = premium + dental
        line.employerShareCents = employer
        line.employeeShareCents = employee
        return line
    }

    static var invoiceIssued: Membership_Billing_V1_InvoiceIssued {
        var invoice = Membership_Billing_V1_InvoiceIssued()
        invoice.eventID = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c01"
        invoice.occurredAt = SampleTime.at(1_796_112_060)
        invoice.source = "billing-worker"
        invoice.requestID = "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f01"
        invoice.invoiceNumber = "INV-G-104233-2026-12"
        invoice.groupNumber = "G-104233"
        invoice.billingMonth = .init(year: 2026, month: 12)
        invoice.issueDate = .init(year: 2026, month: 12, day: 1)
        invoice.dueDate = .init(year: 2026, month: 12, day: 31)
        invoice.ratingArea = 12
        // Base rate $412.36 at age 21; 38 -> 1.246, newborn -> 0.765 plus child dental (B4, B6).
        invoice.lines = [
            line(member: "M-0004182", mrn: "11-2043518", age: 38, band: "38", factor: 1_246, premium: 51_380,
                 employer: 38_535, employee: 12_845),
            line(member: "M-0004185", mrn: "11-2043602", age: 0, band: "0-14", factor: 765, premium: 31_546,
                 dental: 1_295, employer: 15_000, employee: 17_841),
        ]
        var cobraLine = line(
            member: "M-0003977", mrn: "11-1988210", age: 52, band: "52", factor: 1_952, premium: 80_493,
            employer: 0, employee: 82_103)
        cobraLine.subscriberMemberID = "M-0003977"
        cobraLine.cobra = true
        cobraLine.cobraSurchargeCents = 1_610
        cobraLine.totalCents = 82_103
        invoice.lines.append(cobraLine)
        var credit = Membership_Billing_V1_InvoiceAdjustment()
        credit.memberID = "M-0004102"
        credit.month = .init(year: 2026, month: 11)
        credit.kind = .retroactiveTerminationCredit
        credit.amountCents = -44_907
        credit.explanation = "Retroactive termination 2026-10-31"
        credit.planID = "HMO-GOLD-80-2026"
        invoice.adjustments = [credit]
        invoice.premiumTotalCents = 51_380 + 32_841 + 82_103
        invoice.adjustmentsTotalCents = -44_907
        invoice.totalDueCents = 166_324 - 44_907
        invoice.employerShareCents = 38_535 + 15_000
        invoice.employeeShareCents = 12_845 + 17_841 + 82_103
        invoice.previousBalanceCents = 0
        invoice.paperless = true
        return invoice
    }

    static var invoiceIssuedMessage: Membership_Billing_V1_InvoicesMessage {
        var message = Membership_Billing_V1_InvoicesMessage()
        message.invoiceIssued = invoiceIssued
        return message
    }

    static var paymentApplied: Membership_Billing_V1_PaymentApplied {
        var applied = Membership_Billing_V1_PaymentApplied()
        applied.eventID = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c02"
        applied.occurredAt = SampleTime.at(1_797_000_030)
        applied.source = "billing-worker"
        applied.requestID = "f0e1d2c3-b4a5-4968-8776-655443322101"
        applied.paymentID = "PAY-88231907"
        applied.groupNumber = "G-104233"
        applied.amountAppliedCents = 121_417
        applied.invoiceNumbers = ["INV-G-104233-2026-12"]
        applied.balanceDueCents = 0
        applied.brokerID = "BRK-20931"
        applied.commissionRateBasisPoints = 450
        applied.commissionEarnedCents = 5_464
        return applied
    }

    static var paymentAppliedMessage: Membership_Billing_V1_InvoicesMessage {
        var message = Membership_Billing_V1_InvoicesMessage()
        message.paymentApplied = paymentApplied
        return message
    }
}
