/// Why a functional group is in error (999 AK905-AK909, code list 716).
public enum X12GroupCode: String, Sendable, Hashable {
    /// The functional group is not one this program reads.
    case notSupported = "1"
    /// The version in GS08 is not supported.
    case versionNotSupported = "2"
    /// The GE trailer is missing.
    case trailerMissing = "3"
    /// GS06 and GE02 differ.
    case controlNumberMismatch = "4"
    /// GE01 is not the number of transaction sets in the group.
    case setCountMismatch = "5"
    /// GS06 is missing or not numeric.
    case invalidControlNumber = "6"
}
