import MembershipDomain
import MembershipEvents

extension YearMonth {
    /// The month a protobuf `YearMonth` names, or `nil` when it is unset or impossible.
    init?(proto: Membership_Common_V1_YearMonth) {
        self.init(year: Int(proto.year), month: Int(proto.month))
    }

    /// The protobuf form.
    var proto: Membership_Common_V1_YearMonth {
        Membership_Common_V1_YearMonth(year: Int32(year), month: Int32(month))
    }
}
