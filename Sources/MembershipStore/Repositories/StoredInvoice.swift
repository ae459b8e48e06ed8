/// An invoice as the billing worker keeps it: the domain's document and the event it published (rules B7, B8).
public struct StoredInvoice: Sendable, Equatable {
    /// Invoice id (the invoice number).
    public var invoiceID: String
    /// The group.
    public var groupNumber: String
    /// Billing month, `YYYY-MM`.
    public var billingMonth: String
    /// The domain's invoice, serialized by the worker; `nil` for an invoice written without one.
    public var document: [UInt8]?
    /// The `InvoiceIssued` event as first published; `nil` for an invoice written without one.
    public var message: [UInt8]?

    /// Creates a stored invoice.
    public init(invoiceID: String, groupNumber: String, billingMonth: String, document: [UInt8]?, message: [UInt8]?) {
        self.invoiceID = invoiceID
        self.groupNumber = groupNumber
        self.billingMonth = billingMonth
        self.document = document
        self.message = message
    }
}
