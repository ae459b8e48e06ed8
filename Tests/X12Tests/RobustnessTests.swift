import Testing
import X12
import X12Enrollment

@Suite("Damaged input: problems, never a crash")
struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    @Test("the samples with BOM and CRLF, or with an unpadded ISA, map to the same requests")
    func tolerantSamples() throws {
        let text = try X12TestFiles.fixture("lfh_cancel-dependent")
        let plain = X12TestFiles.read(text)
        let crlf = X12TestFiles.read("\u{FEFF}" + text.replacingOccurrences(of: "~\n", with: "~\r\n"))
        let unpadded = X12TestFiles.read(text.replacingOccurrences(of: "          ", with: "")
            .replacingOccurrences(of: "123456789012345 ", with: "123456789012345"))
        for variant in [crlf, unpadded] {
            #expect(variant.interchange.isClean)
            #expect(variant.requests.map(\.action) == plain.requests.map(\.action))
            #expect(variant.requests.map(\.memberKey) == plain.requests.map(\.memberKey))
            #expect(variant.requests.map(\.request.subscriberRef) == plain.requests.map(\.request.subscriberRef))
            #expect(variant.controlNumber == "000010216")
        }
    }

    @Test("random damage to a sample (bytes changed, removed, delimiters inserted, cut short) is reported, not fatal",
          arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func randomDamage(seed: UInt64) throws {
        let original = Array(try X12TestFiles.fixture("lfh_change-subscriber-information").utf8)
        var random = SplitMix(state: seed)
        let alphabet = Array("*~:>^0123456789ABCYN \r\n".utf8)
        for _ in 0..<200 {
            var bytes = original
            for _ in 0..<(1 + random.below(4)) where !bytes.isEmpty {
                let index = random.below(bytes.count)
                switch random.below(4) {
                case 0: bytes[index] = alphabet[random.below(alphabet.count)]
                case 1: bytes.remove(at: index)
                case 2: bytes.insert(alphabet[random.below(alphabet.count)], at: index)
                default: bytes = Array(bytes.prefix(index))
                }
            }
            var reader = EnrollmentFileReader(mapper: EnrollmentRequestMapper(source: "834:fuzz"))
            reader.read(bytes)
            let file = reader.finish()
            let changed = bytes != original
            // Whatever happened, every problem points into the file, and a clean result only comes with requests or none.
            #expect(file.interchange.allProblems.allSatisfy { $0.segmentNumber <= file.interchange.segmentCount + 1 })
            if !changed { #expect(file.interchange.isClean) }
            _ = ImplementationAcknowledgment(controlNumber: 1, date: X12Date(year: 2026, month: 1, day: 1)!, time: "0000")
                .render(file.interchange)
        }
    }

    @Test("a set damaged throughout keeps the first 1000 problems, what the end of the set finds, and says more were dropped")
    func boundedProblems() {
        let bad = Array(repeating: "DTP*357*D8*2026XXXX", count: 1_200)
        let file = X12TestFiles.read(X12TestFiles.interchange(X12TestFiles.header() + ["INS*Y*18*024*08*A", "REF*0F*E-1"] + bad),
                                     chunk: 4_096)
        let problems = file.interchange.groups[0].sets[0].problems
        #expect(problems.count == 1_002)
        #expect(problems[1_000].segmentID == "NM1")
        #expect(problems.last?.message == "more problems in transaction set 0001 are not listed: only the first 1000 are kept")
        #expect(file.requests.isEmpty)
    }
}
