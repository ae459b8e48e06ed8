import SQLKit

extension BillingRepository {
    /// Stores an invoice with its domain document and published event unless the group already has one for
    /// that month (rule B8), then returns the invoice that holds: this one when `inserted`, otherwise the
    /// earlier one with its own document and event, untouched.
    ///
    /// Built on ``insertIfAbsent(_:)``, so the `UNIQUE (group_number, billing_month)` constraint settles races
    /// between workers exactly as there.
    public func insertIfAbsent(_ invoice: InvoiceRecord, document: [UInt8], message: [UInt8]) async throws
        -> (invoice: StoredInvoice, inserted: Bool)
    {
        let (record, inserted) = try await insertIfAbsent(invoice)
        if inserted {
            try await session.execute(
                "UPDATE invoices SET document = ?, message = ? WHERE invoice_id = ?",
                [document.sqlBytes, message.sqlBytes, record.invoiceID]
            )
            return (StoredInvoice(invoiceID: record.invoiceID, groupNumber: record.groupNumber,
                                  billingMonth: record.billingMonth, document: document, message: message), true)
        }
        let stored = try await storedInvoices(where: "invoice_id = ?", [record.invoiceID]).first
        guard let stored else { throw StoreError(.corruptRow, "invoice \(record.invoiceID) vanished after a conflict") }
        return (stored, false)
    }

    /// Stores many invoices in multi-row statements, each only if its group has none for that month yet
    /// (rule B8: the unique constraint settles races as in ``insertIfAbsent(_:)``), adds the inserted ones to
    /// their groups' balances, and returns the ids of those inserted. For an "all groups" cycle: a few
    /// statements per thousand invoices instead of several per invoice.
    public func insertIfAbsent(_ invoices: [NewInvoice]) async throws -> Set<String> {
        guard !invoices.isEmpty else { return [] }
        let inserted = try await session.insertRows(
            into: "invoices",
            columns: [
                "invoice_id", "group_number", "billing_month", "total_cents", "employer_cents", "employee_cents",
                "issued_at", "document", "message",
            ],
            rows: invoices.map {
                [
                    $0.record.invoiceID, $0.record.groupNumber, $0.record.billingMonth, $0.record.totalCents,
                    $0.record.employerCents, $0.record.employeeCents, $0.record.issuedAt, $0.document.sqlBytes,
                    $0.message.sqlBytes,
                ]
            },
            suffix: "ON CONFLICT (group_number, billing_month) DO NOTHING RETURNING invoice_id"
        )
        let ids = Set(try inserted.map { try $0.string("invoice_id") })
        let kept = invoices.filter { ids.contains($0.record.invoiceID) }
        try await session.insertRows(
            into: "invoice_lines",
            columns: [
                "invoice_id", "line_number", "kind", "mrn", "plan_id", "coverage_month", "description", "amount_cents",
                "employer_cents", "employee_cents",
            ],
            rows: kept.flatMap { invoice in
                invoice.record.lines.map { line -> [any Encodable & Sendable] in
                    [
                        invoice.record.invoiceID, Int64(line.lineNumber), line.kind, line.mrn, line.planID,
                        line.coverageMonth, line.description, line.amountCents, line.employerCents, line.employeeCents,
                    ]
                }
            }
        )
        // One row per group: a cycle stores at most one invoice per group and month.
        var totals: [String: (cents: Int64, at: Int64)] = [:]
        for invoice in kept {
            let previous = totals[invoice.record.groupNumber]
            totals[invoice.record.groupNumber] = ((previous?.cents ?? 0) + invoice.record.totalCents,
                                                  max(previous?.at ?? .min, invoice.record.issuedAt))
        }
        try await session.insertRows(
            into: "balances", columns: ["group_number", "invoiced_cents", "paid_cents", "credited_cents", "updated_at"],
            rows: totals.sorted { $0.key < $1.key }.map { [$0.key, $0.value.cents, Int64(0), Int64(0), $0.value.at] },
            suffix: """
                ON CONFLICT (group_number) DO UPDATE SET
                invoiced_cents = balances.invoiced_cents + excluded.invoiced_cents, updated_at = excluded.updated_at
                """
        )
        return ids
    }

    /// Every group's balance, by group number, in one query (zero balances are absent).
    public func balances() async throws -> [String: GroupBalance] {
        var balances: [String: GroupBalance] = [:]
        for row in try await session.query("SELECT group_number, invoiced_cents, paid_cents, credited_cents FROM balances") {
            let number = try row.string("group_number")
            balances[number] = GroupBalance(groupNumber: number, invoicedCents: try row.int64("invoiced_cents"),
                                            paidCents: try row.int64("paid_cents"), creditedCents: try row.int64("credited_cents"))
        }
        return balances
    }

    /// A group's invoices from `firstMonth` (`YYYY-MM`, inclusive) on, oldest first, with their documents.
    public func storedInvoices(groupNumber: String, fromMonth firstMonth: String = "0000-00") async throws -> [StoredInvoice] {
        try await storedInvoices(where: "group_number = ? AND billing_month >= ?", [groupNumber, firstMonth])
    }

    /// Every group's invoices for the months in `firstMonth ..< endMonth` (`YYYY-MM`), in one query: what an
    /// "all groups" cycle needs for its retroactive adjustments.
    public func storedInvoices(fromMonth firstMonth: String, before endMonth: String) async throws -> [StoredInvoice] {
        try await storedInvoices(where: "billing_month >= ? AND billing_month < ?", [firstMonth, endMonth])
    }

    private func storedInvoices(where condition: String, _ binds: [any Encodable & Sendable]) async throws -> [StoredInvoice] {
        try await session.query(
            """
            SELECT invoice_id, group_number, billing_month, document, message FROM invoices WHERE \(condition)
            ORDER BY group_number, billing_month
            """,
            binds
        ).map { row in
            StoredInvoice(
                invoiceID: try row.string("invoice_id"), groupNumber: try row.string("group_number"),
                billingMonth: try row.string("billing_month"), document: try row.optionalBytes("document"),
                message: try row.optionalBytes("message")
            )
        }
    }
}
