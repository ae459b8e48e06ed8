import CRdKafka
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// librdkafka's mock cluster: a real Kafka-protocol server on loopback, in memory, with consumer
/// groups, the idempotent producer and fault injection. For development and tests only: it keeps
/// at most 5 MiB (or 100,000 batches) per partition and drops the oldest beyond that, and it has
/// no CreateTopics API, TLS or SASL.
public final class EmbeddedKafkaCluster: Sendable {
    /// Kafka protocol request types, for injecting errors into one kind of request.
    public enum APIKey: Int16, Sendable, CaseIterable {
        case produce = 0, fetch = 1, listOffsets = 2, metadata = 3
        case offsetCommit = 8, offsetFetch = 9, findCoordinator = 10, joinGroup = 11
        case heartbeat = 12, leaveGroup = 13, syncGroup = 14, initProducerID = 22
    }

    /// Broker-side errors that can be injected (the Kafka protocol's error codes).
    public enum ProtocolError: Int32, Sendable {
        case notLeaderForPartition = 6
        case requestTimedOut = 7
        case networkException = 13
        case coordinatorNotAvailable = 15
        case notCoordinator = 16
        case notEnoughReplicas = 19
        case leaderNotAvailable = 5
        /// A local transport failure (`RD_KAFKA_RESP_ERR__TRANSPORT`): the connection drops.
        case transport = -195
    }

    private let handle: RDKafkaHandle
    private let cluster: MockClusterPointer
    /// Number of brokers; their ids are `1...brokerCount`.
    public let brokerCount: Int
    /// The `host:port` list clients connect to.
    public let bootstrapServers: String

    /// Starts a cluster of `brokers` brokers on loopback (ports chosen by the system).
    public init(brokers: Int = 1, logger: Logger = Logger(label: "kafka.embedded")) throws(KafkaError) {
        precondition(brokers >= 1, "a cluster needs at least one broker")
        // The mock brokers write to client sockets from this process; a client that went away must
        // cost an EPIPE error, not a SIGPIPE that ends the whole process.
        signal(SIGPIPE, SIG_IGN)
        let handle = try RDKafkaHandle(
            kind: RD_KAFKA_PRODUCER,
            properties: [("client.id", "embedded-kafka-cluster"), ("log_level", "3")],
            events: RDKafkaEvents(logger: logger)
        )
        guard let cluster = rd_kafka_mock_cluster_new(handle.pointer, Int32(brokers)) else {
            handle.destroy()
            throw KafkaError(code: .state, message: "the embedded Kafka cluster could not start (no free loopback ports?)")
        }
        self.handle = handle
        self.cluster = MockClusterPointer(pointer: cluster)
        self.brokerCount = brokers
        self.bootstrapServers = String(cString: rd_kafka_mock_cluster_bootstraps(cluster))
    }

    /// Stops the brokers. Clients still connected see the brokers go away.
    public func shutdown() {
        rd_kafka_mock_cluster_destroy(cluster.pointer)
        handle.destroy()
    }

    /// Creates a topic with `partitions` partitions (the mock's own call: it has no CreateTopics API).
    public func createTopic(_ name: String, partitions: Int, replicationFactor: Int = 1) throws(KafkaError) {
        let err = rd_kafka_mock_topic_create(cluster.pointer, name, Int32(partitions), Int32(min(replicationFactor, brokerCount)))
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError(rdKafka: err, context: "creating topic \(name)") }
    }

    /// Takes broker `id` down: its connections close and it accepts none until ``setBrokerUp(_:)``.
    public func setBrokerDown(_ id: Int32) throws(KafkaError) {
        let err = rd_kafka_mock_broker_set_down(cluster.pointer, id)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError(rdKafka: err, context: "taking broker \(id) down") }
    }

    /// Brings broker `id` back.
    public func setBrokerUp(_ id: Int32) throws(KafkaError) {
        let err = rd_kafka_mock_broker_set_up(cluster.pointer, id)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError(rdKafka: err, context: "bringing broker \(id) up") }
    }

    /// Delays every answer of broker `id` by `rtt`.
    public func setRoundTripTime(broker id: Int32, _ rtt: Duration) throws(KafkaError) {
        let err = rd_kafka_mock_broker_set_rtt(cluster.pointer, id, Int32(rtt.milliseconds))
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError(rdKafka: err, context: "setting broker \(id) RTT") }
    }

    /// Makes the next `errors.count` requests of kind `apiKey` (to any broker) fail with `errors`, in order.
    public func injectErrors(_ errors: [ProtocolError], on apiKey: APIKey) {
        let codes = errors.map { rd_kafka_resp_err_t($0.rawValue) }
        codes.withUnsafeBufferPointer {
            rd_kafka_mock_push_request_errors_array(cluster.pointer, apiKey.rawValue, $0.count, $0.baseAddress)
        }
    }

    /// Removes errors injected for `apiKey` that were not used yet.
    public func clearInjectedErrors(on apiKey: APIKey) {
        rd_kafka_mock_clear_request_errors(cluster.pointer, apiKey.rawValue)
    }

    /// Moves the leadership of a partition to broker `id`.
    public func setPartitionLeader(topic: String, partition: Int32, broker id: Int32) throws(KafkaError) {
        let err = rd_kafka_mock_partition_set_leader(cluster.pointer, topic, partition, id)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError(rdKafka: err, context: "moving \(topic)[\(partition)] leader") }
    }
}

/// The mock cluster handle; librdkafka's mock API is thread-safe (it posts to the cluster's own thread).
struct MockClusterPointer: @unchecked Sendable {
    let pointer: OpaquePointer
}
