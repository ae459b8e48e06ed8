/// Figures from one ``DomainBenchmark`` run (printed by `membership bench domain`).
public struct DomainBenchmarkResult: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Members generated.
    public let members: Int
    /// Families (one subscriber each) generated.
    public let families: Int
    /// Seconds spent computing every member's premium (rules B3-B6), fastest of the repetitions.
    public let premiumSeconds: Double
    /// Seconds spent packing every member's card into envelopes (rules C2, C3), fastest of the repetitions.
    public let packingSeconds: Double
    /// Seconds spent normalising every member's mailing address (rule C3), once.
    public let normalizationSeconds: Double
    /// Envelopes produced.
    public let envelopes: Int
    /// Sum of all premiums, so the work cannot be optimised away and runs can be compared.
    public let premiumChecksum: Money

    /// Creates a result.
    public init(members: Int, families: Int, premiumSeconds: Double, packingSeconds: Double, normalizationSeconds: Double,
                envelopes: Int, premiumChecksum: Money) {
        self.members = members
        self.families = families
        self.premiumSeconds = premiumSeconds
        self.packingSeconds = packingSeconds
        self.normalizationSeconds = normalizationSeconds
        self.envelopes = envelopes
        self.premiumChecksum = premiumChecksum
    }

    /// Member premiums computed per second.
    public var premiumsPerSecond: Double { premiumSeconds > 0 ? Double(members) / premiumSeconds : 0 }
    /// Cards packed per second.
    public var cardsPerSecond: Double { packingSeconds > 0 ? Double(members) / packingSeconds : 0 }
    /// Addresses normalised per second.
    public var addressesPerSecond: Double { normalizationSeconds > 0 ? Double(members) / normalizationSeconds : 0 }

    /// A short multi-line report.
    public var description: String {
        """
        members: \(members) in \(families) families
        premiums: \(Int(premiumsPerSecond)) per second (\(premiumSeconds) s)
        cards packed: \(Int(cardsPerSecond)) per second (\(packingSeconds) s, \(envelopes) envelopes)
        addresses normalised: \(Int(addressesPerSecond)) per second (\(normalizationSeconds) s)
        premium checksum: \(premiumChecksum)
        """
    }
}
