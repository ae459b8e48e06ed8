import Foundation
import MembershipDomain

/// New identifiers for one decision (rule M1). Person, member and case ids are random UUIDs: a redelivered
/// event is skipped by the processed-event table, so ids need not repeat on replay. MRN sequence numbers
/// come from the store's per-region sequence, reserved before the decision (``needed`` counts them on a
/// first, dry pass; the decider is deterministic, so the second pass asks for the same regions).
struct StoreIdentifierSource: IdentifierSource {
    /// Numbers reserved per region, used in order.
    var reserved: [Region: [Int]]
    /// How many numbers each region was asked for.
    private(set) var needed: [Region: Int] = [:]

    init(reserved: [Region: [Int]] = [:]) {
        self.reserved = reserved
    }

    mutating func newPersonID() -> PersonID { PersonID("P-" + UUID().uuidString.lowercased()) }

    mutating func newMemberID() -> MemberID { MemberID("M-" + UUID().uuidString.lowercased()) }

    mutating func newReviewCaseID() -> ReviewCaseID { ReviewCaseID("RC-" + UUID().uuidString.lowercased()) }

    mutating func nextMRNSequence(in region: Region) -> Int {
        needed[region, default: 0] += 1
        guard var numbers = reserved[region], !numbers.isEmpty else {
            // Dry pass: any valid number; the decision made with it is thrown away.
            return needed[region, default: 1]
        }
        let next = numbers.removeFirst()
        reserved[region] = numbers
        return next
    }
}
