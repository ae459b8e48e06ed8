import Foundation

/// An SVG chart of a load test over time, written by hand (no dependency): latency (p50, p99, max
/// of the requests answered in each second) above, throughput (offered, sent, answered per second)
/// below, sharing the time axis.
public enum LoadTestChart {
    /// The chart of `report` as a standalone SVG document.
    public static func svg(_ report: LoadTestReport, title: String = "membership loadtest") -> String {
        let width = 900.0
        let left = 70.0, right = 20.0, panelHeight = 220.0
        let latencyTop = 60.0, throughputTop = latencyTop + panelHeight + 70
        let height = throughputTop + panelHeight + 50
        let plotWidth = width - left - right
        let seconds = report.timeline
        let span = Double(max(1, seconds.count))
        func x(_ second: Double) -> Double { left + plotWidth * second / span }

        var svg: [String] = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(format(width))" height="\#(format(height))" viewBox="0 0 \#(format(width)) \#(format(height))" font-family="sans-serif" font-size="12">"#,
            #"<rect x="0" y="0" width="\#(format(width))" height="\#(format(height))" fill="white"/>"#,
            #"<text x="\#(format(left))" y="24" font-size="16" font-weight="bold">\#(escape(title))</text>"#,
            #"<text x="\#(format(left))" y="42">\#(escape(subtitle(report)))</text>"#,
        ]
        let latencyMax = niceCeiling(seconds.map(\.max).max() ?? 0)
        svg += panel(top: latencyTop, height: panelHeight, left: left, width: plotWidth, maximum: latencyMax,
                     label: "latency (ms, from scheduled send)", span: span)
        svg += series(seconds.map { ($0.second, $0.max, $0.answered > 0) }, color: "#d62728", top: latencyTop, height: panelHeight, maximum: latencyMax, x: x)
        svg += series(seconds.map { ($0.second, $0.p99, $0.answered > 0) }, color: "#ff7f0e", top: latencyTop, height: panelHeight, maximum: latencyMax, x: x)
        svg += series(seconds.map { ($0.second, $0.p50, $0.answered > 0) }, color: "#1f77b4", top: latencyTop, height: panelHeight, maximum: latencyMax, x: x)
        svg += legend([("p50", "#1f77b4"), ("p99", "#ff7f0e"), ("max", "#d62728")], x: width - right - 210, y: latencyTop - 8)

        let rateMax = niceCeiling(Double(seconds.map { max($0.offered, $0.sent, $0.answered) }.max() ?? 0))
        svg += panel(top: throughputTop, height: panelHeight, left: left, width: plotWidth, maximum: rateMax,
                     label: "requests per second", span: span)
        svg += series(seconds.map { ($0.second, Double($0.offered), true) }, color: "#7f7f7f", top: throughputTop, height: panelHeight, maximum: rateMax, x: x)
        svg += series(seconds.map { ($0.second, Double($0.sent), true) }, color: "#2ca02c", top: throughputTop, height: panelHeight, maximum: rateMax, x: x)
        svg += series(seconds.map { ($0.second, Double($0.answered), true) }, color: "#9467bd", top: throughputTop, height: panelHeight, maximum: rateMax, x: x)
        svg += legend([("offered", "#7f7f7f"), ("sent", "#2ca02c"), ("answered", "#9467bd")], x: width - right - 260, y: throughputTop - 8)
        svg.append(#"<text x="\#(format(left + plotWidth / 2))" y="\#(format(height - 12))" text-anchor="middle">seconds since the first request was due</text>"#)
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    private static func subtitle(_ report: LoadTestReport) -> String {
        let offered = report.offeredRate.map { String(format: "%.0f/s offered", $0) } ?? "as fast as possible"
        return String(format: "%d requests, %@, %.0f answered/s; p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                      report.requests, offered, report.throughput, report.latency.p50, report.latency.p99, report.latency.max)
    }

    /// Axes, grid lines and tick labels of one panel.
    private static func panel(top: Double, height: Double, left: Double, width: Double, maximum: Double, label: String, span: Double) -> [String] {
        var lines = [#"<text x="\#(format(left))" y="\#(format(top - 8))" font-weight="bold">\#(escape(label))</text>"#]
        for step in 0...4 {
            let value = maximum * Double(step) / 4
            let y = top + height - height * Double(step) / 4
            lines.append(##"<line x1="\##(format(left))" y1="\##(format(y))" x2="\##(format(left + width))" y2="\##(format(y))" stroke="#dddddd"/>"##)
            lines.append(#"<text x="\#(format(left - 6))" y="\#(format(y + 4))" text-anchor="end">\#(escape(tick(value)))</text>"#)
        }
        let secondsStep = max(1, Int(niceCeiling(span / 10)))
        var second = 0
        while Double(second) <= span {
            let x = left + width * Double(second) / span
            lines.append(#"<line x1="\#(format(x))" y1="\#(format(top + height))" x2="\#(format(x))" y2="\#(format(top + height + 4))" stroke="black"/>"#)
            lines.append(#"<text x="\#(format(x))" y="\#(format(top + height + 16))" text-anchor="middle">\#(second)</text>"#)
            second += secondsStep
        }
        lines.append(#"<rect x="\#(format(left))" y="\#(format(top))" width="\#(format(width))" height="\#(format(height))" fill="none" stroke="black"/>"#)
        return lines
    }

    /// One line; each second's point sits in the middle of its bucket. Seconds without data
    /// (`present` false) break the line.
    private static func series(_ points: [(second: Int, value: Double, present: Bool)], color: String, top: Double, height: Double,
                               maximum: Double, x: (Double) -> Double) -> [String] {
        var runs: [[String]] = [[]]
        for point in points {
            guard point.present else {
                if !(runs.last ?? []).isEmpty { runs.append([]) }
                continue
            }
            let y = top + height - height * min(point.value, maximum) / max(maximum, 1e-9)
            runs[runs.count - 1].append("\(format(x(Double(point.second) + 0.5))),\(format(y))")
        }
        return runs.filter { !$0.isEmpty }.map { run in
            if run.count == 1 {
                let parts = run[0].split(separator: ",")
                return #"<circle cx="\#(parts[0])" cy="\#(parts[1])" r="2.5" fill="\#(color)"/>"#
            }
            return #"<polyline points="\#(run.joined(separator: " "))" fill="none" stroke="\#(color)" stroke-width="1.5"/>"#
        }
    }

    private static func legend(_ entries: [(String, String)], x: Double, y: Double) -> [String] {
        var lines: [String] = []
        var offset = x
        for (name, color) in entries {
            lines.append(#"<line x1="\#(format(offset))" y1="\#(format(y - 4))" x2="\#(format(offset + 18))" y2="\#(format(y - 4))" stroke="\#(color)" stroke-width="3"/>"#)
            lines.append(#"<text x="\#(format(offset + 22))" y="\#(format(y))">\#(escape(name))</text>"#)
            offset += 30 + Double(name.count) * 7 + 20
        }
        return lines
    }

    /// The smallest of 1, 2, 2.5, 5 times a power of ten that is at least `value` (1 for nothing).
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        let power = pow(10, (log10(value)).rounded(.down))
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where factor * power >= value * (1 - 1e-12) {
            return factor * power
        }
        return 10 * power
    }

    private static func tick(_ value: Double) -> String {
        value >= 100 || value == value.rounded() ? String(format: "%.0f", value) : String(format: "%.1f", value)
    }

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    /// XML text escaping for titles and labels.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
