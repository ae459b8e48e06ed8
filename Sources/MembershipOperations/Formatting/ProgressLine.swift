/// The one-line progress bar the long-running commands redraw on standard error, e.g.
/// `[##########----------]  50%  500/1000 records  250/s`.
public struct ProgressLine: Sendable, Equatable {
    /// Units done.
    public var done: Int
    /// Units in all, when known.
    public var total: Int?
    /// What is counted, e.g. `records`.
    public var unit: String
    /// Time since the start.
    public var elapsed: Duration

    /// Creates a progress state.
    public init(done: Int, total: Int?, unit: String, elapsed: Duration) {
        self.done = done
        self.total = total
        self.unit = unit
        self.elapsed = elapsed
    }

    /// The line, `width` characters of bar (no bar when the total is unknown).
    public func render(width: Int = 30) -> String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Int((Double(done) / seconds).rounded()) : 0
        guard let total, total > 0 else { return "\(done) \(unit)  \(rate)/s" }
        let fraction = min(1, Double(done) / Double(total))
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let percent = Int((fraction * 100).rounded(.down))
        return "[\(bar)] \(String(repeating: " ", count: max(0, 3 - String(percent).count)))\(percent)%  \(done)/\(total) \(unit)  \(rate)/s"
    }
}
