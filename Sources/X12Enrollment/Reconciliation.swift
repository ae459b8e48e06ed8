import MembershipEvents
import X12

/// The requests that make the store agree with a full file (BGN08 = 4) or with audit lines (INS03 = 030):
/// members in the file but not enrolled are added (with the addition built from their line), and, for a full
/// file only, members enrolled in the file's groups but absent from it are terminated on the day before the
/// file's date. Subscribers are matched by family (group + REF*0F), dependents by their upstream member id.
public struct Reconciliation: Sendable {
    /// Additions and terminations, additions first in file order, then terminations by family.
    public var requests: [PlannedRequest]
    /// Enrolled dependents of families in the file that carry no upstream member id: they cannot be matched
    /// to a line of the file, so reconcile leaves them alone and reports them.
    public var unmatched: [EnrolledMember]

    /// Compares `set` with `enrolled` (the members in force in the set's groups on its ``EnrollmentSet/reconcileDate``).
    public init(set: EnrollmentSet, enrolled: [EnrolledMember], mapper: EnrollmentRequestMapper) {
        requests = []
        unmatched = []
        struct Family: Hashable { var group: String; var subscriber: String }
        struct Member: Hashable { var family: Family; var key: String }
        var enrolledFamilies = Set<Family>()
        var enrolledMembers = Set<Member>()
        for member in enrolled {
            let family = Family(group: member.groupNumber, subscriber: member.subscriberRef)
            if member.isSubscriber { enrolledFamilies.insert(family) }
            if let key = member.upstreamMemberID { enrolledMembers.insert(Member(family: family, key: key)) }
        }
        var fileFamilies = Set<Family>()
        var fileMembers = Set<Member>()
        for entry in set.roster {
            let family = Family(group: entry.groupNumber, subscriber: entry.subscriberID)
            fileMembers.insert(Member(family: family, key: entry.memberKey))
            if entry.isSubscriber { fileFamilies.insert(family) }
            let present = entry.isSubscriber ? enrolledFamilies.contains(family)
                : enrolledMembers.contains(Member(family: family, key: entry.memberKey))
            if !present, let addition = entry.addition { requests.append(addition) }
        }
        guard set.header.isFullFile, let date = set.reconcileDate else { return }
        let groups = Set(set.roster.map(\.groupNumber))
        let end = date.previousDay
        var occurredAt = mapper.occurredAt(set.header)
        if occurredAt.seconds == 0 { occurredAt = .init() }
        var terminatedFamilies = Set<Family>()
        for member in enrolled where groups.contains(member.groupNumber) {
            let family = Family(group: member.groupNumber, subscriber: member.subscriberRef)
            if terminatedFamilies.contains(family) { continue }
            let selector: Membership_Enrollment_V1_MemberSelector
            let key: String
            if member.isSubscriber {
                guard !fileFamilies.contains(family) else { continue }
                terminatedFamilies.insert(family)
                selector = .with { $0.wholeFamily = true }
                key = member.upstreamMemberID ?? member.subscriberRef
            } else if !fileFamilies.contains(family) && enrolledFamilies.contains(family) {
                continue  // The subscriber's termination ends the whole family.
            } else if let upstream = member.upstreamMemberID {
                guard !fileMembers.contains(Member(family: family, key: upstream)) else { continue }
                selector = .with { $0.upstreamMemberID = upstream }
                key = upstream
            } else {
                unmatched.append(member)
                continue
            }
            var request = Membership_Enrollment_V1_EnrollmentRequest()
            request.source = mapper.source
            request.groupNumber = member.groupNumber
            request.subscriberRef = member.subscriberRef
            request.occurredAt = occurredAt
            request.action = .terminate(.with {
                $0.members = selector
                $0.coverageEndDate = end.proto
            })
            requests.append(PlannedRequest(action: "terminate", request: request, subscriberID: member.subscriberRef, memberKey: key,
                                           relationship: member.isSubscriber ? "subscriber" : "dependent",
                                           maintenanceType: MaintenanceType.audit.rawValue, segmentNumber: 0,
                                           dates: ["coverage_end_date": end.description], origin: .reconcile))
        }
    }
}
