public import SwiftProtobuf

/// Decodes a record value as its topic's message type, and when it cannot be handled says precisely
/// why: truncated, not protobuf at all, the message of another topic, a field too large, an enum value
/// this version does not know.
///
/// Protobuf's binary format carries no type name, so bytes of another message type often decode
/// "successfully" into the wrong type (every event shares fields 1-3: event id, time, source). The
/// decoder therefore also tries the other topics' types when the expected one decodes badly (fails, or
/// leaves fields it does not know): a value that is a clean, canonical encoding of another topic's
/// type, and not of the expected one, is reported as that type. A newer producer's extra fields alone
/// never cause a dead letter (forward compatibility, `UnknownFieldTests`).
public struct EventPayloadDecoder: Sendable {
    /// What to do with an enum value the generated code does not know.
    public enum UnknownEnumPolicy: Sendable {
        /// Reject the value (``DeadLetterErrorCode/unknownEnumValue``), naming the field.
        case reject
        /// Accept it: the handler decides (e.g. the enrollment worker answers an E12 rejection instead).
        case accept
    }

    /// The longest string or bytes field accepted, in bytes; default 4096. No field of the contract
    /// (names, addresses, ids, an operator's reason) comes near it, and a larger one is a producer's bug
    /// or an attack on the store and the logs.
    public var maximumFieldBytes: Int
    /// Unknown enum values; default ``UnknownEnumPolicy/reject``.
    public var unknownEnumValues: UnknownEnumPolicy

    /// Creates a decoder.
    public init(maximumFieldBytes: Int = 4096, unknownEnumValues: UnknownEnumPolicy = .reject) {
        self.maximumFieldBytes = maximumFieldBytes
        self.unknownEnumValues = unknownEnumValues
    }

    /// Decodes `bytes` as `type`, or throws the defect that makes them unusable.
    public func decode<M: SwiftProtobuf.Message>(_ type: M.Type, from bytes: [UInt8]) throws(PayloadDefect) -> M {
        let message: M
        do {
            message = try M(serializedBytes: bytes)
        } catch {
            if let other = Self.otherTopicType(of: bytes, expected: type) { throw Self.wrongType(other, expected: type) }
            throw Self.defect(decoding: error, expected: type)
        }
        let inspection = PayloadInspection.inspect(message, maximumFieldBytes: maximumFieldBytes)
        if inspection.unknownFieldCount > 0, let other = Self.otherTopicType(of: bytes, expected: type) {
            throw Self.wrongType(other, expected: type)
        }
        if let oversized = inspection.oversizedFields.first {
            throw PayloadDefect(.fieldTooLarge,
                                "\(oversized.path) is \(oversized.bytes) bytes; the limit is \(maximumFieldBytes)")
        }
        if let instant = inspection.timestampsOutOfRange.first {
            throw PayloadDefect(.invalidField, "\(instant) is not an instant between the years 1900 and 2199")
        }
        if unknownEnumValues == .reject, let unknown = inspection.unknownEnumFields.first {
            throw PayloadDefect(.unknownEnumValue, "\(unknown.path) has the unknown enum value \(unknown.rawValue)")
        }
        return message
    }

    /// The topic (other than `expected`'s) whose message type `bytes` are a clean encoding of: they decode
    /// with no unknown field anywhere, no string that holds binary (a nested message read as text), and
    /// re-encode to exactly the same bytes.
    static func otherTopicType(of bytes: [UInt8], expected: any SwiftProtobuf.Message.Type) -> EventTopic? {
        guard !bytes.isEmpty else { return nil }
        for topic in EventTopic.allCases where ObjectIdentifier(topic.valueType) != ObjectIdentifier(expected) {
            if isCleanEncoding(bytes, as: topic.valueType) { return topic }
        }
        return nil
    }

    private static func isCleanEncoding(_ bytes: [UInt8], as type: any SwiftProtobuf.Message.Type) -> Bool {
        guard let message = try? type.init(serializedBytes: bytes),
              case let inspection = PayloadInspection.inspect(message, maximumFieldBytes: .max),
              inspection.unknownFieldCount == 0, inspection.binaryStringCount == 0,
              let again: [UInt8] = try? message.serializedBytes()
        else { return false }
        return again == bytes
    }

    private static func wrongType(_ topic: EventTopic, expected: any SwiftProtobuf.Message.Type) -> PayloadDefect {
        PayloadDefect(.wrongMessageType,
                      "the value is a \(topic.valueType.protoMessageName) (the message of \(topic.defaultName)), not a \(expected.protoMessageName)")
    }

    private static func defect(decoding error: any Error, expected: any SwiftProtobuf.Message.Type) -> PayloadDefect {
        let name = expected.protoMessageName
        switch error as? BinaryDecodingError {
        case .truncated?:
            return PayloadDefect(.truncated, "the value ends inside a field: a truncated \(name) or not protobuf")
        case .invalidUTF8?:
            return PayloadDefect(.undecodable, "a string field of the value is not valid UTF-8, so it is not a \(name)")
        case .messageDepthLimit?:
            return PayloadDefect(.undecodable, "the value nests messages deeper than the decoder allows, so it is not a \(name)")
        case .malformedProtobuf?:
            return PayloadDefect(.undecodable, "the value is not a protobuf encoding of \(name) (malformed field tag, wire type or length)")
        default:
            return PayloadDefect(.undecodable, "the value is not a \(name) (\(String(describing: error)))")
        }
    }
}
