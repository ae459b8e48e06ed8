/// FNV-1a, 64 bits: a small hash that, unlike `Hasher`, gives the same value in every process, so
/// it can order output and appear in ids (rules C2, C5).
struct Fingerprint {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        var hash = value
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        value = hash
    }

}
