import ArgumentParser
import Foundation
import MembershipStore

/// `--database URL`, falling back to `$DATABASE_URL`, then to the embedded default.
struct DatabaseOption: ParsableArguments {
    @Option(name: .customLong("database"), help: "postgres://USER:PASS@HOST:PORT/DB or sqlite:PATH (default: $DATABASE_URL, else sqlite:membership.sqlite).")
    var url: String?

    var resolved: String {
        url ?? ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "sqlite:membership.sqlite"
    }

    func configuration() throws -> StoreConfiguration {
        do {
            return try StoreConfiguration(url: resolved)
        } catch {
            throw ValidationError("--database/DATABASE_URL: \(error)")
        }
    }
}
