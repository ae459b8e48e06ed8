import MembershipEvents

/// How a load test runs against a broker where an enrollment worker is consuming.
public struct LoadTestConfiguration: Sendable {
    /// Bootstrap servers (`host:port`).
    public var bootstrapServers: [String]
    /// Requests per second to offer; `nil` sends as fast as the producer takes them. Default `nil`.
    public var rate: Double?
    /// How long to wait for every group contract's result before the requests. Default 60 s.
    public var contractTimeout: Duration = .seconds(60)
    /// Once every request is sent, give up when no new answer arrived for this long. Default 30 s.
    public var idleTimeout: Duration = .seconds(30)
    /// Requests per producer call at most. Default 1,000.
    public var maxChunk: Int = 1_000
    /// Producer calls awaiting their delivery reports at most, before sending waits. Default 16
    /// (16,000 messages, well under the producer's queue of 100,000).
    public var maxChunksInFlight: Int = 16
    /// The producer's linger: how long it waits to fill a batch. Default 2 ms (part of the latency).
    public var producerLinger: Duration = .milliseconds(2)
    /// The results consumer's `fetch.wait.max.ms`. Default 5: the development broker holds every
    /// fetch this long, so it is added to the latency measured (librdkafka's default is 500).
    public var fetchWaitMilliseconds: Int = 5
    /// `membership.group-contracts` by default.
    public var contractsTopic: String = TopicName.groupContracts
    /// `membership.enrollment-requests` by default.
    public var requestsTopic: String = TopicName.enrollmentRequests
    /// `membership.enrollment-results` by default.
    public var resultsTopic: String = TopicName.enrollmentResults

    /// A configuration with the defaults above.
    public init(bootstrapServers: [String], rate: Double? = nil) {
        self.bootstrapServers = bootstrapServers
        self.rate = rate
    }
}
