/// The default names of the topics in the event contract (`Docs/TOPICS.md`).
///
/// Every name is configurable at deployment; these are the defaults that configuration falls back
/// to, defined once so producers, workers, the CLI and tests cannot drift apart.
public enum TopicName {
    /// Group contracts (setup, renewal, reinstatement, termination). Key: group number.
    public static let groupContracts = "membership.group-contracts"
    /// Enrollment requests from upstream systems. Key: `<group number>/<subscriber ref>`.
    public static let enrollmentRequests = "membership.enrollment-requests"
    /// Outcomes of enrollment requests and group contracts. Key: the request's key.
    public static let enrollmentResults = "membership.enrollment-results"
    /// Manual-review cases opened and closed. Key: case id.
    public static let reviewCases = "membership.review-cases"
    /// ID-card requests and mailing-run requests. Key: subscriber member id, or `mailing-run/<run id>`.
    public static let idCardRequests = "membership.idcard-requests"
    /// Envelopes for the print-and-mail vendor. Key: household key.
    public static let idCardMailings = "membership.idcard-mailings"
    /// Billing-cycle requests. Key: group number, or `all-groups`.
    public static let billingCycles = "membership.billing-cycles"
    /// Payments from payment processors. Key: group number.
    public static let payments = "membership.payments"
    /// Invoices issued and payments applied. Key: group number.
    public static let invoices = "membership.invoices"

    /// Every default topic name above, in the order `Docs/TOPICS.md` lists them (dead-letter topics
    /// not included: see ``deadLetter(of:)``).
    public static let all: [String] = [
        groupContracts, enrollmentRequests, enrollmentResults, reviewCases,
        idCardRequests, idCardMailings, billingCycles, payments, invoices,
    ]

    /// What a dead-letter topic's name adds to the name of the topic it serves.
    public static let deadLetterSuffix = ".dlq"

    /// The dead-letter topic of `topic`: `<topic>.dlq`, carrying the original key and value bytes
    /// unchanged plus ``DeadLetterHeader`` headers.
    public static func deadLetter(of topic: String) -> String {
        topic + deadLetterSuffix
    }
}
