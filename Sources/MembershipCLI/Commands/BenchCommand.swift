import ArgumentParser

/// `membership bench`: benchmarks that print their figures (`Docs/BENCHMARKS.md`).
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput; run with a release build (swift run -c release membership bench ...).",
        subcommands: [KafkaBenchCommand.self, DomainBenchCommand.self, StoreBenchCommand.self, BillingBenchCommand.self]
    )
}
