public import Logging
import Foundation
import Kafka
import MembershipEvents
import Synchronization
import SwiftProtobuf

/// Runs a load test: publishes a workload's contracts, then its requests on schedule, matches every
/// result (and dead letter) to its request by event id, and reports what came back and how fast.
///
/// Results are read by a consumer group of its own, from the start of the topics: results of other
/// runs are counted as unmatched and otherwise ignored, so several runs can share a broker.
public struct LoadTestRunner: Sendable {
    /// The run's settings.
    public let configuration: LoadTestConfiguration
    private let logger: Logger
    private let gaps: GapWarningCounter

    /// Creates a runner.
    ///
    /// - Parameters:
    ///   - gaps: counts the Kafka module's gap warnings; pass the same counter to an embedded worker's
    ///     logger so its lost messages are reported too.
    ///   - logLevel: what the runner's Kafka clients print on standard error.
    public init(configuration: LoadTestConfiguration, gaps: GapWarningCounter = GapWarningCounter(), logLevel: Logger.Level = .error) {
        self.configuration = configuration
        self.gaps = gaps
        self.logger = gaps.logger(label: "membership.loadtest", level: logLevel)
    }

    /// Runs `workload` and returns the report. `progress` is called about once a second.
    public func run(
        _ workload: LoadTestWorkload,
        progress: @escaping @Sendable (LoadTestProgress) -> Void = { _ in }
    ) async throws -> LoadTestReport {
        let configuration = self.configuration
        let count = workload.requests.count
        let requestIndex = Dictionary(workload.requests.enumerated().map { ($1.eventID, $0) }, uniquingKeysWith: { first, _ in first })
        let contractIndex = Dictionary(workload.contracts.enumerated().map { ($1.eventID, $0) }, uniquingKeysWith: { first, _ in first })
        guard requestIndex.count == count else {
            throw LoadTestError.invalidOption("the workload repeats event ids: every request needs its own to be matched to its result")
        }
        let clock = MonotonicLoadTestClock()
        let recorder = LatencyRecorder(count: count)
        let state = RunState(count: count)

        var producerConfiguration = KafkaProducerConfiguration(bootstrapServers: configuration.bootstrapServers)
        producerConfiguration.linger = configuration.producerLinger
        let producer = try await KafkaProducer(configuration: producerConfiguration, logger: logger)
        var consumerConfiguration = KafkaConsumerConfiguration(
            bootstrapServers: configuration.bootstrapServers, groupID: "membership-loadtest-\(UUID().uuidString.lowercased())")
        consumerConfiguration.autoOffsetReset = .earliest
        // A result waits at most this long in the consumer before it is timed: part of the latency.
        consumerConfiguration.batchLinger = .milliseconds(1)
        consumerConfiguration.maxBatchSize = 10_000
        // The development broker answers a fetch only when its wait time is up, even when data
        // arrived meanwhile; librdkafka's default of 500 ms would be added to every latency. A real
        // Kafka answers as soon as data arrives, for which a short wait costs only more fetches.
        consumerConfiguration.client.properties["fetch.wait.max.ms"] = "\(configuration.fetchWaitMilliseconds)"
        let consumer: KafkaConsumer
        do {
            consumer = try await KafkaConsumer(configuration: consumerConfiguration, logger: logger)
        } catch {
            await producer.close(timeout: .seconds(2))
            throw error
        }
        let requestsDLQ = TopicName.deadLetter(of: configuration.requestsTopic)
        let contractsDLQ = TopicName.deadLetter(of: configuration.contractsTopic)
        try consumer.subscribe(topics: [configuration.resultsTopic, requestsDLQ, contractsDLQ])

        let reader = Task {
            for try await batch in consumer.batches {
                let now = clock.nowNanoseconds() - state.start.load(ordering: .acquiring)
                var answered: [Int] = []
                state.tally.withLock { tally in
                    for message in batch {
                        switch message.topic {
                        case configuration.resultsTopic:
                            guard let result = try? Membership_Enrollment_V1_EnrollmentResult(serializedBytes: message.value) else {
                                tally.unmatched += 1
                                continue
                            }
                            if let index = requestIndex[result.requestID] {
                                if tally.add(result, to: index) { answered.append(index) }
                            } else if let index = contractIndex[result.requestID] {
                                tally.contractsAnswered.insert(index)
                                if case .rejected? = result.outcome { tally.contractsRejected.insert(index) }
                            } else {
                                tally.unmatched += 1
                            }
                        case requestsDLQ:
                            if let request = try? Membership_Enrollment_V1_EnrollmentRequest(serializedBytes: message.value),
                               let index = requestIndex[request.eventID] {
                                if tally.deadLettered(index) { answered.append(index) }
                            } else {
                                tally.unmatched += 1
                            }
                        case contractsDLQ:
                            if let contract = try? Membership_Groups_V1_GroupContract(serializedBytes: message.value),
                               let index = contractIndex[contract.eventID] {
                                tally.contractsAnswered.insert(index)
                                tally.contractsRejected.insert(index)
                            } else {
                                tally.unmatched += 1
                            }
                        default:
                            break
                        }
                    }
                }
                for index in answered { recorder.recordAnswer(index, at: now) }
            }
        }

        do {
            let report = try await drive(
                workload, producer: producer, clock: clock, recorder: recorder, state: state, progress: progress)
            consumer.stopDelivering()
            _ = await reader.result
            await consumer.close(timeout: .seconds(5))
            await producer.close(timeout: .seconds(5))
            return report
        } catch {
            consumer.stopDelivering()
            _ = await reader.result
            await consumer.close(timeout: .seconds(2))
            await producer.close(timeout: .seconds(2))
            throw error
        }
    }

    private func drive(
        _ workload: LoadTestWorkload, producer: KafkaProducer, clock: MonotonicLoadTestClock, recorder: LatencyRecorder,
        state: RunState, progress: @escaping @Sendable (LoadTestProgress) -> Void
    ) async throws -> LoadTestReport {
        let configuration = self.configuration
        let count = workload.requests.count

        // Contracts first: the worker holds requests of a group it does not know yet (rule E12),
        // which would time the wait for the contract, not the request.
        let contractMessages = workload.contracts.map {
            KafkaProducerMessage(topic: configuration.contractsTopic, key: $0.key, value: $0.value, headers: $0.headers)
        }
        let contractFailures = await producer.send(contractMessages).compactMap(\.error)
        if let first = contractFailures.first {
            throw LoadTestError.publishFailed(count: contractFailures.count, firstError: first.message)
        }
        let contractDeadline = clock.nowNanoseconds() + configuration.contractTimeout.nanosecondCount
        while true {
            let answered = state.tally.withLock { $0.contractsAnswered.count }
            if answered >= workload.contracts.count { break }
            if clock.nowNanoseconds() >= contractDeadline {
                throw LoadTestError.contractsNotAnswered(
                    answered: answered, published: workload.contracts.count,
                    seconds: Int(configuration.contractTimeout.nanosecondCount / 1_000_000_000))
            }
            progress(LoadTestProgress(phase: .contracts, elapsedSeconds: 0, total: count, sent: 0, answered: 0,
                                      recentP50Milliseconds: 0, recentP99Milliseconds: 0))
            try await Task.sleep(for: .milliseconds(50))
        }

        let schedule = LoadSchedule(count: count, rate: configuration.rate)
        let pacer = LoadPacer(schedule: schedule, clock: clock, maxChunk: configuration.maxChunk)
        let origin = clock.nowNanoseconds()
        state.start.store(origin, ordering: .releasing)
        let messages = workload.requests.map {
            KafkaProducerMessage(topic: configuration.requestsTopic, key: $0.key, value: $0.value, headers: $0.headers)
        }
        let sending = Atomic<Bool>(true)
        let ticker = Task {
            while !Task.isCancelled {
                try await Task.sleep(for: .seconds(1))
                progress(Self.progress(recorder: recorder, clock: clock, origin: origin, total: count,
                                       phase: sending.load(ordering: .relaxed) ? .sending : .draining))
            }
        }
        defer { ticker.cancel() }

        try await withThrowingTaskGroup(of: (Range<Int>, [KafkaDeliveryReport]).self) { group in
            var inFlight = 0
            func settle(_ range: Range<Int>, _ reports: [KafkaDeliveryReport]) {
                state.tally.withLock { tally in
                    for (index, report) in zip(range, reports) {
                        switch report.result {
                        case .success(let position):
                            tally.positions[index] = (position.topicPartition.partition, position.offset)
                        case .failure(let error):
                            tally.failedToSend[index] = true
                            if tally.firstSendError == nil { tally.firstSendError = error.message }
                        }
                    }
                }
            }
            try await pacer.run(start: origin, recorder: recorder) { range in
                if inFlight >= configuration.maxChunksInFlight, let (done, reports) = try? await group.next() {
                    settle(done, reports)
                    inFlight -= 1
                }
                let chunk = Array(messages[range])
                group.addTask { (range, await producer.send(chunk)) }
                inFlight += 1
            }
            for try await (range, reports) in group { settle(range, reports) }
        }
        sending.store(false, ordering: .relaxed)

        // Wait for the answers; give up only when they stop coming.
        var lastAnswered = -1
        var lastChange = clock.nowNanoseconds()
        while true {
            let failed = state.tally.withLock { $0.failedToSend.reduce(0) { $0 + ($1 ? 1 : 0) } }
            let answered = recorder.progress.answered
            if answered + failed >= count { break }
            let now = clock.nowNanoseconds()
            if answered != lastAnswered {
                lastAnswered = answered
                lastChange = now
            } else if now - lastChange >= configuration.idleTimeout.nanosecondCount {
                break
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        ticker.cancel()

        let final = state.tally.withLock { $0 }
        let entries = recorder.snapshot
        var lost = 0
        let unanswered = entries.indices.filter { entries[$0].answered == nil && !final.failedToSend[$0] }
        if !unanswered.isEmpty {
            let starts = await logStartOffsets(topic: configuration.requestsTopic,
                                               partitions: Set(unanswered.compactMap { final.positions[$0]?.partition }))
            lost = unanswered.filter { index in
                guard let position = final.positions[index], let logStart = starts[position.partition] else { return false }
                return position.offset < logStart
            }.count
        }
        return LoadTestReport(
            entries: entries, tally: final, contracts: workload.contracts.count, rate: configuration.rate,
            lostRequests: lost, gapWarnings: gaps.warnings)
    }

    private static func progress(recorder: LatencyRecorder, clock: MonotonicLoadTestClock, origin: Int64, total: Int,
                                 phase: LoadTestProgress.Phase) -> LoadTestProgress {
        let now = clock.nowNanoseconds() - origin
        let entries = recorder.snapshot
        var sent = 0
        var answered = 0
        var recent: [Int64] = []
        for entry in entries {
            if entry.sent != nil { sent += 1 }
            if let time = entry.answered {
                answered += 1
                if time > now - 1_000_000_000, let latency = entry.latency { recent.append(latency) }
            }
        }
        let summary = LatencySummary(nanoseconds: recent)
        return LoadTestProgress(phase: phase, elapsedSeconds: Double(now) / 1e9, total: total, sent: sent, answered: answered,
                                recentP50Milliseconds: summary.p50, recentP99Milliseconds: summary.p99)
    }

    /// The first offset still in each of `partitions` of `topic` (the log start), read by a consumer
    /// group of its own from the earliest offset. Partitions that gave nothing within 10 s are absent.
    private func logStartOffsets(topic: String, partitions: Set<Int32>) async -> [Int32: Int64] {
        guard !partitions.isEmpty else { return [:] }
        var configuration = KafkaConsumerConfiguration(
            bootstrapServers: self.configuration.bootstrapServers, groupID: "membership-loadtest-probe-\(UUID().uuidString.lowercased())")
        configuration.autoOffsetReset = .earliest
        configuration.batchLinger = .milliseconds(1)
        let quiet = Logger(label: "membership.loadtest.probe") { _ in SwiftLogNoOpLogHandler() }
        guard let consumer = try? await KafkaConsumer(configuration: configuration, logger: quiet),
              (try? consumer.subscribe(topics: [topic])) != nil else { return [:] }
        let found = Mutex<[Int32: Int64]>([:])
        let reading = Task {
            for try await batch in consumer.batches {
                let done = found.withLock { found in
                    for message in batch where found[message.partition] == nil { found[message.partition] = message.offset }
                    return partitions.isSubset(of: Set(found.keys))
                }
                if done { return }
            }
        }
        let timeout = Task {
            try await Task.sleep(for: .seconds(10))
            consumer.stopDelivering()
        }
        _ = await reading.result
        timeout.cancel()
        await consumer.close(timeout: .seconds(2))
        return found.withLock { $0 }
    }
}

/// The state a run shares between its sending, reading and progress tasks.
private final class RunState: Sendable {
    let tally: Mutex<LoadTestTally>
    /// The clock reading when the first request was due; results before that (contracts) need no time.
    let start = Atomic<Int64>(0)

    init(count: Int) {
        tally = Mutex(LoadTestTally(count: count))
    }
}

extension Duration {
    /// Whole nanoseconds (saturating far beyond any timeout used here).
    var nanosecondCount: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
