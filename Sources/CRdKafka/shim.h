// CRdKafka: the one C entry point into librdkafka (Debian librdkafka-dev 2.0.2).
// Only the `Kafka` module imports this. Helpers are prefixed `crdkafka_` and exist
// because the functions they wrap are variadic or macros, which do not import into Swift.
#ifndef CRDKAFKA_SHIM_H
#define CRDKAFKA_SHIM_H

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

/// Produces one message to an existing topic handle (wraps the variadic `rd_kafka_producev`).
/// The payload and key are copied. On success librdkafka owns `headers` (may be NULL);
/// on failure the caller still owns them.
static inline rd_kafka_resp_err_t crdkafka_produce(rd_kafka_t *rk,
                                                   rd_kafka_topic_t *rkt,
                                                   int32_t partition,
                                                   const void *key, size_t key_len,
                                                   const void *value, size_t value_len,
                                                   rd_kafka_headers_t *headers,
                                                   void *opaque) {
    if (headers == NULL) {
        /* The non-variadic call is cheaper when there are no headers. */
        if (rd_kafka_produce(rkt, partition, RD_KAFKA_MSG_F_COPY, (void *)value, value_len,
                             key, key_len, opaque) == -1)
            return rd_kafka_last_error();
        return RD_KAFKA_RESP_ERR_NO_ERROR;
    }
    return rd_kafka_producev(rk,
                             RD_KAFKA_V_RKT(rkt),
                             RD_KAFKA_V_PARTITION(partition),
                             RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                             RD_KAFKA_V_KEY(key, key_len),
                             RD_KAFKA_V_VALUE((void *)value, value_len),
                             RD_KAFKA_V_HEADERS(headers),
                             RD_KAFKA_V_OPAQUE(opaque),
                             RD_KAFKA_V_END);
}

/// `RD_KAFKA_PARTITION_UA` (unassigned: let the partitioner choose) as a value.
static inline int32_t crdkafka_partition_unassigned(void) { return RD_KAFKA_PARTITION_UA; }

/// `RD_KAFKA_OFFSET_INVALID` as a value.
static inline int64_t crdkafka_offset_invalid(void) { return RD_KAFKA_OFFSET_INVALID; }

#endif
