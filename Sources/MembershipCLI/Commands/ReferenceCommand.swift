import ArgumentParser
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
            let data: ReferenceData
            do {
                data = try ReferenceData.read(directory: directory)
            } catch {
                throw ValidationError("\(error)")
            }
            try await MembershipStore.withStore(try database.configuration()) { store in
                _ = try await store.migrate()
                try await ReferenceDataLoader(store: store).load(data)
            }
            print("reference data loaded from \(directory)")
        }
    }
}
