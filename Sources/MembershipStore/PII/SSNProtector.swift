import Crypto

/// Turns a Social Security number into what the store may keep: an HMAC-SHA256 under a configured key, the
/// key's id and the last four digits. The plain SSN never reaches the database or a log.
///
/// Keys rotate: new records use ``currentKeyID``; matching (``lookupDigests(ssn:)``) computes the HMAC under
/// every configured key, so records written under an older key are still found.
public struct SSNProtector: Sendable {
    /// One HMAC key with the id stored next to each digest it produced.
    public struct Key: Sendable {
        /// Identifier stored in `persons.ssn_key_id` (not secret).
        public var id: String
        /// Secret key bytes (at least 32 recommended).
        public var secret: [UInt8]

        /// Creates a key.
        public init(id: String, secret: [UInt8]) {
            self.id = id
            self.secret = secret
        }
    }

    /// The key new digests are computed with.
    public let currentKeyID: String
    private let keys: [Key]

    /// Creates a protector. `keys` holds every key still in use; `currentKeyID` names the one for new records.
    /// - Throws: ``StoreError`` `.invalidConfiguration` when there is no key, a key is empty, ids repeat, or the
    ///   current id is not among the keys.
    public init(keys: [Key], currentKeyID: String) throws {
        guard !keys.isEmpty else {
            throw StoreError(.invalidConfiguration, "no SSN HMAC key configured")
        }
        guard keys.allSatisfy({ !$0.secret.isEmpty && !$0.id.isEmpty }) else {
            throw StoreError(.invalidConfiguration, "an SSN HMAC key or key id is empty")
        }
        guard Set(keys.map(\.id)).count == keys.count else {
            throw StoreError(.invalidConfiguration, "SSN HMAC key ids repeat")
        }
        guard keys.contains(where: { $0.id == currentKeyID }) else {
            throw StoreError(.invalidConfiguration, "the current SSN HMAC key id '\(currentKeyID)' is not configured")
        }
        self.keys = keys
        self.currentKeyID = currentKeyID
    }

    /// The stored form of an SSN under the current key. Dashes and spaces are ignored.
    /// - Throws: ``StoreError`` `.invalidSSN` unless nine digits remain (the message does not echo the input).
    public func protect(ssn: String) throws -> ProtectedSSN {
        let digits = try Self.digits(ssn)
        let key = keys.first { $0.id == currentKeyID }!
        return ProtectedSSN(hmac: Self.hmac(digits, key), keyID: key.id, lastFour: String(digits.suffix(4)))
    }

    /// The digests to look an SSN up by: one per configured key, current key first.
    public func lookupDigests(ssn: String) throws -> [String] {
        let digits = try Self.digits(ssn)
        let ordered = keys.filter { $0.id == currentKeyID } + keys.filter { $0.id != currentKeyID }
        return ordered.map { Self.hmac(digits, $0) }
    }

    /// Configured key ids, the current one first.
    var keyIDsCurrentFirst: [String] {
        [currentKeyID] + keys.map(\.id).filter { $0 != currentKeyID }
    }

    /// HMAC of nine digits under the key with `keyID` (which must be configured).
    func hmac(digits: String, keyID: String) -> String {
        Self.hmac(digits, keys.first { $0.id == keyID }!)
    }

    private static func digits(_ ssn: String) throws -> String {
        let digits = ssn.filter { $0 != "-" && $0 != " " }
        guard digits.count == 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw StoreError(.invalidSSN, "an SSN must have nine digits")
        }
        return digits
    }

    private static func hmac(_ digits: String, _ key: Key) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Array(digits.utf8), using: SymmetricKey(data: key.secret))
        var text = ""
        for byte in code {
            text += String(byte >> 4, radix: 16) + String(byte & 0x0F, radix: 16)
        }
        return text
    }
}

/// The stored form of an SSN: HMAC-SHA256 (lowercase hex), the key id, and the last four digits.
public struct ProtectedSSN: Sendable, Equatable {
    /// Lowercase hex HMAC-SHA256 of the nine digits.
    public var hmac: String
    /// Id of the key that produced ``hmac``.
    public var keyID: String
    /// The last four digits (shown to operators in review cases).
    public var lastFour: String

    /// Creates a stored SSN.
    public init(hmac: String, keyID: String, lastFour: String) {
        self.hmac = hmac
        self.keyID = keyID
        self.lastFour = lastFour
    }
}

extension ProtectedSSN: CustomStringConvertible {
    /// Only the key id, so the value is safe to interpolate into logs (even the last four digits stay out).
    public var description: String { "ProtectedSSN(keyID: \(keyID))" }
}
