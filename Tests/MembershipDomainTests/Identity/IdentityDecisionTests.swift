import MembershipDomain
import Testing

@Suite("Identity in enrollment decisions (M1, M2, M4)")
struct IdentityDecisionTests {
    /// Maria, enrolled before in group G-900 in Southern California with MRN 12-…(sequence 77).
    static let known = Fixtures.candidate(
        "P-77", Fixtures.identity(), group: "G-900", mrns: [.southernCalifornia: Fixtures.mrn(77)],
        coverages: [PersonCandidate.GroupCoverage(groupNumber: "G-900", memberID: "M-900", relationship: .subscriber,
                                                  start: date("2024-01-01"), end: date("2025-12-31"))])

    static func enroll(_ enrollee: Enrollee = Fixtures.employee(), candidates: [PersonCandidate]) -> EnrollmentDecision {
        Fixtures.decide(Fixtures.request(on: "2026-03-10", Fixtures.addSubscriber(enrollee)),
                        Fixtures.context(candidates: candidates))
    }

    @Test("M1, M2: an SSN + DOB match in the same region reuses the person and the MRN")
    func sameRegionSameMRN() {
        let decision = Self.enroll(candidates: [Self.known])
        #expect(decision.acceptance?.members.first?.personID == "P-77")
        #expect(decision.acceptance?.members.first?.mrn.description == "12-00000774")
        #expect(decision.acceptance?.changes.contains { if case .createPerson = $0 { true } else { false } } == false)
        #expect(decision.acceptance?.changes.contains { if case .assignMRN = $0 { true } else { false } } == false)
    }

    @Test("M1: the same person enrolling from another region gets a new MRN for that region")
    func otherRegionNewMRN() {
        let decision = Self.enroll(Fixtures.employee(residence: Fixtures.alameda), candidates: [Self.known])
        let newMRN = MedicalRecordNumber(region: .northernCalifornia, sequence: 1)!
        #expect(decision.acceptance?.members.first?.personID == "P-77")
        #expect(decision.acceptance?.members.first?.mrn.description == "11-00000015")
        #expect(decision.acceptance?.changes.first == .assignMRN("P-77", newMRN))
        // Rule M5: Northern California members get physical cards only.
        #expect(decision.acceptance?.cards == [Acceptance.CardOrder(memberID: "M-0000001", reason: .newEnrollment,
                                                                    digitalCardAvailable: false)])
    }

    @Test("M1, M2: nobody plausible creates a new person with a new MRN from the sequence")
    func newPerson() {
        let decision = Self.enroll(candidates: [])
        #expect(decision.acceptance?.changes.prefix(2) == [
            .createPerson("P-00000001", Fixtures.identity()),
            .assignMRN("P-00000001", Fixtures.mrn(1)),
        ])
        #expect(decision.acceptance?.members.first?.memberID == "M-0000001")
        #expect(decision.acceptance?.identity == .newPerson(evidence: []))
    }

    @Test("M1: moving to another region gives a new MRN; moving back reuses the old one")
    func demographicMoveBetweenRegions() {
        let subscriber = Fixtures.subscriberMember()
        let family = Fixtures.familyState([subscriber])
        let toAlameda = EnrollmentAction.changeDemographics(.init(member: .member("M-S"), residence: Fixtures.alameda))
        var source = CountingIdentifierSource(lastMRNSequence: [.northernCalifornia: 9])
        let decision = EnrollmentDecider.decide(Fixtures.request(on: "2026-06-01", toAlameda),
                                                context: Fixtures.context(family: family), identifiers: &source)
        let north = MedicalRecordNumber(region: .northernCalifornia, sequence: 10)!
        #expect(decision.acceptance?.changes == [.assignMRN("P-S", north), .updateResidence("M-S", Fixtures.alameda, mrn: north)])
        #expect(decision.acceptance?.cards.map(\.reason) == [.replacement])

        let movedNorth = FamilyMember(memberID: "M-S", personID: "P-S", mrn: north,
                                      personMRNs: [.northernCalifornia: north, .southernCalifornia: Fixtures.mrn(500)],
                                      relationship: .subscriber, identity: subscriber.identity, residence: Fixtures.alameda,
                                      hireDate: subscriber.hireDate, coverage: subscriber.coverage)
        let back = EnrollmentAction.changeDemographics(.init(member: .member("M-S"), residence: Fixtures.residence()))
        let returned = Fixtures.decide(Fixtures.request(on: "2026-09-01", back),
                                       Fixtures.context(family: Fixtures.familyState([movedNorth])))
        #expect(returned.acceptance?.changes == [.updateResidence("M-S", Fixtures.residence(), mrn: Fixtures.mrn(500))])
    }

    @Test("M2: same name and DOB with another SSN opens a review case due in 2 business days, with no SSN in it")
    func sameNameOtherSSNReview() {
        let other = Fixtures.candidate("P-5", Fixtures.identity(ssn: "555443333"), mrns: [.southernCalifornia: Fixtures.mrn(5)])
        // 2026-03-13 is a Friday: due the next Tuesday.
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-13", Fixtures.addSubscriber()),
                                       Fixtures.context(candidates: [other]))
        #expect(decision.pending?.reason == .uncertainPersonMatch)
        #expect(decision.pending?.dueDate == date("2026-03-17"))
        let opened = decision.pending?.openedCase
        #expect(opened?.enrollee?.ssnLast4 == "6789")
        #expect(opened?.candidates == [CandidateEvidence(personID: "P-5", ssnLast4: "3333",
                                                         evidence: [.sameName, .sameDateOfBirth, .differentSSN],
                                                         strength: .plausible)])
        #expect(opened.map { String(describing: $0.enrollee!) }?.contains("123456789") == false)
    }

    @Test("M3: the due date skips holidays as well as weekends")
    func dueDateWithHoliday() {
        let other = Fixtures.candidate("P-5", Fixtures.identity(ssn: "555443333"))
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-13", Fixtures.addSubscriber()),
                                       Fixtures.context(candidates: [other], holidays: [date("2026-03-16")]))
        #expect(decision.pending?.dueDate == date("2026-03-18"))
    }

    @Test("M4: a person already covered in the group (as a dependent in another family) is rejected")
    func alreadyCoveredInGroup() {
        let coveredHere = Fixtures.candidate(
            "P-77", Fixtures.identity(), mrns: [.southernCalifornia: Fixtures.mrn(77)],
            coverages: [PersonCandidate.GroupCoverage(groupNumber: "G-100", memberID: "M-88", relationship: .spouse,
                                                      start: date("2026-01-01"))])
        let decision = Self.enroll(candidates: [coveredHere])
        #expect(decision.rejectionReasons == [.m4AlreadyCoveredInGroup])
        #expect(decision.rejection?.message == "The person is already covered in this group (rule M4).")
        // The rejection carries the identity evidence that decided it.
        #expect(decision.rejection?.identity?.evidence.map(\.personID) == ["P-77"])
    }

    @Test("M4: the family's subscriber enrolling again is already covered; another person under the same family key is invalid")
    func subscriberTwice() {
        let family = Fixtures.familyState([Fixtures.subscriberMember(hire: "2026-03-02")])
        let again = Fixtures.decide(Fixtures.request(on: "2026-03-10", Fixtures.addSubscriber()), Fixtures.context(family: family))
        #expect(again.rejectionReasons == [.m4AlreadyCoveredInGroup])
        let stranger = Fixtures.employee(Fixtures.identity("Peter", "Stone", dob: "1979-09-09", ssn: "222334444"))
        let other = Fixtures.decide(Fixtures.request(on: "2026-03-10", Fixtures.addSubscriber(stranger)),
                                    Fixtures.context(family: family))
        #expect(other.rejectionReasons == [.e12InvalidRequest])
    }

    @Test("M4: coverage in another group, or ended in this group before the new start, does not block")
    func coveredElsewhere() {
        #expect(Self.enroll(candidates: [Self.known]).acceptance != nil)
        let endedHere = Fixtures.candidate(
            "P-77", Fixtures.identity(), mrns: [.southernCalifornia: Fixtures.mrn(77)],
            coverages: [PersonCandidate.GroupCoverage(groupNumber: "G-100", memberID: "M-88", relationship: .spouse,
                                                      start: date("2026-01-01"), end: date("2026-03-31"))])
        #expect(Self.enroll(candidates: [endedHere]).firstStart == date("2026-04-01"))
    }

    @Test("M4: the same person added twice to one family is rejected")
    func twiceInFamily() {
        let child = Fixtures.dependentMember("M-C", .child, first: "Ana", dob: "2015-02-02")
        let family = Fixtures.familyState([Fixtures.subscriberMember(), child])
        let withUpstream = PersonIdentity(name: child.identity.name, dateOfBirth: child.identity.dateOfBirth,
                                          upstreamMemberID: "C-1")
        // The store knows the child's person P-M-C by the upstream id C-1 in this group.
        let stored = Fixtures.candidate("P-M-C", withUpstream)
        let action = EnrollmentAction.addDependent(.init(dependent: Enrollee(identity: withUpstream, residence: Fixtures.residence()),
                                                         relationship: .child,
                                                         qualifyingEvent: QualifyingLifeEvent(.adoption, on: date("2026-03-01"))))
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-10", action),
                                       Fixtures.context(family: family, candidates: [stored]))
        #expect(decision.rejectionReasons == [.m4AlreadyCoveredInGroup])
    }
}
