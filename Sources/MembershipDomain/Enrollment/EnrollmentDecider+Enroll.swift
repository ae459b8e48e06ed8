extension EnrollmentDecider {
    /// The region of a residence (rule M1): the region of the county the reference data puts the
    /// ZIP in, or else of the county the request names.
    static func region(of residence: Residence, referenceData: ReferenceData) -> Region? {
        if let zip = referenceData.serviceAreaStatus(zip: residence.address.zip),
           let region = referenceData.region(state: zip.state, county: zip.county) {
            return region
        }
        return referenceData.region(state: residence.address.state, county: residence.county)
    }

    /// Rule E8: the reason a residence is refused, or `nil` when it is in the service area (a
    /// served ZIP in a county with a known region).
    static func serviceAreaViolation(_ residence: Residence, referenceData: ReferenceData) -> RejectionReason? {
        guard referenceData.isInServiceArea(zip: residence.address.zip),
              region(of: residence, referenceData: referenceData) != nil
        else { return .e8OutsideServiceArea }
        return nil
    }

    /// What the new member will be: everything decided before identity matching.
    struct Enrollment {
        let enrollee: Enrollee
        let relationship: Relationship
        let plan: PlanID
        let effective: CalendarDate
        let hireDate: CalendarDate?
        /// Whether the window is a move (rule E4: never automatic).
        let isMove: Bool
    }

    /// Identifies the enrollee (rule M2), checks one coverage per group (rule M4), assigns the MRN
    /// (rule M1) and builds the acceptance, or opens a review case.
    static func enroll<Source: IdentifierSource>(_ enrollment: Enrollment, _ inputs: Inputs, override: Override?,
                                                 identifiers: inout Source) -> EnrollmentDecision {
        let context = inputs.context
        let enrollee = enrollment.enrollee
        if enrollment.isMove && override == nil {
            return openCase(.move, enrollee: enrollee, candidates: [], inputs, identifiers: &identifiers)
        }
        let matcher = IdentityMatcher(hasher: context.hasher)
        let matched = matcher.match(enrollee.identity, groupNumber: inputs.request.groupNumber, candidates: context.candidates)
        let identity: IdentityMatch
        switch override {
        case .person(let personID):
            guard context.candidates.contains(where: { $0.personID == personID }) else {
                return inputs.reject([.m3ReviewPersonNotCandidate])
            }
            identity = .existingPerson(personID, evidence: matched.evidence)
        case .newPerson:
            identity = .newPerson(evidence: matched.evidence)
        case .moveApproved, nil:
            identity = matched
        }
        let existing: PersonCandidate?
        switch identity {
        case .uncertain(let candidates):
            return openCase(.uncertainPersonMatch, enrollee: enrollee, candidates: candidates, inputs, identifiers: &identifiers)
        case .existingPerson(let personID, _):
            existing = context.candidates.first { $0.personID == personID }
        case .newPerson:
            existing = nil
        }

        // Rule M4: at most one coverage per person per group at a time.
        if let existing {
            let coveredInGroup = existing.coverages.contains {
                $0.groupNumber == inputs.request.groupNumber && $0.isInForce(onOrAfter: enrollment.effective)
            }
            let coveredInFamily = inputs.family.members.contains {
                $0.personID == existing.personID && $0.coverage.isInForce(onOrAfter: enrollment.effective)
            }
            if coveredInGroup || coveredInFamily {
                return .rejected(Rejection(requestID: inputs.request.requestID, reasons: [.m4AlreadyCoveredInGroup],
                                           identity: identity))
            }
        }

        guard let region = region(of: enrollee.residence, referenceData: context.referenceData) else {
            return inputs.reject([.e8OutsideServiceArea])
        }
        var changes: [MembershipChange] = []
        let personID: PersonID
        if let existing {
            personID = existing.personID
        } else {
            personID = identifiers.newPersonID()
            changes.append(.createPerson(personID, enrollee.identity))
        }
        // Rule M1: the person keeps their MRN in this region; a new region gives a new MRN.
        let mrn: MedicalRecordNumber
        if let kept = existing?.mrns[region] {
            mrn = kept
        } else {
            mrn = newMRN(in: region, identifiers: &identifiers)
            changes.append(.assignMRN(personID, mrn))
        }
        let memberID = identifiers.newMemberID()
        changes.append(.addMember(MembershipChange.NewMember(
            memberID: memberID, personID: personID, family: inputs.request.familyKey, relationship: enrollment.relationship,
            mrn: mrn, identity: enrollee.identity, residence: enrollee.residence, mailingAddress: enrollee.mailingAddress,
            isDisabled: enrollee.isDisabled, hireDate: enrollment.hireDate)))
        let span = CoverageSpan(plan: enrollment.plan, start: enrollment.effective)
        changes.append(.startCoverage(memberID, span))
        let row = MemberCoverage(memberID: memberID, personID: personID, mrn: mrn,
                                 upstreamMemberID: enrollee.identity.upstreamMemberID,
                                 relationship: enrollment.relationship, coverage: span)
        // Rule C1: every new enrollment issues a card; rule M5 decides the digital one.
        let card = Acceptance.CardOrder(memberID: memberID, reason: .newEnrollment, digitalCardAvailable: row.digitalCardAvailable)
        return .accepted(Acceptance(requestID: inputs.request.requestID, decidedOn: inputs.date, changes: changes,
                                    members: [row], cards: [card], identity: identity))
    }

    /// A new MRN in `region` from the injected sequence (rule M1).
    static func newMRN<Source: IdentifierSource>(in region: Region, identifiers: inout Source) -> MedicalRecordNumber {
        let sequence = identifiers.nextMRNSequence(in: region)
        guard let mrn = MedicalRecordNumber(region: region, sequence: sequence) else {
            preconditionFailure("MRN sequence \(sequence) for \(region) is outside 1...\(MedicalRecordNumber.maximumSequence)")
        }
        return mrn
    }
}
