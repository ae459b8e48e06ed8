import Foundation
import MembershipStore
import Testing

@Suite("membership ingest-834 on a full file: reconcile against the store", .serialized, .timeLimit(.minutes(2)))
struct ReconcileCommandTests {
    @Test("a full file lists the addition of an unknown family and the termination of a family it omits, published only with --apply")
    func fullFileDryRun() async throws {
        let directory = NSTemporaryDirectory() + "ingest-834-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let database = "sqlite:\(directory)/membership.sqlite"
        try await MembershipStore.withStore(StoreConfiguration(url: database)) { store in
            try await store.migrate()
            try await store.transaction { tx in
                try await tx.persons.insert([PersonRecord(
                    personID: "P-3", ssn: nil, firstName: "Kim", lastName: "Lee", normalizedName: "LEE KIM", birthDate: "1980-01-01",
                    upstreamGroup: "G-1", upstreamMemberID: "E-3", createdAt: 1)])
                try await tx.coverages.insert([CoverageRecord(
                    coverageID: "M-3/2026-01-01", groupNumber: "G-1", householdID: "G-1/E-3", personID: "P-3", mrn: "MRN-3",
                    relationship: "subscriber", planID: "S70-HMO", effectiveDate: "2026-01-01", createdAt: 1)])
            }
        }
        let file = "\(directory)/full.x12"
        let text = X12TestFiles.interchange([
            "BGN*00*FULL01*20261125*0800****4", "DTP*007*D8*20261201", "N1*P5*HARBOR DENTAL*FI*951234567",
            "N1*IN*COAST HMO*FI*954445555",
        ] + ReconciliationTests.subscriber("E-1"))
        try text.write(toFile: file, atomically: true, encoding: .utf8)

        let outcome = try MembershipProcess.run(["ingest-834", file, "--dry-run", "--json", "--database", database])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let objects = try lines.prefix(2).map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["action"] as? String } == ["add_subscriber", "terminate"])
        #expect(objects.map { $0["subscriber_id"] as? String } == ["E-1", "E-3"])
        #expect(objects.map { $0["origin"] as? String } == ["reconcile", "reconcile"])
        #expect(objects.map { $0["published"] as? Bool } == [false, false])
        #expect(objects[1]["coverage_end_date"] as? String == "2026-11-30")
    }
}
