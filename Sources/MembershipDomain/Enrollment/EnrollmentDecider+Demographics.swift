extension EnrollmentDecider {
    /// Rules E10, E8, M1, C1: a demographic change applies immediately when it validates; a new
    /// residence must be in the service area, and one in another region gives the person's MRN
    /// for that region (new if they have none there); a name change issues a card.
    static func changeDemographics<Source: IdentifierSource>(_ action: EnrollmentAction.ChangeDemographics, _ inputs: Inputs,
                                                             identifiers: inout Source) -> EnrollmentDecision {
        if action.member == .wholeFamily { return inputs.reject([.e12InvalidRequest]) }
        // Selecting with an empty filter yields just the named member, even for the subscriber.
        guard let member = select(action.member, in: inputs.family, where: { _ in false })?.first else {
            return inputs.reject([.e10MemberNotFound])
        }
        if action.identity == nil && action.residence == nil && action.mailingAddress == nil {
            return inputs.reject([.e12InvalidRequest])
        }
        let referenceData = inputs.context.referenceData
        var changes: [MembershipChange] = []
        var cards: [Acceptance.CardOrder] = []
        var mrn = member.mrn
        if let residence = action.residence {
            if let violation = serviceAreaViolation(residence, referenceData: referenceData) { return inputs.reject([violation]) }
            let region = region(of: residence, referenceData: referenceData)!
            if region != member.mrn.region {
                // Rule M1: a move to another region gives the person's MRN there.
                if let kept = member.personMRNs[region] {
                    mrn = kept
                } else {
                    mrn = newMRN(in: region, identifiers: &identifiers)
                    changes.append(.assignMRN(member.personID, mrn))
                }
            }
            changes.append(.updateResidence(member.memberID, residence, mrn: mrn))
        }
        if let identity = action.identity {
            changes.append(.updateIdentity(member.memberID, identity))
            if identity.name.printed != member.identity.name.printed {
                cards.append(Acceptance.CardOrder(memberID: member.memberID, reason: .nameChange,
                                                  digitalCardAvailable: mrn.region.offersDigitalCards))
            }
        }
        if let mailing = action.mailingAddress { changes.append(.updateMailingAddress(member.memberID, mailing)) }
        // The card prints the MRN: a new one replaces the card unless a name change already does.
        if mrn != member.mrn && cards.isEmpty {
            cards.append(Acceptance.CardOrder(memberID: member.memberID, reason: .replacement,
                                              digitalCardAvailable: mrn.region.offersDigitalCards))
        }
        return .accepted(Acceptance(requestID: inputs.request.requestID, decidedOn: inputs.date, changes: changes,
                                    members: [row(member, mrn: mrn)], cards: cards))
    }
}
