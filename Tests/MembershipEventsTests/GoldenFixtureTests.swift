import MembershipEvents
import SwiftProtobuf
import Testing

/// One committed encoding per sample: an accidental wire-format change (a renumbered field, a
/// changed type) changes the bytes and fails here, before any producer or consumer notices.
@Suite("Golden encodings")
struct GoldenFixtureTests {
    static var deterministic: BinaryEncodingOptions {
        var options = BinaryEncodingOptions()
        options.useDeterministicOrdering = true
        return options
    }

    @Test("encoding a sample reproduces its golden file byte for byte", arguments: EventSamples.all)
    func encodingMatchesGolden(sample: EventSample) throws {
        let bytes: [UInt8] = try sample.message.serializedBytes(options: Self.deterministic)
        if FixtureDirectory.isRecording {
            try FixtureDirectory.write(bytes, to: sample.fixtureFileName)
            Issue.record("recorded \(sample.fixtureFileName); run again without \(FixtureDirectory.recordEnvironmentVariable)")
            return
        }
        let golden = try FixtureDirectory.read(sample.fixtureFileName)
        #expect(bytes == golden)
    }

    @Test("decoding a golden file gives the sample", arguments: EventSamples.all)
    func goldenDecodesToSample(sample: EventSample) throws {
        let golden = try FixtureDirectory.read(sample.fixtureFileName)
        let decoded = try type(of: sample.message).init(serializedBytes: golden)
        #expect(decoded.isEqualTo(message: sample.message))
        #expect(decoded.unknownFields.data.isEmpty)
    }

    @Test("every golden file belongs to a sample and every sample has one")
    func noOrphanGoldens() throws {
        let files = try FixtureDirectory.fileNames(withExtension: "binpb")
            .filter { !$0.hasPrefix("python-") }
        #expect(files == EventSamples.all.map(\.fixtureFileName).sorted())
        #expect(files.count == 25)
    }

    @Test("a golden file's bytes start with the expected field: event_id (field 1, length-delimited)")
    func goldenStartsWithEventID() throws {
        let golden = try FixtureDirectory.read("PaymentReceived.ach.binpb")
        // Tag 0x0A = field 1, wire type 2; then the 36-byte UUID.
        #expect(Array(golden.prefix(2)) == [0x0A, 36])
        #expect(String(decoding: golden[2..<38], as: UTF8.self) == "f0e1d2c3-b4a5-4968-8776-655443322101")
    }
}
