import Foundation

extension ReplayFile {
    /// The number of records in the file at `path` without decoding them (its non-blank lines
    /// after the header), for progress displays.
    public static func countRecords(path: String) throws(ReplayFileError) -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReplayFileError(path: path, message: "cannot open the file: check the path")
        }
        defer { try? handle.close() }
        var lines = 0
        var lineHasContent = false
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw ReplayFileError(path: path, message: "cannot read: \(error.localizedDescription)")
            }
            guard let chunk, !chunk.isEmpty else { break }
            for byte in chunk {
                if byte == 0x0A {
                    if lineHasContent { lines += 1 }
                    lineHasContent = false
                } else if byte != 0x20, byte != 0x0D, byte != 0x09 {
                    lineHasContent = true
                }
            }
        }
        if lineHasContent { lines += 1 }
        return max(0, lines - 1)
    }
}
