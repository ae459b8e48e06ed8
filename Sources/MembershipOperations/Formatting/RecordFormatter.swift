import Foundation
public import MembershipEvents
import SwiftProtobuf

/// Prints records of the project's topics for people (`membership tail`): the value decoded by
/// the topic's message type, and on a dead-letter topic the dead-letter headers with the payload
/// decoded by its origin topic's type.
///
/// Full SSNs and dates of birth are masked unless ``revealPersonalData`` is set (see
/// ``PersonalDataMask``).
public struct RecordFormatter: Sendable {
    /// How records are printed.
    public enum Style: String, Sendable, CaseIterable {
        /// A header line, the key and headers, then the value as indented JSON.
        case pretty
        /// One JSON object per record and line, for `jq` and scripts.
        case json
    }

    /// How records are printed.
    public var style: Style
    /// Print SSNs and dates of birth in full.
    public var revealPersonalData = false
    /// Decode values as this topic's type instead of guessing from the topic name (for renamed topics).
    public var valueTopic: EventTopic?

    /// Creates a formatter.
    public init(style: Style, revealPersonalData: Bool = false, valueTopic: EventTopic? = nil) {
        self.style = style
        self.revealPersonalData = revealPersonalData
        self.valueTopic = valueTopic
    }

    /// What a formatter makes of one record before printing it.
    public struct Decoded: Sendable {
        /// The dead-letter headers, when the record is on a dead-letter topic and has them.
        public var deadLetter: DeadLetterMetadata?
        /// Why the dead-letter headers could not be read, when they could not.
        public var deadLetterProblem: String?
        /// The topic whose message type decoded the value.
        public var valueTopic: EventTopic?
        /// The value as protobuf JSON (masked unless personal data is revealed), when it decoded.
        public var valueJSON: String?
        /// Why the value did not decode.
        public var valueProblem: String?
    }

    /// Decodes `record` (headers and value) without printing it.
    public func decode(_ record: ReplayRecord) -> Decoded {
        var decoded = Decoded()
        var typeTopic = valueTopic ?? EventTopic(defaultName: record.topic)
        if record.topic.hasSuffix(TopicName.deadLetterSuffix) {
            let headers = Dictionary(record.headers.compactMap { header in header.text.map { (header.key, $0) } }) { first, _ in first }
            do {
                let metadata = try DeadLetterMetadata(headers: headers)
                decoded.deadLetter = metadata
                // The payload is the origin record's value: decode it by the origin topic's type.
                if valueTopic == nil, let origin = EventTopic(defaultName: metadata.originTopic) { typeTopic = origin }
            } catch {
                decoded.deadLetterProblem = error.description
            }
        }
        decoded.valueTopic = typeTopic
        guard let typeTopic else {
            decoded.valueProblem = "not a project topic: pass --type to decode it"
            return decoded
        }
        do {
            let message = try typeTopic.valueType.init(serializedBytes: record.value)
            decoded.valueJSON = try jsonText(message)
        } catch {
            decoded.valueProblem = "not a valid \(typeTopic.valueType.protoMessageName) (\(error))"
        }
        return decoded
    }

    /// The text to print for `record`: several lines for ``Style/pretty``, one for ``Style/json``
    /// (no trailing newline).
    public func format(_ record: ReplayRecord) -> String {
        let decoded = decode(record)
        switch style {
        case .pretty: return pretty(record, decoded)
        case .json: return json(record, decoded)
        }
    }

    private func jsonText(_ message: any SwiftProtobuf.Message) throws -> String {
        let json = try message.jsonString()
        guard !revealPersonalData else { return json }
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let data = try JSONSerialization.data(withJSONObject: PersonalDataMask.masked(object), options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    private func pretty(_ record: ReplayRecord, _ decoded: Decoded) -> String {
        var lines = ["\(record.topic)[\(record.partition)]@\(record.offset)  \(Self.time(record.timestampMilliseconds))  key=\(Self.text(record.key))"]
        if let dead = decoded.deadLetter {
            lines.append("  dead letter: \(dead.errorCode) \"\(dead.errorMessage)\"")
            lines.append("  from \(dead.originTopic)[\(dead.originPartition)]@\(dead.originOffset) after \(dead.attempts) attempt(s) by \(dead.worker) at \(dead.value(of: .time))")
        } else if let problem = decoded.deadLetterProblem {
            lines.append("  dead letter without valid headers: \(problem)")
        }
        let deadLetterNames = Set(DeadLetterHeader.allCases.map(\.name))
        let other = record.headers.filter { decoded.deadLetter == nil || !deadLetterNames.contains($0.key) }
        if !other.isEmpty {
            lines.append("  headers: " + other.map { "\($0.key)=\($0.value.map { Self.text($0) } ?? "null")" }.joined(separator: " "))
        }
        if let json = decoded.valueJSON, let topic = decoded.valueTopic {
            lines.append("  \(topic.valueType.protoMessageName):")
            lines.append(Self.indented(json))
        } else {
            lines.append("  value (\(record.value.count) bytes): \(decoded.valueProblem ?? "not decoded")")
            lines.append("  base64: \(Data(record.value).base64EncodedString())")
        }
        return lines.joined(separator: "\n")
    }

    private func json(_ record: ReplayRecord, _ decoded: Decoded) -> String {
        var object: [String: Any] = [
            "topic": record.topic, "partition": Int(record.partition), "offset": record.offset,
            "timestamp": record.timestampMilliseconds.map { Self.time($0) as Any } ?? NSNull(),
            "key": record.key.map { Self.text($0) as Any } ?? NSNull(),
            "headers": record.headers.map { ["key": $0.key, "value": $0.value.map { Self.text($0) as Any } ?? NSNull()] },
        ]
        if let dead = decoded.deadLetter {
            object["deadLetter"] = Dictionary(uniqueKeysWithValues: DeadLetterHeader.allCases.map { ($0.name, dead.value(of: $0)) })
        } else if let problem = decoded.deadLetterProblem {
            object["deadLetterProblem"] = problem
        }
        if let topic = decoded.valueTopic { object["type"] = topic.valueType.protoMessageName }
        if let json = decoded.valueJSON, let value = try? JSONSerialization.jsonObject(with: Data(json.utf8)) {
            object["value"] = value
        } else {
            object["valueProblem"] = decoded.valueProblem ?? "not decoded"
            object["valueBase64"] = Data(record.value).base64EncodedString()
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }

    private static func indented(_ json: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)),
              let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return "    " + json }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
    }

    /// UTF-8 text when the bytes are valid UTF-8, else `base64:...`.
    static func text(_ bytes: [UInt8]?) -> String {
        guard let bytes else { return "null" }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return "base64:" + Data(bytes).base64EncodedString()
    }

    static func time(_ milliseconds: Int64?) -> String {
        guard let milliseconds else { return "-" }
        return Date(timeIntervalSince1970: Double(milliseconds) / 1000).formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
