/// A qualifying life event that allows enrolling, changing or cancelling outside the windows
/// (rules E3, E4, E9).
public struct QualifyingLifeEvent: Hashable, Sendable {
    /// Kinds of events (rule E4).
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        /// Marriage.
        case marriage
        /// Registration of a domestic partnership.
        case domesticPartnership = "domestic-partnership"
        /// A divorce became final.
        case divorce
        /// A legal separation.
        case legalSeparation = "legal-separation"
        /// Covered from the day of birth (rule E5).
        case birth
        /// Covered from the day of adoption or placement (rule E5).
        case adoption
        /// Loss of other health coverage.
        case lossOfOtherCoverage = "loss-of-other-coverage"
        /// Never automatic: manual review (rule E4).
        case move
        /// Never automatic: rejected, the group representative handles it (rule E4).
        case medicare
        /// New coverage elsewhere: allows cancelling outside open enrollment (rule E9).
        case newCoverageElsewhere = "new-coverage-elsewhere"
        /// The end of a domestic partnership became final.
        case domesticPartnershipEnded = "domestic-partnership-ended"

        /// Whether the event is covered from its own day rather than a first of a month (rule E5).
        public var coversFromEventDate: Bool { self == .birth || self == .adoption }
    }

    /// What happened.
    public let kind: Kind
    /// The day it happened; for ``Kind/newCoverageElsewhere`` the new coverage's first day.
    public let date: CalendarDate

    /// Creates an event.
    public init(_ kind: Kind, on date: CalendarDate) {
        self.kind = kind
        self.date = date
    }
}
