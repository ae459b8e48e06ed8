import Foundation
import Kafka
import Logging
import MembershipDomain
import MembershipStore
import Metrics
import Prometheus
import ServiceLifecycle

/// What a worker executable plugs into the runtime: its handlers and timed tasks.
public struct WorkerParts: Sendable {
    public var handlers: [AnyMessageHandler]
    public var periodicTasks: [(name: String, interval: Duration, body: @Sendable (StoreTransaction) async throws -> [OutboxMessage])]

    public init(
        handlers: [AnyMessageHandler],
        periodicTasks: [(name: String, interval: Duration, body: @Sendable (StoreTransaction) async throws -> [OutboxMessage])] = []
    ) {
        self.handlers = handlers
        self.periodicTasks = periodicTasks
    }
}

/// What the runtime gives a worker to build its parts with.
public struct WorkerContext: Sendable {
    public var configuration: WorkerConfiguration
    public var store: MembershipStore
    public var logger: Logger
    /// The SSN protector from `PII_KEYS`, when keys are configured.
    public var ssnProtector: SSNProtector?
    /// The reference data of `REFERENCE_DIR`, also loaded into the database at start.
    public var referenceData: ReferenceData
    /// The plan's time zone (rule X1).
    public var planTimeZone: PlanTimeZone
}

/// Runs a worker process: configuration, logging, metrics, the store, the producer, one
/// ``ConsumerWorker`` and the worker's periodic tasks, until SIGTERM or SIGINT.
public enum WorkerApplication {
    /// Runs worker `name` and returns its exit code (0 after a graceful shutdown, 2 for a
    /// configuration error, 1 for a failure).
    ///
    /// With `--check-config` it validates the configuration, the PII keys, the reference data and the time
    /// zone, says so and exits (0 when valid, 2 when not) without connecting to anything: what a deployment
    /// pipeline runs against a manifest's environment before rolling it out.
    ///
    /// - Parameter requiresPIIKeys: the worker stores SSNs (only as keyed hashes), so `PII_KEYS` must be set.
    public static func run(
        name: String,
        requiresPIIKeys: Bool = false,
        build: @Sendable (WorkerContext) async throws -> WorkerParts
    ) async -> Int32 {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let checkOnly = arguments.contains("--check-config")
        arguments.removeAll { $0 == "--check-config" }
        let configuration: WorkerConfiguration
        do {
            configuration = try WorkerConfiguration.load(worker: name, arguments: arguments)
            if checkOnly {
                let checked = try validate(configuration, requiresPIIKeys: requiresPIIKeys)
                _ = try StoreConfiguration(url: configuration.databaseURL)
                print("\(name): configuration is valid: \(configuration.brokers.count) broker(s), database "
                      + "\(configuration.databaseURL.prefix { $0 != ":" }), \(configuration.piiKeys.count) PII key(s), "
                      + "\(checked.reference.plans.count) plans, time zone \(configuration.planTimeZone.identifier); nothing was contacted")
                return 0
            }
        } catch {
            if let configurationError = error as? ConfigurationError, let help = configurationError.help {
                print(help)
                return 0
            }
            FileHandle.standardError.write(Data("\(name): configuration error: \(error)\n".utf8))
            return 2
        }
        // A peer that closed its socket must be an error on that connection, not the end of the process.
        signal(SIGPIPE, SIG_IGN)
        let registry = PrometheusCollectorRegistry()
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler = configuration.jsonLogs ? JSONLogHandler(label: label) : StreamLogHandler.standardError(label: label)
            handler.logLevel = Logger.Level(rawValue: configuration.logLevel) ?? .info
            return handler
        }
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let logger = Logger(label: name)
        do {
            try await runServices(name: name, configuration: configuration, requiresPIIKeys: requiresPIIKeys, registry: registry, logger: logger, build: build)
            return 0
        } catch {
            // `String(reflecting:)`: PostgresNIO hides the server's message from `description` (it names the SQL state
            // and statement, never bound values, so no PII).
            logger.critical("\(name) stopped: \(String(reflecting: error))")
            return 1
        }
    }

    /// What the configuration yields before anything is contacted: the SSN protector, the reference data and
    /// the plan's time zone; throws what is wrong, naming the variable.
    private static func validate(_ configuration: WorkerConfiguration, requiresPIIKeys: Bool) throws
        -> (protector: SSNProtector?, reference: ReferenceData, zone: PlanTimeZone)
    {
        if requiresPIIKeys && configuration.piiKeys.isEmpty {
            throw ConfigurationError(
                variable: "PII_KEYS",
                message: "is required: SSNs are stored only as keyed hashes; set PII_KEYS=KEYID:HEXSECRET (32+ hex digits)")
        }
        let protector = try configuration.piiKeys.isEmpty ? nil : SSNProtector(
            keys: configuration.piiKeys.map { SSNProtector.Key(id: $0.id, secret: $0.secret) },
            currentKeyID: configuration.piiCurrentKey ?? configuration.piiKeys[0].id)
        let reference = try ReferenceData.read(directory: configuration.referenceDirectory)
        guard let zone = PlanTimeZone(identifier: configuration.planTimeZone.identifier) else {
            throw ConfigurationError(variable: "PLAN_TIME_ZONE", message: "is not a time zone the plan calendar knows")
        }
        return (protector, reference, zone)
    }

    private static func runServices(
        name: String,
        configuration: WorkerConfiguration,
        requiresPIIKeys: Bool,
        registry: PrometheusCollectorRegistry,
        logger: Logger,
        build: @Sendable (WorkerContext) async throws -> WorkerParts
    ) async throws {
        let store = try await MembershipStore.open(StoreConfiguration(url: configuration.databaseURL), logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await store.run() }
            defer { group.cancelAll() }
            if configuration.migrateOnStart {
                let applied = try await store.migrate()
                if !applied.isEmpty { logger.info("Applied migrations", metadata: ["versions": "\(applied)"]) }
            }
            let checked = try validate(configuration, requiresPIIKeys: requiresPIIKeys)
            try await ReferenceDataLoader(store: store).load(checked.reference)
            let parts = try await build(WorkerContext(
                configuration: configuration, store: store, logger: logger, ssnProtector: checked.protector,
                referenceData: checked.reference, planTimeZone: checked.zone))
            let producer = try await KafkaProducer(configuration: configuration.producer(), logger: logger)
            let metrics = WorkerMetrics(worker: name)
            let health = WorkerHealth()
            let now: @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }
            let relay = OutboxRelay(store: store, producer: producer, logger: logger, metrics: metrics, now: now)
            var services: [any Service] = []
            if let address = configuration.metricsAddress {
                services.append(HealthServer(host: address.host, port: address.port, health: health, registry: registry, logger: logger))
            }
            for task in parts.periodicTasks {
                services.append(PeriodicTask(name: task.name, interval: task.interval, store: store, relay: relay, logger: logger, body: task.body))
            }
            services.append(ConsumerWorker(
                name: name, consumer: configuration.consumer(), handlers: parts.handlers, store: store, relay: relay,
                metrics: metrics, health: health, logger: logger, closeTimeout: configuration.shutdownBudget / 2, now: now))
            let serviceGroup = ServiceGroup(configuration: ServiceGroupConfiguration(
                services: services.map { ServiceGroupConfiguration.ServiceConfiguration(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint],
                cancellationSignals: [],
                logger: logger))
            try await serviceGroup.run()
            await producer.close(timeout: .seconds(5))
            await store.close()
        }
    }
}
