import Foundation
import MembershipDomain
import MembershipEvents
import MembershipStore
import MembershipWorkers
import SwiftProtobuf
import Testing
import WorkerRuntime

@Suite("Enrollment handlers against a SQLite store")
struct EnrollmentHandlerTests {
    typealias Bench = EnrollmentTestBench

    @Test("G1-G6: a valid setup contract is accepted with its renewal date and rating area")
    func contractAccepted() async throws {
        let bench = try Bench()
        try await bench.withStore { store in
            let contract = Bench.contract("G-100")
            let messages = try await bench.send(contract, to: store)
            let results = try Bench.results(messages)
            #expect(results.count == 1)
            let result = try #require(results.first)
            #expect(result.subject == .groupContract)
            #expect(result.requestID == contract.eventID)
            #expect(result.groupNumber == "G-100")
            #expect(messages.first?.key == Array("G-100".utf8))
            guard case .accepted(let accepted)? = result.outcome else {
                Issue.record("expected an accepted contract, got \(String(describing: result.outcome))")
                return
            }
            #expect(accepted.contract.renewalDate == .init(year: 2027, month: 1, day: 1))
            #expect(accepted.contract.ratingArea == 12)
        }
    }

    @Test("E6, E5, M1, C1: a family of 6; the 27-year-old child is rejected, the others get MRNs, first-of-month dates and cards")
    func familyOfSix() async throws {
        let bench = try Bench()
        try await bench.withStore { store in
            _ = try await bench.send(Bench.contract("G-100"), to: store)
            let family = "E-5521"
            let requests = [
                Bench.addSubscriber(group: "G-100", family: family,
                                    Bench.enrollee(first: "Ana", last: "Reyes", born: (1985, 3, 4), ssn: "123456789", hired: true)),
                Bench.addDependent(group: "G-100", family: family, .spouse,
                                   Bench.enrollee(first: "Luis", last: "Reyes", born: (1986, 7, 8), ssn: "223456789")),
                Bench.addDependent(group: "G-100", family: family, .child,
                                   Bench.enrollee(first: "Eva", last: "Reyes", born: (2012, 2, 3), ssn: "323456789")),
                Bench.addDependent(group: "G-100", family: family, .child,
                                   Bench.enrollee(first: "Leo", last: "Reyes", born: (2015, 6, 30), ssn: "423456789")),
                Bench.addDependent(group: "G-100", family: family, .child,
                                   Bench.enrollee(first: "Mia", last: "Reyes", born: (2018, 11, 20), ssn: "523456789")),
                Bench.addDependent(group: "G-100", family: family, .child,
                                   Bench.enrollee(first: "Tomas", last: "Reyes", born: (1998, 5, 1), ssn: "623456789")),
            ]
            var results: [Membership_Enrollment_V1_EnrollmentResult] = []
            var cards: [Membership_Idcard_V1_CardRequest] = []
            for request in requests {
                let messages = try await bench.send(request, to: store)
                let answered = try Bench.results(messages)
                #expect(answered.count == 1)
                #expect(answered.first?.requestID == request.eventID)
                #expect(messages.filter { $0.topic == TopicName.enrollmentResults }.allSatisfy { $0.key == Array("G-100/E-5521".utf8) })
                results += answered
                cards += try Bench.cards(messages)
            }
            let accepted = results.prefix(5).compactMap { result -> Membership_Enrollment_V1_MemberCoverage? in
                guard case .accepted(let accepted)? = result.outcome else { return nil }
                return accepted.members.last
            }
            #expect(accepted.count == 5)
            #expect(accepted.map(\.relationship) == [.subscriber, .spouse, .child, .child, .child])
            #expect(Set(accepted.map(\.coverageEffectiveDate)) == [.init(year: 2026, month: 2, day: 1)])
            #expect(accepted.allSatisfy { MedicalRecordNumber($0.mrn)?.region == .southernCalifornia })
            #expect(Set(accepted.map(\.mrn)).count == 5)
            #expect(Set(accepted.map(\.memberID)).count == 5)
            guard case .rejected(let rejected)? = results.last?.outcome else {
                Issue.record("expected the 27-year-old rejected, got \(String(describing: results.last?.outcome))")
                return
            }
            #expect(rejected.reasons == [.dependentOverAgeLimit])
            #expect(!rejected.message.contains("Tomas"))
            // Rule C1: one card request per accepted member, keyed by the subscriber's member id.
            #expect(cards.count == 5)
            #expect(Set(cards.map(\.memberID)) == Set(accepted.map(\.memberID)))
            #expect(Set(cards.map(\.subscriberMemberID)) == [accepted[0].memberID])
            #expect(cards.allSatisfy { $0.reason == .newEnrollment && $0.planID == "S70-HMO" })
            #expect(cards.filter(\.subscriber).map(\.name.firstName) == ["Ana"])
            // The ID-card worker accepts every card request as it is published.
            let idCards = IDCardHandlers(worker: "test")
            for card in cards {
                var wrapper = Membership_Idcard_V1_IdCardRequestsMessage()
                wrapper.cardRequest = card
                let decoded = try idCards.requests.decode(IncomingMessage(topic: TopicName.idCardRequests, partition: 0, offset: 0,
                                                                          key: nil, value: try wrapper.serializedBytes()))
                #expect(decoded.eventID == card.eventID)
            }
            // The store holds the coverages billing reads and no plain SSN.
            let coverages = try await store.transaction { tx in try await tx.coverages.coverages(householdID: "G-100/E-5521") }
            #expect(coverages.count == 5)
            let persons = try await store.transaction { tx in try await tx.persons.persons(ids: accepted.map(\.personID)) }
            #expect(persons.count == 5)
            #expect(persons.allSatisfy { $0.ssn != nil && $0.ssn?.hmac.contains("123456789") == false })
        }
    }
}
