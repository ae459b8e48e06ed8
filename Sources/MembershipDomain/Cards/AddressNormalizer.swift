/// USPS-style address standardisation, enough to recognise one household written two ways (rule C3)
/// and a P.O. box (rule G1). It does not verify that an address exists.
///
/// Steps: upper-case; punctuation other than `#`, `-` and `/` becomes a space; `#4` splits into
/// `# 4`; the second line joins the first; words are abbreviated from USPS Publication 28 tables
/// (street suffixes as the last street word, directionals before or after the street name, unit
/// designators); `#`, `APARTMENT` and `UNIT` all become `APT` so the same flat written with
/// different designators matches; `P O BOX`, `POST OFFICE BOX` become `PO BOX`; ZIP+4 is cut to
/// five digits.
public enum AddressNormalizer {
    /// Normalises an address.
    public static func normalize(_ address: MailingAddress) -> NormalizedAddress {
        let words = tokens(address.line1 + " " + address.line2)
        return NormalizedAddress(
            street: standardStreet(words).joined(separator: " "),
            city: tokens(address.city).joined(separator: " "),
            state: tokens(address.state).joined(separator: " "),
            zip5: zip5(address.zip))
    }

    /// The first five digits of a ZIP or ZIP+4 (`90012-3456` -> `90012`).
    public static func zip5(_ zip: String) -> String {
        var digits: [UInt8] = []
        digits.reserveCapacity(5)
        for byte in zip.utf8 where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            digits.append(byte)
            if digits.count == 5 { break }
        }
        return String(decoding: digits, as: UTF8.self)
    }

    /// Upper-cased words; punctuation separates words, `#` is a word of its own.
    static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(24)
        func flush() {
            if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        // ASCII fast path, byte by byte; any other text takes the Unicode-aware path.
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                current.append(byte - 32)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "/"):
                current.append(byte)
            case UInt8(ascii: "#"):
                flush()
                words.append("#")
            case 0x80...:
                return unicodeTokens(text)
            default:
                flush()  // spaces and other punctuation separate words
            }
        }
        flush()
        return words
    }

    static func unicodeTokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(current); current = "" }
        }
        for character in text.uppercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "/" {
                current.append(character)
            } else if character == "#" {
                flush()
                words.append("#")
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    static func standardStreet(_ input: [String]) -> [String] {
        var words = input
        // P.O. box spellings.
        if words.count >= 3, words[0] == "P", words[1] == "O", words[2] == "BOX" { words.replaceSubrange(0..<3, with: ["PO", "BOX"]) }
        if words.count >= 3, words[0] == "POST", words[1] == "OFFICE", words[2] == "BOX" { words.replaceSubrange(0..<3, with: ["PO", "BOX"]) }
        if words.count >= 2, words[0] == "POB" { words.replaceSubrange(0..<1, with: ["PO", "BOX"]) }
        if words.first == "PO", words.count >= 2, words[1] != "BOX" { words.insert("BOX", at: 1) }
        if words.first == "PO" { return words }

        // Split the street part from the unit part at the first unit designator (not in first place).
        var unitIndex = words.count
        for index in words.indices.dropFirst() where unitDesignators[words[index]] != nil {
            unitIndex = index
            break
        }
        var street = Array(words[..<unitIndex])
        var unit = Array(words[unitIndex...])

        // Street suffix: the last word of the street part (or the one before a trailing directional).
        if let last = street.indices.last {
            if let directional = directionals[street[last]], street.count >= 3, let suffix = suffixes[street[last - 1]] {
                street[last - 1] = suffix
                street[last] = directional
            } else if street.count >= 2, let suffix = suffixes[street[last]] {
                street[last] = suffix
            }
        }
        // Pre-directional right after the house number, when a street name follows it.
        if street.count >= 4, let directional = directionals[street[1]] { street[1] = directional }

        if let first = unit.first, let designator = unitDesignators[first] {
            unit[0] = designator
            // "APT # 4" says the designator twice.
            if unit.count >= 2, unit[1] == "#" { unit.remove(at: 1) }
        }
        return street + unit
    }

    /// USPS Publication 28, C1 (common street suffixes).
    static let suffixes: [String: String] = [
        "STREET": "ST", "STR": "ST", "ST": "ST", "AVENUE": "AVE", "AVE": "AVE", "AV": "AVE", "AVEN": "AVE",
        "BOULEVARD": "BLVD", "BLVD": "BLVD", "BOUL": "BLVD", "ROAD": "RD", "RD": "RD", "DRIVE": "DR", "DR": "DR",
        "DRV": "DR", "LANE": "LN", "LN": "LN", "COURT": "CT", "CT": "CT", "PLACE": "PL", "PL": "PL",
        "CIRCLE": "CIR", "CIR": "CIR", "TERRACE": "TER", "TER": "TER", "PARKWAY": "PKWY", "PKWY": "PKWY",
        "HIGHWAY": "HWY", "HWY": "HWY", "WAY": "WAY", "SQUARE": "SQ", "SQ": "SQ", "TRAIL": "TRL", "TRL": "TRL",
        "PLAZA": "PLZ", "PLZ": "PLZ", "ALLEY": "ALY", "ALY": "ALY", "EXPRESSWAY": "EXPY", "FREEWAY": "FWY",
        "CENTER": "CTR", "CTR": "CTR", "HEIGHTS": "HTS", "LOOP": "LOOP", "RUN": "RUN", "ROW": "ROW",
    ]

    /// USPS Publication 28, B (directionals).
    static let directionals: [String: String] = [
        "NORTH": "N", "N": "N", "SOUTH": "S", "S": "S", "EAST": "E", "E": "E", "WEST": "W", "W": "W",
        "NORTHEAST": "NE", "NE": "NE", "NORTHWEST": "NW", "NW": "NW", "SOUTHEAST": "SE", "SE": "SE",
        "SOUTHWEST": "SW", "SW": "SW",
    ]

    /// USPS Publication 28, C2 (secondary unit designators); apartment-like ones all become `APT`.
    static let unitDesignators: [String: String] = [
        "APARTMENT": "APT", "APT": "APT", "#": "APT", "UNIT": "APT", "SUITE": "STE", "STE": "STE",
        "BUILDING": "BLDG", "BLDG": "BLDG", "FLOOR": "FL", "FL": "FL", "ROOM": "RM", "RM": "RM", "SPACE": "SPC",
        "SPC": "SPC", "LOT": "LOT", "TRAILER": "TRLR", "TRLR": "TRLR", "DEPARTMENT": "DEPT", "DEPT": "DEPT",
    ]
    // Designators that are also common street-name words (FRONT, REAR, OFFICE, NO) are left out on
    // purpose: "100 Front St" must not turn into a unit.
}
