import ArgumentParser
import Foundation
import Kafka
import Logging
import MembershipEvents
import MembershipStore
import SwiftProtobuf
import X12
import X12Enrollment

/// `membership ingest-834`: an X12 834 file in, enrollment requests out.
struct Ingest834Command: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest-834",
        abstract: "Validate an X12 834 enrollment file, publish its enrollment requests, write the 999 acknowledgment.",
        discussion: """
            Reads the file streaming (005010X220A1), checks its envelopes (ISA/GS/ST..SE/GE/IEA, control numbers \
            and counts) and members, and prints per member the request it maps to (021 add, 024 terminate or \
            cancel, 001 change, 025 reinstate, INS05 C COBRA), or every problem with its segment number and \
            element position. Then it publishes the requests of the accepted transaction sets to \
            membership.enrollment-requests, once: the database remembers each file by sender, interchange \
            control number and content hash. A full file (BGN08 4) or audit lines (030) are compared with what \
            is enrolled; the differences are printed, and published only with --apply. See Docs/X12-834.md.

            Exit status: 0 done (or nothing new to publish), 1 a usage or environment error, 2 the file has \
            problems (rejected sets publish nothing), 3 the control number was used before with other content.

            Examples:
              membership ingest-834 ACME20261101.x12 --dry-run
              membership ingest-834 ACME20261101.x12 --dry-run --json --ack ACME20261101.999
              KAFKA_BROKERS=file:b.txt membership ingest-834 ACME20261101.x12 --database sqlite:membership.sqlite
              membership ingest-834 FULL20261101.x12 --brokers kafka-1:9092 --apply
            """
    )

    @Argument(help: "The 834 file.")
    var file: String

    @Flag(help: "Validate and print what would be published; publish nothing and write nothing to the database.")
    var dryRun = false

    @Flag(help: "Print one JSON object per line (requests, problems, then a summary) instead of text.")
    var json = false

    @Option(help: "Write the 999 implementation acknowledgment to this file.")
    var ack: String?

    @Flag(help: "Publish the additions and terminations that reconciling a full file (BGN08 4) or audit lines (030) finds.")
    var apply = false

    @Flag(help: "Ingest a file whose sender and interchange control number were ingested before with other content.")
    var allowReusedControlNumber = false

    @Flag(help: "Only check the file (envelopes, members, mapping) and count its requests, in flat memory whatever its size; print the throughput. Implies --dry-run; no reconcile.")
    var validateOnly = false

    @Option(help: "Brokers: host:port[,host:port] or file:PATH (default: $KAFKA_BROKERS).")
    var brokers: String?

    @OptionGroup var database: DatabaseOption

    @Option(help: "The topic to publish to.")
    var topic: String = TopicName.enrollmentRequests

    @Option(help: "The plan's time zone: BGN03/BGN04 are local times there (rule X1).")
    var timeZone: String = "America/Los_Angeles"

    @Option(help: "ISA13/GS06 of the 999 (default: the 834's interchange control number).")
    var ackControlNumber: Int?

    func validate() throws {
        guard TimeZone(identifier: timeZone) != nil else {
            throw ValidationError("--time-zone \(timeZone) is not a time zone name; use e.g. America/Los_Angeles")
        }
    }

    func run() async throws {
        let name = URL(fileURLWithPath: file).lastPathComponent
        let mapper = EnrollmentRequestMapper(source: "834:" + name, timeZone: TimeZone(identifier: timeZone) ?? .gmt)
        let parsed: EnrollmentFile
        let clock = ContinuousClock()
        let started = clock.now
        do {
            parsed = try EnrollmentFileReader.read(path: file, mapper: mapper, retainingRequests: !validateOnly)
        } catch {
            throw ValidationError("cannot read \(file): \(error.localizedDescription); check the path and its permissions")
        }
        let elapsed = clock.now - started
        let output = Output(json: json)
        try writeAcknowledgment(parsed)
        if validateOnly {
            for problem in parsed.interchange.allProblems { output.problem(problem) }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let megabytes = Double(parsed.interchange.byteCount) / 1_000_000
            let count = parsed.sets.reduce(0) { $0 + $1.requestCount }
            let status = summary(parsed, incomplete: !parsed.interchange.problems.isEmpty)
                + String(format: "; %d requests; read %.1f MB in %.2f s (%.1f MB/s); validate only: nothing published", count,
                         megabytes, seconds, seconds > 0 ? megabytes / seconds : 0)
            output.summary(status, parsed: parsed, requests: count)
            if parsed.hasProblems {
                output.say("the file has problems: fix them (the 999 tells the sender the same) and send a corrected file")
                throw ExitCode(2)
            }
            return
        }

        for problem in parsed.interchange.allProblems { output.problem(problem) }
        let incomplete = !parsed.interchange.problems.isEmpty
        var requests = incomplete ? [] : parsed.requests
        var reconcileRequests: [PlannedRequest] = []
        if !incomplete, parsed.sets.contains(where: \.needsReconcile) {
            reconcileRequests = try await reconcile(parsed, mapper: mapper, output: output)
        }
        if apply { requests += reconcileRequests }

        let publishing = !dryRun && !requests.isEmpty
        for request in requests { output.request(request, published: publishing) }
        if !apply {
            for request in reconcileRequests { output.request(request, published: false, note: "with --apply") }
        }

        var status = summary(parsed, incomplete: incomplete)
        if publishing {
            status = try await publish(requests, of: parsed, name: name)
        } else if dryRun {
            status += "; dry run: nothing published"
        }
        output.summary(status, parsed: parsed, requests: requests.count)
        if parsed.hasProblems {
            let next = incomplete
                ? "the file is incomplete or not an 834: nothing was published; ask the sender for a complete file"
                : "rejected transaction sets published nothing; fix the problems above (the 999 tells the sender the same) and send a corrected file with a new control number"
            output.say(next)
            throw ExitCode(2)
        }
    }

    // MARK: Steps

    private func writeAcknowledgment(_ parsed: EnrollmentFile) throws {
        guard let ack else { return }
        let now = Date()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: now)
        guard let date = X12Date(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) else { return }
        let time = String(format: "%02d%02d", parts.hour ?? 0, parts.minute ?? 0)
        let control = ackControlNumber ?? parsed.controlNumber.flatMap { Int($0) } ?? 1
        guard let text = ImplementationAcknowledgment(controlNumber: control, date: date, time: time).render(parsed.interchange) else {
            FileHandle.standardError.write(Data("no 999 written: the file has no readable ISA segment, so there is no sender to acknowledge\n".utf8))
            return
        }
        do {
            try text.write(toFile: ack, atomically: true, encoding: .utf8)
        } catch {
            throw ValidationError("cannot write --ack \(ack): \(error.localizedDescription); check that its folder exists and is writable")
        }
    }

    private func reconcile(_ parsed: EnrollmentFile, mapper: EnrollmentRequestMapper, output: Output) async throws -> [PlannedRequest] {
        var planned: [PlannedRequest] = []
        let configuration = try database.configuration()
        do {
            try await MembershipStore.withStore(configuration, logger: quietLogger("membership.store")) { store in
                guard try await store.schemaVersion() >= 1 else {
                    throw ValidationError("the database \(database.resolved) has no schema: run `membership migrate` (and the workers) first")
                }
                for set in parsed.sets where set.needsReconcile {
                    guard let date = set.reconcileDate else { continue }
                    let groups = Array(Set(set.roster.map(\.groupNumber))).sorted()
                    let coverages = try await store.readTransaction { tx in
                        try await tx.coverages.enrolledCoverages(groupNumbers: groups, asOf: date.description)
                    }
                    let enrolled = coverages.map {
                        EnrolledMember(groupNumber: $0.groupNumber, subscriberRef: $0.subscriberRef, memberID: $0.memberID,
                                       upstreamMemberID: $0.upstreamMemberID, isSubscriber: $0.relationship == "subscriber")
                    }
                    let result = Reconciliation(set: set, enrolled: enrolled, mapper: mapper)
                    for member in result.unmatched {
                        output.say("reconcile: member \(member.memberID) of family \(member.subscriberRef) has no upstream member id, so no line of the file can name it: check it by hand")
                    }
                    planned += result.requests
                }
            }
        } catch let error as ValidationError {
            throw error
        } catch {
            throw ValidationError("reconciling a full file needs the database (\(database.resolved)): \(error); pass --database or set DATABASE_URL")
        }
        for index in planned.indices {
            planned[index].request.eventID = parsed.eventID(for: planned[index], ordinal: 1_000_000 + index)
        }
        return planned
    }

    private func publish(_ requests: [PlannedRequest], of parsed: EnrollmentFile, name: String) async throws -> String {
        guard let sender = parsed.sender, let control = parsed.controlNumber else { return "nothing to publish" }
        guard let value = brokers ?? ProcessInfo.processInfo.environment["KAFKA_BROKERS"] else {
            throw ValidationError("no brokers: pass --brokers host:port or set KAFKA_BROKERS (e.g. file:b.txt from `membership broker --bootstrap-file b.txt`), or use --dry-run")
        }
        let servers = try KafkaClientConfiguration.bootstrapServers(from: value, variable: brokers == nil ? "KAFKA_BROKERS" : "--brokers")
        let configuration = try database.configuration()
        return try await MembershipStore.withStore(configuration, logger: quietLogger("membership.store")) { store in
            try await store.migrate()
            let earlier = try await store.readTransaction { tx in
                try await tx.interchanges.interchanges(sender: sender, controlNumber: control)
            }
            if let same = earlier.first(where: { $0.contentSHA256 == parsed.contentSHA256 }) {
                return "already ingested (\(same.fileName), \(same.requestCount) requests): nothing new published"
            }
            if let other = earlier.first, !allowReusedControlNumber {
                FileHandle.standardError.write(Data("""
                    refused: sender \(sender) already sent interchange control number \(control) with other content \
                    (\(other.fileName), SHA-256 \(other.contentSHA256.prefix(12))...). Ask the sender for a new ISA13; if this \
                    really is a different file, run again with --allow-reused-control-number.

                    """.utf8))
                throw ExitCode(3)
            }
            var producerConfiguration = KafkaProducerConfiguration(bootstrapServers: servers)
            producerConfiguration.deliveryTimeout = .seconds(30)
            let producer = try await KafkaProducer(configuration: producerConfiguration, logger: quietLogger("membership.ingest-834"))
            let messages = try requests.map {
                KafkaProducerMessage(topic: topic, key: $0.recordKey, value: try $0.request.serializedBytes())
            }
            let failed = await producer.send(messages).compactMap(\.error)
            await producer.close(timeout: .seconds(5))
            if let first = failed.first {
                throw ValidationError("""
                    \(failed.count) of \(messages.count) requests were not delivered to \(servers.joined(separator: ",")): \
                    \(first.message). Nothing was recorded: run the same command again (event ids come from the file, \
                    so the enrollment worker ignores the requests that did get through)
                    """)
            }
            // Recorded only after every delivery: a crash before this line publishes again next time, and the
            // worker drops the repeats by event id.
            try await store.transaction { tx in
                try await tx.interchanges.record(IngestedInterchange(
                    sender: sender, controlNumber: control, contentSHA256: parsed.contentSHA256, fileName: name,
                    requestCount: Int64(requests.count), ingestedAt: Int64(Date().timeIntervalSince1970 * 1000)))
            }
            return "published \(requests.count) requests to \(topic)"
        }
    }

    private func summary(_ parsed: EnrollmentFile, incomplete: Bool) -> String {
        let header = parsed.interchange.header
        let sets = parsed.sets.count
        let accepted = parsed.sets.filter(\.result.isAccepted).count
        let members = parsed.sets.reduce(0) { $0 + $1.memberCount }
        var text = "834 \(file): "
        if let header { text += "sender \(header.sender), control number \(header.controlNumber), " }
        text += "\(sets) transaction set\(sets == 1 ? "" : "s") (\(accepted) accepted), \(members) member\(members == 1 ? "" : "s")"
        if incomplete { text += ", file rejected" }
        return text
    }

    private func quietLogger(_ label: String) -> Logger {
        var logger = Logger(label: label)
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .error
        return logger
    }

    /// Prints requests, problems and the summary as text or JSON lines.
    struct Output {
        let json: Bool

        func request(_ request: PlannedRequest, published: Bool, note: String? = nil) {
            if json {
                print(request.jsonLine(published: published))
            } else {
                print(request.textLine + (note.map { "  (\($0))" } ?? ""))
            }
        }

        func problem(_ problem: X12Problem) {
            if json {
                print(problem.jsonLine)
            } else {
                print("error: \(problem)")
            }
        }

        func summary(_ text: String, parsed: EnrollmentFile, requests: Int) {
            if json {
                var object: [String: Any] = [
                    "summary": text, "sets": parsed.sets.count, "accepted_sets": parsed.sets.filter(\.result.isAccepted).count,
                    "requests": requests, "problems": parsed.interchange.allProblems.count, "content_sha256": parsed.contentSHA256,
                ]
                if let sender = parsed.sender { object["sender"] = sender }
                if let control = parsed.controlNumber { object["control_number"] = control }
                if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) {
                    print(String(decoding: data, as: UTF8.self))
                }
            } else {
                print(text)
            }
        }

        func say(_ text: String) {
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }
}
