/// Headers are stored as one blob: for each header, a 4-byte big-endian name length, the UTF-8 name, a 4-byte
/// value length and the value. Kafka headers are an ordered list with repeatable names, which a map column
/// could not keep.
enum OutboxHeaderCoding {
    static func encode(_ headers: [OutboxHeader]) -> [UInt8] {
        var bytes: [UInt8] = []
        for header in headers {
            append(Array(header.name.utf8), to: &bytes)
            append(header.value, to: &bytes)
        }
        return bytes
    }

    static func decode(_ bytes: [UInt8]) throws -> [OutboxHeader] {
        var headers: [OutboxHeader] = []
        var offset = 0
        func field() throws -> [UInt8] {
            guard offset + 4 <= bytes.count else { throw StoreError(.corruptRow, "truncated outbox headers") }
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            offset += 4
            guard offset + length <= bytes.count else { throw StoreError(.corruptRow, "truncated outbox headers") }
            defer { offset += length }
            return Array(bytes[offset..<offset + length])
        }
        while offset < bytes.count {
            let name = String(decoding: try field(), as: UTF8.self)
            headers.append(OutboxHeader(name: name, value: try field()))
        }
        return headers
    }

    private static func append(_ field: [UInt8], to bytes: inout [UInt8]) {
        let length = UInt32(field.count)
        bytes += [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
        bytes += field
    }
}
