public import MembershipStore
import MembershipDomain

/// The text `membership review list` and `show` print. Never a full SSN or date of birth: SSNs
/// appear as their last four digits, dates of birth as their year.
public enum ReviewCaseReport {
    /// One line per case under a header line; overdue cases (due before `today`, ISO) are marked (rule M3).
    public static func table(_ cases: [ReviewCaseRecord], today: String) -> String {
        guard !cases.isEmpty else { return "no open review cases" }
        let header = ["CASE", "GROUP", "SUBSCRIBER", "REASON", "RECEIVED", "DUE", ""]
        let rows = cases.map { record in
            [record.caseID, record.groupNumber, record.subscriberRef, record.reason, record.receivedOn, record.dueDate,
             record.status == "open" && record.dueDate < today ? "OVERDUE" : ""]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n\(cases.count) open case(s)"
    }

    /// The case in detail: what the operator needs to decide, then how to resolve it.
    public static func detail(_ file: ReviewCaseFile, today: String) -> String {
        let record = file.record
        var lines = [
            "case \(record.caseID)  \(record.status)\(record.status == "open" && record.dueDate < today ? " OVERDUE" : "")",
            "  family      \(record.groupNumber)/\(record.subscriberRef)",
            "  reason      \(record.reason)",
            "  received    \(record.receivedOn)   due \(record.dueDate)",
            "  request     \(record.requestEventID)",
        ]
        if record.status != "open" {
            lines.append("  resolution  \(record.resolution ?? "-") by \(record.resolvedBy ?? "-")")
        }
        if let details = file.details {
            lines.append("enrollee")
            lines.append("  name        \(details.name?.printed ?? "-")")
            lines.append("  born        \(maskedBirth(details.dateOfBirth?.description))")
            lines.append("  SSN         \(maskedSSN(details.ssnLast4))")
            if let upstream = details.upstreamMemberID { lines.append("  upstream id \(upstream)") }
            if let zip = details.homeZIP { lines.append("  home ZIP    \(zip)") }
        } else if let problem = file.detailsProblem {
            lines.append("enrollee: \(problem)")
        }
        if file.candidates.isEmpty {
            lines.append("candidates: none")
        } else {
            lines.append("candidates")
            for candidate in file.candidates {
                let person = candidate.person
                let name = person.map { "\($0.firstName) \($0.lastName)" } ?? "(person not found)"
                let mrns = candidate.members.map { "\($0.mrn) (\($0.regionCode))" }.joined(separator: ", ")
                lines.append("  \(candidate.evidence.personID)  \(name)  born \(maskedBirth(person?.birthDate))  SSN \(maskedSSN(candidate.evidence.ssnLast4 ?? person?.ssn?.lastFour))")
                lines.append("      evidence \(candidate.evidence.evidence.joined(separator: ", "))\(candidate.evidence.strength.map { "; \($0)" } ?? "")\(mrns.isEmpty ? "" : "; MRN \(mrns)")")
            }
        }
        if record.status == "open" {
            let match = file.candidates.first.map { "--match \($0.evidence.personID)" } ?? "--new-person"
            lines.append("resolve: membership review resolve \(record.caseID) \(match) --reason \"...\"   (or --new-person, --reject)")
        }
        return lines.joined(separator: "\n")
    }

    /// `1984-**-**` from an ISO date.
    static func maskedBirth(_ iso: String?) -> String {
        guard let iso, iso.count >= 4 else { return "-" }
        return String(iso.prefix(4)) + "-**-**"
    }

    /// `***-**-1234`.
    static func maskedSSN(_ lastFour: String?) -> String {
        guard let lastFour, !lastFour.isEmpty else { return "none" }
        return "***-**-" + lastFour
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
