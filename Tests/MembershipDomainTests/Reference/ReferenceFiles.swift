import Foundation
import MembershipDomain

/// Reads the checked-in reference CSVs (tests may do I/O; the domain does not).
enum ReferenceFiles {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Reference
        .deletingLastPathComponent()  // MembershipDomainTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Reference")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    static func load() throws -> ReferenceData {
        try ReferenceData(
            ageCurveCSV: text("age-curve.csv"), plansCSV: text("plans.csv"), baseRatesCSV: text("base-rates.csv"),
            countiesCSV: text("counties.csv"), serviceAreaCSV: text("service-area-zips.csv"))
    }

    /// Loaded once per test process.
    static let shared: ReferenceData = {
        do { return try load() } catch { preconditionFailure("reference data failed to load: \(error)") }
    }()
}
