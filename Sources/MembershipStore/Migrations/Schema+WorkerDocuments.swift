extension Schema {
    /// Version 2: what the billing and ID-card workers keep beside the version-1 columns.
    ///
    /// - `invoices.document`: the domain's invoice (every line with member, band, rating age, COBRA flag and
    ///   shares) as JSON, so later cycles can compute retroactive adjustments against exactly what was billed
    ///   (rule B7) and payments can spread commission over the plans billed (rule B10).
    /// - `invoices.message`: the `InvoiceIssued` event as first published, so running a cycle again answers
    ///   with the very same invoice (rule B8).
    /// - `cards.request`: the `CardRequest` event (name, date of birth, mailing address, plan name ... printed
    ///   on the card and the envelope), so a mailing run needs no other table (rules C1-C3).
    static func version2(_ dialect: StoreDialect) -> [String] {
        let bytes = dialect.bytesType
        return [
            "ALTER TABLE invoices ADD COLUMN document \(bytes)",
            "ALTER TABLE invoices ADD COLUMN message \(bytes)",
            "ALTER TABLE cards ADD COLUMN request \(bytes)",
            "CREATE INDEX invoices_month ON invoices (billing_month, group_number)",
            "CREATE INDEX cards_pending_created ON cards (status, created_at)",
        ]
    }
}
