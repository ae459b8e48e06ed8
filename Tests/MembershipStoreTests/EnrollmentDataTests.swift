import Testing
@testable import MembershipStore

@Suite("Coverages, households, groups, review cases, reference data")
struct EnrollmentDataTests {
    @Test("B7: a group's coverages as of a date include only those in force that day", arguments: TestBackend.allCases)
    func coveragesAsOf(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            try await store.transaction { tx throws in
                try await tx.coverages.insert([
                    Fixtures.coverage("C1", household: "H1", person: "P1", effective: "2026-01-01"),
                    Fixtures.coverage("C2", household: "H1", person: "P2", effective: "2026-03-01"),
                    Fixtures.coverage("C3", household: "H2", person: "P3", effective: "2025-06-01", terminated: "2026-01-31"),
                    Fixtures.coverage("C4", group: "G200", household: "H9", person: "P9", effective: "2026-01-01"),
                ])
            }
            let (feb, jan31, march) = try await store.transaction { tx throws in
                (try await tx.coverages.coverages(groupNumber: "G100", asOf: "2026-02-01"),
                 try await tx.coverages.coverages(groupNumber: "G100", asOf: "2026-01-31"),
                 try await tx.coverages.coverages(groupNumber: "G100", asOf: "2026-03-01"))
            }
            #expect(feb.map(\.coverageID) == ["C1"])
            #expect(jan31.map(\.coverageID) == ["C1", "C3"])
            #expect(march.map(\.coverageID) == ["C1", "C2"])
        }
    }

    @Test("a family's and a person's coverages; termination sets the last covered day", arguments: TestBackend.allCases)
    func familyCoverages(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let (family, person, terminated, unknown) = try await store.transaction { tx throws in
                try await tx.coverages.insert([
                    Fixtures.coverage("C1", household: "H1", person: "P1", effective: "2026-01-01"),
                    Fixtures.coverage("C2", household: "H1", person: "P2", effective: "2026-02-01"),
                    Fixtures.coverage("C3", household: "H2", person: "P2", effective: "2025-01-01"),
                ])
                let terminated = try await tx.coverages.terminate(coverageID: "C2", lastCoveredDay: "2026-05-31")
                let unknown = try await tx.coverages.terminate(coverageID: "nope", lastCoveredDay: "2026-05-31")
                return (try await tx.coverages.coverages(householdID: "H1"), try await tx.coverages.coverages(personID: "P2"),
                        terminated, unknown)
            }
            #expect(family.map(\.coverageID) == ["C1", "C2"])
            #expect(family[1].terminationDate == "2026-05-31")
            #expect(person.map(\.coverageID) == ["C3", "C2"])
            #expect(terminated && !unknown)
        }
    }

    @Test("households upsert replaces the address and is found by subscriber", arguments: TestBackend.allCases)
    func households(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let moved = HouseholdRecord(householdID: "H1", groupNumber: "G100", subscriberPersonID: "P1", line1: "9 Oak St",
                                        city: "Fresno", state: "CA", zip: "93701", addressKey: "9 OAK ST|93701", updatedAt: 2)
            let found = try await store.transaction { tx throws in
                try await tx.households.upsert([
                    HouseholdRecord(householdID: "H1", groupNumber: "G100", subscriberPersonID: "P1", line1: "1 Elm St", line2: "Apt 2",
                                    city: "Oakland", state: "CA", zip: "94601", addressKey: "1 ELM ST APT 2|94601", updatedAt: 1),
                ])
                try await tx.households.upsert([moved])
                return (try await tx.households.household(id: "H1"),
                        try await tx.households.household(groupNumber: "G100", subscriberPersonID: "P1"))
            }
            #expect(found.0 == moved)
            #expect(found.1 == moved)
        }
    }

    @Test("groups and contracts upsert and read back", arguments: TestBackend.allCases)
    func groups(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let group = GroupRecord(groupNumber: "G100", name: "Acme", status: "active", businessZIP: "94601",
                                    businessCounty: "Alameda", businessState: "CA", ratingArea: 1, paperless: true,
                                    brokerID: "B1", settings: [1, 2, 3], updatedAt: 1)
            let contracts = [
                ContractRecord(groupNumber: "G100", effectiveDate: "2026-01-01", renewalDate: "2027-01-01", status: "active",
                               planIDs: ["GOLD-HMO", "SILVER-HMO"], updatedAt: 1),
                ContractRecord(groupNumber: "G100", effectiveDate: "2025-01-01", renewalDate: "2026-01-01", status: "renewed",
                               planIDs: [], updatedAt: 1),
            ]
            let (stored, storedContracts) = try await store.transaction { tx throws in
                var draft = group
                draft.name = "Acme draft"
                try await tx.groups.upsert(draft)
                try await tx.groups.upsert(group)
                for contract in contracts { try await tx.groups.upsert(contract) }
                return (try await tx.groups.group(number: "G100"), try await tx.groups.contracts(groupNumber: "G100"))
            }
            #expect(stored == group)
            #expect(storedContracts == contracts)
        }
    }

    @Test("M3: review cases open once, list open and overdue, close once", arguments: TestBackend.allCases)
    func reviewCases(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            func reviewCase(_ id: String, due: String) -> ReviewCaseRecord {
                ReviewCaseRecord(caseID: id, groupNumber: "G100", subscriberRef: "S1", requestEventID: "E-\(id)",
                                 reason: "uncertain-match", receivedOn: "2026-01-05", dueDate: due,
                                 requestPayload: [9, 9], openedAt: 1)
            }
            let result = try await store.transaction { tx throws in
                let opened = try await tx.reviewCases.open(reviewCase("R1", due: "2026-01-07"))
                let reopened = try await tx.reviewCases.open(reviewCase("R1", due: "2026-01-07"))
                _ = try await tx.reviewCases.open(reviewCase("R2", due: "2026-01-09"))
                let overdue = try await tx.reviewCases.overdueCases(asOf: "2026-01-08")
                let closed = try await tx.reviewCases.close(caseID: "R1", resolution: "new-person", resolvedBy: "op1", at: 50)
                let closedAgain = try await tx.reviewCases.close(caseID: "R1", resolution: "rejected", resolvedBy: "op2", at: 60)
                return (opened, reopened, overdue.map(\.caseID), closed, closedAgain,
                        try await tx.reviewCases.openCases().map(\.caseID),
                        try await tx.reviewCases.openCases(groupNumber: "G100", subscriberRef: "S1").map(\.caseID),
                        try await tx.reviewCases.reviewCase(id: "R1"))
            }
            #expect(result.0 && !result.1)
            #expect(result.2 == ["R1"])
            #expect(result.3 && !result.4)
            #expect(result.5 == ["R2"])
            #expect(result.6 == ["R2"])
            #expect(result.7?.status == "closed")
            #expect(result.7?.resolution == "new-person")
            #expect(result.7?.resolvedBy == "op1")
            #expect(result.7?.closedAt == 50)
            #expect(result.7?.requestPayload == [9, 9])
        }
    }

    @Test("reference data loads idempotently and answers lookups", arguments: TestBackend.allCases)
    func referenceData(backend: TestBackend) async throws {
        var data = ReferenceRows()
        data.regions = [RegionRow(code: "NCAL", name: "Northern California", digitalCards: false),
                        RegionRow(code: "SCAL", name: "Southern California", digitalCards: true)]
        data.countyRegions = [CountyRegionRow(state: "CA", county: "Alameda", regionCode: "NCAL")]
        data.ratingAreas = [RatingAreaRow(state: "CA", county: "Alameda", ratingArea: 1)]
        data.serviceAreaZIPs = [ServiceAreaZIPRow(zip: "93501", state: "CA", county: "Kern", excluded: true),
                                ServiceAreaZIPRow(zip: "94601", state: "CA", county: "Alameda", excluded: false)]
        data.plans = [PlanRow(planID: "GOLD-HMO", name: "Gold HMO", product: "HMO", metalLevel: "gold", illustrative: true)]
        data.rates = [RateRow(planID: "GOLD-HMO", ratingArea: 1, planYear: 2026, baseRateCents: 45_012, childDentalCents: 2_100)]
        data.ageFactors = [AgeFactorRow(curve: "federal-default", band: "0-14", factor: "0.765"),
                           AgeFactorRow(curve: "federal-default", band: "64+", factor: "3.000")]
        try await backend.withStore { store throws in
            let loader = ReferenceDataLoader(store: store)
            try await loader.load(data)
            var corrected = data
            corrected.rates[0].baseRateCents = 45_013
            try await loader.load(corrected)
            try await loader.load(corrected)
            let (all, zip, region, area, rate) = try await store.transaction { tx throws in
                (try await tx.reference.all(), try await tx.reference.serviceAreaZIP("93501"),
                 try await tx.reference.region(state: "CA", county: "Alameda"),
                 try await tx.reference.ratingArea(state: "CA", county: "Alameda"),
                 try await tx.reference.rate(planID: "GOLD-HMO", ratingArea: 1, planYear: 2026))
            }
            #expect(all == corrected)
            #expect(zip?.excluded == true)
            #expect(region == RegionRow(code: "NCAL", name: "Northern California", digitalCards: false))
            #expect(area == 1)
            #expect(rate?.baseRateCents == 45_013)
        }
    }
}
