import ArgumentParser

/// `membership`: the operations command line of Membership Workers.
@main
struct MembershipCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "membership",
        abstract: "Membership Workers: enrollment, billing and ID-card workers on Kafka.",
        subcommands: [DemoCommand.self, BrokerCommand.self, TopicsCommand.self, MigrateCommand.self, ReferenceCommand.self, BenchCommand.self, ProduceCommand.self, TailCommand.self, ReplayCommand.self, ReviewCommand.self, BillCommand.self, MailRunCommand.self, LoadTestCommand.self, Ingest834Command.self]
    )
}
