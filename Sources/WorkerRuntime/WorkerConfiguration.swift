import Foundation
import Kafka
import MembershipEvents

/// A worker's configuration, read from environment variables and command-line flags in one
/// definition (``WorkerConfiguration/settings``) and validated at start: every error names the
/// variable and says what a valid value looks like.
///
/// A flag `--kafka-brokers X` is the same setting as `KAFKA_BROKERS=X`; the flag wins.
public struct WorkerConfiguration: Sendable {
    /// One setting: its environment variable, default and meaning.
    public struct Setting: Sendable {
        public var variable: String
        public var defaultValue: String?
        public var help: String

        /// The flag for this setting: `KAFKA_BROKERS` -> `--kafka-brokers`.
        public var flag: String { "--" + variable.lowercased().replacingOccurrences(of: "_", with: "-") }
    }

    /// Every setting a worker reads. `KAFKA_*` variables not listed here pass through to librdkafka
    /// (`KAFKA_SECURITY_PROTOCOL=SSL` -> `security.protocol=SSL`).
    public static let settings: [Setting] = [
        Setting(variable: "KAFKA_BROKERS", defaultValue: nil, help: "Brokers: host:port[,host:port], or file:PATH written by `membership broker --bootstrap-file PATH`."),
        Setting(variable: "DATABASE_URL", defaultValue: "sqlite:membership.sqlite", help: "postgres://USER:PASS@HOST:PORT/DB[?sslmode=require] or sqlite:PATH."),
        Setting(variable: "CONSUMER_GROUP", defaultValue: nil, help: "Kafka consumer group (default: the worker's name)."),
        Setting(variable: "GROUP_INSTANCE_ID", defaultValue: nil, help: "Static group membership id (e.g. the pod name); unset: dynamic membership."),
        Setting(variable: "BATCH_SIZE", defaultValue: "500", help: "Most messages applied in one database transaction."),
        Setting(variable: "BATCH_LINGER_MS", defaultValue: "10", help: "How long a batch waits to fill, in milliseconds."),
        Setting(variable: "SESSION_TIMEOUT_MS", defaultValue: "45000", help: "Kafka session timeout: how soon a dead worker's partitions move."),
        Setting(variable: "PII_KEYS", defaultValue: nil, help: "SSN HMAC keys: KEYID:HEXSECRET[,KEYID:HEXSECRET] (several while rotating)."),
        Setting(variable: "PII_CURRENT_KEY", defaultValue: nil, help: "Id of the PII key for new records (default: the first of PII_KEYS)."),
        Setting(variable: "PLAN_TIME_ZONE", defaultValue: "America/Los_Angeles", help: "Time zone decisions use for the request's received time (rule X1)."),
        Setting(variable: "METRICS_ADDRESS", defaultValue: "0.0.0.0:8080", help: "HOST:PORT for /metrics and /health/*; `off` to disable."),
        Setting(variable: "LOG_FORMAT", defaultValue: "human", help: "`human` or `json`."),
        Setting(variable: "LOG_LEVEL", defaultValue: "info", help: "trace, debug, info, notice, warning, error or critical."),
        Setting(variable: "SHUTDOWN_BUDGET_SECONDS", defaultValue: "20", help: "Longest a graceful shutdown (SIGTERM) may take."),
        Setting(variable: "MIGRATE_ON_START", defaultValue: "true", help: "Apply database migrations at start."),
        Setting(variable: "REFERENCE_DIR", defaultValue: "Reference", help: "Folder with the reference CSV files (plans, rates, counties, service area)."),
        Setting(variable: "MAILING_INTERVAL_SECONDS", defaultValue: "60", help: "idcard-worker: seconds between mailing runs."),
        Setting(variable: "MAILING_SETTLE_SECONDS", defaultValue: "30", help: "idcard-worker: cards younger than this wait for the next run."),
        Setting(variable: "TOPIC_PREFIX", defaultValue: "", help: "Prefix for every topic name (e.g. `staging.`)."),
    ]

    public var brokers: [String]
    public var databaseURL: String
    public var consumerGroup: String
    public var groupInstanceID: String?
    public var batchSize: Int
    public var batchLinger: Duration
    public var sessionTimeout: Duration
    public var piiKeys: [(id: String, secret: [UInt8])]
    public var piiCurrentKey: String?
    public var planTimeZone: TimeZone
    /// `nil`: no HTTP endpoint.
    public var metricsAddress: (host: String, port: Int)?
    public var jsonLogs: Bool
    public var logLevel: String
    public var shutdownBudget: Duration
    public var migrateOnStart: Bool
    public var topicPrefix: String
    public var referenceDirectory: String
    public var mailingInterval: Duration
    public var mailingSettle: Duration
    /// librdkafka properties from `KAFKA_*` variables.
    public var kafkaProperties: [String: String]

    /// The name of a topic as deployed (with ``topicPrefix``).
    public func topic(_ name: String) -> String { topicPrefix + name }

    /// Reads the configuration of worker `name` from `environment` and `arguments` (flags).
    public static func load(
        worker name: String,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        arguments: [String] = Array(CommandLine.arguments.dropFirst())
    ) throws(ConfigurationError) -> WorkerConfiguration {
        var values = environment
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--help" || argument == "-h" { throw ConfigurationError(help: usage(worker: name)) }
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            guard let setting = settings.first(where: { $0.flag == parts[0] }) else {
                throw ConfigurationError(variable: argument, message: "unknown flag; \(name) --help lists the settings")
            }
            if parts.count == 2 {
                values[setting.variable] = parts[1]
            } else {
                guard index + 1 < arguments.count else { throw ConfigurationError(variable: setting.flag, message: "needs a value") }
                values[setting.variable] = arguments[index + 1]
                index += 1
            }
            index += 1
        }
        func value(_ variable: String) -> String? {
            values[variable].flatMap { $0.isEmpty ? nil : $0 } ?? settings.first { $0.variable == variable }?.defaultValue
        }
        func integer(_ variable: String, _ range: ClosedRange<Int>) throws(ConfigurationError) -> Int {
            let text = value(variable) ?? ""
            guard let number = Int(text), range.contains(number) else {
                throw ConfigurationError(variable: variable, message: "'\(text)' is not a whole number in \(range.lowerBound)...\(range.upperBound)")
            }
            return number
        }

        guard let brokerText = value("KAFKA_BROKERS") else {
            throw ConfigurationError(variable: "KAFKA_BROKERS", message: "is not set; give host:port, or start a development broker with `membership broker --bootstrap-file b.txt` and set KAFKA_BROKERS=file:b.txt")
        }
        let brokers: [String]
        do {
            brokers = try KafkaClientConfiguration.bootstrapServers(from: brokerText)
        } catch {
            throw ConfigurationError(variable: "KAFKA_BROKERS", message: error.message)
        }
        let databaseURL = value("DATABASE_URL")!
        guard databaseURL.hasPrefix("sqlite:") || databaseURL.hasPrefix("postgres://") || databaseURL.hasPrefix("postgresql://") else {
            throw ConfigurationError(variable: "DATABASE_URL", message: "must start with postgres:// or sqlite: (e.g. sqlite:membership.sqlite)")
        }
        var keys: [(String, [UInt8])] = []
        if let text = value("PII_KEYS") {
            for entry in text.split(separator: ",") {
                let parts = entry.split(separator: ":", maxSplits: 1)
                guard parts.count == 2, !parts[0].isEmpty, let secret = hexBytes(String(parts[1])), secret.count >= 16 else {
                    throw ConfigurationError(variable: "PII_KEYS", message: "each key must be KEYID:HEXSECRET with at least 16 bytes (32 hex digits) of secret")
                }
                keys.append((String(parts[0]), secret))
            }
        }
        let current = value("PII_CURRENT_KEY")
        if let current, !keys.contains(where: { $0.0 == current }) {
            throw ConfigurationError(variable: "PII_CURRENT_KEY", message: "names no key of PII_KEYS")
        }
        guard let zone = TimeZone(identifier: value("PLAN_TIME_ZONE")!) else {
            throw ConfigurationError(variable: "PLAN_TIME_ZONE", message: "'\(value("PLAN_TIME_ZONE")!)' is not an IANA time zone (e.g. America/Los_Angeles)")
        }
        var metrics: (String, Int)?
        let metricsText = value("METRICS_ADDRESS")!
        if metricsText != "off" {
            guard let colon = metricsText.lastIndex(of: ":"), let port = Int(metricsText[metricsText.index(after: colon)...]), (0...65535).contains(port) else {
                throw ConfigurationError(variable: "METRICS_ADDRESS", message: "'\(metricsText)' is not HOST:PORT (or `off`)")
            }
            metrics = (String(metricsText[..<colon]), port)
        }
        let format = value("LOG_FORMAT")!
        guard format == "human" || format == "json" else {
            throw ConfigurationError(variable: "LOG_FORMAT", message: "must be `human` or `json`")
        }
        let level = value("LOG_LEVEL")!
        guard ["trace", "debug", "info", "notice", "warning", "error", "critical"].contains(level) else {
            throw ConfigurationError(variable: "LOG_LEVEL", message: "'\(level)' is not a log level (trace ... critical)")
        }
        let migrate = value("MIGRATE_ON_START")!
        guard migrate == "true" || migrate == "false" else {
            throw ConfigurationError(variable: "MIGRATE_ON_START", message: "must be true or false")
        }
        let known = Set(settings.map(\.variable))
        var properties: [String: String] = [:]
        for (variable, text) in environment where variable.hasPrefix("KAFKA_") && !known.contains(variable) {
            properties[variable.dropFirst("KAFKA_".count).lowercased().replacingOccurrences(of: "_", with: ".")] = text
        }
        return WorkerConfiguration(
            brokers: brokers,
            databaseURL: databaseURL,
            consumerGroup: value("CONSUMER_GROUP") ?? name,
            groupInstanceID: value("GROUP_INSTANCE_ID"),
            batchSize: try integer("BATCH_SIZE", 1...100_000),
            batchLinger: .milliseconds(try integer("BATCH_LINGER_MS", 0...60_000)),
            sessionTimeout: .milliseconds(try integer("SESSION_TIMEOUT_MS", 1000...3_600_000)),
            piiKeys: keys,
            piiCurrentKey: current ?? keys.first?.0,
            planTimeZone: zone,
            metricsAddress: metrics,
            jsonLogs: format == "json",
            logLevel: level,
            shutdownBudget: .seconds(try integer("SHUTDOWN_BUDGET_SECONDS", 1...3600)),
            migrateOnStart: migrate == "true",
            topicPrefix: value("TOPIC_PREFIX") ?? "",
            referenceDirectory: value("REFERENCE_DIR")!,
            mailingInterval: .seconds(try integer("MAILING_INTERVAL_SECONDS", 1...86_400)),
            mailingSettle: .seconds(try integer("MAILING_SETTLE_SECONDS", 0...86_400)),
            kafkaProperties: properties
        )
    }

    /// The consumer settings for this worker.
    public func consumer() -> KafkaConsumerConfiguration {
        var configuration = KafkaConsumerConfiguration(bootstrapServers: brokers, groupID: consumerGroup)
        configuration.groupInstanceID = groupInstanceID
        configuration.maxBatchSize = batchSize
        configuration.batchLinger = batchLinger
        configuration.sessionTimeout = sessionTimeout
        configuration.heartbeatInterval = min(.seconds(3), sessionTimeout / 3)
        configuration.client.properties = kafkaProperties
        // Consumer lag per partition for /metrics (and autoscaling on it); cheap at this interval.
        if metricsAddress != nil { configuration.client.statisticsInterval = .seconds(5) }
        return configuration
    }

    /// The producer settings for this worker's outbox relay.
    public func producer() -> KafkaProducerConfiguration {
        var configuration = KafkaProducerConfiguration(bootstrapServers: brokers)
        configuration.client.properties = kafkaProperties
        return configuration
    }

    static func usage(worker name: String) -> String {
        var text = "\(name): settings (environment variable or flag)\n\n"
        for setting in settings {
            text += "  \(setting.variable) / \(setting.flag)\(setting.defaultValue.map { " (default: \($0.isEmpty ? "empty" : $0))" } ?? "")\n      \(setting.help)\n"
        }
        text += "\nAny other KAFKA_* variable is passed to librdkafka (KAFKA_SECURITY_PROTOCOL=SSL -> security.protocol=SSL).\n"
        text += "\n--check-config validates these settings, the PII keys and the reference data, and exits without contacting anything:\n"
        text += "  KAFKA_BROKERS=kafka:9092 DATABASE_URL=postgres://u@db/membership \(name) --check-config\n"
        return text
    }

    private static func hexBytes(_ text: String) -> [UInt8]? {
        guard text.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            guard let byte = UInt8(text[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        return bytes
    }
}

/// A configuration problem, naming the variable (or flag) and what a valid value looks like.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var variable: String
    public var message: String
    /// Set when the user asked for help rather than made a mistake.
    public var help: String?

    public init(variable: String, message: String) {
        self.variable = variable
        self.message = message
    }

    init(help: String) {
        self.variable = ""
        self.message = ""
        self.help = help
    }

    public var description: String { help ?? "\(variable) \(message)" }
}
