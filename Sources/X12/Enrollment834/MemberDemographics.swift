/// DMG: date of birth and gender. Personal data.
public struct MemberDemographics: Sendable, Hashable {
    /// DMG02 (DMG01 = D8).
    public var birthDate: X12Date?
    /// DMG03: `F`, `M`, `U`.
    public var gender: String
    /// DMG04: marital status code.
    public var maritalStatus: String

    /// Creates demographics.
    public init(birthDate: X12Date?, gender: String = "", maritalStatus: String = "") {
        self.birthDate = birthDate
        self.gender = gender
        self.maritalStatus = maritalStatus
    }
}
