import MembershipDomain
import MembershipEvents

/// A decoded `membership.enrollment-requests` message: the event as received and either its domain form or
/// why it cannot be decided (rule E12: answered with an invalid-request rejection, not dead-lettered).
public struct EnrollmentRequestEvent: Sendable {
    let proto: Membership_Enrollment_V1_EnrollmentRequest
    let request: Result<EnrollmentRequest, RequestDefect>
}
