import MembershipEvents

extension EnrollmentFixtures {
    /// `count` new hires of `group`, each in their own family `E-<index>`, with names, dates of birth and
    /// SSNs that are all different and valid (no 000/666/9xx area, no 00 group, no 0000 serial), so none of
    /// them looks like another person (rule M2) and every one is accepted. For volume tests (up to 9,000).
    public static func distinctSubscribers(count: Int, group: String) -> [Membership_Enrollment_V1_EnrollmentRequest] {
        precondition(count <= 9_000, "the serial numbers 1000...9999 give 9,000 distinct SSNs")
        return (0..<count).map { index in
            let ssn = "\(101 + index % 500)".leftPadded(3) + "\(10 + index % 89)".leftPadded(2) + "\(1_000 + index)"
            let born = (Int32(1960 + index % 40), Int32(1 + index % 12), Int32(1 + index % 28))
            return addSubscriber(group: group, family: "E-\(index)",
                                 enrollee(first: lettersName(index), last: "Okafor", born: born, ssn: ssn, hired: true))
        }
    }

    /// A pronounceable name spelled from `index` (names with digits would fail validation).
    static func lettersName(_ index: Int) -> String {
        let syllables = ["ka", "lo", "mi", "ren", "sa", "to", "vi", "da", "ne", "ru"]
        var remainder = index
        var name = ""
        repeat {
            name += syllables[remainder % syllables.count]
            remainder /= syllables.count
        } while remainder > 0
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

extension EnrollmentFixtures {
    /// The end-to-end tests' family in G-100: a subscriber, a spouse and four children, one of them 27 and
    /// not disabled (rule E6), so five are accepted.
    public static func familyOfSix() -> [Membership_Enrollment_V1_EnrollmentRequest] {
        [
            addSubscriber(group: "G-100", family: "E-5521", enrollee(first: "Ana", last: "Reyes", born: (1985, 3, 4), ssn: "123456789", hired: true)),
            addDependent(group: "G-100", family: "E-5521", .spouse, enrollee(first: "Luis", last: "Reyes", born: (1986, 7, 8), ssn: "223456789")),
            addDependent(group: "G-100", family: "E-5521", .child, enrollee(first: "Eva", last: "Reyes", born: (2012, 2, 3), ssn: "323456789")),
            addDependent(group: "G-100", family: "E-5521", .child, enrollee(first: "Leo", last: "Reyes", born: (2015, 6, 30), ssn: "423456789")),
            addDependent(group: "G-100", family: "E-5521", .child, enrollee(first: "Mia", last: "Reyes", born: (2018, 11, 20), ssn: "523456789")),
            addDependent(group: "G-100", family: "E-5521", .child, enrollee(first: "Tomas", last: "Reyes", born: (1998, 5, 1), ssn: "623456789")),
        ]
    }
}
