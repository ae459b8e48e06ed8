/// Why a transaction set is rejected (999 IK502-IK506, code list 718).
public enum X12TransactionSetCode: String, Sendable, Hashable {
    /// The transaction set is not one this program reads.
    case notSupported = "1"
    /// The SE trailer is missing.
    case trailerMissing = "2"
    /// ST02 and SE02 differ.
    case controlNumberMismatch = "3"
    /// SE01 is not the number of segments from ST to SE.
    case segmentCountMismatch = "4"
    /// One or more segments are in error (see the IK3s).
    case segmentsInError = "5"
    /// ST02 is missing or not numeric.
    case invalidControlNumber = "7"
    /// ST02 repeats within the functional group.
    case controlNumberNotUnique = "23"
    /// Implementation: one or more segments are in error.
    case implementationSegmentsInError = "I5"
}
