import MembershipDomain

enum CardFixtures {
    static let home = MailingAddress(line1: "123 Main Street", line2: "Apt. 4", city: "Los Angeles", state: "CA", zip: "90012-3456")

    static func card(_ member: String, _ relationship: Relationship, dob: String, subscriber: String = "S",
                     request: String = "R1", effective: String = "2026-03-01", requested: String = "2026-02-10",
                     digital: Bool = true) -> IDCard {
        IDCard(id: CardID(memberID: MemberID(member), requestID: request), reason: .newEnrollment,
               subscriberID: MemberID(subscriber), relationship: relationship, dateOfBirth: date(dob),
               memberName: "Member \(member)", mrn: "MRN-\(member)", groupNumber: "G1", planName: "Gold 80 HMO",
               effectiveDate: date(effective), memberServicesPhone: "1-800-555-0100", digitalCardAvailable: digital,
               requestedOn: date(requested))
    }

    /// A household of `size`: the subscriber, then children born a year apart from 2010.
    static func household(_ size: Int, subscriber: String = "S", address: MailingAddress = home) -> [PendingCard] {
        let normalized = AddressNormalizer.normalize(address)
        var cards = [PendingCard(card: card(subscriber, .subscriber, dob: "1980-01-01", subscriber: subscriber), address: normalized)]
        for index in 1..<max(size, 1) {
            let dob = "\(2010 + index)-06-01"
            cards.append(PendingCard(card: card("\(subscriber)-D\(index)", .child, dob: dob, subscriber: subscriber), address: normalized))
        }
        return Array(cards.prefix(size))
    }
}
