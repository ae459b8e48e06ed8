/// A name reduced to what identity matching compares (rule M2): lower case, Latin letters without
/// accents or other diacritics, punctuation and extra whitespace removed, hyphenated and compound
/// surnames split into their parts, and surname particles and generational suffixes set aside.
///
/// Names only ever make a match *plausible* (review); they never make it automatic, so the
/// comparison errs on the lenient side: "García-López", "Garcia Lopez" and "GARCIA" are the same
/// surname for review purposes.
public struct NormalizedName: Hashable, Sendable, Codable {
    /// The given-name words, e.g. `["maria", "jose"]` for "María José".
    public let given: [String]
    /// The significant surname words, e.g. `["garcia", "lopez"]` for "García-López" and `["cruz"]`
    /// for "de la Cruz".
    public let family: [String]

    /// Normalises a legal name (middle name and suffix do not take part in matching).
    public init(_ name: LegalName) {
        given = NormalizedName.words(name.first)
        let surname = NormalizedName.words(name.last)
        let significant = surname.filter { !NormalizedName.particles.contains($0) && !NormalizedName.suffixes.contains($0) }
        // A surname made only of "particles" (the Vietnamese surname Le) is kept as written.
        family = significant.isEmpty ? surname : significant
    }

    /// Creates a normalised name from words already normalised.
    public init(given: [String], family: [String]) {
        self.given = given
        self.family = family
    }

    /// One canonical text for indexing candidates: first given word, a space, surname words joined
    /// by spaces, e.g. `maria garcia lopez`.
    public var canonical: String {
        ([given.first ?? ""] + family).joined(separator: " ")
    }

    /// Whether two names plausibly belong to the same person (rule M2): the first given word is
    /// equal, and the surnames agree when one's words are all among the other's (a compound surname
    /// sent in part) or when they spell the same letters without separators ("Mc Donald").
    public func isSameName(as other: NormalizedName) -> Bool {
        guard let first = given.first, first == other.given.first else { return false }
        guard !family.isEmpty, !other.family.isEmpty else { return false }
        if family.joined() == other.family.joined() { return true }
        let mine = Set(family)
        let theirs = Set(other.family)
        return mine.isSubset(of: theirs) || theirs.isSubset(of: mine)
    }

    /// Surname particles that are often dropped or merged by upstream systems.
    static let particles: Set<String> = [
        "de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "du", "van", "der", "den", "von", "le", "y",
    ]

    /// Generational suffixes sometimes typed into the surname field.
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// Splits text into lower-case words of letters and digits without diacritics. Apostrophes join
    /// (O'Brien -> obrien); any other non-letter separates words (hyphens, spaces, periods, commas).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) {
                current += folded
            } else if isJoiner(scalar) || isMark(scalar) {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        // ' and the typographic apostrophes ’ and ʼ.
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The lower-case ASCII spelling of a letter or digit, or `nil` for anything else.
    ///
    /// Precomposed Latin letters are folded by their Unicode name ("LATIN SMALL LETTER E WITH
    /// ACUTE" -> "e"), which covers every accented Latin letter without a hand-kept table and needs
    /// no Foundation; letters of other scripts are kept, lower-cased.
    static func fold(_ scalar: Unicode.Scalar) -> String? {
        if scalar.isASCII {
            let value = scalar.value
            if value >= 0x61 && value <= 0x7A || value >= 0x30 && value <= 0x39 { return String(scalar) }
            if value >= 0x41 && value <= 0x5A { return String(Unicode.Scalar(value + 0x20)!) }
            return nil
        }
        let properties = scalar.properties
        guard properties.isAlphabetic, !isMark(scalar) else { return nil }
        if let name = properties.name, name.hasPrefix("LATIN ") {
            let parts = name.split(separator: " ")
            if let index = parts.firstIndex(where: { $0 == "LETTER" || $0 == "LIGATURE" }), index + 1 < parts.count {
                var letter = parts[index + 1]
                if letter == "DOTLESS", index + 2 < parts.count { letter = parts[index + 2] }
                switch letter {
                case "SHARP": return "ss"
                case "ETH": return "d"
                case "THORN": return "th"
                default:
                    if letter.count <= 2, letter.allSatisfy({ $0 >= "A" && $0 <= "Z" }) { return letter.lowercased() }
                }
            }
        }
        return String(scalar.properties.lowercaseMapping)
    }
}
