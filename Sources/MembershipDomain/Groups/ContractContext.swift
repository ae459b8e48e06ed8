/// Why a group contract is being submitted; the rules checked depend on it (rules G1-G6).
public enum ContractContext: Hashable, Sendable, Codable {
    /// A new group.
    case setup
    /// The 12-month renewal of `previous` (riders may be added, rule G5).
    case renewal(previous: GroupContract)
    /// A change to `previous` during its contract year (riders may not be added, rule G5).
    case amendment(previous: GroupContract)
    /// Reinstating `previous`, terminated on `terminatedOn`, with `balanceDue` still owed on its
    /// account (rule G6: under 60 days and nothing unpaid).
    case reinstatement(previous: GroupContract, terminatedOn: CalendarDate, balanceDue: Money)
}
