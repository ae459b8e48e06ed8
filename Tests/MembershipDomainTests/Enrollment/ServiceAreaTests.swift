import MembershipDomain
import Testing

@Suite("Service area (E8)")
struct ServiceAreaTests {
    @Test("E8: a served ZIP of a plan county is accepted")
    func served() {
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-10", Fixtures.addSubscriber()), Fixtures.context())
        #expect(decision.acceptance?.members.first?.mrn.region == .southernCalifornia)
    }

    @Test("E8: an address outside the service area is rejected")
    func outside() {
        let enrollee = Fixtures.employee(residence: Fixtures.residence(zip: "97201", county: "Multnomah", state: "OR"))
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-10", Fixtures.addSubscriber(enrollee)), Fixtures.context())
        #expect(decision.rejectionReasons == [.e8OutsideServiceArea])
        #expect(decision.rejection?.message == "The home address is outside the plan's service area (rule E8).")
    }

    @Test("E8: an excluded ZIP inside a listed county (93252, Ventura) is rejected")
    func excludedZIP() {
        let enrollee = Fixtures.employee(residence: Fixtures.residence(zip: "93252"))
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-10", Fixtures.addSubscriber(enrollee)), Fixtures.context())
        #expect(decision.rejectionReasons == [.e8OutsideServiceArea])
    }

    @Test("E8: ZIP+4 is judged on its first five digits")
    func zipPlusFour() {
        let enrollee = Fixtures.employee(residence: Fixtures.residence(zip: "93030-1234"))
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-10", Fixtures.addSubscriber(enrollee)), Fixtures.context())
        #expect(decision.acceptance != nil)
    }

    @Test("E8: a dependent living outside the service area is rejected; inside is added")
    func dependentResidence() {
        let family = Fixtures.familyState([Fixtures.subscriberMember()])
        let outside = EnrollmentAction.addDependent(.init(
            dependent: Fixtures.dependent("Ana", dob: "2010-05-01", residence: Fixtures.residence(zip: "93252")),
            relationship: .child, qualifyingEvent: QualifyingLifeEvent(.adoption, on: date("2026-03-01"))))
        let inside = EnrollmentAction.addDependent(.init(
            dependent: Fixtures.dependent("Ana", dob: "2010-05-01"),
            relationship: .child, qualifyingEvent: QualifyingLifeEvent(.adoption, on: date("2026-03-01"))))
        #expect(Fixtures.decide(Fixtures.request(on: "2026-03-10", outside), Fixtures.context(family: family)).rejectionReasons
            == [.e8OutsideServiceArea])
        #expect(Fixtures.decide(Fixtures.request(on: "2026-03-10", inside), Fixtures.context(family: family)).firstStart
            == date("2026-03-01"))
    }

    @Test("E8: a demographic change to an address outside the service area is rejected")
    func demographicMoveOutside() {
        let family = Fixtures.familyState([Fixtures.subscriberMember()])
        let action = EnrollmentAction.changeDemographics(.init(member: .member("M-S"),
                                                               residence: Fixtures.residence(zip: "93016")))
        let decision = Fixtures.decide(Fixtures.request(on: "2026-05-10", action), Fixtures.context(family: family))
        #expect(decision.rejectionReasons == [.e8OutsideServiceArea])
    }
}
