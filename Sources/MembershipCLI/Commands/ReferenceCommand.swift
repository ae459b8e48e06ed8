import ArgumentParser
import Foundation
import MembershipDomain
import MembershipStore

/// `membership reference load DIR`: loads the reference CSVs (plans, rates, counties, service area).
struct ReferenceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reference",
        abstract: "Reference data (plans, rates, rating areas, regions, service-area ZIPs).",
        subcommands: [Load.self]
    )

    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate and load the reference CSV files of DIR (idempotent: re-loading replaces nothing that is equal).",
            discussion: "Files: \(ReferenceData.File.allCases.map(\.rawValue).joined(separator: ", ")).\n\nExample:\n  membership reference load Reference --database sqlite:membership.sqlite"
        )

        @Argument(help: "Folder with the reference CSV files.")
        var directory: String = "Reference"

        @OptionGroup var database: DatabaseOption

        func run() async throws {
            var files: [ReferenceData.File: String] = [:]
            for file in ReferenceData.File.allCases {
                let path = URL(fileURLWithPath: directory).appendingPathComponent(file.rawValue).path
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw ValidationError("cannot read \(path): every reference file must be in \(directory)")
                }
                files[file] = text
            }
            let data: ReferenceData
            do {
                data = try ReferenceData(files: files)
            } catch {
                throw ValidationError("reference data is invalid: \(error) (fix the file and line named, then load again)")
            }
            try await MembershipStore.withStore(try database.configuration()) { store in
                _ = try await store.migrate()
                try await ReferenceDataLoader(store: store).load(data)
            }
            print("reference data loaded from \(directory)")
        }
    }
}
