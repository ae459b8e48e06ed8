import ArgumentParser
import Foundation
import Kafka
import Logging
import MembershipDemo
import MembershipDomain
import MembershipEvents
import MembershipStore
import SwiftProtobuf
import Synchronization

/// `membership demo`: the main job on the embedded default, in one process.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the whole back office on a generated population: broker, database and the three workers in one process.",
        discussion: """
            Generates groups and families from a seed, publishes their contracts and enrollment requests \
            through the topics, lets the enrollment, billing and ID-card workers process them, runs a \
            billing cycle and a mailing run, and prints what came out.

            Examples:
              membership demo
              membership demo --seed 7 --families 500 --json
              DATABASE_URL=postgres://postgres@127.0.0.1:5432/demo membership demo
            """
    )

    @Option(help: "Seed of the generated population (same seed, same population).")
    var seed: UInt64 = 42

    @Option(help: "Employer groups.")
    var groups: Int = 20

    @Option(help: "Families (about three people each).")
    var families: Int = 2_000

    @Option(name: .customLong("database"), help: "sqlite:PATH or postgres://... (default: $DATABASE_URL, else a fresh sqlite:membership-demo.sqlite).")
    var database: String?

    @Option(help: "Folder with the reference CSV files.")
    var reference: String = "Reference"

    @Flag(help: "Print the summary as one JSON object instead of the report.")
    var json = false

    @Option(help: "Give up waiting for outcomes after this many seconds.")
    var timeout: Int = 300

    func validate() throws {
        guard groups >= 1, families >= groups else { throw ValidationError("--families must be at least --groups, and --groups at least 1") }
    }

    func run() async throws {
        var logger = Logger(label: "membership.demo")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .error
        let progress = Progress()
        let databaseURL = try resolveDatabase()
        let population: DemoPopulation
        do {
            population = try DemoPopulation.generate(seed: seed, groups: groups, families: families)
        } catch {
            throw ValidationError("\(error)")
        }
        progress.say("generated \(population.groupContracts.count) groups, \(population.familyCount) families, \(population.personCount) people, \(population.requests.count) requests (seed \(seed))")

        let system = try await DemoSystem.start(databaseURL: databaseURL, referenceDirectory: reference, logger: logger)
        defer { system.cluster.shutdown() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await system.store.run() }
            _ = try await system.store.migrate()
            try await ReferenceDataLoader(store: system.store).load(system.reference)
            progress.say("embedded broker at \(system.cluster.bootstrapServers), database \(Self.redacted(databaseURL))")
            for worker in system.workers {
                group.addTask { try await worker.run() }
            }
            let state = DemoState()
            let collector = try await Collector.start(bootstrap: system.cluster.bootstrapServers, state: state, logger: logger)
            let clock = ContinuousClock()
            let started = clock.now

            // Contracts first (the enrollment worker holds requests for groups it does not know yet).
            try await publish(population.groupContracts.map {
                KafkaProducerMessage(topic: TopicName.groupContracts, key: $0.groupNumber, value: try $0.serializedBytes())
            }, with: system.producer)
            // Contracts are in force long before their employees enroll: wait for their outcomes, as
            // upstream systems would, rather than let requests outrun them (rule E12 holds such
            // requests only for a bounded time, measured in the requests' own time).
            try await wait("group contract outcomes", timeout: .seconds(timeout), progress: progress) {
                let decided = state.summary.withLock { $0.contractsAccepted + $0.contractsRejected }
                return (decided >= population.groupContracts.count, "\(decided)/\(population.groupContracts.count) group contracts decided")
            }
            try await publish(population.requests.map {
                KafkaProducerMessage(topic: TopicName.enrollmentRequests, key: DemoPopulation.key(of: $0), value: try $0.serializedBytes())
            }, with: system.producer)
            state.summary.withLock { $0.requestsPublished = population.requests.count }
            progress.say("published \(population.groupContracts.count) contracts and \(population.requests.count) requests")

            try await wait("enrollment outcomes", timeout: .seconds(timeout), progress: progress) {
                let (done, total) = state.summary.withLock { ($0.accepted + $0.rejected + $0.pendingReview, population.requests.count) }
                return (done >= total, "\(done)/\(total) requests decided")
            }
            let enrolled = clock.now - started

            // Billing for the population's month, then a mailing run for every pending card.
            var cycle = Membership_Billing_V1_BillingCycleRequest()
            cycle.eventID = UUID().uuidString.lowercased()
            cycle.occurredAt = Google_Protobuf_Timestamp(date: Date())
            cycle.source = "membership-demo"
            cycle.allGroups = true
            cycle.billingMonth = .with {
                $0.year = Int32(population.billingMonth.year)
                $0.month = Int32(population.billingMonth.month)
            }
            try await publish([KafkaProducerMessage(topic: TopicName.billingCycles, key: RecordKey.allGroups, value: try cycle.serializedBytes())], with: system.producer)
            try await Task.sleep(for: .seconds(2))  // Let the last card requests reach the ID-card worker.
            var run = Membership_Idcard_V1_MailingRunRequest()
            run.eventID = UUID().uuidString.lowercased()
            run.occurredAt = Google_Protobuf_Timestamp(date: Date())
            run.source = "membership-demo"
            run.runID = "demo-\(seed)"
            var wrapper = Membership_Idcard_V1_IdCardRequestsMessage()
            wrapper.mailingRunRequest = run
            try await publish([KafkaProducerMessage(topic: TopicName.idCardRequests, key: RecordKey.mailingRun(runID: run.runID), value: try wrapper.serializedBytes())], with: system.producer)

            try await wait("invoices and envelopes", timeout: .seconds(timeout), progress: progress) {
                let quiet = state.quietFor(.seconds(3))
                return state.summary.withLock { summary in
                    let cards = summary.envelopesByCardCount.reduce(0) { $0 + $1.key * $1.value }
                    let invoices = summary.invoicesByGroup.count
                    // All groups are billed in one transaction and a mailing run packs every pending
                    // card at once, so output that went quiet after both arrived is complete.
                    return (invoices > 0 && cards > 0 && quiet,
                            "\(invoices) invoices, \(summary.envelopeCount) envelopes (\(cards) cards)")
                }
            }
            let final = state.summary.withLock { summary -> DemoSummary in
                summary.elapsed = clock.now - started
                return summary
            }
            progress.say(String(format: "done: enrollment took %.1f s", enrolled.seconds))
            print(json ? final.json() : final.render())

            await collector.stop()
            group.cancelAll()
            await system.producer.close(timeout: .seconds(5))
            await system.store.close()
        }
    }

    private func resolveDatabase() throws -> String {
        if let url = database ?? ProcessInfo.processInfo.environment["DATABASE_URL"] { return url }
        let path = "membership-demo.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return "sqlite:\(path)"
    }

    private static func redacted(_ url: String) -> String {
        guard let at = url.lastIndex(of: "@"), let scheme = url.range(of: "://") else { return url }
        return String(url[..<scheme.upperBound]) + "***" + String(url[at...])
    }

    private func publish(_ messages: [KafkaProducerMessage], with producer: KafkaProducer) async throws {
        let failed = await producer.send(messages).compactMap(\.error)
        if let first = failed.first {
            throw ValidationError("\(failed.count) messages were not delivered to the embedded broker: \(first.message)")
        }
    }

    private func wait(
        _ what: String, timeout: Duration, progress: Progress,
        _ check: @Sendable () -> (done: Bool, status: String)
    ) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var lastReport = clock.now
        while true {
            let (done, status) = check()
            if done {
                progress.say(status)
                return
            }
            if clock.now >= deadline {
                throw ValidationError("gave up waiting for \(what) after \(timeout): \(status). Re-run with LOG_LEVEL=info to see the workers' logs, or a larger --timeout")
            }
            if clock.now - lastReport >= .seconds(1) {
                progress.say(status)
                lastReport = clock.now
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}

/// What the demo's collector has seen, shared with the command's progress checks.
final class DemoState: Sendable {
    let summary = Mutex(DemoSummary())
    let lastMessage = Mutex(ContinuousClock.now)

    /// Whether no output arrived for `duration`.
    func quietFor(_ duration: Duration) -> Bool {
        ContinuousClock.now - lastMessage.withLock { $0 } >= duration
    }
}

/// Reads the output topics into the summary, as the systems downstream would.
final class Collector: Sendable {
    private let consumer: KafkaConsumer
    private let task: Task<Void, any Error>

    private init(consumer: KafkaConsumer, task: Task<Void, any Error>) {
        self.consumer = consumer
        self.task = task
    }

    static func start(bootstrap: String, state: DemoState, logger: Logger) async throws -> Collector {
        var configuration = KafkaConsumerConfiguration(bootstrapServers: [bootstrap], groupID: "membership-demo-summary")
        configuration.batchLinger = .milliseconds(20)
        let consumer = try await KafkaConsumer(configuration: configuration, logger: logger)
        try consumer.subscribe(topics: [TopicName.enrollmentResults, TopicName.reviewCases, TopicName.invoices, TopicName.idCardMailings])
        let task = Task {
            for try await batch in consumer.batches {
                state.lastMessage.withLock { $0 = ContinuousClock.now }
                for message in batch {
                    let bytes = message.value
                    switch message.topic {
                    case TopicName.enrollmentResults:
                        if let result = try? Membership_Enrollment_V1_EnrollmentResult(serializedBytes: bytes) { state.summary.withLock { $0.add(result) } }
                    case TopicName.reviewCases:
                        if let reviewCase = try? Membership_Enrollment_V1_ReviewCase(serializedBytes: bytes) { state.summary.withLock { $0.add(reviewCase: reviewCase) } }
                    case TopicName.invoices:
                        if let invoices = try? Membership_Billing_V1_InvoicesMessage(serializedBytes: bytes), case .invoiceIssued(let invoice)? = invoices.payload {
                            state.summary.withLock { $0.add(invoice) }
                        }
                    case TopicName.idCardMailings:
                        if let envelope = try? Membership_Idcard_V1_Envelope(serializedBytes: bytes) { state.summary.withLock { $0.add(envelope) } }
                    default:
                        break
                    }
                }
                try consumer.storeOffsets(batch)
            }
        }
        return Collector(consumer: consumer, task: task)
    }

    func stop() async {
        task.cancel()
        await consumer.close(timeout: .seconds(5))
    }
}
