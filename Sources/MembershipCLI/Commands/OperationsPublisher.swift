import Kafka
import MembershipOperations

/// Sends a few records and waits for the broker's acknowledgement, with errors that say what to do.
enum OperationsPublisher {
    static func publish(_ messages: [KafkaProducerMessage], what: String, connection: BrokerOption) async throws {
        let settings = try connection.settings()
        let producer: KafkaProducer
        do {
            producer = try await KafkaProducer(configuration: settings.producerConfiguration, logger: connection.logger)
        } catch {
            throw OperationsError(error, while: "publishing \(what)")
        }
        let failures = await producer.send(messages).compactMap(\.error)
        await producer.close(timeout: .seconds(10))
        if let failure = failures.first {
            throw OperationsError("\(what) was not published: \(failure.message); check that \(messages[0].topic) exists (`membership topics list`)")
        }
    }
}
