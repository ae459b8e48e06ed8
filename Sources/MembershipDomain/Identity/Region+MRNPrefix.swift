extension Region {
    /// The two-digit prefix of this region's MRNs (rule M1). Fixed forever: changing one would
    /// change existing members' MRNs.
    public var mrnPrefix: Int {
        switch self {
        case .northernCalifornia: return 11
        case .southernCalifornia: return 12
        case .colorado: return 13
        case .georgia: return 14
        case .hawaii: return 15
        case .midAtlanticStates: return 16
        case .northwest: return 17
        case .washington: return 18
        }
    }

    /// The region whose MRNs start with `prefix`, or `nil`.
    public init?(mrnPrefix prefix: Int) {
        guard let region = Region.allCases.first(where: { $0.mrnPrefix == prefix }) else { return nil }
        self = region
    }
}
