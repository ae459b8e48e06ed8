import MembershipEvents
import Testing
import X12
import X12Enrollment

@Suite("Full file (BGN08 4) and audit (030) reconcile")
struct ReconciliationTests {
    static let mapper = EnrollmentRequestMapper(source: "834:full.x12")

    static func subscriber(_ id: String, dependent: String? = nil) -> [String] {
        var lines = ["INS*Y*18*030*XN*A***FT", "REF*0F*\(id)", "REF*1L*G-1", "NM1*IL*1*DOE*\(id)", "N3*1 MAIN ST",
                     "N4*OXNARD*CA*93030", "DMG*D8*19800101*F", "HD*030**HLT*S70-HMO*FAM"]
        if let dependent {
            lines += ["INS*N*19*030*XN*A", "REF*0F*\(id)", "REF*1L*G-1", "REF*23*\(dependent)", "NM1*IL*1*DOE*CHILD",
                      "DMG*D8*20150101*M"]
        }
        return lines
    }

    static func fullFile(_ members: [String]) -> EnrollmentSet {
        let header = ["BGN*00*FULL01*20261125*0800****4", "DTP*007*D8*20261201", "N1*P5*HARBOR DENTAL*FI*951234567",
                      "N1*IN*COAST HMO*FI*954445555"]
        let file = X12TestFiles.read(X12TestFiles.interchange(header + members))
        return file.sets[0]
    }

    @Test("members in the file but not enrolled are added; enrolled members absent from the file are terminated the day before")
    func fullFile() {
        let set = Self.fullFile(Self.subscriber("E-1", dependent: "D-1") + Self.subscriber("E-2"))
        #expect(set.reconcileDate?.description == "2026-12-01")
        let enrolled = [
            EnrolledMember(groupNumber: "G-1", subscriberRef: "E-1", memberID: "M-1", upstreamMemberID: "E-1", isSubscriber: true),
            EnrolledMember(groupNumber: "G-1", subscriberRef: "E-1", memberID: "M-2", upstreamMemberID: "D-OLD", isSubscriber: false),
            EnrolledMember(groupNumber: "G-1", subscriberRef: "E-3", memberID: "M-3", upstreamMemberID: "E-3", isSubscriber: true),
            EnrolledMember(groupNumber: "G-1", subscriberRef: "E-3", memberID: "M-4", upstreamMemberID: "D-3", isSubscriber: false),
            EnrolledMember(groupNumber: "G-9", subscriberRef: "E-9", memberID: "M-9", upstreamMemberID: "E-9", isSubscriber: true),
        ]
        let result = Reconciliation(set: set, enrolled: enrolled, mapper: Self.mapper)
        #expect(result.requests.map(\.action) == ["add_dependent", "add_subscriber", "terminate", "terminate"])
        #expect(result.requests.map(\.memberKey) == ["D-1", "E-2", "D-OLD", "E-3"])
        #expect(result.requests.map(\.origin) == [.reconcile, .reconcile, .reconcile, .reconcile])
        #expect(result.requests[2].dates == ["coverage_end_date": "2026-11-30"])
        guard case .terminate(let family)? = result.requests[3].request.action else {
            Issue.record("expected terminate")
            return
        }
        #expect(family.members.wholeFamily)
        #expect(result.requests[3].request.subscriberRef == "E-3")
        #expect(result.unmatched.isEmpty)
    }

    @Test("an enrolled dependent without an upstream id cannot be matched: reported, not terminated")
    func unmatched() {
        let set = Self.fullFile(Self.subscriber("E-1"))
        let dependent = EnrolledMember(groupNumber: "G-1", subscriberRef: "E-1", memberID: "M-2", upstreamMemberID: nil, isSubscriber: false)
        let result = Reconciliation(set: set, enrolled: [
            EnrolledMember(groupNumber: "G-1", subscriberRef: "E-1", memberID: "M-1", upstreamMemberID: nil, isSubscriber: true), dependent,
        ], mapper: Self.mapper)
        #expect(result.requests.isEmpty)
        #expect(result.unmatched == [dependent])
    }

    @Test("audit lines in a changes file add what is missing and terminate nothing")
    func auditOnly() {
        let file = X12TestFiles.read(X12TestFiles.interchange(X12TestFiles.header() + Self.subscriber("E-1")))
        let result = Reconciliation(set: file.sets[0], enrolled: [
            EnrolledMember(groupNumber: "G-1", subscriberRef: "E-5", memberID: "M-5", upstreamMemberID: "E-5", isSubscriber: true),
        ], mapper: Self.mapper)
        #expect(result.requests.map(\.action) == ["add_subscriber"])
    }
}
