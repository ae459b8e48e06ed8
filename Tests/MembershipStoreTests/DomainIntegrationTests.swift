import MembershipDomain
import Testing
@testable import MembershipStore

@Suite("Domain integration")
struct DomainIntegrationTests {
    static let protector: SSNProtector = {
        // Rotation in progress: k2026 is current, k2025 still configured.
        try! SSNProtector(keys: [IdentityTests.oldKey, IdentityTests.newKey], currentKeyID: "k2026")
    }()

    @Test("M2: the domain's candidate query finds persons by SSN under an old key, by DOB (name not filtered) and by upstream id",
          arguments: TestBackend.allCases)
    func candidateQuery(backend: TestBackend) async throws {
        let before = try SSNProtector(keys: [IdentityTests.oldKey], currentKeyID: "k2025")
        let ssn = try #require(SocialSecurityNumber("123-45-6789"))
        try await backend.withStore { store throws in
            try await store.transaction { tx throws in
                try await tx.persons.insert([
                    Fixtures.person("P-ssn", ssn: try before.protect(ssn), birthDate: "1970-01-01"),
                    Fixtures.person("P-dob", name: "GARCIA LOPEZ MARIA", birthDate: "1980-04-02"),
                    Fixtures.person("P-swapped-dob", name: "SOMEONE ELSE", birthDate: "1980-02-04"),
                    Fixtures.person("P-upstream", birthDate: "1999-09-09", upstreamGroup: "G100", upstreamMemberID: "U7"),
                    Fixtures.person("P-unrelated", birthDate: "1990-01-01", upstreamGroup: "G200", upstreamMemberID: "U7"),
                ])
            }
            let identity = PersonIdentity(
                name: LegalName(first: "Maria", last: "Garcia"),
                dateOfBirth: try #require(CalendarDate(year: 1980, month: 4, day: 2)), ssn: ssn, upstreamMemberID: "U7"
            )
            let found = try await store.transaction { tx throws in
                try await tx.persons.candidates(identity: identity, groupNumber: GroupNumber("G100"), protector: Self.protector)
            }
            #expect(found.map(\.personID) == ["P-dob", "P-ssn", "P-swapped-dob", "P-upstream"])
        }
    }

    @Test("the protector's domain hash equals the stored HMAC under the current key")
    func hasherMatchesProtect() throws {
        let ssn = try #require(SocialSecurityNumber("987-65-4321"))
        #expect(Self.protector.hash(ssn).rawValue == (try Self.protector.protect(ssn)).hmac)
        #expect(Self.protector.lookupHashers.count == 2)
        #expect(Self.protector.lookupHashers[1].hash(ssn).rawValue != Self.protector.hash(ssn).rawValue)
    }

    @Test("the domain's reference data becomes rows: regions, counties, ZIPs, plans, rates, age factors")
    func referenceRows() throws {
        let data = MembershipDomain.ReferenceData(
            ageCurve: .federalDefault,
            plans: [Plan(id: "GOLD-HMO", name: "Gold HMO", metal: .gold, network: .hmo, illustrative: true)],
            rates: RateTable([BaseRate(plan: "GOLD-HMO", planYear: 2026, ratingArea: try #require(RatingArea(1)),
                                       baseRateAge21: Money(cents: 45_012), childDental: Money(cents: 2_100))]),
            counties: [County(state: "CA", name: "Alameda", region: .northernCalifornia, ratingArea: RatingArea(1)),
                       County(state: "CO", name: "Denver", region: .colorado, ratingArea: nil)],
            serviceArea: [ServiceAreaZIP(zip: "93501", state: "CA", county: "Kern", status: .excluded)]
        )
        let rows = ReferenceRows(data)
        #expect(rows.regions.count == 8)
        #expect(rows.regions.first { $0.code == "northern-california" }?.digitalCards == false)
        #expect(rows.countyRegions == [CountyRegionRow(state: "CA", county: "Alameda", regionCode: "northern-california"),
                                       CountyRegionRow(state: "CO", county: "Denver", regionCode: "colorado")])
        #expect(rows.ratingAreas == [RatingAreaRow(state: "CA", county: "Alameda", ratingArea: 1)])
        #expect(rows.serviceAreaZIPs == [ServiceAreaZIPRow(zip: "93501", state: "CA", county: "Kern", excluded: true)])
        #expect(rows.plans == [PlanRow(planID: "GOLD-HMO", name: "Gold HMO", product: "HMO", metalLevel: "gold", illustrative: true)])
        #expect(rows.rates == [RateRow(planID: "GOLD-HMO", ratingArea: 1, planYear: 2026, baseRateCents: 45_012, childDentalCents: 2_100)])
        #expect(rows.ageFactors.count == 51)
        #expect(rows.ageFactors.first == AgeFactorRow(curve: "default", band: "0-14", factor: "0.7650"))
        #expect(rows.ageFactors.last == AgeFactorRow(curve: "default", band: "64+", factor: "3.0000"))
    }

    @Test("B2: a county split between rating areas by ZIP3 prefix is stored once, with the area of the rest of the county")
    func splitCountyIsOneRow() throws {
        let data = MembershipDomain.ReferenceData(
            ageCurve: .federalDefault, plans: [], rates: RateTable([]),
            counties: [County(state: "CA", name: "Los Angeles", region: .southernCalifornia, ratingArea: RatingArea(15),
                              zip3Prefixes: ["906", "907"]),
                       County(state: "CA", name: "Los Angeles", region: .southernCalifornia, ratingArea: RatingArea(16)),
                       County(state: "CA", name: "Kern", region: .southernCalifornia, ratingArea: RatingArea(14))],
            serviceArea: []
        )
        let rows = ReferenceRows(data)
        #expect(rows.countyRegions == [CountyRegionRow(state: "CA", county: "Kern", regionCode: "southern-california"),
                                       CountyRegionRow(state: "CA", county: "Los Angeles", regionCode: "southern-california")])
        #expect(rows.ratingAreas == [RatingAreaRow(state: "CA", county: "Kern", ratingArea: 14),
                                     RatingAreaRow(state: "CA", county: "Los Angeles", ratingArea: 16)])
    }
}
