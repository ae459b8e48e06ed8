/// The ST segment of a transaction set.
public struct X12TransactionSetHeader: Sendable, Hashable {
    /// ST01: the transaction set identifier, e.g. `834`.
    public var id: String
    /// ST02: the transaction set control number.
    public var controlNumber: String
    /// ST03: the implementation convention reference, e.g. `005010X220A1` (may be empty).
    public var implementation: String
    /// The 1-based ordinal of the ST segment in the file.
    public var segmentNumber: Int

    /// Creates a header.
    public init(id: String, controlNumber: String, implementation: String, segmentNumber: Int) {
        self.id = id
        self.controlNumber = controlNumber
        self.implementation = implementation
        self.segmentNumber = segmentNumber
    }
}
