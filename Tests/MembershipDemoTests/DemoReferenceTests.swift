import MembershipDemo
import MembershipDomain
import MembershipEvents
import Testing

/// The population against the domain's own rules and the repository's reference data.
@Suite("DemoPopulation and the domain rules")
struct DemoReferenceTests {
    /// The domain contract the enrollment worker derives from the message (same field mapping as
    /// the worker's GroupContractMapping, which is internal to MembershipWorkers).
    static func domainContract(_ proto: Membership_Groups_V1_GroupContract) -> GroupContract {
        let counts = proto.employeeCounts
        let address = proto.businessAddress
        func contribution(_ value: Membership_Groups_V1_EmployerContribution?) -> Contribution {
            switch value?.amount {
            case .percentBasisPoints(let points)?: .percentage(Factor(basisPoints: Int64(points)))
            case .fixedCents(let cents)?: .fixedAmount(Money(cents: cents))
            case nil: .none
            }
        }
        return GroupContract(
            groupNumber: GroupNumber(proto.groupNumber),
            businessAddress: MailingAddress(line1: address.line1, line2: address.line2, city: address.city, state: address.state,
                                            zip: address.zipCode),
            businessCounty: address.county, effectiveDate: DemoFixtures.date(proto.contractEffectiveDate),
            fullTimeEquivalentEmployees: Int(max(counts.fullTimeEmployees, counts.fullTimeEquivalentEmployees)),
            nonOwnerW2Employees: Int(counts.nonOwnerW2Employees), eligibleEmployees: Int(counts.eligibleEmployees),
            enrolledEmployees: Int(counts.expectedEnrollingEmployees),
            offeredToAllEligible: counts.employeesOfferedCoverage >= counts.eligibleEmployees,
            contribution: ContributionPolicy(
                subscriber: contribution(proto.hasSubscriberContribution ? proto.subscriberContribution : nil),
                dependents: contribution(proto.hasDependentContribution ? proto.dependentContribution : nil)),
            offeredPlans: proto.plansOffered.map { PlanID($0.planID) }, soleCarrier: proto.soleCarrier,
            riders: Set(proto.riders.compactMap { rider -> Rider? in
                switch rider {
                case .chiropracticAcupuncture: .chiropracticAcupuncture
                case .familyDental: .familyDental
                case .infertility: .infertility
                case .unspecified, .UNRECOGNIZED: nil
                }
            }))
    }

    @Test("G1-G6: every group contract passes the domain's validator with the reference data")
    func contractsValid() {
        let validator = GroupContractValidator(reference: DemoFixtures.reference)
        let contracts = DemoFixtures.standard.groupContracts
        for proto in contracts {
            let violations = validator.violations(of: Self.domainContract(proto), context: .setup,
                                                  decisionDate: DemoFixtures.day(proto.occurredAt))
            #expect(violations.map(\.code) == [], "group \(proto.groupNumber)")
        }
    }

    @Test("G1, G2, G4: contracts are well formed small groups with at most one PPO")
    func contractFields() {
        let contracts = DemoFixtures.standard.groupContracts
        #expect(Set(contracts.map(\.groupNumber)).count == 20)
        #expect(Set(contracts.map(\.eventID)).count == 20)
        for contract in contracts {
            #expect(contract.kind == .setup)
            #expect(contract.source == "membership-demo")
            #expect(contract.contractEffectiveDate == Membership_Common_V1_CalendarDate(year: 2026, month: 1, day: 1))
            #expect(DemoFixtures.day(contract.occurredAt) < DemoFixtures.date(contract.contractEffectiveDate))
            let counts = contract.employeeCounts
            #expect((1...100).contains(counts.fullTimeEquivalentEmployees))
            #expect(counts.expectedEnrollingEmployees * 2 >= counts.eligibleEmployees)
            #expect(contract.plansOffered.filter { $0.planType == .ppo }.count <= 1)
            #expect(contract.waitingPeriodDays <= 90)
            #expect(contract.subscriberContribution.percentBasisPoints >= 5_000)
            #expect(contract.payFrequency != .unspecified)
            for offering in contract.plansOffered {
                let plan = DemoFixtures.reference.plans[PlanID(offering.planID)]
                #expect(plan?.name == offering.planName)
                #expect(plan?.network == (offering.planType == .ppo ? .ppo : .hmo))
            }
        }
        // Two groups in each of the ten service-area counties.
        let counties = Dictionary(grouping: contracts, by: \.businessAddress.county).mapValues(\.count)
        #expect(counties.count == 10)
        #expect(counties.values.allSatisfy { $0 == 2 })
    }

    @Test("E8: every address (business and home) is a served ZIP of its county in the reference data")
    func serviceArea() {
        let population = DemoFixtures.standard
        let addresses = population.groupContracts.map(\.businessAddress)
            + population.requests.compactMap { DemoFixtures.enrollee($0)?.homeAddress }
        #expect(addresses.count > 5_000)
        for address in addresses {
            let entry = DemoFixtures.reference.serviceAreaStatus(zip: address.zipCode)
            #expect(entry?.status == .served, "ZIP \(address.zipCode)")
            #expect(entry?.county == address.county)
            #expect(address.state == "CA")
            #expect(!address.line1.isEmpty && !address.city.isEmpty)
        }
    }

    @Test("G4: every chosen plan is one the group offers")
    func plansOffered() {
        let population = DemoFixtures.standard
        let offered = Dictionary(uniqueKeysWithValues: population.groupContracts.map {
            ($0.groupNumber, Set($0.plansOffered.map(\.planID)))
        })
        for request in population.requests {
            if case .addSubscriber(let add)? = request.action {
                #expect(offered[request.groupNumber]?.contains(add.plan.planID) == true)
                #expect(DemoFixtures.reference.plans[PlanID(add.plan.planID)] != nil)
            }
        }
    }

    @Test("M2, E12: SSNs are synthetic (area 8xx), pass the worker's field validation and are unique per person")
    func ssns() {
        let population = DemoFixtures.standard
        var seen: Set<String> = []
        for (request, scenario) in zip(population.requests, population.scenarios) {
            guard let ssn = DemoFixtures.enrollee(request)?.identity.ssn, !ssn.isEmpty else { continue }
            #expect(SocialSecurityNumber(ssn)?.digits == ssn)
            #expect(ssn.first == "8")
            #expect((try? FieldValidator.ssn(ssn, field: "ssn"))?.digits == ssn)
            if scenario != .ambiguousIdentity { #expect(seen.insert(ssn).inserted) } else { #expect(!seen.contains(ssn)) }
        }
        #expect(seen.count > 5_000)
    }

    @Test("E3: new hires enroll within 30 days of their hire date, on or after the contract's start")
    func newHireWindow() {
        for request in DemoFixtures.standard.requests {
            guard case .addSubscriber(let add)? = request.action else { continue }
            let hire = DemoFixtures.date(add.subscriber.employment.hireDate)
            let days = hire.days(until: DemoFixtures.day(request.occurredAt))
            #expect((0...30).contains(days))
            #expect(hire >= CalendarDate(year: 2026, month: 1, day: 1)!)
        }
    }
}
