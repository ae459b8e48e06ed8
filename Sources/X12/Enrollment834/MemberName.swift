/// A member's name and identifier from an NM1 segment (2100A, 2100B). Personal data: never log it.
public struct MemberName: Sendable, Hashable {
    /// NM103.
    public var last: String
    /// NM104.
    public var first: String
    /// NM105.
    public var middle: String
    /// NM106.
    public var prefix: String
    /// NM107.
    public var suffix: String
    /// NM108: `34` SSN, `ZZ` mutually defined (the sender's member id), ...
    public var idQualifier: String
    /// NM109.
    public var id: String

    /// Creates a name.
    public init(last: String, first: String, middle: String = "", prefix: String = "", suffix: String = "",
                idQualifier: String = "", id: String = "") {
        self.last = last
        self.first = first
        self.middle = middle
        self.prefix = prefix
        self.suffix = suffix
        self.idQualifier = idQualifier
        self.id = id
    }

    /// NM109 when NM108 says it is a Social Security number.
    public var ssn: String? { idQualifier == "34" && !id.isEmpty ? id : nil }
}
