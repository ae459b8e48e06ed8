import MembershipDemo
import MembershipDomain
import MembershipEvents
import Testing

/// Runs the domain's own EnrollmentDecider over every family of the population, in publishing
/// order, and checks that each request gets the outcome its scenario promises. The proto-to-domain
/// mapping below mirrors the enrollment worker's (internal to MembershipWorkers) for the actions
/// the demo sends.
@Suite("DemoPopulation through the EnrollmentDecider")
struct DemoDecisionTests {
    struct Hasher: SSNHasher {
        func hash(_ ssn: SocialSecurityNumber) -> SSNHash { SSNHash("test-" + ssn.digits) }
    }

    static func terms(_ proto: Membership_Groups_V1_GroupContract) -> EnrollmentTerms {
        let frequency: PaySchedule.Frequency = switch proto.payFrequency {
        case .weekly: .weekly
        case .biweekly: .biweekly
        case .semimonthly: .semimonthly
        default: .monthly
        }
        return EnrollmentTerms(
            groupNumber: GroupNumber(proto.groupNumber), contractEffective: DemoFixtures.date(proto.contractEffectiveDate),
            offeredPlans: Set(proto.plansOffered.map { PlanID($0.planID) }), waitingPeriodDays: Int(proto.waitingPeriodDays),
            paySchedule: PaySchedule(frequency: frequency, anchor: DemoFixtures.date(proto.payPeriodAnchorDate)))
    }

    static func enrollee(_ proto: Membership_Enrollment_V1_Enrollee) -> Enrollee {
        let identity = proto.identity
        let home = proto.homeAddress
        var employment: Employment?
        if proto.hasEmployment {
            let classification: Employment.Classification = switch proto.employment.employmentClass {
            case .fullTime: .fullTime
            case .partTime: .partTime
            case .contractor1099: .contractor1099
            case .paidIntern: .paidIntern
            case .seasonal: .seasonal
            default: .temporary
            }
            employment = Employment(classification: classification,
                                    averageWeeklyHundredths: Int(proto.employment.averageWeeklyHoursHundredths),
                                    hireDate: DemoFixtures.date(proto.employment.hireDate))
        }
        return Enrollee(
            identity: PersonIdentity(
                name: LegalName(first: identity.name.firstName, middle: identity.name.middleName, last: identity.name.lastName,
                                suffix: identity.name.suffix),
                dateOfBirth: DemoFixtures.date(identity.dateOfBirth),
                ssn: identity.ssn.isEmpty ? nil : SocialSecurityNumber(identity.ssn),
                upstreamMemberID: identity.upstreamMemberID.isEmpty ? nil : identity.upstreamMemberID),
            residence: Residence(address: MailingAddress(line1: home.line1, line2: home.line2, city: home.city, state: home.state,
                                                         zip: home.zipCode),
                                 county: home.county),
            employment: employment, isDisabled: proto.disabled)
    }

    static func action(_ request: Membership_Enrollment_V1_EnrollmentRequest) -> EnrollmentAction? {
        switch request.action {
        case .addSubscriber(let add)?:
            return .addSubscriber(.init(subscriber: enrollee(add.subscriber), plan: PlanID(add.plan.planID)))
        case .addDependent(let add)?:
            let relationship: Relationship = switch add.relationship {
            case .spouse: .spouse
            case .domesticPartner: .domesticPartner
            default: .child
            }
            let event = add.hasQualifyingLifeEvent && add.qualifyingLifeEvent.type == .birth
                ? QualifyingLifeEvent(.birth, on: DemoFixtures.date(add.qualifyingLifeEvent.eventDate)) : nil
            return .addDependent(.init(dependent: enrollee(add.dependent), relationship: relationship, qualifyingEvent: event))
        case .terminate(let terminate)?:
            return .terminate(.init(members: .wholeFamily, coverageEndDate: DemoFixtures.date(terminate.coverageEndDate),
                                    reason: terminate.reason == .voluntary ? .voluntary : .employmentEnded))
        case .continueCobra(let cobra)?:
            return .continueCOBRA(.init(members: .wholeFamily, event: .employmentEnded, eventDate: DemoFixtures.date(cobra.eventDate)))
        default:
            return nil
        }
    }

    /// Populations to check: the default one, and smaller ones for other seeds and billing months
    /// (April leaves no room for terminations, so those families only enroll).
    static let populations: [DemoPopulation] = [
        DemoFixtures.standard,
        try! DemoPopulation.generate(seed: 7, groups: 10, families: 600, month: YearMonth(year: 2026, month: 4)!),
        try! DemoPopulation.generate(seed: 99, groups: 7, families: 500, month: YearMonth(year: 2027, month: 9)!),
    ]

    @Test("E1-E12, M2: every request gets the outcome its scenario promises", arguments: 0..<3)
    func outcomes(index: Int) {
        let population = Self.populations[index]
        let terms = Dictionary(uniqueKeysWithValues: population.groupContracts.map { ($0.groupNumber, Self.terms($0)) })
        var families: [String: FamilyMembership] = [:]
        var candidates: [String: [PersonCandidate]] = [:]
        var identifiers = CountingIdentifierSource()
        var mismatches: [String] = []
        var counts: [DemoOutcome: Int] = [:]
        let billingStart = population.billingMonth.firstDay
        var coveredInBillingMonth = 0
        for (request, scenario) in zip(population.requests, population.scenarios) {
            guard let action = Self.action(request) else {
                Issue.record("unmapped action for \(scenario)")
                continue
            }
            let key = DemoPopulation.key(of: request)
            let group = GroupNumber(request.groupNumber)
            let family = families[key] ?? FamilyMembership(key: FamilyKey(groupNumber: group, subscriberRef: request.subscriberRef))
            let domainRequest = EnrollmentRequest(requestID: request.eventID, receivedAt: request.occurredAt.seconds,
                                                  groupNumber: group, subscriberRef: request.subscriberRef, action: action)
            let context = EnrollmentContext(terms: terms[request.groupNumber], family: family, candidates: candidates[key] ?? [],
                                            referenceData: DemoFixtures.reference, hasher: Hasher())
            let decision = EnrollmentDecider.decide(domainRequest, context: context, identifiers: &identifiers)
            let outcome: DemoOutcome
            switch decision {
            case .accepted(let acceptance):
                outcome = .accepted
                families[key] = family.applying(acceptance.changes)
                for change in acceptance.changes {
                    if case .createPerson(let person, let identity) = change {
                        candidates[key, default: []].append(
                            PersonCandidate(personID: person, key: IdentityKey(identity: identity, groupNumber: group, hasher: Hasher())))
                    }
                }
            case .rejected: outcome = .rejected
            case .pendingReview: outcome = .pendingReview
            }
            counts[outcome, default: 0] += 1
            if outcome != scenario.expectedOutcome {
                mismatches.append("\(scenario.rawValue): \(outcome.rawValue) \(decision.rejectionReasons)")
            }
        }
        for family in families.values {
            coveredInBillingMonth += family.members.count { $0.coverage.start <= billingStart && $0.coverage.isInForce(onOrAfter: billingStart) }
        }
        #expect(mismatches == [])
        #expect(counts == population.expectedOutcomeCounts.filter { $0.value > 0 })
        // Most people are covered on the first day of the billing month, so the bill is full.
        #expect(coveredInBillingMonth * 10 > population.personCount * 8)
    }
}
