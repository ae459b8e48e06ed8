import Foundation

/// Settings every Kafka client (producer, consumer, admin) shares.
public struct KafkaClientConfiguration: Sendable {
    /// `bootstrap.servers`: `host:port` of one or more brokers. No default: required.
    public var bootstrapServers: [String]
    /// `client.id` shown in broker logs and metrics. Default `"membership"`.
    public var clientID: String = "membership"
    /// How long creating a client waits for a first answer from a broker before it fails with
    /// ``KafkaError/Code-swift.struct/connection``. Default 10 s. `nil` skips the check.
    public var connectTimeout: Duration? = .seconds(10)
    /// `statistics.interval.ms`: how often librdkafka reports statistics. Default `nil` (off).
    public var statisticsInterval: Duration? = nil
    /// `debug`: librdkafka debug contexts (e.g. `"cgrp,topic,fetch"`), logged at `debug` level.
    /// Default `nil` (none).
    public var debugContexts: String? = nil
    /// Any librdkafka property, passed through unchanged (TLS: `security.protocol`, `ssl.*`;
    /// SASL: `sasl.*`; tuning). Applied last, so it overrides the typed settings above.
    /// Default empty.
    public var properties: [String: String] = [:]

    public init(bootstrapServers: [String]) {
        self.bootstrapServers = bootstrapServers
    }

    /// The librdkafka properties these settings stand for.
    var rdKafkaProperties: [(String, String)] {
        var result: [(String, String)] = [
            ("bootstrap.servers", bootstrapServers.joined(separator: ",")),
            ("client.id", clientID),
        ]
        if let statisticsInterval {
            result.append(("statistics.interval.ms", String(statisticsInterval.milliseconds)))
        }
        if let debugContexts { result.append(("debug", debugContexts)) }
        return result
    }
}

extension Duration {
    /// Whole milliseconds, rounded down; what librdkafka's `*.ms` properties take.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}

extension KafkaClientConfiguration {
    /// Reads a broker list as operators write it: `host:port,host:port`, or `file:PATH` naming a
    /// file whose first line is such a list (what `membership broker --bootstrap-file` writes).
    /// Throws a message naming `variable` when the value is empty or the file cannot be read.
    public static func bootstrapServers(from value: String, variable: String = "KAFKA_BROKERS") throws(KafkaError) -> [String] {
        var text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("file:") {
            let path = String(text.dropFirst("file:".count))
            guard let contents = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw KafkaError(
                    code: .configuration,
                    message: "\(variable)=\(value): cannot read \(path); start a broker with "
                        + "`membership broker --bootstrap-file \(path)` or give host:port")
            }
            text = contents.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        }
        let servers = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !servers.isEmpty else {
            throw KafkaError(code: .configuration, message: "\(variable) is empty: give host:port[,host:port] or file:PATH")
        }
        return servers
    }
}
