import MembershipDomain

/// A deterministic stand-in for the store's keyed SSN hash: distinct numbers give distinct hashes.
struct ReversingSSNHasher: SSNHasher {
    func hash(_ ssn: SocialSecurityNumber) -> SSNHash { SSNHash("h" + String(ssn.digits.reversed())) }
}

/// Builders for enrollment tests. Group G-100 (contract from 2026-01-01, plans HMO-SILVER and
/// HMO-GOLD, semimonthly payroll, open enrollment 2026-11-01...11-30 for 2027-01-01).
enum Fixtures {
    static let group: GroupNumber = "G-100"
    static let family = FamilyKey(groupNumber: "G-100", subscriberRef: "E-1")
    static let hasher = ReversingSSNHasher()
    static let semimonthly = PaySchedule(frequency: .semimonthly, anchor: date("2026-01-01"))

    static func terms(waitingPeriodDays: Int = 0, county: Bool = false, hoursRule: EnrollmentTerms.HoursRule = .standard,
                      contractEnd: CalendarDate? = nil, paySchedule: PaySchedule = semimonthly) -> EnrollmentTerms {
        EnrollmentTerms(groupNumber: group, contractEffective: date("2026-01-01"), contractEnd: contractEnd,
                        offeredPlans: ["HMO-SILVER", "HMO-GOLD"], waitingPeriodDays: waitingPeriodDays,
                        openEnrollment: .init(start: date("2026-11-01"), end: date("2026-11-30"),
                                              coverageEffective: date("2027-01-01")),
                        paySchedule: paySchedule, hoursRule: hoursRule, isCountyGroup: county)
    }

    /// Noon in Los Angeles on `day` (20:00 UTC in winter, 13:00 local in summer: the same day).
    static func noon(_ day: String) -> Int64 {
        Int64(date(day).daysSinceEpoch) * 86_400 + 20 * 3_600
    }

    /// A Ventura County home (Southern California, served).
    static func residence(zip: String = "93030", county: String = "Ventura", state: String = "CA") -> Residence {
        Residence(address: MailingAddress(line1: "1200 Harbor Blvd", city: "Oxnard", state: state, zip: zip), county: county)
    }

    static let alameda = residence(zip: "94612", county: "Alameda")

    static func identity(_ first: String = "Maria", _ last: String = "Garcia", dob: String = "1985-04-12",
                         ssn: String? = "123456789", upstream: String? = nil) -> PersonIdentity {
        PersonIdentity(name: LegalName(first: first, last: last), dateOfBirth: date(dob),
                       ssn: ssn.flatMap(SocialSecurityNumber.init), upstreamMemberID: upstream)
    }

    static func employee(_ identity: PersonIdentity = identity(), hire: String = "2026-03-02",
                         classification: Employment.Classification = .fullTime, weeklyHours: Int? = 4000,
                         payPeriodHours: Int? = nil, residence: Residence = residence()) -> Enrollee {
        Enrollee(identity: identity, residence: residence,
                 employment: Employment(classification: classification, averageWeeklyHundredths: weeklyHours,
                                        payPeriodHundredths: payPeriodHours, hireDate: date(hire)))
    }

    static func dependent(_ first: String, _ last: String = "Garcia", dob: String, ssn: String? = nil,
                          disabled: Bool = false, residence: Residence = residence()) -> Enrollee {
        Enrollee(identity: identity(first, last, dob: dob, ssn: ssn), residence: residence, isDisabled: disabled)
    }

    static func request(_ id: String = "R-1", on day: String, family: FamilyKey = family,
                        _ action: EnrollmentAction) -> EnrollmentRequest {
        EnrollmentRequest(requestID: id, receivedAt: noon(day), groupNumber: family.groupNumber,
                          subscriberRef: family.subscriberRef, action: action)
    }

    static func addSubscriber(_ enrollee: Enrollee = employee(), plan: PlanID = "HMO-SILVER",
                              event: QualifyingLifeEvent? = nil) -> EnrollmentAction {
        .addSubscriber(.init(subscriber: enrollee, plan: plan, qualifyingEvent: event))
    }

    static func mrn(_ sequence: Int, _ region: Region = .southernCalifornia) -> MedicalRecordNumber {
        MedicalRecordNumber(region: region, sequence: sequence)!
    }

    /// An enrolled subscriber M-S (person P-S, MRN 12 sequence 500), hired 2026-01-05, on HMO-SILVER from 2026-02-01.
    static func subscriberMember(start: String = "2026-02-01", end: String? = nil, hire: String = "2026-01-05",
                                 cobra: Bool = false) -> FamilyMember {
        FamilyMember(memberID: "M-S", personID: "P-S", mrn: mrn(500), relationship: .subscriber,
                     identity: identity(upstream: "E-1"), residence: residence(), hireDate: date(hire),
                     coverage: CoverageSpan(plan: "HMO-SILVER", start: date(start), end: end.map(date), isCOBRA: cobra))
    }

    static func dependentMember(_ id: String, _ relationship: Relationship, first: String, dob: String, disabled: Bool = false,
                                start: String = "2026-02-01", end: String? = nil, sequence: Int = 501) -> FamilyMember {
        FamilyMember(memberID: MemberID(id), personID: PersonID("P-" + id), mrn: mrn(sequence), relationship: relationship,
                     identity: identity(first, dob: dob, ssn: nil), residence: residence(), isDisabled: disabled,
                     coverage: CoverageSpan(plan: "HMO-SILVER", start: date(start), end: end.map(date)))
    }

    static func familyState(_ members: [FamilyMember] = [], key: FamilyKey = family) -> FamilyMembership {
        FamilyMembership(key: key, members: members)
    }

    static func context(terms: EnrollmentTerms? = terms(), family: FamilyMembership = familyState(),
                        candidates: [PersonCandidate] = [], openCases: [ReviewCase] = [],
                        holidays: Set<CalendarDate> = []) -> EnrollmentContext {
        EnrollmentContext(terms: terms, family: family, candidates: candidates, openCases: openCases,
                          referenceData: ReferenceFiles.shared, hasher: hasher, holidays: holidays)
    }

    /// A stored person with the key `identity` would have.
    static func candidate(_ personID: PersonID, _ identity: PersonIdentity, group: GroupNumber = group,
                          mrns: [Region: MedicalRecordNumber] = [:],
                          coverages: [PersonCandidate.GroupCoverage] = []) -> PersonCandidate {
        PersonCandidate(personID: personID, key: IdentityKey(identity: identity, groupNumber: group, hasher: hasher),
                        mrns: mrns, coverages: coverages)
    }

    /// Decides with a fresh counting identifier source.
    static func decide(_ request: EnrollmentRequest, _ context: EnrollmentContext) -> EnrollmentDecision {
        var identifiers = CountingIdentifierSource()
        return EnrollmentDecider.decide(request, context: context, identifiers: &identifiers)
    }
}

extension EnrollmentDecision {
    /// The acceptance, or `nil`.
    var acceptance: Acceptance? {
        if case .accepted(let acceptance) = self { return acceptance }
        return nil
    }

    /// The rejection, or `nil`.
    var rejection: Rejection? {
        if case .rejected(let rejection) = self { return rejection }
        return nil
    }

    /// The pending review, or `nil`.
    var pending: PendingReview? {
        if case .pendingReview(let pending) = self { return pending }
        return nil
    }

    /// The first member's coverage start of an acceptance.
    var firstStart: CalendarDate? { acceptance?.members.first?.coverage.start }
}
