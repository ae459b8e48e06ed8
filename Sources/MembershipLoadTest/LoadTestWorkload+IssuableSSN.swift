import MembershipEvents

extension LoadTestWorkload {
    /// An SSN the worker's rule E12 field validation accepts, made from one of the demo generator's.
    ///
    /// The demo population invents SSNs in area 900-999 so that no real person has one, and the
    /// enrollment worker rejects exactly those as never issued (rule E12). A load test of rejections
    /// measures nothing, so area `9xx` becomes `8xx` (and a group `00` or serial `0000`, never
    /// issued either, becomes `01` or `0001`). Mapping every number the same way keeps them unique
    /// and keeps the generator's distance between them (rule M2 matches near-identical numbers), so
    /// the outcomes the generator expects still hold. Other text is returned unchanged.
    public static func issuableSSN(_ ssn: String) -> String {
        let digits = Array(ssn.utf8)
        guard digits.count == 9, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return ssn }
        var mapped = digits
        if mapped[0] == UInt8(ascii: "9") { mapped[0] = UInt8(ascii: "8") }
        if mapped[3] == UInt8(ascii: "0"), mapped[4] == UInt8(ascii: "0") { mapped[4] = UInt8(ascii: "1") }
        if mapped[5...].allSatisfy({ $0 == UInt8(ascii: "0") }) { mapped[8] = UInt8(ascii: "1") }
        return String(decoding: mapped, as: UTF8.self)
    }

    /// `request` with every SSN it carries passed through ``issuableSSN(_:)``.
    static func withIssuableSSNs(_ request: Membership_Enrollment_V1_EnrollmentRequest) -> Membership_Enrollment_V1_EnrollmentRequest {
        var request = request
        switch request.action {
        case .addSubscriber(var action)?:
            guard !action.subscriber.identity.ssn.isEmpty else { break }
            action.subscriber.identity.ssn = issuableSSN(action.subscriber.identity.ssn)
            request.action = .addSubscriber(action)
        case .addDependent(var action)?:
            guard !action.dependent.identity.ssn.isEmpty else { break }
            action.dependent.identity.ssn = issuableSSN(action.dependent.identity.ssn)
            request.action = .addDependent(action)
        case .changeDemographics(var action)?:
            guard action.hasIdentity, !action.identity.ssn.isEmpty else { break }
            action.identity.ssn = issuableSSN(action.identity.ssn)
            request.action = .changeDemographics(action)
        default:
            break
        }
        return request
    }
}
