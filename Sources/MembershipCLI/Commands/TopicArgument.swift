import ArgumentParser
import MembershipEvents

/// Topic names as operators type them: the full name (`membership.enrollment-requests`), or the
/// project topic's short name (`enrollment-requests`, `enrollment-requests.dlq`).
enum TopicArgument {
    static func resolve(_ text: String) -> String {
        if EventTopic(defaultName: text) != nil { return text }
        let prefixed = "membership." + text
        return EventTopic(defaultName: prefixed) != nil ? prefixed : text
    }

    /// The message type of `topic`, or of `--type` when given; throws with the list of choices.
    static func eventTopic(of topic: String, type: String?) throws -> EventTopic {
        if let type {
            guard let chosen = EventTopic(defaultName: resolve(type)) else {
                throw ValidationError("--type \(type): not a project topic; use one of \(choices)")
            }
            return chosen
        }
        guard let chosen = EventTopic(defaultName: topic) else {
            throw ValidationError("\(topic) is not a project topic, so its message type is unknown: name a project topic (\(choices)) or pass --type TOPIC for a renamed one")
        }
        return chosen
    }

    static var choices: String {
        TopicName.all.map { String($0.dropFirst("membership.".count)) }.joined(separator: ", ")
    }
}
