import MembershipDomain
import MembershipEvents

extension LegalName {
    /// The domain's name from a protobuf name.
    init(proto: Membership_Common_V1_PersonName) {
        self.init(first: proto.firstName, middle: proto.middleName, last: proto.lastName, suffix: proto.suffix)
    }

    /// The protobuf form.
    var proto: Membership_Common_V1_PersonName {
        var name = Membership_Common_V1_PersonName()
        name.firstName = first
        name.middleName = middle
        name.lastName = last
        name.suffix = suffix
        return name
    }
}
