/// Turns an SSN into the hash the store keeps (rule M2). Injected so the domain stays free of
/// cryptography and secrets; the same hasher must be used for stored persons and requests.
public protocol SSNHasher: Sendable {
    /// The hash of `ssn`; equal numbers give equal hashes, different numbers different ones.
    func hash(_ ssn: SocialSecurityNumber) -> SSNHash
}
