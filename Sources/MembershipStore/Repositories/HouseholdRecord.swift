/// A subscriber's household: where the family's ID cards are mailed (rule C3).
public struct HouseholdRecord: Sendable, Equatable {
    /// Stable id assigned by the enrollment worker.
    public var householdID: String
    /// The group.
    public var groupNumber: String
    /// The subscriber.
    public var subscriberPersonID: String
    /// Mailing address, first line.
    public var line1: String
    /// Mailing address, second line.
    public var line2: String?
    /// City.
    public var city: String
    /// Two-letter state.
    public var state: String
    /// Five-digit ZIP.
    public var zip: String
    /// The domain's normalised address (cards for different keys never share an envelope).
    public var addressKey: String
    /// When it was last written, milliseconds since the Unix epoch.
    public var updatedAt: Int64

    /// Creates a household.
    public init(
        householdID: String, groupNumber: String, subscriberPersonID: String, line1: String, line2: String? = nil,
        city: String, state: String, zip: String, addressKey: String, updatedAt: Int64
    ) {
        self.householdID = householdID
        self.groupNumber = groupNumber
        self.subscriberPersonID = subscriberPersonID
        self.line1 = line1
        self.line2 = line2
        self.city = city
        self.state = state
        self.zip = zip
        self.addressKey = addressKey
        self.updatedAt = updatedAt
    }
}

extension HouseholdRecord: CustomStringConvertible {
    /// Only the id: the address is personal data.
    public var description: String { "HouseholdRecord(\(householdID))" }
}
