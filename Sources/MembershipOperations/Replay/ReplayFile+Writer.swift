import Foundation

extension ReplayFile {
    /// Writes a replay file: the header line when created, then one line per ``append(_:)``.
    ///
    /// Output is buffered; ``close()`` writes the rest. Use from one task at a time.
    public final class Writer {
        /// The file's path.
        public let path: String
        /// Records appended so far.
        public private(set) var count = 0
        private let handle: FileHandle
        private let encoder: JSONEncoder
        private var buffer = Data()
        private var closed = false

        /// Creates (or truncates) the file at `path` and writes the header line.
        public init(path: String, header: Header) throws(ReplayFileError) {
            self.path = path
            guard FileManager.default.createFile(atPath: path, contents: nil),
                  let handle = FileHandle(forWritingAtPath: path)
            else {
                throw ReplayFileError(path: path, message: "cannot create the file: check that its folder exists and is writable")
            }
            self.handle = handle
            encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]  // Same records, same bytes.
            let line = HeaderLine(
                format: ReplayFile.formatName, version: header.version,
                recordedAt: header.recordedAt.formatted(ReplayFile.dateStyle), source: header.source)
            try appendLine(line)
        }

        /// Appends one record.
        public func append(_ record: ReplayRecord) throws(ReplayFileError) {
            try appendLine(RecordLine(record))
            count += 1
            if buffer.count >= 1 << 20 { try flush() }
        }

        /// Writes buffered lines to the file.
        public func flush() throws(ReplayFileError) {
            guard !buffer.isEmpty else { return }
            do {
                try handle.write(contentsOf: buffer)
            } catch {
                throw ReplayFileError(path: path, message: "cannot write: \(error.localizedDescription)")
            }
            buffer.removeAll(keepingCapacity: true)
        }

        /// Writes what is buffered and closes the file. Appending afterwards is an error.
        public func close() throws(ReplayFileError) {
            guard !closed else { return }
            closed = true
            defer { try? handle.close() }
            try flush()
        }

        deinit {
            if !closed {
                try? handle.write(contentsOf: buffer)
                try? handle.close()
            }
        }

        private func appendLine(_ line: some Encodable) throws(ReplayFileError) {
            guard !closed else { throw ReplayFileError(path: path, message: "the writer is closed") }
            do {
                buffer.append(try encoder.encode(line))
            } catch {
                throw ReplayFileError(path: path, message: "cannot encode a line: \(error)")
            }
            buffer.append(0x0A)
        }
    }
}
