import ArgumentParser
import MembershipEvents
import MembershipOperations

/// `membership mail-run`: asks the ID-card workers to mail every pending card now.
struct MailRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mail-run",
        abstract: "Request a mailing run: every pending ID card is packed into envelopes now.",
        discussion: """
            Publishes a MailingRunRequest to membership.idcard-requests. Cards younger than the \
            workers' MAILING_SETTLE wait for the next run. Running the same --run-id again mails \
            nothing new (rule C5).

            Examples:
              membership mail-run
              membership mail-run --run-id MR-2026-11-25-01 --brokers file:b.txt
            """
    )

    @Option(help: "The run's id, named by every envelope (default: MR-YYYYMMDD-HHMMSS, UTC).")
    var runID: String?

    @Option(help: "The idcard-requests topic (if renamed).")
    var topic: String = TopicName.idCardRequests

    @OptionGroup var connection: BrokerOption

    func validate() throws {
        if let runID, runID.isEmpty || runID.contains(where: \.isWhitespace) {
            throw ValidationError("--run-id must be non-empty without spaces, e.g. MR-2026-11-25-01")
        }
    }

    func run() async throws {
        let id = runID ?? OperationsRequests.defaultRunID()
        try await OperationsPublisher.publish([try OperationsRequests.mailingRun(runID: id, topic: topic)], what: "the mailing run request", connection: connection)
        print("requested mailing run \(id)")
    }
}
