/// An error raised by the store, with a machine-readable code and a message that never contains PII.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// A database URL or setting is invalid.
        public static let invalidConfiguration = Code("invalidConfiguration")
        /// The database could not be reached or a connection failed.
        public static let connectionFailed = Code("connectionFailed")
        /// The database holds a schema newer than this code knows.
        public static let schemaTooNew = Code("schemaTooNew")
        /// A row read back from the database does not have the expected shape.
        public static let corruptRow = Code("corruptRow")
        /// A rollback failed; the connection was closed instead of being reused.
        public static let rollbackFailed = Code("rollbackFailed")
        /// An SSN was not nine digits, or no HMAC key is configured.
        public static let invalidSSN = Code("invalidSSN")
        /// A write conflicted with existing data in a way the caller must resolve.
        public static let conflict = Code("conflict")

        /// The code's name.
        public var description: String { name }
    }

    /// What kind of failure this is.
    public var code: Code
    /// A human-readable explanation (no SSNs, names or dates of birth).
    public var message: String
    /// The underlying error, if any.
    public var underlying: (any Error)?

    /// Creates an error.
    public init(_ code: Code, _ message: String, underlying: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.underlying = underlying
    }

    /// `code: message (underlying error type)`. The underlying error's own text is left out on purpose: a
    /// database error's debug description can quote the statement's bound values, which may be PII.
    public var description: String {
        if let underlying { return "\(code): \(message) (\(type(of: underlying)))" }
        return "\(code): \(message)"
    }
}
