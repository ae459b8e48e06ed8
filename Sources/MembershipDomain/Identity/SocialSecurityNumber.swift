/// A US Social Security number, normalised to its nine digits (rule M2 uses it as a strong
/// identifier together with the date of birth).
///
/// Personal data: ``description`` shows only the last four digits, so an SSN interpolated into a
/// log line or an error message by mistake does not leak. The domain never compares raw SSNs of
/// stored persons: the store keeps only ``SSNHash`` values, and matching is done over hashes.
public struct SocialSecurityNumber: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable {
    /// The nine digits, no separators.
    public let digits: String

    /// Normalises `text` by keeping only its ASCII digits (so `123-45-6789`, `123 45 6789` and
    /// `123456789` are the same number). Returns `nil` unless exactly nine digits remain and they
    /// are not all zeros.
    public init?(_ text: String) {
        let kept = text.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }
        guard kept.count == 9 else { return nil }
        let digits = String(String.UnicodeScalarView(kept))
        guard digits != "000000000" else { return nil }
        self.digits = digits
    }

    /// The last four digits, which review cases may show (never the full number).
    public var last4: String { String(digits.suffix(4)) }

    /// Redacted: `***-**-1234`.
    public var description: String { "***-**-" + last4 }

    /// Redacted like ``description``, so `debugPrint` and string interpolation of a containing
    /// value (which reflects its properties) do not leak the number.
    public var debugDescription: String { description }

    /// No children: `dump` of a containing value shows only the redacted form.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

    /// The numbers obtained by swapping one pair of adjacent digits (a keying slip), excluding
    /// swaps of equal digits; at most eight. Matching hashes these to spot a likely transposition
    /// (rule M2) without ever reading a stored SSN.
    public var adjacentTranspositions: [SocialSecurityNumber] {
        let characters = Array(digits)
        var result: [SocialSecurityNumber] = []
        for index in 0..<(characters.count - 1) where characters[index] != characters[index + 1] {
            var swapped = characters
            swapped.swapAt(index, index + 1)
            if let number = SocialSecurityNumber(String(swapped)) { result.append(number) }
        }
        return result
    }
}
