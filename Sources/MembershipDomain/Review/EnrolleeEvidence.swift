/// What a request says about the enrollee, as a reviewer sees it: no full SSN (rule M2).
public struct EnrolleeEvidence: Hashable, Sendable {
    /// The enrollee's name.
    public let name: LegalName
    /// The enrollee's date of birth.
    public let dateOfBirth: CalendarDate
    /// Last four digits of the SSN; `nil` when the request had none.
    public let ssnLast4: String?
    /// The upstream id; `nil` when absent.
    public let upstreamMemberID: String?
    /// The home ZIP code.
    public let homeZIP: String

    /// Creates the evidence.
    public init(name: LegalName, dateOfBirth: CalendarDate, ssnLast4: String?, upstreamMemberID: String?, homeZIP: String) {
        self.name = name
        self.dateOfBirth = dateOfBirth
        self.ssnLast4 = ssnLast4
        self.upstreamMemberID = upstreamMemberID
        self.homeZIP = homeZIP
    }

    /// The evidence about `enrollee`.
    public init(_ enrollee: Enrollee) {
        self.init(name: enrollee.identity.name, dateOfBirth: enrollee.identity.dateOfBirth,
                  ssnLast4: enrollee.identity.ssn?.last4, upstreamMemberID: enrollee.identity.upstreamMemberID,
                  homeZIP: enrollee.residence.address.zip)
    }
}
