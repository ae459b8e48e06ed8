/// Loop 2000 and what hangs below it: one member of an 834 set. Personal data: never log it (log
/// ``subscriberID`` and ``segmentNumber`` instead).
public struct BenefitEnrollmentMember: Sendable, Hashable {
    /// The 1-based ordinal of the INS segment in the file.
    public var segmentNumber: Int
    /// The position of the INS segment in its transaction set.
    public var positionInSet: Int
    /// INS01 = `Y`: the subscriber; `N`: a dependent.
    public var isSubscriber: Bool
    /// INS02: `18` self, `01` spouse, `19` child, `53` life partner, `17` stepchild, `09` adopted child ...
    public var relationshipCode: String
    /// INS03.
    public var maintenanceType: MaintenanceType
    /// INS04: the maintenance reason (`02` birth, `32` marriage, `08` termination of employment ...).
    public var maintenanceReason: String
    /// INS05: benefit status, `A` active, `C` COBRA, `S` surviving insured, `T` tax equity and fiscal responsibility act.
    public var benefitStatus: String
    /// INS07: the COBRA qualifying event code.
    public var cobraEventCode: String
    /// INS08: employment status (`FT` full-time, `PT` part-time, `AC` active, `TE` terminated, `RT` retired ...).
    public var employmentStatus: String
    /// INS10 = `Y`: the member is disabled (handicapped).
    public var isDisabled: Bool
    /// REF*0F: the subscriber identifier, the same for every member of the family.
    public var subscriberID: String
    /// REF*1L: the group or policy number.
    public var groupNumber: String?
    /// Other REF ids of loop 2000 by qualifier (`17`, `23`, `ZZ` ...).
    public var identifiers: [String: String]
    /// DTP dates of loop 2000 by qualifier (`356` eligibility begin, `357` eligibility end, `336` employment begin,
    /// `337` employment end, `340` COBRA begin, `341` COBRA end ...).
    public var dates: [String: X12Date]
    /// 2100A: the member's name, id and demographics.
    public var identity: MemberIdentity?
    /// 2100A N3/N4: the residence.
    public var residence: MemberAddress?
    /// 2100A ICM03: hours worked per week, in hundredths of an hour.
    public var weeklyHoursHundredths: Int?
    /// 2100B: the member's previous identity (what to correct).
    public var previousIdentity: MemberIdentity?
    /// 2100C: the mailing address (where cards go).
    public var mailingAddress: MemberAddress?
    /// Loop 2300: coverages.
    public var coverages: [HealthCoverage]

    /// A member as its INS segment starts it.
    public init(segmentNumber: Int, positionInSet: Int, isSubscriber: Bool, relationshipCode: String,
                maintenanceType: MaintenanceType, maintenanceReason: String = "", benefitStatus: String = "A",
                cobraEventCode: String = "", employmentStatus: String = "", isDisabled: Bool = false, subscriberID: String = "",
                groupNumber: String? = nil, identifiers: [String: String] = [:], dates: [String: X12Date] = [:],
                identity: MemberIdentity? = nil, residence: MemberAddress? = nil, weeklyHoursHundredths: Int? = nil,
                previousIdentity: MemberIdentity? = nil, mailingAddress: MemberAddress? = nil, coverages: [HealthCoverage] = []) {
        self.segmentNumber = segmentNumber
        self.positionInSet = positionInSet
        self.isSubscriber = isSubscriber
        self.relationshipCode = relationshipCode
        self.maintenanceType = maintenanceType
        self.maintenanceReason = maintenanceReason
        self.benefitStatus = benefitStatus
        self.cobraEventCode = cobraEventCode
        self.employmentStatus = employmentStatus
        self.isDisabled = isDisabled
        self.subscriberID = subscriberID
        self.groupNumber = groupNumber
        self.identifiers = identifiers
        self.dates = dates
        self.identity = identity
        self.residence = residence
        self.weeklyHoursHundredths = weeklyHoursHundredths
        self.previousIdentity = previousIdentity
        self.mailingAddress = mailingAddress
        self.coverages = coverages
    }

    /// Whether INS05 says COBRA continuation.
    public var isCOBRA: Bool { benefitStatus == "C" }
}
