/// An employer's payroll calendar: how often employees are paid and where the periods fall.
///
/// Rule E7 ends a dependent's eligibility on the last day of the pay period in which the event
/// (turning 26, a final divorce, the employee losing eligibility) happens; ``periodEnd(containing:)``
/// answers that.
public struct PaySchedule: Hashable, Sendable, Codable {
    /// How often pay periods repeat.
    public enum Frequency: String, Hashable, Sendable, Codable, CaseIterable {
        /// Every 7 days from the anchor.
        case weekly
        /// Every 14 days from the anchor.
        case biweekly
        /// Twice a month: the 1st through the 15th and the 16th through the month's last day.
        /// The anchor is not used.
        case semimonthly
        /// Once a month, starting each month on the anchor's day of month (clamped to the month's
        /// last day when the month is shorter).
        case monthly
    }

    /// How often pay periods repeat.
    public let frequency: Frequency
    /// The first day of some pay period; periods repeat from it in both directions.
    public let anchor: CalendarDate

    /// Creates a schedule. `anchor` is the first day of any one pay period.
    public init(frequency: Frequency, anchor: CalendarDate) {
        self.frequency = frequency
        self.anchor = anchor
    }

    /// The pay period containing `date`, as its first and last day (both inclusive).
    public func period(containing date: CalendarDate) -> ClosedRange<CalendarDate> {
        switch frequency {
        case .weekly, .biweekly:
            let length = frequency == .weekly ? 7 : 14
            let offset = anchor.days(until: date)
            // Floor division so dates before the anchor land in earlier periods.
            let index = offset >= 0 ? offset / length : -((-offset + length - 1) / length)
            let start = anchor.adding(days: index * length)
            return start...start.adding(days: length - 1)
        case .semimonthly:
            if date.day <= 15 {
                return date.firstOfMonth...CalendarDate(uncheckedYear: date.year, month: date.month, day: 15)
            }
            return CalendarDate(uncheckedYear: date.year, month: date.month, day: 16)...date.lastOfMonth
        case .monthly:
            let startThisMonth = monthlyStart(in: date.yearMonth)
            if date >= startThisMonth {
                return startThisMonth...monthlyStart(in: date.yearMonth.adding(months: 1)).adding(days: -1)
            }
            let startPrevious = monthlyStart(in: date.yearMonth.adding(months: -1))
            return startPrevious...startThisMonth.adding(days: -1)
        }
    }

    /// The last day of the pay period containing `date` (rule E7).
    public func periodEnd(containing date: CalendarDate) -> CalendarDate {
        period(containing: date).upperBound
    }

    private func monthlyStart(in month: YearMonth) -> CalendarDate {
        let day = min(anchor.day, CalendarDate.daysInMonth(year: month.year, month: month.month))
        return CalendarDate(uncheckedYear: month.year, month: month.month, day: day)
    }
}
