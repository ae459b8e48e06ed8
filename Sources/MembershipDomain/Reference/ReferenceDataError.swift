/// A problem found while parsing or cross-checking reference data, with where it was found.
public struct ReferenceDataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Code: String, Hashable, Sendable {
        /// The header row does not list the expected columns in order.
        case badHeader
        /// A row has a different number of fields than the header.
        case wrongFieldCount
        /// A quoted field is not closed, or a quote appears inside an unquoted field.
        case malformedQuoting
        /// A field's value cannot be read as its column's type.
        case invalidValue
        /// A row repeats the key of an earlier row.
        case duplicate
        /// A row refers to something another file does not define (e.g. a rate for an unknown plan).
        case unknownReference
        /// Something required is absent (e.g. an age band missing from the curve).
        case missing
    }

    /// The kind of problem.
    public let code: Code
    /// The file (data set) name, e.g. `base-rates.csv`.
    public let file: String
    /// The 1-based line number in that file, or `nil` when the problem is not on one line.
    public let line: Int?
    /// What is wrong, for a person fixing the file.
    public let message: String

    /// Creates an error.
    public init(code: Code, file: String, line: Int?, message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message` (or `file: message`).
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
