extension CalendarDate {
    /// The date `count` business days after this one (rule M3).
    ///
    /// Business days are Monday through Friday, minus any date in `holidays`. Counting starts with
    /// the day after `self`, so a case received on a Friday with `count` 2 is due the next Tuesday,
    /// and one received on a Saturday is also due on Tuesday. `count` 0 returns `self` unchanged.
    ///
    /// - Precondition: `count >= 0`.
    public func adding(businessDays count: Int, holidays: Set<CalendarDate> = []) -> CalendarDate {
        precondition(count >= 0, "business days must not be negative")
        var date = self
        var remaining = count
        while remaining > 0 {
            date = date.adding(days: 1)
            if date.weekday.isWeekday, !holidays.contains(date) {
                remaining -= 1
            }
        }
        return date
    }

    /// Whether this date is a business day: Monday through Friday and not in `holidays`.
    public func isBusinessDay(holidays: Set<CalendarDate> = []) -> Bool {
        weekday.isWeekday && !holidays.contains(self)
    }
}
