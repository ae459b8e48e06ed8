import MembershipEvents
import SwiftProtobuf
import Testing

@Suite("Round trips of every message type")
struct RoundTripTests {
    @Test("binary encoding decodes to an equal message", arguments: EventSamples.all)
    func binaryRoundTrip(sample: EventSample) throws {
        let bytes: [UInt8] = try sample.message.serializedBytes()
        let decoded = try type(of: sample.message).init(serializedBytes: bytes)
        #expect(decoded.isEqualTo(message: sample.message))
        // A sample without content would make the equality above trivial.
        #expect(bytes.count > 40)
    }

    @Test("canonical JSON decodes to an equal message", arguments: EventSamples.all)
    func jsonRoundTrip(sample: EventSample) throws {
        let json = try sample.message.jsonString()
        let decoded = try type(of: sample.message).init(jsonString: json)
        #expect(decoded.isEqualTo(message: sample.message))
    }

    @Test("JSON uses the canonical mapping: lowerCamel names, enum names, RFC 3339 times, int64 as strings")
    func jsonShape() throws {
        let json = try EventSamples.paymentReceived.jsonString()
        #expect(json.contains(#""eventId":"f0e1d2c3-b4a5-4968-8776-655443322101""#))
        #expect(json.contains(#""occurredAt":"2026-12-11T14:40:00Z""#))
        #expect(json.contains(#""amountCents":"121417""#))
        #expect(json.contains(#""method":"PAYMENT_METHOD_ACH""#))
        #expect(json.contains(#""receivedDate":{"year":2026,"month":12,"day":11}"#))
    }

    @Test("hand-written JSON, as the CLI accepts it, decodes to the expected request")
    func handWrittenJSON() throws {
        let json = """
            {
              "eventId": "5f0c8a52-1d3e-4b7a-9c6f-2e8d4a1b3c90",
              "occurredAt": "2026-11-02T17:42:05.125Z",
              "source": "membership-cli",
              "groupNumber": "G-104233",
              "subscriberRef": "E-5521",
              "terminate": {
                "members": { "memberId": "M-0004183" },
                "coverageEndDate": { "year": 2027, "month": 6, "day": 4 },
                "reason": "TERMINATION_REASON_DIVORCE_OR_PARTNERSHIP_ENDED"
              }
            }
            """
        let request = try Membership_Enrollment_V1_EnrollmentRequest(jsonString: json)
        guard case .terminate(let terminate) = request.action else {
            Issue.record("expected a terminate action, got \(String(describing: request.action))")
            return
        }
        #expect(terminate.members.memberID == "M-0004183")
        #expect(terminate.coverageEndDate == .init(year: 2027, month: 6, day: 4))
        #expect(terminate.reason == .divorceOrPartnershipEnded)
        #expect(request.occurredAt == Google_Protobuf_Timestamp(seconds: 1_793_641_325, nanos: 125_000_000))
    }
}
