// Foundation is imported here, and only here, because turning an instant into a local calendar date
// needs the IANA time zone database (offsets and daylight-saving transitions for
// America/Los_Angeles and the other plan zones). The standard library has no time zone data and
// re-implementing the tz rules would be both large and wrong at the next legislative change.
// Nothing else in the module uses Foundation; this file exposes only standard-library types.
import Foundation

/// The time zone a plan makes its decisions in (rule X1; default America/Los_Angeles).
///
/// Every decision uses the instant a request was *received* (its `occurred_at`, or an 834 file's
/// date), converted into a calendar date in this zone, never the worker's wall clock, so replaying
/// a topic reproduces the same decisions.
public struct PlanTimeZone: Hashable, Sendable {
    /// The IANA identifier, e.g. `America/Los_Angeles`.
    public let identifier: String
    private let zone: TimeZone

    /// The default plan zone, America/Los_Angeles (rule X1).
    public static let pacific = PlanTimeZone(identifier: "America/Los_Angeles")!

    /// Creates the zone for an IANA identifier, or `nil` if the identifier is unknown.
    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        self.zone = zone
    }

    /// The local calendar date, in this zone, of the instant `unixSeconds` seconds after
    /// 1970-01-01T00:00:00Z (rule X1).
    public func calendarDate(ofUnixSeconds unixSeconds: Int64) -> CalendarDate {
        let offset = Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(unixSeconds))))
        let local = unixSeconds + offset
        // Floor division: instants before 1970 belong to earlier days.
        let days = local >= 0 ? local / 86_400 : -((-local + 86_399) / 86_400)
        return CalendarDate(daysSinceEpoch: Int(days))
    }

    /// The offset from UTC, in seconds, in effect at the instant (negative west of Greenwich).
    public func secondsFromUTC(atUnixSeconds unixSeconds: Int64) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(unixSeconds)))
    }

    /// Zones are equal when their identifiers are.
    public static func == (lhs: PlanTimeZone, rhs: PlanTimeZone) -> Bool {
        lhs.identifier == rhs.identifier
    }

    /// Hashes the identifier.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(identifier)
    }
}
