extension FamilyMember {
    /// A copy with some fields replaced.
    func with(identity: PersonIdentity? = nil, residence: Residence? = nil, mailingAddress: MailingAddress? = nil,
              mrn: MedicalRecordNumber? = nil, personMRNs: [Region: MedicalRecordNumber]? = nil,
              coverage: CoverageSpan? = nil) -> FamilyMember {
        FamilyMember(memberID: memberID, personID: personID, mrn: mrn ?? self.mrn, personMRNs: personMRNs ?? self.personMRNs,
                     relationship: relationship, identity: identity ?? self.identity, residence: residence ?? self.residence,
                     mailingAddress: mailingAddress ?? self.mailingAddress, isDisabled: isDisabled, hireDate: hireDate,
                     coverage: coverage ?? self.coverage)
    }
}
