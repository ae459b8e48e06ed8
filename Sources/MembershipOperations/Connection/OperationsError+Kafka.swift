public import Kafka

extension OperationsError {
    /// The Kafka client's error as an operations message (the Kafka module's connection errors
    /// already name the next step).
    public init(_ error: KafkaError, while doing: String) {
        self.init("\(doing): \(error.message)")
    }
}
