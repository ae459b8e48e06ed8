import Foundation

extension ReplayFile {
    /// Reads a replay file one record at a time, so files larger than memory can be played.
    ///
    /// Creating a reader reads and checks the header line (``header``). Use from one task at a time.
    public final class Reader {
        /// The file's path.
        public let path: String
        /// The header line's content.
        public private(set) var header: Header
        /// The number of the line read last (1 is the header).
        public private(set) var lineNumber = 0
        private let handle: FileHandle
        private let decoder = JSONDecoder()
        private var buffer = Data()
        private var atEnd = false

        /// Opens the file at `path` and reads its header.
        public init(path: String) throws(ReplayFileError) {
            self.path = path
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw ReplayFileError(path: path, message: "cannot open the file: check the path (make one with `membership replay record TOPIC --out \(path)`)")
            }
            self.handle = handle
            header = Header(recordedAt: Date(timeIntervalSince1970: 0), source: "")
            guard let first = try nextLine() else {
                throw ReplayFileError(path: path, line: 1, message: "the file is empty: it has no \(ReplayFile.formatName) header line")
            }
            guard let line = try? decoder.decode(HeaderLine.self, from: first), line.format == ReplayFile.formatName else {
                throw ReplayFileError(path: path, line: 1, message: "not a replay file: the first line must be a {\"format\":\"\(ReplayFile.formatName)\",...} header")
            }
            guard line.version >= 1, line.version <= ReplayFile.supportedVersion else {
                throw ReplayFileError(
                    path: path, line: 1,
                    message: "format version \(line.version) is not supported (this membership reads up to \(ReplayFile.supportedVersion)): use a newer membership")
            }
            guard let recordedAt = try? ReplayFile.dateStyle.parse(line.recordedAt) else {
                throw ReplayFileError(path: path, line: 1, message: "recordedAt \"\(line.recordedAt)\" is not an RFC 3339 time")
            }
            header = Header(version: line.version, recordedAt: recordedAt, source: line.source ?? "")
        }

        deinit { try? handle.close() }

        /// The next record, or `nil` at the end of the file. Blank lines are skipped.
        public func next() throws(ReplayFileError) -> ReplayRecord? {
            while let line = try nextLine() {
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
                let decoded: RecordLine
                do {
                    decoded = try decoder.decode(RecordLine.self, from: line)
                } catch {
                    throw ReplayFileError(path: path, line: lineNumber, message: "not a record line: \(Self.describe(error))")
                }
                do {
                    return try decoded.record()
                } catch {
                    throw ReplayFileError(path: path, line: lineNumber, message: "\(error.field) is not valid base64")
                }
            }
            return nil
        }

        /// Closes the file early (the reader closes it when released, too).
        public func close() {
            atEnd = true
            try? handle.close()
        }

        private func nextLine() throws(ReplayFileError) -> Data? {
            while true {
                if let newline = buffer.firstIndex(of: 0x0A) {
                    let line = buffer[buffer.startIndex..<newline]
                    buffer = buffer[(newline + 1)...]
                    lineNumber += 1
                    return Data(line)
                }
                if atEnd {
                    guard !buffer.isEmpty else { return nil }
                    // A last line without its newline (e.g. a recording that was cut off).
                    defer { buffer = Data() }
                    lineNumber += 1
                    return Data(buffer)
                }
                let chunk: Data?
                do {
                    chunk = try handle.read(upToCount: 1 << 20)
                } catch {
                    throw ReplayFileError(path: path, message: "cannot read: \(error.localizedDescription)")
                }
                if let chunk, !chunk.isEmpty {
                    buffer.append(chunk)
                } else {
                    atEnd = true
                }
            }
        }

        private static func describe(_ error: any Error) -> String {
            switch error {
            case DecodingError.keyNotFound(let key, _): "field \(key.stringValue) is missing"
            case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
                "field \(context.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type"
            default: "invalid JSON"
            }
        }
    }
}
