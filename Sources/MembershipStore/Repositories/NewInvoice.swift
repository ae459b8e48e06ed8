/// An invoice to store with the billing worker's document and event (rules B7, B8).
public struct NewInvoice: Sendable, Equatable {
    /// The invoice and its lines.
    public var record: InvoiceRecord
    /// The domain's invoice, serialized by the worker.
    public var document: [UInt8]
    /// The `InvoiceIssued` event to publish.
    public var message: [UInt8]

    /// Creates an invoice to store.
    public init(record: InvoiceRecord, document: [UInt8], message: [UInt8]) {
        self.record = record
        self.document = document
        self.message = message
    }
}
