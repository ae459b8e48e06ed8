import ArgumentParser
import Foundation
import Logging
import MembershipEvents
import MembershipOperations
import Synchronization

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

/// Topic names as operators type them: the full name (`membership.enrollment-requests`), or the
/// project topic's short name (`enrollment-requests`, `enrollment-requests.dlq`).
enum TopicArgument {
    static func resolve(_ text: String) -> String {
        if EventTopic(defaultName: text) != nil { return text }
        let prefixed = "membership." + text
        return EventTopic(defaultName: prefixed) != nil ? prefixed : text
    }

    /// The message type of `topic`, or of `--type` when given; throws with the list of choices.
    static func eventTopic(of topic: String, type: String?) throws -> EventTopic {
        if let type {
            guard let chosen = EventTopic(defaultName: resolve(type)) else {
                throw ValidationError("--type \(type): not a project topic; use one of \(choices)")
            }
            return chosen
        }
        guard let chosen = EventTopic(defaultName: topic) else {
            throw ValidationError("\(topic) is not a project topic, so its message type is unknown: name a project topic (\(choices)) or pass --type TOPIC for a renamed one")
        }
        return chosen
    }

    static var choices: String {
        TopicName.all.map { String($0.dropFirst("membership.".count)) }.joined(separator: ", ")
    }
}

/// Redraws a one-line progress display on standard error (only when it is a terminal; a log file
/// gets the final line only).
final class TerminalProgress: Sendable {
    private let started = ContinuousClock.now
    private let lastDraw = Mutex(ContinuousClock.now)
    private let total: Int?
    private let unit: String
    private let interactive = isatty(STDERR_FILENO) != 0

    init(total: Int?, unit: String) {
        self.total = total
        self.unit = unit
    }

    func update(_ done: Int) {
        guard interactive else { return }
        let due = lastDraw.withLock { last in
            guard ContinuousClock.now - last >= .milliseconds(100) else { return false }
            last = ContinuousClock.now
            return true
        }
        if due { FileHandle.standardError.write(Data(("\r" + line(done)).utf8)) }
    }

    func finish(_ done: Int) {
        FileHandle.standardError.write(Data(((interactive ? "\r" : "") + line(done) + "\n").utf8))
    }

    private func line(_ done: Int) -> String {
        ProgressLine(done: done, total: total, unit: unit, elapsed: ContinuousClock.now - started).render()
    }
}

/// Writes a line to standard error (status, not data: standard output stays pipeable).
func status(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
