/// An X12 interchange (an 834 file) whose requests were published (migration 4).
public struct IngestedInterchange: Sendable, Equatable {
    /// ISA05:ISA06, e.g. `ZZ:123456789012345`.
    public var sender: String
    /// ISA13.
    public var controlNumber: String
    /// Lowercase hex SHA-256 of the file's bytes.
    public var contentSHA256: String
    /// The file's name as given to the command (for operators).
    public var fileName: String
    /// How many enrollment requests were published from it.
    public var requestCount: Int64
    /// When, in milliseconds since the Unix epoch.
    public var ingestedAt: Int64

    /// Creates a record.
    public init(sender: String, controlNumber: String, contentSHA256: String, fileName: String, requestCount: Int64,
                ingestedAt: Int64) {
        self.sender = sender
        self.controlNumber = controlNumber
        self.contentSHA256 = contentSHA256
        self.fileName = fileName
        self.requestCount = requestCount
        self.ingestedAt = ingestedAt
    }
}
