import ArgumentParser
import Foundation
import Kafka
import Logging

/// `membership bench kafka`: our producer and consumer group against kcat on one embedded cluster.
struct KafkaBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kafka",
        abstract: "Producer and consumer-group throughput of the Kafka wrapper, next to kcat on the same cluster.",
        discussion: """
            Ends with one line:
              kafka-bench: produce=<msg/s> consume=<msg/s> kcat_produce=<msg/s> kcat_consume=<msg/s>

            Example:
              swift run -c release membership bench kafka --messages 1000000 --size 200
            """
    )

    @Option(help: "Messages to produce and consume.")
    var messages: Int = 1_000_000

    @Option(help: "Payload size in bytes.")
    var size: Int = 200

    @Option(help: "Partitions per topic (the development broker keeps at most 5 MiB per partition).")
    var partitions: Int = 64

    @Option(help: "kcat executable.")
    var kcat: String = "/usr/bin/kcat"

    func validate() throws {
        guard messages > 0, size > 0 else { throw ValidationError("--messages and --size must be positive") }
        let perPartition = Double(messages) * Double(size + 70) / Double(partitions)
        guard perPartition < 4.5 * 1024 * 1024 else {
            throw ValidationError("--partitions \(partitions) is too few for \(messages) x \(size) bytes: the development broker keeps 5 MiB per partition; use at least \(Int(Double(messages) * Double(size + 70) / (4.5 * 1024 * 1024)) + 1)")
        }
        guard FileManager.default.isExecutableFile(atPath: kcat) else {
            throw ValidationError("kcat not found at \(kcat): install it (apt-get install kcat) or pass --kcat PATH")
        }
    }

    func run() async throws {
        var logger = Logger(label: "membership.bench")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        let cluster = try EmbeddedKafkaCluster(brokers: 1, logger: logger)
        defer { cluster.shutdown() }
        try cluster.createTopic("bench-swift", partitions: partitions)
        try cluster.createTopic("bench-kcat", partitions: partitions)
        let bootstrap = [cluster.bootstrapServers]
        let progress = Progress()

        progress.say("producing \(messages) x \(size) bytes with the Swift producer ...")
        let produce = try await produceWithSwift(bootstrap: bootstrap, logger: logger)
        progress.say(String(format: "  %.0f msg/s", produce))

        progress.say("consuming them with a Swift consumer group (store offset per batch) ...")
        let consume = try await consumeWithSwift(bootstrap: bootstrap, logger: logger)
        progress.say(String(format: "  %.0f msg/s", consume))

        progress.say("producing the same with kcat ...")
        let kcatProduce = try produceWithKcat(bootstrap: cluster.bootstrapServers)
        progress.say(String(format: "  %.0f msg/s", kcatProduce))

        progress.say("consuming them with a kcat consumer group ...")
        let kcatConsume = try await consumeWithKcat(bootstrap: cluster.bootstrapServers)
        progress.say(String(format: "  %.0f msg/s", kcatConsume))

        print(String(
            format: "kafka-bench: produce=%.0f consume=%.0f kcat_produce=%.0f kcat_consume=%.0f",
            produce, consume, kcatProduce, kcatConsume))
    }

    /// Sends in chunks, several in flight, so librdkafka's queue never runs dry between chunks.
    private func produceWithSwift(bootstrap: [String], logger: Logger) async throws -> Double {
        var configuration = KafkaProducerConfiguration(bootstrapServers: bootstrap)
        configuration.linger = .milliseconds(5)
        configuration.maxQueuedMessages = 500_000
        let producer = try await KafkaProducer(configuration: configuration, logger: logger)
        let payload = [UInt8](repeating: UInt8(ascii: "a"), count: size)
        let chunk = 20_000
        let window = 8
        let clock = ContinuousClock()
        let started = clock.now
        let failures = try await withThrowingTaskGroup(of: Int.self) { group in
            var next = 0
            var failures = 0
            var inFlight = 0
            while next < messages || inFlight > 0 {
                while next < messages && inFlight < window {
                    let range = next..<min(next + chunk, messages)
                    next = range.upperBound
                    inFlight += 1
                    group.addTask {
                        // Keyed, as the workers' messages are: the key spreads them evenly over the
                        // partitions (keyless messages stick to one partition per batch, which can
                        // overflow the development broker's 5 MiB per partition).
                        let batch = range.map { KafkaProducerMessage(topic: "bench-swift", key: String($0), value: payload) }
                        return await producer.send(batch).filter { $0.error != nil }.count
                    }
                }
                failures += try await group.next() ?? 0
                inFlight -= 1
            }
            return failures
        }
        let elapsed = clock.now - started
        await producer.close(timeout: .seconds(10))
        guard failures == 0 else { throw ValidationError("\(failures) messages were not delivered") }
        return Double(messages) / elapsed.seconds
    }

    private func consumeWithSwift(bootstrap: [String], logger: Logger) async throws -> Double {
        var configuration = KafkaConsumerConfiguration(bootstrapServers: bootstrap, groupID: "bench-swift")
        configuration.maxBatchSize = 10_000
        configuration.batchLinger = .milliseconds(10)
        let consumer = try await KafkaConsumer(configuration: configuration, logger: logger)
        try consumer.subscribe(topics: ["bench-swift"])
        let clock = ContinuousClock()
        var first: ContinuousClock.Instant?
        var count = 0
        var bytes = 0
        for try await batch in consumer.batches {
            if first == nil { first = clock.now }
            for message in batch { bytes += message.withValue { $0.count } }
            try consumer.storeOffsets(batch)
            count += batch.count
            if count >= messages { break }
        }
        let elapsed = clock.now - (first ?? clock.now)
        await consumer.close()
        guard bytes == count * size else { throw ValidationError("consumed payloads have the wrong size") }
        return Double(count) / elapsed.seconds
    }

    private func produceWithKcat(bootstrap: String) throws -> Double {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kafka-bench-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        let payload = [UInt8](repeating: UInt8(ascii: "a"), count: size)
        var data = Data(capacity: (size + 9) * messages)
        for index in 0..<messages {
            data.append(contentsOf: String(index).utf8)
            data.append(UInt8(ascii: "\t"))
            data.append(contentsOf: payload)
            data.append(UInt8(ascii: "\n"))
        }
        try data.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: kcat)
        process.arguments = [
            "-P", "-b", bootstrap, "-t", "bench-kcat", "-l", file.path, "-q", "-K", "\t",
            "-X", "enable.idempotence=true", "-X", "linger.ms=5", "-X", "queue.buffering.max.messages=500000",
            "-X", "partitioner=murmur2_random",
        ]
        let clock = ContinuousClock()
        let started = clock.now
        try process.run()
        process.waitUntilExit()
        let elapsed = clock.now - started
        guard process.terminationStatus == 0 else { throw ValidationError("kcat -P exited with \(process.terminationStatus)") }
        return Double(messages) / elapsed.seconds
    }

    /// kcat in balanced-consumer mode, one line per message on stdout, exiting at the end of its
    /// partitions (`-e`, which also flushes its buffered output); timed from its first message to
    /// its last, like ours (group join time excluded for both).
    private func consumeWithKcat(bootstrap: String) async throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: kcat)
        process.arguments = [
            "-b", bootstrap, "-G", "bench-kcat", "-X", "auto.offset.reset=earliest", "-e", "-q", "-f", "%o\\n", "bench-kcat",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let descriptor = output.fileHandleForReading.fileDescriptor
        let target = messages
        let elapsed: Duration = await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let clock = ContinuousClock()
                var first: ContinuousClock.Instant?
                var lines = 0
                var buffer = [UInt8](repeating: 0, count: 1 << 16)
                while lines < target {
                    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                    if count <= 0 { break }
                    if first == nil { first = clock.now }
                    for index in 0..<count where buffer[index] == UInt8(ascii: "\n") { lines += 1 }
                }
                continuation.resume(returning: clock.now - (first ?? clock.now))
            }
        }
        process.terminate()
        process.waitUntilExit()
        return Double(messages) / elapsed.seconds
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

/// Progress lines on standard error, so standard output keeps only the result.
struct Progress {
    private let clock = ContinuousClock()
    private let started = ContinuousClock.now

    func say(_ text: String) {
        let elapsed = (clock.now - started).seconds
        FileHandle.standardError.write(Data((String(format: "[%6.1fs] ", elapsed) + text + "\n").utf8))
    }
}
