import ArgumentParser
import Foundation
import MembershipOperations

/// `membership tail TOPIC`: decodes and prints a topic's records.
struct TailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tail",
        abstract: "Print a topic's records decoded (pretty or --json); on a .dlq topic with the dead-letter headers.",
        discussion: """
            Follows the topic from its end unless told where to start; stops after --max records, \
            or with --to-end once it read what the topic held when it started. On a dead-letter topic \
            (NAME.dlq) the error code, message, origin and attempts are shown and the payload is \
            decoded by its origin topic's message type. SSNs show their last four digits and dates \
            of birth their year unless --unmasked. Reads in a group of its own: workers' offsets \
            are not touched.

            Examples:
              membership tail enrollment-results
              membership tail membership.enrollment-requests.dlq --from-beginning --to-end
              membership tail invoices --since 2026-11-25T08:00:00Z --json --max 10 | jq .value
            """
    )

    @Argument(help: "The topic, e.g. membership.enrollment-results (or enrollment-results).")
    var topic: String

    @Flag(help: "Start at the oldest record still on the broker.")
    var fromBeginning = false

    @Option(help: "Start at this offset on every partition.")
    var offset: Int64?

    @Option(help: "Start at records written at or after this time (RFC 3339, e.g. 2026-11-25T08:00:00Z).")
    var since: String?

    @Flag(help: "Stop after the records the topic held when tail started.")
    var toEnd = false

    @Option(help: "Stop after this many records.")
    var max: Int?

    @Flag(help: "One JSON object per record and line.")
    var json = false

    @Flag(help: "Print SSNs and dates of birth in full.")
    var unmasked = false

    @Option(help: "Decode as this project topic's message type (for a renamed topic).")
    var type: String?

    @OptionGroup var connection: BrokerOption

    func validate() throws {
        let starts = [fromBeginning, offset != nil, since != nil].filter { $0 }.count
        guard starts <= 1 else { throw ValidationError("give at most one of --from-beginning, --offset, --since") }
        if let offset, offset < 0 { throw ValidationError("--offset must be 0 or more") }
        if let max, max < 1 { throw ValidationError("--max must be at least 1") }
        if let since { _ = try OperationsTime.parse(since, option: "--since") }
    }

    func run() async throws {
        let name = TopicArgument.resolve(topic)
        let valueTopic = try type.map { try TopicArgument.eventTopic(of: name, type: $0) }
        var start = TopicRange.Start.end
        if fromBeginning { start = .beginning }
        if let offset { start = .offset(offset) }
        if let since { start = .since(try OperationsTime.parse(since, option: "--since")) }
        let range = TopicRange(start: start, maxRecords: max, stopAtEnd: toEnd)
        let formatter = RecordFormatter(style: json ? .json : .pretty, revealPersonalData: unmasked, valueTopic: valueTopic)
        let reader = TopicReader(settings: try connection.settings(), groupPrefix: "membership-tail", logger: connection.logger)
        if !toEnd && max == nil { status("following \(name); Ctrl-C to stop") }
        let count = try await reader.read(topic: name, range: range) { records in
            var output = ""
            for record in records { output += formatter.format(record) + (json ? "\n" : "\n\n") }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
        status("\(count) record(s)")
    }
}
