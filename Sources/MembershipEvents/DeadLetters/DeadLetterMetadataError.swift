/// A dead-letter record's headers do not hold valid ``DeadLetterMetadata``.
public enum DeadLetterMetadataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A required header is absent.
    case missing(DeadLetterHeader)
    /// A header's value cannot be parsed (header, value).
    case malformed(DeadLetterHeader, String)

    /// A one-line description naming the header.
    public var description: String {
        switch self {
        case .missing(let header): "dead-letter header \(header.name) is missing"
        case .malformed(let header, let value): "dead-letter header \(header.name) has malformed value \"\(value)\""
        }
    }
}
