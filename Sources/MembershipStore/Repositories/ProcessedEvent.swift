import Crypto

/// An event id the store has processed, with the SHA-256 of the payload it had.
public struct ProcessedEvent: Sendable, Equatable {
    /// The event's id (a UUID string).
    public var eventID: String
    /// Lowercase hex SHA-256 of the payload bytes (see ``digest(of:)``).
    public var payloadSHA256: String
    /// The topic it was consumed from.
    public var topic: String
    /// When it was processed, in milliseconds since the Unix epoch.
    public var processedAt: Int64

    /// Creates a record.
    public init(eventID: String, payloadSHA256: String, topic: String, processedAt: Int64) {
        self.eventID = eventID
        self.payloadSHA256 = payloadSHA256
        self.topic = topic
        self.processedAt = processedAt
    }

    /// Lowercase hex SHA-256 of a payload, the form stored in ``payloadSHA256``.
    public static func digest(of payload: some Sequence<UInt8>) -> String {
        SHA256.hash(data: Array(payload)).hexString
    }
}

/// What the store knows about an incoming event id.
public enum ProcessedEventStatus: Sendable, Equatable {
    /// Not processed yet: apply it.
    case new
    /// Already processed with the same payload: a redelivery, skip it.
    case duplicate
    /// Already processed with a *different* payload: an upstream system reused an id. Not a redelivery;
    /// flag it (``ProcessedEventRepository/flagConflict(_:)``) and do not apply it silently.
    case conflictingPayload(storedSHA256: String)
}

extension Digest {
    /// Lowercase hex.
    var hexString: String {
        var text = ""
        text.reserveCapacity(Self.byteCount * 2)
        for byte in self {
            text += String(byte >> 4, radix: 16) + String(byte & 0x0F, radix: 16)
        }
        return text
    }
}
