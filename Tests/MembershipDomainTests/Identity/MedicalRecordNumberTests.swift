import MembershipDomain
import Testing

@Suite("Medical record numbers (M1)")
struct MedicalRecordNumberTests {
    @Test("M1: format is region prefix, seven-digit sequence and a Luhn check digit", arguments: [
        (Region.southernCalifornia, 204_351, "12-02043517"),
        (.northernCalifornia, 1, "11-00000015"),
        (.washington, 9_999_999, "18-99999997"),
    ])
    func format(region: Region, sequence: Int, text: String) {
        let mrn = MedicalRecordNumber(region: region, sequence: sequence)
        #expect(mrn?.description == text)
        #expect(MedicalRecordNumber(text) == mrn)
    }

    @Test("M1: every printed MRN passes the Luhn check over all ten digits")
    func luhnHolds() {
        for sequence in [1, 42, 204_351, 5_555_555, 9_999_999] {
            let digits = MedicalRecordNumber(region: .hawaii, sequence: sequence)!.description.compactMap(\.wholeNumberValue)
            var sum = 0
            for (offset, digit) in digits.reversed().enumerated() {
                sum += offset % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit
            }
            #expect(sum % 10 == 0)
        }
    }

    @Test("M1: a mistyped digit, swapped neighbours or an unknown region prefix are refused", arguments: [
        "12-02043518",  // wrong check digit
        "12-20043517",  // adjacent digits swapped
        "19-02043517",  // no region 19
        "1202043517",  // no dash
        "12-0204351",  // too short
    ])
    func refused(text: String) {
        #expect(MedicalRecordNumber(text) == nil)
    }

    @Test("M1: the check digit catches every single mistyped digit")
    func everySingleDigitErrorCaught() {
        for sequence in [1, 77, 204_351, 9_999_999] {
            let text = MedicalRecordNumber(region: .southernCalifornia, sequence: sequence)!.description
            for index in text.indices where text[index] != "-" {
                for replacement in "0123456789" where replacement != text[index] {
                    var typo = text
                    typo.replaceSubrange(index...index, with: String(replacement))
                    #expect(MedicalRecordNumber(typo) == nil, "\(typo) should be refused")
                }
            }
        }
    }

    @Test("M1: sequence numbers outside 1...9,999,999 are refused")
    func sequenceRange() {
        #expect(MedicalRecordNumber(region: .colorado, sequence: 0) == nil)
        #expect(MedicalRecordNumber(region: .colorado, sequence: 10_000_000) == nil)
    }

    @Test("M1: region prefixes are fixed and distinct")
    func prefixes() {
        #expect(Region.allCases.map(\.mrnPrefix) == [11, 12, 13, 14, 15, 16, 17, 18])
        #expect(Region(mrnPrefix: 15) == .hawaii)
    }

    @Test("M1: identifiers come from the injected source, counting per region")
    func countingSource() {
        var source = CountingIdentifierSource(lastMRNSequence: [.southernCalifornia: 41])
        #expect(source.nextMRNSequence(in: .southernCalifornia) == 42)
        #expect(source.nextMRNSequence(in: .northernCalifornia) == 1)
        #expect(source.newPersonID() == "P-00000001")
        #expect(source.newMemberID() == "M-0000001")
        #expect(source.newReviewCaseID() == "RC-000001")
    }
}
