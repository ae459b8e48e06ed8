import MembershipEvents
import SwiftProtobuf
import Testing

/// One realistic message of the contract, named after its golden fixture file.
struct EventSample: Sendable, CustomTestStringConvertible {
    /// The fixture's base name, e.g. `EnrollmentRequest.add_subscriber`.
    let name: String
    let message: any SwiftProtobuf.Message

    var testDescription: String { name }

    /// The golden fixture's file name.
    var fixtureFileName: String { name + ".binpb" }
}

/// Fixed instants, so encodings are stable. 2026-11-02T17:42:05.125Z is when the sample requests
/// were received.
enum SampleTime {
    static func at(_ seconds: Int64, nanos: Int32 = 0) -> Google_Protobuf_Timestamp {
        Google_Protobuf_Timestamp(seconds: seconds, nanos: nanos)
    }

    static let requestReceived = at(1_793_641_325, nanos: 125_000_000)
    static let decided = at(1_793_641_380)
    static let billingRun = at(1_796_112_000)
}

enum EventSamples {
    /// Every sample, one per top-level message type and per variant of its `oneof`s.
    static let all: [EventSample] =
        groupSamples + enrollmentRequestSamples + enrollmentResultSamples + reviewCaseSamples
        + idCardSamples + billingSamples
}
