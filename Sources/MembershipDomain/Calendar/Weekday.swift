/// A day of the week, Monday first (ISO 8601 order).
public enum Weekday: Int, CaseIterable, Sendable, Hashable, Codable {
    /// Monday (1).
    case monday = 1
    /// Tuesday (2).
    case tuesday
    /// Wednesday (3).
    case wednesday
    /// Thursday (4).
    case thursday
    /// Friday (5).
    case friday
    /// Saturday (6).
    case saturday
    /// Sunday (7).
    case sunday

    /// Whether the day is Monday through Friday (rule M3 counts only these).
    public var isWeekday: Bool { self.rawValue <= 5 }
}
