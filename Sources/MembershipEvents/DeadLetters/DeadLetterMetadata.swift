public import SwiftProtobuf

/// Why and where a record failed: the content of the ``DeadLetterHeader`` headers of one
/// dead-letter record, converted to and from their text values.
public struct DeadLetterMetadata: Hashable, Sendable {
    /// Why the record was dead-lettered.
    public var errorCode: DeadLetterErrorCode
    /// A human description of the error, free of personal data.
    public var errorMessage: String
    /// The topic the record was consumed from.
    public var originTopic: String
    /// The partition it was consumed from.
    public var originPartition: Int32
    /// Its offset in that partition.
    public var originOffset: Int64
    /// How many handling attempts were made (at least 1).
    public var attempts: Int
    /// The worker that gave up.
    public var worker: String
    /// When it gave up.
    public var time: Google_Protobuf_Timestamp

    /// Creates the metadata of one dead letter.
    public init(
        errorCode: DeadLetterErrorCode, errorMessage: String, originTopic: String,
        originPartition: Int32, originOffset: Int64, attempts: Int, worker: String,
        time: Google_Protobuf_Timestamp
    ) {
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.originTopic = originTopic
        self.originPartition = originPartition
        self.originOffset = originOffset
        self.attempts = attempts
        self.worker = worker
        self.time = time
    }

    /// The headers to add to the dead-letter record, in ``DeadLetterHeader`` order, as
    /// (name, UTF-8 text) pairs.
    public var headers: [(name: String, value: String)] {
        DeadLetterHeader.allCases.map { header in (header.name, value(of: header)) }
    }

    /// The text value of one header.
    public func value(of header: DeadLetterHeader) -> String {
        switch header {
        case .errorCode: errorCode.rawValue
        case .errorMessage: errorMessage
        case .originTopic: originTopic
        case .originPartition: String(originPartition)
        case .originOffset: String(originOffset)
        case .attempts: String(attempts)
        case .worker: worker
        case .time: Self.rfc3339(time)
        }
    }

    /// Reads the metadata back from a dead-letter record's headers (name to UTF-8 text; other
    /// headers, such as the original record's, are ignored).
    public init(headers: [String: String]) throws(DeadLetterMetadataError) {
        func text(_ header: DeadLetterHeader) throws(DeadLetterMetadataError) -> String {
            guard let value = headers[header.name] else { throw .missing(header) }
            return value
        }
        func number<N: FixedWidthInteger>(_ header: DeadLetterHeader, as: N.Type)
            throws(DeadLetterMetadataError) -> N
        {
            let value = try text(header)
            guard let parsed = N(value) else { throw .malformed(header, value) }
            return parsed
        }
        let timeText = try text(.time)
        // The protobuf JSON mapping of a Timestamp is exactly an RFC 3339 UTC string in quotes.
        guard let time = try? Google_Protobuf_Timestamp(jsonString: "\"\(timeText)\"") else {
            throw .malformed(.time, timeText)
        }
        self.init(
            errorCode: DeadLetterErrorCode(rawValue: try text(.errorCode)),
            errorMessage: try text(.errorMessage),
            originTopic: try text(.originTopic),
            originPartition: try number(.originPartition, as: Int32.self),
            originOffset: try number(.originOffset, as: Int64.self),
            attempts: try number(.attempts, as: Int.self),
            worker: try text(.worker),
            time: time
        )
    }

    private static func rfc3339(_ time: Google_Protobuf_Timestamp) -> String {
        // jsonString() only fails for a timestamp outside years 1-9999, which no clock produces;
        // fall back to the epoch seconds rather than throwing from a header accessor.
        guard let json = try? time.jsonString() else { return String(time.seconds) }
        return String(json.dropFirst().dropLast())
    }
}
