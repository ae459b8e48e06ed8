import MembershipDomain
import Testing

@Suite("Employee eligibility (E1, E2)")
struct EligibilityTests {
    @Test("E1: a full-time employee working 40 hours a week is enrolled")
    func fullTimeAccepted() {
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-10", Fixtures.addSubscriber()), Fixtures.context())
        #expect(decision.acceptance?.members.map(\.relationship) == [.subscriber])
        #expect(decision.firstStart == date("2026-04-01"))
    }

    @Test("E1: a part-time employee averaging exactly 30 hours is eligible")
    func partTimeAtThreshold() {
        let enrollee = Fixtures.employee(classification: .partTime, weeklyHours: 3000)
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-10", Fixtures.addSubscriber(enrollee)), Fixtures.context())
        #expect(decision.acceptance != nil)
        #expect(decision.rejectionReasons == [])
    }

    @Test("E1: a 29-hour part-time employee is rejected with the hours code")
    func twentyNineHours() {
        let enrollee = Fixtures.employee(classification: .partTime, weeklyHours: 2900)
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-10", Fixtures.addSubscriber(enrollee)), Fixtures.context())
        #expect(decision.rejectionReasons == [.e1HoursBelowThreshold])
        #expect(decision.rejection?.message == "The employee's hours are below the group's eligibility threshold (rule E1).")
    }

    @Test("E1: a part-time employee without reported hours is not eligible; a full-time one is")
    func unreportedHours() {
        let hoursRule = EnrollmentTerms.HoursRule.standard
        let partTime = Employment(classification: .partTime, hireDate: date("2026-03-02"))
        let fullTime = Employment(classification: .fullTime, hireDate: date("2026-03-02"))
        #expect(EmploymentEligibility.violations(of: partTime, hoursRule: hoursRule) == [.e1HoursBelowThreshold])
        #expect(EmploymentEligibility.violations(of: fullTime, hoursRule: hoursRule) == [])
    }

    @Test("E1: a county group counting 40 hours per pay period", arguments: [
        (3999, [RejectionReason.e1HoursBelowThreshold]),
        (4000, []),
    ])
    func countyPayPeriodHours(hundredths: Int, expected: [RejectionReason]) {
        let terms = Fixtures.terms(county: true, hoursRule: .perPayPeriod(minimumHundredths: 4000))
        // Average weekly hours are irrelevant under this rule.
        let enrollee = Fixtures.employee(classification: .partTime, weeklyHours: 1000, payPeriodHours: hundredths)
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-10", Fixtures.addSubscriber(enrollee)),
                                       Fixtures.context(terms: terms))
        #expect(decision.rejectionReasons == expected)
    }

    @Test("E2: never-eligible classes are rejected whatever their hours", arguments: [
        Employment.Classification.contractor1099, .nonUS, .paidIntern, .vendor, .thirdPartyAdministrator, .temporary,
        .seasonal, .householdDomestic,
    ])
    func neverEligible(classification: Employment.Classification) {
        let enrollee = Fixtures.employee(classification: classification, weeklyHours: 4000)
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-10", Fixtures.addSubscriber(enrollee)), Fixtures.context())
        #expect(decision.rejectionReasons == [.e2IneligibleEmploymentClass])
    }

    @Test("E2: a contractor and a paid intern are rejected; full-time and part-time classes can be eligible")
    func classesThatCanBeEligible() {
        #expect(Employment.Classification.contractor1099.canBeEligible == false)
        #expect(Employment.Classification.paidIntern.canBeEligible == false)
        #expect(Employment.Classification.fullTime.canBeEligible == true)
        #expect(Employment.Classification.partTime.canBeEligible == true)
    }

    @Test("E12: every failed rule is reported: a contractor living outside the service area choosing an unoffered plan")
    func everyReasonReported() {
        let enrollee = Fixtures.employee(classification: .contractor1099, residence: Fixtures.residence(zip: "97201", county: "Multnomah", state: "OR"))
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-10", Fixtures.addSubscriber(enrollee, plan: "PPO-GOLD")),
                                       Fixtures.context())
        #expect(decision.rejectionReasons == [.g4PlanNotOffered, .e2IneligibleEmploymentClass, .e8OutsideServiceArea])
        #expect(decision.rejection?.message == "The chosen plan is not offered by the group (rule G4). "
            + "The employee's employment class is never eligible (rule E2). "
            + "The home address is outside the plan's service area (rule E8).")
    }

    @Test("E12: a subscriber request without employment data is invalid")
    func missingEmployment() {
        let enrollee = Enrollee(identity: Fixtures.identity(), residence: Fixtures.residence())
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-10", Fixtures.addSubscriber(enrollee)), Fixtures.context())
        #expect(decision.rejectionReasons == [.e12InvalidRequest])
    }
}
