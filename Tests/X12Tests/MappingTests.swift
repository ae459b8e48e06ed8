import MembershipEvents
import Testing
import X12
import X12Enrollment

@Suite("834 members to enrollment requests")
struct MappingTests {
    /// Subscriber Maria, spouse Luis, children Ana and Teo (born 2026-11-15, INS04 02 birth), stepchild Sam.
    static let familyOfFive = [
        "INS*Y*18*021*28*A***FT", "REF*0F*E-5521", "REF*1L*G-104233", "DTP*336*D8*20261001", "DTP*356*D8*20261201",
        "NM1*IL*1*GONZALEZ*MARIA*L***34*123456789", "N3*455 SEAVIEW AVE", "N4*OXNARD*CA*930301234", "DMG*D8*19850412*F",
        "ICM*1*5200*37.5", "HD*021**HLT*S70-HMO*FAM", "DTP*348*D8*20261201", "IDC*S70-HMO*H*2*1",
        "INS*N*01*021*28*A", "REF*0F*E-5521", "REF*1L*G-104233", "NM1*IL*1*GONZALEZ*LUIS", "DMG*D8*19840302*M",
        "HD*021**HLT*S70-HMO*FAM", "DTP*348*D8*20261201",
        "INS*N*19*021*28*A", "REF*0F*E-5521", "REF*1L*G-104233", "NM1*IL*1*GONZALEZ*ANA", "DMG*D8*20150607*F",
        "HD*021**HLT*S70-HMO*FAM",
        "INS*N*19*021*02*A", "REF*0F*E-5521", "REF*1L*G-104233", "DTP*356*D8*20261115", "NM1*IL*1*GONZALEZ*TEO",
        "DMG*D8*20261115*M", "HD*021**HLT*S70-HMO*FAM",
        "INS*N*17*021*28*A", "REF*0F*E-5521", "REF*1L*G-104233", "REF*23*DEP-77", "NM1*IL*1*RUIZ*SAM", "DMG*D8*20100101*U",
        "N3*9 OAK ST*APT 2", "N4*OXNARD*CA*93030", "NM1*31*1", "N3*PO BOX 12", "N4*OXNARD*CA*93031",
    ]

    static func read(_ members: [String], action: String = "2") -> EnrollmentFile {
        X12TestFiles.read(X12TestFiles.interchange(X12TestFiles.header(action: action) + members))
    }

    @Test("021: a family of five in one file is one add_subscriber and four add_dependent, in file order, one family key")
    func familyOfFive() throws {
        let file = Self.read(Self.familyOfFive)
        #expect(file.interchange.allProblems.map(\.description) == [])
        let requests = file.requests
        #expect(requests.map(\.action) == ["add_subscriber", "add_dependent", "add_dependent", "add_dependent", "add_dependent"])
        #expect(requests.map(\.relationship) == ["subscriber", "spouse", "child", "child", "stepchild"])
        #expect(Set(requests.map(\.recordKey)) == ["G-104233/E-5521"])
        #expect(Set(requests.map(\.request.eventID)).count == 5)

        guard case .addSubscriber(let add)? = requests[0].request.action else {
            Issue.record("expected add_subscriber")
            return
        }
        #expect(add.plan.planID == "S70-HMO")
        #expect(add.subscriber.identity.ssn == "123456789")
        #expect(add.subscriber.identity.upstreamMemberID == "E-5521")
        #expect(add.subscriber.identity.dateOfBirth == .init(year: 1985, month: 4, day: 12))
        #expect(add.subscriber.identity.gender == .female)
        #expect(add.subscriber.identity.name.middleName == "L")
        #expect(add.subscriber.homeAddress.zipCode == "93030-1234")
        #expect(add.subscriber.homeAddress.city == "OXNARD")
        #expect(add.subscriber.employment.employmentClass == .fullTime)
        #expect(add.subscriber.employment.averageWeeklyHoursHundredths == 3750)
        #expect(add.subscriber.employment.hireDate == .init(year: 2026, month: 10, day: 1))
        #expect(!add.hasQualifyingLifeEvent)
        #expect(requests[0].dates == ["coverage_begin": "2026-12-01", "eligibility_begin": "2026-12-01", "hire_date": "2026-10-01"])

        guard case .addDependent(let spouse)? = requests[1].request.action else {
            Issue.record("expected add_dependent")
            return
        }
        #expect(spouse.relationship == .spouse)
        #expect(spouse.dependent.identity.ssn == "")
        #expect(!spouse.dependent.hasEmployment)
        // No N3/N4 of its own: the subscriber's residence.
        #expect(spouse.dependent.homeAddress.line1 == "455 SEAVIEW AVE")

        guard case .addDependent(let newborn)? = requests[3].request.action else {
            Issue.record("expected add_dependent")
            return
        }
        #expect(newborn.qualifyingLifeEvent.type == .birth)
        #expect(newborn.qualifyingLifeEvent.eventDate == .init(year: 2026, month: 11, day: 15))

        guard case .addDependent(let stepchild)? = requests[4].request.action else {
            Issue.record("expected add_dependent")
            return
        }
        #expect(stepchild.relationship == .stepchild)
        #expect(stepchild.dependent.identity.upstreamMemberID == "DEP-77")
        #expect(stepchild.dependent.homeAddress.line2 == "APT 2")
        #expect(stepchild.dependent.mailingAddress.line1 == "PO BOX 12")
        #expect(stepchild.dependent.mailingAddress.zipCode == "93031")
        #expect(stepchild.dependent.identity.gender == .undisclosed)
    }

    @Test("the 2300 loop is read: HD, DTP*348 and IDC card requests")
    func coverageLoop() {
        var members: [BenefitEnrollmentMember] = []
        var reader = X12InterchangeReader(handler: BenefitEnrollmentReader(onMember: { _, member in
            members.append(member)
            return []
        }))
        reader.read(Array(X12TestFiles.interchange(X12TestFiles.header() + Self.familyOfFive).utf8))
        _ = reader.finish()
        #expect(members.count == 5)
        #expect(members[0].coverages == [HealthCoverage(
            maintenanceType: "021", insuranceLine: "HLT", planDescription: "S70-HMO", coverageLevel: "FAM",
            begin: X12Date(year: 2026, month: 12, day: 1),
            cardRequests: [CardRequest(planDescription: "S70-HMO", cardType: "H", quantity: 2, actionCode: "1")])])
        #expect(members[0].weeklyHoursHundredths == 3750)
        #expect(members[4].identifiers == ["23": "DEP-77"])
    }

    @Test("relationships: INS02 codes to the contract's relationships", arguments: [
        ("01", "spouse"), ("53", "domestic_partner"), ("19", "child"), ("10", "child"), ("17", "stepchild"), ("09", "adopted_child"),
    ])
    func relationships(code: String, name: String) {
        let file = Self.read(["INS*N*\(code)*024*07*A", "REF*0F*E-1", "REF*1L*G-1", "DTP*357*D8*20261231", "NM1*IL*1*DOE*KIM",
                              "DMG*D8*20000101*F"])
        #expect(file.requests.map(\.relationship) == [name])
    }

    @Test("a relationship the plan does not cover is rejected with INS02 and code I6", arguments: ["15", "38", "D2"])
    func unsupportedRelationship(code: String) {
        let file = Self.read(["INS*N*\(code)*024*07*A", "REF*0F*E-1", "REF*1L*G-1", "DTP*357*D8*20261231", "NM1*IL*1*DOE*KIM"])
        #expect(file.requests.isEmpty)
        let problem = file.interchange.allProblems.first
        #expect(problem?.elementPosition == 2)
        #expect(problem?.elementCode == .codeValueNotUsed)
        #expect(problem?.segmentNumber == 7)
    }

    @Test("024: a subscriber's termination ends the whole family at DTP*357, with the reason from INS04")
    func terminateFamily() throws {
        let file = Self.read(["INS*Y*18*024*08*A***TE", "REF*0F*E-5521", "REF*1L*G-104233", "DTP*357*D8*20261130",
                              "NM1*IL*1*GONZALEZ*MARIA", "HD*024**HLT*S70-HMO*FAM", "DTP*348*D8*20260101"])
        let request = try #require(file.requests.first)
        #expect(request.action == "terminate")
        #expect(request.dates == ["coverage_end_date": "2026-11-30", "coverage_start_date": "2026-01-01"])
        guard case .terminate(let terminate)? = request.request.action else {
            Issue.record("expected terminate")
            return
        }
        #expect(terminate.members.wholeFamily)
        #expect(terminate.reason == .employmentEnded)
        #expect(terminate.coverageEndDate == .init(year: 2026, month: 11, day: 30))
    }

    @Test("024 reasons", arguments: [("03", 5), ("01", 4), ("14", 6), ("04", 1), ("07", 0)])
    func terminationReasons(code: String, reason: Int) {
        let file = Self.read(["INS*Y*18*024*\(code)*A", "REF*0F*E-1", "REF*1L*G-1", "DTP*357*D8*20261130", "NM1*IL*1*DOE*KIM"])
        guard case .terminate(let terminate)? = file.requests.first?.request.action else {
            Issue.record("expected terminate")
            return
        }
        #expect(terminate.reason.rawValue == reason)
    }

    @Test("024 ending on or before the start is a cancellation")
    func cancellation() throws {
        let file = Self.read(["INS*N*19*024*14*A", "REF*0F*E-5521", "REF*1L*G-104233", "REF*23*DEP-9", "DTP*356*D8*20261201",
                              "DTP*357*D8*20261201", "NM1*IL*1*GONZALEZ*ANA"])
        let request = try #require(file.requests.first)
        #expect(request.action == "cancel_coverage")
        guard case .cancelCoverage(let cancel)? = request.request.action else {
            Issue.record("expected cancel_coverage")
            return
        }
        #expect(cancel.members.upstreamMemberID == "DEP-9")
        #expect(cancel.coverageEndDate == .init(year: 2026, month: 12, day: 1))
    }

    @Test("024 without an end date is rejected: DTP*357 or DTP*349 is needed")
    func terminationWithoutDate() {
        let file = Self.read(["INS*Y*18*024*08*A", "REF*0F*E-1", "REF*1L*G-1", "NM1*IL*1*DOE*KIM"])
        #expect(file.requests.isEmpty)
        #expect(file.interchange.allProblems.map(\.segmentID) == ["DTP"])
        #expect(file.interchange.allProblems.first?.segmentCode == .implementationDependentSegmentMissing)
    }

    @Test("001 with 2100B: a dependent's correction selects the member by the old identity and sends the new one")
    func demographicChange() throws {
        let added = Self.read(["INS*N*19*021*28*A", "REF*0F*E-5521", "REF*1L*G-104233", "NM1*IL*1*GONZALEZ*ANNA",
                               "N3*1 MAIN ST", "N4*OXNARD*CA*93030", "DMG*D8*20150607*F", "HD*021**HLT*S70-HMO*FAM"])
        let changed = Self.read(["INS*N*19*001*25*A", "REF*0F*E-5521", "REF*1L*G-104233", "NM1*IL*1*GONZALEZ*ANA",
                                 "DMG*D8*20150608*F", "NM1*70*1*GONZALEZ*ANNA", "DMG*D8*20150607*F",
                                 "NM1*31*1", "N3*PO BOX 7", "N4*OXNARD*CA*93031"])
        let add = try #require(added.requests.first)
        let change = try #require(changed.requests.first)
        #expect(change.action == "change_demographics")
        guard case .changeDemographics(let demographics)? = change.request.action else {
            Issue.record("expected change_demographics")
            return
        }
        // The member added with the old identity is the one selected.
        #expect(demographics.member.upstreamMemberID == add.memberKey)
        #expect(demographics.identity.name.firstName == "ANA")
        #expect(demographics.identity.dateOfBirth == .init(year: 2015, month: 6, day: 8))
        #expect(demographics.identity.upstreamMemberID != add.memberKey)
        #expect(demographics.mailingAddress.line1 == "PO BOX 7")
        #expect(!demographics.hasHomeAddress)
    }

    @Test("001 with INS04 22: a plan change for the family")
    func planChange() throws {
        let file = Self.read(["INS*Y*18*001*22*A***FT", "REF*0F*E-5521", "REF*1L*G-104233", "NM1*IL*1*GONZALEZ*MARIA",
                              "HD*001**HLT*G80-HMO*FAM", "DTP*348*D8*20270101"])
        let request = try #require(file.requests.first)
        #expect(request.action == "change_plan")
        guard case .changePlan(let change)? = request.request.action else {
            Issue.record("expected change_plan")
            return
        }
        #expect(change.plan.planID == "G80-HMO")
    }

    @Test("025: reinstatement of a dependent selects that member")
    func reinstatement() throws {
        let file = Self.read(["INS*N*01*025*41*A", "REF*0F*E-5521", "REF*1L*G-104233", "REF*17*SP-1", "NM1*IL*1*GONZALEZ*LUIS"])
        let request = try #require(file.requests.first)
        #expect(request.action == "reinstate")
        guard case .reinstate(let reinstate)? = request.request.action else {
            Issue.record("expected reinstate")
            return
        }
        #expect(reinstate.members.upstreamMemberID == "SP-1")
        #expect(reinstate.reason == "834 reinstatement, INS04 41")
    }

    @Test("INS05 C: COBRA continuation with the qualifying event of INS07, the day before DTP*340")
    func cobra() throws {
        let file = Self.read(["INS*Y*18*021*XN*C**1*TE*N*Y", "REF*0F*E-5521", "REF*1L*G-104233", "DTP*340*D8*20261201",
                              "DTP*341*D8*20280531", "NM1*IL*1*GONZALEZ*MARIA", "HD*021**HLT*S70-HMO*FAM"])
        #expect(file.interchange.allProblems.map(\.description) == [])
        let request = try #require(file.requests.first)
        #expect(request.action == "continue_cobra")
        #expect(request.dates == ["event_date": "2026-11-30", "cobra_begin": "2026-12-01", "cobra_end": "2028-05-31"])
        guard case .continueCobra(let cobra)? = request.request.action else {
            Issue.record("expected continue_cobra")
            return
        }
        #expect(cobra.members.wholeFamily)
        #expect(cobra.qualifyingEvent == .employmentEnded)
        #expect(cobra.eventDate == .init(year: 2026, month: 11, day: 30))
        #expect(cobra.disabilityExtension)
    }

    @Test("COBRA without INS07 says which codes to send")
    func cobraWithoutEvent() {
        let file = Self.read(["INS*Y*18*021*XN*C", "REF*0F*E-1", "REF*1L*G-1", "DTP*340*D8*20261201", "NM1*IL*1*DOE*KIM"])
        #expect(file.requests.isEmpty)
        #expect(file.interchange.allProblems.map(\.elementPosition) == [7])
    }

    @Test("an unknown maintenance type code is an INS03 error, code 7, and the set is rejected")
    func unknownMaintenanceType() {
        let file = Self.read(["INS*Y*18*023*08*A", "REF*0F*E-1", "REF*1L*G-1", "NM1*IL*1*DOE*KIM"])
        #expect(file.requests.isEmpty)
        #expect(file.interchange.allProblems.map(\.description) == [
            "segment 7 (INS), element 03: INS03 maintenance type code \"023\" is unknown: use 001 change, 021 addition, 024 termination, 025 reinstatement or 030 audit",
        ])
        #expect(file.interchange.allProblems.first?.elementReference == 875)
        #expect(file.interchange.groups[0].sets[0].codes == [.segmentsInError])
    }

    @Test("a subscriber's addition needs FT or PT in INS08 (rules E1, E2)")
    func employmentStatus() {
        let members = Array(Self.familyOfFive.prefix(13))
        var active = members
        active[0] = "INS*Y*18*021*28*A***AC"
        let file = Self.read(active)
        #expect(file.requests.isEmpty)
        #expect(file.interchange.allProblems.map(\.elementPosition) == [8])
    }

    @Test("a member without REF*0F or without a name is a missing segment")
    func missingSegments() {
        let file = Self.read(["INS*Y*18*024*08*A", "REF*1L*G-1", "DTP*357*D8*20261130"])
        #expect(file.interchange.allProblems.map(\.segmentID) == ["REF", "NM1"])
        #expect(file.interchange.allProblems.map(\.segmentCode) == [.requiredSegmentMissing, .requiredSegmentMissing])
    }

    @Test("030 lines are a roster, not requests; a full file (BGN08 4) makes every member a roster line")
    func auditLines() {
        let audit = Self.read(Array(Self.familyOfFive.prefix(13)).map { $0.replacingOccurrences(of: "*021*", with: "*030*") })
        #expect(audit.requests.isEmpty)
        #expect(audit.sets[0].roster.map(\.memberKey) == ["E-5521"])
        #expect(audit.sets[0].roster.first?.addition?.action == "add_subscriber")
        #expect(audit.sets[0].needsReconcile)
        let full = Self.read(Self.familyOfFive.map { $0.replacingOccurrences(of: "*021*", with: "*030*") }, action: "4")
        #expect(full.sets[0].roster.count == 5)
        #expect(full.sets[0].header.isFullFile)
    }
}
