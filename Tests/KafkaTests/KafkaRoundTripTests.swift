import Foundation
import Kafka
import Testing

@Suite("Kafka producer and consumer", .timeLimit(.minutes(2)))
struct KafkaRoundTripTests {
    @Test("keys, values and headers survive the round trip")
    func roundTrip() async throws {
        let test = try KafkaTestCluster()
        defer { test.cluster.shutdown() }
        let topic = try test.topic(partitions: 3)
        let producer = try await test.producer()
        let sent = KafkaProducerMessage(
            topic: topic,
            key: [0, 1, 2, 255],
            value: Array("payload é".utf8),
            headers: [KafkaHeader(key: "origin", text: "test"), KafkaHeader(key: "empty", value: nil), KafkaHeader(key: "bin", value: [9, 0, 9])]
        )
        let position = try await producer.send(sent)
        #expect(position.topicPartition.topic == topic)
        await producer.close(timeout: .seconds(5))

        let consumer = try await test.consumer(group: "g-roundtrip", topics: [topic])
        var iterator = consumer.batches.makeAsyncIterator()
        let batch = try #require(try await iterator.next())
        #expect(batch.count == 1)
        let message = batch[0]
        #expect(message.key == [0, 1, 2, 255])
        #expect(String(decoding: message.value, as: UTF8.self) == "payload é")
        #expect(message.headers == sent.headers)
        #expect(message.partition == position.topicPartition.partition)
        #expect(message.offset == position.offset)
        #expect(message.timestampMilliseconds != nil)
        await consumer.close()
    }

    @Test("10,000 keyed messages arrive in order per key")
    func orderPerKey() async throws {
        let test = try KafkaTestCluster()
        defer { test.cluster.shutdown() }
        let topic = try test.topic(partitions: 6)
        let producer = try await test.producer()
        try await test.produce(producer, topic: topic, count: 10_000, keys: 37)
        await producer.close(timeout: .seconds(5))

        let consumer = try await test.consumer(group: "g-order", topics: [topic])
        var lastIndexPerKey = KeyOrder()
        let received = Received()
        try await consume(consumer, into: received) { received.count >= 10_000 }
        for value in received.all {
            let index = Int(value.dropFirst("value-".count))!
            lastIndexPerKey.check(key: index % 37, index: index)
        }
        #expect(received.count == 10_000)
        #expect(Set(received.all).count == 10_000)
        #expect(lastIndexPerKey.outOfOrder == 0)
        await consumer.close()
    }

    @Test("a message produced by kcat is consumed by our consumer, and ours by kcat")
    func kcatInteroperability() async throws {
        let test = try KafkaTestCluster()
        defer { test.cluster.shutdown() }
        let topic = try test.topic(partitions: 1)
        _ = try run("/usr/bin/kcat", ["-P", "-b", test.cluster.bootstrapServers, "-t", topic, "-K", ":"], input: "from-kcat:hello from C\n")
        let producer = try await test.producer()
        try await producer.send(KafkaProducerMessage(topic: topic, key: "from-swift", value: Array("hello from Swift".utf8)))
        await producer.close(timeout: .seconds(5))

        let consumer = try await test.consumer(group: "g-kcat", topics: [topic])
        let received = Received()
        try await consume(consumer, into: received) { received.count >= 2 }
        #expect(received.all == ["hello from C", "hello from Swift"])
        await consumer.close()

        let output = try run("/usr/bin/kcat", ["-C", "-b", test.cluster.bootstrapServers, "-t", topic, "-o", "beginning", "-e", "-q", "-f", "%k=%s\\n"])
        #expect(output == "from-kcat=hello from C\nfrom-swift=hello from Swift\n")
    }

    @Test("a broker down for 2 s: every message is delivered once it is back, none twice")
    func brokerDown() async throws {
        let test = try KafkaTestCluster()
        defer { test.cluster.shutdown() }
        let topic = try test.topic(partitions: 4)
        let producer = try await test.producer()
        try await test.produce(producer, topic: topic, count: 100)
        try test.cluster.setBrokerDown(1)
        let sending = Task {
            let messages = (100..<600).map { KafkaProducerMessage(topic: topic, key: "key-\($0 % 10)", value: Array("value-\($0)".utf8)) }
            return await producer.send(messages)
        }
        try await Task.sleep(for: .seconds(2))
        try test.cluster.setBrokerUp(1)
        let reports = await sending.value
        #expect(reports.count == 500)
        #expect(reports.allSatisfy { $0.error == nil })
        await producer.close(timeout: .seconds(5))

        let consumer = try await test.consumer(group: "g-down", topics: [topic])
        let received = Received()
        try await consume(consumer, into: received) { received.count >= 600 }
        try await Task.sleep(for: .milliseconds(300))
        #expect(received.count == 600)
        #expect(Set(received.all) == Set((0..<600).map { "value-\($0)" }))
        await consumer.close()
    }
}

/// Checks per-key order of indices seen in sequence.
struct KeyOrder {
    private var last: [Int: Int] = [:]
    private(set) var outOfOrder = 0

    mutating func check(key: Int, index: Int) {
        if let previous = last[key], previous > index { outOfOrder += 1 }
        last[key] = index
    }
}
