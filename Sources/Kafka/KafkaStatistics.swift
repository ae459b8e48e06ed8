import Foundation

/// The parts of librdkafka's statistics (`statistics.interval.ms`) that operations watch: consumer
/// lag per partition, fetch queue, rebalances, producer queue depth and broker latencies.
public struct KafkaStatistics: Sendable, Equatable {
    /// One partition as a consumer or producer sees it.
    public struct Partition: Sendable, Equatable {
        /// Messages between the committed offset and the end of the log; `nil` when unknown.
        public var consumerLag: Int64?
        /// Messages between the *stored* offset (processed, not yet committed) and the end of the log.
        public var consumerLagStored: Int64?
        /// Messages fetched and waiting in librdkafka's queue for this partition.
        public var fetchQueueMessages: Int64
        /// The end of the log (high watermark), when known.
        public var highWatermark: Int64?
        /// The start of the log (low watermark), when known.
        public var lowWatermark: Int64?
        /// The committed offset, when known.
        public var committedOffset: Int64?
        /// Producer: messages waiting to be sent to this partition.
        public var producerQueueMessages: Int64
    }

    /// The client's name (`client.id#type-n`).
    public var clientName: String
    /// Messages in the producer's queue (waiting, in flight): its depth.
    public var producerQueueMessages: Int64
    /// Consumer group rebalances so far (consumers only).
    public var rebalanceCount: Int64?
    /// Consumer group state, e.g. `up` (consumers only).
    public var groupState: String?
    /// Per partition (the internal "unassigned" partition -1 left out).
    public var partitions: [KafkaTopicPartition: Partition]
    /// Producer internal latency (enqueue to send), microseconds, 99th percentile, worst broker.
    public var producerQueueLatencyP99Microseconds: Int64?
    /// Broker round trip, microseconds, 99th percentile, worst broker.
    public var brokerRoundTripP99Microseconds: Int64?

    /// Total consumer lag over all partitions that know theirs.
    public var totalConsumerLag: Int64 { partitions.values.compactMap(\.consumerLag).reduce(0, +) }

    /// Parses a statistics JSON document; `nil` when it is not one.
    public init?(json: String) {
        guard let raw = try? JSONDecoder().decode(RawStatistics.self, from: Data(json.utf8)) else { return nil }
        clientName = raw.name
        producerQueueMessages = raw.msg_cnt ?? 0
        rebalanceCount = raw.cgrp?.rebalance_cnt
        groupState = raw.cgrp?.state
        var partitions: [KafkaTopicPartition: Partition] = [:]
        for (topic, topicStats) in raw.topics ?? [:] {
            for (_, stats) in topicStats.partitions ?? [:] where stats.partition >= 0 {
                partitions[KafkaTopicPartition(topic: topic, partition: stats.partition)] = Partition(
                    consumerLag: stats.consumer_lag.flatMap { $0 >= 0 ? $0 : nil },
                    consumerLagStored: stats.consumer_lag_stored.flatMap { $0 >= 0 ? $0 : nil },
                    fetchQueueMessages: stats.fetchq_cnt ?? 0,
                    highWatermark: stats.hi_offset.flatMap { $0 >= 0 ? $0 : nil },
                    lowWatermark: stats.lo_offset.flatMap { $0 >= 0 ? $0 : nil },
                    committedOffset: stats.committed_offset.flatMap { $0 >= 0 ? $0 : nil },
                    producerQueueMessages: (stats.msgq_cnt ?? 0) + (stats.xmit_msgq_cnt ?? 0)
                )
            }
        }
        self.partitions = partitions
        let brokers = (raw.brokers ?? [:]).values.filter { $0.nodeid ?? -1 >= 0 }
        producerQueueLatencyP99Microseconds = brokers.compactMap { $0.int_latency?.p99 }.max()
        brokerRoundTripP99Microseconds = brokers.compactMap { $0.rtt?.p99 }.max()
    }
}

// librdkafka's STATISTICS.md field names, decoded as they are.
// swiftlint:disable identifier_name
private struct RawStatistics: Decodable {
    struct Window: Decodable { var p99: Int64? }
    struct Broker: Decodable {
        var nodeid: Int32?
        var int_latency: Window?
        var rtt: Window?
    }
    struct PartitionStats: Decodable {
        var partition: Int32
        var consumer_lag: Int64?
        var consumer_lag_stored: Int64?
        var fetchq_cnt: Int64?
        var hi_offset: Int64?
        var lo_offset: Int64?
        var committed_offset: Int64?
        var msgq_cnt: Int64?
        var xmit_msgq_cnt: Int64?
    }
    struct TopicStats: Decodable { var partitions: [String: PartitionStats]? }
    struct Group: Decodable {
        var state: String?
        var rebalance_cnt: Int64?
    }

    var name: String
    var msg_cnt: Int64?
    var brokers: [String: Broker]?
    var topics: [String: TopicStats]?
    var cgrp: Group?
}
