import ArgumentParser
import Foundation
import Logging
import MembershipOperations

/// `--brokers`, shared by the commands that talk to Kafka: `host:port[,host:port]` or `file:PATH`,
/// falling back to `$KAFKA_BROKERS`.
struct BrokerOption: ParsableArguments {
    @Option(help: "Brokers: host:port[,host:port] or file:PATH (default: $KAFKA_BROKERS).")
    var brokers: String?

    func settings() throws -> BrokerSettings {
        try BrokerSettings.resolve(flag: brokers, environment: ProcessInfo.processInfo.environment)
    }

    /// librdkafka's own complaints (e.g. a broker that went away) at `LOG_LEVEL`, default error.
    var logger: Logger {
        var logger = Logger(label: "membership.cli")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .critical
        return logger
    }
}
