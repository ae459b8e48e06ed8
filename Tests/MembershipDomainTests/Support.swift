import MembershipDomain

/// Builds a date from a literal known to be valid; a typo in a test fails loudly.
func date(_ text: String) -> CalendarDate {
    guard let value = CalendarDate(text) else { preconditionFailure("bad test date \(text)") }
    return value
}

/// Builds a month from a literal `YYYY-MM`.
func month(_ text: String) -> YearMonth {
    guard let value = YearMonth(text) else { preconditionFailure("bad test month \(text)") }
    return value
}

/// Builds an amount from cents.
func cents(_ value: Int64) -> Money { Money(cents: value) }
