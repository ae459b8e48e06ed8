import SQLKit

/// Invoices with their lines, payments and balances.
public struct BillingRepository: Sendable {
    let session: StoreSession

    private static let invoiceColumns = [
        "invoice_id", "group_number", "billing_month", "total_cents", "employer_cents", "employee_cents", "issued_at",
    ]
    private static let lineColumns = [
        "invoice_id", "line_number", "kind", "mrn", "plan_id", "coverage_month", "description", "amount_cents",
        "employer_cents", "employee_cents",
    ]
    private static let paymentColumns = [
        "payment_id", "group_number", "amount_cents", "received_on", "reference", "commission_cents", "recorded_at",
    ]

    /// Stores an invoice with its lines unless the group already has one for that month, in which case the
    /// existing invoice is returned untouched (rule B8: running a cycle again returns the same invoice).
    ///
    /// Races are settled by the `UNIQUE (group_number, billing_month)` constraint: of two transactions
    /// inserting the same month, PostgreSQL makes the second wait for the first and then skip
    /// (`ON CONFLICT DO NOTHING`), after which it reads the winner's invoice; SQLite's write lock orders them.
    public func insertIfAbsent(_ invoice: InvoiceRecord) async throws -> (invoice: InvoiceRecord, inserted: Bool) {
        let inserted = try await session.insertRows(
            into: "invoices", columns: Self.invoiceColumns,
            rows: [[
                invoice.invoiceID, invoice.groupNumber, invoice.billingMonth, invoice.totalCents,
                invoice.employerCents, invoice.employeeCents, invoice.issuedAt,
            ]],
            suffix: "ON CONFLICT (group_number, billing_month) DO NOTHING RETURNING invoice_id"
        )
        guard !inserted.isEmpty else {
            guard let existing = try await self.invoice(groupNumber: invoice.groupNumber, billingMonth: invoice.billingMonth)
            else {
                throw StoreError(.conflict, "invoice id \(invoice.invoiceID) exists for another group or month")
            }
            return (existing, false)
        }
        try await session.insertRows(
            into: "invoice_lines", columns: Self.lineColumns,
            rows: invoice.lines.map {
                [
                    invoice.invoiceID, Int64($0.lineNumber), $0.kind, $0.mrn, $0.planID, $0.coverageMonth,
                    $0.description, $0.amountCents, $0.employerCents, $0.employeeCents,
                ]
            }
        )
        try await adjustBalance(invoice.groupNumber, invoiced: invoice.totalCents, at: invoice.issuedAt)
        return (invoice, true)
    }

    /// The invoice of a group and month, with its lines.
    public func invoice(groupNumber: String, billingMonth: String) async throws -> InvoiceRecord? {
        try await invoices(
            where: "group_number = ? AND billing_month = ?", [groupNumber, billingMonth]
        ).first
    }

    /// A group's invoices, newest month first, with their lines.
    public func invoices(groupNumber: String) async throws -> [InvoiceRecord] {
        try await invoices(where: "group_number = ?", [groupNumber])
    }

    /// Records a payment and updates the balance. Returns `false` (and changes nothing) for a payment id
    /// already recorded, so a redelivered payment is applied once.
    @discardableResult
    public func recordPayment(_ payment: PaymentRecord) async throws -> Bool {
        let inserted = try await session.insertRows(
            into: "payments", columns: Self.paymentColumns,
            rows: [[
                payment.paymentID, payment.groupNumber, payment.amountCents, payment.receivedOn, payment.reference,
                payment.commissionCents, payment.recordedAt,
            ]],
            suffix: "ON CONFLICT (payment_id) DO NOTHING RETURNING payment_id"
        )
        guard !inserted.isEmpty else { return false }
        try await adjustBalance(payment.groupNumber, paid: payment.amountCents, at: payment.recordedAt)
        return true
    }

    /// A group's payment history, oldest first.
    public func payments(groupNumber: String) async throws -> [PaymentRecord] {
        try await session.query(
            """
            SELECT \(Self.paymentColumns.joined(separator: ", ")) FROM payments WHERE group_number = ?
            ORDER BY received_on, payment_id
            """,
            [groupNumber]
        ).map { row in
            PaymentRecord(
                paymentID: try row.string("payment_id"), groupNumber: try row.string("group_number"),
                amountCents: try row.int64("amount_cents"), receivedOn: try row.string("received_on"),
                reference: try row.string("reference"), commissionCents: try row.int64("commission_cents"),
                recordedAt: try row.int64("recorded_at")
            )
        }
    }

    /// Adds a credit outside any invoice (e.g. an operator's goodwill credit).
    public func addCredit(groupNumber: String, cents: Int64, at time: Int64) async throws {
        try await adjustBalance(groupNumber, credited: cents, at: time)
    }

    /// The group's account; zero for a group never billed.
    public func balance(groupNumber: String) async throws -> GroupBalance {
        let row = try await session.query(
            "SELECT invoiced_cents, paid_cents, credited_cents FROM balances WHERE group_number = ?", [groupNumber]
        ).first
        return GroupBalance(
            groupNumber: groupNumber, invoicedCents: try row?.int64("invoiced_cents") ?? 0,
            paidCents: try row?.int64("paid_cents") ?? 0, creditedCents: try row?.int64("credited_cents") ?? 0
        )
    }

    private func adjustBalance(
        _ groupNumber: String, invoiced: Int64 = 0, paid: Int64 = 0, credited: Int64 = 0, at time: Int64
    ) async throws {
        try await session.execute(
            """
            INSERT INTO balances (group_number, invoiced_cents, paid_cents, credited_cents, updated_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (group_number) DO UPDATE SET
            invoiced_cents = balances.invoiced_cents + excluded.invoiced_cents,
            paid_cents = balances.paid_cents + excluded.paid_cents,
            credited_cents = balances.credited_cents + excluded.credited_cents,
            updated_at = excluded.updated_at
            """,
            [groupNumber, invoiced, paid, credited, time]
        )
    }

    private func invoices(where condition: String, _ binds: [any Encodable & Sendable]) async throws -> [InvoiceRecord] {
        let heads = try await session.query(
            "SELECT \(Self.invoiceColumns.joined(separator: ", ")) FROM invoices WHERE \(condition) ORDER BY billing_month DESC",
            binds
        )
        var invoices: [InvoiceRecord] = []
        for row in heads {
            let id = try row.string("invoice_id")
            let lines = try await session.query(
                "SELECT \(Self.lineColumns.joined(separator: ", ")) FROM invoice_lines WHERE invoice_id = ? ORDER BY line_number",
                [id]
            ).map { line in
                InvoiceLineRecord(
                    lineNumber: Int(try line.int64("line_number")), kind: try line.string("kind"),
                    mrn: try line.optionalString("mrn"), planID: try line.optionalString("plan_id"),
                    coverageMonth: try line.optionalString("coverage_month"), description: try line.string("description"),
                    amountCents: try line.int64("amount_cents"), employerCents: try line.int64("employer_cents"),
                    employeeCents: try line.int64("employee_cents")
                )
            }
            invoices.append(
                InvoiceRecord(
                    invoiceID: id, groupNumber: try row.string("group_number"),
                    billingMonth: try row.string("billing_month"), totalCents: try row.int64("total_cents"),
                    employerCents: try row.int64("employer_cents"), employeeCents: try row.int64("employee_cents"),
                    issuedAt: try row.int64("issued_at"), lines: lines
                )
            )
        }
        return invoices
    }
}
