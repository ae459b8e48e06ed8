/// Why a demo population cannot be generated with the given settings.
public enum DemoPopulationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The billing month leaves too little time after the contracts start on 1 January for hires,
    /// enrollments and terminations to happen before it; use April or later.
    case billingMonthTooEarly(year: Int, month: Int)
    /// Fewer than one group, fewer families than groups, or more groups than group numbers.
    case invalidSize(groups: Int, families: Int)

    /// What to change.
    public var description: String {
        switch self {
        case .billingMonthTooEarly(let year, let month):
            "billing month \(year)-\(month) is too early: the demo's contracts start on \(year)-01-01, so choose April to December"
        case .invalidSize(let groups, let families):
            "\(groups) groups and \(families) families: need 1 to 500 groups and at least one family per group"
        }
    }
}
