import Testing
import X12
import X12Enrollment

@Suite("999 implementation acknowledgment")
struct AcknowledgmentTests {
    static let writer = ImplementationAcknowledgment(controlNumber: 7, date: X12Date(year: 2026, month: 11, day: 2)!, time: "0930")
    static let member = ["INS*Y*18*024*08*A", "REF*0F*E-5521", "REF*1L*G-104233", "DTP*357*D8*20261130", "NM1*IL*1*GONZALEZ*MARIA"]

    @Test("an accepted file: IK5 A, AK9 A")
    func accepted() {
        let file = X12TestFiles.read(X12TestFiles.interchange(X12TestFiles.header() + Self.member))
        #expect(Self.writer.render(file.interchange) == """
            ISA*00*          *00*          *ZZ*RECEIVER01     *ZZ*SENDER01       *261102*0930*^*00501*000000007*0*P*:~
            GS*FA*RECEIVER01*SENDER01*20261102*0930*7*X*005010X231A1~
            ST*999*0001*005010X231A1~
            AK1*BE*41*005010X220A1~
            AK2*834*0001*005010X220A1~
            IK5*A~
            AK9*A*1*1*1~
            SE*6*0001~
            GE*1*7~
            IEA*1*000000007~

            """)
    }

    @Test("a wrong SE count: IK5 R 4, AK9 R")
    func wrongSECount() {
        let file = X12TestFiles.read(X12TestFiles.interchange(X12TestFiles.header() + Self.member, seCount: 12))
        #expect(Self.writer.render(file.interchange) == """
            ISA*00*          *00*          *ZZ*RECEIVER01     *ZZ*SENDER01       *261102*0930*^*00501*000000007*0*P*:~
            GS*FA*RECEIVER01*SENDER01*20261102*0930*7*X*005010X231A1~
            ST*999*0001*005010X231A1~
            AK1*BE*41*005010X220A1~
            AK2*834*0001*005010X220A1~
            IK5*R*4~
            AK9*R*1*1*0~
            SE*6*0001~
            GE*1*7~
            IEA*1*000000007~

            """)
    }

    @Test("an unknown maintenance type: IK3 on the INS in loop 2000, IK4 on element 3 (875) code 7 with the value, IK5 R 5")
    func elementError() {
        var members = Self.member
        members[0] = "INS*Y*18*023*08*A"
        let file = X12TestFiles.read(X12TestFiles.interchange(X12TestFiles.header() + members))
        #expect(Self.writer.render(file.interchange) == """
            ISA*00*          *00*          *ZZ*RECEIVER01     *ZZ*SENDER01       *261102*0930*^*00501*000000007*0*P*:~
            GS*FA*RECEIVER01*SENDER01*20261102*0930*7*X*005010X231A1~
            ST*999*0001*005010X231A1~
            AK1*BE*41*005010X220A1~
            AK2*834*0001*005010X220A1~
            IK3*INS*5*2000*8~
            IK4*3*875*7*023~
            IK5*R*5~
            AK9*R*1*1*0~
            SE*8*0001~
            GE*1*7~
            IEA*1*000000007~

            """)
    }

    @Test("two sets, one rejected: AK9 P with 2 received and 1 accepted; a missing segment is IK3 code 3")
    func partial() {
        let good = ["ST*834*0001*005010X220A1"] + X12TestFiles.header() + Self.member + ["SE*10*0001"]
        let bad = ["ST*834*0002*005010X220A1"] + X12TestFiles.header() + ["INS*Y*18*024*08*A", "REF*1L*G-1", "DTP*357*D8*20261130",
                                                                          "NM1*IL*1*DOE*KIM", "SE*9*0002"]
        let text = ([X12TestFiles.isa(), "GS*BE*SENDER01*RECEIVER01*20261101*1200*41*X*005010X220A1"] + good + bad
            + ["GE*2*41", "IEA*1*000000905"]).joined(separator: "~\r\n") + "~\r\n"
        let file = X12TestFiles.read(text)
        let lines = Self.writer.render(file.interchange)?.split(separator: "\n").map(String.init) ?? []
        #expect(Array(lines[3...10]) == [
            "AK1*BE*41*005010X220A1~",
            "AK2*834*0001*005010X220A1~",
            "IK5*A~",
            "AK2*834*0002*005010X220A1~",
            "IK3*REF*5*2000*3~",
            "IK5*R*5~",
            "AK9*P*2*2*1~",
            "SE*9*0001~",
        ])
    }

    @Test("no ISA, no acknowledgment: there is no sender to answer")
    func noISA() {
        let file = X12TestFiles.read("")
        #expect(Self.writer.render(file.interchange) == nil)
        #expect(file.interchange.problems.count == 1)
    }
}
