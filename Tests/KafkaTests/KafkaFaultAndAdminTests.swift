import Foundation
import Kafka
import Logging
import Synchronization
import Testing

@Suite("Kafka faults, statistics and administration", .serialized, .timeLimit(.minutes(3)))
struct KafkaFaultAndAdminTests {
    @Test("injected NOT_LEADER_FOR_PARTITION and transport errors on produce and fetch: nothing lost, nothing duplicated")
    func injectedErrors() async throws {
        let test = try KafkaTestCluster(brokers: 3)
        defer { test.cluster.shutdown() }
        let topic = try test.topic(partitions: 6)
        let producer = try await test.producer()
        test.cluster.injectErrors([.notLeaderForPartition, .transport, .notLeaderForPartition, .requestTimedOut], on: .produce)
        try await test.produce(producer, topic: topic, count: 2000, keys: 50)

        let consumer = try await test.consumer(group: "g-faults", topics: [topic])
        test.cluster.injectErrors([.notLeaderForPartition, .transport, .notLeaderForPartition], on: .fetch)
        let received = Received()
        // Recovery from the injected fetch errors waits on librdkafka's retry and metadata backoffs, which
        // stretch on a loaded 2-core machine: a generous bound, the assertions are on the counts.
        try await consume(consumer, into: received, timeout: .seconds(90)) { received.count >= 2000 }
        try await test.produce(producer, topic: topic, count: 1000, keys: 50, from: 2000)
        try await consume(consumer, into: received, timeout: .seconds(90)) { received.count >= 3000 }
        try await Task.sleep(for: .milliseconds(300))
        #expect(received.count == 3000)
        #expect(Set(received.all) == Set((0..<3000).map { "value-\($0)" }))
        await consumer.close()
        await producer.close(timeout: .seconds(5))
    }

    @Test("statistics report the lag after producing N and storing M")
    func lagStatistics() async throws {
        let test = try KafkaTestCluster()
        defer { test.cluster.shutdown() }
        let topic = try test.topic(partitions: 1)
        let partition = KafkaTopicPartition(topic: topic, partition: 0)
        let producer = try await test.producer()
        try await test.produce(producer, topic: topic, count: 100)
        let latest = Mutex<KafkaStatistics?>(nil)
        let consumer = try await test.consumer(group: "g-lag", topics: [topic]) {
            $0.client.statisticsInterval = .milliseconds(200)
        }
        consumer.onStatistics { statistics in latest.withLock { $0 = statistics } }
        let received = Received()
        try await consume(consumer, into: received, storeOffsets: false) { received.count >= 100 }
        try consumer.storeOffsets([partition: 30])
        try await consumer.commit()
        try await waitUntil {
            latest.withLock { $0?.partitions[partition]?.consumerLag == 70 && $0?.partitions[partition]?.consumerLagStored == 70 }
        }
        let statistics = try #require(latest.withLock { $0 })
        #expect(statistics.partitions[partition]?.highWatermark == 100)
        #expect(statistics.partitions[partition]?.lowWatermark == 0)  // the log start, not the last stable offset (100)
        #expect(statistics.partitions[partition]?.committedOffset == 30)
        #expect(statistics.totalConsumerLag == 70)
        #expect(statistics.rebalanceCount ?? 0 >= 1)
        #expect(statistics.groupState == "up")
        #expect(producer.deliveryLatency.count == 100)
        #expect(producer.deliveryLatency.percentile(0.99) > .zero)
        await consumer.close()
        await producer.close(timeout: .seconds(5))
    }

    @Test("a static member (group.instance.id) consumes and gets its partitions back after a restart")
    func staticMembership() async throws {
        let test = try KafkaTestCluster()
        defer { test.cluster.shutdown() }
        let topic = try test.topic(partitions: 3)
        let producer = try await test.producer()
        try await test.produce(producer, topic: topic, count: 30)
        let consumer = try await test.consumer(group: "g-static", topics: [topic]) { $0.groupInstanceID = "worker-1" }
        let received = Received()
        try await consume(consumer, into: received) { received.count >= 30 }
        #expect(consumer.assignment.count == 3)
        await consumer.close()
        let again = try await test.consumer(group: "g-static", topics: [topic]) { $0.groupInstanceID = "worker-1" }
        try await test.produce(producer, topic: topic, count: 3, from: 30)
        let more = Received()
        try await consume(again, into: more) { more.count >= 3 }
        #expect(more.all.sorted() == ["value-30", "value-31", "value-32"])
        await again.close()
        await producer.close(timeout: .seconds(5))
    }

    @Test("admin lists topics with partitions; CreateTopics against the development broker fails with what to do")
    func admin() async throws {
        let test = try KafkaTestCluster(brokers: 2)
        defer { test.cluster.shutdown() }
        try test.cluster.createTopic("admin-listed", partitions: 5, replicationFactor: 2)
        let admin = try await KafkaAdmin(configuration: KafkaClientConfiguration(bootstrapServers: test.bootstrap), logger: test.logger)
        defer { admin.close() }
        let topics = try await admin.topics()
        let listed = try #require(topics.first { $0.name == "admin-listed" })
        #expect(listed.partitions.map(\.id) == [0, 1, 2, 3, 4])
        #expect(listed.partitions.allSatisfy { $0.replicas.count == 2 })

        let error = await #expect(throws: KafkaError.self) {
            _ = try await admin.createTopics([KafkaNewTopic(name: "created", partitions: 3, replicationFactor: 1)], timeout: .seconds(5))
        }
        #expect(error?.message.contains("membership broker --topic NAME:PARTITIONS") == true)
    }
}
