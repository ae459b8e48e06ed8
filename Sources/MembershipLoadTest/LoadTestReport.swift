/// What a load test measured: counts of what was sent and what came back, throughput and latency
/// from each request's scheduled send time, and warnings when the broker lost data.
public struct LoadTestReport: Sendable, Equatable, Codable {
    /// Requests in the workload.
    public var requests: Int
    /// Group contracts published (and answered) before the requests.
    public var contracts: Int
    /// Group contracts the worker rejected or dead-lettered.
    public var contractsRejected: Int
    /// Requests the broker acknowledged.
    public var published: Int
    /// Requests the producer could not deliver.
    public var publishErrors: Int
    /// Requests with at least one answer: a result, or a dead letter.
    public var answered: Int
    /// Final outcome accepted.
    public var accepted: Int
    /// Final outcome rejected.
    public var rejected: Int
    /// Answered with pending review and no final result yet (rule M2).
    public var pendingReview: Int
    /// Requests that went to `membership.enrollment-requests.dlq`.
    public var deadLettered: Int
    /// Published requests that got no answer before the run gave up.
    public var missing: Int
    /// Rejected requests per rule cited (a request citing two rules counts under both).
    public var rejectionsByRule: [String: Int]
    /// One rejection message per rule, as the worker wrote it: what the rejections were about.
    public var rejectionExamples: [String: String]
    /// Requests whose pending-review result was followed by their final one.
    public var reviewsThenFinal: Int
    /// Answers beyond one final result per request (rule E12 says there are none).
    public var duplicateResults: Int
    /// Results and dead letters naming no message of this run (other runs on the same topics).
    public var unmatchedResults: Int
    /// Offered requests per second; absent when sent as fast as possible.
    public var offeredRate: Double?
    /// Requests handed to the producer per second, first to last hand-off.
    public var sendRate: Double
    /// Answers per second, from the first request due to the last answer.
    public var throughput: Double
    /// Seconds from the first request due to the last answer.
    public var durationSeconds: Double
    /// Latency of answered requests, from scheduled send time to first answer.
    public var latency: LatencySummary
    /// Unanswered requests whose offset is below their partition's log start: the broker deleted
    /// them before the worker read them.
    public var lostRequests: Int
    /// Consumers of this process that logged that their position fell off the start of the log.
    public var gapWarnings: Int
    /// Sentences for a person: data lost, missing answers, duplicates.
    public var warnings: [String]
    /// The run second by second.
    public var timeline: [LoadTestSecond]

    init(entries: [LatencyRecorder.Entry], tally: LoadTestTally, contracts: Int, rate: Double?, lostRequests: Int, gapWarnings: Int) {
        requests = entries.count
        self.contracts = contracts
        contractsRejected = tally.contractsRejected.count
        publishErrors = tally.failedToSend.reduce(0) { $0 + ($1 ? 1 : 0) }
        published = tally.positions.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        answered = entries.reduce(0) { $0 + ($1.answered == nil ? 0 : 1) }
        accepted = tally.count(.accepted)
        rejected = tally.count(.rejected)
        pendingReview = tally.count(.pendingReview)
        deadLettered = tally.count(.deadLettered)
        missing = entries.indices.reduce(0) { $0 + (entries[$1].answered == nil && !tally.failedToSend[$1] ? 1 : 0) }
        rejectionsByRule = tally.rejectionsByRule
        rejectionExamples = tally.rejectionExamples
        reviewsThenFinal = tally.reviewsThenFinal
        duplicateResults = tally.duplicateResults
        unmatchedResults = tally.unmatched
        offeredRate = rate
        let sends = entries.compactMap(\.sent)
        if let first = sends.min(), let last = sends.max(), last > first {
            sendRate = Double(sends.count) / (Double(last - first) / 1e9)
        } else {
            sendRate = 0
        }
        let firstDue = entries.compactMap(\.due).min() ?? 0
        let lastAnswer = entries.compactMap(\.answered).max() ?? firstDue
        durationSeconds = Double(lastAnswer - firstDue) / 1e9
        throughput = durationSeconds > 0 ? Double(answered) / durationSeconds : 0
        latency = LatencySummary(nanoseconds: entries.compactMap(\.latency))
        self.lostRequests = lostRequests
        self.gapWarnings = gapWarnings
        timeline = LoadTestSecond.timeline(of: entries)

        var warnings: [String] = []
        if lostRequests > 0 {
            warnings.append("the broker dropped data: \(lostRequests) requests were deleted from the log before the worker read them "
                + "(retention, or the development broker's 5 MiB per partition: use more partitions or fewer requests)")
        }
        if gapWarnings > 0 {
            warnings.append("the broker dropped data: \(gapWarnings) times a consumer's position fell off the start of the log")
        }
        if missing > 0 {
            warnings.append("\(missing) published requests got no answer; the counts and latencies cover the \(answered) that did")
        }
        if contractsRejected > 0 {
            warnings.append("\(contractsRejected) of \(contracts) group contracts were rejected: their groups' requests wait for a "
                + "contract (rule E12) and get no answer")
        }
        if publishErrors > 0 {
            warnings.append("\(publishErrors) requests were not delivered to the broker: \(tally.firstSendError ?? "unknown error")")
        }
        if duplicateResults > 0 {
            warnings.append("\(duplicateResults) answers beyond one final result per request (rule E12)")
        }
        if answered > 0, rejectionsByRule["M4", default: 0] * 2 > answered {
            warnings.append("most requests were rejected as already covered (rule M4): the database holds an earlier run's people; "
                + "use --reset or another --seed")
        }
        self.warnings = warnings
    }
}
