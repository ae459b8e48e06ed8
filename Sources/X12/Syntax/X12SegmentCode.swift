/// Why a segment is in error (999 IK304, code list 620).
public enum X12SegmentCode: String, Sendable, Hashable {
    /// The segment identifier is not known.
    case unrecognizedSegment = "1"
    /// The segment is not expected here.
    case unexpectedSegment = "2"
    /// A required segment is missing.
    case requiredSegmentMissing = "3"
    /// The segment is not in the proper sequence.
    case notInProperSequence = "7"
    /// The segment has data element errors (see its IK4s).
    case dataElementErrors = "8"
    /// A segment required by the implementation guide in this situation is missing.
    case implementationDependentSegmentMissing = "I6"
}
