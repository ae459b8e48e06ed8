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
