public import Kafka

/// Where the operations commands find Kafka: `--brokers`, else `$KAFKA_BROKERS`, each either
/// `host:port[,host:port]` or `file:PATH` (the file `membership broker --bootstrap-file` writes).
public struct BrokerSettings: Sendable, Equatable {
    /// The bootstrap servers.
    public var bootstrapServers: [String]
    /// How long creating a client waits for a broker to answer. Default 5 s: long enough for a
    /// broker across a network, short enough that a mistyped address is reported promptly.
    public var connectTimeout: Duration = .seconds(5)

    /// Creates settings for known servers.
    public init(bootstrapServers: [String]) {
        self.bootstrapServers = bootstrapServers
    }

    /// Resolves the flag's value, falling back to `KAFKA_BROKERS` in `environment`.
    public static func resolve(flag: String?, environment: [String: String]) throws(OperationsError) -> BrokerSettings {
        guard let value = flag ?? environment["KAFKA_BROKERS"] else {
            throw OperationsError(
                "no brokers given: pass --brokers host:port or set KAFKA_BROKERS (for a development broker: "
                    + "`membership broker --bootstrap-file b.txt` and KAFKA_BROKERS=file:b.txt)")
        }
        do {
            return BrokerSettings(bootstrapServers: try KafkaClientConfiguration.bootstrapServers(
                from: value, variable: flag == nil ? "KAFKA_BROKERS" : "--brokers"))
        } catch {
            throw OperationsError(error.message)
        }
    }

    /// A producer configuration for these brokers (idempotent, acks=all).
    public var producerConfiguration: KafkaProducerConfiguration {
        var configuration = KafkaProducerConfiguration(bootstrapServers: bootstrapServers)
        configuration.client.clientID = "membership-cli"
        configuration.client.connectTimeout = connectTimeout
        return configuration
    }

    /// A consumer configuration in a group of its own, so reading never moves a worker's offsets.
    public func consumerConfiguration(groupPrefix: String) -> KafkaConsumerConfiguration {
        var configuration = KafkaConsumerConfiguration(bootstrapServers: bootstrapServers, groupID: "\(groupPrefix)-\(Self.uniqueSuffix())")
        configuration.client.clientID = "membership-cli"
        configuration.client.connectTimeout = connectTimeout
        configuration.batchLinger = .milliseconds(20)
        return configuration
    }

    /// An admin client configuration.
    public var clientConfiguration: KafkaClientConfiguration {
        var configuration = KafkaClientConfiguration(bootstrapServers: bootstrapServers)
        configuration.clientID = "membership-cli"
        configuration.connectTimeout = connectTimeout
        return configuration
    }

    private static func uniqueSuffix() -> String {
        String((0..<12).map { _ in "0123456789abcdef".randomElement()! })
    }
}
