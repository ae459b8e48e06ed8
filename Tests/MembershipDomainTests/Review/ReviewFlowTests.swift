import MembershipDomain
import Testing

@Suite("Manual review flow (M2, M3, E12)")
struct ReviewFlowTests {
    /// A stored Maria with the same name and DOB but another SSN: plausible, not certain.
    static let lookalike = Fixtures.candidate("P-5", Fixtures.identity(ssn: "555443333"),
                                              mrns: [.southernCalifornia: Fixtures.mrn(5)])

    /// The subscriber's request R-1 of Friday 2026-03-13, and the case it opens.
    static func openSubscriberCase() -> ReviewCase {
        let decision = Fixtures.decide(Fixtures.request("R-1", on: "2026-03-13", Fixtures.addSubscriber()),
                                       Fixtures.context(candidates: [lookalike]))
        guard let opened = decision.pending?.openedCase else { preconditionFailure("expected a case to open") }
        return opened
    }

    static func resolve(_ decision: ReviewDecision, caseID: ReviewCaseID = "RC-000001", on day: String = "2026-03-16",
                        family: FamilyKey = Fixtures.family, openCases: [ReviewCase],
                        candidates: [PersonCandidate] = [lookalike]) -> EnrollmentDecision {
        let request = Fixtures.request("R-3", on: day, family: family,
                                       .resolveReview(.init(caseID: caseID, decision: decision, operatorLogin: "jlee",
                                                            reason: "checked with HR")))
        return Fixtures.decide(request, Fixtures.context(candidates: candidates, openCases: openCases))
    }

    @Test("M3: opening a case records the request, its receipt date and a due date 2 business days later")
    func opening() {
        let opened = Self.openSubscriberCase()
        #expect(opened.id == "RC-000001")
        #expect(opened.request.requestID == "R-1")
        #expect(opened.receivedOn == date("2026-03-13"))
        #expect(opened.dueDate == date("2026-03-17"))
        #expect(opened.familyKey.description == "G-100/E-1")
        #expect(opened.isOverdue(on: date("2026-03-17")) == false)
        #expect(opened.isOverdue(on: date("2026-03-18")) == true)
        #expect(ReviewQueue.overdue([opened], on: date("2026-03-18")).map(\.id) == ["RC-000001"])
        #expect(ReviewQueue.overdue([opened], on: date("2026-03-17")) == [])
    }

    @Test("E12: a dependent request arriving while the subscriber is in review waits, then is decided after the resolution")
    func dependentWaitsBehindSubscriber() {
        let opened = Self.openSubscriberCase()
        let addChild = EnrollmentAction.addDependent(.init(dependent: Fixtures.dependent("Sofia", dob: "2026-03-07"),
                                                           relationship: .child,
                                                           qualifyingEvent: QualifyingLifeEvent(.birth, on: date("2026-03-07"))))
        let child = Fixtures.request("R-2", on: "2026-03-16", addChild)

        // While the case is open the dependent's request is held behind it: no case of its own.
        let held = Fixtures.decide(child, Fixtures.context(openCases: [opened]))
        #expect(held.pending == PendingReview(requestID: "R-2", caseID: "RC-000001", dueDate: date("2026-03-17"),
                                              reason: .uncertainPersonMatch, openedCase: nil))
        // Without the open case the same request would be rejected (no subscriber yet): it really waited.
        #expect(Fixtures.decide(child, Fixtures.context()).rejectionReasons == [.e6SubscriberNotEnrolled])

        // The operator says the subscriber is a new person: R-1 is accepted and the case closed.
        let resolved = Self.resolve(.newPerson, openCases: [opened])
        guard let subscriber = resolved.acceptance, let row = subscriber.members.first else {
            Issue.record("expected the subscriber to be accepted")
            return
        }
        #expect(subscriber.requestID == "R-1")
        #expect(subscriber.closedCase?.caseID == "RC-000001")
        #expect(row.personID == "P-00000001")

        // The held request is decided again with the family's new state: accepted from the birth date.
        let enrolled = FamilyMember(memberID: row.memberID, personID: row.personID, mrn: row.mrn, relationship: .subscriber,
                                    identity: Fixtures.identity(), residence: Fixtures.residence(),
                                    hireDate: date("2026-03-02"), coverage: row.coverage)
        let decided = Fixtures.decide(child, Fixtures.context(family: Fixtures.familyState([enrolled])))
        #expect(decided.acceptance?.requestID == "R-2")
        #expect(decided.firstStart == date("2026-04-01"))
    }

    @Test("M3: resolving by matching to a candidate reuses that person and MRN and closes the case")
    func resolveMatchToPerson() {
        let decision = Self.resolve(.matchToPerson("P-5"), openCases: [Self.openSubscriberCase()])
        #expect(decision.acceptance?.requestID == "R-1")
        #expect(decision.acceptance?.members.first?.personID == "P-5")
        #expect(decision.acceptance?.members.first?.mrn == Fixtures.mrn(5))
        #expect(decision.acceptance?.closedCase == ReviewClosure(
            caseID: "RC-000001", decision: .matchToPerson("P-5"), operatorLogin: "jlee", reason: "checked with HR",
            resolutionRequestID: "R-3", closedOn: date("2026-03-16"), closedOverdue: false))
    }

    @Test("M3: resolving as a new person creates a person and MRN even though a lookalike exists")
    func resolveNewPerson() {
        let decision = Self.resolve(.newPerson, openCases: [Self.openSubscriberCase()])
        #expect(decision.acceptance?.changes.prefix(2) == [
            .createPerson("P-00000001", Fixtures.identity()),
            .assignMRN("P-00000001", Fixtures.mrn(1)),
        ])
        #expect(decision.acceptance?.closedCase?.decision == .newPerson)
    }

    @Test("M3: resolving by rejecting rejects the request under review and closes the case")
    func resolveReject() {
        let decision = Self.resolve(.reject, on: "2026-03-18", openCases: [Self.openSubscriberCase()])
        #expect(decision.rejection?.requestID == "R-1")
        #expect(decision.rejectionReasons == [.m2ReviewRejected])
        #expect(decision.rejection?.message == "An operator rejected the request on review (rule M2).")
        // Closed on Wednesday, after Tuesday's due date.
        #expect(decision.rejection?.closedCase?.closedOverdue == true)
    }

    @Test("M3: a resolution for an unknown or closed case is rejected and answers the resolution itself")
    func resolveUnknownCase() {
        let decision = Self.resolve(.newPerson, caseID: "RC-999999", openCases: [Self.openSubscriberCase()])
        #expect(decision.rejection?.requestID == "R-3")
        #expect(decision.rejectionReasons == [.m3ReviewCaseNotOpen])
        #expect(decision.rejection?.closedCase == nil)
    }

    @Test("M3: a case cannot move a person into another group: a resolution sent for another group's family is rejected")
    func resolveFromAnotherGroup() {
        let decision = Self.resolve(.matchToPerson("P-5"), family: FamilyKey(groupNumber: "G-200", subscriberRef: "E-1"),
                                    openCases: [Self.openSubscriberCase()])
        #expect(decision.rejection?.requestID == "R-3")
        #expect(decision.rejectionReasons == [.m3ReviewCaseNotOpen])
    }

    @Test("M3: matching to a person who is not a candidate of the case is rejected; the case stays open")
    func resolveNotCandidate() {
        let decision = Self.resolve(.matchToPerson("P-999"), openCases: [Self.openSubscriberCase()])
        #expect(decision.rejectionReasons == [.m3ReviewPersonNotCandidate])
        #expect(decision.rejection?.closedCase == nil)
    }

    @Test("M4: a resolution matching to a person already covered in the group still rejects, closing the case")
    func resolveIntoDoubleCoverage() {
        let coveredHere = Fixtures.candidate(
            "P-5", Fixtures.identity(ssn: "555443333"), mrns: [.southernCalifornia: Fixtures.mrn(5)],
            coverages: [PersonCandidate.GroupCoverage(groupNumber: "G-100", memberID: "M-55", relationship: .spouse,
                                                      start: date("2026-01-01"))])
        let decision = Self.resolve(.matchToPerson("P-5"), openCases: [Self.openSubscriberCase()], candidates: [coveredHere])
        #expect(decision.rejectionReasons == [.m4AlreadyCoveredInGroup])
        #expect(decision.rejection?.requestID == "R-1")
        #expect(decision.rejection?.closedCase?.caseID == "RC-000001")
    }

    @Test("E4, M3: an approved move is applied; a rejected one is not")
    func resolveMove() {
        let event = QualifyingLifeEvent(.move, on: date("2026-05-04"))
        let request = Fixtures.request("R-1", on: "2026-05-08",
                                       Fixtures.addSubscriber(Fixtures.employee(hire: "2025-06-01"), event: event))
        guard let opened = Fixtures.decide(request, Fixtures.context()).pending?.openedCase else {
            Issue.record("expected a move case")
            return
        }
        let approved = Self.resolve(.newPerson, on: "2026-05-11", openCases: [opened], candidates: [])
        #expect(approved.acceptance?.requestID == "R-1")
        #expect(approved.firstStart == date("2026-06-01"))
        let refused = Self.resolve(.reject, on: "2026-05-11", openCases: [opened], candidates: [])
        #expect(refused.rejectionReasons == [.m2ReviewRejected])
    }

    @Test("E12: the oldest open case of the family blocks; other families are not held")
    func blockingCase() {
        let opened = Self.openSubscriberCase()
        #expect(ReviewQueue.blockingCase(for: Fixtures.family, openCases: [opened])?.id == "RC-000001")
        #expect(ReviewQueue.blockingCase(for: FamilyKey(groupNumber: "G-100", subscriberRef: "E-2"), openCases: [opened]) == nil)
    }

    @Test("M2: a resolution's candidate query is the query for the enrollee under review")
    func resolutionCandidateQuery() {
        let opened = Self.openSubscriberCase()
        let resolution = Fixtures.request("R-3", on: "2026-03-16",
                                          .resolveReview(.init(caseID: "RC-000001", decision: .newPerson, operatorLogin: "jlee",
                                                               reason: "")))
        let query = EnrollmentDecider.candidateQuery(for: resolution, openCases: [opened], hasher: Fixtures.hasher)
        #expect(query?.canonicalName == "maria garcia")
        #expect(query?.datesOfBirth == [date("1985-04-12"), date("1985-12-04")])
        #expect(EnrollmentDecider.candidateQuery(for: resolution, openCases: [], hasher: Fixtures.hasher) == nil)
        let termination = Fixtures.request(on: "2026-03-16", .terminate(.init(members: .wholeFamily,
                                                                              coverageEndDate: date("2026-03-31"),
                                                                              reason: .voluntary)))
        #expect(EnrollmentDecider.candidateQuery(for: termination, openCases: [], hasher: Fixtures.hasher) == nil)
    }
}
