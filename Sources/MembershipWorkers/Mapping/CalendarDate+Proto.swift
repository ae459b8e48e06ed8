import MembershipDomain
import MembershipEvents

extension CalendarDate {
    /// The date a protobuf `CalendarDate` names, or `nil` when it is unset or impossible.
    init?(proto: Membership_Common_V1_CalendarDate) {
        self.init(year: Int(proto.year), month: Int(proto.month), day: Int(proto.day))
    }

    /// Why a protobuf date cannot be used, or `nil`: it does not exist, or lies outside the years the system
    /// accepts (rule E12, ``FieldValidator/acceptedYears``; far-off years would overflow date arithmetic).
    static func violation(of proto: Membership_Common_V1_CalendarDate, field: String) -> FieldViolation? {
        do {
            _ = try FieldValidator.date(year: Int(proto.year), month: Int(proto.month), day: Int(proto.day), field: field)
            return nil
        } catch {
            return error
        }
    }

    /// The protobuf form.
    var proto: Membership_Common_V1_CalendarDate {
        Membership_Common_V1_CalendarDate(year: Int32(year), month: Int32(month), day: Int32(day))
    }
}
