/// How fast `membership replay play` sends a recording.
public enum PlaybackPace: Sendable, Equatable {
    /// As fast as the broker acknowledges.
    case maximum
    /// This many records per second, on a fixed schedule (a slow moment is caught up, not skipped).
    case rate(Double)
    /// The recorded gaps between record timestamps, divided by `speed` (2: twice as fast).
    case asRecorded(speed: Double)

    /// Reads `max`, `as-recorded`, `as-recorded*SPEED`, `N` or `N/s`.
    public init?(text: String) {
        switch text {
        case "max", "maximum": self = .maximum
        case "as-recorded": self = .asRecorded(speed: 1)
        default:
            if text.hasPrefix("as-recorded*"), let speed = Double(text.dropFirst("as-recorded*".count)), speed > 0 {
                self = .asRecorded(speed: speed)
            } else if let rate = Double(text.hasSuffix("/s") ? String(text.dropLast(2)) : text), rate > 0, rate.isFinite {
                self = .rate(rate)
            } else {
                return nil
            }
        }
    }

    /// When record `index` (0-based) with `timestampMilliseconds` is due, as an offset from the
    /// start of playback; `first` is the first record's timestamp, `previous` the previous due time
    /// (records are sent in file order, so a due time never goes back).
    func due(index: Int, timestampMilliseconds: Int64?, first: Int64?, previous: Duration) -> Duration {
        switch self {
        case .maximum:
            return .zero
        case .rate(let perSecond):
            return .seconds(Double(index) / perSecond)
        case .asRecorded(let speed):
            guard let stamp = timestampMilliseconds, let first else { return previous }
            return max(previous, .milliseconds(Double(stamp - first) / speed))
        }
    }
}
