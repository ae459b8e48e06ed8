import CRdKafka
import Dispatch

/// The narrow box around an `rd_kafka_t`. librdkafka's handle is thread-safe, which is what makes
/// the `@unchecked Sendable` sound; the box owns the handle and destroys it exactly once.
final class RDKafkaHandle: @unchecked Sendable {
    let pointer: OpaquePointer
    let events: RDKafkaEvents
    let kind: rd_kafka_type_t

    /// Creates a client of `kind` from `properties`; `configure` may install more callbacks.
    init(
        kind: rd_kafka_type_t,
        properties: [(String, String)],
        events: RDKafkaEvents,
        configure: (OpaquePointer) -> Void = { _ in }
    ) throws(KafkaError) {
        let conf = try RDKafkaConfig.make(properties)
        events.install(on: conf)
        configure(conf)
        var errorText = [CChar](repeating: 0, count: 512)
        guard let pointer = rd_kafka_new(kind, conf, &errorText, errorText.count) else {
            rd_kafka_conf_destroy(conf)
            let reason = errorText.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw KafkaError(code: .configuration, message: "Kafka client could not start: \(reason)")
        }
        self.pointer = pointer
        self.events = events
        self.kind = kind
    }

    /// Asks the cluster for its metadata; throws ``KafkaError/Code-swift.struct/connection`` naming
    /// `bootstrap.servers` if no broker answers within `timeout`. Blocks: call it off the
    /// cooperative pool (see ``BlockingCall``).
    func checkConnection(bootstrapServers: [String], timeout: Duration) throws(KafkaError) {
        var metadata: UnsafePointer<rd_kafka_metadata>?
        let err = rd_kafka_metadata(pointer, 0, nil, &metadata, Int32(timeout.milliseconds))
        if let metadata { rd_kafka_metadata_destroy(metadata) }
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw KafkaError(
                code: .connection,
                message: "no Kafka broker reachable at bootstrap.servers=\(bootstrapServers.joined(separator: ",")) "
                    + "within \(timeout) (\(String(cString: rd_kafka_err2str(err)))); start one with "
                    + "`membership broker --bootstrap-file b.txt` and set KAFKA_BROKERS=file:b.txt",
                isRetriable: true
            )
        }
    }

    /// Destroys the handle. `flags` are `RD_KAFKA_DESTROY_F_*`.
    func destroy(flags: Int32 = 0) {
        rd_kafka_destroy_flags(pointer, flags)
    }
}

/// Runs blocking C calls on threads outside Swift's cooperative pool, so a slow broker never
/// starves the async tasks of the process.
enum BlockingCall {
    private static let queue = DispatchQueue(label: "kafka.blocking", attributes: .concurrent)

    static func run<T: Sendable, E: Error>(_ body: @escaping @Sendable () throws(E) -> T) async throws(E) -> T {
        let result: Result<T, E> = await withCheckedContinuation { continuation in
            queue.async {
                do throws(E) {
                    continuation.resume(returning: .success(try body()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }
}
