/// The ISA segment: who sent the interchange to whom, when, and its control number.
public struct X12InterchangeHeader: Sendable, Hashable {
    /// ISA05: qualifier of the sender id, e.g. `ZZ`.
    public var senderQualifier: String
    /// ISA06, without its padding.
    public var senderID: String
    /// ISA07: qualifier of the receiver id.
    public var receiverQualifier: String
    /// ISA08, without its padding.
    public var receiverID: String
    /// ISA09: YYMMDD.
    public var date: String
    /// ISA10: HHMM.
    public var time: String
    /// ISA12: the interchange version, e.g. `00501`.
    public var version: String
    /// ISA13: the interchange control number (nine digits).
    public var controlNumber: String
    /// ISA15: `P` production, `T` test.
    public var usage: String
    /// The delimiters the ISA declared.
    public var delimiters: X12Delimiters

    /// Creates a header.
    public init(senderQualifier: String, senderID: String, receiverQualifier: String, receiverID: String, date: String,
                time: String, version: String, controlNumber: String, usage: String, delimiters: X12Delimiters) {
        self.senderQualifier = senderQualifier
        self.senderID = senderID
        self.receiverQualifier = receiverQualifier
        self.receiverID = receiverID
        self.date = date
        self.time = time
        self.version = version
        self.controlNumber = controlNumber
        self.usage = usage
        self.delimiters = delimiters
    }

    /// `ZZ:123456789012345`: the sender as the idempotency key names it.
    public var sender: String { senderQualifier + ":" + senderID }
}
