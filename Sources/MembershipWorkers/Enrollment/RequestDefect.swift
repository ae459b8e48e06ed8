import MembershipDomain
import MembershipEvents

/// Why a readable request cannot be decided (rule E12: answered as an invalid request, not dead-lettered).
/// The reason names the field only, never its value, so no personal data leaks into results or logs.
struct RequestDefect: Error, Equatable, CustomStringConvertible {
    /// Machine-readable kind: `missing-field`, `unknown-enum-value`, `invalid-date`, `invalid-field`, or a field
    /// validation code of ``FieldViolation/Code`` (`e12-zip-code-format` ...).
    let code: String
    /// The field path and what is wrong with it, e.g. "add_subscriber.subscriber.identity.date_of_birth is not a date".
    let reason: String

    var description: String { "\(code): \(reason)" }

    /// The dead-letter code when the defect makes a message unusable (a group contract's, or a request's
    /// envelope): `invalid-date` and `invalid-field` are both ``DeadLetterErrorCode/invalidField``.
    var deadLetterCode: DeadLetterErrorCode {
        switch code {
        case "missing-field": .missingField
        case "unknown-enum-value": .unknownEnumValue
        default: .invalidField
        }
    }

    static func missing(_ field: String) -> RequestDefect { RequestDefect(code: "missing-field", reason: "\(field) is not set") }
    static func unknown(_ field: String) -> RequestDefect {
        RequestDefect(code: "unknown-enum-value", reason: "\(field) has a value this worker does not know")
    }
    static func date(_ field: String) -> RequestDefect { RequestDefect(code: "invalid-date", reason: "\(field) is not a date") }
    static func invalid(_ field: String, _ why: String) -> RequestDefect {
        RequestDefect(code: "invalid-field", reason: "\(field) \(why)")
    }
}

extension RequestDefect {
    /// A field whose value cannot be right: the code is the ``FieldViolation/Code``'s (`e12-ssn-never-issued` ...).
    init(_ violation: FieldViolation) {
        self.init(code: violation.code.rawValue, reason: "\(violation.field) \(violation.code.explanation)")
    }

    /// Runs field checks, turning a ``FieldViolation`` into a defect.
    static func checking<T>(_ body: () throws(FieldViolation) -> T) throws(RequestDefect) -> T {
        do {
            return try body()
        } catch {
            throw RequestDefect(error)
        }
    }
}
