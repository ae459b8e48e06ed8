/// Why a request needs manual review (`ReviewReason` in the event contract).
public enum ReviewReason: String, CaseIterable, Hashable, Sendable, Codable {
    /// A plausible but uncertain match with an existing person (rule M2).
    case uncertainPersonMatch = "uncertain-person-match"
    /// A move reported as a qualifying life event is never automatic (rule E4).
    case move
}
