import CRdKafka

/// Builds an `rd_kafka_conf_t` from properties; the only place properties reach librdkafka.
enum RDKafkaConfig {
    /// A new configuration with every property set, or an error naming the first property
    /// librdkafka rejected (unknown name or invalid value).
    static func make(_ properties: [(String, String)]) throws(KafkaError) -> OpaquePointer {
        guard let conf = rd_kafka_conf_new() else {
            throw KafkaError(code: .configuration, message: "librdkafka could not allocate a configuration")
        }
        var errorText = [CChar](repeating: 0, count: 512)
        for (name, value) in properties {
            let result = rd_kafka_conf_set(conf, name, value, &errorText, errorText.count)
            guard result == RD_KAFKA_CONF_OK else {
                rd_kafka_conf_destroy(conf)
                let reason = errorText.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
                let what = result == RD_KAFKA_CONF_UNKNOWN ? "unknown property" : "invalid value"
                throw KafkaError(
                    code: .configuration,
                    message: "Kafka property '\(name)': \(what) '\(value)' (\(reason)); "
                        + "see librdkafka's CONFIGURATION.md for valid properties and values"
                )
            }
        }
        return conf
    }
}
