/// A Medical Record Number (rule M1): the number a member keeps for life within a region.
///
/// Format: `RR-NNNNNNNC`, where `RR` is the region's two-digit prefix (``Region/mrnPrefix``),
/// `NNNNNNN` a seven-digit zero-padded sequence number allocated per region by the store (never
/// random), and `C` a Luhn (mod 10) check digit computed over the nine digits `RRNNNNNNN`, so a
/// single mistyped digit or a swap of adjacent digits is detected. Example: region 12, sequence
/// 204351 -> `12-02043517`.
public struct MedicalRecordNumber: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The region the MRN belongs to.
    public let region: Region
    /// The sequence number within the region, 1 through 9,999,999.
    public let sequence: Int

    /// The largest sequence number the format holds.
    public static let maximumSequence = 9_999_999

    /// Creates the MRN with `sequence` in `region`, or `nil` if the sequence is out of range.
    public init?(region: Region, sequence: Int) {
        guard (1...MedicalRecordNumber.maximumSequence).contains(sequence) else { return nil }
        self.region = region
        self.sequence = sequence
    }

    /// Parses `RR-NNNNNNNC`, checking the region prefix and the check digit.
    public init?(_ text: String) {
        let characters = Array(text)
        guard characters.count == 11, characters[2] == "-" else { return nil }
        let digits = characters[0..<2] + characters[3...]
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let values = digits.map { Int($0.asciiValue! - 48) }
        guard let region = Region(mrnPrefix: values[0] * 10 + values[1]) else { return nil }
        let sequence = values[2..<9].reduce(0) { $0 * 10 + $1 }
        guard MedicalRecordNumber.luhnCheckDigit(Array(values[0..<9])) == values[9] else { return nil }
        self.init(region: region, sequence: sequence)
    }

    /// The printed form `RR-NNNNNNNC`.
    public var description: String {
        let payload = payloadDigits
        let text = payload.map(String.init).joined()
        return String(text.prefix(2)) + "-" + String(text.dropFirst(2)) + String(MedicalRecordNumber.luhnCheckDigit(payload))
    }

    /// The nine digits before the check digit.
    private var payloadDigits: [Int] {
        var digits: [Int] = [region.mrnPrefix / 10, region.mrnPrefix % 10]
        var rest = sequence
        var sequenceDigits = Array(repeating: 0, count: 7)
        for index in stride(from: 6, through: 0, by: -1) {
            sequenceDigits[index] = rest % 10
            rest /= 10
        }
        digits += sequenceDigits
        return digits
    }

    /// The Luhn check digit for `digits` (most significant first): doubling every second digit
    /// from the right, starting with the rightmost.
    static func luhnCheckDigit(_ digits: [Int]) -> Int {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 0 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return (10 - sum % 10) % 10
    }

    /// Orders by region prefix, then sequence.
    public static func < (lhs: MedicalRecordNumber, rhs: MedicalRecordNumber) -> Bool {
        (lhs.region.mrnPrefix, lhs.sequence) < (rhs.region.mrnPrefix, rhs.sequence)
    }

    /// Decodes from the printed form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = MedicalRecordNumber(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not an MRN: \(text)")
        }
        self = value
    }

    /// Encodes as the printed form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
