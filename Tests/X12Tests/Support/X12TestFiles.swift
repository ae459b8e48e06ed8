import Foundation
import X12
import X12Enrollment

/// Builders of 834 test files and helpers to read them, with every value written out.
enum X12TestFiles {
    /// The text of a fixture copied from `../shared/samples/834/`.
    static func fixture(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "x12", subdirectory: "Fixtures") else {
            throw CocoaError(.fileReadNoSuchFile)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The path of a fixture.
    static func fixturePath(_ name: String) -> String? {
        Bundle.module.url(forResource: name, withExtension: "x12", subdirectory: "Fixtures")?.path
    }

    /// A padded ISA with `*`, `^`, `:`, `~`, sender ZZ:SENDER01, control number `control`.
    static func isa(control: String = "000000905") -> String {
        "ISA*00*          *00*          *ZZ*SENDER01       *ZZ*RECEIVER01     *261101*1200*^*00501*\(control)*0*P*:"
    }

    /// An interchange around one 834 set of `body` segments (BGN and below), with correct counts.
    static func interchange(_ body: [String], control: String = "000000905", setControl: String = "0001",
                            seCount: Int? = nil) -> String {
        let set = ["ST*834*\(setControl)*005010X220A1"] + body
        let count = seCount ?? set.count + 1
        return ([isa(control: control), "GS*BE*SENDER01*RECEIVER01*20261101*1200*41*X*005010X220A1"] + set
            + ["SE*\(count)*\(setControl)", "GE*1*41", "IEA*1*\(control)"]).joined(separator: "~\n") + "~\n"
    }

    /// The usual header: BGN (changes, 2026-11-01 12:00), sponsor, payer.
    static func header(action: String = "2") -> [String] {
        ["BGN*00*REF0001*20261101*1200****\(action)", "N1*P5*HARBOR DENTAL*FI*951234567", "N1*IN*COAST HMO*FI*954445555"]
    }

    /// Reads text in chunks of `chunk` bytes.
    static func read(_ text: String, chunk: Int = 7) -> EnrollmentFile {
        var reader = EnrollmentFileReader(mapper: EnrollmentRequestMapper(source: "834:test.x12"))
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            reader.read(Array(bytes[index..<min(index + chunk, bytes.count)]))
            index += chunk
        }
        return reader.finish()
    }

    /// Every segment of `text` with the envelope check, no handler content.
    static func segments(_ bytes: [UInt8], chunk: Int = 5) -> (segments: [X12Segment], problems: [X12Problem], delimiters: X12Delimiters?) {
        var reader = X12SegmentReader()
        var segments: [X12Segment] = []
        var problems: [X12Problem] = []
        var index = 0
        while index < bytes.count {
            if let problem = reader.read(Array(bytes[index..<min(index + chunk, bytes.count)]), { segments.append($0) }) {
                problems.append(problem)
            }
            index += chunk
        }
        if let problem = reader.finish() { problems.append(problem) }
        return (segments, problems, reader.delimiters)
    }
}
