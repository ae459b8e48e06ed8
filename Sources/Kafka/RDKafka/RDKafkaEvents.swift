import CRdKafka
import Logging
import Synchronization

/// What librdkafka's C callbacks reach through the client's opaque pointer: the logger and the
/// handlers the Swift side installed. Lives as long as the `rd_kafka_t` it belongs to.
final class RDKafkaEvents: Sendable {
    let logger: Logger
    /// Called with each statistics JSON document (`statistics.interval.ms`).
    let statisticsHandler: Mutex<(@Sendable (String) -> Void)?> = Mutex(nil)
    /// Consumers: called on the poll thread with `true` and the partitions to assign, or `false`
    /// and the partitions to revoke. The handler calls `rd_kafka_assign`.
    let rebalanceHandler: Mutex<(@Sendable (Bool, [KafkaTopicPartition]) -> Void)?> = Mutex(nil)
    /// The first fatal error librdkafka raised, if any.
    let fatalError: Mutex<KafkaError?> = Mutex(nil)

    init(logger: Logger) {
        self.logger = logger
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ opaque: UnsafeMutableRawPointer?) -> RDKafkaEvents? {
        guard let opaque else { return nil }
        return Unmanaged<RDKafkaEvents>.fromOpaque(opaque).takeUnretainedValue()
    }

    /// Installs the callbacks every client uses: logs, errors, statistics.
    func install(on conf: OpaquePointer) {
        rd_kafka_conf_set_opaque(conf, opaque)
        rd_kafka_conf_set_log_cb(conf) { rk, level, facility, text in
            guard let rk, let events = RDKafkaEvents.from(rd_kafka_opaque(rk)) else { return }
            let facility = facility.map { String(cString: $0) } ?? "RDKAFKA"
            let message = text.map { String(cString: $0) } ?? ""
            events.logger.log(
                level: Logger.Level(syslog: level),
                "\(message)",
                metadata: ["kafka.facility": "\(facility)", "kafka.client": "\(String(cString: rd_kafka_name(rk)))"]
            )
        }
        rd_kafka_conf_set_error_cb(conf) { rk, err, reason, opaque in
            guard let events = RDKafkaEvents.from(opaque) else { return }
            let text = reason.map { String(cString: $0) } ?? ""
            if err == RD_KAFKA_RESP_ERR__FATAL.rawValue, let rk {
                var buffer = [CChar](repeating: 0, count: 512)
                let original = rd_kafka_fatal_error(rk, &buffer, buffer.count)
                let detail = buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
                let error = KafkaError(
                    code: .fatal,
                    message: "librdkafka fatal error \(String(cString: rd_kafka_err2name(original))): \(detail); "
                        + "the client must be recreated",
                    isFatal: true
                )
                events.fatalError.withLock { if $0 == nil { $0 = error } }
                events.logger.critical("\(error.message)")
            } else {
                events.logger.warning(
                    "Kafka client error: \(text)",
                    metadata: ["kafka.error": "\(String(cString: rd_kafka_err2name(rd_kafka_resp_err_t(err))))"]
                )
            }
        }
        rd_kafka_conf_set_stats_cb(conf) { _, json, length, opaque in
            guard let events = RDKafkaEvents.from(opaque), let json,
                  let handler = events.statisticsHandler.withLock({ $0 })
            else { return 0 }
            let text = json.withMemoryRebound(to: UInt8.self, capacity: length) {
                String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
            }
            handler(text)
            return 0  // librdkafka frees the JSON.
        }
    }
}

extension Logger.Level {
    /// Maps a syslog level (librdkafka's log levels) to swift-log.
    init(syslog level: Int32) {
        switch level {
        case ...2: self = .critical
        case 3: self = .error
        case 4: self = .warning
        case 5: self = .notice
        case 6: self = .info
        default: self = .debug
        }
    }
}
