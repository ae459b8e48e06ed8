import Testing
import MembershipDomain

@Suite("Group contracts")
struct GroupContractValidatorTests {
    typealias Code = GroupRuleViolation.Code
    static let validator = GroupContractValidator(reference: ReferenceFiles.shared)
    static let downtown = MailingAddress(line1: "350 S Grand Ave", line2: "Suite 1200", city: "Los Angeles", state: "CA", zip: "90071-3406")

    /// A valid small group in Los Angeles (rating area 16).
    static func contract(
        number: GroupNumber = "G100", address: MailingAddress = downtown, county: String = "Los Angeles",
        effective: String = "2026-01-01", fte: Int = 20, nonOwner: Int = 18, eligible: Int = 20, enrolled: Int = 12,
        offeredToAll: Bool = true, contribution: Contribution = .percentage(Factor(percent: 50)),
        plans: [PlanID] = ["G80-HMO", "S70-HMO"], soleCarrier: Bool = true, riders: Set<Rider> = [],
        census: [GroupContract.CensusEntry] = []
    ) -> GroupContract {
        GroupContract(groupNumber: number, businessAddress: address, businessCounty: county, effectiveDate: date(effective),
                      fullTimeEquivalentEmployees: fte, nonOwnerW2Employees: nonOwner, eligibleEmployees: eligible,
                      enrolledEmployees: enrolled, offeredToAllEligible: offeredToAll,
                      contribution: ContributionPolicy(subscriber: contribution), offeredPlans: plans, soleCarrier: soleCarrier,
                      riders: riders, census: census)
    }

    static func codes(_ contract: GroupContract, _ context: ContractContext = .setup, on day: String = "2025-12-01",
                      validator: GroupContractValidator = validator) -> [Code] {
        validator.violations(of: contract, context: context, decisionDate: date(day)).map(\.code)
    }

    @Test("a valid contract passes setup")
    func valid() {
        #expect(Self.codes(Self.contract()) == [])
    }

    // MARK: The cases named by the issue, each rejected with its own code.

    @Test("G2: 101 employees is rejected")
    func tooMany() {
        #expect(Self.codes(Self.contract(fte: 101)) == [.g2TooManyEmployees])
        #expect(Self.codes(Self.contract(fte: 100)) == [])
    }

    @Test("G2: 49% participation is rejected, 50% accepted")
    func participation() {
        #expect(Self.codes(Self.contract(fte: 100, nonOwner: 90, eligible: 100, enrolled: 49)) == [.g2ParticipationBelowMinimum])
        #expect(Self.codes(Self.contract(fte: 100, nonOwner: 90, eligible: 100, enrolled: 50)) == [])
    }

    @Test("G3: 45% contribution is rejected, 50% accepted")
    func contribution() {
        #expect(Self.codes(Self.contract(contribution: .percentage(Factor(percent: 45)))) == [.g3ContributionBelowMinimum])
        #expect(Self.codes(Self.contract(contribution: .percentage(Factor(percent: 50)))) == [])
    }

    @Test("G4: 4 plans for 5 subscribers is rejected; 3 plans, or 4 plans for 6 subscribers, accepted")
    func planCount() {
        let four: [PlanID] = ["P90-HMO", "G80-HMO", "S70-HMO", "B60-HMO"]
        #expect(Self.codes(Self.contract(fte: 8, nonOwner: 7, eligible: 8, enrolled: 5, plans: four)) == [.g4TooManyPlans])
        #expect(Self.codes(Self.contract(fte: 8, nonOwner: 7, eligible: 8, enrolled: 5, plans: Array(four.prefix(3)))) == [])
        #expect(Self.codes(Self.contract(fte: 8, nonOwner: 7, eligible: 8, enrolled: 6, plans: four)) == [])
    }

    @Test("G4: two PPO plans are rejected")
    func twoPPOs() throws {
        let shared = ReferenceFiles.shared
        let secondPPO = Plan(id: "S70-PPO", name: "Silver 70 PPO (test)", metal: .silver, network: .ppo, illustrative: true)
        let extraRate = BaseRate(plan: "S70-PPO", planYear: 2026, ratingArea: RatingArea(16)!, baseRateAge21: cents(40_000),
                                 childDental: .zero)
        let reference = ReferenceData(ageCurve: shared.ageCurve, plans: Array(shared.plans.values) + [secondPPO],
                                      rates: RateTable(shared.rates.rows + [extraRate]), counties: shared.counties,
                                      serviceArea: Array(shared.serviceArea.values))
        let validator = GroupContractValidator(reference: reference)
        #expect(Self.codes(Self.contract(plans: ["G80-PPO", "S70-PPO"]), validator: validator) == [.g4MultiplePPOPlans])
        #expect(Self.codes(Self.contract(plans: ["G80-PPO", "G80-HMO"]), validator: validator) == [])
    }

    @Test("every failed rule is returned, not just the first")
    func all() {
        let contract = Self.contract(fte: 101, nonOwner: 90, eligible: 100, enrolled: 49,
                                     contribution: .percentage(Factor(percent: 45)))
        #expect(Self.codes(contract) == [.g2TooManyEmployees, .g2ParticipationBelowMinimum, .g3ContributionBelowMinimum])
    }

    // MARK: G1

    @Test("G1: a P.O. box business address is rejected")
    func poBox() {
        let box = MailingAddress(line1: "P.O. Box 4410", city: "Los Angeles", state: "CA", zip: "90051")
        #expect(Self.codes(Self.contract(address: box)) == [.g1POBoxAddress])
    }

    @Test("G1, B2: an unknown California county is rejected; an out-of-state business rates in area 4")
    func county() {
        #expect(Self.codes(Self.contract(county: "Atlantis")) == [.g1UnknownCounty])
        let denver = MailingAddress(line1: "1600 Broadway", city: "Denver", state: "CO", zip: "80202")
        #expect(Self.codes(Self.contract(address: denver, county: "Denver")) == [])
    }

    @Test("G1: renewal on the anniversary with the same number passes; otherwise rejected")
    func renewal() {
        let previous = Self.contract(effective: "2025-01-01")
        #expect(Self.codes(Self.contract(effective: "2026-01-01"), .renewal(previous: previous)) == [])
        #expect(Self.codes(Self.contract(effective: "2026-02-01"), .renewal(previous: previous)) == [.g1RenewalNotOnAnniversary])
        #expect(Self.codes(Self.contract(number: "G999"), .renewal(previous: previous)) == [.g1GroupNumberMismatch])
    }

    // MARK: G2

    @Test("G2: no employees, no non-owner W-2 employee, not offered to all")
    func eligibility() {
        #expect(Self.codes(Self.contract(fte: 0)) == [.g2TooFewEmployees])
        #expect(Self.codes(Self.contract(nonOwner: 0)) == [.g2NoNonOwnerEmployee])
        #expect(Self.codes(Self.contract(offeredToAll: false)) == [.g2NotOfferedToAll])
        #expect(Self.codes(Self.contract(fte: 1, nonOwner: 1, eligible: 1, enrolled: 1)) == [])
    }

    // MARK: G3

    @Test("G3: a fixed amount must cover half the oldest subscriber's premium on the lowest-priced plan")
    func fixedAmount() {
        // Lowest-priced plan S70-HMO, area 16, 2026: 368.55; age 56 factor 2.333 -> 859.83; half 429.92 (rounded half up).
        let census = [GroupContract.CensusEntry(dateOfBirth: date("1970-01-01"), plan: "S70-HMO", residenceState: "CA"),
                      GroupContract.CensusEntry(dateOfBirth: date("1995-01-01"), plan: "G80-HMO", residenceState: "CA")]
        #expect(Self.codes(Self.contract(contribution: .fixedAmount(cents(42_992)), census: census)) == [])
        #expect(Self.codes(Self.contract(contribution: .fixedAmount(cents(42_991)), census: census)) == [.g3ContributionBelowMinimum])
        // Without a census: half the age-21 premium, 184.28 (368.55 / 2 = 184.275, half up).
        #expect(Self.codes(Self.contract(contribution: .fixedAmount(cents(18_428)))) == [])
        #expect(Self.codes(Self.contract(contribution: .fixedAmount(cents(18_427)))) == [.g3ContributionBelowMinimum])
    }

    // MARK: G4

    @Test("G4: a PPO needs sole-carrier status and at most 30% out-of-state PPO subscribers")
    func ppoConditions() {
        #expect(Self.codes(Self.contract(plans: ["G80-PPO"], soleCarrier: false)) == [.g4PPONotSoleCarrier])
        #expect(Self.codes(Self.contract(plans: ["G80-PPO"], soleCarrier: true)) == [])
        #expect(Self.codes(Self.contract(offeredToAll: false, plans: ["G80-PPO"])) == [.g2NotOfferedToAll, .g4PPONotOfferedToAll])
        func census(outOfState: Int) -> [GroupContract.CensusEntry] {
            (0..<10).map { GroupContract.CensusEntry(dateOfBirth: date("1990-01-01"), plan: "G80-PPO",
                                                     residenceState: $0 < outOfState ? "NV" : "CA") }
        }
        #expect(Self.codes(Self.contract(eligible: 10, enrolled: 10, plans: ["G80-PPO"], census: census(outOfState: 3))) == [])
        #expect(Self.codes(Self.contract(eligible: 10, enrolled: 10, plans: ["G80-PPO"], census: census(outOfState: 4)))
            == [.g4PPOOutOfStateOverLimit])
    }

    @Test("G4: unknown or missing plans")
    func unknownPlans() {
        #expect(Self.codes(Self.contract(plans: ["NOPE", "G80-HMO"])) == [.g4UnknownPlan])
        #expect(Self.codes(Self.contract(plans: [])) == [.g4UnknownPlan])
    }

    // MARK: G5

    @Test("G5: riders are added only at renewal")
    func riderTiming() {
        let previous = Self.contract(effective: "2026-01-01")
        let renewed = Self.contract(effective: "2027-01-01", riders: [.familyDental])
        #expect(Self.codes(renewed, .renewal(previous: previous)) == [])
        let amended = Self.contract(effective: "2026-01-01", riders: [.chiropracticAcupuncture])
        #expect(Self.codes(amended, .amendment(previous: previous)) == [.g5RiderAddedOutsideRenewal])
        #expect(Self.codes(Self.contract(riders: [.familyDental])) == [])
        let keeps = Self.contract(effective: "2026-01-01", riders: [.familyDental])
        #expect(Self.codes(keeps, .amendment(previous: keeps)) == [])
    }

    @Test("G5: infertility rider needs 20+ eligible employees and sole carrier")
    func infertility() {
        #expect(Self.codes(Self.contract(eligible: 20, riders: [.infertility])) == [])
        #expect(Self.codes(Self.contract(fte: 19, eligible: 19, riders: [.infertility])) == [.g5InfertilityRiderNotAllowed])
        #expect(Self.codes(Self.contract(soleCarrier: false, riders: [.infertility])) == [.g5InfertilityRiderNotAllowed])
    }

    // MARK: G6

    @Test("G6: reinstatement within 60 days with premiums paid is accepted", arguments: [
        ("2026-03-01", "2026-04-29", Int64(0), [Code]()),              // 59 days
        ("2026-03-01", "2026-04-30", Int64(0), [.g6ReinstatementWindowPassed]),  // 60 days
        ("2026-03-01", "2026-03-15", Int64(12_345), [.g6UnpaidPremiums]),
        ("2026-03-01", "2026-03-15", Int64(-500), [Code]()),           // in credit
    ])
    func reinstatement(terminated: String, decided: String, balance: Int64, expected: [Code]) {
        let previous = Self.contract()
        let context = ContractContext.reinstatement(previous: previous, terminatedOn: date(terminated), balanceDue: Money(cents: balance))
        #expect(Self.codes(previous, context, on: decided) == expected)
    }

    @Test("G6: reinstatement cannot add riders and keeps the group number")
    func reinstatementRiders() {
        let previous = Self.contract()
        let context = ContractContext.reinstatement(previous: previous, terminatedOn: date("2026-03-01"), balanceDue: .zero)
        #expect(Self.codes(Self.contract(riders: [.familyDental]), context, on: "2026-03-10") == [.g5RiderAddedOutsideRenewal])
        #expect(Self.codes(Self.contract(number: "G101"), context, on: "2026-03-10") == [.g1GroupNumberMismatch])
    }

    @Test("reason codes name their rule")
    func ruleIDs() {
        #expect(Code.g2TooManyEmployees.ruleID == "G2")
        #expect(Code.g6UnpaidPremiums.rawValue == "G6_UNPAID_PREMIUMS")
        #expect(Set(Code.allCases.map(\.ruleID)) == ["G1", "G2", "G3", "G4", "G5", "G6"])
    }
}
