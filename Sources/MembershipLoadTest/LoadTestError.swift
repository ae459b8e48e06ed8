/// Why a load test could not run (not: what it measured; failures of requests are in the report).
public enum LoadTestError: Error, Sendable, CustomStringConvertible, Equatable {
    /// An option is out of range or contradicts another; the text says which and what to give.
    case invalidOption(String)
    /// The group contracts were not all answered in time, so requests would be held (rule E12).
    case contractsNotAnswered(answered: Int, published: Int, seconds: Int)
    /// Messages could not be published; the text is the first broker error.
    case publishFailed(count: Int, firstError: String)

    public var description: String {
        switch self {
        case .invalidOption(let text):
            text
        case .contractsNotAnswered(let answered, let published, let seconds):
            "only \(answered) of \(published) group contracts were answered within \(seconds) s: is an enrollment-worker "
                + "consuming membership.group-contracts on this broker? (or use --embedded)"
        case .publishFailed(let count, let firstError):
            "\(count) messages were not delivered: \(firstError). Check the broker (KAFKA_BROKERS / --brokers)"
        }
    }
}
