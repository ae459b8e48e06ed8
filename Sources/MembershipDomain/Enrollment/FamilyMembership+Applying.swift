extension FamilyMembership {
    /// The family after an accepted decision's changes (pure): what the store's rows will say once
    /// it has written them. The demo, the load tester and tests use it to keep state in memory;
    /// changes about other families and person-only changes (``MembershipChange/createPerson(_:_:)``)
    /// leave the family as it is.
    ///
    /// A plan switch keeps one current span per member (the store keeps the history); a member
    /// added by ``MembershipChange/addMember(_:)`` joins when its ``MembershipChange/startCoverage(_:_:)``
    /// arrives, which an acceptance always lists next.
    public func applying(_ changes: [MembershipChange]) -> FamilyMembership {
        var members = self.members
        var pending: [MemberID: MembershipChange.NewMember] = [:]
        func update(_ id: MemberID, _ transform: (FamilyMember) -> FamilyMember) {
            if let index = members.firstIndex(where: { $0.memberID == id }) { members[index] = transform(members[index]) }
        }
        for change in changes {
            switch change {
            case .createPerson:
                continue
            case .assignMRN(let personID, let mrn):
                for index in members.indices where members[index].personID == personID {
                    var mrns = members[index].personMRNs
                    mrns[mrn.region] = mrn
                    members[index] = members[index].with(personMRNs: mrns)
                }
            case .addMember(let new):
                if new.family == key { pending[new.memberID] = new }
            case .startCoverage(let id, let span):
                if let new = pending.removeValue(forKey: id) {
                    members.append(FamilyMember(
                        memberID: new.memberID, personID: new.personID, mrn: new.mrn, relationship: new.relationship,
                        identity: new.identity, residence: new.residence, mailingAddress: new.mailingAddress,
                        isDisabled: new.isDisabled, hireDate: new.hireDate, coverage: span))
                } else {
                    update(id) { $0.with(coverage: span) }
                }
            case .switchPlan(let id, let plan, let effective):
                update(id) { $0.with(coverage: CoverageSpan(plan: plan, start: effective, end: $0.coverage.end, isCOBRA: $0.coverage.isCOBRA)) }
            case .endCoverage(let id, let lastDay, _):
                update(id) { $0.with(coverage: CoverageSpan(plan: $0.coverage.plan, start: $0.coverage.start, end: lastDay,
                                                            isCOBRA: $0.coverage.isCOBRA)) }
            case .reinstateCoverage(let id):
                update(id) { $0.with(coverage: CoverageSpan(plan: $0.coverage.plan, start: $0.coverage.start,
                                                            isCOBRA: $0.coverage.isCOBRA)) }
            case .updateIdentity(let id, let identity):
                update(id) { $0.with(identity: identity) }
            case .updateResidence(let id, let residence, let mrn):
                update(id) { member in
                    var mrns = member.personMRNs
                    mrns[mrn.region] = mrn
                    return member.with(residence: residence, mrn: mrn, personMRNs: mrns)
                }
            case .updateMailingAddress(let id, let address):
                update(id) { $0.with(mailingAddress: address) }
            }
        }
        return FamilyMembership(key: key, members: members)
    }
}
