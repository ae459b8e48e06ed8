import Foundation
import MembershipEvents

extension DemoSummary {
    /// The summary as text for a terminal: one section per topic, columns aligned.
    public func render() -> String {
        var lines: [String] = ["Membership demo summary", ""]
        func row(_ label: String, _ value: String) { lines.append("  " + Self.pad(label, 32) + Self.padLeft(value, 16)) }

        lines.append("Requests")
        row("Published", Self.grouped(requestsPublished))
        row("Accepted", Self.grouped(accepted))
        row("Rejected", Self.grouped(rejected))
        row("Pending review", Self.grouped(pendingReview))
        row("Group contracts accepted", Self.grouped(contractsAccepted))
        if contractsRejected > 0 { row("Group contracts rejected", Self.grouped(contractsRejected)) }
        lines.append("")

        lines.append("Rejections by reason")
        let reasons = rejectionsByReason
        if reasons.isEmpty {
            lines.append("  none")
        } else {
            lines.append("  " + Self.pad("Rule", 6) + Self.pad("Reason", 42) + Self.padLeft("Requests", 8))
            for entry in reasons {
                lines.append("  " + Self.pad(entry.reason.ruleID, 6) + Self.pad(entry.reason.label, 42)
                             + Self.padLeft(Self.grouped(entry.count), 8))
            }
        }
        lines.append("")

        lines.append("Members")
        row("Members", Self.grouped(memberCount))
        row("MRNs", Self.grouped(mrnCount))
        lines.append("")

        lines.append("Invoices")
        let groups = invoicesByGroup
        if groups.isEmpty {
            lines.append("  none")
        } else {
            lines.append("  " + Self.pad("Group", 14) + Self.padLeft("Invoices", 10) + Self.padLeft("Total due", 24))
            for group in groups {
                lines.append("  " + Self.pad(group.groupNumber, 14) + Self.padLeft(Self.grouped(group.invoices), 10)
                             + Self.padLeft(Self.dollars(group.totalDueCents), 24))
            }
            lines.append("  " + Self.pad("All groups", 14) + Self.padLeft(Self.grouped(groups.reduce(0) { $0 + $1.invoices }), 10)
                         + Self.padLeft(Self.dollars(invoiceTotalCents), 24))
        }
        lines.append("")

        lines.append("ID card envelopes")
        let byCards = envelopesByCardCount
        for cards in 1...4 {
            row("With \(cards) card" + (cards == 1 ? "" : "s"), Self.grouped(byCards[cards] ?? 0))
        }
        row("Total", Self.grouped(envelopeCount))
        row("Households with 2+ envelopes", Self.grouped(householdsWithSeveralEnvelopes))
        lines.append("")

        lines.append("Performance")
        row("Time taken", String(format: "%.1f s", elapsedSeconds))
        row("Throughput", String(format: "%.1f requests/s", throughput))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same summary as one JSON object with sorted keys; counts and cents are numbers.
    public func json() -> String {
        let report = Report(
            requests: .init(published: requestsPublished, accepted: accepted, rejected: rejected, pendingReview: pendingReview),
            groupContracts: .init(accepted: contractsAccepted, rejected: contractsRejected),
            rejections: rejectionsByReason.map { .init(rule: $0.reason.ruleID, reason: $0.reason.code, count: $0.count) },
            members: memberCount, mrns: mrnCount, openReviewCases: openReviewCases,
            invoices: .init(groups: invoicesByGroup.map {
                .init(groupNumber: $0.groupNumber, invoices: $0.invoices, totalDueCents: $0.totalDueCents,
                      totalDue: Self.dollars($0.totalDueCents))
            }, totalDueCents: invoiceTotalCents, totalDue: Self.dollars(invoiceTotalCents)),
            envelopes: .init(byCardCount: Dictionary(uniqueKeysWithValues: envelopesByCardCount.map { (String($0.key), $0.value) }),
                             total: envelopeCount, householdsWithTwoOrMore: householdsWithSeveralEnvelopes),
            elapsedSeconds: (elapsedSeconds * 1000).rounded() / 1000,
            throughputRequestsPerSecond: (throughput * 10).rounded() / 10)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        // Encoding plain structs of strings and numbers cannot fail.
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Cents as dollars with thousands separators: 123456 -> "$1,234.56", -500 -> "-$5.00".
    public static func dollars(_ cents: Int64) -> String {
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return (cents < 0 ? "-" : "") + "$" + grouped(magnitude / 100) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// An integer with thousands separators: 1234567 -> "1,234,567".
    public static func grouped<Number: BinaryInteger>(_ value: Number) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private static func padLeft(_ text: String, _ width: Int) -> String {
        text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
    }

    /// The JSON shape of the summary.
    private struct Report: Encodable {
        struct Requests: Encodable { let published, accepted, rejected, pendingReview: Int }
        struct Contracts: Encodable { let accepted, rejected: Int }
        struct Rejection: Encodable { let rule, reason: String; let count: Int }
        struct Group: Encodable { let groupNumber: String; let invoices: Int; let totalDueCents: Int64; let totalDue: String }
        struct Invoices: Encodable { let groups: [Group]; let totalDueCents: Int64; let totalDue: String }
        struct Envelopes: Encodable { let byCardCount: [String: Int]; let total: Int; let householdsWithTwoOrMore: Int }
        let requests: Requests
        let groupContracts: Contracts
        let rejections: [Rejection]
        let members: Int
        let mrns: Int
        let openReviewCases: Int
        let invoices: Invoices
        let envelopes: Envelopes
        let elapsedSeconds: Double
        let throughputRequestsPerSecond: Double
    }
}
