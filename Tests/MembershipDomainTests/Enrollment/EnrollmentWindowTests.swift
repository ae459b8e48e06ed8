import MembershipDomain
import Testing

@Suite("Enrollment windows and qualifying life events (E3, E4, X1)")
struct EnrollmentWindowTests {
    /// An employee hired long before, so only open enrollment or a QLE lets them in.
    static let longHired = Fixtures.employee(hire: "2025-06-01")

    @Test("E3: a new hire enrolling on day 30 of the window is accepted; on day 31 rejected", arguments: [
        ("2026-04-01", [RejectionReason]()),
        ("2026-04-02", [RejectionReason.e3OutsideEnrollmentWindow]),
    ])
    func newHireWindow(day: String, expected: [RejectionReason]) {
        let decision = Fixtures.decide(Fixtures.request(on: day, Fixtures.addSubscriber()), Fixtures.context())
        #expect(decision.rejectionReasons == expected)
    }

    @Test("E3: a county group's new-hire window is 60 days (day 60 accepted, day 61 rejected)", arguments: [
        ("2026-05-01", [RejectionReason]()),
        ("2026-05-02", [RejectionReason.e3OutsideEnrollmentWindow]),
    ])
    func countyNewHireWindow(day: String, expected: [RejectionReason]) {
        let decision = Fixtures.decide(Fixtures.request(on: day, Fixtures.addSubscriber()),
                                       Fixtures.context(terms: Fixtures.terms(county: true)))
        #expect(decision.rejectionReasons == expected)
    }

    @Test("E3: a QLE reported on day 30 is accepted, on day 31 it is too late", arguments: [
        ("2026-05-31", [RejectionReason]()),
        ("2026-06-01", [RejectionReason.e3QLEReportedTooLate]),
    ])
    func qleWindow(day: String, expected: [RejectionReason]) {
        let event = QualifyingLifeEvent(.lossOfOtherCoverage, on: date("2026-05-01"))
        let decision = Fixtures.decide(Fixtures.request(on: day, Fixtures.addSubscriber(Self.longHired, event: event)),
                                       Fixtures.context())
        #expect(decision.rejectionReasons == expected)
    }

    @Test("E3: a county group's QLE window is 60 days (day 60 accepted, day 61 too late)", arguments: [
        ("2026-06-30", [RejectionReason]()),
        ("2026-07-01", [RejectionReason.e3QLEReportedTooLate]),
    ])
    func countyQLEWindow(day: String, expected: [RejectionReason]) {
        let event = QualifyingLifeEvent(.lossOfOtherCoverage, on: date("2026-05-01"))
        let decision = Fixtures.decide(Fixtures.request(on: day, Fixtures.addSubscriber(Self.longHired, event: event)),
                                       Fixtures.context(terms: Fixtures.terms(county: true)))
        #expect(decision.rejectionReasons == expected)
    }

    @Test("E3, E5: a QLE enrollment starts on the first of the month after the later of event and report")
    func qleEffectiveDate() {
        let event = QualifyingLifeEvent(.lossOfOtherCoverage, on: date("2026-05-01"))
        let decision = Fixtures.decide(Fixtures.request(on: "2026-05-20", Fixtures.addSubscriber(Self.longHired, event: event)),
                                       Fixtures.context())
        #expect(decision.firstStart == date("2026-06-01"))
    }

    @Test("E3: outside the new-hire window and open enrollment without a QLE is rejected")
    func outsideAllWindows() {
        let decision = Fixtures.decide(Fixtures.request(on: "2026-08-15", Fixtures.addSubscriber(Self.longHired)), Fixtures.context())
        #expect(decision.rejectionReasons == [.e3OutsideEnrollmentWindow])
        #expect(decision.rejection?.message
            == "The request is outside the new-hire window and open enrollment and has no qualifying life event (rule E3).")
    }

    @Test("E3: enrolling during open enrollment starts on the open-enrollment effective date")
    func openEnrollmentEnrollment() {
        let decision = Fixtures.decide(Fixtures.request(on: "2026-11-15", Fixtures.addSubscriber(Self.longHired)), Fixtures.context())
        #expect(decision.firstStart == date("2027-01-01"))
    }

    @Test("E3: an open-enrollment plan change is accepted from 2027-01-01; the same change in August is rejected")
    func openEnrollmentPlanChange() {
        let family = Fixtures.familyState([Fixtures.subscriberMember(),
                                           Fixtures.dependentMember("M-C", .child, first: "Ana", dob: "2015-02-02")])
        let change = EnrollmentAction.changePlan(.init(plan: "HMO-GOLD"))
        let inOE = Fixtures.decide(Fixtures.request(on: "2026-11-15", change), Fixtures.context(family: family))
        #expect(inOE.acceptance?.changes == [
            .switchPlan("M-S", plan: "HMO-GOLD", effective: date("2027-01-01")),
            .switchPlan("M-C", plan: "HMO-GOLD", effective: date("2027-01-01")),
        ])
        let august = Fixtures.decide(Fixtures.request(on: "2026-08-15", change), Fixtures.context(family: family))
        #expect(august.rejectionReasons == [.e3OutsideEnrollmentWindow])
    }

    @Test("G4, E10: a plan change to an unoffered plan or to the current plan is rejected")
    func planChangeValidation() {
        let family = Fixtures.familyState([Fixtures.subscriberMember()])
        let unoffered = Fixtures.decide(Fixtures.request(on: "2026-11-15", .changePlan(.init(plan: "PPO-GOLD"))),
                                        Fixtures.context(family: family))
        #expect(unoffered.rejectionReasons == [.g4PlanNotOffered])
        let same = Fixtures.decide(Fixtures.request(on: "2026-11-15", .changePlan(.init(plan: "HMO-SILVER"))),
                                   Fixtures.context(family: family))
        #expect(same.rejectionReasons == [.e10ChangeNotValid])
    }

    @Test("E4: a Medicare enrollment is rejected for the group representative, even inside the new-hire window")
    func medicare() {
        let event = QualifyingLifeEvent(.medicare, on: date("2026-03-05"))
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-10", Fixtures.addSubscriber(event: event)), Fixtures.context())
        #expect(decision.rejectionReasons == [.e4MedicareHandledByGroup])
        #expect(decision.rejection?.message == "Medicare enrollments are handled by the group representative (rule E4).")
    }

    @Test("E4: a move reported as a QLE goes to manual review and is not applied")
    func moveGoesToReview() {
        let event = QualifyingLifeEvent(.move, on: date("2026-05-04"))
        let decision = Fixtures.decide(Fixtures.request(on: "2026-05-08", Fixtures.addSubscriber(Self.longHired, event: event)),
                                       Fixtures.context())
        #expect(decision.pending?.reason == .move)
        #expect(decision.pending?.caseID == "RC-000001")
        #expect(decision.pending?.dueDate == date("2026-05-12"))
        #expect(decision.pending?.openedCase?.candidates == [])
        #expect(decision.acceptance == nil)
    }

    @Test("E4: a QLE that does not fit the action is rejected (divorce to add a spouse); marriage is accepted")
    func qleMustFitAction() {
        let family = Fixtures.familyState([Fixtures.subscriberMember()])
        func add(_ kind: QualifyingLifeEvent.Kind) -> EnrollmentDecision {
            let action = EnrollmentAction.addDependent(.init(dependent: Fixtures.dependent("Luis", dob: "1984-01-20"),
                                                             relationship: .spouse,
                                                             qualifyingEvent: QualifyingLifeEvent(kind, on: date("2026-06-06"))))
            return Fixtures.decide(Fixtures.request(on: "2026-06-20", action), Fixtures.context(family: family))
        }
        #expect(add(.divorce).rejectionReasons == [.e4QLENotQualifying])
        #expect(add(.marriage).firstStart == date("2026-07-01"))
    }

    @Test("X1: the window is judged on the plan-local date of receipt, not UTC")
    func planLocalDate() {
        // Hired 2026-01-01: day 30 is 2026-01-31 in Los Angeles.
        let enrollee = Fixtures.employee(hire: "2026-01-01")
        let february1 = Int64(date("2026-02-01").daysSinceEpoch) * 86_400
        func decide(at instant: Int64) -> EnrollmentDecision {
            let request = EnrollmentRequest(requestID: "R-1", receivedAt: instant, groupNumber: Fixtures.group,
                                            subscriberRef: "E-1", action: Fixtures.addSubscriber(enrollee))
            return Fixtures.decide(request, Fixtures.context())
        }
        // 05:00 UTC on Feb 1 is 21:00 on Jan 31 in Los Angeles: day 30.
        #expect(decide(at: february1 + 5 * 3_600).acceptance?.decidedOn == date("2026-01-31"))
        // 08:30 UTC on Feb 1 is 00:30 on Feb 1 in Los Angeles: day 31.
        #expect(decide(at: february1 + 8 * 3_600 + 1_800).rejectionReasons == [.e3OutsideEnrollmentWindow])
    }

    @Test("X1: deciding the same request twice gives the same decision")
    func replayIsDeterministic() {
        let request = Fixtures.request(on: "2026-03-10", Fixtures.addSubscriber())
        #expect(Fixtures.decide(request, Fixtures.context()) == Fixtures.decide(request, Fixtures.context()))
    }
}
