public import MembershipEvents

/// One enrollment request an 834 file asks for, with what the command prints about it (no personal data).
public struct PlannedRequest: Sendable {
    /// Where the request came from.
    public enum Origin: String, Sendable {
        /// A member loop of the file (INS03 001/021/024/025).
        case file
        /// The difference between a full or audit file and what is enrolled (INS03 030 / BGN08 4).
        case reconcile
    }

    /// The proto oneof name: `add_subscriber`, `add_dependent`, `terminate`, `cancel_coverage`,
    /// `change_demographics`, `change_plan`, `reinstate`, `continue_cobra`.
    public var action: String
    /// The request to publish (its `event_id` is set once the file's content hash is known).
    public var request: Membership_Enrollment_V1_EnrollmentRequest
    /// REF*0F: the family.
    public var subscriberID: String
    /// The member the request is about: the upstream member id it selects or carries.
    public var memberKey: String
    /// `subscriber`, `spouse`, `domestic_partner`, `child`, `stepchild`, `adopted_child`.
    public var relationship: String
    /// INS03 of the member loop (`021` ...), or `030` for reconcile.
    public var maintenanceType: String
    /// The INS segment's ordinal in the file (0 for a termination found by reconcile: it has no segment).
    public var segmentNumber: Int
    /// The request's dates by name (`coverage_end_date`, `event_date`, `eligibility_begin`, `hire_date` ...), ISO.
    public var dates: [String: String]
    /// File or reconcile.
    public var origin: Origin

    /// Creates a planned request.
    public init(action: String, request: Membership_Enrollment_V1_EnrollmentRequest, subscriberID: String, memberKey: String,
                relationship: String, maintenanceType: String, segmentNumber: Int, dates: [String: String], origin: Origin) {
        self.action = action
        self.request = request
        self.subscriberID = subscriberID
        self.memberKey = memberKey
        self.relationship = relationship
        self.maintenanceType = maintenanceType
        self.segmentNumber = segmentNumber
        self.dates = dates
        self.origin = origin
    }

    /// The record key on `membership.enrollment-requests`: `<group>/<subscriber ref>`.
    public var recordKey: String {
        RecordKey.family(groupNumber: request.groupNumber, subscriberRef: request.subscriberRef)
    }
}
