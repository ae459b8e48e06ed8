import MembershipEvents
import SwiftProtobuf
import WorkerRuntime

/// Every handler's first step: the record value as its topic's message, or a dead letter that says
/// precisely why not (truncated, not protobuf, another topic's message, a field too large, an unknown
/// enum value naming its field). See ``EventPayloadDecoder``.
enum PayloadDecoding {
    /// Decodes `message`'s value as `type`; `unknownEnums` says whether an unknown enum value is a dead
    /// letter (the default) or left to the handler.
    static func decode<M: SwiftProtobuf.Message>(
        _ type: M.Type, _ message: IncomingMessage, unknownEnums: EventPayloadDecoder.UnknownEnumPolicy = .reject
    ) throws(InvalidMessage) -> M {
        do {
            return try EventPayloadDecoder(unknownEnumValues: unknownEnums).decode(type, from: message.value)
        } catch {
            throw InvalidMessage(error.code, error.reason)
        }
    }
}

extension InvalidMessage {
    /// A dead letter with one of the well-known codes.
    init(_ code: DeadLetterErrorCode, _ reason: String) {
        self.init(code: code.rawValue, reason: reason)
    }
}
