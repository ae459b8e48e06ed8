import Foundation
import Kafka

// The JSON shapes of the replay file's lines (see ``ReplayFile``), kept apart from the public
// types so the file format is defined in one place.
extension ReplayFile {
    struct HeaderLine: Codable {
        var format: String
        var version: Int
        var recordedAt: String
        var source: String?
    }

    struct RecordLine: Codable {
        struct Header: Codable {
            var key: String
            var value: String?

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(key, forKey: .key)
                try container.encode(value, forKey: .value)  // An absent value is written as null.
            }
        }

        var topic: String
        var partition: Int32
        var offset: Int64
        var timestamp: Int64?
        var key: String?
        var value: String
        var headers: [Header]?

        init(_ record: ReplayRecord) {
            topic = record.topic
            partition = record.partition
            offset = record.offset
            timestamp = record.timestampMilliseconds
            key = record.key.map { Data($0).base64EncodedString() }
            value = Data(record.value).base64EncodedString()
            headers = record.headers.map { Header(key: $0.key, value: $0.value.map { Data($0).base64EncodedString() }) }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(topic, forKey: .topic)
            try container.encode(partition, forKey: .partition)
            try container.encode(offset, forKey: .offset)
            try container.encode(timestamp, forKey: .timestamp)
            try container.encode(key, forKey: .key)
            try container.encode(value, forKey: .value)
            try container.encode(headers ?? [], forKey: .headers)
        }

        /// A field that is not valid base64.
        struct InvalidField: Error {
            var field: String
        }

        /// The record; throws the first field that is not valid base64.
        func record() throws(InvalidField) -> ReplayRecord {
            func bytes(_ text: String, _ field: String) throws(InvalidField) -> [UInt8] {
                guard let data = Data(base64Encoded: text) else { throw InvalidField(field: field) }
                return Array(data)
            }
            var keyBytes: [UInt8]?
            if let key { keyBytes = try bytes(key, "key") }
            var headerValues: [KafkaHeader] = []
            for header in headers ?? [] {
                var value: [UInt8]?
                if let text = header.value { value = try bytes(text, "header \(header.key)") }
                headerValues.append(KafkaHeader(key: header.key, value: value))
            }
            return ReplayRecord(
                topic: topic, partition: partition, offset: offset, timestampMilliseconds: timestamp,
                key: keyBytes, value: try bytes(value, "value"), headers: headerValues)
        }
    }

    static let dateStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}
