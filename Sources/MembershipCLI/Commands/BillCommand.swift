import ArgumentParser
import Foundation
import Kafka
import MembershipEvents
import MembershipOperations

/// `membership bill`: publishes billing-cycle requests (what the monthly scheduler runs).
struct BillCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bill",
        abstract: "Request a billing cycle for one group or all groups for a month.",
        discussion: """
            Publishes a BillingCycleRequest to membership.billing-cycles; the billing worker issues \
            the invoices. A (group, month) is billed once: requesting it again returns the same \
            invoice (rule B8). Without --month, the current month (in $TZ) is billed, which is what \
            the monthly Kubernetes CronJob relies on.

            Examples:
              membership bill --group G-104233 --month 2026-11
              membership bill --all
            """
    )

    @Option(help: "The group number, e.g. G-104233 (repeatable).")
    var group: [String] = []

    @Flag(help: "Every group.")
    var all = false

    @Option(help: "The billing month, YYYY-MM (default: the current month).")
    var month: String?

    @Option(help: "The billing-cycles topic (if renamed).")
    var topic: String = TopicName.billingCycles

    @OptionGroup var connection: BrokerOption

    func validate() throws {
        guard all != !group.isEmpty else {
            throw ValidationError("give --group G (one or more) or --all, e.g. `membership bill --all --month 2026-11`")
        }
        if let month {
            do {
                _ = try OperationsRequests.month(month)
            } catch {
                throw ValidationError(error.message)
            }
        }
    }

    func run() async throws {
        let billingMonth = try month.map { try OperationsRequests.month($0) } ?? OperationsRequests.currentMonth()
        let scopes: [String?] = all ? [nil] : group
        let messages = try scopes.map { try OperationsRequests.billingCycle(groupNumber: $0, month: billingMonth, topic: topic) }
        try await OperationsPublisher.publish(messages, what: "the billing cycle request", connection: connection)
        let label = String(format: "%04d-%02d", billingMonth.year, billingMonth.month)
        for scope in scopes {
            print("requested billing of \(scope ?? "all groups") for \(label)")
        }
    }
}
