import MembershipDomain
import MembershipEvents

extension MailingAddress {
    /// The domain's address from a protobuf address (the county is not part of it).
    init(proto: Membership_Common_V1_PostalAddress) {
        self.init(line1: proto.line1, line2: proto.line2, city: proto.city, state: proto.state, zip: proto.zipCode)
    }

    /// The protobuf form, with `county` when known.
    func proto(county: String = "") -> Membership_Common_V1_PostalAddress {
        var address = Membership_Common_V1_PostalAddress()
        address.line1 = line1
        address.line2 = line2
        address.city = city
        address.state = state
        address.zipCode = zip
        address.county = county
        return address
    }
}
