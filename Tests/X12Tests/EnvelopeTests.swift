import Testing
import X12
import X12Enrollment

@Suite("X12 envelopes: control numbers and counts, located problems")
struct EnvelopeTests {
    static let member = [
        "INS*Y*18*024*08*A", "REF*0F*E-5521", "REF*1L*G-104233", "DTP*357*D8*20261130", "NM1*IL*1*GONZALEZ*MARIA",
    ]

    @Test("a correct interchange is clean")
    func clean() {
        let file = X12TestFiles.read(X12TestFiles.interchange(X12TestFiles.header() + Self.member))
        #expect(file.interchange.isClean)
        #expect(file.interchange.groups.count == 1)
        #expect(file.interchange.groups[0].sets.map(\.header.controlNumber) == ["0001"])
        #expect(file.requests.count == 1)
    }

    @Test("a wrong SE count rejects the set (IK5 code 4) and names segment and element")
    func wrongSECount() {
        let file = X12TestFiles.read(X12TestFiles.interchange(X12TestFiles.header() + Self.member, seCount: 12))
        let set = file.interchange.groups[0].sets[0]
        #expect(set.codes == [.segmentCountMismatch])
        #expect(!set.isAccepted)
        #expect(file.requests.isEmpty)
        #expect(file.interchange.allProblems.map(\.description) == [
            "segment 12 (SE), element 01: SE01 says 12 segments, the set has 10 from ST to SE",
        ])
    }

    @Test("SE02 must repeat ST02; GE02 must repeat GS06; IEA02 must repeat ISA13")
    func controlNumbers() {
        let text = X12TestFiles.interchange(X12TestFiles.header() + Self.member)
            .replacingOccurrences(of: "SE*10*0001", with: "SE*10*0002")
            .replacingOccurrences(of: "GE*1*41", with: "GE*1*42")
            .replacingOccurrences(of: "IEA*1*000000905", with: "IEA*1*000000906")
        let file = X12TestFiles.read(text)
        #expect(file.interchange.groups[0].sets[0].codes == [.controlNumberMismatch])
        #expect(file.interchange.groups[0].codes == [.controlNumberMismatch])
        #expect(file.interchange.allProblems.map(\.description) == [
            "segment 12 (SE), element 02: SE02 \"0002\" does not match ST02 \"0001\"",
            "segment 13 (GE), element 02: GE02 \"42\" does not match GS06 \"41\"",
            "segment 14 (IEA), element 02: IEA02 \"000000906\" does not match ISA13 \"000000905\"",
        ])
    }

    @Test("GE01 and IEA01 counts are checked")
    func counts() {
        let text = X12TestFiles.interchange(X12TestFiles.header() + Self.member)
            .replacingOccurrences(of: "GE*1*41", with: "GE*2*41")
            .replacingOccurrences(of: "IEA*1*", with: "IEA*3*")
        let file = X12TestFiles.read(text)
        #expect(file.interchange.groups[0].codes == [.setCountMismatch])
        #expect(file.interchange.allProblems.map(\.description) == [
            "segment 13 (GE), element 01: GE01 says 2 transaction sets, the group has 1",
            "segment 14 (IEA), element 01: IEA01 says 3 functional groups, the interchange has 1",
        ])
    }

    @Test("several ST sets in one GS, each checked on its own")
    func severalSets() {
        let first = ["ST*834*0001*005010X220A1"] + X12TestFiles.header() + Self.member + ["SE*10*0001"]
        let second = ["ST*834*0002*005010X220A1"] + X12TestFiles.header()
            + ["INS*Y*18*024*08*A", "REF*0F*E-7000", "REF*1L*G-104233", "DTP*357*D8*20261231", "NM1*IL*1*LEE*KIM", "SE*10*0002"]
        let text = ([X12TestFiles.isa(), "GS*BE*SENDER01*RECEIVER01*20261101*1200*41*X*005010X220A1"] + first + second
            + ["GE*2*41", "IEA*1*000000905"]).joined(separator: "~") + "~"
        let file = X12TestFiles.read(text)
        #expect(file.interchange.isClean)
        #expect(file.sets.map(\.header.transactionSet.controlNumber) == ["0001", "0002"])
        #expect(file.requests.map(\.subscriberID) == ["E-5521", "E-7000"])
    }

    @Test("a repeated ST02 within a group is rejected (IK5 code 23)")
    func repeatedSetControlNumber() {
        let set = ["ST*834*0001*005010X220A1"] + X12TestFiles.header() + Self.member + ["SE*10*0001"]
        let text = ([X12TestFiles.isa(), "GS*BE*SENDER01*RECEIVER01*20261101*1200*41*X*005010X220A1"] + set + set
            + ["GE*2*41", "IEA*1*000000905"]).joined(separator: "~") + "~"
        let file = X12TestFiles.read(text)
        #expect(file.interchange.groups[0].sets.map(\.codes) == [[], [.controlNumberNotUnique]])
        #expect(file.requests.count == 1)
    }

    @Test("a truncated file: missing SE, GE and IEA are each reported, nothing is accepted")
    func truncatedFile() {
        let text = ([X12TestFiles.isa(), "GS*BE*SENDER01*RECEIVER01*20261101*1200*41*X*005010X220A1", "ST*834*0001*005010X220A1"]
            + X12TestFiles.header() + ["INS*Y*18*024*08*A", "REF*0F*E-55"]).joined(separator: "~")
        let file = X12TestFiles.read(text)
        #expect(file.interchange.groups[0].sets[0].codes == [.trailerMissing])
        #expect(file.interchange.groups[0].codes == [.trailerMissing])
        #expect(file.requests.isEmpty)
        #expect(file.interchange.allProblems.map(\.segmentID) == ["REF", "NM1", "SE", "GE", "REF", "IEA"])
        #expect(file.interchange.problems.first?.message.contains("truncated") == true)
    }

    @Test("a set other than 834 is not supported (IK5 code 1)")
    func otherSet() {
        let text = X12TestFiles.interchange(["BHT*0019*00*1*20261101*1200"]).replacingOccurrences(of: "ST*834", with: "ST*270")
        let file = X12TestFiles.read(text)
        #expect(file.interchange.groups[0].sets[0].codes == [.notSupported])
        #expect(file.sets.isEmpty)
    }

    @Test("an ISA13 that is not nine digits is an interchange problem")
    func badISA13() {
        let text = X12TestFiles.interchange(X12TestFiles.header() + Self.member, control: "12AB")
        let file = X12TestFiles.read(text)
        #expect(file.interchange.problems.map(\.description) == [
            "segment 1 (ISA), element 13: ISA13 (interchange control number) must be nine digits, found \"12AB\"",
        ])
    }
}
