import MembershipDomain
import Testing

@Suite("Dependents and loss of eligibility (E6, E7)")
struct DependentTests {
    static let family = Fixtures.familyState([Fixtures.subscriberMember()])

    static func addChild(dob: String, disabled: Bool = false, on day: String = "2026-03-20",
                         event: QualifyingLifeEvent? = QualifyingLifeEvent(.adoption, on: date("2026-03-01")),
                         family: FamilyMembership = family) -> EnrollmentDecision {
        let action = EnrollmentAction.addDependent(.init(dependent: Fixtures.dependent("Ana", dob: dob, disabled: disabled),
                                                         relationship: .child, qualifyingEvent: event))
        return Fixtures.decide(Fixtures.request(on: day, action), Fixtures.context(family: family))
    }

    @Test("E6: a 25-year-old child is added; one who turned 26 in the previous pay period is not")
    func childAgeLimit() {
        #expect(Self.addChild(dob: "2000-06-01").firstStart == date("2026-03-01"))
        // Turned 26 on 2026-02-10; the pay period ended 2026-02-15, before coverage would start.
        #expect(Self.addChild(dob: "2000-02-10").rejectionReasons == [.e6DependentOverAgeLimit])
        #expect(Self.addChild(dob: "2000-02-10").rejection?.message
            == "The child is past the dependent age limit of 26 and not disabled (rule E6).")
    }

    @Test("E6: a disabled child over 26 is added")
    func disabledChildOver26() {
        let decision = Self.addChild(dob: "1990-02-10", disabled: true)
        #expect(decision.acceptance?.members.first?.relationship == .child)
        #expect(decision.firstStart == date("2026-03-01"))
    }

    @Test("E6: a spouse is added with a marriage; a second spouse is not")
    func oneSpouse() {
        let marriage = QualifyingLifeEvent(.marriage, on: date("2026-03-14"))
        let action = EnrollmentAction.addDependent(.init(dependent: Fixtures.dependent("Luis", dob: "1984-01-20"),
                                                         relationship: .spouse, qualifyingEvent: marriage))
        let first = Fixtures.decide(Fixtures.request(on: "2026-03-20", action), Fixtures.context(family: Self.family))
        #expect(first.firstStart == date("2026-04-01"))
        let married = Fixtures.familyState([Fixtures.subscriberMember(),
                                            Fixtures.dependentMember("M-P", .spouse, first: "Rosa", dob: "1986-02-02")])
        let second = Fixtures.decide(Fixtures.request(on: "2026-03-20", action), Fixtures.context(family: married))
        #expect(second.rejectionReasons == [.e6DependentRelationshipNotEligible])
    }

    @Test("E6: 'subscriber' is not a dependent relationship")
    func subscriberIsNotDependent() {
        let action = EnrollmentAction.addDependent(.init(dependent: Fixtures.dependent("Luis", dob: "1984-01-20"),
                                                         relationship: .subscriber,
                                                         qualifyingEvent: QualifyingLifeEvent(.marriage, on: date("2026-03-14"))))
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-20", action), Fixtures.context(family: Self.family))
        #expect(decision.rejectionReasons.contains(.e6DependentRelationshipNotEligible))
    }

    @Test("E6: outside open enrollment a dependent needs a QLE; in open enrollment it does not")
    func dependentWindows() {
        #expect(Self.addChild(dob: "2015-05-05", on: "2026-08-10", event: nil).rejectionReasons == [.e6DependentRequiresQLE])
        #expect(Self.addChild(dob: "2015-05-05", on: "2026-11-10", event: nil).firstStart == date("2027-01-01"))
    }

    @Test("E6: a dependent added within the subscriber's new-hire window starts with the subscriber")
    func withSubscriber() {
        let newHire = Fixtures.familyState([Fixtures.subscriberMember(start: "2026-04-01", hire: "2026-03-02")])
        #expect(Self.addChild(dob: "2015-05-05", on: "2026-03-12", event: nil, family: newHire).firstStart == date("2026-04-01"))
    }

    @Test("E6: a dependent without an enrolled subscriber is rejected")
    func noSubscriber() {
        #expect(Self.addChild(dob: "2015-05-05", family: Fixtures.familyState()).rejectionReasons == [.e6SubscriberNotEnrolled])
        let ended = Fixtures.familyState([Fixtures.subscriberMember(end: "2026-02-28")])
        #expect(Self.addChild(dob: "2015-05-05", family: ended).rejectionReasons == [.e6SubscriberNotEnrolled])
    }

    @Test("E7: eligibility ends at the end of the pay period containing the 26th birthday (semimonthly)", arguments: [
        ("2000-03-15", "2026-03-15"),  // birthday on the pay-period end
        ("2000-03-10", "2026-03-15"),  // before the end
        ("2000-03-16", "2026-03-31"),  // just after an end: the next period
    ])
    func agingOutSemimonthly(dob: String, expected: String) {
        let last = DependentEligibility.lastEligibleDay(dateOfBirth: date(dob), isDisabled: false,
                                                        paySchedule: Fixtures.semimonthly)
        #expect(last == date(expected))
    }

    @Test("E7: the same with a biweekly payroll whose periods end on Fridays", arguments: [
        ("2000-01-16", "2026-01-16"),  // on the pay-period end (Fri)
        ("2000-01-12", "2026-01-16"),  // before it
        ("2000-01-17", "2026-01-30"),  // the day after
    ])
    func agingOutBiweekly(dob: String, expected: String) {
        let biweekly = PaySchedule(frequency: .biweekly, anchor: date("2026-01-03"))
        #expect(DependentEligibility.lastEligibleDay(dateOfBirth: date(dob), isDisabled: false, paySchedule: biweekly)
            == date(expected))
    }

    @Test("E7: a disabled child never ages out")
    func disabledNeverAgesOut() {
        #expect(DependentEligibility.lastEligibleDay(dateOfBirth: date("2000-03-10"), isDisabled: true,
                                                     paySchedule: Fixtures.semimonthly) == nil)
        #expect(DependentEligibility.isEligible(relationship: .child, dateOfBirth: date("1980-01-01"), isDisabled: true,
                                                on: date("2026-06-01"), paySchedule: Fixtures.semimonthly))
    }

    @Test("E7: an aged-out termination ends on the pay-period end whatever date is sent; a disabled child cannot age out")
    func agedOutTermination() {
        let family = Fixtures.familyState([
            Fixtures.subscriberMember(),
            Fixtures.dependentMember("M-C", .child, first: "Ana", dob: "2000-03-10"),
            Fixtures.dependentMember("M-D", .child, first: "Leo", dob: "2000-03-10", disabled: true, sequence: 502),
        ])
        let agedOut = EnrollmentAction.terminate(.init(members: .member("M-C"), coverageEndDate: date("2026-03-31"),
                                                       reason: .dependentAgedOut))
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-02", agedOut), Fixtures.context(family: family))
        #expect(decision.acceptance?.changes == [.endCoverage("M-C", lastDay: date("2026-03-15"), retroactive: false)])
        let disabled = EnrollmentAction.terminate(.init(members: .member("M-D"), coverageEndDate: nil, reason: .dependentAgedOut))
        #expect(Fixtures.decide(Fixtures.request(on: "2026-03-02", disabled), Fixtures.context(family: family)).rejectionReasons
            == [.e10ChangeNotValid])
    }

    @Test("E7: a divorce final on Mar 20 ends the spouse's coverage on Mar 31, the pay-period end")
    func divorce() {
        let family = Fixtures.familyState([Fixtures.subscriberMember(),
                                           Fixtures.dependentMember("M-P", .spouse, first: "Rosa", dob: "1986-02-02")])
        let action = EnrollmentAction.terminate(.init(members: .member("M-P"), coverageEndDate: date("2026-03-20"),
                                                      reason: .divorceOrPartnershipEnded))
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-25", action), Fixtures.context(family: family))
        #expect(decision.acceptance?.members.first?.coverage.end == date("2026-03-31"))
    }

    @Test("E7: a termination reported months late still ends coverage retroactively, marked for billing credit")
    func lateReportIsRetroactive() {
        let family = Fixtures.familyState([Fixtures.subscriberMember(),
                                           Fixtures.dependentMember("M-C", .child, first: "Ana", dob: "2015-02-02")])
        let action = EnrollmentAction.terminate(.init(members: .wholeFamily, coverageEndDate: date("2026-03-10"),
                                                      reason: .employeeLostEligibility))
        let decision = Fixtures.decide(Fixtures.request(on: "2026-06-01", action), Fixtures.context(family: family))
        #expect(decision.acceptance?.changes == [
            .endCoverage("M-S", lastDay: date("2026-03-15"), retroactive: true),
            .endCoverage("M-C", lastDay: date("2026-03-15"), retroactive: true),
        ])
    }
}
