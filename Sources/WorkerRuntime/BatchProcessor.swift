import Logging
import MembershipEvents
import MembershipStore
import SwiftProtobuf

/// Applies one polled batch to the database in one transaction, one savepoint per message: the
/// heart of effectively-once processing (ARCHITECTURE.md, "Processing guarantee").
///
/// For each message in order: decode (undecodable -> dead letter), skip an event id already
/// processed, flag an id reused with other content (dead letter), otherwise apply the handler in a
/// savepoint, append its events to the outbox and record the event id. Dead letters are themselves
/// outbox rows, so they are published exactly when the batch commits, and recorded under the
/// message's position so a redelivery does not dead-letter it twice.
struct BatchProcessor: Sendable {
    let handlers: [String: AnyMessageHandler]
    let store: MembershipStore
    let workerName: String
    let logger: Logger
    let metrics: WorkerMetrics
    /// Milliseconds since 1970, for bookkeeping columns only (never for decisions: rule X1).
    let now: @Sendable () -> Int64

    /// What a committed batch did.
    struct Outcome: Sendable, Equatable {
        var applied = 0
        var duplicates = 0
        var deadLettered = 0
        var outboxRows = 0
    }

    /// Runs the batch's transaction. Throws only when the batch must be retried as a whole (the
    /// database is unreachable, a lock timed out, ``RetryableFailure``); everything a message can do
    /// wrong on its own is dead-lettered inside.
    func process(_ messages: [IncomingMessage], attempt: Int) async throws -> Outcome {
        var prepared: [(IncomingMessage, Result<AnyMessageHandler.Prepared, InvalidMessage>, String)] = []
        prepared.reserveCapacity(messages.count)
        for message in messages {
            let digest = ProcessedEvent.digest(of: message.value)
            guard let handler = handlers[message.topic] else {
                prepared.append((message, .failure(InvalidMessage(code: DeadLetterErrorCode.noHandler.rawValue, reason: "no handler for topic \(message.topic)")), digest))
                continue
            }
            do throws(InvalidMessage) {
                prepared.append((message, .success(try handler.prepare(message)), digest))
            } catch {
                prepared.append((message, .failure(error), digest))
            }
        }
        let stamp = now()
        return try await store.transaction { transaction in
            let keys = prepared.map { message, result, digest in
                switch result {
                case .success(let ready): (eventID: ready.eventID, payloadSHA256: digest)
                case .failure: (eventID: Self.positionID(message), payloadSHA256: digest)
                }
            }
            let statuses = try await transaction.processedEvents.statuses(keys)
            var outcome = Outcome()
            var outbox: [OutboxMessage] = []
            var processed: [ProcessedEvent] = []
            // A redelivery can sit in the same batch as the original: earlier messages of the batch
            // count as processed for later ones.
            var seenInBatch: [String: String] = [:]
            for ((message, result, digest), key) in zip(prepared, keys) {
                var status = statuses[key.eventID] ?? .new
                if let earlier = seenInBatch[key.eventID] {
                    status = earlier == digest ? .duplicate : .conflictingPayload(storedSHA256: earlier)
                } else if status == .new {
                    seenInBatch[key.eventID] = digest
                }
                if status == .duplicate {
                    outcome.duplicates += 1
                    continue
                }
                switch result {
                case .failure(let invalid):
                    outbox.append(deadLetter(message, code: invalid.code, reason: invalid.reason, attempts: attempt, at: stamp))
                    processed.append(ProcessedEvent(eventID: key.eventID, payloadSHA256: digest, topic: message.topic, processedAt: stamp))
                    outcome.deadLettered += 1
                case .success(let ready):
                    if case .conflictingPayload = status {
                        let event = ProcessedEvent(eventID: ready.eventID, payloadSHA256: digest, topic: message.topic, processedAt: stamp)
                        try await transaction.processedEvents.flagConflict(event)
                        outbox.append(deadLetter(
                            message, code: DeadLetterErrorCode.eventIDReused.rawValue,
                            reason: "event id \(ready.eventID) was already processed with different content; flagged for investigation",
                            attempts: attempt, at: stamp))
                        outcome.deadLettered += 1
                        continue
                    }
                    do {
                        let events = try await transaction.savepoint { savepoint in
                            let events = try await ready.apply(savepoint)
                            try await savepoint.outbox.append(events)
                            return events
                        }
                        outcome.outboxRows += events.count
                        outcome.applied += 1
                        processed.append(ProcessedEvent(eventID: ready.eventID, payloadSHA256: digest, topic: message.topic, processedAt: stamp))
                    } catch let invalid as InvalidMessage {
                        outbox.append(deadLetter(message, code: invalid.code, reason: invalid.reason, attempts: attempt, at: stamp))
                        processed.append(ProcessedEvent(eventID: ready.eventID, payloadSHA256: digest, topic: message.topic, processedAt: stamp))
                        outcome.deadLettered += 1
                    } catch {
                        // A failure of the database itself (connection lost) must retry the batch;
                        // a failure of this message's statements (the connection answers) must not
                        // block the partition: probe the connection to tell them apart.
                        if error is RetryableFailure || error is CancellationError { throw error }
                        _ = try await transaction.processedEvents.status(eventID: "connection-probe", payloadSHA256: "")
                        logger.error(
                            "Handler failed on a message; dead-lettering it as non-retryable",
                            metadata: ["topic": "\(message.topic)", "partition": "\(message.partition)",
                                       "offset": "\(message.offset)", "error": "\(type(of: error))"])
                        outbox.append(deadLetter(
                            message, code: DeadLetterErrorCode.nonRetryable.rawValue,
                            reason: "handler failed: \(Self.describe(error))", attempts: attempt, at: stamp))
                        processed.append(ProcessedEvent(eventID: ready.eventID, payloadSHA256: digest, topic: message.topic, processedAt: stamp))
                        outcome.deadLettered += 1
                    }
                }
            }
            try await transaction.outbox.append(outbox)
            try await transaction.processedEvents.record(processed)
            outcome.outboxRows += outbox.count
            return outcome
        }
    }

    /// The idempotency key of a message without a readable event id: its position in the log.
    static func positionID(_ message: IncomingMessage) -> String {
        "position:\(message.topic)/\(message.partition)/\(message.offset)"
    }

    private static func describe(_ error: any Error) -> String {
        if let store = error as? StoreError { return store.description }
        return String(describing: type(of: error))
    }

    private func deadLetter(_ message: IncomingMessage, code: String, reason: String, attempts: Int, at stamp: Int64) -> OutboxMessage {
        metrics.deadLettered.increment()
        let metadata = DeadLetterMetadata(
            errorCode: DeadLetterErrorCode(rawValue: code), errorMessage: reason, originTopic: message.topic,
            originPartition: message.partition, originOffset: message.offset, attempts: attempts, worker: workerName,
            time: Google_Protobuf_Timestamp(seconds: stamp / 1000, nanos: Int32(stamp % 1000) * 1_000_000))
        var headers = message.headers.compactMap { header in header.value.map { OutboxHeader(name: header.key, value: $0) } }
        headers += metadata.headers.map { OutboxHeader(name: $0.name, value: Array($0.value.utf8)) }
        return OutboxMessage(
            topic: TopicName.deadLetter(of: message.topic), key: message.key, payload: message.value,
            headers: headers, createdAt: stamp)
    }
}
