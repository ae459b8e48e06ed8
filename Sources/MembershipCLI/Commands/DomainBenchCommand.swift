import ArgumentParser
import MembershipDomain

/// `membership bench domain`: premiums and card packing per second on one core.
struct DomainBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "domain",
        abstract: "Premiums computed and cards packed per second over generated members (one core).",
        discussion: "Example:\n  swift run -c release membership bench domain --members 1000000"
    )

    @Option(help: "Members to generate.")
    var members: Int = 1_000_000

    @Option(help: "Seed of the generated population.")
    var seed: UInt64 = 42

    func run() async throws {
        guard members > 0 else { throw ValidationError("--members must be positive") }
        print(DomainBenchmark.run(members: members, seed: seed))
    }
}
