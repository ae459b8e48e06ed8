import ArgumentParser
import Foundation
import Kafka
import MembershipEvents
import MembershipOperations
import MembershipStore

/// `membership review list|show|resolve`: the manual-review desk (rules M2, M3).
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List, show and resolve manual-review cases (rules M2, M3).",
        discussion: """
            Reads the cases from the workers' database; resolving publishes a resolve_review \
            enrollment request that the enrollment worker applies. SSNs are shown by their last \
            four digits and dates of birth by their year only.

            Example:
              membership review list --database postgres://membership@db/membership
            """,
        subcommands: [List.self, Show.self, Resolve.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the open cases, earliest due first; overdue ones are marked (rule M3).",
            discussion: "Example:\n  membership review list --overdue --database sqlite:membership.sqlite"
        )

        @Flag(help: "Only cases past their due date.")
        var overdue = false

        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let today = ReviewCommand.today()
            let cases = try await ReviewCommand.withStore(database) { store in
                try await store.readTransaction { tx in
                    overdue ? try await tx.reviewCases.overdueCases(asOf: today) : try await tx.reviewCases.openCases()
                }
            }
            print(ReviewCaseReport.table(cases, today: today))
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one case: the enrollee's evidence and the candidate persons.",
            discussion: "Example:\n  membership review show RC-2026-000731 --database sqlite:membership.sqlite"
        )

        @Argument(help: "The case id, e.g. RC-2026-000731.")
        var caseID: String

        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let file = try await ReviewCommand.withStore(database) { try await ReviewCaseFile.load(id: caseID, from: $0) }
            print(ReviewCaseReport.detail(file, today: ReviewCommand.today()))
        }
    }

    struct Resolve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Decide a case: publish the resolve_review request for the enrollment worker.",
            discussion: """
                Exactly one decision: --match PERSON (one of the case's candidates: the enrollee is that \
                person), --new-person (the enrollee is nobody known; for a move case: approve the \
                move), or --reject. The outcome arrives on membership.enrollment-results.

                Example:
                  membership review resolve RC-2026-000731 --match P-00071344 --reason "same person, SSN typo" --brokers file:b.txt
                """
        )

        @Argument(help: "The case id, e.g. RC-2026-000731.")
        var caseID: String

        @Option(name: .customLong("match"), help: "The candidate person id the enrollee is, e.g. P-00071344.")
        var matchPerson: String?

        @Flag(help: "The enrollee is a new person (for a move case: approve the move).")
        var newPerson = false

        @Flag(help: "Reject the request under review.")
        var reject = false

        @Option(help: "Why, in your words (kept with the case).")
        var reason: String

        @Option(name: .customLong("operator"), help: "Your login (default: $USER).")
        var operatorLogin: String?

        @Option(help: "The enrollment-requests topic (if renamed).")
        var topic: String = TopicName.enrollmentRequests

        @OptionGroup var database: DatabaseOption

        @OptionGroup var connection: BrokerOption

        func validate() throws {
            let decisions = [matchPerson != nil, newPerson, reject].filter { $0 }.count
            guard decisions == 1 else {
                throw ValidationError("give exactly one decision: --match PERSON, --new-person or --reject (see `membership review show \(caseID)`)")
            }
        }

        func run() async throws {
            let decision: ReviewResolution.Decision = if let matchPerson { .match(personID: matchPerson) } else if newPerson { .newPerson } else { .reject }
            let login = operatorLogin ?? ProcessInfo.processInfo.environment["USER"] ?? ""
            let resolution = ReviewResolution(decision: decision, operatorLogin: login, reason: reason)
            let file = try await ReviewCommand.withStore(database) { try await ReviewCaseFile.load(id: caseID, from: $0) }
            let message = try resolution.message(for: file, topic: topic)
            let settings = try connection.settings()
            let producer: KafkaProducer
            do {
                producer = try await KafkaProducer(configuration: settings.producerConfiguration, logger: connection.logger)
            } catch {
                throw OperationsError(error, while: "publishing the resolution of \(caseID)")
            }
            let report = await producer.send([message])[0]
            await producer.close(timeout: .seconds(10))
            if let error = report.error {
                throw OperationsError(error, while: "publishing the resolution of \(caseID) to \(topic)")
            }
            print("published the resolution of \(caseID) (key \(String(decoding: message.key ?? [], as: UTF8.self))); the outcome arrives on \(TopicName.enrollmentResults)")
        }
    }

    static func today() -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// Opens the workers' database; a failure says how to point at it.
    static func withStore<R: Sendable>(_ database: DatabaseOption, _ body: (MembershipStore) async throws -> R) async throws -> R {
        let configuration = try database.configuration()
        do {
            return try await MembershipStore.withStore(configuration, body)
        } catch let error as OperationsError {
            throw error
        } catch {
            throw OperationsError(
                "cannot read review cases from \(database.resolved) (\(error)): pass the workers' database with --database "
                    + "or DATABASE_URL, migrated with `membership migrate`")
        }
    }
}
