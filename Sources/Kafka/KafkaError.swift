import CRdKafka

/// An error from Kafka: a code, a message that says what happened and what to do, and whether
/// retrying can help.
public struct KafkaError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate enum Base: Hashable, Sendable {
            case configuration
            case connection
            case broker(Int32)
            case queueFull
            case messageTimedOut
            case closed
            case timedOut
            case fatal
            case state
        }

        fileprivate let base: Base

        /// A configuration property is unknown or has a value librdkafka rejects.
        public static let configuration = Code(base: .configuration)
        /// No broker answered within the connect timeout.
        public static let connection = Code(base: .connection)
        /// The producer's local queue is full (callers of this module never see it: sends wait).
        public static let queueFull = Code(base: .queueFull)
        /// A message was not acknowledged within `message.timeout.ms`.
        public static let messageTimedOut = Code(base: .messageTimedOut)
        /// The client was closed.
        public static let closed = Code(base: .closed)
        /// An operation did not finish before its deadline.
        public static let timedOut = Code(base: .timedOut)
        /// librdkafka raised a fatal error: the client must be recreated.
        public static let fatal = Code(base: .fatal)
        /// The call is not valid in the client's current state.
        public static let state = Code(base: .state)
        /// Any other librdkafka error, by its `rd_kafka_resp_err_t` value.
        public static func broker(_ raw: Int32) -> Code { Code(base: .broker(raw)) }

        /// The librdkafka error code, when this error came from librdkafka.
        public var rdKafkaCode: Int32? {
            if case .broker(let raw) = base { return raw }
            return nil
        }

        public var description: String {
            switch base {
            case .configuration: "configuration"
            case .connection: "connection"
            case .broker(let raw): String(cString: rd_kafka_err2name(rd_kafka_resp_err_t(raw)))
            case .queueFull: "queue-full"
            case .messageTimedOut: "message-timed-out"
            case .closed: "closed"
            case .timedOut: "timed-out"
            case .fatal: "fatal"
            case .state: "state"
            }
        }
    }

    /// What kind of failure this is.
    public var code: Code
    /// A sentence for a person: what failed and, where possible, what to do next.
    public var message: String
    /// Whether the same operation may succeed if retried later.
    public var isRetriable: Bool
    /// Whether the client is unusable and must be recreated.
    public var isFatal: Bool

    public init(code: Code, message: String, isRetriable: Bool = false, isFatal: Bool = false) {
        self.code = code
        self.message = message
        self.isRetriable = isRetriable
        self.isFatal = isFatal
    }

    public var description: String { "KafkaError(\(code)): \(message)" }

    /// The error for a librdkafka response code.
    init(rdKafka err: rd_kafka_resp_err_t, context: String) {
        let text = String(cString: rd_kafka_err2str(err))
        let code: Code = switch err {
        case RD_KAFKA_RESP_ERR__MSG_TIMED_OUT: .messageTimedOut
        case RD_KAFKA_RESP_ERR__QUEUE_FULL: .queueFull
        case RD_KAFKA_RESP_ERR__TIMED_OUT: .timedOut
        case RD_KAFKA_RESP_ERR__FATAL: .fatal
        default: .broker(Int32(err.rawValue))
        }
        self.init(
            code: code,
            message: "\(context): \(text)",
            isRetriable: KafkaError.retriableCodes.contains(err.rawValue),
            isFatal: err == RD_KAFKA_RESP_ERR__FATAL
        )
    }

    /// The error carried by an `rd_kafka_error_t`, which this call destroys.
    init(consuming error: OpaquePointer, context: String) {
        let err = rd_kafka_error_code(error)
        let text = String(cString: rd_kafka_error_string(error))
        let retriable = rd_kafka_error_is_retriable(error) != 0
        let fatal = rd_kafka_error_is_fatal(error) != 0
        rd_kafka_error_destroy(error)
        self.init(
            code: .broker(Int32(err.rawValue)),
            message: "\(context): \(text)",
            isRetriable: retriable,
            isFatal: fatal
        )
    }

    /// Errors that are transient by nature: the broker or the network will recover.
    private static let retriableCodes: Set<rd_kafka_resp_err_t.RawValue> = Set([
        RD_KAFKA_RESP_ERR__TRANSPORT, RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN, RD_KAFKA_RESP_ERR__TIMED_OUT,
        RD_KAFKA_RESP_ERR__MSG_TIMED_OUT, RD_KAFKA_RESP_ERR__QUEUE_FULL,
        RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION, RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE,
        RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT, RD_KAFKA_RESP_ERR_NETWORK_EXCEPTION,
        RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS, RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS_AFTER_APPEND,
        RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART, RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE,
        RD_KAFKA_RESP_ERR_NOT_COORDINATOR, RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS,
        RD_KAFKA_RESP_ERR_REBALANCE_IN_PROGRESS,
    ].map(\.rawValue))
}
