/// A one-way hash of a ``SocialSecurityNumber``, as the store keeps it (rule M2).
///
/// The domain only compares hashes for equality; which keyed hash produces them (e.g. HMAC-SHA256
/// with a secret pepper) is the store's business, injected through ``SSNHasher``.
public struct SSNHash: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The hash's text form (e.g. lowercase hex).
    public let rawValue: String

    /// Wraps a hash's text.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// The hash's text; not personal data by itself.
    public var description: String { rawValue }
}
