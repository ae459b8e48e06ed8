import MembershipDomain
import Testing

@Suite("Terminations, reinstatements, demographics, COBRA and cancellations (E9-E12, G1)")
struct CoverageChangeTests {
    static let family = Fixtures.familyState([Fixtures.subscriberMember(),
                                              Fixtures.dependentMember("M-C", .child, first: "Ana", dob: "2015-02-02")])

    static func decide(_ action: EnrollmentAction, on day: String, family: FamilyMembership = family,
                       terms: EnrollmentTerms? = Fixtures.terms()) -> EnrollmentDecision {
        Fixtures.decide(Fixtures.request(on: day, action), Fixtures.context(terms: terms, family: family))
    }

    // MARK: E10 terminations

    @Test("E10: terminating the subscriber ends the whole family's coverage immediately")
    func terminateSubscriber() {
        let action = EnrollmentAction.terminate(.init(members: .member("M-S"), coverageEndDate: date("2026-06-30"),
                                                      reason: .employmentEnded))
        let decision = Self.decide(action, on: "2026-06-10")
        #expect(decision.acceptance?.changes == [
            .endCoverage("M-S", lastDay: date("2026-06-30"), retroactive: false),
            .endCoverage("M-C", lastDay: date("2026-06-30"), retroactive: false),
        ])
    }

    @Test("E10: a member selected by upstream id is terminated")
    func terminateByUpstreamID() {
        let action = EnrollmentAction.terminate(.init(members: .upstreamMemberID("E-1"), coverageEndDate: date("2026-06-30"),
                                                      reason: .voluntary))
        #expect(Self.decide(action, on: "2026-06-10").acceptance?.members.map(\.memberID) == ["M-S", "M-C"])
    }

    @Test("E10: an unknown member, or another group's member, is not found")
    func memberNotFound() {
        let unknown = EnrollmentAction.terminate(.init(members: .member("M-404"), coverageEndDate: date("2026-06-30"),
                                                       reason: .voluntary))
        #expect(Self.decide(unknown, on: "2026-06-10").rejectionReasons == [.e10MemberNotFound])
        #expect(Self.decide(unknown, on: "2026-06-10").rejection?.message
            == "The member is not enrolled in this family and group (rule E10).")
        // M-X belongs to a family of group G-200; the request names it in G-100's family.
        let otherGroup = EnrollmentAction.terminate(.init(members: .member("M-X"), coverageEndDate: date("2026-06-30"),
                                                          reason: .voluntary))
        #expect(Self.decide(otherGroup, on: "2026-06-10").rejectionReasons == [.e10MemberNotFound])
    }

    @Test("E12: a request naming another group than its family's is invalid")
    func familyOfAnotherGroup() {
        let request = Fixtures.request(on: "2026-06-10", family: FamilyKey(groupNumber: "G-200", subscriberRef: "E-1"),
                                       .terminate(.init(members: .member("M-S"), coverageEndDate: date("2026-06-30"),
                                                        reason: .voluntary)))
        #expect(Fixtures.decide(request, Fixtures.context(family: Self.family)).rejectionReasons == [.e12InvalidRequest])
    }

    @Test("E10: a termination before coverage started does not validate")
    func endBeforeStart() {
        let action = EnrollmentAction.terminate(.init(members: .member("M-C"), coverageEndDate: date("2026-01-15"),
                                                      reason: .voluntary))
        #expect(Self.decide(action, on: "2026-06-10").rejectionReasons == [.e10ChangeNotValid])
    }

    @Test("E12: a termination without an end date is invalid (except aging out)")
    func endDateRequired() {
        let action = EnrollmentAction.terminate(.init(members: .member("M-C"), coverageEndDate: nil, reason: .voluntary))
        #expect(Self.decide(action, on: "2026-06-10").rejectionReasons == [.e12InvalidRequest])
    }

    @Test("E10, E11: COBRA coverage can be ended early, but a termination never extends coverage")
    func terminateCOBRA() {
        let onCOBRA = Fixtures.familyState([Fixtures.subscriberMember(start: "2026-07-01", end: "2027-12-31", cobra: true)])
        let early = EnrollmentAction.terminate(.init(members: .wholeFamily, coverageEndDate: date("2026-09-30"),
                                                     reason: .voluntary))
        #expect(Self.decide(early, on: "2026-09-10", family: onCOBRA).acceptance?.changes
            == [.endCoverage("M-S", lastDay: date("2026-09-30"), retroactive: false)])
        let later = EnrollmentAction.terminate(.init(members: .member("M-S"), coverageEndDate: date("2028-03-31"),
                                                     reason: .voluntary))
        #expect(Self.decide(later, on: "2026-09-10", family: onCOBRA).rejectionReasons == [.e10ChangeNotValid])
        #expect(Self.decide(.reinstate(.init(members: .member("M-S"), reason: "")), on: "2026-09-10", family: onCOBRA)
            .rejectionReasons == [.e10ChangeNotValid])
    }

    // MARK: Reinstatement

    @Test("E10, C1: ended coverage is reinstated without a gap and every member gets a reinstatement card")
    func reinstate() {
        let ended = Fixtures.familyState([Fixtures.subscriberMember(end: "2026-05-31"),
                                          Fixtures.dependentMember("M-C", .child, first: "Ana", dob: "2015-02-02", end: "2026-05-31")])
        let decision = Self.decide(.reinstate(.init(members: .wholeFamily, reason: "sent in error")), on: "2026-06-05", family: ended)
        #expect(decision.acceptance?.changes == [.reinstateCoverage("M-S"), .reinstateCoverage("M-C")])
        #expect(decision.acceptance?.members.map(\.coverage.end) == [nil, nil])
        #expect(decision.acceptance?.cards == [
            Acceptance.CardOrder(memberID: "M-S", reason: .reinstatement, digitalCardAvailable: true),
            Acceptance.CardOrder(memberID: "M-C", reason: .reinstatement, digitalCardAvailable: true),
        ])
    }

    @Test("E10: reinstating active coverage, or a dependent whose subscriber ended, does not validate")
    func reinstateInvalid() {
        #expect(Self.decide(.reinstate(.init(members: .member("M-C"), reason: "")), on: "2026-06-05").rejectionReasons
            == [.e10ChangeNotValid])
        let subscriberEnded = Fixtures.familyState([Fixtures.subscriberMember(end: "2026-05-31"),
                                                    Fixtures.dependentMember("M-C", .child, first: "Ana", dob: "2015-02-02",
                                                                             end: "2026-05-31")])
        #expect(Self.decide(.reinstate(.init(members: .member("M-C"), reason: "")), on: "2026-06-05",
                            family: subscriberEnded).rejectionReasons == [.e10ChangeNotValid])
    }

    // MARK: Demographics

    @Test("E10, C1: a name change applies immediately and issues a card; an address-only change issues none")
    func demographics() {
        let renamed = PersonIdentity(name: LegalName(first: "Maria", last: "Garcia-Lopez"), dateOfBirth: date("1985-04-12"),
                                     ssn: SocialSecurityNumber("123456789"), upstreamMemberID: "E-1")
        let nameChange = Self.decide(.changeDemographics(.init(member: .member("M-S"), identity: renamed)), on: "2026-06-05")
        #expect(nameChange.acceptance?.changes == [.updateIdentity("M-S", renamed)])
        #expect(nameChange.acceptance?.cards.map(\.reason) == [.nameChange])
        let moved = Fixtures.residence(zip: "93001")
        let addressOnly = Self.decide(.changeDemographics(.init(member: .member("M-S"), residence: moved)), on: "2026-06-05")
        #expect(addressOnly.acceptance?.changes == [.updateResidence("M-S", moved, mrn: Fixtures.mrn(500))])
        #expect(addressOnly.acceptance?.cards == [])
    }

    @Test("E12: a demographic change for the whole family, or with nothing to change, is invalid")
    func demographicsInvalid() {
        #expect(Self.decide(.changeDemographics(.init(member: .wholeFamily, mailingAddress: Fixtures.residence().address)),
                            on: "2026-06-05").rejectionReasons == [.e12InvalidRequest])
        #expect(Self.decide(.changeDemographics(.init(member: .member("M-S"))), on: "2026-06-05").rejectionReasons
            == [.e12InvalidRequest])
    }

    // MARK: E11 COBRA

    @Test("E11: continuation lasts 18 months, 29 with disability, 36 for other events", arguments: [
        (COBRAQualifyingEvent.employmentEnded, false, 18),
        (.employmentEnded, true, 29),
        (.hoursReduced, false, 18),
        (.hoursReduced, true, 29),
        (.divorceOrSeparation, false, 36),
        (.divorceOrSeparation, true, 36),
        (.dependentLostStatus, false, 36),
        (.employeeDied, false, 36),
        (.employeeMedicare, false, 36),
    ])
    func cobraDurations(event: COBRAQualifyingEvent, disabled: Bool, months: Int) {
        #expect(event.maximumMonths(disabilityExtension: disabled) == months)
    }

    @Test("E11: a terminated family continues on COBRA from the day after coverage ended, for 18 months")
    func cobraContinuation() {
        let ended = Fixtures.familyState([Fixtures.subscriberMember(end: "2026-06-30"),
                                          Fixtures.dependentMember("M-C", .child, first: "Ana", dob: "2015-02-02", end: "2026-06-30")])
        let action = EnrollmentAction.continueCOBRA(.init(members: .wholeFamily, event: .employmentEnded,
                                                          eventDate: date("2026-06-30")))
        let decision = Self.decide(action, on: "2026-07-10", family: ended)
        let span = CoverageSpan(plan: "HMO-SILVER", start: date("2026-07-01"), end: date("2027-12-31"), isCOBRA: true)
        #expect(decision.acceptance?.changes == [.startCoverage("M-S", span), .startCoverage("M-C", span)])
    }

    @Test("E11: active coverage cannot continue on COBRA; an exhausted period cannot start")
    func cobraNotEligible() {
        let active = EnrollmentAction.continueCOBRA(.init(members: .member("M-S"), event: .employmentEnded,
                                                          eventDate: date("2026-06-30")))
        #expect(Self.decide(active, on: "2026-07-10").rejectionReasons == [.e11COBRANotEligible])
        let longAgo = Fixtures.familyState([Fixtures.subscriberMember(start: "2026-01-01", end: "2026-01-31")])
        let late = EnrollmentAction.continueCOBRA(.init(members: .member("M-S"), event: .employmentEnded,
                                                        eventDate: date("2026-01-31")))
        // 18 months from 2026-02-01 end on 2027-07-31.
        #expect(Self.decide(late, on: "2027-07-31", family: longAgo).acceptance?.members.first?.coverage.end == date("2027-07-31"))
        #expect(Self.decide(late, on: "2027-08-01", family: longAgo).rejectionReasons == [.e11COBRAPeriodExhausted])
    }

    // MARK: E9 cancellation

    @Test("E9: in open enrollment coverage is cancelled the day before the new year")
    func cancelInOpenEnrollment() {
        let decision = Self.decide(.cancel(.init(members: .wholeFamily)), on: "2026-11-10")
        #expect(decision.acceptance?.members.map(\.coverage.end) == [date("2026-12-31"), date("2026-12-31")])
    }

    @Test("E9: outside open enrollment cancelling needs new coverage elsewhere")
    func cancelRequiresQLE() {
        #expect(Self.decide(.cancel(.init(members: .wholeFamily)), on: "2026-08-10").rejectionReasons == [.e9CancelRequiresQLE])
        let marriage = QualifyingLifeEvent(.marriage, on: date("2026-08-01"))
        #expect(Self.decide(.cancel(.init(members: .wholeFamily, qualifyingEvent: marriage)), on: "2026-08-10").rejectionReasons
            == [.e9CancelRequiresQLE])
    }

    @Test("E9: new coverage from Aug 1 reported on day 30 cancels through Jul 31; on day 31 it is too late", arguments: [
        ("2026-08-31", [RejectionReason]()),
        ("2026-09-01", [RejectionReason.e9CancelReportedTooLate]),
    ])
    func cancelReportingWindow(day: String, expected: [RejectionReason]) {
        let event = QualifyingLifeEvent(.newCoverageElsewhere, on: date("2026-08-01"))
        let decision = Self.decide(.cancel(.init(members: .wholeFamily, qualifyingEvent: event)), on: day)
        #expect(decision.rejectionReasons == expected)
        if expected.isEmpty {
            #expect(decision.acceptance?.changes.first == .endCoverage("M-S", lastDay: date("2026-07-31"), retroactive: true))
        }
    }

    @Test("E9: a cancellation leaving a gap before the new coverage is rejected")
    func cancelGap() {
        let event = QualifyingLifeEvent(.newCoverageElsewhere, on: date("2026-08-01"))
        let decision = Self.decide(.cancel(.init(members: .wholeFamily, qualifyingEvent: event,
                                                 coverageEndDate: date("2026-07-15"))), on: "2026-07-20")
        #expect(decision.rejectionReasons == [.e9CancelLeavesCoverageGap])
    }

    // MARK: E12 and G1 contract state

    @Test("E12: without the group's contract the request is rejected with that reason")
    func contractNotFound() {
        let decision = Self.decide(Fixtures.addSubscriber(), on: "2026-03-10", family: Fixtures.familyState(), terms: nil)
        #expect(decision.rejectionReasons == [.e12GroupContractNotFound])
        #expect(decision.rejection?.message == "No contract for the group has been received (rule E12).")
    }

    @Test("G1: enrolling after the group's contract ended is rejected; terminations still apply")
    func contractEnded() {
        let ended = Fixtures.terms(contractEnd: date("2026-05-31"))
        #expect(Self.decide(Fixtures.addSubscriber(), on: "2026-06-10", family: Fixtures.familyState(), terms: ended)
            .rejectionReasons.contains(.g1GroupContractInactive))
        let termination = EnrollmentAction.terminate(.init(members: .wholeFamily, coverageEndDate: date("2026-05-31"),
                                                           reason: .employmentEnded))
        #expect(Self.decide(termination, on: "2026-06-10", terms: ended).acceptance != nil)
    }

    @Test("E12: the missing contract waits within its bound, then is rejected")
    func contractWait() {
        let policy = ContractWaitPolicy(maximumWaitSeconds: 3_600)
        #expect(policy.verdict(requestReceivedAt: 1_000, latestEventAt: 4_600) == .keepWaiting)
        #expect(policy.verdict(requestReceivedAt: 1_000, latestEventAt: 4_601) == .giveUp)
    }
}
