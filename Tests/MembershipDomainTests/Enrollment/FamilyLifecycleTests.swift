import MembershipDomain
import Testing

@Suite("A family's life, decided and applied request by request")
struct FamilyLifecycleTests {
    @Test("E3, E5, E6, E7, E10, E11: enroll, marry, have a baby, change plan at open enrollment, leave, continue on COBRA")
    func lifecycle() {
        var identifiers = CountingIdentifierSource()
        var family = Fixtures.familyState()
        func step(_ id: String, on day: String, _ action: EnrollmentAction) -> Acceptance? {
            let decision = EnrollmentDecider.decide(Fixtures.request(id, on: day, action), context: Fixtures.context(family: family),
                                                    identifiers: &identifiers)
            guard let acceptance = decision.acceptance else {
                Issue.record("\(id) was not accepted: \(decision)")
                return nil
            }
            family = family.applying(acceptance.changes)
            return acceptance
        }

        _ = step("R-1", on: "2026-03-10", Fixtures.addSubscriber())
        _ = step("R-2", on: "2026-05-15", .addDependent(.init(
            dependent: Fixtures.dependent("Luis", dob: "1984-01-20"), relationship: .spouse,
            qualifyingEvent: QualifyingLifeEvent(.marriage, on: date("2026-05-09")))))
        _ = step("R-3", on: "2026-08-25", .addDependent(.init(
            dependent: Fixtures.dependent("Sofia", dob: "2026-08-20"), relationship: .child,
            qualifyingEvent: QualifyingLifeEvent(.birth, on: date("2026-08-20")))))
        #expect(FamilyMembership.ordered(family.members).map(\.coverage.start)
            == [date("2026-04-01"), date("2026-06-01"), date("2026-08-20")])

        _ = step("R-4", on: "2026-11-10", .changePlan(.init(plan: "HMO-GOLD")))
        _ = step("R-5", on: "2027-03-20", .terminate(.init(members: .wholeFamily, coverageEndDate: date("2027-03-31"),
                                                           reason: .employmentEnded)))
        let cobra = step("R-6", on: "2027-04-05", .continueCOBRA(.init(members: .wholeFamily, event: .employmentEnded,
                                                                       eventDate: date("2027-03-31"))))
        #expect(cobra?.members.map(\.memberID) == ["M-0000001", "M-0000002", "M-0000003"])

        let final = FamilyMembership.ordered(family.members)
        #expect(final.map(\.relationship) == [.subscriber, .spouse, .child])
        #expect(final.map(\.mrn.description) == ["12-00000014", "12-00000022", "12-00000030"])
        #expect(final.allSatisfy {
            $0.coverage == CoverageSpan(plan: "HMO-GOLD", start: date("2027-04-01"), end: date("2028-09-30"), isCOBRA: true)
        })
    }
}
