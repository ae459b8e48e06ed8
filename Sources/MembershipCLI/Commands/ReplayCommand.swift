import ArgumentParser
import Foundation
import MembershipEvents
import MembershipOperations
import MembershipStore

/// `membership replay record|play|dlq`: copy topic ranges to files and back, re-drive dead letters.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Record a topic range to a file, play a file to a topic, re-drive dead letters.",
        discussion: """
            Recordings are JSON lines: a version-tagged header line, then one record per line with \
            its topic, partition, offset, timestamp, and key, value and headers in base64 (README, \
            "Replaying topics"). Playing sends the same keys, values and headers byte for byte.

            Example:
              membership replay record enrollment-requests --out requests.jsonl
              membership replay play requests.jsonl --rate 500
            """,
        subcommands: [Record.self, Play.self, DeadLetters.self]
    )

    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a range of a topic to a file (keys, values, headers, timestamps, partitions).",
            discussion: """
                Reads from the beginning (or --offset / --since) up to what the topic held when the \
                recording started, or --until / --max.

                Examples:
                  membership replay record membership.enrollment-requests --out requests.jsonl
                  membership replay record invoices --since 2026-11-01T00:00:00Z --until 2026-11-02T00:00:00Z --out day.jsonl
                """
        )

        @Argument(help: "The topic to record.")
        var topic: String

        @Option(help: "The file to write (replaced if it exists).")
        var out: String

        @Option(help: "Start at this offset on every partition (default: the beginning).")
        var offset: Int64?

        @Option(help: "Start at records written at or after this time (RFC 3339).")
        var since: String?

        @Option(help: "Leave out records written after this time (RFC 3339).")
        var until: String?

        @Option(help: "Stop after this many records.")
        var max: Int?

        @OptionGroup var connection: BrokerOption

        func validate() throws {
            guard offset == nil || since == nil else { throw ValidationError("give --offset or --since, not both") }
            if let offset, offset < 0 { throw ValidationError("--offset must be 0 or more") }
            if let max, max < 1 { throw ValidationError("--max must be at least 1") }
            if let since { _ = try OperationsTime.parse(since, option: "--since") }
            if let until { _ = try OperationsTime.parse(until, option: "--until") }
        }

        func run() async throws {
            let name = TopicArgument.resolve(topic)
            var start = TopicRange.Start.beginning
            if let offset { start = .offset(offset) }
            if let since { start = .since(try OperationsTime.parse(since, option: "--since")) }
            let range = TopicRange(start: start, until: try until.map { try OperationsTime.parse($0, option: "--until") }, maxRecords: max, stopAtEnd: true)
            let writer: ReplayFile.Writer
            do {
                writer = try ReplayFile.Writer(path: out, header: ReplayFile.Header(source: name))
            } catch {
                throw ValidationError("--out \(out): \(error.message)")
            }
            let box = WriterBox(writer)
            let progress = TerminalProgress(total: nil, unit: "records")
            let reader = TopicReader(settings: try connection.settings(), groupPrefix: "membership-replay-record", logger: connection.logger)
            try await reader.read(topic: name, range: range) { records in
                try box.append(records)
                progress.update(box.count)
            }
            try box.close()
            progress.finish(box.count)
            print("recorded \(box.count) record(s) of \(name) to \(out)")
        }
    }

    struct Play: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send a recording to a topic at a rate, as recorded, or as fast as possible.",
            discussion: """
                Keys, values and headers are sent byte for byte, in file order; records get new \
                offsets and timestamps. Without --rate or --as-recorded, records go as fast as the \
                broker acknowledges.

                Examples:
                  membership replay play requests.jsonl --rate 200/s
                  membership replay play requests.jsonl --topic test.enrollment-requests --as-recorded --speed 10
                """
        )

        @Argument(help: "The recording (from `membership replay record`).")
        var file: String

        @Option(help: "Send to this topic instead of each record's recorded one.")
        var topic: String?

        @Option(help: "Records per second, e.g. 500 or 500/s.")
        var rate: String?

        @Flag(help: "Keep the recorded gaps between records.")
        var asRecorded = false

        @Option(help: "With --as-recorded: play this many times faster.")
        var speed: Double = 1

        @Flag(help: "Send to the recorded partition numbers instead of partitioning by key.")
        var keepPartitions = false

        @OptionGroup var connection: BrokerOption

        func validate() throws {
            guard rate == nil || !asRecorded else { throw ValidationError("give --rate or --as-recorded, not both") }
            if let rate, !Self.isRate(rate) {
                throw ValidationError("--rate \(rate): expected records per second, e.g. --rate 500 or --rate 500/s")
            }
            guard speed > 0 else { throw ValidationError("--speed must be more than 0") }
        }

        func run() async throws {
            var pace = PlaybackPace.maximum
            if let rate, let parsed = PlaybackPace(text: rate) { pace = parsed }
            if asRecorded { pace = .asRecorded(speed: speed) }
            let total: Int
            do {
                total = try ReplayFile.countRecords(path: file)
                _ = try ReplayFile.Reader(path: file)  // Checks the header before connecting.
            } catch {
                throw ValidationError("\(error)")
            }
            var player = ReplayPlayer(settings: try connection.settings(), logger: connection.logger)
            player.keepPartitions = keepPartitions
            let progress = TerminalProgress(total: total, unit: "records")
            let sent = try await player.play(path: file, topic: topic.map(TopicArgument.resolve), pace: pace) { progress.update($0) }
            progress.finish(sent)
            print("played \(sent) record(s) from \(file)\(topic.map { " to \(TopicArgument.resolve($0))" } ?? "")")
        }

        private static func isRate(_ text: String) -> Bool {
            if case .rate = PlaybackPace(text: text) { return true }
            return false
        }
    }

    struct DeadLetters: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "dlq",
            abstract: "Re-drive dead letters to their origin topic (from the dlq.origin.topic header).",
            discussion: """
                Each dead letter goes back with its original key, value and headers, without the \
                dlq.* headers. A worker records a dead-lettered event as processed, so the same bytes \
                sent again are skipped: after fixing the cause, pass --forget-processed with the \
                workers' --database to delete those records first (Docs/OPERATIONS.md, "DLQ growing"). \
                A sender's mistake is fixed by the sender with a new event id instead.

                Examples:
                  membership replay dlq membership.payments.dlq --dry-run
                  membership replay dlq enrollment-requests.dlq --error-code RETRIES_EXHAUSTED --forget-processed --database postgres://membership@db/membership
                """
        )

        @Argument(help: "The dead-letter topic, e.g. membership.payments.dlq.")
        var topic: String

        @Option(help: "Only dead letters with this dlq.error.code, e.g. RETRIES_EXHAUSTED.")
        var errorCode: String?

        @Option(help: "Start at this offset on every partition (default: the beginning).")
        var offset: Int64?

        @Option(help: "Start at dead letters written at or after this time (RFC 3339).")
        var since: String?

        @Option(help: "Stop after this many dead letters.")
        var max: Int?

        @Flag(help: "Count what would be re-driven; send nothing.")
        var dryRun = false

        @Flag(help: "Delete the events' processed_events rows first, so workers handle them again (needs --database).")
        var forgetProcessed = false

        @OptionGroup var database: DatabaseOption

        @OptionGroup var connection: BrokerOption

        func validate() throws {
            guard TopicArgument.resolve(topic).hasSuffix(TopicName.deadLetterSuffix) else {
                throw ValidationError("\(topic) is not a dead-letter topic: name the .dlq topic, e.g. membership.payments.dlq")
            }
            guard offset == nil || since == nil else { throw ValidationError("give --offset or --since, not both") }
            if let since { _ = try OperationsTime.parse(since, option: "--since") }
            if let max, max < 1 { throw ValidationError("--max must be at least 1") }
        }

        func run() async throws {
            let name = TopicArgument.resolve(topic)
            var start = TopicRange.Start.beginning
            if let offset { start = .offset(offset) }
            if let since { start = .since(try OperationsTime.parse(since, option: "--since")) }
            var redrive = DeadLetterRedrive(settings: try connection.settings(), logger: connection.logger)
            redrive.errorCode = errorCode.map(DeadLetterErrorCode.init(rawValue:))
            redrive.dryRun = dryRun
            let progress = TerminalProgress(total: nil, unit: "dead letters")
            let range = TopicRange(start: start, maxRecords: max, stopAtEnd: true)
            let report: DeadLetterRedrive.Report
            if forgetProcessed && !dryRun {
                let configuration = try database.configuration()
                report = try await MembershipStore.withStore(configuration) { store in
                    redrive.eraser = ProcessedEventEraser(store: store)
                    return try await redrive.run(deadLetterTopic: name, range: range) { progress.update($0.total) }
                }
            } else {
                report = try await redrive.run(deadLetterTopic: name, range: range) { progress.update($0.total) }
            }
            progress.finish(report.total)
            for (origin, count) in report.redriven.sorted(by: { $0.key < $1.key }) {
                print("\(dryRun ? "would re-drive" : "re-drove") \(count) dead letter(s) to \(origin)")
            }
            if report.total == 0 { print("nothing to re-drive in \(name)") }
            if report.skippedByCode > 0 { print("left \(report.skippedByCode) with another error code") }
            if report.withoutOrigin > 0 { print("left \(report.withoutOrigin) without readable dlq.* headers (their origin is unknown)") }
            if !forgetProcessed && !dryRun && report.total > 0 {
                status("note: workers skip event ids they recorded as processed; if these come back unhandled, re-run with --forget-processed --database URL")
            }
        }
    }
}
