/// Writes the 999 implementation acknowledgment (005010X231A1) of a read interchange: per functional group an
/// AK1, per transaction set an AK2 with IK3/IK4 for each segment and element in error and IK5 (accepted `A`
/// or rejected `R` with its codes), and AK9 (accepted `A`, partially accepted `P` or rejected `R`, with the
/// set counts and group codes).
///
/// The acknowledgment goes back to the sender: its ISA swaps sender and receiver of the original.
public struct ImplementationAcknowledgment: Sendable {
    /// ISA13 and GS06 of the acknowledgment itself (the caller keeps its own sequence).
    public var controlNumber: Int
    /// ISA09/GS04 date `CCYYMMDD` of the acknowledgment (a parameter, so output is reproducible).
    public var date: X12Date
    /// ISA10/GS05 time `HHMM`.
    public var time: String
    /// The delimiters to write with.
    public var delimiters: X12Delimiters

    /// An acknowledgment writer.
    public init(controlNumber: Int, date: X12Date, time: String, delimiters: X12Delimiters = .standard) {
        self.controlNumber = controlNumber
        self.date = date
        self.time = time
        self.delimiters = delimiters
    }

    /// The 999 for `result`, or `nil` when the file had no readable ISA (nothing to acknowledge: the sender
    /// cannot be named).
    public func render(_ result: X12InterchangeResult) -> String? {
        guard let original = result.header else { return nil }
        let element = String(Character(Unicode.Scalar(delimiters.element)))
        let terminator = String(Character(Unicode.Scalar(delimiters.segment))) + "\n"
        let control = String(controlNumber % 1_000_000_000)
        let isaControl = String(repeating: "0", count: 9 - control.count) + control
        var lines: [[String]] = []
        var allSegments: [String] = []
        let shortDate = String(date.d8.dropFirst(2))
        allSegments.append(join([
            "ISA", "00", pad("", 10), "00", pad("", 10), pad(original.receiverQualifier, 2), pad(original.receiverID, 15),
            pad(original.senderQualifier, 2), pad(original.senderID, 15), shortDate, time,
            delimiters.repetition.map { String(Character(Unicode.Scalar($0))) } ?? "U", "00501", isaControl, "0",
            original.usage.isEmpty ? "P" : original.usage, String(Character(Unicode.Scalar(delimiters.component))),
        ], element))
        let groups = result.groups
        let firstGroup = groups.first?.header
        allSegments.append(join(["GS", "FA", firstGroup?.receiverCode ?? original.receiverID, firstGroup?.senderCode ?? original.senderID,
                                 date.d8, time, control, "X", "005010X231A1"], element))
        for (index, group) in groups.enumerated() {
            lines = []
            let setControl = fourDigits(index + 1)
            lines.append(["ST", "999", setControl, "005010X231A1"])
            lines.append(["AK1", group.header.functionalID, group.header.controlNumber, group.header.version])
            for set in group.sets {
                lines.append(["AK2", set.header.id, set.header.controlNumber, set.header.implementation])
                lines.append(contentsOf: segmentErrors(set.problems))
                lines.append(["IK5", set.isAccepted ? "A" : "R"] + set.codes.prefix(5).map(\.rawValue))
            }
            let accepted = group.acceptedCount
            let code: String
            if !group.codes.isEmpty || accepted == 0 && !group.sets.isEmpty {
                code = "R"
            } else if accepted < group.sets.count {
                code = "P"
            } else {
                code = "A"
            }
            let included = group.declaredSetCount ?? group.sets.count
            lines.append(["AK9", code, String(included), String(group.sets.count), String(accepted)] + group.codes.prefix(5).map(\.rawValue))
            lines.append(["SE", String(lines.count + 1), setControl])
            allSegments.append(contentsOf: lines.map { join($0, element) })
        }
        allSegments.append(join(["GE", String(groups.count), control], element))
        allSegments.append(join(["IEA", "1", isaControl], element))
        return allSegments.map { $0 + terminator }.joined()
    }

    private func segmentErrors(_ problems: [X12Problem]) -> [[String]] {
        var lines: [[String]] = []
        var lastPosition = -1
        var lastSegment = ""
        for problem in problems where problem.level == .transactionSet && problem.positionInSet > 0 {
            guard let segmentCode = problem.segmentCode else { continue }
            if problem.positionInSet != lastPosition || problem.segmentID != lastSegment || segmentCode != .dataElementErrors {
                lines.append(["IK3", problem.segmentID, String(problem.positionInSet), problem.loopID ?? "", segmentCode.rawValue])
                lastPosition = problem.positionInSet
                lastSegment = problem.segmentID
            }
            if let position = problem.elementPosition, let elementCode = problem.elementCode {
                var where_ = String(position)
                if let component = problem.componentPosition {
                    where_ += String(Character(Unicode.Scalar(delimiters.component))) + String(component)
                }
                lines.append(["IK4", where_, problem.elementReference.map(String.init) ?? "", elementCode.rawValue,
                              sanitized(problem.value ?? "")])
            }
        }
        return lines
    }

    /// A bad value copied into IK404 must not contain a delimiter of the acknowledgment.
    private func sanitized(_ value: String) -> String {
        let forbidden = Set([delimiters.element, delimiters.component, delimiters.segment] + (delimiters.repetition.map { [$0] } ?? []))
        return String(decoding: value.utf8.filter { !forbidden.contains($0) }.prefix(99), as: UTF8.self)
    }

    /// Elements joined, trailing empty elements dropped (X12 omits them).
    private func join(_ elements: [String], _ separator: String) -> String {
        var trimmed = elements
        while trimmed.count > 1, trimmed.last == "" { trimmed.removeLast() }
        return trimmed.joined(separator: separator)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
    }
}

/// `0001`: transaction set control numbers written with four digits.
func fourDigits(_ value: Int) -> String {
    let text = "\(value)"
    return String(repeating: "0", count: max(0, 4 - text.count)) + text
}
