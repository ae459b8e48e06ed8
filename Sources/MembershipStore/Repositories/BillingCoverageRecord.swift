/// A coverage with what billing needs from the person and the household: the birth date (rule B3) and the
/// family's subscriber (rule B5).
public struct BillingCoverageRecord: Sendable, Equatable {
    /// The coverage.
    public var coverage: CoverageRecord
    /// The covered person's date of birth, ISO `YYYY-MM-DD`.
    public var birthDate: String
    /// The household's subscriber (a person id); `nil` when the household row is missing.
    public var subscriberPersonID: String?

    /// Creates a record.
    public init(coverage: CoverageRecord, birthDate: String, subscriberPersonID: String?) {
        self.coverage = coverage
        self.birthDate = birthDate
        self.subscriberPersonID = subscriberPersonID
    }
}

extension BillingCoverageRecord: CustomStringConvertible {
    /// Only the coverage id: the birth date is personal data.
    public var description: String { "BillingCoverageRecord(\(coverage.coverageID))" }
}
