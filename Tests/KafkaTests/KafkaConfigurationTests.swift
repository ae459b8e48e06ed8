import Kafka
import Logging
import Testing

@Suite("Kafka configuration errors fail fast and name the property")
struct KafkaConfigurationTests {
    @Test("an unknown property is rejected with its name")
    func unknownProperty() async throws {
        var configuration = KafkaProducerConfiguration(bootstrapServers: ["127.0.0.1:1"])
        configuration.client.properties["no.such.property"] = "1"
        let error = await #expect(throws: KafkaError.self) {
            _ = try await KafkaProducer(configuration: configuration, logger: Logger(label: "test"))
        }
        #expect(error?.code == .configuration)
        #expect(error?.message.contains("no.such.property") == true)
    }

    @Test("an invalid value is rejected with the property's name")
    func invalidValue() async throws {
        var configuration = KafkaConsumerConfiguration(bootstrapServers: ["127.0.0.1:1"], groupID: "g")
        configuration.client.properties["session.timeout.ms"] = "soon"
        let error = await #expect(throws: KafkaError.self) {
            _ = try await KafkaConsumer(configuration: configuration, logger: Logger(label: "test"))
        }
        #expect(error?.code == .configuration)
        #expect(error?.message.contains("session.timeout.ms") == true)
    }

    @Test("an unreachable bootstrap fails within the connect timeout, naming bootstrap.servers")
    func unreachableBootstrap() async throws {
        var configuration = KafkaProducerConfiguration(bootstrapServers: ["127.0.0.1:1"])
        configuration.client.connectTimeout = .seconds(2)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let clock = ContinuousClock()
        let started = clock.now
        let error = await #expect(throws: KafkaError.self) {
            _ = try await KafkaProducer(configuration: configuration, logger: logger)
        }
        #expect(error?.code == .connection)
        #expect(error?.message.contains("bootstrap.servers=127.0.0.1:1") == true)
        #expect(clock.now - started < .seconds(10))
    }
}
