import Testing
import MembershipDomain

@Suite("ID cards: envelopes")
struct EnvelopePackerTests {
    typealias C = CardFixtures
    let packer = EnvelopePacker()

    @Test("C2: households of 4, 5, 8, 9 cards take 1, 2, 2, 3 envelopes", arguments: [(4, 1), (5, 2), (8, 2), (9, 3), (1, 1)])
    func envelopeCounts(size: Int, envelopes: Int) {
        let packed = packer.pack(C.household(size), runID: "RUN1")
        #expect(packed.count == envelopes)
        #expect(packed.allSatisfy { $0.cards.count <= 4 && $0.count == envelopes })
        #expect(packed.reduce(0) { $0 + $1.cards.count } == size)  // C1: every member's own card, once
    }

    @Test("C1: every family member gets their own card with their own MRN; nobody gets two")
    func ownCards() {
        let packed = packer.pack(C.household(3), runID: "RUN1")
        let cards = packed.flatMap(\.cards)
        #expect(cards.map(\.memberID.rawValue) == ["S", "S-D1", "S-D2"])
        #expect(cards.map(\.mrn) == ["MRN-S", "MRN-S-D1", "MRN-S-D2"])
        #expect(cards.allSatisfy { $0.groupNumber == "G1" && $0.planName == "Gold 80 HMO" && $0.memberServicesPhone == "1-800-555-0100" })
        // The same card queued twice for the same member is still one card.
        #expect(packer.pack(C.household(3) + C.household(1), runID: "RUN1").flatMap(\.cards).count == 3)
    }

    @Test("C2: five cards are 4 + 1, labelled 1 of 2 and 2 of 2")
    func fiveCards() {
        let packed = packer.pack(C.household(5), runID: "RUN1")
        #expect(packed.map(\.cards.count) == [4, 1])
        #expect(packed.map(\.label) == ["1 of 2", "2 of 2"])
        #expect(packed[1].cards.map(\.memberID) == ["S-D4"])
    }

    @Test("C2: fixed order: subscriber first, then dependents by date of birth, then member id")
    func order() {
        let address = AddressNormalizer.normalize(C.home)
        let cards = [
            C.card("TWIN-B", .child, dob: "2015-04-04"), C.card("SP", .spouse, dob: "1983-01-01"),
            C.card("TWIN-A", .child, dob: "2015-04-04"), C.card("S", .subscriber, dob: "1985-01-01"),
            C.card("OLDER", .child, dob: "2012-09-09"),
        ].map { PendingCard(card: $0, address: address) }
        let packed = packer.pack(cards, runID: "RUN1")
        #expect(packed.flatMap(\.cards).map(\.memberID.rawValue) == ["S", "SP", "OLDER", "TWIN-A", "TWIN-B"])
        #expect(packed.map(\.cards.count) == [4, 1])
    }

    @Test("C3: two households at one address get separate envelopes")
    func twoHouseholdsOneAddress() {
        let cards = C.household(2, subscriber: "A") + C.household(2, subscriber: "B")
        let packed = packer.pack(cards, runID: "RUN1")
        #expect(packed.count == 2)
        #expect(packed.map { Set($0.cards.map(\.subscriberID)) } == [["A"], ["B"]])
    }

    @Test("C3: one household written two ways shares an envelope; a different address does not")
    func sameHouseholdTwoSpellings() {
        let other = MailingAddress(line1: "123 MAIN ST #4", city: "los angeles", state: "ca", zip: "90012")
        let college = MailingAddress(line1: "9 College Ave", city: "Berkeley", state: "CA", zip: "94704")
        let cards = [
            PendingCard(card: C.card("S", .subscriber, dob: "1980-01-01"), address: AddressNormalizer.normalize(C.home)),
            PendingCard(card: C.card("SP", .spouse, dob: "1981-01-01"), address: AddressNormalizer.normalize(other)),
            PendingCard(card: C.card("K", .child, dob: "2006-01-01"), address: AddressNormalizer.normalize(college)),
        ]
        let packed = packer.pack(cards, runID: "RUN1")
        #expect(packed.map { $0.cards.map(\.memberID.rawValue) } == [["S", "SP"], ["K"]])
    }

    @Test("C5: a card requested twice, or already mailed, is not mailed again")
    func noDoubleMailing() {
        let cards = C.household(3)
        let packedOnce = packer.pack(cards + cards, runID: "RUN1")
        #expect(packedOnce.flatMap(\.cards).count == 3)
        let alreadyMailed: Set<CardID> = [cards[0].card.id]
        let rerun = packer.pack(cards, runID: "RUN2", alreadyMailed: alreadyMailed)
        #expect(rerun.flatMap(\.cards).map(\.memberID.rawValue) == ["S-D1", "S-D2"])
    }

    @Test("C3: households are packed in the order their first card arrives; ids do not depend on it")
    func householdOrder() {
        let a = C.household(5, subscriber: "A")
        let b = C.household(2, subscriber: "B", address: MailingAddress(line1: "9 Oak Ave", city: "Irvine", state: "CA", zip: "92602"))
        let ab = packer.pack(a + b, runID: "RUN1")
        let ba = packer.pack(b + a, runID: "RUN1")
        #expect(ab.map(\.household.subscriberID) == ["A", "A", "B"])
        #expect(ba.map(\.household.subscriberID) == ["B", "A", "A"])
        #expect(Set(ab.map(\.id)) == Set(ba.map(\.id)))
        #expect(Set(ab) == Set(ba))
    }

    @Test("C3: a household's cards are gathered even when they arrive apart")
    func scattered() {
        let a = C.household(3, subscriber: "A")
        let b = C.household(2, subscriber: "B")
        let packed = packer.pack([a[2], b[0], a[0], b[1], a[1]], runID: "RUN1")
        #expect(packed.map { $0.cards.map(\.memberID.rawValue) } == [["A", "A-D1", "A-D2"], ["B", "B-D1"]])
    }

    @Test("C5: among many cards (so counter slots clash), exactly the repeats are dropped")
    func manyCards() {
        let address = AddressNormalizer.normalize(C.home)
        let unique = (0..<20_000).map { index in
            PendingCard(card: C.card("M\(index)", .subscriber, dob: "1980-01-01", subscriber: "S\(index)"), address: address)
        }
        let repeats = stride(from: 0, to: 20_000, by: 97).map { unique[$0] }
        let packed = packer.pack(unique + repeats, runID: "RUN1")
        #expect(packed.count == 20_000)
        #expect(Set(packed.flatMap(\.cards).map(\.memberID)).count == 20_000)
        // Same member, different request: a different card, mailed.
        let replacement = PendingCard(card: C.card("M5", .subscriber, dob: "1980-01-01", subscriber: "S5", request: "R2"), address: address)
        #expect(packer.pack(unique + [replacement], runID: "RUN1").flatMap(\.cards).count == 20_001)
    }

    @Test("C5: the same run packs the same envelope ids")
    func deterministicIDs() {
        let first = packer.pack(C.household(6), runID: "RUN1")
        let second = packer.pack(C.household(6).reversed(), runID: "RUN1")
        #expect(first == second)
        #expect(first.map(\.id).allSatisfy { $0.hasPrefix("RUN1-S-") })
        #expect(first.map(\.id).map { $0.hasSuffix("-1") || $0.hasSuffix("-2") } == [true, true])
        #expect(!first[0].id.contains("MAIN"))
    }
}

@Suite("ID cards: addresses")
struct AddressNormalizerTests {
    @Test("C3: USPS-style normalisation", arguments: [
        ("123 Main Street", "Apt. 4", "123 MAIN ST APT 4"),
        ("123 MAIN ST #4", "", "123 MAIN ST APT 4"),
        ("123 main st.", "Unit 4", "123 MAIN ST APT 4"),
        ("123 Main St, Apartment #4", "", "123 MAIN ST APT 4"),
        ("500 North Broadway Boulevard", "Suite 200", "500 N BROADWAY BLVD STE 200"),
        ("77 Sunset Avenue West", "", "77 SUNSET AVE W"),
        ("12 West Street", "", "12 WEST ST"),
        ("100 Front St", "", "100 FRONT ST"),
        ("P.O. Box 12", "", "PO BOX 12"),
        ("Post Office Box 9", "", "PO BOX 9"),
        ("12 Calle Peña", "Depto. 3", "12 CALLE PEÑA DEPTO 3"),
        ("12 calle peña", "depto 3", "12 CALLE PEÑA DEPTO 3"),
    ])
    func normalize(line1: String, line2: String, street: String) {
        let address = AddressNormalizer.normalize(MailingAddress(line1: line1, line2: line2, city: "Pasadena", state: "ca", zip: "91101"))
        #expect(address.street == street)
        #expect(address.city == "PASADENA")
        #expect(address.state == "CA")
    }

    @Test("C3: ZIP+4 becomes a five-digit ZIP", arguments: [("90012-3456", "90012"), ("900123456", "90012"), ("90012", "90012")])
    func zip(input: String, expected: String) {
        #expect(AddressNormalizer.zip5(input) == expected)
    }

    @Test("C3: different flats are different households")
    func differentUnits() {
        let a = AddressNormalizer.normalize(MailingAddress(line1: "123 Main St Apt 4", city: "LA", state: "CA", zip: "90012"))
        let b = AddressNormalizer.normalize(MailingAddress(line1: "123 Main St Apt 5", city: "LA", state: "CA", zip: "90012"))
        #expect(a != b)
    }

    @Test("G1: P.O. boxes are recognised", arguments: [
        ("PO Box 12", true), ("P.O. Box 12", true), ("P O BOX 7", true), ("Post Office Box 1", true),
        ("12 Box Canyon Rd", false), ("1 Post Office Plaza", false),
    ])
    func poBox(line: String, isBox: Bool) {
        #expect(AddressNormalizer.normalize(MailingAddress(line1: line, city: "X", state: "CA", zip: "90001")).isPOBox == isBox)
    }
}

@Suite("ID cards: SLA and digital cards")
struct CardSLATests {
    typealias C = CardFixtures
    let sla = CardSLA()

    @Test("C4: due a month after coverage start, or after the request when later")
    func dueDate() {
        #expect(sla.dueDate(for: C.card("S", .subscriber, dob: "1980-01-01")) == date("2026-04-01"))
        let late = C.card("S", .subscriber, dob: "1980-01-01", effective: "2026-01-01", requested: "2026-03-10")
        #expect(sla.dueDate(for: late) == date("2026-04-10"))
    }

    @Test("C4: met, missed, pending, overdue", arguments: [
        ("2026-03-20" as String?, "2026-05-01", CardSLA.Status.met), ("2026-04-01", "2026-05-01", .met),
        ("2026-04-02", "2026-05-01", .missed), (nil, "2026-04-01", .pending), (nil, "2026-04-02", .overdue),
    ])
    func status(mailed: String?, today: String, expected: CardSLA.Status) {
        let card = C.card("S", .subscriber, dob: "1980-01-01")
        #expect(sla.status(of: card, mailedOn: mailed.map(date), today: date(today)) == expected)
    }

    @Test("C4: the overdue report lists only late unmailed cards")
    func report() {
        let due = C.card("A", .subscriber, dob: "1980-01-01", effective: "2026-01-01", requested: "2025-12-01")
        let fine = C.card("B", .subscriber, dob: "1980-01-01", effective: "2026-03-01", requested: "2026-02-01")
        #expect(sla.overdue([fine, due], today: date("2026-03-01")).map(\.memberID) == ["A"])
    }

    @Test("M5: no digital cards in Northern California", arguments: [
        (Region.northernCalifornia, false), (.southernCalifornia, true), (.colorado, true), (.georgia, true), (.hawaii, true),
    ])
    func digital(region: Region, offered: Bool) {
        #expect(region.offersDigitalCards == offered)
    }

    @Test("M5: a member living in Alameda County gets a physical card only")
    func alameda() throws {
        let region = try #require(ReferenceFiles.shared.region(state: "CA", county: "Alameda"))
        #expect(!region.offersDigitalCards)
        let orange = try #require(ReferenceFiles.shared.region(state: "CA", county: "Orange"))
        #expect(orange.offersDigitalCards)
    }
}
