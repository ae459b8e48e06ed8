/// A replay file cannot be read or written.
public struct ReplayFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's path.
    public var path: String
    /// The line the problem is on (1 is the header); `nil` for problems with the file as a whole.
    public var line: Int?
    /// What is wrong, and what to do about it.
    public var message: String

    /// Creates an error.
    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `PATH:LINE: message`.
    public var description: String {
        line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
    }
}
