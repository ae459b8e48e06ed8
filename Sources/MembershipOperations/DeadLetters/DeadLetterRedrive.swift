public import Kafka
public import Logging
public import MembershipEvents
import SwiftProtobuf

/// Re-drives dead letters (`membership replay dlq TOPIC.dlq`): each record of a dead-letter topic
/// goes back to the topic its `dlq.origin.topic` header names, with its original key, value and
/// headers and without the dead-letter headers, so a worker that fixed the cause handles it anew.
///
/// Re-driving twice sends the records twice; workers skip events whose id they recorded already,
/// so only records that failed again are handled again.
public struct DeadLetterRedrive: Sendable {
    /// What a re-drive did.
    public struct Report: Sendable, Equatable {
        /// Records re-driven, per origin topic.
        public var redriven: [String: Int] = [:]
        /// Records left alone because ``errorCode`` did not match.
        public var skippedByCode = 0
        /// Records without readable dead-letter headers (not re-driven: their origin is unknown).
        public var withoutOrigin = 0

        /// Records re-driven in all.
        public var total: Int { redriven.values.reduce(0, +) }
    }

    /// Where the brokers are.
    public var settings: BrokerSettings
    /// Only re-drive dead letters with this error code; `nil`: all.
    public var errorCode: DeadLetterErrorCode?
    /// Decide and count, but send nothing.
    public var dryRun = false
    /// When set, the re-driven events' ids are deleted from `processed_events` first, so the
    /// workers handle them again (see ``ProcessedEventEraser``).
    public var eraser: ProcessedEventEraser?
    /// Logs librdkafka's own warnings.
    public var logger: Logger

    /// Creates a re-drive.
    public init(settings: BrokerSettings, logger: Logger) {
        self.settings = settings
        self.logger = logger
    }

    /// The record that re-drives `deadLetter`: its origin topic, key, value and non-dead-letter
    /// headers; throws when the dead-letter headers are missing or malformed.
    public static func message(for deadLetter: ReplayRecord) throws(DeadLetterMetadataError) -> KafkaProducerMessage {
        let texts = Dictionary(deadLetter.headers.compactMap { header in header.text.map { (header.key, $0) } }) { first, _ in first }
        let metadata = try DeadLetterMetadata(headers: texts)
        let names = Set(DeadLetterHeader.allCases.map(\.name))
        return KafkaProducerMessage(
            topic: metadata.originTopic, key: deadLetter.key, value: deadLetter.value,
            headers: deadLetter.headers.filter { !names.contains($0.key) })
    }

    /// The event id inside a dead letter's value, decoded by its origin topic's message type;
    /// `nil` when the value does not decode (such records were recorded under their position, not
    /// an id, and need no forgetting).
    public static func eventID(of message: KafkaProducerMessage) -> String? {
        guard let topic = EventTopic(defaultName: message.topic),
              let event = try? topic.valueType.init(serializedBytes: message.value) as? any MembershipEvent,
              !event.eventID.isEmpty
        else { return nil }
        return event.eventID
    }

    /// Re-drives `range` of `deadLetterTopic`, calling `progress` with the report after each batch.
    public func run(
        deadLetterTopic: String, range: TopicRange,
        progress: @escaping @Sendable (Report) -> Void = { _ in }
    ) async throws -> Report {
        guard deadLetterTopic.hasSuffix(TopicName.deadLetterSuffix) else {
            throw OperationsError(
                "\(deadLetterTopic) is not a dead-letter topic: name the .dlq topic, e.g. `membership replay dlq \(TopicName.deadLetter(of: TopicName.enrollmentRequests))`")
        }
        let producer: KafkaProducer?
        if dryRun {
            producer = nil
        } else {
            do {
                producer = try await KafkaProducer(configuration: settings.producerConfiguration, logger: logger)
            } catch {
                throw OperationsError(error, while: "connecting to re-drive \(deadLetterTopic)")
            }
        }
        let report = ReportBox()
        let errorCode = self.errorCode
        let eraser = self.eraser
        let dryRun = self.dryRun
        let reader = TopicReader(settings: settings, groupPrefix: "membership-replay-dlq", logger: logger)
        do {
            try await reader.read(topic: deadLetterTopic, range: range) { records in
                var messages: [KafkaProducerMessage] = []
                for record in records {
                    guard let message = try? Self.message(for: record) else {
                        report.update { $0.withoutOrigin += 1 }
                        continue
                    }
                    if let errorCode, record.headers.text(for: DeadLetterHeader.errorCode.name) != errorCode.rawValue {
                        report.update { $0.skippedByCode += 1 }
                        continue
                    }
                    messages.append(message)
                }
                if let eraser, !dryRun {
                    try await eraser.forget(eventIDs: messages.compactMap(Self.eventID(of:)))
                }
                if let producer {
                    let failures = await producer.send(messages).compactMap(\.error)
                    if let failure = failures.first {
                        throw OperationsError(
                            "\(failures.count) dead letters were not re-driven: \(failure.message); check that the origin topics exist "
                                + "(`membership topics list`) and re-run")
                    }
                }
                report.update { report in
                    for message in messages { report.redriven[message.topic, default: 0] += 1 }
                }
                progress(report.value)
            }
        } catch {
            await producer?.close(timeout: .seconds(5))
            throw error
        }
        await producer?.close(timeout: .seconds(10))
        return report.value
    }
}
