/// The topics of the contract (`Docs/TOPICS.md`), by their default names.
enum ProjectTopics {
    static let all = [
        "membership.group-contracts",
        "membership.enrollment-requests",
        "membership.enrollment-results",
        "membership.review-cases",
        "membership.idcard-requests",
        "membership.idcard-mailings",
        "membership.billing-cycles",
        "membership.payments",
        "membership.invoices",
    ]
}
