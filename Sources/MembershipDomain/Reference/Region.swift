/// A region where the plan operates, decided by a member's home county (rule M1). A member who
/// moves to another region gets a new MRN there; digital ID cards are not offered in Northern
/// California (rule M5).
public enum Region: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// Northern California (no digital ID cards, rule M5).
    case northernCalifornia = "northern-california"
    /// Southern California.
    case southernCalifornia = "southern-california"
    /// Colorado.
    case colorado
    /// Georgia.
    case georgia
    /// Hawaii.
    case hawaii
    /// Maryland, Virginia and the District of Columbia.
    case midAtlanticStates = "mid-atlantic-states"
    /// Oregon and southwest Washington.
    case northwest
    /// Washington (the rest of the state).
    case washington

    /// Human name, e.g. `Northern California`.
    public var description: String {
        switch self {
        case .northernCalifornia: return "Northern California"
        case .southernCalifornia: return "Southern California"
        case .colorado: return "Colorado"
        case .georgia: return "Georgia"
        case .hawaii: return "Hawaii"
        case .midAtlanticStates: return "Mid-Atlantic States"
        case .northwest: return "Northwest"
        case .washington: return "Washington"
        }
    }

    /// Whether members in this region may get a digital ID card (rule M5: not in Northern
    /// California, where members get physical cards only).
    public var offersDigitalCards: Bool { self != .northernCalifornia }
}
