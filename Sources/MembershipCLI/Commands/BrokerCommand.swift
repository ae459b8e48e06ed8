import ArgumentParser
import Foundation
import Kafka
import Logging
import MembershipEvents

/// `membership broker`: the development broker (librdkafka's mock cluster) as a process.
struct BrokerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broker",
        abstract: "Run an in-memory Kafka cluster on loopback for development and tests.",
        discussion: """
            Creates every project topic and its .dlq, prints the bootstrap servers on one line, \
            and runs until SIGINT or SIGTERM. Messages live in memory (at most 5 MiB per \
            partition, oldest dropped): not for production.

            Example:
              membership broker --bootstrap-file b.txt &
              KAFKA_BROKERS=file:b.txt enrollment-worker
              kcat -L -b "$(cat b.txt)"
            """
    )

    @Option(help: "Number of brokers.")
    var brokers: Int = 1

    @Option(help: "Partitions of each project topic.")
    var partitions: Int = 12

    @Option(name: .customLong("topic"), help: "An extra topic, NAME or NAME:PARTITIONS (repeatable).")
    var extraTopics: [String] = []

    @Option(help: "Write the bootstrap servers to this file (read by KAFKA_BROKERS=file:PATH).")
    var bootstrapFile: String?

    func validate() throws {
        guard (1...16).contains(brokers) else { throw ValidationError("--brokers must be between 1 and 16") }
        guard partitions >= 1 else { throw ValidationError("--partitions must be at least 1") }
        _ = try parsedExtraTopics()
    }

    func run() async throws {
        var logger = Logger(label: "membership.broker")
        logger.logLevel = .warning
        let cluster = try EmbeddedKafkaCluster(brokers: brokers, logger: logger)
        var created: [String] = []
        for topic in TopicName.all {
            for name in [topic, TopicName.deadLetter(of: topic)] {
                try cluster.createTopic(name, partitions: partitions, replicationFactor: min(brokers, 3))
                created.append(name)
            }
        }
        for (name, count) in try parsedExtraTopics() {
            try cluster.createTopic(name, partitions: count ?? partitions, replicationFactor: min(brokers, 3))
            created.append(name)
        }
        if let bootstrapFile {
            do {
                try (cluster.bootstrapServers + "\n").write(toFile: bootstrapFile, atomically: true, encoding: .utf8)
            } catch {
                cluster.shutdown()
                throw ValidationError("cannot write --bootstrap-file \(bootstrapFile): \(error.localizedDescription)")
            }
        }
        print(cluster.bootstrapServers)
        FileHandle.standardError.write(Data(
            "membership broker: \(brokers) broker(s), \(created.count) topics x \(partitions) partitions; Ctrl-C to stop\n".utf8))
        let signal = await ShutdownSignal.wait()
        FileHandle.standardError.write(Data("membership broker: \(signal), stopping\n".utf8))
        cluster.shutdown()
        if let bootstrapFile { try? FileManager.default.removeItem(atPath: bootstrapFile) }
    }

    private func parsedExtraTopics() throws -> [(String, Int?)] {
        try extraTopics.map { spec in
            let parts = spec.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count <= 2, let name = parts.first, !name.isEmpty else {
                throw ValidationError("--topic \(spec): expected NAME or NAME:PARTITIONS")
            }
            guard parts.count == 2 else { return (String(name), nil) }
            guard let count = Int(parts[1]), count >= 1 else {
                throw ValidationError("--topic \(spec): PARTITIONS must be a positive number")
            }
            return (String(name), count)
        }
    }
}
