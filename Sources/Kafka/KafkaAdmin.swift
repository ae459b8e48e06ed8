import CRdKafka
import Logging

/// A topic as the cluster describes it.
public struct KafkaTopicMetadata: Sendable, Equatable {
    /// One partition: its leader and replicas (broker ids).
    public struct Partition: Sendable, Equatable {
        public var id: Int32
        public var leader: Int32
        public var replicas: [Int32]
        public var inSyncReplicas: [Int32]
    }

    public var name: String
    public var partitions: [Partition]
}

/// A topic to create.
public struct KafkaNewTopic: Sendable {
    public var name: String
    public var partitions: Int
    public var replicationFactor: Int
    /// Topic configuration (e.g. `retention.ms`). Default empty.
    public var config: [String: String]

    public init(name: String, partitions: Int, replicationFactor: Int, config: [String: String] = [:]) {
        self.name = name
        self.partitions = partitions
        self.replicationFactor = replicationFactor
        self.config = config
    }
}

/// Cluster administration: topics and their partitions, and topic creation through the Kafka
/// CreateTopics API (Apache Kafka and compatible brokers; the development broker has no such API).
public final class KafkaAdmin: Sendable {
    /// What creating one topic did.
    public enum CreateOutcome: Sendable, Equatable {
        case created
        case alreadyExists
    }

    private let handle: RDKafkaHandle
    private let bootstrapServers: [String]

    public init(configuration: KafkaClientConfiguration, logger: Logger) async throws(KafkaError) {
        let handle = try RDKafkaHandle(
            kind: RD_KAFKA_PRODUCER,
            properties: configuration.rdKafkaProperties + configuration.properties.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            events: RDKafkaEvents(logger: logger)
        )
        self.handle = handle
        self.bootstrapServers = configuration.bootstrapServers
        if let timeout = configuration.connectTimeout {
            let servers = configuration.bootstrapServers
            do {
                try await BlockingCall.run { () throws(KafkaError) in
                    try handle.checkConnection(bootstrapServers: servers, timeout: timeout)
                }
            } catch {
                handle.destroy()
                throw error
            }
        }
    }

    /// Releases the client.
    public func close() {
        handle.destroy()
    }

    /// Every topic of the cluster with its partitions, sorted by name (internal `__` topics left out).
    public func topics(timeout: Duration = .seconds(10)) async throws(KafkaError) -> [KafkaTopicMetadata] {
        let handle = self.handle
        return try await BlockingCall.run { () throws(KafkaError) -> [KafkaTopicMetadata] in
            var metadata: UnsafePointer<rd_kafka_metadata>?
            let err = rd_kafka_metadata(handle.pointer, 1, nil, &metadata, Int32(timeout.milliseconds))
            guard err == RD_KAFKA_RESP_ERR_NO_ERROR, let metadata else {
                throw KafkaError(rdKafka: err, context: "reading cluster metadata")
            }
            defer { rd_kafka_metadata_destroy(metadata) }
            let topics = UnsafeBufferPointer(start: metadata.pointee.topics, count: Int(metadata.pointee.topic_cnt))
            return topics.compactMap { topic -> KafkaTopicMetadata? in
                let name = String(cString: topic.topic)
                guard !name.hasPrefix("__") else { return nil }
                let partitions = UnsafeBufferPointer(start: topic.partitions, count: Int(topic.partition_cnt)).map { partition in
                    KafkaTopicMetadata.Partition(
                        id: partition.id,
                        leader: partition.leader,
                        replicas: Array(UnsafeBufferPointer(start: partition.replicas, count: Int(partition.replica_cnt))),
                        inSyncReplicas: Array(UnsafeBufferPointer(start: partition.isrs, count: Int(partition.isr_cnt)))
                    )
                }.sorted { $0.id < $1.id }
                return KafkaTopicMetadata(name: name, partitions: partitions)
            }.sorted { $0.name < $1.name }
        }
    }

    /// Creates topics with the CreateTopics API. A topic that exists already is reported as such,
    /// not as an error, so creation can be re-run. Throws when the broker refuses the request
    /// (the development broker always does: it has no CreateTopics API).
    public func createTopics(
        _ topics: [KafkaNewTopic],
        timeout: Duration = .seconds(30)
    ) async throws(KafkaError) -> [String: CreateOutcome] {
        let handle = self.handle
        let servers = bootstrapServers.joined(separator: ",")
        return try await BlockingCall.run { () throws(KafkaError) -> [String: CreateOutcome] in
            var errorText = [CChar](repeating: 0, count: 512)
            var newTopics: [OpaquePointer?] = []
            defer { newTopics.forEach { rd_kafka_NewTopic_destroy($0) } }
            for topic in topics {
                guard let newTopic = rd_kafka_NewTopic_new(
                    topic.name, Int32(topic.partitions), Int32(topic.replicationFactor), &errorText, errorText.count)
                else {
                    let reason = errorText.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
                    throw KafkaError(code: .configuration, message: "topic \(topic.name): \(reason)")
                }
                newTopics.append(newTopic)
                for (name, value) in topic.config.sorted(by: { $0.key < $1.key }) {
                    let err = rd_kafka_NewTopic_set_config(newTopic, name, value)
                    guard err == RD_KAFKA_RESP_ERR_NO_ERROR else {
                        throw KafkaError(rdKafka: err, context: "topic \(topic.name) config \(name)=\(value)")
                    }
                }
            }
            let queue = rd_kafka_queue_new(handle.pointer)
            defer { rd_kafka_queue_destroy(queue) }
            let options = rd_kafka_AdminOptions_new(handle.pointer, RD_KAFKA_ADMIN_OP_CREATETOPICS)
            defer { rd_kafka_AdminOptions_destroy(options) }
            _ = rd_kafka_AdminOptions_set_request_timeout(options, Int32(timeout.milliseconds), &errorText, errorText.count)
            _ = rd_kafka_AdminOptions_set_operation_timeout(options, Int32(timeout.milliseconds), &errorText, errorText.count)
            newTopics.withUnsafeMutableBufferPointer { buffer in
                rd_kafka_CreateTopics(handle.pointer, buffer.baseAddress, buffer.count, options, queue)
            }
            guard let event = rd_kafka_queue_poll(queue, Int32(timeout.milliseconds + 5000)) else {
                throw KafkaError(code: .timedOut, message: "no answer to CreateTopics from \(servers) within \(timeout)", isRetriable: true)
            }
            defer { rd_kafka_event_destroy(event) }
            let eventError = rd_kafka_event_error(event)
            guard eventError == RD_KAFKA_RESP_ERR_NO_ERROR, let result = rd_kafka_event_CreateTopics_result(event) else {
                let text = rd_kafka_event_error_string(event).map { String(cString: $0) } ?? "unknown error"
                throw KafkaError(
                    code: .broker(Int32(eventError.rawValue)),
                    message: "the broker at \(servers) refused CreateTopics (\(text)). The development broker "
                        + "(`membership broker`, librdkafka's mock cluster) has no CreateTopics API: "
                        + "create topics there with `membership broker --topic NAME:PARTITIONS`"
                )
            }
            var count = 0
            let results = rd_kafka_CreateTopics_result_topics(result, &count)
            var outcomes: [String: CreateOutcome] = [:]
            for index in 0..<count {
                guard let topicResult = results?[index] else { continue }
                let name = String(cString: rd_kafka_topic_result_name(topicResult))
                let err = rd_kafka_topic_result_error(topicResult)
                switch err {
                case RD_KAFKA_RESP_ERR_NO_ERROR: outcomes[name] = .created
                case RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS: outcomes[name] = .alreadyExists
                default:
                    let text = rd_kafka_topic_result_error_string(topicResult).map { String(cString: $0) } ?? ""
                    throw KafkaError(code: .broker(Int32(err.rawValue)), message: "creating topic \(name): \(text)")
                }
            }
            return outcomes
        }
    }
}
