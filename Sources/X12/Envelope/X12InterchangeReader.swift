/// Reads an interchange chunk by chunk: splits segments (``X12SegmentReader``), checks the envelopes
/// ISA/GS/ST..SE/GE/IEA with their control numbers and counts (SE01/SE02, GE01/GE02, IEA01/IEA02), and hands
/// the inside of every transaction set to a ``X12TransactionSetHandler``. It never throws: everything wrong
/// becomes an ``X12Problem`` in the result, located by segment number and element position.
///
/// ```swift
/// var reader = X12InterchangeReader(handler: BenefitEnrollmentReader { header, member in ... })
/// for chunk in file { reader.read(chunk) }
/// let result = reader.finish()
/// ```
public struct X12InterchangeReader<Handler: X12TransactionSetHandler> {
    /// The handler, with whatever it accumulated.
    public var handler: Handler

    private var segments = X12SegmentReader()
    private var header: X12InterchangeHeader?
    private var groups: [X12FunctionalGroupResult] = []
    private var problems: [X12Problem] = []
    private var state = State.beforeInterchange
    private var group: X12FunctionalGroupResult?
    private var set: OpenSet?
    private var groupSetNumbers: Set<String> = []
    private var ended = false

    private enum State {
        case beforeInterchange
        case inInterchange
        case afterInterchange
    }

    private struct OpenSet {
        var header: X12TransactionSetHeader
        var position: Int
        var problems: [X12Problem]
        var codes: [X12TransactionSetCode]
        var supported: Bool
        var droppedProblems = 0
    }

    /// The most problems kept per transaction set (and per file outside sets), so a large damaged file
    /// cannot exhaust memory; the rest are counted in one closing problem.
    public static var problemLimit: Int { 1_000 }

    /// A reader that hands sets to `handler`.
    public init(handler: Handler) {
        self.handler = handler
    }

    /// Reads the next chunk of the file.
    public mutating func read(_ chunk: UnsafeBufferPointer<UInt8>) {
        var splitter = X12SegmentReader()
        swap(&splitter, &segments)
        let problem = splitter.read(chunk) { process($0) }
        swap(&splitter, &segments)
        if let problem { problems.append(problem) }
    }

    /// Reads the next chunk of the file, held in an array.
    public mutating func read(_ chunk: [UInt8]) {
        chunk.withUnsafeBufferPointer { read($0) }
    }

    /// Ends the file: reports what was left open (a truncated file) and returns everything found.
    public mutating func finish() -> X12InterchangeResult {
        if !ended {
            ended = true
            if let problem = segments.finish() { problems.append(problem) }
            let next = segments.segmentCount + 1
            if set != nil { closeSet(code: .trailerMissing, at: next, what: "the file ended inside the transaction set") }
            if group != nil { closeGroup(code: .trailerMissing, at: next, what: "the file ended inside the functional group") }
            if state == .inInterchange {
                problems.append(X12Problem(level: .interchange, segmentNumber: next, segmentID: "IEA",
                                           message: "the IEA trailer is missing: the file is truncated; ask the sender for the complete file"))
            }
        }
        return X12InterchangeResult(header: header, groups: groups, problems: problems, segmentCount: segments.segmentCount,
                                    byteCount: segments.byteCount)
    }

    // MARK: Segments

    private mutating func process(_ segment: X12Segment) {
        switch segment.id {
        case "ISA": interchangeStart(segment)
        case "IEA": interchangeEnd(segment)
        case "GS": groupStart(segment)
        case "GE": groupEnd(segment)
        case "ST": setStart(segment)
        case "SE": setEnd(segment)
        default:
            guard set != nil else {
                if problems.count < Self.problemLimit {
                    problems.append(X12Problem(level: .interchange, segmentNumber: segment.number, segmentID: segment.id,
                                               message: "segment outside a transaction set (expected ST before it)"))
                }
                return
            }
            // The open set changes in place: copied out and back, its problems would be shared by two owners
            // and copied whole by the first append.
            set!.position += 1
            if set!.supported {
                handler.read(segment, position: set!.position, problems: &set!.problems)
                if set!.problems.count > Self.problemLimit {
                    // A set damaged throughout is rejected either way; bound what is kept of it.
                    set!.problems.removeSubrange(Self.problemLimit...)
                    set!.droppedProblems += 1
                }
            }
        }
    }

    private mutating func interchangeStart(_ segment: X12Segment) {
        guard state == .beforeInterchange else {
            problems.append(X12Problem(level: .interchange, segmentNumber: segment.number, segmentID: "ISA",
                                       message: "a second interchange in one file is not supported: send one ISA..IEA per file"))
            return
        }
        state = .inInterchange
        let trimmed = { (position: Int) in segment[position].trimmingSpaces }
        let control = trimmed(13)
        if control.count != 9 || !control.allDigits {
            problems.append(X12Problem(level: .interchange, segmentNumber: segment.number, segmentID: "ISA", elementPosition: 13,
                                       elementReference: nil, elementCode: .invalidCharacter, value: control,
                                       message: "ISA13 (interchange control number) must be nine digits, found \"\(control)\""))
        }
        header = X12InterchangeHeader(
            senderQualifier: trimmed(5), senderID: trimmed(6), receiverQualifier: trimmed(7), receiverID: trimmed(8),
            date: trimmed(9), time: trimmed(10), version: trimmed(12), controlNumber: control, usage: trimmed(15),
            delimiters: segments.delimiters ?? .standard)
    }

    private mutating func interchangeEnd(_ segment: X12Segment) {
        guard state == .inInterchange, let header else {
            problems.append(X12Problem(level: .interchange, segmentNumber: segment.number, segmentID: "IEA",
                                       message: "IEA without an ISA before it"))
            return
        }
        if set != nil { closeSet(code: .trailerMissing, at: segment.number, what: "IEA came before the SE") }
        if group != nil { closeGroup(code: .trailerMissing, at: segment.number, what: "IEA came before the GE") }
        state = .afterInterchange
        if segment[2].trimmingSpaces != header.controlNumber {
            problems.append(X12Problem(level: .interchange, segmentNumber: segment.number, segmentID: "IEA", elementPosition: 2,
                                       value: segment[2],
                                       message: "IEA02 \"\(segment[2])\" does not match ISA13 \"\(header.controlNumber)\""))
        }
        if Int(segment[1].trimmingSpaces) != groups.count {
            problems.append(X12Problem(level: .interchange, segmentNumber: segment.number, segmentID: "IEA", elementPosition: 1,
                                       value: segment[1],
                                       message: "IEA01 says \(segment[1]) functional groups, the interchange has \(groups.count)"))
        }
    }

    private mutating func groupStart(_ segment: X12Segment) {
        guard state == .inInterchange else {
            problems.append(X12Problem(level: .interchange, segmentNumber: segment.number, segmentID: "GS",
                                       message: "GS outside an interchange (expected ISA before it)"))
            return
        }
        if set != nil { closeSet(code: .trailerMissing, at: segment.number, what: "GS came before the SE") }
        if group != nil { closeGroup(code: .trailerMissing, at: segment.number, what: "GS came before the GE") }
        let header = X12FunctionalGroupHeader(functionalID: segment[1], senderCode: segment[2], receiverCode: segment[3],
                                              controlNumber: segment[6], version: segment[8], segmentNumber: segment.number)
        var result = X12FunctionalGroupResult(header: header)
        if header.controlNumber.isEmpty || header.controlNumber.count > 9 || !header.controlNumber.allDigits {
            result.codes.append(.invalidControlNumber)
            result.problems.append(X12Problem(level: .group, segmentNumber: segment.number, segmentID: "GS", elementPosition: 6,
                                              value: segment[6],
                                              message: "GS06 (group control number) must be 1 to 9 digits, found \"\(segment[6])\""))
        }
        group = result
        groupSetNumbers = []
    }

    private mutating func groupEnd(_ segment: X12Segment) {
        guard var result = group else {
            problems.append(X12Problem(level: .interchange, segmentNumber: segment.number, segmentID: "GE",
                                       message: "GE without a GS before it"))
            return
        }
        if set != nil {
            closeSet(code: .trailerMissing, at: segment.number, what: "GE came before the SE")
            result = group ?? result
        }
        result.declaredSetCount = Int(segment[1])
        if segment[2] != result.header.controlNumber {
            result.codes.append(.controlNumberMismatch)
            result.problems.append(X12Problem(level: .group, segmentNumber: segment.number, segmentID: "GE", elementPosition: 2,
                                              value: segment[2],
                                              message: "GE02 \"\(segment[2])\" does not match GS06 \"\(result.header.controlNumber)\""))
        }
        if Int(segment[1]) != result.sets.count {
            result.codes.append(.setCountMismatch)
            result.problems.append(X12Problem(level: .group, segmentNumber: segment.number, segmentID: "GE", elementPosition: 1,
                                              value: segment[1],
                                              message: "GE01 says \(segment[1]) transaction sets, the group has \(result.sets.count)"))
        }
        groups.append(result)
        group = nil
    }

    private mutating func setStart(_ segment: X12Segment) {
        guard var current = group, let interchange = header else {
            problems.append(X12Problem(level: .interchange, segmentNumber: segment.number, segmentID: "ST",
                                       message: "ST outside a functional group (expected GS before it)"))
            return
        }
        if set != nil {
            closeSet(code: .trailerMissing, at: segment.number, what: "ST came before the SE of the previous set")
            current = group ?? current
        }
        let header = X12TransactionSetHeader(id: segment[1], controlNumber: segment[2], implementation: segment[3],
                                             segmentNumber: segment.number)
        var open = OpenSet(header: header, position: 1, problems: [], codes: [], supported: handler.supports(header, group: current.header))
        let control = header.controlNumber
        if control.count < 4 || control.count > 9 || !control.allDigits {
            open.codes.append(.invalidControlNumber)
            open.problems.append(X12Problem(level: .transactionSet, segmentNumber: segment.number, segmentID: "ST", positionInSet: 1,
                                            elementPosition: 2, elementReference: 329, value: control.isEmpty ? nil : control,
                                            message: "ST02 (transaction set control number) must be 4 to 9 digits, found \"\(control)\""))
        } else if !groupSetNumbers.insert(control).inserted {
            open.codes.append(.controlNumberNotUnique)
            open.problems.append(X12Problem(level: .transactionSet, segmentNumber: segment.number, segmentID: "ST", positionInSet: 1,
                                            message: "ST02 \(control) is used by an earlier transaction set of this group"))
        }
        if !open.supported {
            open.codes.append(.notSupported)
            open.problems.append(X12Problem(level: .transactionSet, segmentNumber: segment.number, segmentID: "ST", positionInSet: 1,
                                            elementPosition: 1, elementReference: 143, value: header.id,
                                            message: "transaction set \(header.id) \(header.implementation) is not supported here (expected 834 005010X220A1)"))
        } else {
            handler.begin(header, group: current.header, interchange: interchange)
        }
        set = open
    }

    private mutating func setEnd(_ segment: X12Segment) {
        guard var open = set else {
            problems.append(X12Problem(level: .interchange, segmentNumber: segment.number, segmentID: "SE",
                                       message: "SE without an ST before it"))
            return
        }
        open.position += 1
        if open.supported { handler.end(open.header, problems: &open.problems) }
        if Int(segment[1]) != open.position {
            open.codes.append(.segmentCountMismatch)
            open.problems.append(X12Problem(level: .transactionSet, segmentNumber: segment.number, segmentID: "SE",
                                            positionInSet: open.position, elementPosition: 1, elementReference: 96,
                                            value: segment[1].isEmpty ? nil : segment[1],
                                            message: "SE01 says \(segment[1].isEmpty ? "nothing" : segment[1]) segments, the set has \(open.position) from ST to SE"))
        }
        if segment[2] != open.header.controlNumber {
            open.codes.append(.controlNumberMismatch)
            open.problems.append(X12Problem(level: .transactionSet, segmentNumber: segment.number, segmentID: "SE",
                                            positionInSet: open.position, elementPosition: 2, elementReference: 329, value: segment[2],
                                            message: "SE02 \"\(segment[2])\" does not match ST02 \"\(open.header.controlNumber)\""))
        }
        settle(open)
    }

    private mutating func closeSet(code: X12TransactionSetCode, at number: Int, what: String) {
        guard var open = set else { return }
        if open.supported { handler.end(open.header, problems: &open.problems) }
        open.codes.append(code)
        open.problems.append(X12Problem(level: .transactionSet, segmentNumber: number, segmentID: "SE", positionInSet: open.position + 1,
                                        message: "the SE trailer of transaction set \(open.header.controlNumber) is missing: \(what)"))
        settle(open)
    }

    private mutating func settle(_ open: OpenSet) {
        var open = open
        if open.droppedProblems > 0 {
            open.problems.append(X12Problem(level: .transactionSet, segmentNumber: open.header.segmentNumber, segmentID: "ST",
                                            message: "more problems in transaction set \(open.header.controlNumber) are not listed: only the first \(Self.problemLimit) are kept"))
        }
        let codes = open.codes.isEmpty && !open.problems.isEmpty ? [X12TransactionSetCode.segmentsInError] : open.codes
        let result = X12TransactionSetResult(header: open.header, problems: open.problems, codes: codes)
        if open.supported { handler.settle(result) }
        group?.sets.append(result)
        set = nil
    }

    private mutating func closeGroup(code: X12GroupCode, at number: Int, what: String) {
        guard var result = group else { return }
        result.codes.append(code)
        result.problems.append(X12Problem(level: .group, segmentNumber: number, segmentID: "GE",
                                          message: "the GE trailer of group \(result.header.controlNumber) is missing: \(what)"))
        groups.append(result)
        group = nil
    }
}

extension String {
    var trimmingSpaces: String {
        var view = Substring(self)
        while view.first == " " { view = view.dropFirst() }
        while view.last == " " { view = view.dropLast() }
        return String(view)
    }

    var allDigits: Bool { !isEmpty && utf8.allSatisfy { (0x30...0x39).contains($0) } }
}
