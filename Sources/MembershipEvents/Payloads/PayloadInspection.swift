import Foundation
import SwiftProtobuf

/// What a walk over a decoded message found: unknown fields, unknown enum values and oversized
/// strings, each with the path of proto field names that leads to it (e.g.
/// `add_dependent.dependent.identity.gender`).
struct PayloadInspection {
    struct UnknownEnum: Hashable {
        var path: String
        var rawValue: Int
    }

    struct Oversized: Hashable {
        var path: String
        var bytes: Int
    }

    /// The instants a `google.protobuf.Timestamp` may hold: 1900-01-01T00:00:00Z up to, not including,
    /// 2200-01-01T00:00:00Z, with nanos 0 to 999,999,999. Events happen in these years (the same as the
    /// domain's accepted dates, ``EventPayloadDecoder``); outside them an instant is a producer's bug, and
    /// converting it to a calendar date or to milliseconds would overflow.
    static let acceptedSeconds: Range<Int64> = -2_208_988_800..<7_258_118_400

    /// How many messages of the tree carry unknown fields.
    var unknownFieldCount = 0
    /// How many string fields hold control characters other than tab, line feed and carriage return: text
    /// nobody writes, but what a nested message's bytes look like when read as a string.
    var binaryStringCount = 0
    var unknownEnumFields: [UnknownEnum] = []
    var oversizedFields: [Oversized] = []
    /// Paths of timestamps outside ``acceptedSeconds`` (or with nanos outside a second).
    var timestampsOutOfRange: [String] = []

    static func inspect(_ message: any SwiftProtobuf.Message, maximumFieldBytes: Int) -> PayloadInspection {
        var visitor = InspectingVisitor(maximumFieldBytes: maximumFieldBytes, messageType: type(of: message))
        // The visitor itself never throws; traverse's signature does.
        try? message.traverse(visitor: &visitor)
        return visitor.found
    }
}

/// The walk behind ``PayloadInspection``: a SwiftProtobuf visitor that recurses into nested messages.
private struct InspectingVisitor: SwiftProtobuf.Visitor {
    let maximumFieldBytes: Int
    var messageType: any SwiftProtobuf.Message.Type
    /// The fields that lead from the top-level message to the one being walked: names are looked up only
    /// when something is reported, so a clean message costs no string work.
    var trail: [(type: any SwiftProtobuf.Message.Type, fieldNumber: Int)] = []
    var found = PayloadInspection()

    init(maximumFieldBytes: Int, messageType: any SwiftProtobuf.Message.Type) {
        self.maximumFieldBytes = maximumFieldBytes
        self.messageType = messageType
    }

    private func path(_ fieldNumber: Int) -> String {
        (trail + [(messageType, fieldNumber)]).map { FieldNames.name(of: $0.fieldNumber, in: $0.type) }.joined(separator: ".")
    }

    private mutating func checkSize(_ bytes: Int, _ fieldNumber: Int) {
        if bytes > maximumFieldBytes { found.oversizedFields.append(.init(path: path(fieldNumber), bytes: bytes)) }
    }

    private mutating func checkEnum<E: SwiftProtobuf.Enum>(_ value: E, _ fieldNumber: Int) {
        guard let iterable = E.self as? any CaseIterable.Type, !Self.contains(iterable, value) else { return }
        found.unknownEnumFields.append(.init(path: path(fieldNumber), rawValue: value.rawValue))
    }

    private static func contains<C: CaseIterable, E: Equatable>(_ type: C.Type, _ value: E) -> Bool {
        C.allCases.contains { ($0 as? E) == value }
    }

    private mutating func descend<M: SwiftProtobuf.Message>(into value: M, _ fieldNumber: Int) {
        if let timestamp = value as? Google_Protobuf_Timestamp,
           !PayloadInspection.acceptedSeconds.contains(timestamp.seconds) || !(0..<1_000_000_000).contains(timestamp.nanos) {
            found.timestampsOutOfRange.append(path(fieldNumber))
        }
        trail.append((messageType, fieldNumber))
        messageType = M.self
        try? value.traverse(visitor: &self)
        messageType = trail.removeLast().type
    }

    mutating func visitSingularDoubleField(value: Double, fieldNumber: Int) throws {}
    mutating func visitSingularInt64Field(value: Int64, fieldNumber: Int) throws {}
    mutating func visitSingularUInt64Field(value: UInt64, fieldNumber: Int) throws {}
    mutating func visitSingularBoolField(value: Bool, fieldNumber: Int) throws {}

    mutating func visitSingularStringField(value: String, fieldNumber: Int) throws {
        checkSize(value.utf8.count, fieldNumber)
        checkText(value)
    }

    private mutating func checkText(_ value: String) {
        if value.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0a && $0 != 0x0d }) { found.binaryStringCount += 1 }
    }

    mutating func visitSingularBytesField(value: Data, fieldNumber: Int) throws {
        checkSize(value.count, fieldNumber)
    }

    mutating func visitRepeatedStringField(value: [String], fieldNumber: Int) throws {
        for item in value {
            checkSize(item.utf8.count, fieldNumber)
            checkText(item)
        }
    }

    mutating func visitRepeatedBytesField(value: [Data], fieldNumber: Int) throws {
        for item in value { checkSize(item.count, fieldNumber) }
    }

    mutating func visitSingularEnumField<E: SwiftProtobuf.Enum>(value: E, fieldNumber: Int) throws {
        checkEnum(value, fieldNumber)
    }

    mutating func visitRepeatedEnumField<E: SwiftProtobuf.Enum>(value: [E], fieldNumber: Int) throws {
        for item in value { checkEnum(item, fieldNumber) }
    }

    mutating func visitPackedEnumField<E: SwiftProtobuf.Enum>(value: [E], fieldNumber: Int) throws {
        for item in value { checkEnum(item, fieldNumber) }
    }

    mutating func visitSingularMessageField<M: SwiftProtobuf.Message>(value: M, fieldNumber: Int) throws {
        descend(into: value, fieldNumber)
    }

    mutating func visitRepeatedMessageField<M: SwiftProtobuf.Message>(value: [M], fieldNumber: Int) throws {
        for item in value { descend(into: item, fieldNumber) }
    }

    mutating func visitSingularGroupField<G: SwiftProtobuf.Message>(value: G, fieldNumber: Int) throws {
        descend(into: value, fieldNumber)
    }

    // The contract has no maps and no extensions; a map's values are still walked for completeness.
    mutating func visitMapField<KeyType, ValueType: MapValueType>(
        fieldType: _ProtobufMap<KeyType, ValueType>.Type, value: _ProtobufMap<KeyType, ValueType>.BaseType,
        fieldNumber: Int
    ) throws {}

    mutating func visitMapField<KeyType, ValueType>(
        fieldType: _ProtobufEnumMap<KeyType, ValueType>.Type, value: _ProtobufEnumMap<KeyType, ValueType>.BaseType,
        fieldNumber: Int
    ) throws where ValueType.RawValue == Int {
        for item in value.values { checkEnum(item, fieldNumber) }
    }

    mutating func visitMapField<KeyType, ValueType>(
        fieldType: _ProtobufMessageMap<KeyType, ValueType>.Type, value: _ProtobufMessageMap<KeyType, ValueType>.BaseType,
        fieldNumber: Int
    ) throws {
        for item in value.values { descend(into: item, fieldNumber) }
    }

    mutating func visitExtensionFields(fields: ExtensionFieldValueSet, start: Int, end: Int) throws {}

    mutating func visitExtensionFieldsAsMessageSet(fields: ExtensionFieldValueSet, start: Int, end: Int) throws {}

    mutating func visitUnknown(bytes: Data) throws {
        if !bytes.isEmpty { found.unknownFieldCount += 1 }
    }
}
