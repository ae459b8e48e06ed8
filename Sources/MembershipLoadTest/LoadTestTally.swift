import MembershipDemo
import MembershipEvents

/// What the answers of a run said, request by request; kept under the run's lock.
struct LoadTestTally: Sendable {
    /// A request's answer so far.
    enum Answer: UInt8, Sendable {
        case none, accepted, rejected, pendingReview, deadLettered

        var isFinal: Bool { self == .accepted || self == .rejected || self == .deadLettered }
    }

    var answers: [Answer]
    /// Requests whose delivery to the broker failed (never answered, not waited for).
    var failedToSend: [Bool]
    /// Where each delivered request was written (partition, offset).
    var positions: [(partition: Int32, offset: Int64)?]
    var contractsAnswered: Set<Int> = []
    /// Contracts the worker rejected (their groups' requests wait, rule E12).
    var contractsRejected: Set<Int> = []
    var rejectionsByRule: [String: Int] = [:]
    /// The first rejection message seen per rule (the worker's messages carry no PII).
    var rejectionExamples: [String: String] = [:]
    /// Requests that had a pending-review result and then their final one (rule E12 allows one).
    var reviewsThenFinal = 0
    /// Answers beyond what rule E12 allows for a request (a second final result).
    var duplicateResults = 0
    /// Results or dead letters that name no message of this run (earlier runs on the same topic).
    var unmatched = 0
    var firstSendError: String?

    init(count: Int) {
        answers = Array(repeating: .none, count: count)
        failedToSend = Array(repeating: false, count: count)
        positions = Array(repeating: nil, count: count)
    }

    /// Records an enrollment result for request `index`. Returns whether it was the request's first answer.
    mutating func add(_ result: Membership_Enrollment_V1_EnrollmentResult, to index: Int) -> Bool {
        let previous = answers[index]
        let answer: Answer
        switch result.outcome {
        case .accepted?: answer = .accepted
        case .rejected(let rejected)?:
            answer = .rejected
            if !previous.isFinal {
                for rule in Set(rejected.reasons.map(\.ruleID)) {
                    rejectionsByRule[rule, default: 0] += 1
                    if rejectionExamples[rule] == nil { rejectionExamples[rule] = rejected.message }
                }
            }
        case .pendingReview?: answer = .pendingReview
        case nil: answer = .none
        }
        switch (previous, answer) {
        case (_, .none):
            break
        case (.none, _):
            answers[index] = answer
        case (.pendingReview, _) where answer.isFinal:
            answers[index] = answer
            reviewsThenFinal += 1
        default:
            duplicateResults += 1
        }
        return previous == .none && answer != .none
    }

    /// Records that request `index` was dead-lettered. Returns whether it was its first answer.
    mutating func deadLettered(_ index: Int) -> Bool {
        switch answers[index] {
        case .none:
            answers[index] = .deadLettered
            return true
        case .pendingReview:
            answers[index] = .deadLettered
            return false
        default:
            duplicateResults += 1
            return false
        }
    }

    func count(_ answer: Answer) -> Int { answers.reduce(0) { $0 + ($1 == answer ? 1 : 0) } }
}
