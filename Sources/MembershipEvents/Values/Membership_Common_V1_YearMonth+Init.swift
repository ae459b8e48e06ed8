extension Membership_Common_V1_YearMonth {
    /// Creates a calendar month, e.g. `.init(year: 2026, month: 12)`.
    public init(year: Int32, month: Int32) {
        self.init()
        self.year = year
        self.month = month
    }
}
