import MembershipEvents
import SwiftProtobuf
import Testing

@Suite("Dead-letter headers")
struct DeadLetterMetadataTests {
    static let metadata = DeadLetterMetadata(
        errorCode: .undecodable,
        errorMessage: "value is not a membership.enrollment.v1.EnrollmentRequest: truncated message",
        originTopic: "membership.enrollment-requests",
        originPartition: 7,
        originOffset: 1_048_576,
        attempts: 1,
        worker: "enrollment-worker@node-2",
        time: Google_Protobuf_Timestamp(seconds: 1_793_641_325, nanos: 125_000_000)
    )

    @Test("the header names are defined once, in this order")
    func headerNames() {
        #expect(DeadLetterHeader.allCases.map(\.name) == [
            "dlq.error.code", "dlq.error.message", "dlq.origin.topic", "dlq.origin.partition",
            "dlq.origin.offset", "dlq.attempts", "dlq.worker", "dlq.time",
        ])
    }

    @Test("metadata is written as UTF-8 text values")
    func headerValues() {
        let headers = Self.metadata.headers
        #expect(headers.map(\.name) == DeadLetterHeader.allCases.map(\.name))
        #expect(headers.map(\.value) == [
            "UNDECODABLE",
            "value is not a membership.enrollment.v1.EnrollmentRequest: truncated message",
            "membership.enrollment-requests", "7", "1048576", "1", "enrollment-worker@node-2",
            "2026-11-02T17:42:05.125Z",
        ])
    }

    @Test("headers read back to the same metadata, ignoring the original record's own headers")
    func readBack() throws {
        var headers = Dictionary(uniqueKeysWithValues: Self.metadata.headers.map { ($0.name, $0.value) })
        headers["traceparent"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
        #expect(try DeadLetterMetadata(headers: headers) == Self.metadata)
    }

    @Test("a missing or malformed header is reported by name")
    func invalidHeaders() {
        var headers = Dictionary(uniqueKeysWithValues: Self.metadata.headers.map { ($0.name, $0.value) })
        headers["dlq.attempts"] = nil
        #expect(throws: DeadLetterMetadataError.missing(.attempts)) { try DeadLetterMetadata(headers: headers) }
        headers["dlq.attempts"] = "1"
        headers["dlq.origin.offset"] = "-x"
        #expect(throws: DeadLetterMetadataError.malformed(.originOffset, "-x")) {
            try DeadLetterMetadata(headers: headers)
        }
        headers["dlq.origin.offset"] = "12"
        headers["dlq.time"] = "yesterday"
        #expect(throws: DeadLetterMetadataError.malformed(.time, "yesterday")) {
            try DeadLetterMetadata(headers: headers)
        }
        #expect(DeadLetterMetadataError.missing(.worker).description == "dead-letter header dlq.worker is missing")
    }
}
