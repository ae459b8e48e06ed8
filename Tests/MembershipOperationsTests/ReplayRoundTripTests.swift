import Foundation
import Kafka
import MembershipOperations
import Testing

@Suite("replay record and play on the embedded cluster", .timeLimit(.minutes(2)))
struct ReplayRoundTripTests {
    /// Keyed and unkeyed records, empty and binary values, headers with and without values.
    static func sample(topic: String) -> [KafkaProducerMessage] {
        (0..<60).map { (index: Int) -> KafkaProducerMessage in
            let key: [UInt8]? = index % 10 == 9 ? nil : Array("G-\(index % 7)/E-\(index)".utf8)
            let value: [UInt8] = index % 13 == 0 ? [] : (0..<(index * 3)).map { (byte: Int) -> UInt8 in UInt8((byte * 31 + index) % 256) }
            let headers: [KafkaHeader] = index % 2 == 0
                ? [KafkaHeader(key: "trace", text: "t-\(index)"), KafkaHeader(key: "empty", value: nil), KafkaHeader(key: "bin", value: [0, 255, UInt8(index)])]
                : []
            return KafkaProducerMessage(topic: topic, key: key, value: value, headers: headers)
        }
    }

    @Test("record -> play reproduces the same keys, values and headers byte for byte, in order per key")
    func recordThenPlay() async throws {
        let test = try OperationsTestCluster()
        defer { test.cluster.shutdown() }
        try test.cluster.createTopic("source", partitions: 3)
        try test.cluster.createTopic("copy", partitions: 3)
        let sent = Self.sample(topic: "source")
        try await test.send(sent)

        let path = temporaryPath(".jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try ReplayFile.Writer(path: path, header: ReplayFile.Header(source: "source"))
        let recorded = Collected()
        let count = try await test.reader().read(topic: "source", range: TopicRange(start: .beginning, stopAtEnd: true)) { recorded.append($0) }
        for record in recorded.records { try writer.append(record) }
        try writer.close()
        #expect(count == 60)

        let (header, fromFile) = try ReplayFile.read(path: path)
        #expect(header.source == "source")
        #expect(fromFile == recorded.records)
        #expect(fromFile.allSatisfy { $0.timestampMilliseconds != nil })
        #expect(Set(fromFile.map(\.partition)).count == 3)

        let played = try await ReplayPlayer(settings: test.settings, logger: test.logger).play(path: path, topic: "copy", pace: .maximum)
        #expect(played == 60)
        let copy = try await test.readAll("copy")
        #expect(copy.count == 60)
        #expect(Set(copy.map(Content.init)) == Set(sent.map(Content.init)))
        // Keyed records land on the partition they were recorded from, in the same order.
        for partition in Int32(0)..<3 {
            let original = fromFile.filter { $0.partition == partition && $0.key != nil }.map(Content.init)
            let replayed = copy.filter { $0.partition == partition && $0.key != nil }.map(Content.init)
            #expect(original == replayed)
        }
    }

    @Test("--keep-partitions puts unkeyed records back on their recorded partition; a rate spaces the records out")
    func keepPartitionsAtRate() async throws {
        let test = try OperationsTestCluster()
        defer { test.cluster.shutdown() }
        try test.cluster.createTopic("paced", partitions: 2)
        let records = (0..<10).map { index in
            ReplayRecord(topic: "elsewhere", partition: Int32(index % 2), offset: Int64(index), timestampMilliseconds: 1_000 + Int64(index),
                         key: nil, value: Array("v\(index)".utf8), headers: [])
        }
        let path = temporaryPath(".jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try ReplayFile.write(records, header: ReplayFile.Header(source: "hand-made"), to: path)
        var player = ReplayPlayer(settings: test.settings, logger: test.logger)
        player.keepPartitions = true
        let clock = ContinuousClock()
        let started = clock.now
        try await player.play(path: path, topic: "paced", pace: .rate(20))
        // 10 records at 20/s: the last is due 450 ms after the first.
        #expect(clock.now - started >= .milliseconds(450))
        let copy = try await test.readAll("paced")
        #expect(copy.filter { $0.partition == 0 }.map { String(decoding: $0.value, as: UTF8.self) } == ["v0", "v2", "v4", "v6", "v8"])
        #expect(copy.filter { $0.partition == 1 }.map { String(decoding: $0.value, as: UTF8.self) } == ["v1", "v3", "v5", "v7", "v9"])
    }

    @Test("a range by offset, time and count")
    func ranges() async throws {
        let test = try OperationsTestCluster()
        defer { test.cluster.shutdown() }
        try test.cluster.createTopic("ranged", partitions: 1)
        try await test.send((0..<20).map { KafkaProducerMessage(topic: "ranged", key: "k", value: Array("v\($0)".utf8)) })
        let fromOffset = Collected()
        try await test.reader().read(topic: "ranged", range: TopicRange(start: .offset(15), stopAtEnd: true)) { fromOffset.append($0) }
        #expect(fromOffset.records.map(\.offset) == [15, 16, 17, 18, 19])
        let firstThree = Collected()
        try await test.reader().read(topic: "ranged", range: TopicRange(start: .beginning, maxRecords: 3, stopAtEnd: false)) { firstThree.append($0) }
        #expect(firstThree.records.map(\.offset) == [0, 1, 2])
        let future = Collected()
        try await test.reader().read(topic: "ranged", range: TopicRange(start: .since(Date().addingTimeInterval(3600)), stopAtEnd: true)) { future.append($0) }
        #expect(future.records.isEmpty)
        let past = Collected()
        try await test.reader().read(topic: "ranged", range: TopicRange(start: .since(Date().addingTimeInterval(-3600)), stopAtEnd: true)) { past.append($0) }
        #expect(past.records.count == 20)
        let fromEnd = Collected()
        let clock = ContinuousClock()
        let started = clock.now
        var patient = test.reader()
        patient.idleEnd = .seconds(60)
        try await patient.read(topic: "ranged", range: TopicRange(start: .end, stopAtEnd: true)) { fromEnd.append($0) }
        #expect(fromEnd.records.isEmpty)
        #expect(clock.now - started < .seconds(30))  // Ends when the end is known, not after the idle wait.
    }

    @Test("reading a topic that does not exist says how to find the right name")
    func missingTopic() async throws {
        let test = try OperationsTestCluster()
        defer { test.cluster.shutdown() }
        await #expect(throws: OperationsError("topic nope does not exist on \(test.cluster.bootstrapServers): check the name with `membership topics list`")) {
            try await test.reader().read(topic: "nope", range: TopicRange(start: .beginning, stopAtEnd: true)) { _ in }
        }
    }
}
