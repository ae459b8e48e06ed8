import Foundation
import Kafka
import MembershipOperations
import Testing

@Suite("Replay file format")
struct ReplayFileTests {
    let records = [
        ReplayRecord(
            topic: "membership.enrollment-requests", partition: 3, offset: 41, timestampMilliseconds: 1_795_590_723_250,
            key: Array("G-104233/E-5521".utf8), value: [0, 1, 2, 0x0A, 255],
            headers: [KafkaHeader(key: "trace", text: "abc"), KafkaHeader(key: "empty", value: nil), KafkaHeader(key: "zero", value: [])]),
        ReplayRecord(
            topic: "membership.enrollment-requests", partition: 0, offset: 7, timestampMilliseconds: nil,
            key: nil, value: [], headers: []),
    ]

    @Test("written records read back byte for byte, nil keys and header values kept apart from empty ones")
    func roundTrip() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let recordedAt = Date(timeIntervalSince1970: 1_795_590_000.125)
        try ReplayFile.write(records, header: ReplayFile.Header(recordedAt: recordedAt, source: "membership.enrollment-requests"), to: path)
        let (header, read) = try ReplayFile.read(path: path)
        #expect(read == records)
        #expect(header.version == 1)
        #expect(header.source == "membership.enrollment-requests")
        #expect(abs(header.recordedAt.timeIntervalSince1970 - 1_795_590_000.125) < 0.001)
    }

    @Test("the file is JSON lines: a version-tagged header, then one base64 record per line")
    func layout() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try ReplayFile.write(records, header: ReplayFile.Header(recordedAt: Date(timeIntervalSince1970: 0), source: "t"), to: path)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let header = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["format"] as? String == "membership-replay")
        #expect(header["version"] as? Int == 1)
        #expect(header["recordedAt"] as? String == "1970-01-01T00:00:00.000Z")
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(first["key"] as? String == "Ry0xMDQyMzMvRS01NTIx")
        #expect(first["value"] as? String == "AAECCv8=")
        #expect(first["partition"] as? Int == 3)
        #expect(first["offset"] as? Int == 41)
        #expect(first["timestamp"] as? Int == 1_795_590_723_250)
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as? [String: Any])
        #expect(second["key"] is NSNull)
        #expect(second["timestamp"] is NSNull)
    }

    @Test("a newer version, a foreign file and a bad line are refused with the line number")
    func rejects() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try #"{"format":"membership-replay","version":2,"recordedAt":"2026-11-25T07:00:00Z"}"#.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ReplayFileError.self) { try ReplayFile.read(path: path) }
        do {
            _ = try ReplayFile.read(path: path)
        } catch {
            #expect(error.line == 1)
            #expect(error.message.contains("version 2 is not supported"))
        }

        try "hello\n".write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try ReplayFile.read(path: path)
            Issue.record("a foreign file was read")
        } catch {
            #expect(error.message.contains("not a replay file"))
        }

        let good = #"{"format":"membership-replay","version":1,"recordedAt":"2026-11-25T07:00:00.000Z","source":"x"}"#
        let bad = #"{"topic":"t","partition":0,"offset":1,"timestamp":null,"key":null,"value":"%%%","headers":[]}"#
        try "\(good)\n\(bad)\n".write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try ReplayFile.read(path: path)
            Issue.record("an invalid record was read")
        } catch {
            #expect(error.line == 2)
            #expect(error.description == "\(path):2: value is not valid base64")
        }
    }

    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("replay-\(UUID().uuidString.prefix(8)).jsonl").path
    }
}
