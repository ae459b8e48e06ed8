public import MembershipDomain

extension SSNProtector: SSNHasher {
    /// The domain's view of the protector: the HMAC under the current key, as the domain's ``SSNHash``.
    public func hash(_ ssn: SocialSecurityNumber) -> SSNHash {
        // A SocialSecurityNumber always holds nine digits, which is all `protect` checks.
        SSNHash((try? protect(ssn: ssn.digits).hmac) ?? "")
    }

    /// The stored form of a validated SSN under the current key.
    public func protect(_ ssn: SocialSecurityNumber) throws -> ProtectedSSN {
        try protect(ssn: ssn.digits)
    }

    /// One hasher per configured key, current key first: build a ``CandidateQuery`` with each so persons
    /// stored under an older key are found after a rotation.
    public var lookupHashers: [any SSNHasher] {
        keyIDsCurrentFirst.map { KeyHasher(protector: self, keyID: $0) }
    }
}

/// Hashes under one named key of a protector.
private struct KeyHasher: SSNHasher {
    let protector: SSNProtector
    let keyID: String

    func hash(_ ssn: SocialSecurityNumber) -> SSNHash {
        SSNHash(protector.hmac(digits: ssn.digits, keyID: keyID))
    }
}
