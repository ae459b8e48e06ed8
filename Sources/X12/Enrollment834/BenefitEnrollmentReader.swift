/// Reads 834 transaction sets (005010X220A1) segment by segment: header, parties, members with their
/// names, addresses, previous identity, mailing address and coverages. Each member is handed to `onMember`
/// as soon as the next INS (or the SE) closes it, so only one member is in memory at a time; `onSettle` then
/// says whether the whole set was accepted.
///
/// Loops are recognised by their first segment (INS 2000, NM1*IL/74 2100A, NM1*70 2100B, NM1*31 2100C,
/// HD 2300, LX 2310, COB 2320, LS 2700); segments of loops this project does not use are skipped.
public struct BenefitEnrollmentReader: X12TransactionSetHandler {
    /// Called for every complete member, in file order, with the header of its set; returns what is wrong with
    /// the member beyond syntax (e.g. a code this implementation does not use), which rejects the set.
    public var onMember: (BenefitEnrollmentHeader, BenefitEnrollmentMember) -> [X12Problem]
    /// Called when a set is complete, with its verdict.
    public var onSettle: (BenefitEnrollmentHeader, X12TransactionSetResult) -> Void

    private var header: BenefitEnrollmentHeader?
    private var member: BenefitEnrollmentMember?
    private var memberValid = true
    private var loop = Loop.header
    private var sawBGN = false

    // Whether a set or a member is open, tested by the case alone: `header != nil` and `member != nil` copied the
    // whole value (retaining each of its strings) for every segment.
    private var hasHeader: Bool {
        if case .some = header { return true }
        return false
    }

    private var hasMember: Bool {
        if case .some = member { return true }
        return false
    }

    private enum Loop: String {
        case header = "HEADER"
        case party = "1000"
        case member = "2000"
        case name = "2100A"
        case previousName = "2100B"
        case mailing = "2100C"
        case otherName = "2100D"
        case coverage = "2300"
        case skipped = "2310"
    }

    /// A reader that calls `onMember` for every member and `onSettle` for every set.
    public init(onMember: @escaping (BenefitEnrollmentHeader, BenefitEnrollmentMember) -> [X12Problem],
                onSettle: @escaping (BenefitEnrollmentHeader, X12TransactionSetResult) -> Void = { _, _ in }) {
        self.onMember = onMember
        self.onSettle = onSettle
    }

    public func supports(_ set: X12TransactionSetHeader, group: X12FunctionalGroupHeader) -> Bool {
        set.id == "834"
    }

    public mutating func begin(_ set: X12TransactionSetHeader, group: X12FunctionalGroupHeader, interchange: X12InterchangeHeader) {
        header = BenefitEnrollmentHeader(interchange: interchange, group: group, transactionSet: set)
        member = nil
        loop = .header
        sawBGN = false
    }

    public mutating func read(_ segment: X12Segment, position: Int, problems: inout [X12Problem]) {
        guard hasHeader else { return }
        // Most segments are members'; only header segments touch the header, and they change it in place
        // (copying it out and back per segment cost a retain and release of each of its strings).
        switch segment.id {
        case "BGN":
            guard var current = header else { return }
            readBGN(segment, position, &current, &problems)
            header = current
        case "INS":
            flushMember(&problems)
            if !sawBGN {
                problems.append(X12Problem(level: .transactionSet, segmentNumber: segment.number, segmentID: "BGN", positionInSet: position,
                                           loopID: "HEADER", segmentCode: .requiredSegmentMissing,
                                           message: "the BGN segment is missing before the first member"))
                sawBGN = true
            }
            startMember(segment, position, &problems)
            loop = .member
        case "N1" where loop == .header || loop == .party:
            loop = .party
            let party = X12Party(entityCode: segment[1], name: segment[2], idQualifier: segment[3], id: segment[4])
            switch party.entityCode {
            case "P5": header?.sponsor = party
            case "IN": header?.payer = party
            default: header?.brokers.append(party)
            }
        case "REF" where loop == .header:
            if segment[1] == "38" { header?.masterPolicyNumber = segment[2] }
        case "DTP" where loop == .header:
            if let date = Self.readDate(segment, position, "HEADER", &problems) { header?.dates[segment[1]] = date }
        case "QTY" where loop == .header:
            header?.quantities[segment[1]] = segment[2]
        case "NM1" where hasMember:
            switch segment[1] {
            case "IL", "74":
                loop = .name
                member?.identity = MemberIdentity(name: Self.name(segment))
            case "70":
                loop = .previousName
                member?.previousIdentity = MemberIdentity(name: Self.name(segment))
            case "31":
                loop = .mailing
                member?.mailingAddress = MemberAddress(line1: "")
            default:
                loop = .otherName
            }
        case "HD" where hasMember:
            loop = .coverage
            member?.coverages.append(HealthCoverage(maintenanceType: segment[1], insuranceLine: segment[3],
                                                    planDescription: segment[4], coverageLevel: segment[5]))
        case "LX", "COB", "LS", "LE":
            if hasMember { loop = .skipped }
        default:
            // The member changes in place (not copied out and back: it is large, and a second owner would make
            // its dictionaries and arrays copy on write).
            if hasMember { Self.readMemberSegment(segment, position, loop, &member!, &memberValid, &problems) }
        }
    }

    public mutating func end(_ set: X12TransactionSetHeader, problems: inout [X12Problem]) {
        flushMember(&problems)
        if !sawBGN {
            problems.append(X12Problem(level: .transactionSet, segmentNumber: set.segmentNumber, segmentID: "BGN", positionInSet: 2,
                                       loopID: "HEADER", segmentCode: .requiredSegmentMissing,
                                       message: "the BGN segment (beginning of the 834) is missing"))
        }
    }

    public mutating func settle(_ result: X12TransactionSetResult) {
        if let header { onSettle(header, result) }
        header = nil
    }

    // MARK: Header

    private mutating func readBGN(_ segment: X12Segment, _ position: Int, _ header: inout BenefitEnrollmentHeader,
                                  _ problems: inout [X12Problem]) {
        sawBGN = true
        header.purpose = segment[1]
        header.reference = segment[2]
        header.time = segment[4]
        header.actionCode = segment[8]
        if let date = X12Date(d8: segment[3]) {
            header.date = date
        } else {
            problems.append(.element(segment, positionInSet: position, loopID: "HEADER", position: 3, reference: 373,
                                     code: segment[3].isEmpty ? .requiredElementMissing : .invalidDate,
                                     message: "BGN03 must be the set's creation date as CCYYMMDD, found \"\(segment[3])\""))
        }
        if !["2", "4", "RX"].contains(segment[8]) {
            problems.append(.element(segment, positionInSet: position, loopID: "HEADER", position: 8, reference: 306,
                                     code: segment[8].isEmpty ? .requiredElementMissing : .invalidCodeValue,
                                     message: "BGN08 must be 2 (changes), 4 (full file) or RX (replace), found \"\(segment[8])\""))
        }
    }

    // MARK: Members

    private mutating func startMember(_ segment: X12Segment, _ position: Int, _ problems: inout [X12Problem]) {
        memberValid = true
        func fail(_ element: Int, _ reference: Int, _ code: X12ElementCode, _ message: String) {
            problems.append(.element(segment, positionInSet: position, loopID: "2000", position: element, reference: reference,
                                     code: segment[element].isEmpty ? .requiredElementMissing : code, message: message))
            memberValid = false
        }
        if segment[1] != "Y" && segment[1] != "N" {
            fail(1, 1073, .invalidCodeValue, "INS01 must be Y (subscriber) or N (dependent), found \"\(segment[1])\"")
        }
        let isSubscriber = segment[1] == "Y"
        if !Self.relationshipCodes.contains(segment[2]) {
            fail(2, 1069, .invalidCodeValue, "INS02 \"\(segment[2])\" is not an individual relationship code")
        } else if (segment[2] == "18") != isSubscriber && segment[1] != "" {
            fail(2, 1069, .invalidCodeValue,
                 "INS02 \(segment[2]) does not agree with INS01 \(segment[1]): the subscriber (Y) is 18 (self), a dependent (N) is not")
        }
        let maintenance = MaintenanceType(rawValue: segment[3])
        if maintenance == nil {
            fail(3, 875, .invalidCodeValue,
                 "INS03 maintenance type code \"\(segment[3])\" is unknown: use 001 change, 021 addition, 024 termination, 025 reinstatement or 030 audit")
        }
        switch segment[5] {
        case "A", "C", "S", "T": break
        default:
            fail(5, 1216, .invalidCodeValue, "INS05 benefit status \"\(segment[5])\" must be A, C (COBRA), S or T")
        }
        var deathDate: X12Date?
        if segment[11] == "D8" {
            deathDate = X12Date(d8: segment[12])
            if deathDate == nil { fail(12, 1251, .invalidDate, "INS12 date of death must be CCYYMMDD, found \"\(segment[12])\"") }
        }
        var started = BenefitEnrollmentMember(
            segmentNumber: segment.number, positionInSet: position, isSubscriber: isSubscriber, relationshipCode: segment[2],
            maintenanceType: maintenance ?? .change, maintenanceReason: segment[4], benefitStatus: segment[5],
            cobraEventCode: segment[7], employmentStatus: segment[8], isDisabled: segment[10] == "Y")
        if let deathDate { started.dates["INS12"] = deathDate }
        member = started
    }

    private static func readMemberSegment(_ segment: X12Segment, _ position: Int, _ loop: Loop,
                                          _ current: inout BenefitEnrollmentMember, _ memberValid: inout Bool,
                                          _ problems: inout [X12Problem]) {
        switch (loop, segment.id) {
        case (.member, "REF"):
            switch segment[1] {
            case "0F": current.subscriberID = segment[2]
            case "1L": current.groupNumber = segment[2]
            default: current.identifiers[segment[1]] = segment[2]
            }
        case (.member, "DTP"):
            if let date = readDate(segment, position, "2000", &problems) { current.dates[segment[1]] = date } else { memberValid = false }
        case (.name, "N3"):
            current.residence = MemberAddress(line1: segment[1], line2: segment[2])
        case (.name, "N4"):
            var address = current.residence ?? MemberAddress(line1: "")
            Self.apply(n4: segment, to: &address)
            current.residence = address
        case (.name, "DMG"), (.previousName, "DMG"):
            var birth: X12Date?
            if !segment[2].isEmpty {
                birth = X12Date(d8: segment[2])
                if birth == nil {
                    problems.append(.element(segment, positionInSet: position, loopID: loop.rawValue, position: 2, reference: 1251,
                                             code: .invalidDate, message: "DMG02 date of birth is not a real day as CCYYMMDD (value not shown: personal data)"))
                    memberValid = false
                }
            }
            let demographics = MemberDemographics(birthDate: birth, gender: segment[3], maritalStatus: segment[4])
            if loop == .name { current.identity?.demographics = demographics } else { current.previousIdentity?.demographics = demographics }
        case (.name, "ICM"):
            if let hours = Self.hundredths(segment[3]) { current.weeklyHoursHundredths = hours }
        case (.mailing, "N3"):
            current.mailingAddress = MemberAddress(line1: segment[1], line2: segment[2])
        case (.mailing, "N4"):
            var address = current.mailingAddress ?? MemberAddress(line1: "")
            Self.apply(n4: segment, to: &address)
            current.mailingAddress = address
        case (.coverage, "DTP"):
            guard let date = readDate(segment, position, "2300", &problems) else { memberValid = false; return }
            let index = current.coverages.count - 1
            if segment[1] == "348" { current.coverages[index].begin = date }
            if segment[1] == "349" { current.coverages[index].end = date }
        case (.coverage, "REF"):
            current.coverages[current.coverages.count - 1].identifiers[segment[1]] = segment[2]
        case (.coverage, "IDC"):
            current.coverages[current.coverages.count - 1].cardRequests.append(
                CardRequest(planDescription: segment[1], cardType: segment[2], quantity: Int(segment[3]), actionCode: segment[4]))
        default:
            break
        }
    }

    private mutating func flushMember(_ problems: inout [X12Problem]) {
        guard hasMember, let header, let finished = member.take() else { return }
        var complete = memberValid
        if finished.subscriberID.isEmpty {
            problems.append(X12Problem(level: .transactionSet, segmentNumber: finished.segmentNumber, segmentID: "REF",
                                       positionInSet: finished.positionInSet, loopID: "2000", segmentCode: .requiredSegmentMissing,
                                       message: "the member of INS segment \(finished.segmentNumber) has no REF*0F (subscriber identifier)"))
            complete = false
        }
        if finished.identity == nil {
            problems.append(X12Problem(level: .transactionSet, segmentNumber: finished.segmentNumber, segmentID: "NM1",
                                       positionInSet: finished.positionInSet, loopID: "2100A", segmentCode: .requiredSegmentMissing,
                                       message: "the member of INS segment \(finished.segmentNumber) has no NM1*IL (member name, loop 2100A)"))
            complete = false
        }
        if complete { problems.append(contentsOf: onMember(header, finished)) }
    }

    private static func readDate(_ segment: X12Segment, _ position: Int, _ loopID: String, _ problems: inout [X12Problem]) -> X12Date? {
        guard segment[2] == "D8" else {
            if segment[2] == "RD8" {
                let first = segment[3].split(separator: "-").first.map(String.init) ?? ""
                if let date = X12Date(d8: first) { return date }
            }
            problems.append(.element(segment, positionInSet: position, loopID: loopID, position: 2, reference: 1250,
                                     code: segment[2].isEmpty ? .requiredElementMissing : .codeValueNotUsed,
                                     message: "DTP02 must be D8 (a CCYYMMDD date), found \"\(segment[2])\""))
            return nil
        }
        guard let date = X12Date(d8: segment[3]) else {
            problems.append(.element(segment, positionInSet: position, loopID: loopID, position: 3, reference: 1251,
                                     code: segment[3].isEmpty ? .requiredElementMissing : .invalidDate,
                                     message: "DTP*\(segment[1]) date must be a real day as CCYYMMDD, found \"\(segment[3])\""))
            return nil
        }
        return date
    }

    // MARK: Helpers

    /// Individual relationship codes of the 834 (code list 1069).
    static let relationshipCodes: Set<String> = [
        "01", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "23", "24",
        "25", "26", "31", "38", "48", "49", "53", "60", "D2", "G8", "G9",
    ]

    private static func name(_ segment: X12Segment) -> MemberName {
        MemberName(last: segment[3], first: segment[4], middle: segment[5], prefix: segment[6], suffix: segment[7],
                   idQualifier: segment[8], id: segment[9])
    }

    private static func apply(n4 segment: X12Segment, to address: inout MemberAddress) {
        address.city = segment[1]
        address.state = segment[2]
        address.postalCode = segment[3]
        address.country = segment[4]
        if segment[5] == "CY" { address.countyCode = segment[6] }
    }

    /// `37.5` -> 3750.
    static func hundredths(_ text: String) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int(parts[0].isEmpty ? "0" : String(parts[0])), whole >= 0 else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let digits = String(parts[1].prefix(2))
            guard let value = Int(digits.isEmpty ? "0" : digits) else { return nil }
            fraction = digits.count == 1 ? value * 10 : value
        }
        return whole * 100 + fraction
    }
}
