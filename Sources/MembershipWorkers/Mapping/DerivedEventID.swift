/// Event ids derived from what an event answers, so replaying the same input yields the same output
/// event ids (rule X1) and consumers deduplicate a republished event.
///
/// The id is a UUID in canonical lowercase text form (version 8, "custom"), built from two 64-bit FNV-1a
/// hashes of the name with different offsets: stable across processes and platforms, unlike `Hasher`.
enum DerivedEventID {
    /// The id for `parts`, e.g. `["invoice-issued", requestID, invoiceNumber]`.
    static func make(_ parts: String...) -> String {
        make(parts)
    }

    /// The id for `parts`.
    static func make(_ parts: [String]) -> String {
        var high: UInt64 = 0xcbf2_9ce4_8422_2325
        var low: UInt64 = 0x84222325_cbf29ce4
        for (index, part) in parts.enumerated() {
            if index > 0 {
                high = (high ^ 0x1f) &* 0x0000_0100_0000_01b3
                low = (low ^ 0x1f) &* 0x0000_0100_0000_01b3
            }
            for byte in part.utf8 {
                high = (high ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                low = (low ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        low = low ^ (high >> 29)
        // Version 8 in the high nibble of byte 6, RFC 9562 variant in byte 8.
        high = (high & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_8000
        low = (low & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000
        let hex = hexDigits(high) + hexDigits(low)
        let characters = Array(hex)
        return String(characters[0..<8]) + "-" + String(characters[8..<12]) + "-" + String(characters[12..<16]) + "-"
            + String(characters[16..<20]) + "-" + String(characters[20..<32])
    }

    private static func hexDigits(_ value: UInt64) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
