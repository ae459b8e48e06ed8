extension CalendarDate {
    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        if days == 0 { return self }
        // Stay inside the month without the serial round trip when possible (the common case in
        // billing and enrollment loops).
        let target = day + days
        if target >= 1, target <= CalendarDate.daysInMonth(year: year, month: month) {
            return CalendarDate(uncheckedYear: year, month: month, day: target)
        }
        return CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The date `months` calendar months later (earlier when negative).
    ///
    /// Convention: the day of month is kept, and clamped to the target month's last day when the
    /// month is shorter (2025-01-31 + 1 month = 2025-02-28; 2024-02-29 + 12 months = 2025-02-28).
    public func adding(months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        let newDay = min(day, CalendarDate.daysInMonth(year: newYear, month: newMonth))
        return CalendarDate(uncheckedYear: newYear, month: newMonth, day: newDay)
    }

    /// The number of days from `self` to `other`: positive when `other` is later, 0 when equal.
    public func days(until other: CalendarDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((daysSinceEpoch % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday.allCases[index]
    }

    /// The first day of this date's month.
    public var firstOfMonth: CalendarDate {
        CalendarDate(uncheckedYear: year, month: month, day: 1)
    }

    /// The last day of this date's month.
    public var lastOfMonth: CalendarDate {
        CalendarDate(uncheckedYear: year, month: month, day: CalendarDate.daysInMonth(year: year, month: month))
    }

    /// Whether this date is the first day of its month.
    public var isFirstOfMonth: Bool { day == 1 }

    /// The earliest first-of-a-month on or after this date (this date itself when it is a first).
    public var firstOfMonthOnOrAfter: CalendarDate {
        day == 1 ? self : firstOfMonth.adding(months: 1)
    }

    /// The year and month this date falls in.
    public var yearMonth: YearMonth {
        YearMonth(uncheckedYear: year, month: month)
    }

    /// This date's anniversary in `year`: the same month and day.
    ///
    /// Convention for February 29: in a year that is not a leap year the anniversary is **March 1**
    /// (the day after February 28), which is the usual legal reading of when a leap-day baby
    /// reaches an age. So someone born 2008-02-29 turns 1 on 2009-03-01.
    public func anniversary(in year: Int) -> CalendarDate {
        if month == 2, day == 29, !CalendarDate.isLeapYear(year) {
            return CalendarDate(uncheckedYear: year, month: 3, day: 1)
        }
        return CalendarDate(uncheckedYear: year, month: month, day: day)
    }

    /// Age in completed years on `date`, treating `self` as the date of birth.
    ///
    /// The age increases on each anniversary (see ``anniversary(in:)`` for February 29). Returns 0
    /// for any `date` before the birth (a child born after a contract date has rating age 0, rule B3).
    @inlinable
    public func age(on date: CalendarDate) -> Int {
        var age = date.year - year
        if age <= 0 { return 0 }
        // Compare (month, day) against the anniversary in date.year without building a date.
        var anniversaryMonth = month
        var anniversaryDay = day
        if month == 2, day == 29, !CalendarDate.isLeapYear(date.year) {
            anniversaryMonth = 3
            anniversaryDay = 1
        }
        if date.month < anniversaryMonth || (date.month == anniversaryMonth && date.day < anniversaryDay) {
            age -= 1
        }
        return age
    }
}
