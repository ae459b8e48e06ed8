/// A day of the week, Monday first (ISO 8601 order).
public enum Weekday: Int, CaseIterable, Sendable, Hashable, Codable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Whether the day is Monday through Friday (rule M3 counts only these).
    public var isWeekday: Bool { self.rawValue <= 5 }
}
