/// A person's legal name as an upstream system sent it. Personal data: never log it.
public struct LegalName: Hashable, Sendable, Codable {
    /// Given name, e.g. `María José`.
    public let first: String
    /// Middle name or initial; empty when absent.
    public let middle: String
    /// Family name(s), e.g. `García-López` or `de la Cruz`.
    public let last: String
    /// Generational suffix such as `Jr.` or `III`; empty when absent.
    public let suffix: String

    /// Creates a name.
    public init(first: String, middle: String = "", last: String, suffix: String = "") {
        self.first = first
        self.middle = middle
        self.last = last
        self.suffix = suffix
    }

    /// The name as printed on an ID card: first, middle, last and suffix separated by spaces.
    public var printed: String {
        [first, middle, last, suffix].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
