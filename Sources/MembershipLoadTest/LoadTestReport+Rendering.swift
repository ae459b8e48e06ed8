import Foundation

extension LoadTestReport {
    /// The report as one JSON object (sorted keys, indented).
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// The report as a table for a terminal.
    public func render() -> String {
        func number(_ value: Int) -> String { value.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US"))) }
        func rate(_ value: Double) -> String { number(Int(value.rounded())) }
        func milliseconds(_ value: Double) -> String { String(format: "%.1f ms", value) }
        func row(_ label: String, _ value: String, _ note: String = "") -> String {
            label.padding(toLength: 26, withPad: " ", startingAt: 0)
                + String(repeating: " ", count: Swift.max(0, 10 - value.count)) + value + (note.isEmpty ? "" : "   " + note)
        }
        let offered = offeredRate.map { "\(rate($0))/s offered" } ?? "as fast as possible"
        var lines = ["membership loadtest: \(number(requests)) requests, \(offered), after \(number(contracts)) group contracts", ""]
        lines.append(row("published", number(published), publishErrors > 0 ? "\(number(publishErrors)) not delivered" : sendRate > 0 ? "send rate \(rate(sendRate))/s" : "all at once"))
        lines.append(row("answered", number(answered), String(format: "in %.2f s: %@ requests/s", durationSeconds, rate(throughput))))
        lines.append(row("  accepted", number(accepted)))
        let reasons = rejectionsByRule.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \(number($0.value))" }
        lines.append(row("  rejected", number(rejected), reasons.joined(separator: ", ")))
        for (rule, message) in rejectionExamples.sorted(by: { $0.key < $1.key }) {
            lines.append("      e.g. \(rule): \(message)")
        }
        lines.append(row("  pending review", number(pendingReview), reviewsThenFinal > 0 ? "\(number(reviewsThenFinal)) more reviewed then final" : ""))
        lines.append(row("  dead-lettered", number(deadLettered)))
        lines.append(row("missing", number(missing)))
        if duplicateResults > 0 { lines.append(row("duplicate results", number(duplicateResults))) }
        if unmatchedResults > 0 { lines.append(row("other runs' results", number(unmatchedResults), "ignored")) }
        lines.append("")
        lines.append("latency, scheduled send to first answer (\(number(latency.count)) requests):")
        lines.append("  p50 \(milliseconds(latency.p50))   p95 \(milliseconds(latency.p95))   p99 \(milliseconds(latency.p99))   max \(milliseconds(latency.max))   mean \(milliseconds(latency.mean))")
        if !warnings.isEmpty {
            lines.append("")
            lines += warnings.map { "warning: " + $0 }
        }
        return lines.joined(separator: "\n")
    }
}
