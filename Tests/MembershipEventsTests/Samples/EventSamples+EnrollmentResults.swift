import MembershipEvents

extension EventSamples {
    static let enrollmentResultSamples: [EventSample] = [
        EventSample(name: "EnrollmentResult.accepted", message: resultAccepted),
        EventSample(name: "EnrollmentResult.rejected", message: resultRejected),
        EventSample(name: "EnrollmentResult.pending_review", message: resultPendingReview),
        EventSample(name: "EnrollmentResult.group_contract_accepted", message: resultGroupContractAccepted),
    ]

    static func familyResult(
        _ eventID: String, answering requestID: String,
        _ outcome: Membership_Enrollment_V1_EnrollmentResult.OneOf_Outcome
    ) -> Membership_Enrollment_V1_EnrollmentResult {
        var result = Membership_Enrollment_V1_EnrollmentResult()
        result.eventID = eventID
        result.occurredAt = SampleTime.decided
        result.source = "enrollment-worker"
        result.requestID = requestID
        result.subject = .enrollmentRequest
        result.groupNumber = "G-104233"
        result.subscriberRef = "E-5521"
        result.outcome = outcome
        return result
    }

    static var resultAccepted: Membership_Enrollment_V1_EnrollmentResult {
        var member = Membership_Enrollment_V1_MemberCoverage()
        member.memberID = "M-0004182"
        member.mrn = "11-2043518"
        member.personID = "P-00071344"
        member.upstreamMemberID = "ACME-000417"
        member.relationship = .subscriber
        member.planID = "HMO-SILVER-70-2026"
        member.coverageEffectiveDate = .init(year: 2026, month: 12, day: 1)
        member.digitalCardAvailable = true
        var accepted = Membership_Enrollment_V1_Accepted()
        accepted.members = [member]
        return familyResult(
            "c3a9e1d2-4b5f-4a6e-8c7d-9e0f1a2b3c01", answering: "7c1e2f4a-9b3d-4c8e-a1f0-5d6b7e8c9a01",
            .accepted(accepted))
    }

    static var resultRejected: Membership_Enrollment_V1_EnrollmentResult {
        var rejected = Membership_Enrollment_V1_Rejected()
        rejected.reasons = [.outsideServiceArea, .outsideEnrollmentWindow]
        rejected.message =
            "The home address ZIP 93252 is outside the plan's service area, and the request arrived"
            + " after the 30-day new-hire window without a qualifying life event."
        return familyResult(
            "c3a9e1d2-4b5f-4a6e-8c7d-9e0f1a2b3c02", answering: "7c1e2f4a-9b3d-4c8e-a1f0-5d6b7e8c9a03",
            .rejected(rejected))
    }

    static var resultPendingReview: Membership_Enrollment_V1_EnrollmentResult {
        var pending = Membership_Enrollment_V1_PendingReview()
        pending.caseID = "RC-2026-000731"
        pending.dueDate = .init(year: 2026, month: 11, day: 4)
        pending.reviewReason = .uncertainPersonMatch
        return familyResult(
            "c3a9e1d2-4b5f-4a6e-8c7d-9e0f1a2b3c03", answering: "7c1e2f4a-9b3d-4c8e-a1f0-5d6b7e8c9a01",
            .pendingReview(pending))
    }

    static var resultGroupContractAccepted: Membership_Enrollment_V1_EnrollmentResult {
        var accepted = Membership_Enrollment_V1_Accepted()
        accepted.contract.contractEffectiveDate = .init(year: 2026, month: 12, day: 1)
        accepted.contract.renewalDate = .init(year: 2027, month: 12, day: 1)
        accepted.contract.ratingArea = 12
        var result = familyResult(
            "c3a9e1d2-4b5f-4a6e-8c7d-9e0f1a2b3c04", answering: "0b6f9c2e-8d1a-4f57-9a43-2c6e1f0d7b11",
            .accepted(accepted))
        result.subject = .groupContract
        result.subscriberRef = ""
        return result
    }
}
