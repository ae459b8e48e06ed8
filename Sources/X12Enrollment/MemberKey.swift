import Crypto
public import X12

/// The upstream member id an 834 member is known by, so that later files can name the same member
/// (a termination or a correction selects the member by it, rule M2's upstream member id).
///
/// In order: NM109 when NM108 is `ZZ` (the sender's own member id); REF*23, REF*17 or REF*ZZ of loop 2000;
/// for the subscriber, REF*0F. A dependent with none of these (the sample files send only an SSN) gets a
/// derived id, `834-` and 16 hex digits of SHA-256 over subscriber id, first name and date of birth: stable
/// across files, without putting the SSN or the name into a field that is stored and printed as an id.
public enum MemberKey {
    /// The key of `member` as identified by `identity` (its current 2100A identity, or its 2100B previous one).
    public static func of(_ member: BenefitEnrollmentMember, identity: MemberIdentity?) -> String {
        if let identity, identity.name.idQualifier == "ZZ", !identity.name.id.isEmpty { return identity.name.id }
        for qualifier in ["23", "17", "ZZ"] {
            if let id = member.identifiers[qualifier], !id.isEmpty { return id }
        }
        if member.isSubscriber { return member.subscriberID }
        let first = identity?.name.first.uppercased() ?? ""
        let birth = identity?.demographics?.birthDate?.d8 ?? ""
        let digest = SHA256.hash(data: Array("\(member.subscriberID)|\(first)|\(birth)".utf8))
        // Written byte by byte: formatting each byte as its own string and joining them allocated a dozen
        // strings for every dependent of a file.
        return String(unsafeUninitializedCapacity: 20) { target in
            for (offset, byte) in "834-".utf8.enumerated() { target[offset] = byte }
            var offset = 4
            for byte in digest.prefix(8) {
                target[offset] = hexDigits[Int(byte >> 4)]
                target[offset + 1] = hexDigits[Int(byte & 0x0F)]
                offset += 2
            }
            return offset
        }
    }

    /// `0`-`9`, `a`-`f` as UTF-8.
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
