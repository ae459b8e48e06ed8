public import MembershipEvents

/// Accumulates the demo's output messages (enrollment results, review cases, invoices, envelopes)
/// into the summary a person reads at the end: outcomes, members, invoice totals, envelopes and
/// speed. Feeding the same message twice (a redelivery) changes nothing: everything is keyed by
/// the message's own id.
public struct DemoSummary: Sendable {
    /// One rejection reason and how many requests it rejected.
    public struct ReasonCount: Sendable, Hashable {
        /// The reason.
        public let reason: Membership_Enrollment_V1_RejectionReason
        /// Requests rejected with it (a request with two reasons counts under both).
        public let count: Int

        /// Creates a count.
        public init(reason: Membership_Enrollment_V1_RejectionReason, count: Int) {
            self.reason = reason
            self.count = count
        }
    }

    /// One group's invoices.
    public struct GroupInvoices: Sendable, Hashable {
        /// The group number.
        public let groupNumber: String
        /// Invoices issued to the group.
        public let invoices: Int
        /// Sum of the invoices' `total_due_cents`.
        public let totalDueCents: Int64

        /// Creates a group's line.
        public init(groupNumber: String, invoices: Int, totalDueCents: Int64) {
            self.groupNumber = groupNumber
            self.invoices = invoices
            self.totalDueCents = totalDueCents
        }
    }

    /// Enrollment requests published; the throughput is computed from it.
    public var requestsPublished = 0
    /// Time from the start of publishing to the last output.
    public var elapsed: Duration = .zero

    private var finalOutcomes: [String: DemoOutcome] = [:]
    private var rejectionReasons: [String: [Membership_Enrollment_V1_RejectionReason]] = [:]
    private var pendingRequests: Set<String> = []
    private var contractOutcomes: [String: DemoOutcome] = [:]
    private var memberIDs: Set<String> = []
    private var mrns: Set<String> = []
    private var invoices: [String: (group: String, totalDue: Int64)] = [:]
    private var envelopes: [String: (household: String, cards: Int)] = [:]
    private var openCases: Set<String> = []
    private var closedCases: Set<String> = []

    /// An empty summary.
    public init() {}

    /// Records an enrollment result: a final outcome counts once per request (rule E12), a
    /// pending-review result counts until the final one arrives.
    public mutating func add(_ result: Membership_Enrollment_V1_EnrollmentResult) {
        let id = result.requestID
        if result.subject == .groupContract {
            switch result.outcome {
            case .accepted?: if contractOutcomes[id] == nil { contractOutcomes[id] = .accepted }
            case .rejected?: if contractOutcomes[id] == nil { contractOutcomes[id] = .rejected }
            case .pendingReview?, nil: break
            }
            return
        }
        switch result.outcome {
        case .accepted(let accepted)?:
            guard finalOutcomes[id] == nil else { return }
            finalOutcomes[id] = .accepted
            for member in accepted.members {
                if !member.memberID.isEmpty { memberIDs.insert(member.memberID) }
                if !member.mrn.isEmpty { mrns.insert(member.mrn) }
            }
        case .rejected(let rejected)?:
            guard finalOutcomes[id] == nil else { return }
            finalOutcomes[id] = .rejected
            rejectionReasons[id] = rejected.reasons
        case .pendingReview?:
            pendingRequests.insert(id)
        case nil:
            break
        }
    }

    /// Records a review case opened or closed.
    public mutating func add(reviewCase: Membership_Enrollment_V1_ReviewCase) {
        switch reviewCase.change {
        case .opened?: openCases.insert(reviewCase.caseID)
        case .closed?: closedCases.insert(reviewCase.caseID)
        case nil: break
        }
    }

    /// Records an issued invoice (one per invoice number).
    public mutating func add(_ invoice: Membership_Billing_V1_InvoiceIssued) {
        invoices[invoice.invoiceNumber] = (invoice.groupNumber, invoice.totalDueCents)
    }

    /// Records a mailed envelope (one per envelope id).
    public mutating func add(_ envelope: Membership_Idcard_V1_Envelope) {
        envelopes[envelope.envelopeID] = (envelope.mailingRunID + "|" + envelope.householdKey, envelope.cards.count)
    }

    /// True when every one of `expectedRequests` requests has a final outcome or waits in review.
    public func isComplete(expectedRequests: Int) -> Bool {
        finalOutcomes.count + pendingReview >= expectedRequests
    }

    /// Requests accepted.
    public var accepted: Int { finalOutcomes.values.count { $0 == .accepted } }
    /// Requests rejected.
    public var rejected: Int { finalOutcomes.values.count { $0 == .rejected } }
    /// Requests whose review is still open (a pending result and no final one yet).
    public var pendingReview: Int { pendingRequests.count { finalOutcomes[$0] == nil } }
    /// Group contracts accepted.
    public var contractsAccepted: Int { contractOutcomes.values.count { $0 == .accepted } }
    /// Group contracts rejected.
    public var contractsRejected: Int { contractOutcomes.values.count { $0 == .rejected } }
    /// Review cases opened and not closed.
    public var openReviewCases: Int { openCases.subtracting(closedCases).count }
    /// Distinct member ids in accepted results.
    public var memberCount: Int { memberIDs.count }
    /// Distinct MRNs in accepted results.
    public var mrnCount: Int { mrns.count }

    /// Rejections per reason, most frequent first (then by reason number).
    public var rejectionsByReason: [ReasonCount] {
        var counts: [Membership_Enrollment_V1_RejectionReason: Int] = [:]
        for reasons in rejectionReasons.values {
            for reason in Set(reasons) { counts[reason, default: 0] += 1 }
        }
        return counts.map { ReasonCount(reason: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.reason.rawValue) < ($0.count, $1.reason.rawValue) }
    }

    /// Invoices per group, by group number.
    public var invoicesByGroup: [GroupInvoices] {
        var byGroup: [String: (count: Int, cents: Int64)] = [:]
        for invoice in invoices.values {
            let current = byGroup[invoice.group] ?? (0, 0)
            byGroup[invoice.group] = (current.count + 1, current.cents + invoice.totalDue)
        }
        return byGroup.keys.sorted().map { GroupInvoices(groupNumber: $0, invoices: byGroup[$0]!.count, totalDueCents: byGroup[$0]!.cents) }
    }

    /// Sum of every invoice's total due, in cents.
    public var invoiceTotalCents: Int64 { invoices.values.reduce(0) { $0 + $1.totalDue } }

    /// Envelopes per number of cards inside, for 1 to 4 cards (rule C2: at most four).
    public var envelopesByCardCount: [Int: Int] {
        var counts: [Int: Int] = [1: 0, 2: 0, 3: 0, 4: 0]
        for envelope in envelopes.values { counts[envelope.cards, default: 0] += 1 }
        return counts
    }

    /// Envelopes mailed.
    public var envelopeCount: Int { envelopes.count }

    /// Households (per mailing run) that received two or more envelopes.
    public var householdsWithSeveralEnvelopes: Int {
        var perHousehold: [String: Int] = [:]
        for envelope in envelopes.values { perHousehold[envelope.household, default: 0] += 1 }
        return perHousehold.values.count { $0 >= 2 }
    }

    /// Elapsed time in seconds.
    public var elapsedSeconds: Double {
        let parts = elapsed.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// Requests published per second of elapsed time; 0 before any time has passed.
    public var throughput: Double {
        elapsedSeconds > 0 ? Double(requestsPublished) / elapsedSeconds : 0
    }
}
