/// Who a member is: a 2100A member name (current) or a 2100B incorrect member name (previous, for corrections).
public struct MemberIdentity: Sendable, Hashable {
    /// NM1.
    public var name: MemberName
    /// DMG, when sent.
    public var demographics: MemberDemographics?

    /// Creates an identity.
    public init(name: MemberName, demographics: MemberDemographics? = nil) {
        self.name = name
        self.demographics = demographics
    }
}
