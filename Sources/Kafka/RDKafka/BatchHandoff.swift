import Dispatch
import Synchronization

/// Hands batches from the consumer's poll thread to the one task iterating them, with room for
/// one batch in between: the poll thread runs at most one batch ahead of the caller, so a slow
/// caller bounds memory instead of librdkafka's queues growing without limit.
///
/// It also knows which batch the caller holds (the *in-flight* batch: handed out, and not yet
/// followed by a request for the next one), which is what a revocation waits for.
final class BatchHandoff: Sendable {
    private struct State {
        var buffered: KafkaMessageBatch?
        var waiter: CheckedContinuation<KafkaMessageBatch?, any Error>?
        var inFlight: KafkaMessageBatch?
        var finished = false
        var failure: KafkaError?
    }

    private let state = Mutex(State())
    /// One permit per free buffer slot; the poll thread takes one before polling.
    private let room = DispatchSemaphore(value: 1)

    /// Poll thread: waits up to `timeout` for room for one more batch.
    func waitForRoom(timeout: Duration) -> Bool {
        room.wait(timeout: .now() + .milliseconds(Int(timeout.milliseconds))) == .success
    }

    /// Poll thread: gives back the room taken by ``waitForRoom(timeout:)`` when the poll
    /// returned nothing.
    func returnRoom() { room.signal() }

    /// Poll thread: passes a batch on (after ``waitForRoom(timeout:)`` succeeded).
    func push(_ batch: KafkaMessageBatch) {
        let waiter: CheckedContinuation<KafkaMessageBatch?, any Error>? = state.withLock { state in
            if let waiter = state.waiter {
                state.waiter = nil
                state.inFlight = batch
                return waiter
            }
            state.buffered = batch
            return nil
        }
        if let waiter {
            room.signal()
            waiter.resume(returning: batch)
        }
    }

    /// Caller: the next batch, or `nil` once the consumer closed. Releases the previous batch.
    func next() async throws -> KafkaMessageBatch? {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                enum Outcome { case batch(KafkaMessageBatch), end(KafkaError?), wait }
                let outcome: Outcome = state.withLock { state in
                    state.inFlight = nil
                    if let batch = state.buffered {
                        state.buffered = nil
                        state.inFlight = batch
                        return .batch(batch)
                    }
                    if state.finished { return .end(state.failure) }
                    state.waiter = continuation
                    return .wait
                }
                switch outcome {
                case .batch(let batch):
                    room.signal()
                    continuation.resume(returning: batch)
                case .end(let failure?):
                    continuation.resume(throwing: failure)
                case .end(nil):
                    continuation.resume(returning: nil)
                case .wait:
                    break
                }
            }
        } onCancel: {
            let waiter = state.withLock { state in
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume(returning: nil)
        }
    }

    /// Whether the caller still holds a batch.
    var hasInFlightBatch: Bool { state.withLock { $0.inFlight != nil } }

    /// Forgets the in-flight batch (the caller is done: it is closing).
    func releaseInFlight() { state.withLock { $0.inFlight = nil } }

    /// Poll thread, on revocation or seek: drops buffered messages of partitions that
    /// `isDropped` names, so no caller processes a message its member no longer owns.
    /// Returns how many messages were dropped.
    @discardableResult
    func dropBuffered(where isDropped: (KafkaTopicPartition) -> Bool) -> Int {
        let (dropped, freedRoom): (Int, Bool) = state.withLock { state in
            guard let batch = state.buffered else { return (0, false) }
            let (kept, dropped) = batch.filtered { !isDropped($0) }
            if kept.isEmpty {
                state.buffered = nil
                return (dropped, true)
            }
            state.buffered = kept
            return (dropped, false)
        }
        if freedRoom { room.signal() }
        return dropped
    }

    /// Ends the sequence: the caller gets what is buffered, then `nil` (or `failure`).
    func finish(failure: KafkaError? = nil) {
        let waiter: CheckedContinuation<KafkaMessageBatch?, any Error>? = state.withLock { state in
            state.finished = true
            state.failure = failure
            defer { state.waiter = nil }
            return state.waiter
        }
        if let failure {
            waiter?.resume(throwing: failure)
        } else {
            waiter?.resume(returning: nil)
        }
        room.signal()  // Wake a poll thread waiting for room.
    }
}
