import ArgumentParser
import MembershipStore

/// `membership bench store`: enrollments inserted through the store vs the driver's raw ceiling.
struct StoreBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Enrollments/s through the store next to raw multi-row INSERTs on the same database.",
        discussion: """
            Use an empty database: it is migrated and filled.

            Example:
              swift run -c release membership bench store --database sqlite:/tmp/bench.sqlite
              swift run -c release membership bench store --database postgres://postgres@127.0.0.1:5432/bench
            """
    )

    @OptionGroup var database: DatabaseOption

    @Option(help: "Enrollments to insert.")
    var enrollments: Int = 100_000

    @Option(help: "Enrollments per transaction.")
    var batchSize: Int = 500

    func run() async throws {
        guard enrollments > 0, batchSize > 0 else { throw ValidationError("--enrollments and --batch-size must be positive") }
        let result = try await StoreBenchmark.run(
            try database.configuration(), options: StoreBenchmark.Options(enrollments: enrollments, batchSize: batchSize))
        print(result)
    }
}
