import MembershipEvents

extension EventSamples {
    static let enrollmentRequestSamples: [EventSample] = [
        EventSample(name: "EnrollmentRequest.add_subscriber", message: addSubscriber),
        EventSample(name: "EnrollmentRequest.add_dependent", message: addDependent),
        EventSample(name: "EnrollmentRequest.change_plan", message: changePlan),
        EventSample(name: "EnrollmentRequest.terminate", message: terminate),
        EventSample(name: "EnrollmentRequest.reinstate", message: reinstate),
        EventSample(name: "EnrollmentRequest.change_demographics", message: changeDemographics),
        EventSample(name: "EnrollmentRequest.continue_cobra", message: continueCobra),
        EventSample(name: "EnrollmentRequest.cancel_coverage", message: cancelCoverage),
        EventSample(name: "EnrollmentRequest.resolve_review", message: resolveReview),
    ]

    /// A request of the Gonzalez family (subscriber ref E-5521) in group G-104233.
    static func familyRequest(
        _ eventID: String, _ action: Membership_Enrollment_V1_EnrollmentRequest.OneOf_Action
    ) -> Membership_Enrollment_V1_EnrollmentRequest {
        var request = Membership_Enrollment_V1_EnrollmentRequest()
        request.eventID = eventID
        request.occurredAt = SampleTime.requestReceived
        request.source = "acme-hr"
        request.groupNumber = "G-104233"
        request.subscriberRef = "E-5521"
        request.action = action
        return request
    }

    static var mariaHome: Membership_Common_V1_PostalAddress {
        var address = Membership_Common_V1_PostalAddress()
        address.line1 = "418 Citrus Grove Ln"
        address.city = "Ventura"
        address.state = "CA"
        address.zipCode = "93003"
        address.county = "Ventura"
        return address
    }

    static var mariaMailbox: Membership_Common_V1_PostalAddress {
        var address = Membership_Common_V1_PostalAddress()
        address.line1 = "PO Box 2291"
        address.city = "Ventura"
        address.state = "CA"
        address.zipCode = "93002-2291"
        address.county = "Ventura"
        return address
    }

    static func name(_ first: String, _ middle: String = "", _ last: String) -> Membership_Common_V1_PersonName {
        var name = Membership_Common_V1_PersonName()
        name.firstName = first
        name.middleName = middle
        name.lastName = last
        return name
    }

    static var addSubscriber: Membership_Enrollment_V1_EnrollmentRequest {
        var subscriber = Membership_Enrollment_V1_Enrollee()
        subscriber.identity.name = name("Maria", "Elena", "Gonzalez")
        subscriber.identity.dateOfBirth = .init(year: 1988, month: 4, day: 17)
        subscriber.identity.ssn = "123456789"
        subscriber.identity.gender = .female
        subscriber.identity.upstreamMemberID = "ACME-000417"
        subscriber.homeAddress = mariaHome
        subscriber.mailingAddress = mariaMailbox
        subscriber.employment.employmentClass = .fullTime
        subscriber.employment.averageWeeklyHoursHundredths = 4_000
        subscriber.employment.payPeriodHoursHundredths = 8_000
        subscriber.employment.hireDate = .init(year: 2026, month: 10, day: 19)
        subscriber.employment.memberType = .employee
        var action = Membership_Enrollment_V1_AddSubscriber()
        action.subscriber = subscriber
        action.plan.planID = "HMO-SILVER-70-2026"
        return familyRequest("7c1e2f4a-9b3d-4c8e-a1f0-5d6b7e8c9a01", .addSubscriber(action))
    }

    static var addDependent: Membership_Enrollment_V1_EnrollmentRequest {
        var child = Membership_Enrollment_V1_Enrollee()
        child.identity.name = name("Lucas", "", "Gonzalez")
        child.identity.dateOfBirth = .init(year: 2026, month: 10, day: 28)
        child.identity.gender = .male
        child.homeAddress = mariaHome
        var action = Membership_Enrollment_V1_AddDependent()
        action.dependent = child
        action.relationship = .child
        action.qualifyingLifeEvent.type = .birth
        action.qualifyingLifeEvent.eventDate = .init(year: 2026, month: 10, day: 28)
        return familyRequest("7c1e2f4a-9b3d-4c8e-a1f0-5d6b7e8c9a02", .addDependent(action))
    }

    static var changePlan: Membership_Enrollment_V1_EnrollmentRequest {
        var action = Membership_Enrollment_V1_ChangePlan()
        action.plan.planID = "HMO-GOLD-80-2026"
        action.qualifyingLifeEvent.type = .marriage
        action.qualifyingLifeEvent.eventDate = .init(year: 2027, month: 2, day: 14)
        return familyRequest("7c1e2f4a-9b3d-4c8e-a1f0-5d6b7e8c9a03", .changePlan(action))
    }

    static var terminate: Membership_Enrollment_V1_EnrollmentRequest {
        var action = Membership_Enrollment_V1_Terminate()
        action.members.memberID = "M-0004183"
        action.coverageEndDate = .init(year: 2027, month: 6, day: 4)
        action.reason = .divorceOrPartnershipEnded
        return familyRequest("7c1e2f4a-9b3d-4c8e-a1f0-5d6b7e8c9a04", .terminate(action))
    }

    static var reinstate: Membership_Enrollment_V1_EnrollmentRequest {
        var action = Membership_Enrollment_V1_Reinstate()
        action.members.wholeFamily = true
        action.reason = "Termination sent in error by payroll"
        return familyRequest("7c1e2f4a-9b3d-4c8e-a1f0-5d6b7e8c9a05", .reinstate(action))
    }

    static var changeDemographics: Membership_Enrollment_V1_EnrollmentRequest {
        var action = Membership_Enrollment_V1_ChangeDemographics()
        action.member.upstreamMemberID = "ACME-000417"
        action.identity.name = name("Maria", "Elena", "Gonzalez-Reyes")
        action.identity.dateOfBirth = .init(year: 1988, month: 4, day: 17)
        action.identity.ssn = "123456789"
        action.identity.gender = .female
        action.identity.upstreamMemberID = "ACME-000417"
        return familyRequest("7c1e2f4a-9b3d-4c8e-a1f0-5d6b7e8c9a06", .changeDemographics(action))
    }

    static var continueCobra: Membership_Enrollment_V1_EnrollmentRequest {
        var action = Membership_Enrollment_V1_ContinueCobra()
        action.members.wholeFamily = true
        action.qualifyingEvent = .employmentEnded
        action.eventDate = .init(year: 2027, month: 8, day: 31)
        action.disabilityExtension = false
        return familyRequest("7c1e2f4a-9b3d-4c8e-a1f0-5d6b7e8c9a07", .continueCobra(action))
    }

    static var cancelCoverage: Membership_Enrollment_V1_EnrollmentRequest {
        var action = Membership_Enrollment_V1_CancelCoverage()
        action.members.memberID = "M-0004184"
        action.qualifyingLifeEvent.type = .newCoverageElsewhere
        action.qualifyingLifeEvent.eventDate = .init(year: 2027, month: 3, day: 1)
        action.coverageEndDate = .init(year: 2027, month: 2, day: 28)
        return familyRequest("7c1e2f4a-9b3d-4c8e-a1f0-5d6b7e8c9a08", .cancelCoverage(action))
    }

    static var resolveReview: Membership_Enrollment_V1_EnrollmentRequest {
        var action = Membership_Enrollment_V1_ResolveReview()
        action.caseID = "RC-2026-000731"
        action.matchToPerson.personID = "P-00071344"
        action.operator = "jlee"
        action.reason = "Same person: SSN typo in the HR system, confirmed by phone with the employer"
        var request = familyRequest("7c1e2f4a-9b3d-4c8e-a1f0-5d6b7e8c9a09", .resolveReview(action))
        request.source = "membership-cli"
        return request
    }
}
