/// Splits a byte stream into segments, chunk by chunk, holding at most one unfinished segment in memory.
///
/// The delimiters come from the ISA segment: the element separator is the byte after `ISA`, ISA16 is the
/// component separator and the byte after it ends segments. The ISA is found by counting its 16 element
/// separators rather than by fixed offsets, so an ISA whose fixed-width fields lost their padding still reads.
/// A UTF-8 byte-order mark and any carriage returns, line feeds, spaces or tabs between segments are skipped.
public struct X12SegmentReader: Sendable {
    /// The delimiters, once the ISA has been read.
    public private(set) var delimiters: X12Delimiters?
    /// Segments produced so far.
    public private(set) var segmentCount = 0
    /// Bytes consumed so far.
    public private(set) var byteCount = 0

    private var pending: [UInt8] = []
    private var atStart = true
    private var failed = false

    /// Creates a reader at the start of a file.
    public init() {}

    /// Reads a chunk and calls `body` for every segment it completes. A problem with the stream itself (no ISA,
    /// a damaged ISA) is returned once; after it the rest of the stream is ignored.
    public mutating func read(_ chunk: UnsafeBufferPointer<UInt8>, _ body: (X12Segment) -> Void) -> X12Problem? {
        guard !failed else { return nil }
        byteCount += chunk.count
        if delimiters == nil {
            pending.append(contentsOf: chunk)
            switch detectDelimiters() {
            case .needMore: return nil
            case .failed(let problem):
                failed = true
                pending = []
                return problem
            case .found(let found):
                delimiters = found
                let buffered = pending
                pending = []
                buffered.withUnsafeBufferPointer { split($0, from: 0, found, body) }
                return nil
            }
        }
        guard let found = delimiters else { return nil }
        split(chunk, from: 0, found, body)
        return nil
    }

    /// Reads a chunk held in an array.
    public mutating func read(_ chunk: [UInt8], _ body: (X12Segment) -> Void) -> X12Problem? {
        chunk.withUnsafeBufferPointer { read($0, body) }
    }

    /// Ends the stream. Returns a problem when the file was empty, had no ISA, or ended inside a segment
    /// (a truncated file: the last segment has no terminator).
    public mutating func finish() -> X12Problem? {
        guard !failed else { return nil }
        if delimiters == nil {
            let meaningful = pending.drop { Self.isSkippable($0) || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
            failed = true
            if meaningful.isEmpty {
                return X12Problem(level: .interchange, segmentNumber: 0, segmentID: "",
                                  message: "the file is empty: expected an X12 interchange starting with ISA")
            }
            return X12Problem(level: .interchange, segmentNumber: 1, segmentID: "ISA",
                              message: "the file ends inside the ISA segment (\(meaningful.count) bytes): it is truncated; ask the sender for the complete file")
        }
        let rest = pending.drop(while: Self.isSkippable)
        pending = []
        guard !rest.isEmpty else { return nil }
        let id = String(decoding: rest.prefix { $0 != delimiters?.element }.prefix(3), as: UTF8.self)
        return X12Problem(level: .interchange, segmentNumber: segmentCount + 1, segmentID: id,
                          message: "the file ends inside a segment (no segment terminator after \(rest.count) bytes): it is truncated; ask the sender for the complete file")
    }

    // MARK: Splitting

    private mutating func split(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ delimiters: X12Delimiters,
                                _ body: (X12Segment) -> Void) {
        var cursor = start
        let end = bytes.count
        while cursor < end {
            guard let stop = Self.index(of: delimiters.segment, in: bytes, from: cursor) else {
                pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor..<end]))
                return
            }
            if pending.isEmpty {
                emit(UnsafeBufferPointer(rebasing: bytes[cursor..<stop]), delimiters, body)
            } else {
                pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor..<stop]))
                let whole = pending
                pending.removeAll(keepingCapacity: true)
                whole.withUnsafeBufferPointer { emit($0, delimiters, body) }
            }
            cursor = stop + 1
        }
    }

    private static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private mutating func emit(_ raw: UnsafeBufferPointer<UInt8>, _ delimiters: X12Delimiters, _ body: (X12Segment) -> Void) {
        var lower = 0
        var upper = raw.count
        if atStart {
            // A byte-order mark and blank lines before the ISA.
            while lower < upper, Self.isSkippable(raw[lower]) || raw[lower] == 0xEF || raw[lower] == 0xBB || raw[lower] == 0xBF {
                lower += 1
            }
            atStart = false
        }
        while lower < upper, Self.isSkippable(raw[lower]), raw[lower] != delimiters.element { lower += 1 }
        while upper > lower, raw[upper - 1] == 0x0D || raw[upper - 1] == 0x0A { upper -= 1 }
        guard lower < upper else { return }
        // The identifier runs to the first element separator; the elements follow it. The elements are counted
        // first so their array is allocated once at its final size (appending from empty reallocates as it grows).
        let separator = delimiters.element
        var idEnd = lower
        while idEnd < upper, raw[idEnd] != separator { idEnd += 1 }
        var fields: [String] = []
        if idEnd < upper {
            var count = 0
            var index = idEnd
            while index < upper {
                if raw[index] == separator { count += 1 }
                index += 1
            }
            fields.reserveCapacity(count)
            var fieldStart = idEnd + 1
            index = fieldStart
            while index < upper {
                if raw[index] == separator {
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: raw[fieldStart..<index]), as: UTF8.self))
                    fieldStart = index + 1
                }
                index += 1
            }
            fields.append(String(decoding: UnsafeBufferPointer(rebasing: raw[fieldStart..<upper]), as: UTF8.self))
        }
        segmentCount += 1
        let id = Self.identifier(UnsafeBufferPointer(rebasing: raw[lower..<idEnd]))
        body(X12Segment(id: id, elements: fields, number: segmentCount, componentSeparator: delimiters.component))
    }

    /// The segment identifier in upper case. Identifiers are ASCII, upper-cased here byte by byte without going
    /// through Unicode case mapping; anything else takes `uppercased()` so the result is the same either way.
    private static func identifier(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var ascii = true
        var lower = false
        for byte in bytes {
            if byte >= 0x80 { ascii = false }
            if byte >= 0x61 && byte <= 0x7A { lower = true }
        }
        guard ascii else { return String(decoding: bytes, as: UTF8.self).uppercased() }
        guard lower else { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count) { target in
            for (offset, byte) in bytes.enumerated() {
                target[offset] = byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
            }
            return bytes.count
        }
    }

    static func isSkippable(_ byte: UInt8) -> Bool {
        byte == 0x0D || byte == 0x0A || byte == 0x20 || byte == 0x09
    }

    // MARK: The ISA

    private enum Detection {
        case needMore
        case failed(X12Problem)
        case found(X12Delimiters)
    }

    private func detectDelimiters() -> Detection {
        var index = 0
        if pending.count >= 3, pending[0] == 0xEF, pending[1] == 0xBB, pending[2] == 0xBF { index = 3 }
        while index < pending.count, Self.isSkippable(pending[index]) { index += 1 }
        guard pending.count - index >= 4 else { return .needMore }
        guard pending[index] == UInt8(ascii: "I"), pending[index + 1] == UInt8(ascii: "S"), pending[index + 2] == UInt8(ascii: "A") else {
            let shown = String(decoding: pending[index..<min(index + 3, pending.count)], as: UTF8.self)
            return .failed(X12Problem(level: .interchange, segmentNumber: 1, segmentID: shown,
                                      message: "the file does not start with an ISA segment (found \"\(shown)\"): it is not an X12 interchange"))
        }
        let element = pending[index + 3]
        if element.isAlphanumeric || Self.isSkippable(element) {
            return .failed(X12Problem(level: .interchange, segmentNumber: 1, segmentID: "ISA", elementPosition: 1,
                                      message: "the byte after ISA must be the element separator, found \"\(Character(Unicode.Scalar(element)))\""))
        }
        var separators = 1
        var cursor = index + 4
        var isa11Start = 0
        var isa11End = 0
        var isa12Start = 0
        while cursor < pending.count, separators < 16 {
            if pending[cursor] == element {
                separators += 1
                if separators == 11 { isa11Start = cursor + 1 }
                if separators == 12 { isa11End = cursor; isa12Start = cursor + 1 }
            }
            if cursor - index > 4096 { break }
            cursor += 1
        }
        guard separators == 16 else {
            if cursor - index > 4096 {
                return .failed(X12Problem(level: .interchange, segmentNumber: 1, segmentID: "ISA",
                                          message: "the ISA segment does not have 16 elements: it is damaged"))
            }
            return .needMore
        }
        // cursor is right after the 16th separator: ISA16, then the segment terminator.
        guard pending.count >= cursor + 2 else { return .needMore }
        let component = pending[cursor]
        let terminator = pending[cursor + 1]
        guard component != element, terminator != element, terminator != component, !component.isAlphanumeric,
              !terminator.isAlphanumeric
        else {
            return .failed(X12Problem(level: .interchange, segmentNumber: 1, segmentID: "ISA", elementPosition: 16,
                                      message: "ISA16 and the segment terminator must be two distinct separators"))
        }
        var repetition: UInt8?
        let isa11 = pending[isa11Start..<isa11End].filter { $0 != 0x20 }
        let version = String(decoding: pending[isa12Start...].prefix { $0 != element }, as: UTF8.self)
        if isa11.count == 1, let byte = isa11.first, !byte.isAlphanumeric, version >= "00402",
           byte != element, byte != component, byte != terminator {
            repetition = byte
        }
        return .found(X12Delimiters(element: element, component: component, repetition: repetition, segment: terminator))
    }
}

extension UInt8 {
    var isAlphanumeric: Bool {
        (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
    }
}
