import Synchronization
import SwiftProtobuf

/// The proto name of a message type's field, for defect reasons that name the field.
///
/// SwiftProtobuf keeps its number-to-name maps internal; its text format is the public way to reach
/// them. So a field's name is read back from the text form of a probe message that sets only that
/// field (a varint 1, an empty length-delimited value, or a one-byte string). Results are cached.
enum FieldNames {
    private static let cache = Mutex<[String: String]>([:])

    /// The field's proto name, or `#<number>` when the type has no such field.
    static func name(of fieldNumber: Int, in type: any SwiftProtobuf.Message.Type) -> String {
        let key = "\(type.protoMessageName)#\(fieldNumber)"
        if let known = cache.withLock({ $0[key] }) { return known }
        let name = probe(fieldNumber, in: type) ?? "#\(fieldNumber)"
        cache.withLock { $0[key] = name }
        return name
    }

    private static func probe(_ fieldNumber: Int, in type: any SwiftProtobuf.Message.Type) -> String? {
        let varintTag = tag(fieldNumber, wireType: 0)
        let lengthTag = tag(fieldNumber, wireType: 2)
        for probe in [varintTag + [1], lengthTag + [0], lengthTag + [1, 0x61], tag(fieldNumber, wireType: 5) + [1, 0, 0, 0],
                      tag(fieldNumber, wireType: 1) + [1, 0, 0, 0, 0, 0, 0, 0]] {
            guard let message = try? type.init(serializedBytes: probe), message.unknownFields.data.isEmpty else { continue }
            let text = message.textFormatString()
            // The text form starts with the field's name, followed by ":" or " {".
            let name = text.prefix { $0 != ":" && $0 != " " && $0 != "{" && $0 != "\n" }
            if !name.isEmpty { return String(name) }
        }
        return nil
    }

    private static func tag(_ fieldNumber: Int, wireType: Int) -> [UInt8] {
        var value = UInt64(fieldNumber) << 3 | UInt64(wireType)
        var bytes: [UInt8] = []
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7f) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
        return bytes
    }
}
