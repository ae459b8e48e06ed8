/// The GS segment of a functional group.
public struct X12FunctionalGroupHeader: Sendable, Hashable {
    /// GS01: the functional identifier, `BE` for benefit enrollment (834).
    public var functionalID: String
    /// GS02: the application sender's code.
    public var senderCode: String
    /// GS03: the application receiver's code.
    public var receiverCode: String
    /// GS06: the group control number.
    public var controlNumber: String
    /// GS08: the version, e.g. `005010X220A1`.
    public var version: String
    /// The 1-based ordinal of the GS segment in the file.
    public var segmentNumber: Int

    /// Creates a header.
    public init(functionalID: String, senderCode: String, receiverCode: String, controlNumber: String, version: String,
                segmentNumber: Int) {
        self.functionalID = functionalID
        self.senderCode = senderCode
        self.receiverCode = receiverCode
        self.controlNumber = controlNumber
        self.version = version
        self.segmentNumber = segmentNumber
    }
}
