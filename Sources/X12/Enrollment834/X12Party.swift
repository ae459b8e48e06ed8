/// A party of the 834 header: sponsor (1000A, N1*P5), payer (1000B, N1*IN), broker or TPA (1000C, N1*BO/TV).
public struct X12Party: Sendable, Hashable {
    /// N101: `P5`, `IN`, `BO`, `TV`.
    public var entityCode: String
    /// N102: the name.
    public var name: String
    /// N103: what kind of id N104 is (`FI` federal tax id, `94` code, ...).
    public var idQualifier: String
    /// N104: the id.
    public var id: String

    /// Creates a party.
    public init(entityCode: String, name: String, idQualifier: String, id: String) {
        self.entityCode = entityCode
        self.name = name
        self.idQualifier = idQualifier
        self.id = id
    }
}
