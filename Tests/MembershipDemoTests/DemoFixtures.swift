import Foundation
import MembershipDemo
import MembershipDomain
import MembershipEvents
import SwiftProtobuf

/// Populations and reference data shared by the tests (generated once: the default size takes a
/// moment).
enum DemoFixtures {
    /// The default-size population (20 groups, 2,000 families) for seed 42.
    static let standard: DemoPopulation = try! DemoPopulation.generate(seed: 42)
    /// A small population for comparisons.
    static func small(seed: UInt64) -> DemoPopulation {
        try! DemoPopulation.generate(seed: seed, groups: 4, families: 120, month: YearMonth(year: 2026, month: 11)!)
    }

    /// The repository's `Reference/` files, which are exactly the demo's reference data.
    static let reference: ReferenceData = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Reference")
        var files: [ReferenceData.File: String] = [:]
        for file in ReferenceData.File.allCases {
            files[file] = try! String(contentsOf: folder.appendingPathComponent(file.fileName), encoding: .utf8)
        }
        return try! ReferenceData(files: files)
    }()

    /// The calendar date of a protobuf date.
    static func date(_ proto: Membership_Common_V1_CalendarDate) -> CalendarDate {
        CalendarDate(year: Int(proto.year), month: Int(proto.month), day: Int(proto.day))!
    }

    /// The UTC calendar day of a timestamp (the demo's instants fall on the same day in California).
    static func day(_ timestamp: Google_Protobuf_Timestamp) -> CalendarDate {
        CalendarDate(daysSinceEpoch: Int(timestamp.seconds / 86_400))
    }

    /// The person a request enrolls, if it enrolls one.
    static func enrollee(_ request: Membership_Enrollment_V1_EnrollmentRequest) -> Membership_Enrollment_V1_Enrollee? {
        switch request.action {
        case .addSubscriber(let add)?: add.subscriber
        case .addDependent(let add)?: add.dependent
        default: nil
        }
    }
}
