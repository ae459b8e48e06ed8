/// A change of the partitions a consumer owns, told to the caller's hooks.
public struct KafkaRebalanceHooks: Sendable {
    /// Called (on the poll thread) after partitions were assigned, before any of their messages
    /// is delivered.
    public var onAssign: @Sendable ([KafkaTopicPartition]) -> Void
    /// Called (on the poll thread) before partitions are taken away, once the caller finished the
    /// batch it held (or the drain timeout passed). Stored offsets are committed right after.
    public var onRevoke: @Sendable ([KafkaTopicPartition]) -> Void

    public init(
        onAssign: @escaping @Sendable ([KafkaTopicPartition]) -> Void = { _ in },
        onRevoke: @escaping @Sendable ([KafkaTopicPartition]) -> Void = { _ in }
    ) {
        self.onAssign = onAssign
        self.onRevoke = onRevoke
    }
}
