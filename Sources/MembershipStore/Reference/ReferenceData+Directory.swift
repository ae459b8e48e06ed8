import Foundation
import MembershipDomain

extension ReferenceData {
    /// Reads and validates the reference CSV files of `directory` (one file per ``ReferenceData/File``).
    /// Throws ``StoreError`` `.invalidConfiguration` naming the missing file, or the file and line that
    /// does not parse.
    public static func read(directory: String) throws -> ReferenceData {
        var files: [File: String] = [:]
        for file in File.allCases {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(file.rawValue).path
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw StoreError(.invalidConfiguration, "cannot read \(path): every reference file (\(File.allCases.map(\.rawValue).joined(separator: ", "))) must be in \(directory)")
            }
            files[file] = text
        }
        do {
            return try ReferenceData(files: files)
        } catch {
            throw StoreError(.invalidConfiguration, "reference data in \(directory) is invalid: \(error); fix the file and line named")
        }
    }
}
