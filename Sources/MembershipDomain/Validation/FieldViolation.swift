/// A field of a request whose value cannot be right (rule E12: the request is answered as invalid,
/// naming the field and the code, never the value).
///
/// The codes refine the contract's `REJECTION_REASON_INVALID_REQUEST` (``RejectionReason/e12InvalidRequest``):
/// the contract has one value for a malformed request and says its message names the field, so the
/// code travels in that message (`Docs/REASON-CODES.md`, "Field validation").
public struct FieldViolation: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong with the field.
    public enum Code: String, CaseIterable, Hashable, Sendable {
        /// The date does not exist (February 30, month 13, day 0).
        case invalidDate = "e12-invalid-date"
        /// The date exists but is outside the years the system accepts (before 1900 or after 2199), or a
        /// birth date more than 130 years before the request.
        case dateOutOfRange = "e12-date-out-of-range"
        /// The date of birth is after the day the request was received.
        case birthDateInFuture = "e12-birth-date-in-future"
        /// The ZIP code is not five digits or ZIP+4 (`93030` or `93030-1234`), or is `00000`.
        case zipCodeFormat = "e12-zip-code-format"
        /// The state is not a two-letter USPS code.
        case stateFormat = "e12-state-format"
        /// A name part is longer than the limit (first and middle 35, last 60, suffix 10 characters), or has
        /// no letter.
        case nameLength = "e12-name-length"
        /// A name part has a character other than letters, spaces, hyphens, apostrophes and periods.
        case nameCharacters = "e12-name-characters"
        /// The SSN is not nine digits (optionally written `NNN-NN-NNNN`).
        case ssnFormat = "e12-ssn-format"
        /// The SSN is a number the Social Security Administration never issues: area 000, 666 or 900-999,
        /// group 00, or serial 0000.
        case ssnNeverIssued = "e12-ssn-never-issued"
        /// Hours worked are negative.
        case negativeHours = "e12-negative-hours"
        /// Hours worked exceed what the period has (168 a week, 744 a pay period).
        case hoursOutOfRange = "e12-hours-out-of-range"
        /// The plan id names no plan of the reference data.
        case unknownPlan = "e12-unknown-plan"

        /// The rule the code enforces: every field code is a malformed request (rule E12).
        public var ruleID: String { "E12" }

        /// What is wrong, as the end of a sentence that starts with the field's path.
        public var explanation: String {
            switch self {
            case .invalidDate: "is not a date that exists"
            case .dateOutOfRange: "is outside the accepted range of years"
            case .birthDateInFuture: "is after the day the request was received"
            case .zipCodeFormat: "is not a five-digit ZIP code or ZIP+4"
            case .stateFormat: "is not a two-letter USPS state code"
            case .nameLength: "is longer than allowed or has no letter"
            case .nameCharacters: "has characters a name cannot have"
            case .ssnFormat: "is not nine digits"
            case .ssnNeverIssued: "is a number the Social Security Administration never issues"
            case .negativeHours: "is negative"
            case .hoursOutOfRange: "exceeds the hours the period has"
            case .unknownPlan: "names no known plan"
            }
        }
    }

    /// The field's path in the request, e.g. `add_subscriber.subscriber.identity.ssn`.
    public let field: String
    /// What is wrong.
    public let code: Code

    /// Creates a violation.
    public init(_ code: Code, field: String) {
        self.code = code
        self.field = field
    }

    /// `<field> <explanation> [<code>]`, e.g. `add_dependent.dependent.home_address.zip_code is not a
    /// five-digit ZIP code or ZIP+4 [e12-zip-code-format]`. Never the value.
    public var description: String { "\(field) \(code.explanation) [\(code.rawValue)]" }
}
