import Foundation
import Testing

@Suite("membership ingest-834 (the built executable)", .serialized, .timeLimit(.minutes(2)))
struct Ingest834CommandTests {
    @Test("--dry-run --json on a sample: one JSON line per request, then the summary; nothing published")
    func dryRunJSON() throws {
        let path = try #require(X12TestFiles.fixturePath("lfh_cancel-dependent"))
        let outcome = try MembershipProcess.run(["ingest-834", path, "--dry-run", "--json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let request = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(request["action"] as? String == "terminate")
        #expect(request["subscriber_id"] as? String == "123456789")
        #expect(request["relationship"] as? String == "child")
        #expect(request["coverage_end_date"] as? String == "1996-08-01")
        #expect(request["group_number"] as? String == "123456001")
        #expect(request["segment"] as? Int == 8)
        #expect(request["published"] as? Bool == false)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(summary["requests"] as? Int == 1)
        #expect(summary["problems"] as? Int == 0)
        #expect(summary["control_number"] as? String == "000010216")
        #expect((summary["summary"] as? String)?.hasSuffix("dry run: nothing published") == true)
    }

    @Test("--dry-run --ack on a sample writes an accepting 999; text output names the action")
    func dryRunText() throws {
        let path = try #require(X12TestFiles.fixturePath("lfh_change-subscriber-information"))
        let ack = NSTemporaryDirectory() + "ingest-834-\(UUID().uuidString).999"
        defer { try? FileManager.default.removeItem(atPath: ack) }
        let outcome = try MembershipProcess.run(["ingest-834", path, "--dry-run", "--ack", ack, "--ack-control-number", "12"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.hasPrefix("change_demographics  group 123456001  family 123456789  subscriber        member 123456789  segment 7"))
        let written = try String(contentsOfFile: ack, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(written.count == 10)
        #expect(written[0].hasPrefix("ISA*00*          *00*          *ZZ*123456789012346*ZZ*123456789012345*"))
        #expect(written[0].hasSuffix("*^*00501*000000012*0*T*:~"))
        #expect(Array(written[2...7]) == [
            "ST*999*0001*005010X231A1~", "AK1*BE*20213*005010X220A1~", "AK2*834*0001*005010X220A1~", "IK5*A~", "AK9*A*1*1*1~",
            "SE*6*0001~",
        ])
    }

    @Test("a file with problems exits 2, prints each problem with its segment and element, and says what to do")
    func rejected() throws {
        let path = NSTemporaryDirectory() + "ingest-834-\(UUID().uuidString).x12"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = X12TestFiles.interchange(X12TestFiles.header() + ["INS*Y*18*023*08*A", "REF*0F*E-1", "REF*1L*G-1", "NM1*IL*1*DOE*KIM"])
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let outcome = try MembershipProcess.run(["ingest-834", path, "--dry-run"])
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput.hasPrefix("error: segment 7 (INS), element 03: INS03 maintenance type code \"023\" is unknown"))
        #expect(outcome.standardError.contains("fix the problems above"))
    }

    @Test("an unreadable path says so and what to check")
    func missingFile() throws {
        let outcome = try MembershipProcess.run(["ingest-834", "/nonexistent/file.x12", "--dry-run"])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("cannot read /nonexistent/file.x12"))
        #expect(outcome.standardError.contains("check the path"))
    }

    @Test("publishing without brokers says how to give them")
    func noBrokers() throws {
        let path = try #require(X12TestFiles.fixturePath("lfh_cancel-dependent"))
        let outcome = try MembershipProcess.run(["ingest-834", path])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("no brokers: pass --brokers host:port or set KAFKA_BROKERS"))
    }

    @Test("--validate-only counts the requests and prints the throughput")
    func validateOnly() throws {
        let path = try #require(X12TestFiles.fixturePath("lfh_cancel-dependent"))
        let outcome = try MembershipProcess.run(["ingest-834", path, "--validate-only"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("1 transaction set (1 accepted), 1 member; 1 requests; read 0.0 MB in "))
        #expect(outcome.standardOutput.hasSuffix("validate only: nothing published\n"))
    }
}
