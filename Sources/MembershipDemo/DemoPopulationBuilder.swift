import MembershipDomain
import MembershipEvents
import SwiftProtobuf

/// Builds a ``DemoPopulation`` from one random sequence. Internal: callers use
/// ``DemoPopulation/generate(seed:groups:families:month:)``.
struct DemoPopulationBuilder {
    /// The `source` of every generated message.
    static let source = "membership-demo"

    /// One person of a family before it becomes a request.
    struct Person {
        var identity: Membership_Enrollment_V1_PersonIdentity
        var relationship: Membership_Enrollment_V1_Relationship
        var disabled = false
    }

    /// The employer group a family belongs to.
    struct Group {
        var contract: Membership_Groups_V1_GroupContract
        let county: DemoCounty
        var eligibleFamilies = 0
        var fullTimeFamilies = 0
        var ineligibleFamilies = 0
        var nextSubscriberRef: Int
    }

    /// A request waiting to be sorted into publishing order.
    struct Pending {
        let request: Membership_Enrollment_V1_EnrollmentRequest
        let scenario: DemoScenario
        let sequence: Int
    }

    /// What happens to a family besides enrolling.
    enum Story {
        case plain, ineligible, ambiguous, overAge, newborn, lateTermination, cobra
    }

    var random: DemoRandom
    let seed: UInt64
    let billingMonth: YearMonth
    /// First day of the billing month: every request occurs before it.
    let billingStart: CalendarDate
    /// Every contract's effective date: 1 January of the billing year.
    let contractStart: CalendarDate
    var usedSSNs: Set<String> = []
    var usedIdentities: Set<String> = []
    var pending: [Pending] = []
    var personCount = 0

    init(seed: UInt64, billingMonth: YearMonth) {
        random = DemoRandom(seed: seed)
        self.seed = seed
        self.billingMonth = billingMonth
        billingStart = billingMonth.firstDay
        contractStart = CalendarDate(year: billingMonth.year, month: 1, day: 1)!
    }

    mutating func build(groups groupCount: Int, families familyCount: Int) -> DemoPopulation {
        var groups = makeGroups(groupCount)
        var familySizes: [Int] = []
        for index in 0..<familyCount {
            let groupIndex = index % groupCount
            familySizes.append(makeFamily(in: &groups[groupIndex]))
        }
        let contracts = groups.map(Self.withEmployeeCounts)
        let ordered = pending.sorted {
            ($0.request.occurredAt.seconds, $0.sequence) < ($1.request.occurredAt.seconds, $1.sequence)
        }
        return DemoPopulation(seed: seed, billingMonth: billingMonth, groupContracts: contracts,
                              requests: ordered.map(\.request), scenarios: ordered.map(\.scenario),
                              familyCount: familyCount, personCount: personCount, familySizes: familySizes)
    }

    // MARK: - Groups

    mutating func makeGroups(_ count: Int) -> [Group] {
        var groups: [Group] = []
        var number = random.int(in: 100_000...400_000)
        for index in 0..<count {
            number += random.int(in: 1...997)
            let county = DemoGeography.counties[index % DemoGeography.counties.count]
            var contract = Membership_Groups_V1_GroupContract()
            contract.eventID = random.uuid()
            contract.occurredAt = timestamp(contractStart.adding(days: -random.int(in: 20...45)))
            contract.source = Self.source
            contract.kind = .setup
            contract.groupNumber = "G-\(number)"
            contract.groupName = [random.pick(DemoNames.employerWords), random.pick(DemoNames.employerTrades),
                                  random.pick(DemoNames.employerForms)].joined(separator: " ")
            var business = address(in: county)
            business.line2 = random.chance(percent: 50) ? "Suite \(random.int(in: 1...9))\(random.int(in: 0...9))0" : ""
            contract.businessAddress = business
            contract.contractEffectiveDate = proto(contractStart)
            contract.plansOffered = planOfferings()
            // Rule G4: a PPO needs sole-carrier status; others are sole carrier at random.
            contract.soleCarrier = contract.plansOffered.contains { $0.planType == .ppo } || random.chance(percent: 40)
            // Rule G3: at least 50% of the employee-only premium, in 5-point steps.
            contract.subscriberContribution.percentBasisPoints = Int32(random.int(in: 10...20) * 500)
            if random.chance(percent: 60) {
                contract.dependentContribution.percentBasisPoints = Int32(random.int(in: 0...10) * 500)
            }
            // Rule E5: at most 90 days; the demo uses none or 30.
            contract.waitingPeriodDays = random.chance(percent: 60) ? 0 : 30
            contract.payFrequency = random.pick([.weekly, .biweekly, .semimonthly, .monthly])
            contract.payPeriodAnchorDate = proto(contractStart)
            // Rule G5: riders any small group may take (infertility is left out).
            if random.chance(percent: 25) { contract.riders.append(.familyDental) }
            if random.chance(percent: 15) { contract.riders.append(.chiropracticAcupuncture) }
            if random.chance(percent: 60) {
                var broker = Membership_Groups_V1_BrokerOfRecord()
                broker.brokerID = "BRK-\(random.int(in: 10_000...99_999))"
                broker.brokerName = random.pick(DemoNames.employerWords) + " Benefits Group"
                broker.commissionRateBasisPoints = Int32(random.int(in: 6...12) * 50)
                contract.broker = broker
            }
            contract.paperlessBilling = random.chance(percent: 50)
            groups.append(Group(contract: contract, county: county, nextSubscriberRef: random.int(in: 10_000...60_000)))
        }
        return groups
    }

    /// Two to four plans: at least two HMOs, and a PPO for about a third of the groups (rule G4: at most one).
    mutating func planOfferings() -> [Membership_Groups_V1_PlanOffering] {
        let hmos = DemoGeography.plans.filter { !$0.ppo }
        var chosen = hmos.filter { _ in random.chance(percent: 60) }
        while chosen.count < 2 {
            let extra = random.pick(hmos)
            if !chosen.contains(where: { $0.id == extra.id }) { chosen.append(extra) }
        }
        chosen.sort { $0.metal > $1.metal }
        if random.chance(percent: 30), let ppo = DemoGeography.plans.first(where: \.ppo) { chosen.append(ppo) }
        return chosen.map { plan in
            var offering = Membership_Groups_V1_PlanOffering()
            offering.planID = plan.id
            offering.planName = plan.name
            offering.planType = plan.ppo ? .ppo : .hmo
            offering.metalLevel = Membership_Groups_V1_MetalLevel(rawValue: plan.metal) ?? .unspecified
            offering.offeredToAllEligibleEmployees = true
            return offering
        }
    }

    /// Rule G2: the counts the employer attests, from the families generated for the group (a small
    /// group has at most 100 full-time-equivalent employees, so the counts are capped there).
    static func withEmployeeCounts(_ group: Group) -> Membership_Groups_V1_GroupContract {
        var contract = group.contract
        let enrolling = min(100, max(1, group.eligibleFamilies))
        // About one eligible employee in ten waives coverage.
        let eligible = min(100, enrolling + enrolling / 10)
        var counts = Membership_Groups_V1_EmployeeCounts()
        counts.fullTimeEmployees = Int32(min(100, group.fullTimeFamilies))
        counts.fullTimeEquivalentEmployees = Int32(min(100, eligible + group.ineligibleFamilies / 2))
        counts.eligibleEmployees = Int32(eligible)
        counts.nonOwnerW2Employees = Int32(max(1, eligible - 2))
        counts.employeesOfferedCoverage = Int32(eligible)
        counts.expectedEnrollingEmployees = Int32(enrolling)
        counts.outOfStateEmployees = 0
        contract.employeeCounts = counts
        return contract
    }

    // MARK: - Families

    /// Generates one family's requests and returns the number of people in it.
    mutating func makeFamily(in group: inout Group) -> Int {
        group.nextSubscriberRef += random.int(in: 1...9)
        let subscriberRef = "E-\(group.nextSubscriberRef)"
        let groupNumber = group.contract.groupNumber
        let latestHire = billingStart.adding(days: -62)
        var story = chooseStory()
        // Each later event needs time between coverage start and the billing month; without it
        // (an early billing month) the family only enrolls.
        var latestHireForStory = latestHire
        switch story {
        case .newborn: latestHireForStory = billingStart.adding(days: -100)
        case .lateTermination: latestHireForStory = billingStart.adding(days: -(25 + 90 + 62))
        case .cobra: latestHireForStory = billingStart.adding(days: -(40 + 31 + 62))
        case .plain, .ineligible, .ambiguous, .overAge: break
        }
        if latestHireForStory < contractStart { story = .plain; latestHireForStory = latestHire }
        let hire = contractStart.adding(days: random.int(in: 0...contractStart.days(until: latestHireForStory)))

        // Family size 1-9: mostly small, a few households large enough for 2 or 3 envelopes (rule C2).
        var size = 1 + random.weightedIndex([240, 220, 180, 180, 90, 40, 20, 15, 15])
        if story == .ambiguous { size = max(size, 2) }
        let home = address(in: random.chance(percent: 90) ? group.county : random.pick(DemoGeography.counties))
        let enrolledOn = hire.adding(days: random.int(in: 0...20))
        var clock = timestamp(enrolledOn)

        // The subscriber: old enough to have the children the family lists.
        // The ambiguous story needs a child to resubmit.
        let withPartner = size >= 2 && random.chance(percent: 80) && !(story == .ambiguous && size == 2)
        let childCount = size - 1 - (withPartner ? 1 : 0)
        let hasPartner = withPartner
        var subscriberAge = random.int(in: 0...99) < 3 ? random.int(in: 19...21)
            : random.int(in: 0...99) < 6 ? random.int(in: 65...70) : random.int(in: 22...64)
        if childCount > 0 { subscriberAge = max(subscriberAge, 26 + min(childCount, 6)) }
        let subscriberGender = gender()
        let familyName = random.pick(DemoNames.last)
        var subscriber = person(lastName: familyName, gender: subscriberGender, age: subscriberAge, on: enrolledOn,
                                relationship: .subscriber, withSSN: true)
        subscriber.identity.upstreamMemberID = subscriberRef

        var employment = Membership_Enrollment_V1_Employment()
        employment.hireDate = proto(hire)
        employment.memberType = .employee
        if story == .ineligible {
            // Rules E1, E2: classes never eligible, or a part-timer one hour under the threshold.
            switch random.int(in: 0...3) {
            case 0: employment.employmentClass = .contractor1099; employment.averageWeeklyHoursHundredths = 4000
            case 1: employment.employmentClass = .paidIntern; employment.averageWeeklyHoursHundredths = 3200
            case 2: employment.employmentClass = .seasonal; employment.averageWeeklyHoursHundredths = 4000
            default: employment.employmentClass = .partTime; employment.averageWeeklyHoursHundredths = 2900
            }
            group.ineligibleFamilies += 1
        } else if random.chance(percent: 82) {
            employment.employmentClass = .fullTime
            employment.averageWeeklyHoursHundredths = Int32(random.pick([4000, 4000, 4000, 3750, 4500]))
            group.eligibleFamilies += 1
            group.fullTimeFamilies += 1
        } else {
            employment.employmentClass = .partTime
            employment.averageWeeklyHoursHundredths = Int32(random.int(in: 3000...3600) / 25 * 25)
            group.eligibleFamilies += 1
        }
        let planIDs = group.contract.plansOffered.map(\.planID)
        var add = Membership_Enrollment_V1_AddSubscriber()
        add.subscriber = enrollee(subscriber, home: home, employment: employment)
        add.plan.planID = random.pick(planIDs)
        let subscriberScenario: DemoScenario = story == .ineligible ? .ineligibleEmployee : .newHireSubscriber
        emit(.addSubscriber(add), groupNumber, subscriberRef, at: clock, subscriberScenario)
        var people = 1
        let dependentScenario: DemoScenario = story == .ineligible ? .dependentOfIneligible : .dependent

        if hasPartner {
            let partnerGender: Membership_Enrollment_V1_Gender = subscriberGender == .female
                ? (random.chance(percent: 85) ? .male : .female) : (random.chance(percent: 85) ? .female : .male)
            let partnerAge = min(70, max(18, subscriberAge + random.int(in: -6...6)))
            let lastName = random.chance(percent: 70) ? familyName : random.pick(DemoNames.last)
            let relationship: Membership_Enrollment_V1_Relationship = random.chance(percent: 88) ? .spouse : .domesticPartner
            let partner = person(lastName: lastName, gender: partnerGender, age: partnerAge, on: enrolledOn,
                                 relationship: relationship, withSSN: true)
            clock = later(clock)
            emit(.addDependent(dependent(partner, home: home)), groupNumber, subscriberRef, at: clock, dependentScenario)
            people += 1
        }
        var children: [Person] = []
        for index in 0..<childCount {
            // Rule E6: under 26 when coverage starts; the demo keeps ordinary children at 24 or younger.
            let oldest = min(24, subscriberAge - 18)
            let age = random.int(in: 0...max(0, oldest - index))
            let relationship: Membership_Enrollment_V1_Relationship = switch random.int(in: 0...99) {
            case 0..<90: .child
            case 90..<96: .stepchild
            default: .adoptedChild
            }
            var child = person(lastName: familyName, gender: gender(), age: age, on: enrolledOn,
                               relationship: relationship, withSSN: true)
            child.disabled = random.chance(percent: 1)
            let isOverAge = story == .overAge && index == childCount - 1
            if isOverAge {
                child = person(lastName: familyName, gender: gender(), age: 27, on: enrolledOn, relationship: .child, withSSN: true)
            }
            clock = later(clock)
            emit(.addDependent(dependent(child, home: home)), groupNumber, subscriberRef, at: clock,
                 isOverAge ? .overAgeDependent : dependentScenario)
            if !isOverAge { children.append(child) }
            people += 1
        }
        if story == .overAge && childCount == 0 && size < 9 {
            // No child slot: the family lists one more person, the 27-year-old.
            let child = person(lastName: familyName, gender: gender(), age: 27, on: enrolledOn, relationship: .child, withSSN: true)
            clock = later(clock)
            emit(.addDependent(dependent(child, home: home)), groupNumber, subscriberRef, at: clock, .overAgeDependent)
            people += 1
        }

        switch story {
        case .plain, .ineligible, .overAge:
            break
        case .ambiguous:
            // Rule M2: the same child again with another SSN (a keying error upstream), a few days
            // later but still within the new-hire window; same name and birth date make it plausible
            // but not certain, so it goes to review. A partner is used when there is no child.
            let original = children.first
            if var duplicate = original {
                duplicate.identity.ssn = freshSSN()
                let reported = timestamp(enrolledOn.adding(days: random.int(in: 3...8)))
                emit(.addDependent(dependent(duplicate, home: home)), groupNumber, subscriberRef,
                     at: reported, .ambiguousIdentity)
            }
        case .newborn:
            // Rules E4, E5: born after enrollment, reported with a birth event within 30 days.
            let earliest = enrolledOn.adding(days: 40)
            let latest = billingStart.adding(days: -26)
            let born = earliest.adding(days: random.int(in: 0...max(0, earliest.days(until: latest))))
            // A newborn has no SSN yet.
            let baby = person(lastName: familyName, gender: gender(), age: 0, on: born, relationship: .child,
                              withSSN: false, bornOn: born)
            var action = dependent(baby, home: home)
            action.qualifyingLifeEvent.type = .birth
            action.qualifyingLifeEvent.eventDate = proto(born)
            emit(.addDependent(action), groupNumber, subscriberRef,
                 at: timestamp(born.adding(days: random.int(in: 1...25))), .newborn)
            people += 1
        case .lateTermination:
            // Rules E7, E10: reported 61-90 days after the last day of coverage; still applied.
            let reported = billingStart.adding(days: -random.int(in: 10...25))
            var terminate = Membership_Enrollment_V1_Terminate()
            terminate.members.wholeFamily = true
            terminate.coverageEndDate = proto(reported.adding(days: -random.int(in: 61...90)))
            terminate.reason = random.chance(percent: 70) ? .employmentEnded : .voluntary
            emit(.terminate(terminate), groupNumber, subscriberRef, at: timestamp(reported), .lateTermination)
        case .cobra:
            // Rule E11: employment ended at a month's end; the family continues under COBRA.
            let reported = billingStart.adding(days: -random.int(in: 25...40))
            let lastDay = reported.firstOfMonth.adding(days: -1)
            var terminate = Membership_Enrollment_V1_Terminate()
            terminate.members.wholeFamily = true
            terminate.coverageEndDate = proto(lastDay)
            terminate.reason = .employmentEnded
            emit(.terminate(terminate), groupNumber, subscriberRef, at: timestamp(reported), .terminationBeforeCOBRA)
            var cobra = Membership_Enrollment_V1_ContinueCobra()
            cobra.members.wholeFamily = true
            cobra.qualifyingEvent = .employmentEnded
            cobra.eventDate = proto(lastDay)
            emit(.continueCobra(cobra), groupNumber, subscriberRef,
                 at: timestamp(reported.adding(days: random.int(in: 2...9))), .cobraContinuation)
        }
        personCount += people
        return people
    }

    /// About 1 family in 12 has a story besides enrolling.
    mutating func chooseStory() -> Story {
        switch random.int(in: 0...999) {
        case 0..<30: .ineligible
        case 30..<38: .ambiguous
        case 38..<45: .overAge
        case 45..<65: .newborn
        case 65..<80: .lateTermination
        case 80..<100: .cobra
        default: .plain
        }
    }

    // MARK: - People

    mutating func gender() -> Membership_Enrollment_V1_Gender {
        switch random.int(in: 0...99) {
        case 0..<48: .female
        case 48..<96: .male
        case 96..<98: .nonBinary
        default: .undisclosed
        }
    }

    /// A person who is exactly `age` on `date`, with a name and birth date no other person of the
    /// population shares (so that the only identity reviews are the deliberate ones, rule M2).
    mutating func person(lastName: String, gender: Membership_Enrollment_V1_Gender, age: Int, on date: CalendarDate,
                         relationship: Membership_Enrollment_V1_Relationship, withSSN: Bool,
                         bornOn exactBirth: CalendarDate? = nil) -> Person {
        var identity = Membership_Enrollment_V1_PersonIdentity()
        identity.gender = gender
        // Born after `date` minus (age + 1) years and on or before `date` minus age years.
        let latest = date.adding(months: -12 * age)
        let earliest = date.adding(months: -12 * (age + 1)).adding(days: 1)
        while true {
            let names: [String] = switch gender {
            case .female: DemoNames.female
            case .male: DemoNames.male
            default: DemoNames.neutral + DemoNames.female + DemoNames.male
            }
            var name = Membership_Common_V1_PersonName()
            name.firstName = random.pick(names)
            name.lastName = lastName
            if random.chance(percent: 30) { name.middleName = random.pick(DemoNames.middle) }
            if relationship == .subscriber, gender == .male, random.chance(percent: 3) { name.suffix = random.pick(DemoNames.suffixes) }
            let born = exactBirth ?? earliest.adding(days: random.int(in: 0...max(0, earliest.days(until: latest))))
            let key = name.firstName.lowercased() + "|" + name.lastName.lowercased()
            let swapped = CalendarDate(year: born.year, month: born.day, day: born.month)
            let keys = [key + "|" + text(born)] + (swapped.map { [key + "|" + text($0)] } ?? [])
            guard keys.allSatisfy({ !usedIdentities.contains($0) }) else { continue }
            usedIdentities.formUnion(keys)
            identity.name = name
            identity.dateOfBirth = proto(born)
            break
        }
        if withSSN { identity.ssn = freshSSN() }
        return Person(identity: identity, relationship: relationship)
    }

    /// A synthetic SSN in area 8xx that the enrollment worker's field validation accepts (rule E12 rejects
    /// the never-issued area 9xx, group 00 and serial 0000, so those become 8xx, 01 and 0001 without
    /// drawing again, which keeps a seed's population as it was). Unique in the population, and never one
    /// adjacent-digit swap away from another (which rule M2 would treat as a plausible match).
    mutating func freshSSN() -> String {
        while true {
            var drawn = "8"
            for _ in 0..<8 { drawn += String(random.int(in: 0...9)) }
            var characters = Array(drawn)
            if characters[3] == "0", characters[4] == "0" { characters[4] = "1" }
            if characters[5...].allSatisfy({ $0 == "0" }) { characters[8] = "1" }
            let digits = String(characters)
            var neighbours: [String] = []
            for index in 0..<(characters.count - 1) where characters[index] != characters[index + 1] {
                var swapped = characters
                swapped.swapAt(index, index + 1)
                neighbours.append(String(swapped))
            }
            if usedSSNs.contains(digits) || neighbours.contains(where: usedSSNs.contains) { continue }
            usedSSNs.insert(digits)
            return digits
        }
    }

    mutating func address(in county: DemoCounty) -> Membership_Common_V1_PostalAddress {
        let place = random.pick(county.places)
        var address = Membership_Common_V1_PostalAddress()
        address.line1 = "\(random.int(in: 10...9_899)) \(random.pick(DemoNames.streets))"
        if random.chance(percent: 25) { address.line2 = "Apt \(random.int(in: 1...40))\(random.pick(["", "A", "B"]))" }
        address.city = place.city
        address.state = "CA"
        address.zipCode = place.zip
        address.county = county.name
        address.countryCode = "US"
        return address
    }

    func enrollee(_ person: Person, home: Membership_Common_V1_PostalAddress,
                  employment: Membership_Enrollment_V1_Employment? = nil) -> Membership_Enrollment_V1_Enrollee {
        var enrollee = Membership_Enrollment_V1_Enrollee()
        enrollee.identity = person.identity
        enrollee.homeAddress = home
        if let employment { enrollee.employment = employment }
        enrollee.disabled = person.disabled
        return enrollee
    }

    func dependent(_ person: Person, home: Membership_Common_V1_PostalAddress) -> Membership_Enrollment_V1_AddDependent {
        var action = Membership_Enrollment_V1_AddDependent()
        action.dependent = enrollee(person, home: home)
        action.relationship = person.relationship
        return action
    }

    // MARK: - Messages

    mutating func emit(_ action: Membership_Enrollment_V1_EnrollmentRequest.OneOf_Action, _ groupNumber: String,
                       _ subscriberRef: String, at time: Google_Protobuf_Timestamp, _ scenario: DemoScenario) {
        var request = Membership_Enrollment_V1_EnrollmentRequest()
        request.eventID = random.uuid()
        request.occurredAt = time
        request.source = Self.source
        request.groupNumber = groupNumber
        request.subscriberRef = subscriberRef
        request.action = action
        pending.append(Pending(request: request, scenario: scenario, sequence: pending.count))
    }

    /// A working-hours instant on `date` in California: 16:00-23:00 UTC is the same calendar day in
    /// America/Los_Angeles in summer and winter (rule X1 decides on that day).
    mutating func timestamp(_ date: CalendarDate) -> Google_Protobuf_Timestamp {
        let seconds = Int64(date.daysSinceEpoch) * 86_400 + 16 * 3_600 + Int64(random.int(in: 0...(7 * 3_600)))
        return Google_Protobuf_Timestamp(seconds: seconds, nanos: 0)
    }

    /// A moment shortly after `time` (the next record of the same submission), at most 10 minutes.
    mutating func later(_ time: Google_Protobuf_Timestamp) -> Google_Protobuf_Timestamp {
        Google_Protobuf_Timestamp(seconds: time.seconds + Int64(random.int(in: 1...10)), nanos: 0)
    }

    func proto(_ date: CalendarDate) -> Membership_Common_V1_CalendarDate {
        Membership_Common_V1_CalendarDate(year: Int32(date.year), month: Int32(date.month), day: Int32(date.day))
    }

    func text(_ date: CalendarDate) -> String { "\(date.year)-\(date.month)-\(date.day)" }
}
