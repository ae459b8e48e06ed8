import Testing
import MembershipDomain

@Suite("Reference data files")
struct ReferenceDataFileTests {
    @Test("the checked-in files load and agree with each other")
    func loads() throws {
        let data = try ReferenceFiles.load()
        #expect(data.plans.count == 5)
        #expect(data.rates.rows.count == 170)
        #expect(data.counties.count == 51)
        #expect(data.serviceArea.count == 727)
    }

    @Test("a missing file is named in the error")
    func missingFile() throws {
        var files: [ReferenceData.File: String] = [:]
        for file in ReferenceData.File.allCases where file != .counties { files[file] = try ReferenceFiles.text(file.fileName) }
        let error = #expect(throws: ReferenceDataError.self) { try ReferenceData(files: files) }
        #expect(error?.description == "counties.csv: file not provided")
    }

    @Test("B4: age-curve.csv is the federal default curve")
    func curveFile() throws {
        let curve = try ReferenceData.parseAgeCurve(ReferenceFiles.text("age-curve.csv"))
        #expect(curve == AgeCurve.federalDefault)
        #expect(curve.factor(forAge: 45) == Factor(thousandths: 1_444))
    }

    @Test("sample plans: platinum, gold, silver, bronze HMO and one PPO, all illustrative")
    func plans() {
        let plans = ReferenceFiles.shared.plans.values
        #expect(Set(plans.filter { $0.network == .hmo }.map(\.metal)) == [.platinum, .gold, .silver, .bronze])
        #expect(plans.filter { $0.network == .ppo }.count == 1)
        #expect(plans.allSatisfy { $0.illustrative && $0.name.contains("illustrative") })
    }

    @Test("B2: rating area from the business county and ZIP", arguments: [
        ("CA", "Los Angeles", "90650", 15), ("CA", "Los Angeles", "90012", 16), ("CA", "Kern", "93301", 14),
        ("CA", "Orange County", "92801", 18), ("CA", "san diego", "92101", 19), ("CA", "San Francisco", "94103", 4),
        ("CA", "Alameda", "94601", 6), ("CO", "Denver", "80202", 4), ("GA", "Fulton", "30303", 4),
        ("TX", "Travis", "78701", 4),
    ])
    func ratingArea(state: String, county: String, zip: String, area: Int) {
        #expect(ReferenceFiles.shared.ratingArea(state: state, county: county, zip: zip) == RatingArea(area))
    }

    @Test("B2: an unknown California county has no rating area")
    func unknownCounty() {
        #expect(ReferenceFiles.shared.ratingArea(state: "CA", county: "Atlantis", zip: "90000") == nil)
    }

    @Test("M1: region by home county", arguments: [
        ("CA", "Alameda", Region.northernCalifornia), ("CA", "Sacramento", .northernCalifornia),
        ("CA", "Orange", .southernCalifornia), ("CA", "Kern", .southernCalifornia), ("CO", "Denver", .colorado),
        ("GA", "Gwinnett", .georgia), ("HI", "Honolulu", .hawaii), ("MD", "Prince George's", .midAtlanticStates),
        ("OR", "Multnomah", .northwest), ("WA", "King", .washington),
    ])
    func region(state: String, county: String, region: Region) {
        #expect(ReferenceFiles.shared.region(state: state, county: county) == region)
    }

    @Test("E8: service-area ZIPs", arguments: [
        ("90012", true), ("90012-3456", true), ("93301", true), ("94103", true), ("92364", false),
        ("92036", false), ("93516", false), ("10001", false), ("80202", false),
    ])
    func serviceArea(zip: String, served: Bool) {
        #expect(ReferenceFiles.shared.isInServiceArea(zip: zip) == served)
    }

    @Test("E8: the seven county-seed counties and some Northern California counties have served ZIPs")
    func counties() {
        let served = Set(ReferenceFiles.shared.serviceArea.values.filter { $0.status == .served }.map(\.county))
        #expect(served.isSuperset(of: ["Kern", "Los Angeles", "Orange", "Riverside", "San Bernardino", "San Diego",
                                        "Ventura", "Alameda", "San Francisco", "Sacramento"]))
        let excluded = ReferenceFiles.shared.serviceArea.values.filter { $0.status == .excluded }
        #expect(excluded.count == 72)
    }
}

@Suite("Reference data parser")
struct ReferenceDataParserTests {
    @Test("bad factor is reported with its line")
    func badFactor() {
        let text = "# comment\nband,factor\n0-14,0.765\n15,zero\n"
        #expect(throws: ReferenceDataError(code: .invalidValue, file: "age-curve.csv", line: 4,
                                           message: "factor: 'zero' is not a positive decimal with up to 4 places")) {
            try ReferenceData.parseAgeCurve(text)
        }
    }

    @Test("missing and duplicate bands")
    func bands() throws {
        let missing = "band,factor\n0-14,0.765\n15,0.833\n"
        let error = #expect(throws: ReferenceDataError.self) { try ReferenceData.parseAgeCurve(missing) }
        #expect(error?.code == .missing)
        #expect(error?.message.hasPrefix("missing bands: 16, 17") == true)
        let duplicate = "band,factor\n0-14,0.765\n0-14,0.766\n"
        let dup = #expect(throws: ReferenceDataError.self) { try ReferenceData.parseAgeCurve(duplicate) }
        #expect(dup?.code == .duplicate)
        #expect(dup?.line == 3)
    }

    @Test("header must match")
    func header() {
        let error = #expect(throws: ReferenceDataError.self) { try ReferenceData.parsePlans("id,name\n") }
        #expect(error?.code == .badHeader)
        #expect(error?.line == 1)
        let empty = #expect(throws: ReferenceDataError.self) { try ReferenceData.parsePlans("# only a comment\n") }
        #expect(empty?.code == .badHeader)
    }

    @Test("field counts and quoting")
    func quoting() throws {
        let quoted = "plan_id,name,metal,network,illustrative\r\nX1,\"Gold, \"\"Plus\"\"\",gold,HMO,yes\r\n"
        let plans = try ReferenceData.parsePlans(quoted)
        #expect(plans.first?.name == "Gold, \"Plus\"")
        let short = #expect(throws: ReferenceDataError.self) {
            try ReferenceData.parsePlans("plan_id,name,metal,network,illustrative\nX1,Gold,gold,HMO\n")
        }
        #expect(short?.code == .wrongFieldCount)
        #expect(short?.line == 2)
        let open = #expect(throws: ReferenceDataError.self) {
            try ReferenceData.parsePlans("plan_id,name,metal,network,illustrative\n\nX1,\"Gold,gold,HMO,yes\n")
        }
        #expect(open?.code == .malformedQuoting)
        #expect(open?.line == 3)
    }

    @Test("B6: a PPO rate with a child-dental amount is rejected")
    func ppoDental() throws {
        let plans = try ReferenceData.parsePlans("plan_id,name,metal,network,illustrative\nP,PPO,gold,PPO,yes\n")
        let index = Dictionary(uniqueKeysWithValues: plans.map { ($0.id, $0) })
        let error = #expect(throws: ReferenceDataError.self) {
            try ReferenceData.parseBaseRates(
                "plan_id,plan_year,rating_area,base_rate_age_21,child_dental\nP,2026,4,500.00,25.00\n", plans: index)
        }
        #expect(error?.code == .invalidValue)
        #expect(error?.line == 2)
    }

    @Test("rates must name known plans, valid areas and exact amounts")
    func rates() throws {
        let plans = try ReferenceData.parsePlans("plan_id,name,metal,network,illustrative\nH,HMO,gold,HMO,yes\n")
        let index = Dictionary(uniqueKeysWithValues: plans.map { ($0.id, $0) })
        let header = "plan_id,plan_year,rating_area,base_rate_age_21,child_dental\n"
        let cases: [(String, ReferenceDataError.Code)] = [
            ("Q,2026,4,500.00,0.00", .unknownReference), ("H,2026,20,500.00,0.00", .invalidValue),
            ("H,2026,4,500.001,0.00", .invalidValue), ("H,26,4,500.00,0.00", .invalidValue),
        ]
        for (row, code) in cases {
            let error = #expect(throws: ReferenceDataError.self) { try ReferenceData.parseBaseRates(header + row + "\n", plans: index) }
            #expect(error?.code == code)
            #expect(error?.line == 2)
        }
        let twice = #expect(throws: ReferenceDataError.self) {
            try ReferenceData.parseBaseRates(header + "H,2026,4,500.00,0.00\nH,2026,4,501.00,0.00\n", plans: index)
        }
        #expect(twice?.code == .duplicate)
        #expect(twice?.line == 3)
    }

    @Test("counties: CA needs a rating area, other states must not have one")
    func countyRules() {
        let header = "state,county,region,rating_area,zip3_prefixes\n"
        let noArea = #expect(throws: ReferenceDataError.self) {
            try ReferenceData.parseCounties(header + "CA,Kern,southern-california,,\n")
        }
        #expect(noArea?.code == .invalidValue)
        let outOfState = #expect(throws: ReferenceDataError.self) {
            try ReferenceData.parseCounties(header + "CO,Denver,colorado,4,\n")
        }
        #expect(outOfState?.code == .invalidValue)
        let badRegion = #expect(throws: ReferenceDataError.self) {
            try ReferenceData.parseCounties(header + "CO,Denver,rockies,,\n")
        }
        #expect(badRegion?.message.hasPrefix("region: 'rockies'") == true)
    }

    @Test("service area ZIPs must be in a known county")
    func zipCounty() throws {
        let counties = try ReferenceData.parseCounties("state,county,region,rating_area,zip3_prefixes\nCA,Kern,southern-california,14,\n")
        let error = #expect(throws: ReferenceDataError.self) {
            try ReferenceData.parseServiceArea("zip,state,county,status\n93301,CA,Kern,served\n90012,CA,Los Angeles,served\n",
                                               counties: counties)
        }
        #expect(error?.code == .unknownReference)
        #expect(error?.line == 3)
        #expect(error?.description == "service-area-zips.csv:3: county: Los Angeles, CA is not in counties.csv")
    }
}
