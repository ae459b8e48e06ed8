import ArgumentParser
import Foundation
import MembershipDomain
import MembershipStore
import MembershipWorkers

/// `membership bench billing`: one all-groups billing cycle over generated members, timed as the billing
/// worker runs it (issue 9: 1,000,000 members in under 60 s on PostgreSQL).
struct BillingBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "billing",
        abstract: "Seconds for one all-groups billing cycle over generated groups and families.",
        discussion: """
            Use an empty database: it is migrated, loaded with the reference data of $REFERENCE_DIR (default \
            Reference), and filled with the groups and members. Seeding is timed separately and not counted.

            Example:
              swift run -c release membership bench billing --database sqlite:/tmp/billing.sqlite
              swift run -c release membership bench billing --database postgres://postgres@127.0.0.1:5432/bench
            """
    )

    @OptionGroup var database: DatabaseOption

    @Option(help: "Covered members to generate.")
    var members: Int = 1_000_000

    @Option(help: "Groups to spread the families over.")
    var groups: Int = 1_000

    @Option(help: "The billed month, YYYY-MM.")
    var month: String = "2026-03"

    func run() async throws {
        guard members > 0, groups > 0 else { throw ValidationError("--members and --groups must be positive") }
        guard let billed = YearMonth(month) else { throw ValidationError("--month must be YYYY-MM") }
        let directory = ProcessInfo.processInfo.environment["REFERENCE_DIR"] ?? "Reference"
        let reference = try ReferenceData.read(directory: directory)
        let progress = TerminalProgress(total: members, unit: "members seeded")
        let result = try await BillingBenchmark.run(
            try database.configuration(), reference: reference,
            options: BillingBenchmark.Options(members: members, groups: groups, month: billed),
            progress: { progress.update($0) })
        progress.finish(members)
        print(result)
    }
}
