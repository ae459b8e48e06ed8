extension Membership_Common_V1_CalendarDate {
    /// Creates a calendar date, e.g. `.init(year: 2026, month: 12, day: 1)`. The parts are taken
    /// as given; the workers validate them (an impossible date is an invalid request).
    public init(year: Int32, month: Int32, day: Int32) {
        self.init()
        self.year = year
        self.month = month
        self.day = day
    }
}
