import MembershipDomain
import Testing

@Suite("Effective dates (E5)")
struct CoverageStartTests {
    @Test("E5: first of a month on or after hire + waiting period, never more than 90 days after hire", arguments: [
        ("2026-01-15", 90, "2026-04-01"),  // DOMAIN.md's example: Apr 15 would give May 1, over 90 days
        ("2026-01-15", 0, "2026-02-01"),
        ("2026-01-01", 0, "2026-01-01"),  // hired on a first: covered the same day
        ("2026-01-15", 30, "2026-03-01"),
        ("2026-01-01", 90, "2026-04-01"),  // exactly 90 days: allowed
        ("2026-01-31", 60, "2026-04-01"),
        ("2026-02-15", 120, "2026-05-01"),  // a contract waiting longer than the law allows is capped
    ])
    func afterWaitingPeriod(hire: String, waiting: Int, expected: String) {
        #expect(CoverageStart.afterWaitingPeriod(hireDate: date(hire), waitingPeriodDays: waiting) == date(expected))
    }

    @Test("E5: a new hire with a 90-day wait hired Jan 15 is covered from Apr 1, not May 1")
    func ninetyDayExampleDecision() {
        let enrollee = Fixtures.employee(hire: "2026-01-15")
        let decision = Fixtures.decide(Fixtures.request(on: "2026-01-20", Fixtures.addSubscriber(enrollee)),
                                       Fixtures.context(terms: Fixtures.terms(waitingPeriodDays: 90)))
        #expect(decision.firstStart == date("2026-04-01"))
    }

    @Test("E5: coverage never starts before the group's contract")
    func notBeforeContract() {
        let enrollee = Fixtures.employee(hire: "2025-12-01")
        let decision = Fixtures.decide(Fixtures.request(on: "2025-12-10", Fixtures.addSubscriber(enrollee)), Fixtures.context())
        #expect(decision.firstStart == date("2026-01-01"))
    }

    @Test("E5: a newborn is covered from the birth date, not the next first of a month")
    func newbornFromBirthDate() {
        let family = Fixtures.familyState([Fixtures.subscriberMember()])
        let action = EnrollmentAction.addDependent(.init(dependent: Fixtures.dependent("Sofia", dob: "2026-03-07"),
                                                         relationship: .child,
                                                         qualifyingEvent: QualifyingLifeEvent(.birth, on: date("2026-03-07"))))
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-20", action), Fixtures.context(family: family))
        #expect(decision.firstStart == date("2026-03-07"))
        #expect(decision.acceptance?.members.first?.coverage.plan == "HMO-SILVER")
        #expect(decision.acceptance?.cards.map(\.reason) == [.newEnrollment])
    }

    @Test("E5: other QLEs start on a first of a month (marriage on Mar 7 -> Apr 1)", arguments: [
        (QualifyingLifeEvent.Kind.birth, "2026-03-07"),
        (.adoption, "2026-03-07"),
        (.marriage, "2026-04-01"),
        (.lossOfOtherCoverage, "2026-04-01"),
    ])
    func qleStarts(kind: QualifyingLifeEvent.Kind, expected: String) {
        let event = QualifyingLifeEvent(kind, on: date("2026-03-07"))
        #expect(CoverageStart.forQualifyingEvent(event, receivedOn: date("2026-03-20")) == date(expected))
    }
}
