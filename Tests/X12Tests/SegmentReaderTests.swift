import Testing
import X12

@Suite("X12 segment reader: delimiters from the ISA, tolerance")
struct SegmentReaderTests {
    static let padded = "ISA*00*          *00*          *ZZ*SENDER01       *ZZ*RECEIVER01     *261101*1200*^*00501*000000905*0*P*:~"

    @Test("delimiters come from the ISA: element after ISA, ISA11 repetition, ISA16 component, then the terminator")
    func standardDelimiters() {
        let read = X12TestFiles.segments(Array((Self.padded + "GS*BE*A*B~").utf8))
        #expect(read.delimiters == X12Delimiters(element: UInt8(ascii: "*"), component: UInt8(ascii: ":"),
                                                 repetition: UInt8(ascii: "^"), segment: UInt8(ascii: "~")))
        #expect(read.segments.map(\.id) == ["ISA", "GS"])
        #expect(read.segments[0][6] == "SENDER01       ")
        #expect(read.segments[1][2] == "A")
        #expect(read.problems == [])
    }

    @Test("other delimiters: | elements, > components, newline segment terminator, no repetition before 00402")
    func otherDelimiters() {
        let text = "ISA|00|          |00|          |ZZ|S|ZZ|R|261101|1200|U|00401|000000001|0|T|>\nGS|BE|A|B\nHD|021||HLT|P>Q\n"
        let read = X12TestFiles.segments(Array(text.utf8), chunk: 3)
        #expect(read.delimiters == X12Delimiters(element: UInt8(ascii: "|"), component: UInt8(ascii: ">"), repetition: nil,
                                                 segment: UInt8(ascii: "\n")))
        #expect(read.segments.map(\.id) == ["ISA", "GS", "HD"])
        #expect(read.segments[2].components(4) == ["P", "Q"])
        #expect(read.problems == [])
    }

    @Test("an ISA whose fixed-width fields lost their padding still reads")
    func unpaddedISA() {
        let text = "ISA*00**00**ZZ*SENDER01*ZZ*RECEIVER01*261101*1200*^*00501*000000905*0*P*:~GS*BE*A*B~"
        let read = X12TestFiles.segments(Array(text.utf8))
        #expect(read.delimiters?.component == UInt8(ascii: ":"))
        #expect(read.delimiters?.segment == UInt8(ascii: "~"))
        #expect(read.segments.map(\.id) == ["ISA", "GS"])
        #expect(read.segments[0][13] == "000000905")
    }

    @Test("a byte-order mark, CRLF and blank lines between segments are skipped")
    func bomAndCRLF() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("\r\n".utf8) + Array((Self.padded + "\r\n\r\n  GS*BE*A*B~\r\nST*834*0001~\r\n").utf8)
        let read = X12TestFiles.segments(bytes, chunk: 2)
        #expect(read.segments.map(\.id) == ["ISA", "GS", "ST"])
        #expect(read.segments.map(\.number) == [1, 2, 3])
        #expect(read.segments[2][2] == "0001")
        #expect(read.problems == [])
    }

    @Test("an empty file is a problem, not a crash", arguments: ["", "\r\n  \n"])
    func emptyFile(text: String) {
        let read = X12TestFiles.segments(Array(text.utf8))
        #expect(read.segments == [])
        #expect(read.problems.map(\.message) == ["the file is empty: expected an X12 interchange starting with ISA"])
    }

    @Test("a file that is not X12 is named as such")
    func notX12() {
        let read = X12TestFiles.segments(Array("hello, world".utf8))
        #expect(read.problems.map(\.description) == ["segment 1 (hel): the file does not start with an ISA segment (found \"hel\"): it is not an X12 interchange"])
    }

    @Test("a file that ends inside a segment is truncated")
    func truncated() {
        let read = X12TestFiles.segments(Array((Self.padded + "GS*BE*A*B~ST*83").utf8))
        #expect(read.segments.map(\.id) == ["ISA", "GS"])
        #expect(read.problems.map(\.description) == [
            "segment 3 (ST): the file ends inside a segment (no segment terminator after 5 bytes): it is truncated; ask the sender for the complete file",
        ])
    }

    @Test("a file that ends inside the ISA is truncated")
    func truncatedISA() {
        let read = X12TestFiles.segments(Array("ISA*00*          *00*".utf8))
        #expect(read.segments == [])
        #expect(read.problems.count == 1)
        #expect(read.problems.first?.segmentID == "ISA")
    }

    @Test("elements are 1-based and absent trailing elements read as empty")
    func elementAccess() {
        let segment = X12Segment(id: "INS", elements: ["Y", "18", "021"], number: 5)
        #expect(segment[1] == "Y")
        #expect(segment[3] == "021")
        #expect(segment[8] == "")
        #expect(segment[0] == "")
    }

    @Test("dates: CCYYMMDD checked to be a real day")
    func dates() {
        #expect(X12Date(d8: "20240229")?.description == "2024-02-29")
        #expect(X12Date(d8: "20230229") == nil)
        #expect(X12Date(d8: "2024-02-01") == nil)
        #expect(X12Date(d8: "20260101")?.previousDay.description == "2025-12-31")
        #expect(X12Date(d8: "20260301")?.previousDay.description == "2026-02-28")
    }
}
