public import SwiftProtobuf

/// A message published as the value of one topic record, with the metadata every event carries.
///
/// Every top-level event has an `event_id` (a UUID that consumers record for idempotency), the
/// instant it `occurred_at` (decisions use it, never the worker's clock: rule X1) and its `source`.
/// The generated types already have these properties; the conformances add the record key.
public protocol MembershipEvent: SwiftProtobuf.Message {
    /// The event's unique id, a UUID in canonical lowercase text form.
    var eventID: String { get }
    /// When the event occurred at its source.
    var occurredAt: Google_Protobuf_Timestamp { get }
    /// The system that produced the event.
    var source: String { get }
    /// The record key this event is published under (see ``RecordKey`` and `Docs/TOPICS.md`).
    var recordKey: String { get }
}
