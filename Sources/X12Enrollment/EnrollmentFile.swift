public import X12

/// An 834 file as read: the envelope verdict, its sets with their requests, and the idempotency key.
public struct EnrollmentFile: Sendable {
    /// Everything the envelope check found (what the 999 is written from).
    public var interchange: X12InterchangeResult
    /// The 834 sets, accepted or not, in file order.
    public var sets: [EnrollmentSet]
    /// SHA-256 of the file's bytes, lowercase hex.
    public var contentSHA256: String

    /// Creates a file.
    public init(interchange: X12InterchangeResult, sets: [EnrollmentSet], contentSHA256: String) {
        self.interchange = interchange
        self.sets = sets
        self.contentSHA256 = contentSHA256
    }

    /// ISA05:ISA06, the sender, or `nil` without a readable ISA.
    public var sender: String? { interchange.header?.sender }
    /// ISA13.
    public var controlNumber: String? { interchange.header?.controlNumber }

    /// `sender/ICN/sha256`: the same file always has the same key; a reused control number with other
    /// content has another.
    public var idempotencyKey: String? {
        guard let sender, let controlNumber else { return nil }
        return sender + "/" + controlNumber + "/" + contentSHA256
    }

    /// Whether anything is wrong with the file (the 999 is not a plain acceptance).
    public var hasProblems: Bool { !interchange.isClean }

    /// The requests of the accepted sets, in file order.
    public var requests: [PlannedRequest] { sets.filter(\.result.isAccepted).flatMap(\.requests) }

    /// The event id of a request, derived from the idempotency key, so the same file always publishes the same
    /// ids and the enrollment worker drops a second delivery (processed events by event id).
    public func eventID(for request: PlannedRequest, ordinal: Int) -> String {
        DerivedEventID.make(["834", idempotencyKey ?? contentSHA256, request.origin.rawValue, String(request.segmentNumber),
                             request.action, request.memberKey, String(ordinal)])
    }
}
