/// Checks a group contract against rules G1-G6 and returns **every** rule it breaks, not just the
/// first, so the employer can fix everything at once.
public struct GroupContractValidator: Sendable {
    /// Reference data (counties for rule B2, plans and rates for rules G3 and G4).
    public let reference: ReferenceData

    /// Fewest full-time (equivalent) employees (rule G2).
    public static let minimumEmployees = 1
    /// Most full-time (equivalent) employees of a small group (rule G2).
    public static let maximumEmployees = 100
    /// Minimum share of eligible employees enrolled, in percent (rule G2).
    public static let minimumParticipationPercent = 50
    /// Minimum employer contribution, as a fraction of the lowest-priced plan's employee-only premium (rule G3).
    public static let minimumContribution = Factor(percent: 50)
    /// Largest enrolment that limits plan choice, and the limit (rule G4: 1-5 subscribers, at most 3 plans).
    public static let smallGroupPlanLimit = (maximumSubscribers: 5, maximumPlans: 3)
    /// Most out-of-state PPO subscribers, in percent of group enrolment (rule G4).
    public static let maximumOutOfStatePPOPercent = 30
    /// Fewest eligible employees for the infertility rider (rule G5).
    public static let infertilityMinimumEligible = 20
    /// Days after termination within which a group may be reinstated (rule G6).
    public static let reinstatementWindowDays = 60

    /// Creates a validator.
    public init(reference: ReferenceData) {
        self.reference = reference
    }

    /// Every violation of `contract` in `context`, in rule order; empty when the contract is valid.
    ///
    /// - Parameter decisionDate: the day the submission was received, in the plan's time zone
    ///   (rule X1); it is what the 60-day reinstatement window (G6) is measured to.
    public func violations(of contract: GroupContract, context: ContractContext, decisionDate: CalendarDate) -> [GroupRuleViolation] {
        var found: [GroupRuleViolation] = []
        func fail(_ code: GroupRuleViolation.Code, _ message: String) {
            found.append(GroupRuleViolation(code: code, message: message))
        }

        // Rule G1: business address and contract dates.
        let address = AddressNormalizer.normalize(contract.businessAddress)
        if address.isPOBox { fail(.g1POBoxAddress, "a P.O. box is not accepted as the business address") }
        let area = reference.ratingArea(state: address.state, county: contract.businessCounty, zip: address.zip5)
        if area == nil {
            fail(.g1UnknownCounty, "county \(contract.businessCounty), \(address.state) has no rating area in the reference data")
        }
        switch context {
        case .setup:
            break
        case .renewal(let previous):
            if previous.groupNumber != contract.groupNumber {
                fail(.g1GroupNumberMismatch, "a renewal keeps the group number \(previous.groupNumber)")
            }
            let months = previous.effectiveDate.yearMonth.months(until: contract.effectiveDate.yearMonth)
            if months <= 0 || months % 12 != 0 || previous.effectiveDate.adding(months: months) != contract.effectiveDate {
                fail(.g1RenewalNotOnAnniversary,
                     "renewal must take effect on an anniversary of \(previous.effectiveDate), not \(contract.effectiveDate)")
            }
        case .amendment(let previous), .reinstatement(let previous, _, _):
            if previous.groupNumber != contract.groupNumber {
                fail(.g1GroupNumberMismatch, "the contract keeps the group number \(previous.groupNumber)")
            }
        }

        // Rule G2: small-group eligibility (setup, renewal and reinstatement alike).
        if contract.fullTimeEquivalentEmployees < Self.minimumEmployees {
            fail(.g2TooFewEmployees, "a small group needs at least 1 full-time or full-time-equivalent employee")
        }
        if contract.fullTimeEquivalentEmployees > Self.maximumEmployees {
            fail(.g2TooManyEmployees,
                 "\(contract.fullTimeEquivalentEmployees) full-time-equivalent employees; a small group has at most 100")
        }
        if contract.nonOwnerW2Employees < 1 {
            fail(.g2NoNonOwnerEmployee, "at least one W-2 employee who is not an owner, partner or their spouse is required")
        }
        if !contract.offeredToAllEligible {
            fail(.g2NotOfferedToAll, "coverage must be offered to 100% of eligible employees")
        }
        if contract.eligibleEmployees <= 0
            || contract.enrolledEmployees * 100 < contract.eligibleEmployees * Self.minimumParticipationPercent {
            fail(.g2ParticipationBelowMinimum,
                 "\(contract.enrolledEmployees) of \(contract.eligibleEmployees) eligible employees enrolled; at least 50% must enroll")
        }

        // Rule G4 (plans first: G3 needs to know which plans are real).
        var plans: [Plan] = []
        for id in contract.offeredPlans {
            if let plan = reference.plans[id] { plans.append(plan) } else { fail(.g4UnknownPlan, "plan \(id) is not offered") }
        }
        if contract.offeredPlans.isEmpty { fail(.g4UnknownPlan, "the group offers no plan") }

        // Rule G3: contribution against the lowest-priced plan's employee-only premium.
        if let area, !plans.isEmpty {
            let year = ContractYear(start: contract.effectiveDate)
            let priced = plans.compactMap { reference.rates.rate(plan: $0.id, planYear: year.planYear, ratingArea: area) }
            if priced.count < plans.count {
                fail(.g3NoRateFiled, "no rate filed for every offered plan in plan year \(year.planYear), rating area \(area.number)")
            }
            if let lowest = priced.min(by: { ($0.baseRateAge21, $0.plan) < ($1.baseRateAge21, $1.plan) }) {
                checkContribution(contract, lowest: lowest, year: year, fail: fail)
            }
        }

        let uniquePlans = Set(contract.offeredPlans).count
        if (1...Self.smallGroupPlanLimit.maximumSubscribers).contains(contract.enrolledEmployees),
           uniquePlans > Self.smallGroupPlanLimit.maximumPlans {
            fail(.g4TooManyPlans, "\(uniquePlans) plans for \(contract.enrolledEmployees) subscribers; groups of 1-5 may offer at most 3")
        }
        let ppos = Set(plans.filter { $0.network == .ppo }.map(\.id))
        if ppos.count > 1 { fail(.g4MultiplePPOPlans, "\(ppos.count) PPO plans offered; at most one is allowed") }
        if !ppos.isEmpty {
            if !contract.soleCarrier { fail(.g4PPONotSoleCarrier, "a PPO may be offered only when the plan is the sole carrier") }
            if !contract.offeredToAllEligible { fail(.g4PPONotOfferedToAll, "the PPO must be offered to all eligible employees") }
            let outOfState = contract.census.filter { ppos.contains($0.plan) && $0.residenceState.uppercased() != "CA" }.count
            if outOfState * 100 > contract.enrolledEmployees * Self.maximumOutOfStatePPOPercent {
                fail(.g4PPOOutOfStateOverLimit,
                     "\(outOfState) out-of-state PPO subscribers of \(contract.enrolledEmployees) enrolled; at most 30% allowed")
            }
        }

        // Rule G5: riders.
        switch context {
        case .amendment(let previous), .reinstatement(let previous, _, _):
            let added = contract.riders.subtracting(previous.riders)
            if !added.isEmpty {
                fail(.g5RiderAddedOutsideRenewal,
                     "riders can be added only at renewal: \(added.sorted().map(\.rawValue).joined(separator: ", "))")
            }
        case .setup, .renewal:
            break
        }
        if contract.riders.contains(.infertility),
           contract.eligibleEmployees < Self.infertilityMinimumEligible || !contract.soleCarrier {
            fail(.g5InfertilityRiderNotAllowed, "the infertility rider needs 20 or more eligible employees and sole-carrier status")
        }

        // Rule G6: reinstatement.
        if case .reinstatement(_, let terminatedOn, let balanceDue) = context {
            if terminatedOn.days(until: decisionDate) >= Self.reinstatementWindowDays {
                fail(.g6ReinstatementWindowPassed,
                     "terminated \(terminatedOn.days(until: decisionDate)) days ago; after 60 days the group re-enrolls as a new group with a new group number")
            }
            if balanceDue > .zero {
                fail(.g6UnpaidPremiums, "unpaid premiums of \(balanceDue) must be paid before reinstatement")
            }
        }
        return found
    }

    private func checkContribution(_ contract: GroupContract, lowest: BaseRate, year: ContractYear,
                                   fail: (GroupRuleViolation.Code, String) -> Void) {
        switch contract.contribution.subscriber {
        case .percentage(let share):
            if share < Self.minimumContribution {
                fail(.g3ContributionBelowMinimum,
                     "employer contribution \(share) of premium; at least 0.5 of the lowest-priced plan's employee premium is required")
            }
        case .fixedAmount(let amount):
            // A fixed amount must cover half of each enrolling subscriber's employee-only premium on
            // the lowest-priced plan; without a census, half of the age-21 premium.
            let calculator = PremiumCalculator(ageCurve: reference.ageCurve, rates: reference.rates)
            let network = reference.plans[lowest.plan]?.network ?? .hmo
            let ages = contract.census.isEmpty ? [21] : contract.census.map { $0.dateOfBirth.age(on: year.start) }
            let highest = ages.map {
                calculator.premium(memberID: "census", ratingAge: $0, network: network, rate: lowest).total
            }.max() ?? .zero
            let required = highest.multiplied(by: Self.minimumContribution)
            if amount < required {
                fail(.g3ContributionBelowMinimum,
                     "fixed contribution \(amount) is below \(required), half the employee-only premium of plan \(lowest.plan)")
            }
        }
    }
}
