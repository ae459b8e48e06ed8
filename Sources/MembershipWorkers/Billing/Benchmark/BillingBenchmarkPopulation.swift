import MembershipDomain
import MembershipEvents
import MembershipStore

/// The billing benchmark's generated groups and families, written the way the enrollment worker writes
/// them: a group row whose settings hold the accepted setup `GroupContract`, a contract row, and per family
/// persons, one household and one coverage per member (`M-<n>/<first day>`, rule B7's member id).
///
/// Deterministic for a seed. Families are a subscriber, sometimes a spouse or domestic partner, and
/// children (a few families with four or more, so rule B5 applies); adults are 22-64, children 0-25; about
/// one family in 30 is on COBRA (rule E11). Every member is covered from the contract's first day or the first
/// of a later month on or before the billed month, so each is charged in the billed month.
struct BillingBenchmarkPopulation: Sendable {
    /// One generated family: its household and members' persons and coverages.
    struct Family: Sendable {
        let household: HouseholdRecord
        let persons: [PersonRecord]
        let coverages: [CoverageRecord]
    }

    /// A group's business location, from the reference data's served ZIPs.
    struct Location: Sendable {
        let zip: String
        let county: String
        let state: String
        let ratingArea: RatingArea
    }

    let month: YearMonth
    let contractEffective: CalendarDate
    let groupCount: Int
    let locations: [Location]
    let plans: [PlanID]

    /// Chooses locations and plans that the reference data can rate in the billed month's plan year.
    init(reference: ReferenceData, month: YearMonth, groups: Int) throws(BillingBenchmark.Failure) {
        self.month = month
        self.groupCount = groups
        // The contract starts on January 1 of the billed month's year: the plan year is that year (rule G1).
        contractEffective = CalendarDate(year: month.year, month: 1, day: 1)!
        let planYear = month.year
        plans = reference.plans.keys.sorted { $0.rawValue < $1.rawValue }
        var locations: [Location] = []
        for zip in reference.serviceArea.values.sorted(by: { $0.zip < $1.zip }) where zip.status == .served {
            guard let area = reference.ratingArea(state: zip.state, county: zip.county, zip: zip.zip) else { continue }
            guard plans.allSatisfy({ reference.rates.rate(plan: $0, planYear: planYear, ratingArea: area) != nil }) else { continue }
            locations.append(Location(zip: zip.zip, county: zip.county, state: zip.state, ratingArea: area))
        }
        guard !locations.isEmpty, !plans.isEmpty else {
            throw BillingBenchmark.Failure("the reference data has no served ZIP with rates for every plan in plan year \(planYear); pick a --month in a year with rates")
        }
        self.locations = locations
    }

    /// Group number of the `index`-th group (0-based).
    static func groupNumber(_ index: Int) -> String {
        let digits = String(index + 1)
        return "BB" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// The group's plan: groups rotate through the reference plans.
    func plan(group index: Int) -> PlanID { plans[index % plans.count] }

    /// The `index`-th group's row and contract row, as `GroupContractHandler` stores an accepted setup.
    func group(_ index: Int) throws -> (GroupRecord, ContractRecord) {
        let number = Self.groupNumber(index)
        let location = locations[(index * 7) % locations.count]
        let plan = plan(group: index)
        var contract = Membership_Groups_V1_GroupContract()
        contract.eventID = "bench-group-\(index + 1)"
        contract.source = "billing-benchmark"
        contract.kind = .setup
        contract.groupNumber = number
        contract.groupName = "Benchmark Employer \(index + 1)"
        contract.businessAddress = .with {
            $0.line1 = "\(100 + index) Main St"
            $0.city = location.county
            $0.state = location.state
            $0.zipCode = location.zip
            $0.county = location.county
            $0.countryCode = "US"
        }
        contract.contractEffectiveDate = contractEffective.proto
        contract.plansOffered = [.with {
            $0.planID = plan.rawValue
            $0.offeredToAllEligibleEmployees = true
        }]
        // Rule G3: a mix of percentage and fixed-amount contributions.
        contract.subscriberContribution = index % 4 == 3
            ? .with { $0.fixedCents = 35_000 } : .with { $0.percentBasisPoints = Int32(5_000 + (index % 5) * 1_250) }
        contract.dependentContribution = .with { $0.percentBasisPoints = Int32((index % 3) * 2_500) }
        contract.waitingPeriodDays = 30
        contract.paperlessBilling = index % 2 == 0
        if index % 3 != 2 {
            contract.broker = .with {
                $0.brokerID = "BR-\(index % 40 + 1)"
                $0.commissionRateBasisPoints = 300 + Int32(index % 4) * 100
            }
        }
        let brokerID = contract.hasBroker ? contract.broker.brokerID : nil
        let settings: [UInt8] = try contract.serializedBytes()
        let group = GroupRecord(
            groupNumber: number, name: contract.groupName, status: "active", businessZIP: location.zip,
            businessCounty: location.county, businessState: location.state, ratingArea: location.ratingArea.number,
            paperless: contract.paperlessBilling, brokerID: brokerID, settings: settings, updatedAt: 0)
        let row = ContractRecord(
            groupNumber: number, effectiveDate: contractEffective.description,
            renewalDate: contractEffective.adding(months: 12).description, status: "active",
            planIDs: [plan.rawValue], updatedAt: 0)
        return (group, row)
    }

    /// The families of `members` members, generated one at a time; family `k` is in group `k % groups`, so
    /// every group gets members.
    func families(members: Int, seed: UInt64) -> Families {
        Families(population: self, members: members, random: SplitMix64(seed: seed))
    }

    /// Generates families until the requested number of members is made.
    struct Families: Sendable {
        let population: BillingBenchmarkPopulation
        let members: Int
        var random: SplitMix64
        var made = 0
        var familyIndex = 0

        init(population: BillingBenchmarkPopulation, members: Int, random: SplitMix64) {
            self.population = population
            self.members = members
            self.random = random
        }

        /// The next family, or `nil` when every member is made.
        mutating func next() -> Family? {
            guard made < members else { return nil }
            let month = population.month
            let year = month.year
            // Coverage may start on the first of any month from the contract's start to the billed month.
            let startMonths = max(1, month.month - population.contractEffective.month + 1)
            let size = min(members - made, BillingBenchmarkPopulation.familySize(random.next() % 1_000))
            let groupIndex = familyIndex % population.groupCount
            let group = BillingBenchmarkPopulation.groupNumber(groupIndex)
            let plan = population.plan(group: groupIndex).rawValue
            let cobra = random.next() % 30 == 0
            // Most families start with the contract; some join later in the year.
            let startMonth = random.next() % 4 == 0 ? 1 + Int(random.next() % UInt64(startMonths)) : 1
            let effective = CalendarDate(year: year, month: startMonth, day: 1)!.description
            let household = "H-\(made + 1)"
            let subscriberAge = 22 + Int(random.next() % 43)
            var persons: [PersonRecord] = []
            var coverages: [CoverageRecord] = []
            persons.reserveCapacity(size)
            coverages.reserveCapacity(size)
            for position in 0..<size {
                let number = made + position + 1
                let relationship: String
                let age: Int
                if position == 0 {
                    relationship = Relationship.subscriber.rawValue
                    age = subscriberAge
                } else if position == 1 && random.next() % 10 < 7 {
                    relationship = random.next() % 12 == 0 ? Relationship.domesticPartner.rawValue : Relationship.spouse.rawValue
                    age = min(64, max(22, subscriberAge + Int(random.next() % 13) - 6))
                } else {
                    relationship = Relationship.child.rawValue
                    age = Int(random.next() % UInt64(min(26, max(1, subscriberAge - 17))))
                }
                let born = "\(year - age - 1)-\(Self.twoDigits(1 + Int(random.next() % 12)))-\(Self.twoDigits(1 + Int(random.next() % 28)))"
                let personID = "P-\(number)"
                persons.append(PersonRecord(
                    personID: personID, ssn: nil, firstName: "Member", lastName: "Bench", normalizedName: "BENCH MEMBER",
                    birthDate: born, upstreamGroup: nil, upstreamMemberID: nil, createdAt: 0))
                coverages.append(CoverageRecord(
                    coverageID: "M-\(number)/\(effective)", groupNumber: group, householdID: household, personID: personID,
                    mrn: "BB-\(number)", relationship: relationship, planID: plan, effectiveDate: effective, cobra: cobra,
                    createdAt: 0))
            }
            let street = made % 9_000 + 1
            let householdRecord = HouseholdRecord(
                householdID: household, groupNumber: group, subscriberPersonID: "P-\(made + 1)",
                line1: "\(street) Oak Ave", city: "Oxnard", state: "CA", zip: "93030",
                addressKey: "\(street) OAK AVE|OXNARD|CA|93030", updatedAt: 0)
            made += size
            familyIndex += 1
            return Family(household: householdRecord, persons: persons, coverages: coverages)
        }

        private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    }

    /// Family size for a draw in 0..<1000: about 2.6 members on average, up to 8.
    static func familySize(_ draw: UInt64) -> Int {
        switch draw {
        case ..<330: 1
        case ..<560: 2
        case ..<720: 3
        case ..<880: 4
        case ..<950: 5
        case ..<980: 6
        case ..<993: 7
        default: 8
        }
    }
}

/// A small deterministic generator (SplitMix64), so a seed always gives the same population.
struct SplitMix64: Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
