import Foundation
import MembershipEvents
import MembershipStore
import MembershipWorkers
import Testing
import WorkerRuntime

@Suite("ID-card requests and mailing runs")
struct MailingRunTests {
    /// A minute after the requests: every card has settled.
    static let later = CardTestBench.requestTime + 60_000

    @Test("C2: a family of 6 with 5 accepted members gets 5 cards in 2 envelopes (4 + 1), subscriber first, then by date of birth")
    func familyOfSix() async throws {
        let bench = CardTestBench()
        try await bench.withStore { store in
            try await bench.sendFamilyOfSix(to: store)
            let outcome = try await store.transaction { tx in
                try await bench.handlers.mailingRun.run(in: tx, now: Self.later, settle: .seconds(30))
            }
            #expect(outcome.cardsMailed == 5)
            #expect(outcome.envelopes == 2)
            let envelopes = try CardTestBench.envelopes(outcome.messages)
            #expect(envelopes.map(\.cards.count) == [4, 1])
            #expect(envelopes.flatMap(\.cards).map(\.memberID) == ["M-1", "M-2", "M-3", "M-4", "M-5"])
            #expect(envelopes.map { "\($0.sequenceNumber) of \($0.sequenceTotal)" } == ["1 of 2", "2 of 2"])
            #expect(envelopes.allSatisfy { $0.addressee.firstName == "Maria" && $0.mailingAddress.zipCode == "93030" })
            #expect(Set(envelopes.map(\.householdKey)).count == 1)
            #expect(outcome.messages.allSatisfy { $0.topic == TopicName.idCardMailings })
            #expect(outcome.messages.map { String(decoding: $0.key ?? [], as: UTF8.self) } == envelopes.map(\.householdKey))

            // Nothing is left to mail.
            let again = try await store.transaction { tx in
                try await bench.handlers.mailingRun.run(in: tx, now: Self.later + 60_000, settle: .seconds(30))
            }
            #expect(again.messages.isEmpty)
        }
    }

    @Test("C1, C2: a replacement card requested later goes alone in 1 envelope of 1")
    func replacementLater() async throws {
        let bench = CardTestBench()
        try await bench.withStore { store in
            try await bench.sendFamilyOfSix(to: store)
            _ = try await store.transaction { tx in
                try await bench.handlers.mailingRun.run(in: tx, now: Self.later, settle: .seconds(30))
            }
            let replacementTime = CardTestBench.requestTime + 86_400_000
            _ = try await CardTestBench.deliver(
                CardTestBench.cardRequest(member: "M-3", subscriber: "M-1", isSubscriber: false, firstName: "Ana", born: (2009, 2, 3),
                                          at: replacementTime, cause: "portal-replacement-77", reason: .replacement),
                to: bench.handlers.requests, store: store)
            let outcome = try await store.transaction { tx in
                try await bench.handlers.mailingRun.run(in: tx, now: replacementTime + 60_000, settle: .seconds(30))
            }
            let envelopes = try CardTestBench.envelopes(outcome.messages)
            #expect(envelopes.count == 1)
            #expect(envelopes.first?.cards.map(\.memberID) == ["M-3"])
            #expect(envelopes.first.map { "\($0.sequenceNumber) of \($0.sequenceTotal)" } == "1 of 1")
            // Addressed to the member whose card it is: the subscriber has no card in this run.
            #expect(envelopes.first?.addressee.firstName == "Ana")
        }
    }

    @Test("C5: two mailing runs racing on one store put every card in exactly one envelope")
    func racingRuns() async throws {
        let bench = CardTestBench()
        try await bench.withStore { store in
            for family in 0..<12 {
                for member in 0..<(1 + family % 6) {
                    _ = try await CardTestBench.deliver(
                        CardTestBench.cardRequest(member: "M-\(family)-\(member)", subscriber: "M-\(family)-0", isSubscriber: member == 0,
                                                  firstName: "Member\(member)", born: (1980 + Int32(member), 1, 1)),
                        to: bench.handlers.requests, store: store)
                }
            }
            let first = IDCardHandlers(worker: "replica-a")
            let second = IDCardHandlers(worker: "replica-b")
            // A second store on the same file, as a second process would open it.
            let outcomes = try await MembershipStore.withStore(try bench.configuration) { other in
                async let a = store.transaction { tx in try await first.mailingRun.run(in: tx, now: Self.later, settle: .seconds(30)) }
                async let b = other.transaction { tx in try await second.mailingRun.run(in: tx, now: Self.later, settle: .seconds(30)) }
                return try await [a, b]
            }
            let cards = try outcomes.flatMap { try CardTestBench.envelopes($0.messages) }.flatMap(\.cards).map(\.memberID)
            #expect(cards.count == 42)
            #expect(Set(cards).count == 42)
            #expect(outcomes.map(\.cardsMailed).reduce(0, +) == 42)
        }
    }

    @Test("C2: a household of 9 gets 3 envelopes (4 + 4 + 1)")
    func householdOfNine() async throws {
        let bench = CardTestBench()
        try await bench.withStore { store in
            for member in 1...9 {
                _ = try await CardTestBench.deliver(
                    CardTestBench.cardRequest(member: "M-\(member)", subscriber: "M-1", isSubscriber: member == 1, firstName: "Member\(member)",
                                              born: (1975 + Int32(member), 1, 1)),
                    to: bench.handlers.requests, store: store)
            }
            let outcome = try await store.transaction { tx in
                try await bench.handlers.mailingRun.run(in: tx, now: Self.later, settle: .seconds(30))
            }
            let envelopes = try CardTestBench.envelopes(outcome.messages)
            #expect(envelopes.map(\.cards.count) == [4, 4, 1])
            #expect(envelopes.map(\.sequenceTotal) == [3, 3, 3])
            #expect(Set(envelopes.map(\.envelopeID)).count == 3)
        }
    }

    @Test("C3: two households at one address get separate envelopes")
    func twoHouseholdsOneAddress() async throws {
        let bench = CardTestBench()
        try await bench.withStore { store in
            // The same address written differently: it normalises to one address, yet the families differ.
            var shouted = CardTestBench.homeAddress
            shouted.line1 = "1200 HARBOR BOULEVARD"
            for (member, subscriber, address) in [("A-1", "A-1", CardTestBench.homeAddress), ("A-2", "A-1", CardTestBench.homeAddress),
                                                  ("B-1", "B-1", shouted), ("B-2", "B-1", shouted)] {
                _ = try await CardTestBench.deliver(
                    CardTestBench.cardRequest(member: member, subscriber: subscriber, isSubscriber: member == subscriber,
                                              firstName: member, born: (1990, 1, member == subscriber ? 1 : 2), address: address),
                    to: bench.handlers.requests, store: store)
            }
            let outcome = try await store.transaction { tx in
                try await bench.handlers.mailingRun.run(in: tx, now: Self.later, settle: .seconds(30))
            }
            let envelopes = try CardTestBench.envelopes(outcome.messages)
            #expect(envelopes.count == 2)
            #expect(Set(envelopes.map { $0.cards.map(\.memberID) }) == [["A-1", "A-2"], ["B-1", "B-2"]])
            #expect(Set(envelopes.map(\.householdKey)).count == 2)
        }
    }

    @Test("Settle delay: a household with a card younger than the delay waits for the next run, whole")
    func settleDelay() async throws {
        let bench = CardTestBench()
        try await bench.withStore { store in
            try await bench.sendFamilyOfSix(to: store)
            let early = try await store.transaction { tx in
                try await bench.handlers.mailingRun.run(in: tx, now: CardTestBench.requestTime + 10_000, settle: .seconds(30))
            }
            #expect(early.messages.isEmpty)
            let settled = try await store.transaction { tx in
                try await bench.handlers.mailingRun.run(in: tx, now: CardTestBench.requestTime + 30_000, settle: .seconds(30))
            }
            #expect(settled.cardsMailed == 5)
        }
    }

    @Test("C5: a card request announced twice for the same enrollment makes one card, mailed once")
    func repeatedRequest() async throws {
        let bench = CardTestBench()
        try await bench.withStore { store in
            for _ in 0..<2 {
                _ = try await CardTestBench.deliver(
                    CardTestBench.cardRequest(member: "M-1", subscriber: "M-1", isSubscriber: true, firstName: "Maria", born: (1981, 4, 12),
                                              cause: "enroll-request-1"),
                    to: bench.handlers.requests, store: store)
            }
            let outcome = try await store.transaction { tx in
                try await bench.handlers.mailingRun.run(in: tx, now: Self.later, settle: .seconds(30))
            }
            #expect(outcome.cardsMailed == 1)
        }
    }

    @Test("A MailingRunRequest mails every card requested before it, at once, under its run id")
    func mailingRunRequest() async throws {
        let bench = CardTestBench()
        try await bench.withStore { store in
            try await bench.sendFamilyOfSix(to: store)
            let messages = try await CardTestBench.deliver(
                CardTestBench.mailingRunRequest(runID: "MR-2026-03-02-01", at: CardTestBench.requestTime + 1_000),
                to: bench.handlers.requests, store: store)
            let envelopes = try CardTestBench.envelopes(messages)
            #expect(envelopes.map(\.cards.count) == [4, 1])
            #expect(envelopes.allSatisfy { $0.mailingRunID == "MR-2026-03-02-01" })
        }
    }

    @Test("C5: a mailing-run request whose run id already mailed envelopes mails nothing new")
    func repeatedRunID() async throws {
        let bench = CardTestBench()
        try await bench.withStore { store in
            try await bench.sendFamilyOfSix(to: store)
            let first = try await CardTestBench.deliver(
                CardTestBench.mailingRunRequest(runID: "MR-7", at: CardTestBench.requestTime + 1_000),
                to: bench.handlers.requests, store: store)
            #expect(first.count == 2)
            _ = try await CardTestBench.deliver(
                CardTestBench.cardRequest(member: "M-3", subscriber: "M-1", isSubscriber: false, firstName: "Ana", born: (2009, 2, 3),
                                          at: CardTestBench.requestTime + 2_000, cause: "portal-replacement-78", reason: .replacement),
                to: bench.handlers.requests, store: store)
            let again = try await CardTestBench.deliver(
                CardTestBench.mailingRunRequest(runID: "MR-7", at: CardTestBench.requestTime + 3_000),
                to: bench.handlers.requests, store: store)
            #expect(again.isEmpty)
            let next = try await CardTestBench.deliver(
                CardTestBench.mailingRunRequest(runID: "MR-8", at: CardTestBench.requestTime + 3_000),
                to: bench.handlers.requests, store: store)
            #expect(try CardTestBench.envelopes(next).flatMap(\.cards).map(\.memberID) == ["M-3"])
        }
    }

    @Test("C4: a card mailed more than a month after coverage start is reported late")
    func lateCardReported() async throws {
        let bench = CardTestBench()
        try await bench.withStore { store in
            // Coverage started 2026-01-01; requested 2026-01-05; mailed 2026-03-02: past the 2026-02-05 due date.
            let requested: Int64 = 1_767_614_400_000
            _ = try await CardTestBench.deliver(
                CardTestBench.cardRequest(member: "M-9", subscriber: "M-9", isSubscriber: true, firstName: "Maria", born: (1981, 4, 12),
                                          at: requested, effective: (2026, 1, 1)),
                to: bench.handlers.requests, store: store)
            // A second household, on time: coverage starts 2026-03-01.
            _ = try await CardTestBench.deliver(
                CardTestBench.cardRequest(member: "M-1", subscriber: "M-1", isSubscriber: true, firstName: "Jose", born: (1983, 9, 1)),
                to: bench.handlers.requests, store: store)
            let outcome = try await store.transaction { tx in
                try await bench.handlers.mailingRun.run(in: tx, now: Self.later, settle: .seconds(30))
            }
            #expect(outcome.cardsMailed == 2)
            #expect(outcome.mailedLate == 1)
            #expect(outcome.overdueUnmailed == 0)
            #expect(outcome.hasSLABreaches)
        }
    }

    @Test("A card request without a mailing address is invalid and goes to the dead-letter topic")
    func invalidRequest() async throws {
        let bench = CardTestBench()
        var wrapper = try Membership_Idcard_V1_IdCardRequestsMessage(
            serializedBytes: CardTestBench.cardRequest(member: "M-1", subscriber: "M-1", isSubscriber: true, firstName: "Maria",
                                                       born: (1981, 4, 12)))
        wrapper.cardRequest.clearMailingAddress()
        let message = IncomingMessage(topic: TopicName.idCardRequests, partition: 0, offset: 0, key: nil,
                                      value: try wrapper.serializedBytes())
        #expect(throws: InvalidMessage.self) { try bench.handlers.requests.decode(message) }
        try? FileManager.default.removeItem(at: bench.directory)
    }
}
