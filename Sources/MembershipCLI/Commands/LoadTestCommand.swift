import ArgumentParser
import Foundation
import Kafka
import Logging
import MembershipLoadTest
import MembershipOperations
import MembershipStore

/// `membership loadtest`: offers generated enrollment requests at a rate and measures the answers.
struct LoadTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loadtest",
        abstract: "Offer enrollment requests at a rate and measure throughput and latency of their results.",
        discussion: """
            Generates --requests enrollment requests (and their groups' contracts) from --seed, publishes \
            the contracts and waits for their results, then sends the requests on schedule (--rate N/s, \
            or max) to membership.enrollment-requests, matches every result on membership.enrollment-results \
            (and every dead letter) to its request, and reports counts, throughput and latency percentiles. \
            Latency runs from each request's scheduled send time to its first answer, so a stalled sender \
            or a backlog is charged to the requests that waited (no coordinated omission).

            Against a running system (a broker and enrollment-worker started separately) give --brokers or \
            KAFKA_BROKERS; --reset then needs --database or DATABASE_URL (stop the worker first). With \
            --embedded the broker, database and enrollment worker run in this process.

            Examples:
              membership loadtest --embedded --requests 20000 --rate 2000/s
              membership loadtest --embedded --database postgres://postgres@127.0.0.1:5432/bench --reset --json
              KAFKA_BROKERS=file:b.txt membership loadtest --requests 50000 --rate max --svg run.svg
              membership loadtest --embedded --file requests.replay --rate 1000/s
            """
    )

    @Option(help: "Requests to send (1-\(LoadTestWorkload.maximumGeneratedRequests); default 10,000, or every request of --file).")
    var requests: Int?

    @Option(help: "Play the requests (and group contracts) of a recording (`membership replay record`) instead of generating them.")
    var file: String?

    @Option(help: "Seed of the generated people and groups.")
    var seed: UInt64 = 42

    @Option(help: "Requests per second to offer, e.g. 2000 or 2000/s, or max.")
    var rate: String = "max"

    @Flag(help: "Run the development broker, the database and the enrollment worker in this process.")
    var embedded = false

    @Option(help: "Bootstrap servers host:port[,...] or file:PATH (default: $KAFKA_BROKERS). Not with --embedded.")
    var brokers: String?

    @Option(name: .customLong("database"), help: "sqlite:PATH or postgres://... (default: $DATABASE_URL; --embedded without either uses a fresh sqlite:membership-loadtest.sqlite).")
    var database: String?

    @Flag(help: "Empty the workers' tables first (reference data is kept).")
    var reset = false

    @Option(help: "Folder with the reference CSV files (--embedded).")
    var reference: String = "Reference"

    @Option(help: "Partitions per topic of the embedded broker.")
    var partitions: Int = 16

    @Option(help: "Messages per worker transaction (--embedded).")
    var batchSize: Int = 500

    @Option(help: "Once all requests are sent, give up after this many seconds without a new answer.")
    var timeout: Int = 30

    @Flag(help: "Print the report as one JSON object.")
    var json = false

    @Option(help: "Also write an SVG chart of latency and throughput over time to this file.")
    var svg: String?

    func validate() throws {
        if let requests, !(1...LoadTestWorkload.maximumGeneratedRequests).contains(requests) {
            throw ValidationError("--requests must be between 1 and \(LoadTestWorkload.maximumGeneratedRequests)")
        }
        _ = try parsedRate()
        guard partitions >= 1, batchSize >= 1, timeout >= 1 else { throw ValidationError("--partitions, --batch-size and --timeout must be positive") }
        if embedded, brokers != nil {
            throw ValidationError("--brokers names an external broker; --embedded starts its own: give one or the other")
        }
    }

    /// `2000`, `2000/s` or `max` (nil).
    func parsedRate() throws -> Double? {
        let text = rate.lowercased().trimmingCharacters(in: .whitespaces)
        if text == "max" { return nil }
        let number = text.hasSuffix("/s") ? String(text.dropLast(2)) : text
        guard let value = Double(number), value > 0, value.isFinite else {
            throw ValidationError("--rate \(rate): give requests per second (e.g. 2000 or 2000/s) or max")
        }
        return value
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let logLevel = environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .error
        let progress = Progress()
        let workload: LoadTestWorkload
        do {
            if let file {
                let records = try ReplayFile.read(path: file).records
                workload = try LoadTestWorkload.recorded(records, limit: requests)
                progress.say("read \(workload.requests.count) requests and \(workload.contracts.count) group contracts from \(file)")
            } else {
                workload = try LoadTestWorkload.generate(requests: requests ?? 10_000, seed: seed)
                progress.say("generated \(workload.requests.count) requests for \(workload.contracts.count) groups (seed \(seed))")
            }
        } catch {
            throw ValidationError("\(error)")
        }
        let gaps = GapWarningCounter()
        var configuration = LoadTestConfiguration(bootstrapServers: [], rate: try parsedRate())
        configuration.idleTimeout = .seconds(timeout)
        let report: LoadTestReport
        if embedded {
            let url = try embeddedDatabase(environment)
            var options = EmbeddedEnrollmentSystem.Options(database: url)
            options.referenceDirectory = reference
            options.partitions = partitions
            options.batchSize = batchSize
            options.reset = reset
            let base = configuration
            report = try await EmbeddedEnrollmentSystem.run(options, gaps: gaps, logLevel: logLevel) { bootstrap in
                progress.say("embedded broker at \(bootstrap), enrollment worker on \(Self.redacted(url))")
                var configuration = base
                configuration.bootstrapServers = [bootstrap]
                return try await Self.measure(workload, configuration, gaps: gaps, logLevel: logLevel, progress: progress)
            }
        } else {
            guard let list = brokers ?? environment["KAFKA_BROKERS"] else {
                throw ValidationError("no broker given: pass --brokers host:port or set KAFKA_BROKERS (e.g. file:b.txt written by "
                    + "`membership broker --bootstrap-file b.txt`), or use --embedded to run broker and worker in this process")
            }
            do {
                configuration.bootstrapServers = try KafkaClientConfiguration.bootstrapServers(from: list, variable: brokers == nil ? "KAFKA_BROKERS" : "--brokers")
            } catch {
                throw ValidationError(error.message)
            }
            if reset {
                guard let url = database ?? environment["DATABASE_URL"] else {
                    throw ValidationError("--reset needs the workers' database: pass --database URL or set DATABASE_URL")
                }
                try await MembershipStore.withStore(try StoreConfiguration(url: url)) { try await LoadTestReset.clear($0) }
                progress.say("emptied the workers' tables in \(Self.redacted(url))")
            }
            report = try await Self.measure(workload, configuration, gaps: gaps, logLevel: logLevel, progress: progress)
        }
        if let svg {
            try LoadTestChart.svg(report).write(toFile: svg, atomically: true, encoding: .utf8)
            progress.say("wrote \(svg)")
        }
        print(json ? try report.json() : report.render())
    }

    private static func measure(
        _ workload: LoadTestWorkload, _ configuration: LoadTestConfiguration, gaps: GapWarningCounter, logLevel: Logger.Level,
        progress: Progress
    ) async throws -> LoadTestReport {
        let runner = LoadTestRunner(configuration: configuration, gaps: gaps, logLevel: logLevel)
        do {
            return try await runner.run(workload) { state in
                switch state.phase {
                case .contracts:
                    break
                case .sending, .draining:
                    progress.say(String(
                        format: "%@ %d/%d sent, %d answered; last second p50 %.1f ms, p99 %.1f ms",
                        state.phase.rawValue, state.sent, state.total, state.answered,
                        state.recentP50Milliseconds, state.recentP99Milliseconds))
                }
            }
        } catch let error as LoadTestError {
            throw ValidationError(error.description)
        }
    }

    private func embeddedDatabase(_ environment: [String: String]) throws -> String {
        if let url = database ?? environment["DATABASE_URL"] { return url }
        let path = "membership-loadtest.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return "sqlite:\(path)"
    }

    private static func redacted(_ url: String) -> String {
        guard let at = url.lastIndex(of: "@"), let scheme = url.range(of: "://") else { return url }
        return String(url[..<scheme.upperBound]) + "***" + String(url[at...])
    }
}
