import PropertyBased
import Testing
import MembershipDomain

@Suite("Properties: envelopes")
struct CardPropertyTests {
    static let streets = [
        MailingAddress(line1: "1 Elm Street", city: "Irvine", state: "CA", zip: "92602"),
        MailingAddress(line1: "1 ELM ST", city: "irvine", state: "ca", zip: "92602-1234"),  // same as the first
        MailingAddress(line1: "1 Elm St Apt 2", city: "Irvine", state: "CA", zip: "92602"),
        MailingAddress(line1: "77 Oak Avenue", city: "Fresno", state: "CA", zip: "93701"),
    ]

    @Test("C2, C3: envelopes never hold more than four cards, never mix households, and every card goes exactly once")
    func packing() async {
        // Per card: household number 0-11, address choice 0-3, birth year offset.
        let cards = zip(Gen.int(in: 0...11), Gen.int(in: 0...3), Gen.int(in: 0...60)).array(of: 0...80)
        await propertyCheck(input: cards) { specs in
            var pending: [PendingCard] = []
            for (index, spec) in specs.enumerated() {
                let (household, addressChoice, age) = spec
                let subscriber = MemberID("S\(household)")
                let card = IDCard(
                    id: CardID(memberID: MemberID("M\(index)"), requestID: "R"), reason: .newEnrollment, subscriberID: subscriber,
                    relationship: index % 5 == 0 ? .subscriber : .child, dateOfBirth: CalendarDate(year: 1960 + age, month: 1, day: 1)!,
                    memberName: "N", mrn: "X", groupNumber: "G", planName: "P", effectiveDate: CalendarDate(year: 2026, month: 1, day: 1)!,
                    memberServicesPhone: "1", digitalCardAvailable: true, requestedOn: CalendarDate(year: 2026, month: 1, day: 1)!)
                pending.append(PendingCard(card: card, address: AddressNormalizer.normalize(Self.streets[addressChoice])))
            }
            let envelopes = EnvelopePacker().pack(pending, runID: "R")
            #expect(envelopes.allSatisfy { (1...4).contains($0.cards.count) })
            var householdOf: [MemberID: Household] = [:]
            for item in pending { householdOf[item.card.memberID] = item.household }
            for envelope in envelopes {
                #expect(envelope.cards.allSatisfy { householdOf[$0.memberID] == envelope.household })
            }
            let packed = envelopes.flatMap(\.cards).map(\.memberID)
            #expect(packed.count == pending.count)
            #expect(Set(packed) == Set(pending.map(\.card.memberID)))
            let sizes = Dictionary(grouping: pending, by: \.household).mapValues(\.count)
            let counts = Dictionary(grouping: envelopes, by: \.household).mapValues(\.count)
            #expect(counts == sizes.mapValues { ($0 + 3) / 4 })
            #expect(Set(envelopes.map(\.id)).count == envelopes.count)
        }
    }
}
