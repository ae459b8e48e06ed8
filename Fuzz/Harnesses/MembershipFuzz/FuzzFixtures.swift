import Foundation
import Logging
import MembershipDomain
import MembershipStore
import MembershipWorkers

/// The handlers and reference data the harnesses share, built once from the repository's `Reference/`.
final class FuzzFixtures: Sendable {
    static let shared = FuzzFixtures()

    let enrollment: EnrollmentHandlers
    let billing: BillingHandlers
    let idCards: IDCardHandlers
    let plansByID: [PlanID: Plan]
    let counties: [County]

    private init() {
        // Fuzz/Harnesses/MembershipFuzz/FuzzFixtures.swift -> the repository root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let directory = ProcessInfo.processInfo.environment["MEMBERSHIP_REFERENCE_DIR"]
            ?? root.appendingPathComponent("Reference").path
        do {
            let reference = try ReferenceData.read(directory: directory)
            let protector = try SSNProtector(keys: [.init(id: "fuzz", secret: Array(repeating: 7, count: 32))],
                                             currentKeyID: "fuzz")
            let quiet = Logger(label: "fuzz") { _ in SwiftLogNoOpLogHandler() }
            enrollment = EnrollmentHandlers(protector: protector, reference: reference)
            billing = BillingHandlers(reference: reference, logger: quiet)
            idCards = IDCardHandlers(worker: "fuzz", logger: quiet)
            plansByID = reference.plans
            counties = reference.counties
        } catch {
            FileHandle.standardError.write(Data("membership-fuzz cannot load the reference data in \(directory): \(error)\n".utf8))
            exit(1)
        }
    }
}
