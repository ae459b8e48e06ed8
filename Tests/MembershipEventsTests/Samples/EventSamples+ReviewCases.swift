import MembershipEvents

extension EventSamples {
    static let reviewCaseSamples: [EventSample] = [
        EventSample(name: "ReviewCase.opened", message: reviewCaseOpened),
        EventSample(name: "ReviewCase.closed", message: reviewCaseClosed),
    ]

    static func reviewCase(
        _ eventID: String, _ change: Membership_Enrollment_V1_ReviewCase.OneOf_Change
    ) -> Membership_Enrollment_V1_ReviewCase {
        var reviewCase = Membership_Enrollment_V1_ReviewCase()
        reviewCase.eventID = eventID
        reviewCase.occurredAt = SampleTime.decided
        reviewCase.source = "enrollment-worker"
        reviewCase.caseID = "RC-2026-000731"
        reviewCase.requestID = "7c1e2f4a-9b3d-4c8e-a1f0-5d6b7e8c9a01"
        reviewCase.requestKey = "G-104233/E-5521"
        reviewCase.groupNumber = "G-104233"
        reviewCase.subscriberRef = "E-5521"
        reviewCase.change = change
        return reviewCase
    }

    static var reviewCaseOpened: Membership_Enrollment_V1_ReviewCase {
        var opened = Membership_Enrollment_V1_CaseOpened()
        opened.reason = .uncertainPersonMatch
        opened.receivedAt = SampleTime.requestReceived
        opened.dueDate = .init(year: 2026, month: 11, day: 4)
        opened.enrollee.name = name("Maria", "Elena", "Gonzalez")
        opened.enrollee.dateOfBirth = .init(year: 1988, month: 4, day: 17)
        opened.enrollee.ssnLast4 = "6789"
        opened.enrollee.upstreamMemberID = "ACME-000417"
        opened.enrollee.homeZipCode = "93003"
        var candidate = Membership_Enrollment_V1_MatchCandidate()
        candidate.personID = "P-00071344"
        candidate.mrn = "11-2043518"
        candidate.name = name("Maria", "E", "Gonzalez")
        candidate.dateOfBirth = .init(year: 1988, month: 4, day: 17)
        candidate.ssnLast4 = "6798"
        candidate.evidence = [.sameName, .sameDateOfBirth, .differentSsn]
        opened.candidates = [candidate]
        return reviewCase("e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a01", .opened(opened))
    }

    static var reviewCaseClosed: Membership_Enrollment_V1_ReviewCase {
        var closed = Membership_Enrollment_V1_CaseClosed()
        closed.decision = .matchToPerson
        closed.matchedPersonID = "P-00071344"
        closed.operator = "jlee"
        closed.reason = "Same person: SSN typo in the HR system, confirmed by phone with the employer"
        closed.resolutionRequestID = "7c1e2f4a-9b3d-4c8e-a1f0-5d6b7e8c9a09"
        closed.closedOverdue = false
        var event = reviewCase("e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a02", .closed(closed))
        event.occurredAt = SampleTime.at(1_793_700_000)
        return event
    }
}
