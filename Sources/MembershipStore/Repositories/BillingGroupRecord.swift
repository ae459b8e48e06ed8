/// A group with the first effective date of its contracts: contract years, and so rating ages and rate
/// tables, count from it (rules G1, B3).
public struct BillingGroupRecord: Sendable, Equatable {
    /// The group.
    public var group: GroupRecord
    /// The earliest contract effective date, ISO `YYYY-MM-DD`; `nil` when no contract is stored.
    public var firstContractEffective: String?

    /// Creates a record.
    public init(group: GroupRecord, firstContractEffective: String?) {
        self.group = group
        self.firstContractEffective = firstContractEffective
    }
}
