import ArgumentParser
import Foundation
import Kafka
import MembershipEvents
import MembershipOperations

/// `membership produce TOPIC`: hand-written JSON lines to a topic.
struct ProduceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "produce",
        abstract: "Send JSON lines (protobuf JSON of the topic's message type) to a topic.",
        discussion: """
            Each line is one message in protobuf's JSON mapping (field names as in Protos/, in \
            lowerCamelCase); blank lines and lines starting with # are skipped. A missing eventId, \
            occurredAt or source is filled in (a new UUID, now, membership-cli). The record key is \
            the one the topic's contract prescribes (Docs/TOPICS.md). Every line is checked before \
            the first is sent: an input with a mistake sends nothing.

            Examples:
              membership produce billing-cycles --file cycles.jsonl
              echo '{"groupNumber":"G-104233","billingMonth":{"year":2026,"month":11}}' | membership produce membership.billing-cycles
            """
    )

    @Argument(help: "The topic, e.g. membership.enrollment-requests (or enrollment-requests).")
    var topic: String

    @Option(help: "Read the lines from this file instead of standard input.")
    var file: String?

    @Option(help: "Decode as this project topic's message type (for a renamed topic).")
    var type: String?

    @OptionGroup var connection: BrokerOption

    func run() async throws {
        let name = TopicArgument.resolve(topic)
        guard !name.hasSuffix(TopicName.deadLetterSuffix) else {
            throw ValidationError("\(name) is a dead-letter topic: its records need the dlq.* headers only workers write; produce to \(name.dropLast(TopicName.deadLetterSuffix.count)) instead")
        }
        let eventTopic = try TopicArgument.eventTopic(of: name, type: type)
        let text: String
        if let file {
            guard let contents = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw ValidationError("--file \(file): cannot read it as UTF-8 text; check the path")
            }
            text = contents
        } else {
            if isatty(STDIN_FILENO) != 0 { status("reading JSON lines from standard input; end with Ctrl-D") }
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        let messages = try EventJSONLines(topic: eventTopic, topicName: name).messages(text: text)
        guard !messages.isEmpty else {
            throw ValidationError("no messages in the input: give one JSON object per line (see `membership produce --help`)")
        }
        let settings = try connection.settings()
        let producer: KafkaProducer
        do {
            producer = try await KafkaProducer(configuration: settings.producerConfiguration, logger: connection.logger)
        } catch {
            throw OperationsError(error, while: "producing to \(name)")
        }
        let progress = TerminalProgress(total: messages.count, unit: "records")
        var sent = 0
        for chunk in stride(from: 0, to: messages.count, by: 500).map({ Array(messages[$0..<min($0 + 500, messages.count)]) }) {
            let failures = await producer.send(chunk).compactMap(\.error)
            if let failure = failures.first {
                await producer.close(timeout: .seconds(5))
                throw OperationsError("\(sent) of \(messages.count) sent, then the broker refused \(failures.count): \(failure.message); check that \(name) exists (`membership topics list`)")
            }
            sent += chunk.count
            progress.update(sent)
        }
        await producer.close(timeout: .seconds(10))
        progress.finish(sent)
        print("produced \(sent) record(s) to \(name)")
    }
}
