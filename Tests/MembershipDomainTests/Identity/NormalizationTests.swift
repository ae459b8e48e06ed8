import MembershipDomain
import Testing

@Suite("Name and SSN normalisation (M2)")
struct NormalizationTests {
    static func name(_ first: String, _ last: String) -> NormalizedName {
        NormalizedName(LegalName(first: first, last: last))
    }

    @Test("M2: case, accents, punctuation and whitespace do not matter", arguments: [
        ("José", "García-López", ["jose"], ["garcia", "lopez"]),
        ("  MARÍA  JOSÉ ", "de la Cruz", ["maria", "jose"], ["cruz"]),
        ("Seán", "O'Brien", ["sean"], ["obrien"]),
        ("Zoë", "Müller Jr.", ["zoe"], ["muller"]),
        ("Łukasz", "Dąbrowski", ["lukasz"], ["dabrowski"]),
        ("Søren", "Kierkegaard", ["soren"], ["kierkegaard"]),
        ("Jürgen", "Weiß", ["jurgen"], ["weiss"]),
        ("Thi", "Le", ["thi"], ["le"]),
        ("Jose\u{0301}", "Garci\u{0301}a", ["jose"], ["garcia"]),  // decomposed accents
    ])
    func normalises(first: String, last: String, given: [String], family: [String]) {
        let normalized = Self.name(first, last)
        #expect(normalized.given == given)
        #expect(normalized.family == family)
    }

    @Test("M2: hyphenated, spaced and partial compound surnames are the same name")
    func compoundSurnames() {
        let full = Self.name("María", "García-López")
        #expect(full.isSameName(as: Self.name("MARIA", "Garcia Lopez")))
        #expect(full.isSameName(as: Self.name("Maria", "Garcia")))
        #expect(Self.name("Ian", "Mc Donald").isSameName(as: Self.name("Ian", "McDonald")))
        #expect(full.canonical == "maria garcia lopez")
    }

    @Test("M2: a different first name or surname is not the same name")
    func differentNames() {
        #expect(!Self.name("Maria", "Garcia").isSameName(as: Self.name("Marta", "Garcia")))
        #expect(!Self.name("Maria", "Garcia").isSameName(as: Self.name("Maria", "Gonzalez")))
        #expect(!Self.name("Maria", "Garcia Lopez").isSameName(as: Self.name("Maria", "Garcia Perez")))
    }

    @Test("M2: SSNs keep only their digits; anything but nine digits is not an SSN", arguments: [
        ("123-45-6789", "123456789"),
        (" 123 45 6789 ", "123456789"),
        ("123456789", "123456789"),
    ])
    func ssnDigits(text: String, digits: String) {
        #expect(SocialSecurityNumber(text)?.digits == digits)
    }

    @Test("M2: malformed SSNs are refused", arguments: ["12345678", "1234567890", "000-00-0000", ""])
    func ssnRefused(text: String) {
        #expect(SocialSecurityNumber(text) == nil)
    }

    @Test("M2: an SSN prints only its last four digits")
    func ssnRedacted() {
        let ssn = SocialSecurityNumber("123-45-6789")!
        #expect(ssn.description == "***-**-6789")
        #expect("\(ssn)" == "***-**-6789")
        #expect(ssn.last4 == "6789")
    }

    @Test("M2: an identity printed, debug-printed or dumped by mistake does not show the SSN")
    func identityRedacted() {
        let identity = Fixtures.identity(ssn: "123-45-6789")
        var dumped = ""
        dump(identity, to: &dumped)
        for text in [String(describing: identity), String(reflecting: identity), "\(identity)", dumped] {
            #expect(!text.contains("123456789"))
            #expect(text.contains("***-**-6789"))
        }
    }

    @Test("M2: adjacent transpositions of an SSN skip equal neighbours")
    func transpositions() {
        let ssn = SocialSecurityNumber("112345678")!
        #expect(ssn.adjacentTranspositions.map(\.digits)
            == ["121345678", "113245678", "112435678", "112354678", "112346578", "112345768", "112345687"])
    }

    @Test("M2: the candidate query covers transposed SSNs and a month/day swapped date of birth")
    func candidateQuery() {
        let identity = Fixtures.identity(dob: "1985-04-12", ssn: "123456789", upstream: "E-7")
        let query = CandidateQuery(identity: identity, groupNumber: "G-100", hasher: Fixtures.hasher)
        #expect(query.ssnHashes.count == 9)
        #expect(query.ssnHashes.contains(SSNHash("h987654321")))
        #expect(query.datesOfBirth == [date("1985-04-12"), date("1985-12-04")])
        #expect(query.canonicalName == "maria garcia")
        #expect(query.upstreamMemberID == UpstreamMemberRef(groupNumber: "G-100", id: "E-7"))
    }
}
