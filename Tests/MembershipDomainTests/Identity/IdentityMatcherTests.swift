import MembershipDomain
import Testing

@Suite("Identity matching (M2)")
struct IdentityMatcherTests {
    static let matcher = IdentityMatcher(hasher: Fixtures.hasher)
    static let enrollee = Fixtures.identity("María", "García-López", dob: "1985-04-12", ssn: "123-45-6789")

    static func match(_ candidates: [PersonCandidate], _ identity: PersonIdentity = enrollee) -> IdentityMatch {
        matcher.match(identity, groupNumber: "G-100", candidates: candidates)
    }

    @Test("M2: SSN + date of birth is a certain match, whatever the name spelling")
    func ssnAndDOB() {
        let stored = Fixtures.candidate("P-1", Fixtures.identity("MARIA", "GARCIA", dob: "1985-04-12", ssn: "123456789"))
        #expect(Self.match([stored]) == .existingPerson("P-1", evidence: [
            CandidateEvidence(personID: "P-1", ssnLast4: "6789",
                              evidence: [.sameName, .sameDateOfBirth, .sameSSN], strength: .strong),
        ]))
    }

    @Test("M2: the upstream member id within the group is a certain match; in another group it is not")
    func upstreamID() {
        let enrollee = Fixtures.identity("Maria", "Garcia", dob: "1985-04-12", ssn: nil, upstream: "E-1")
        let sameGroup = Fixtures.candidate("P-1", Fixtures.identity("Maria", "Garcia", dob: "1985-04-12", ssn: nil, upstream: "E-1"))
        guard case .existingPerson(let person, _) = Self.match([sameGroup], enrollee) else {
            Issue.record("expected a certain match")
            return
        }
        #expect(person == "P-1")
        let otherGroup = Fixtures.candidate("P-2", Fixtures.identity("Mark", "Stone", dob: "1970-01-01", ssn: nil, upstream: "E-1"),
                                            group: "G-200")
        guard case .newPerson = Self.match([otherGroup], enrollee) else {
            Issue.record("an upstream id of another group must not match")
            return
        }
    }

    @Test("M2: same name and DOB with another SSN is uncertain (review)")
    func sameNameOtherSSN() {
        let stored = Fixtures.candidate("P-1", Fixtures.identity("Maria", "Garcia Lopez", dob: "1985-04-12", ssn: "987654321"))
        #expect(Self.match([stored]) == .uncertain(candidates: [
            CandidateEvidence(personID: "P-1", ssnLast4: "4321",
                              evidence: [.sameName, .sameDateOfBirth, .differentSSN], strength: .plausible),
        ]))
    }

    @Test("M2: same name and DOB with a missing SSN is uncertain")
    func missingSSN() {
        let stored = Fixtures.candidate("P-1", Fixtures.identity("Maria", "Garcia", dob: "1985-04-12", ssn: nil))
        #expect(Self.match([stored]).evidence.first?.evidence == [.sameName, .sameDateOfBirth, .ssnMissing])
        #expect(Self.match([stored]).evidence.first?.strength == .plausible)
    }

    @Test("M2: same SSN with a different date of birth is uncertain")
    func sameSSNOtherDOB() {
        let stored = Fixtures.candidate("P-1", Fixtures.identity("Maria", "Garcia", dob: "1985-05-12", ssn: "123456789"))
        #expect(Self.match([stored]) == .uncertain(candidates: [
            CandidateEvidence(personID: "P-1", ssnLast4: "6789",
                              evidence: [.sameName, .sameSSN, .differentDateOfBirth], strength: .plausible),
        ]))
    }

    @Test("M2: a date of birth with month and day swapped, same name, is uncertain")
    func swappedDOB() {
        let stored = Fixtures.candidate("P-1", Fixtures.identity("Maria", "Garcia", dob: "1985-12-04", ssn: "555667777"))
        #expect(Self.match([stored]).evidence.first?.evidence
            == [.sameName, .differentSSN, .differentDateOfBirth, .dateOfBirthMonthDaySwapped])
        #expect(Self.match([stored]).evidence.first?.strength == .plausible)
    }

    @Test("M2: an SSN with two adjacent digits swapped and the same DOB is uncertain")
    func swappedSSNDigits() {
        let stored = Fixtures.candidate("P-1", Fixtures.identity("Mary", "Smith", dob: "1985-04-12", ssn: "123456798"))
        #expect(Self.match([stored]).evidence.first?.evidence
            == [.sameDateOfBirth, .differentSSN, .ssnAdjacentDigitsSwapped])
        #expect(Self.match([stored]).evidence.first?.strength == .plausible)
    }

    @Test("M2: no plausible candidate means a new person, with the compared candidates as evidence")
    func unrelated() {
        let stored = Fixtures.candidate("P-1", Fixtures.identity("John", "Smith", dob: "1970-01-01", ssn: "999887777"))
        #expect(Self.match([stored]) == .newPerson(evidence: [
            CandidateEvidence(personID: "P-1", ssnLast4: "7777",
                              evidence: [.differentSSN, .differentDateOfBirth], strength: .none),
        ]))
        #expect(Self.match([]) == .newPerson(evidence: []))
    }

    @Test("M2: a strong match wins over weaker candidates; two strong matches are uncertain")
    func severalCandidates() {
        let strong = Fixtures.candidate("P-2", Fixtures.identity("Maria", "Garcia", dob: "1985-04-12", ssn: "123456789"))
        let weak = Fixtures.candidate("P-1", Fixtures.identity("Maria", "Garcia", dob: "1985-04-12", ssn: nil))
        guard case .existingPerson(let person, let evidence) = Self.match([weak, strong]) else {
            Issue.record("expected a certain match")
            return
        }
        #expect(person == "P-2")
        #expect(evidence.map(\.personID) == ["P-2", "P-1"])
        let duplicate = Fixtures.candidate("P-3", Fixtures.identity("Maria", "Garcia", dob: "1985-04-12", ssn: "123456789"))
        guard case .uncertain(let candidates) = Self.match([strong, duplicate]) else {
            Issue.record("two persons with the same SSN and DOB must go to review")
            return
        }
        #expect(candidates.map(\.personID) == ["P-2", "P-3"])
    }

    @Test("M2: an upstream id contradicted by another SSN is uncertain")
    func upstreamContradicted() {
        let enrollee = Fixtures.identity("Maria", "Garcia", dob: "1985-04-12", ssn: "123456789", upstream: "E-1")
        let stored = Fixtures.candidate("P-1", Fixtures.identity("Maria", "Garcia", dob: "1985-04-12", ssn: "111223333", upstream: "E-1"))
        #expect(Self.match([stored], enrollee).evidence.first?.strength == .plausible)
    }
}
