import Foundation

/// The replay file format of `membership replay record` and `play` (and the load tester's
/// recorded input): JSON lines, one object per line, UTF-8, `\n`-terminated.
///
/// The first line is the header, which names the format and its version:
///
/// ```
/// {"format":"membership-replay","recordedAt":"2026-11-25T07:12:03.250Z","source":"membership.enrollment-requests","version":1}
/// ```
///
/// Every further line is one record (``ReplayRecord``), bytes in standard base64 so they survive
/// exactly; `key` and a header's `value` are `null` when absent, `timestamp` (milliseconds since
/// 1970) is `null` when the broker gave none:
///
/// ```
/// {"headers":[{"key":"trace","value":"YWJj"}],"key":"Ry0xMDQyMzMvRS01NTIx","offset":41,"partition":3,
///  "timestamp":1795590723250,"topic":"membership.enrollment-requests","value":"CiQ..."}
/// ```
///
/// (shown wrapped; in the file each record is one line). Writers sort the fields by name, so the
/// same records give the same bytes; readers do not depend on the order. Readers reject a file whose header is not
/// this format, or whose version is newer than theirs (``supportedVersion``); a version-1 reader
/// ignores fields it does not know, so later versions may add fields without a version bump.
/// JSON lines rather than a binary format: the files are greppable, `jq` reads them, and a
/// truncated file loses only its last line.
public enum ReplayFile {
    /// The `format` value of the header line.
    public static let formatName = "membership-replay"
    /// The newest version this code reads and the version it writes.
    public static let supportedVersion = 1

    /// The header line's content.
    public struct Header: Sendable, Equatable {
        /// The format version the file was written with.
        public var version: Int
        /// When the recording was made.
        public var recordedAt: Date
        /// Where the records came from, for people reading the file (e.g. the topic); free text.
        public var source: String

        /// Creates a header for a new file in the current version.
        public init(recordedAt: Date = Date(), source: String) {
            self.version = ReplayFile.supportedVersion
            self.recordedAt = recordedAt
            self.source = source
        }

        init(version: Int, recordedAt: Date, source: String) {
            self.version = version
            self.recordedAt = recordedAt
            self.source = source
        }
    }

    /// Reads a whole file into memory: its header and records in file order.
    public static func read(path: String) throws(ReplayFileError) -> (header: Header, records: [ReplayRecord]) {
        let reader = try Reader(path: path)
        defer { reader.close() }
        var records: [ReplayRecord] = []
        while let record = try reader.next() { records.append(record) }
        return (reader.header, records)
    }

    /// Writes `records` to a new file at `path` (replacing one that exists).
    public static func write(_ records: some Sequence<ReplayRecord>, header: Header, to path: String) throws(ReplayFileError) {
        let writer = try Writer(path: path, header: header)
        for record in records { try writer.append(record) }
        try writer.close()
    }
}
