import Metrics

/// A counter a worker's handlers report about the business (e.g. requests rejected, cards mailed late),
/// exported on the same `/metrics` as the runtime's own. Labels must never carry PII.
public struct DomainCounter: Sendable {
    private let counter: Counter

    public init(_ label: String, dimensions: [(String, String)] = []) {
        counter = Counter(label: label, dimensions: dimensions)
    }

    public func increment(by amount: Int = 1) {
        guard amount > 0 else { return }
        counter.increment(by: amount)
    }
}

/// A gauge a worker's handlers set about the business (e.g. cards overdue and still unmailed).
public struct DomainGauge: Sendable {
    private let gauge: Gauge

    public init(_ label: String, dimensions: [(String, String)] = []) {
        gauge = Gauge(label: label, dimensions: dimensions)
    }

    public func set(_ value: Int) { gauge.record(value) }
}
