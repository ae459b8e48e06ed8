import Foundation
import Testing
import MembershipDomain

@Suite("ID cards: envelope values")
struct EnvelopeCodingTests {
    typealias C = CardFixtures

    @Test("C2: an envelope's card set refuses a fifth card")
    func capacity() {
        let cards = (0..<5).map { C.card("M\($0)", .child, dob: "2010-01-01") }
        #expect(Envelope.Cards(cards) == nil)
        #expect(Envelope.Cards(cards.prefix(4))?.count == 4)
        #expect(Envelope.Cards(cards.prefix(4))?.map(\.memberID.rawValue) == ["M0", "M1", "M2", "M3"])
        #expect(Envelope.Cards([IDCard]())?.isEmpty == true)
    }

    @Test("envelopes and addresses survive a JSON round trip; a five-card envelope does not decode")
    func coding() throws {
        let envelope = try #require(EnvelopePacker().pack(C.household(3), runID: "RUN1").first)
        let data = try JSONEncoder().encode(envelope)
        #expect(try JSONDecoder().decode(Envelope.self, from: data) == envelope)
        let address = AddressNormalizer.normalize(C.home)
        let decoded = try JSONDecoder().decode(NormalizedAddress.self, from: JSONEncoder().encode(address))
        #expect(decoded == address)
        #expect(decoded.key == "123 MAIN ST APT 4|LOS ANGELES|CA|90012")
        let pending = C.household(1)[0]
        #expect(try JSONDecoder().decode(PendingCard.self, from: JSONEncoder().encode(pending)) == pending)
        let five = try JSONEncoder().encode((0..<5).map { C.card("M\($0)", .child, dob: "2010-01-01") })
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Envelope.Cards.self, from: five) }
    }
}
