import MembershipDomain
import MembershipEvents

extension CalendarDate {
    /// The date a protobuf `CalendarDate` names, or `nil` when it is unset or impossible.
    init?(proto: Membership_Common_V1_CalendarDate) {
        self.init(year: Int(proto.year), month: Int(proto.month), day: Int(proto.day))
    }

    /// The protobuf form.
    var proto: Membership_Common_V1_CalendarDate {
        Membership_Common_V1_CalendarDate(year: Int32(year), month: Int32(month), day: Int32(day))
    }
}
