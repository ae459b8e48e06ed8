/// The names of the headers a dead-letter record carries, defined once for every worker and tool.
///
/// A record on `<topic>.dlq` holds the original key and value bytes unchanged (no wrapper message),
/// the original record's own headers, and these headers saying why and where it failed. Values are
/// UTF-8 text; ``DeadLetterMetadata`` writes and reads them.
public enum DeadLetterHeader: String, CaseIterable, Sendable {
    /// A machine-readable reason, e.g. `UNDECODABLE` (see ``DeadLetterErrorCode``).
    case errorCode = "dlq.error.code"
    /// A human description of the error. Never contains personal data from the record.
    case errorMessage = "dlq.error.message"
    /// The topic the record was consumed from.
    case originTopic = "dlq.origin.topic"
    /// The partition it was consumed from, in decimal.
    case originPartition = "dlq.origin.partition"
    /// Its offset in that partition, in decimal.
    case originOffset = "dlq.origin.offset"
    /// How many times handling was attempted before giving up, in decimal.
    case attempts = "dlq.attempts"
    /// The worker that gave up, e.g. `enrollment-worker@host-1`.
    case worker = "dlq.worker"
    /// When it gave up, as RFC 3339 UTC text, e.g. `2026-11-25T04:16:43.125Z`.
    case time = "dlq.time"

    /// The header's name on the wire.
    public var name: String { rawValue }
}
