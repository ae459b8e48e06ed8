public import Kafka
public import MembershipDemo
import Foundation
import MembershipEvents
import SwiftProtobuf

/// What a load test publishes: group contracts (first, not timed) and enrollment requests (timed),
/// each with the event id its result will name as `request_id`.
public struct LoadTestWorkload: Sendable {
    /// One message to publish.
    public struct Message: Sendable {
        /// The record key (`<group number>/<subscriber ref>` for requests, the group number for contracts);
        /// `nil` for a recorded record without one.
        public var key: [UInt8]?
        /// The serialized protobuf message.
        public var value: [UInt8]
        /// The message's event id: the `request_id` of its result.
        public var eventID: String
        /// Headers to send with it (a recording's, kept as recorded).
        public var headers: [KafkaHeader] = []

        /// Creates a message.
        public init(key: [UInt8]?, value: [UInt8], eventID: String, headers: [KafkaHeader] = []) {
            self.key = key
            self.value = value
            self.eventID = eventID
            self.headers = headers
        }
    }

    /// Contracts for `membership.group-contracts`.
    public var contracts: [Message]
    /// Requests for `membership.enrollment-requests`, in sending order.
    public var requests: [Message]
    /// For a generated workload, the outcome the enrollment worker should give each request
    /// (parallel to ``requests``); empty when unknown.
    public var expectedOutcomes: [DemoOutcome]

    /// Creates a workload from messages already built.
    public init(contracts: [Message], requests: [Message], expectedOutcomes: [DemoOutcome] = []) {
        self.contracts = contracts
        self.requests = requests
        self.expectedOutcomes = expectedOutcomes
    }

    /// Most requests a generated workload can hold: 500 groups of at most 100 families each
    /// (rule G2: a small group has at most 100 employees), about three requests per family.
    public static let maximumGeneratedRequests = 140_000

    /// Generates `count` requests and their groups' contracts from `seed` with the demo's population
    /// generator (`DemoPopulation`): new hires with families, some ineligible employees, over-age
    /// children, ambiguous identities, newborns, terminations and COBRA continuations, so most are
    /// accepted and some rejected or sent to review, as in production.
    ///
    /// The people, groups and requests depend only on the seed; the event ids are new on every call
    /// (`freshEventIDs`), so that a second run against the same database is answered (a known event id
    /// would be skipped as a redelivery, without a result). Run against a reset database for the
    /// same mix of outcomes: the same people sent again are rejected as already covered (rule M4).
    /// SSNs are moved out of the never-issued area the generator uses (``issuableSSN(_:)``).
    public static func generate(requests count: Int, seed: UInt64, freshEventIDs: Bool = true) throws -> LoadTestWorkload {
        guard count >= 1, count <= maximumGeneratedRequests else {
            throw LoadTestError.invalidOption("--requests must be between 1 and \(maximumGeneratedRequests), not \(count)")
        }
        // About 2.9 requests per family; grow the population until it has enough requests. The
        // requests are in time order, so the first `count` never name a family's later request
        // without its earlier ones.
        // At least 40 families: a group of a handful of employees fails the participation rules of
        // G2 and its contract is rejected, which would hold every request (rule E12).
        var families = max(40, Int((Double(count) / 2.6).rounded(.up)) + 1)
        var population: DemoPopulation
        repeat {
            let groups = max(1, min(500, (families + 99) / 100))
            families = min(families, groups * 100)
            do {
                population = try DemoPopulation.generate(seed: seed, groups: groups, families: max(families, groups))
            } catch {
                throw LoadTestError.invalidOption("cannot generate \(count) requests: \(error)")
            }
            if population.requests.count >= count { break }
            guard families < 50_000 else {
                throw LoadTestError.invalidOption("--requests \(count) is more than the generator makes (\(population.requests.count))")
            }
            families = min(50_000, Int(Double(families) * Double(count) / Double(max(1, population.requests.count)) * 1.1) + 1)
        } while true

        var contracts: [Message] = []
        for var contract in population.groupContracts {
            if freshEventIDs { contract.eventID = UUID().uuidString.lowercased() }
            contracts.append(Message(key: Array(contract.groupNumber.utf8), value: try contract.serializedBytes(), eventID: contract.eventID))
        }
        var requests: [Message] = []
        requests.reserveCapacity(count)
        for generated in population.requests.prefix(count) {
            var request = withIssuableSSNs(generated)
            if freshEventIDs { request.eventID = UUID().uuidString.lowercased() }
            requests.append(Message(key: Array(DemoPopulation.key(of: request).utf8), value: try request.serializedBytes(), eventID: request.eventID))
        }
        return LoadTestWorkload(contracts: contracts, requests: requests,
                                expectedOutcomes: population.scenarios.prefix(count).map(\.expectedOutcome))
    }
}
