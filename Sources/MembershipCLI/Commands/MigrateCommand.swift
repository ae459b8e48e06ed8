import ArgumentParser
import MembershipStore

/// `membership migrate`: applies the database migrations.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply the database schema migrations (forward only; safe to re-run and to run concurrently).",
        discussion: "Example:\n  membership migrate --database postgres://membership@db:5432/membership"
    )

    @OptionGroup var database: DatabaseOption

    func run() async throws {
        let applied = try await MembershipStore.withStore(try database.configuration()) { try await $0.migrate() }
        print(applied.isEmpty ? "schema up to date" : "applied migrations \(applied.map(String.init).joined(separator: ", "))")
    }
}
