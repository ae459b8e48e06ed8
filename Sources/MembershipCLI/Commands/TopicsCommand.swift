import ArgumentParser
import Foundation
import Kafka
import Logging
import MembershipEvents

/// `membership topics`: list and create the project's topics on a real cluster.
struct TopicsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics",
        abstract: "List or create Kafka topics.",
        subcommands: [List.self, Create.self]
    )

    struct Connection: ParsableArguments {
        @Option(help: "Brokers: host:port[,host:port] or file:PATH (default: $KAFKA_BROKERS).")
        var brokers: String?

        func admin() async throws -> KafkaAdmin {
            guard let value = brokers ?? ProcessInfo.processInfo.environment["KAFKA_BROKERS"] else {
                throw ValidationError("no brokers: pass --brokers host:port or set KAFKA_BROKERS (e.g. file:b.txt from `membership broker --bootstrap-file b.txt`)")
            }
            let servers = try KafkaClientConfiguration.bootstrapServers(from: value, variable: brokers == nil ? "KAFKA_BROKERS" : "--brokers")
            var logger = Logger(label: "membership.topics")
            logger.logLevel = .error
            return try await KafkaAdmin(configuration: KafkaClientConfiguration(bootstrapServers: servers), logger: logger)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List topics with their partition counts and replication.",
            discussion: "Example:\n  membership topics list --brokers file:b.txt"
        )
        @OptionGroup var connection: Connection

        func run() async throws {
            let admin = try await connection.admin()
            defer { admin.close() }
            for topic in try await admin.topics() {
                let replication = topic.partitions.map(\.replicas.count).max() ?? 0
                print("\(topic.name)\tpartitions=\(topic.partitions.count)\treplication=\(replication)")
            }
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create every project topic and its .dlq with the CreateTopics API (Apache Kafka).",
            discussion: """
                Topics that exist already are left as they are, so this can run on every deploy. \
                The development broker has no CreateTopics API: there, use `membership broker \
                --topic NAME:PARTITIONS`. Not yet run against Apache Kafka.

                Example:
                  membership topics create --brokers kafka-1:9092 --partitions 24 --replication-factor 3
                """
        )
        @OptionGroup var connection: Connection
        @Option(help: "Partitions per topic (also the most worker replicas that can share a topic).")
        var partitions: Int = 12
        @Option(help: "Replicas per partition.")
        var replicationFactor: Int = 3

        func run() async throws {
            let admin = try await connection.admin()
            defer { admin.close() }
            let topics = TopicName.all.flatMap { [$0, TopicName.deadLetter(of: $0)] }.map {
                KafkaNewTopic(name: $0, partitions: partitions, replicationFactor: replicationFactor)
            }
            let outcomes = try await admin.createTopics(topics)
            for topic in topics {
                print("\(topic.name)\t\(outcomes[topic.name] == .alreadyExists ? "exists" : "created")")
            }
        }
    }
}
