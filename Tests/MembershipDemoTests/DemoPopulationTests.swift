import MembershipDemo
import MembershipDomain
import MembershipEvents
import SwiftProtobuf
import Testing

@Suite("DemoPopulation")
struct DemoPopulationTests {
    static func bytes(_ population: DemoPopulation) throws -> [[UInt8]] {
        try population.groupContracts.map { try $0.serializedBytes() as [UInt8] }
            + population.requests.map { try $0.serializedBytes() as [UInt8] }
    }

    @Test("the same seed gives byte-identical messages")
    func sameSeed() throws {
        let first = try Self.bytes(DemoFixtures.small(seed: 2026))
        let second = try Self.bytes(DemoFixtures.small(seed: 2026))
        #expect(first.count > 120)
        #expect(first == second)
    }

    @Test("another seed gives another population")
    func otherSeed() throws {
        let first = DemoFixtures.small(seed: 2026)
        let second = DemoFixtures.small(seed: 2027)
        #expect(try Self.bytes(first) != Self.bytes(second))
        #expect(first.requests.map(\.eventID) != second.requests.map(\.eventID))
    }

    @Test("default size: 20 groups, 2,000 families, about 6,000 people")
    func size() {
        let population = DemoFixtures.standard
        #expect(population.groupContracts.count == 20)
        #expect(population.familyCount == 2_000)
        #expect(population.familySizes.count == 2_000)
        #expect((5_400...6_600).contains(population.personCount))
        #expect(population.familySizes.reduce(0, +) == population.personCount)
        #expect(population.scenarios.count == population.requests.count)
    }

    @Test("C2: family sizes cover 1 to 9, and some households need 2 or 3 envelopes")
    func familySizes() {
        let sizes = DemoFixtures.standard.familySizes
        #expect(Set(sizes) == Set(1...9))
        #expect(sizes.filter { $0 >= 5 }.count >= 100)
        #expect(sizes.contains { $0 >= 9 })
    }

    @Test("ages are 0 to 70 on the day of the request")
    func ages() {
        var ages: [Int] = []
        for request in DemoFixtures.standard.requests {
            guard let enrollee = DemoFixtures.enrollee(request) else { continue }
            ages.append(DemoFixtures.date(enrollee.identity.dateOfBirth).age(on: DemoFixtures.day(request.occurredAt)))
        }
        #expect(ages.count > 5_000)
        #expect(ages.min() == 0)
        #expect(ages.max() == 70)
    }

    @Test("every request decodes and has an event id, occurred_at, source, group and family key")
    func envelopeFields() throws {
        let population = DemoFixtures.standard
        let groups = Set(population.groupContracts.map(\.groupNumber))
        var ids: Set<String> = []
        let billingStart = population.billingMonth.firstDay
        for request in population.requests {
            let decoded = try Membership_Enrollment_V1_EnrollmentRequest(serializedBytes: try request.serializedBytes() as [UInt8])
            #expect(decoded == request)
            #expect(decoded.eventID.count == 36)
            ids.insert(decoded.eventID)
            #expect(decoded.hasOccurredAt)
            #expect(DemoFixtures.day(decoded.occurredAt) < billingStart)
            #expect(decoded.source == "membership-demo")
            #expect(groups.contains(decoded.groupNumber))
            #expect(decoded.subscriberRef.hasPrefix("E-"))
            #expect(decoded.action != nil)
            #expect(DemoPopulation.key(of: decoded) == decoded.groupNumber + "/" + decoded.subscriberRef)
        }
        #expect(ids.count == population.requests.count)
    }

    @Test("requests are in time order and every family starts with its subscriber")
    func ordering() {
        let requests = DemoFixtures.standard.requests
        #expect(zip(requests, requests.dropFirst()).allSatisfy { $0.occurredAt.seconds <= $1.occurredAt.seconds })
        var seen: Set<String> = []
        for request in requests where seen.insert(DemoPopulation.key(of: request)).inserted {
            guard case .addSubscriber? = request.action else {
                Issue.record("family \(DemoPopulation.key(of: request)) does not start with its subscriber")
                return
            }
        }
        #expect(seen.count == 2_000)
    }

    @Test("every story of the demo is present", arguments: DemoScenario.allCases)
    func scenarioPresent(scenario: DemoScenario) {
        #expect(DemoFixtures.standard.scenarios.contains(scenario))
    }

    @Test("E1, E2: ineligible employees are contractors, interns, seasonal staff or part-timers under 30 hours")
    func ineligible() {
        let population = DemoFixtures.standard
        let employments = zip(population.requests, population.scenarios).compactMap { request, scenario in
            scenario == .ineligibleEmployee ? DemoFixtures.enrollee(request)?.employment : nil
        }
        #expect(employments.count >= 20)
        for employment in employments {
            let neverEligible: Set<Membership_Enrollment_V1_EmploymentClass> = [.contractor1099, .paidIntern, .seasonal]
            #expect(neverEligible.contains(employment.employmentClass)
                || (employment.employmentClass == .partTime && employment.averageWeeklyHoursHundredths < 3000))
        }
        let eligible = zip(population.requests, population.scenarios).compactMap { request, scenario in
            scenario == .newHireSubscriber ? DemoFixtures.enrollee(request)?.employment : nil
        }
        #expect(eligible.allSatisfy { [.fullTime, .partTime].contains($0.employmentClass) && $0.averageWeeklyHoursHundredths >= 3000 })
    }

    @Test("M2: an ambiguous request repeats an earlier family member's name and birth date with another SSN")
    func ambiguous() {
        let population = DemoFixtures.standard
        var earlier: [String: [Membership_Enrollment_V1_PersonIdentity]] = [:]
        var found = 0
        for (request, scenario) in zip(population.requests, population.scenarios) {
            guard let identity = DemoFixtures.enrollee(request)?.identity else { continue }
            let key = DemoPopulation.key(of: request)
            if scenario == .ambiguousIdentity {
                let match = earlier[key, default: []].first { $0.name == identity.name && $0.dateOfBirth == identity.dateOfBirth }
                #expect(match != nil)
                #expect(match?.ssn != identity.ssn)
                #expect(!identity.ssn.isEmpty)
                found += 1
            }
            earlier[key, default: []].append(identity)
        }
        #expect(found >= 5)
    }

    @Test("M2: apart from the ambiguous requests, no two people share a name and birth date")
    func identitiesDistinct() {
        let population = DemoFixtures.standard
        var seen: Set<String> = []
        for (request, scenario) in zip(population.requests, population.scenarios) where scenario != .ambiguousIdentity {
            guard let identity = DemoFixtures.enrollee(request)?.identity else { continue }
            let key = "\(identity.name.firstName)|\(identity.name.lastName)|\(identity.dateOfBirth.year)-\(identity.dateOfBirth.month)-\(identity.dateOfBirth.day)"
            #expect(seen.insert(key).inserted)
        }
    }

    @Test("E6: the over-age dependent is a 27-year-old child who is not disabled")
    func overAge() {
        let population = DemoFixtures.standard
        let found = zip(population.requests, population.scenarios).filter { $0.1 == .overAgeDependent }.map(\.0)
        #expect(!found.isEmpty)
        for request in found {
            guard case .addDependent(let add)? = request.action else { Issue.record("not an add-dependent"); continue }
            #expect(add.relationship == .child)
            #expect(!add.dependent.disabled)
            #expect(DemoFixtures.date(add.dependent.identity.dateOfBirth).age(on: DemoFixtures.day(request.occurredAt)) == 27)
        }
    }

    @Test("E4, E5: a newborn is reported with a birth event within 30 days, born on that day, without SSN")
    func newborn() {
        let population = DemoFixtures.standard
        let found = zip(population.requests, population.scenarios).filter { $0.1 == .newborn }.map(\.0)
        #expect(!found.isEmpty)
        for request in found {
            guard case .addDependent(let add)? = request.action else { Issue.record("not an add-dependent"); continue }
            #expect(add.qualifyingLifeEvent.type == .birth)
            #expect(add.qualifyingLifeEvent.eventDate == add.dependent.identity.dateOfBirth)
            let days = DemoFixtures.date(add.qualifyingLifeEvent.eventDate).days(until: DemoFixtures.day(request.occurredAt))
            #expect((1...30).contains(days))
            #expect(add.dependent.identity.ssn.isEmpty)
        }
    }

    @Test("E7, E10: a late termination ends coverage 61 to 90 days before it is reported")
    func lateTermination() {
        let population = DemoFixtures.standard
        let found = zip(population.requests, population.scenarios).filter { $0.1 == .lateTermination }.map(\.0)
        #expect(!found.isEmpty)
        for request in found {
            guard case .terminate(let terminate)? = request.action else { Issue.record("not a termination"); continue }
            #expect(terminate.members.wholeFamily)
            let days = DemoFixtures.date(terminate.coverageEndDate).days(until: DemoFixtures.day(request.occurredAt))
            #expect((61...90).contains(days))
        }
    }

    @Test("E11: a COBRA continuation follows the family's termination, from the day after coverage ended")
    func cobra() {
        let population = DemoFixtures.standard
        var endDates: [String: Membership_Common_V1_CalendarDate] = [:]
        var continuations = 0
        for (request, scenario) in zip(population.requests, population.scenarios) {
            if scenario == .terminationBeforeCOBRA, case .terminate(let terminate)? = request.action {
                endDates[DemoPopulation.key(of: request)] = terminate.coverageEndDate
            }
            if scenario == .cobraContinuation {
                guard case .continueCobra(let cobra)? = request.action else { Issue.record("not COBRA"); continue }
                #expect(endDates[DemoPopulation.key(of: request)] == cobra.eventDate)
                #expect(cobra.qualifyingEvent == .employmentEnded)
                continuations += 1
            }
        }
        #expect(continuations >= 10)
        #expect(continuations == endDates.count)
    }

    @Test("expected outcomes add up to the requests")
    func expectedOutcomes() {
        let population = DemoFixtures.standard
        let counts = population.expectedOutcomeCounts
        #expect(counts.values.reduce(0, +) == population.requests.count)
        #expect(counts[.pendingReview] == population.scenarios.filter { $0 == .ambiguousIdentity }.count)
        #expect((counts[.rejected] ?? 0) > 0)
    }

    @Test("a billing month before April is refused with a hint")
    func tooEarly() {
        #expect(throws: DemoPopulationError.billingMonthTooEarly(year: 2026, month: 3)) {
            try DemoPopulation.generate(seed: 1, month: YearMonth(year: 2026, month: 3)!)
        }
        #expect(throws: DemoPopulationError.invalidSize(groups: 0, families: 10)) {
            try DemoPopulation.generate(seed: 1, groups: 0, families: 10)
        }
    }
}
