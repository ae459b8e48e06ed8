/// A group's monthly bill (rules B7, B8). Amounts are integer cents.
public struct InvoiceRecord: Sendable, Equatable {
    /// Invoice id.
    public var invoiceID: String
    /// The group.
    public var groupNumber: String
    /// Billing month, `YYYY-MM`. One invoice per group and month, by constraint (rule B8).
    public var billingMonth: String
    /// Total due, cents.
    public var totalCents: Int64
    /// Employer share, cents (rule G3).
    public var employerCents: Int64
    /// Employee share, cents.
    public var employeeCents: Int64
    /// When it was issued, milliseconds since the Unix epoch.
    public var issuedAt: Int64
    /// The lines, in order.
    public var lines: [InvoiceLineRecord]

    /// Creates an invoice.
    public init(
        invoiceID: String, groupNumber: String, billingMonth: String, totalCents: Int64, employerCents: Int64,
        employeeCents: Int64, issuedAt: Int64, lines: [InvoiceLineRecord]
    ) {
        self.invoiceID = invoiceID
        self.groupNumber = groupNumber
        self.billingMonth = billingMonth
        self.totalCents = totalCents
        self.employerCents = employerCents
        self.employeeCents = employeeCents
        self.issuedAt = issuedAt
        self.lines = lines
    }
}

/// One line of an invoice: a member's premium or an adjustment (rule B7).
public struct InvoiceLineRecord: Sendable, Equatable {
    /// Position, from 1.
    public var lineNumber: Int
    /// `premium`, `credit`, `debit`, `cobra` ... (the domain's vocabulary).
    public var kind: String
    /// The member, for member lines.
    public var mrn: String?
    /// The plan, for premium lines.
    public var planID: String?
    /// The month an adjustment concerns, `YYYY-MM`.
    public var coverageMonth: String?
    /// Printable description (no PII beyond what the bill shows).
    public var description: String
    /// Amount, cents (negative for credits).
    public var amountCents: Int64
    /// Employer share, cents.
    public var employerCents: Int64
    /// Employee share, cents.
    public var employeeCents: Int64

    /// Creates a line.
    public init(
        lineNumber: Int, kind: String, mrn: String? = nil, planID: String? = nil, coverageMonth: String? = nil,
        description: String, amountCents: Int64, employerCents: Int64, employeeCents: Int64
    ) {
        self.lineNumber = lineNumber
        self.kind = kind
        self.mrn = mrn
        self.planID = planID
        self.coverageMonth = coverageMonth
        self.description = description
        self.amountCents = amountCents
        self.employerCents = employerCents
        self.employeeCents = employeeCents
    }
}

/// A payment applied to a group's account (rules B9, B10).
public struct PaymentRecord: Sendable, Equatable {
    /// Payment id from the processor (idempotency key).
    public var paymentID: String
    /// The group.
    public var groupNumber: String
    /// Amount, cents.
    public var amountCents: Int64
    /// Day received, ISO `YYYY-MM-DD`.
    public var receivedOn: String
    /// Processor reference.
    public var reference: String
    /// Broker commission earned, cents (rule B10).
    public var commissionCents: Int64
    /// When it was recorded, milliseconds since the Unix epoch.
    public var recordedAt: Int64

    /// Creates a payment.
    public init(
        paymentID: String, groupNumber: String, amountCents: Int64, receivedOn: String, reference: String,
        commissionCents: Int64 = 0, recordedAt: Int64
    ) {
        self.paymentID = paymentID
        self.groupNumber = groupNumber
        self.amountCents = amountCents
        self.receivedOn = receivedOn
        self.reference = reference
        self.commissionCents = commissionCents
        self.recordedAt = recordedAt
    }
}

/// A group's account (rule B9): balance due = invoiced - paid - credited.
public struct GroupBalance: Sendable, Equatable {
    /// The group.
    public var groupNumber: String
    /// Sum of invoice totals, cents.
    public var invoicedCents: Int64
    /// Sum of payments, cents.
    public var paidCents: Int64
    /// Sum of credits outside invoices, cents.
    public var creditedCents: Int64

    /// Balance due, cents (negative when overpaid).
    public var dueCents: Int64 { invoicedCents - paidCents - creditedCents }

    /// Creates a balance.
    public init(groupNumber: String, invoicedCents: Int64, paidCents: Int64, creditedCents: Int64) {
        self.groupNumber = groupNumber
        self.invoicedCents = invoicedCents
        self.paidCents = paidCents
        self.creditedCents = creditedCents
    }
}
