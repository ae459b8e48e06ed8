/// Why a readable request cannot be decided (rule E12: answered as an invalid request, not dead-lettered).
/// The reason names the field only, never its value, so no personal data leaks into results or logs.
struct RequestDefect: Error, Equatable, CustomStringConvertible {
    /// Machine-readable kind: `missing-field`, `unknown-enum-value`, `invalid-date`, `invalid-field`.
    let code: String
    /// The field path and what is wrong with it, e.g. "add_subscriber.subscriber.identity.date_of_birth is not a date".
    let reason: String

    var description: String { "\(code): \(reason)" }

    static func missing(_ field: String) -> RequestDefect { RequestDefect(code: "missing-field", reason: "\(field) is not set") }
    static func unknown(_ field: String) -> RequestDefect {
        RequestDefect(code: "unknown-enum-value", reason: "\(field) has a value this worker does not know")
    }
    static func date(_ field: String) -> RequestDefect { RequestDefect(code: "invalid-date", reason: "\(field) is not a date") }
    static func invalid(_ field: String, _ why: String) -> RequestDefect {
        RequestDefect(code: "invalid-field", reason: "\(field) \(why)")
    }
}
