import Crypto

/// Event ids derived from the file: the same file always yields the same ids, so a publish that is
/// interrupted and run again is deduplicated by the enrollment worker (processed events by event id).
enum DerivedEventID {
    /// A UUID (version 8, RFC 9562 variant) from the first 16 bytes of SHA-256 over `parts`.
    static func make(_ parts: [String]) -> String {
        var bytes = Array(SHA256.hash(data: Array(parts.joined(separator: "\u{1F}").utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte -> String in
            let text = String(byte, radix: 16)
            return text.count == 1 ? "0" + text : text
        }.joined()
        let characters = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
    }
}
