import Foundation
import MembershipDomain

/// A family's membership as the enrollment worker stores it (`enrollment_families.document`, JSON): everything
/// the decider needs about the family's members (rules E5-E11), without SSNs, which live only protected in
/// `persons`.
struct FamilyDocument: Codable, Equatable {
    struct Member: Codable, Equatable {
        var memberID: String
        var personID: String
        var mrn: MedicalRecordNumber
        var personMRNs: [MedicalRecordNumber]
        var relationship: Relationship
        var name: LegalName
        var dateOfBirth: CalendarDate
        var upstreamMemberID: String?
        var residence: MailingAddress
        var county: String
        var mailingAddress: MailingAddress?
        var isDisabled: Bool
        var hireDate: CalendarDate?
        var plan: PlanID
        var start: CalendarDate
        var end: CalendarDate?
        var isCOBRA: Bool
    }

    var members: [Member]

    init(_ family: FamilyMembership) {
        members = family.members.map { member in
            Member(memberID: member.memberID.rawValue, personID: member.personID.rawValue, mrn: member.mrn,
                   personMRNs: member.personMRNs.values.sorted(), relationship: member.relationship,
                   name: member.identity.name, dateOfBirth: member.identity.dateOfBirth,
                   upstreamMemberID: member.identity.upstreamMemberID, residence: member.residence.address,
                   county: member.residence.county, mailingAddress: member.mailingAddress, isDisabled: member.isDisabled,
                   hireDate: member.hireDate, plan: member.coverage.plan, start: member.coverage.start,
                   end: member.coverage.end, isCOBRA: member.coverage.isCOBRA)
        }
    }

    /// The domain's family (identities without SSNs).
    func family(key: FamilyKey) -> FamilyMembership {
        FamilyMembership(key: key, members: members.map { member in
            FamilyMember(
                memberID: MemberID(member.memberID), personID: PersonID(member.personID), mrn: member.mrn,
                personMRNs: Dictionary(member.personMRNs.map { ($0.region, $0) }, uniquingKeysWith: { first, _ in first }),
                relationship: member.relationship,
                identity: PersonIdentity(name: member.name, dateOfBirth: member.dateOfBirth,
                                         upstreamMemberID: member.upstreamMemberID),
                residence: Residence(address: member.residence, county: member.county),
                mailingAddress: member.mailingAddress, isDisabled: member.isDisabled, hireDate: member.hireDate,
                coverage: CoverageSpan(plan: member.plan, start: member.start, end: member.end, isCOBRA: member.isCOBRA)
            )
        })
    }

    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try encoder.encode(self))
    }

    static func decoded(_ bytes: [UInt8]) throws -> FamilyDocument {
        try JSONDecoder().decode(FamilyDocument.self, from: Data(bytes))
    }
}
