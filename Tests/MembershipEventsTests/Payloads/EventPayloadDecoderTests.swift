import MembershipEvents
import SwiftProtobuf
import Testing

/// Poison values as the workers' first step sees them: each is refused with a precise code and a reason
/// that names the field, while real messages (also from a newer producer) decode.
@Suite("Event payload decoder: precise reasons for poison values")
struct EventPayloadDecoderTests {
    static let decoder = EventPayloadDecoder()

    /// The message types the workers consume, with one valid sample each.
    static let inputs: [(topic: EventTopic, sample: any SwiftProtobuf.Message)] = [
        (.groupContracts, EventSamples.groupContractSetup),
        (.enrollmentRequests, EventSamples.addSubscriber),
        (.idCardRequests, EventSamples.cardRequestMessage),
        (.billingCycles, EventSamples.billingCycleOneGroup),
        (.payments, EventSamples.paymentReceived),
    ]

    static func defect(_ bytes: [UInt8], as topic: EventTopic, decoder: EventPayloadDecoder = decoder) -> PayloadDefect? {
        do {
            _ = try decoder.decode(topic.valueType, from: bytes)
            return nil
        } catch {
            return error
        }
    }

    static func serialized(_ message: any SwiftProtobuf.Message) throws -> [UInt8] {
        try message.serializedBytes()
    }

    @Test("every worker input decodes its own sample", arguments: [0, 1, 2, 3, 4])
    func validSamplesDecode(index: Int) throws {
        let (topic, sample) = Self.inputs[index]
        #expect(Self.defect(try Self.serialized(sample), as: topic) == nil)
    }

    @Test("another topic's message is named as such, for every pair of worker inputs and every published event")
    func wrongMessageType() throws {
        let others: [(EventTopic, any SwiftProtobuf.Message)] = Self.inputs + [
            (.enrollmentResults, EventSamples.resultRejected), (.reviewCases, EventSamples.reviewCaseOpened),
            (.idCardMailings, EventSamples.envelope), (.invoices, EventSamples.invoiceIssuedMessage),
        ]
        var named = 0
        var pairs = 0
        for (target, _) in Self.inputs {
            for (source, sample) in others where source != target {
                pairs += 1
                let defect = Self.defect(try Self.serialized(sample), as: target)
                // Some pairs are indistinguishable on the wire (the other type's fields are a subset of the
                // target's with the same numbers and types); those may decode and fail on required fields.
                if defect?.code == .wrongMessageType {
                    named += 1
                    #expect(defect?.reason.contains("(the message of \(source.defaultName))") == true)
                    #expect(defect?.reason.contains(target.valueType.protoMessageName) == true)
                }
            }
        }
        #expect(pairs == 40)
        // Every pair is recognized on this contract: the samples' field layouts differ after field 3.
        #expect(named == 40)
    }

    @Test("a payment sent to the enrollment requests is named a PaymentReceived")
    func paymentAsEnrollmentRequest() throws {
        let defect = Self.defect(try Self.serialized(EventSamples.paymentReceived), as: .enrollmentRequests)
        #expect(defect == PayloadDefect(
            .wrongMessageType,
            "the value is a membership.billing.v1.PaymentReceived (the message of membership.payments), "
                + "not a membership.enrollment.v1.EnrollmentRequest"))
    }

    @Test("a truncated message is TRUNCATED, at every cut that ends inside a field", arguments: [0, 1, 2, 3, 4])
    func truncated(index: Int) throws {
        let (topic, sample) = Self.inputs[index]
        let bytes = try Self.serialized(sample)
        // Cutting the last byte always ends inside the last field.
        let defect = Self.defect(Array(bytes.dropLast()), as: topic)
        #expect(defect?.code == .truncated)
        #expect(defect?.reason.hasPrefix("the value ends inside a field") == true)
    }

    @Test("bytes that are not protobuf are UNDECODABLE or TRUNCATED, with the reason", arguments: [
        ([0xFF, 0xFF, 0xFF], EventTopic.payments, DeadLetterErrorCode.undecodable,
         "the value is not a protobuf encoding of membership.billing.v1.PaymentReceived (malformed field tag, wire type or length)"),
        (Array("definitely not protobuf \u{1}\u{2}".utf8), .groupContracts, .undecodable,
         "the value is not a protobuf encoding of membership.groups.v1.GroupContract (malformed field tag, wire type or length)"),
        // Field 1 is the event id, a string, in every event: here it is not UTF-8.
        ([0x0A, 0x02, 0xC3, 0x28], .enrollmentRequests, .undecodable,
         "a string field of the value is not valid UTF-8, so it is not a membership.enrollment.v1.EnrollmentRequest"),
        // In the ID-card wrapper field 1 is a message: its bytes open a group that never ends.
        ([0x0A, 0x02, 0xC3, 0x28], .idCardRequests, .truncated,
         "the value ends inside a field: a truncated membership.idcard.v1.IdCardRequestsMessage or not protobuf"),
        // Field 1 says 100 bytes follow; 2 do.
        ([0x0A, 0x64, 0x41, 0x42], .billingCycles, .truncated,
         "the value ends inside a field: a truncated membership.billing.v1.BillingCycleRequest or not protobuf"),
        ([0x07], .payments, .undecodable,  // field 0 with wire type 7: neither exists
         "the value is not a protobuf encoding of membership.billing.v1.PaymentReceived (malformed field tag, wire type or length)"),
    ] as [([UInt8], EventTopic, DeadLetterErrorCode, String)])
    func garbage(bytes: [UInt8], topic: EventTopic, code: DeadLetterErrorCode, reason: String) {
        #expect(Self.defect(bytes, as: topic) == PayloadDefect(code, reason))
    }

    @Test("seeded random bytes never decode as a usable event without a reason")
    func randomBytes() {
        var generator = SplitMix(seed: 0x5EED)
        var refused = 0
        for _ in 0..<2_000 {
            let count = Int(generator.next() % 200) + 1
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            if let defect = Self.defect(bytes, as: .enrollmentRequests) {
                refused += 1
                #expect(!defect.reason.isEmpty)
            }
        }
        // Random bytes nearly never form valid protobuf of any length.
        #expect(refused > 1_900)
    }

    @Test("an oversized field is FIELD_TOO_LARGE, naming the field's path and size")
    func oversizedField() throws {
        var request = EventSamples.addSubscriber
        request.addSubscriber.subscriber.identity.name.lastName = String(repeating: "x", count: 5_000)
        let defect = Self.defect(try Self.serialized(request), as: .enrollmentRequests)
        #expect(defect == PayloadDefect(
            .fieldTooLarge, "add_subscriber.subscriber.identity.name.last_name is 5000 bytes; the limit is 4096"))
        var payment = EventSamples.paymentReceived
        payment.reference = String(repeating: "r", count: 70_000)
        #expect(Self.defect(try Self.serialized(payment), as: .payments)
            == PayloadDefect(.fieldTooLarge, "reference is 70000 bytes; the limit is 4096"))
    }

    @Test("an unknown enum value is UNKNOWN_ENUM_VALUE naming the field, or accepted when the handler decides")
    func unknownEnumValue() throws {
        var payment = EventSamples.paymentReceived
        payment.method = .UNRECOGNIZED(17)
        let bytes = try Self.serialized(payment)
        #expect(Self.defect(bytes, as: .payments) == PayloadDefect(.unknownEnumValue, "method has the unknown enum value 17"))
        #expect(Self.defect(bytes, as: .payments, decoder: EventPayloadDecoder(unknownEnumValues: .accept)) == nil)

        var request = EventSamples.addDependent
        request.addDependent.relationship = .UNRECOGNIZED(42)
        #expect(Self.defect(try Self.serialized(request), as: .enrollmentRequests)
            == PayloadDefect(.unknownEnumValue, "add_dependent.relationship has the unknown enum value 42"))

        var contract = EventSamples.groupContractSetup
        contract.riders = [.UNRECOGNIZED(9)]
        #expect(Self.defect(try Self.serialized(contract), as: .groupContracts)
            == PayloadDefect(.unknownEnumValue, "riders has the unknown enum value 9"))

        var card = EventSamples.cardRequestMessage
        card.cardRequest.reason = .UNRECOGNIZED(12)
        #expect(Self.defect(try Self.serialized(card), as: .idCardRequests)
            == PayloadDefect(.unknownEnumValue, "card_request.reason has the unknown enum value 12"))
    }

    @Test("an instant outside the years 1900-2199 is INVALID_FIELD naming the field (fuzzing found one crashing a worker)",
          arguments: [(4_000_000_000_000, 0), (7_258_118_400, 0), (-2_208_988_801, 0), (1_768_068_000, -1),
                      (1_768_068_000, 1_000_000_000), (Int64.max, 0), (Int64.min, 0)] as [(Int64, Int32)])
    func instantOutOfRange(seconds: Int64, nanos: Int32) throws {
        let instant = Google_Protobuf_Timestamp(seconds: seconds, nanos: nanos)
        var request = EventSamples.addSubscriber
        request.occurredAt = instant
        var contract = EventSamples.groupContractSetup
        contract.occurredAt = instant
        var payment = EventSamples.paymentReceived
        payment.occurredAt = instant
        var cycle = EventSamples.billingCycleOneGroup
        cycle.occurredAt = instant
        var card = EventSamples.cardRequestMessage
        card.cardRequest.occurredAt = instant
        let cases: [(EventTopic, any SwiftProtobuf.Message, String)] = [
            (.enrollmentRequests, request, "occurred_at"), (.groupContracts, contract, "occurred_at"),
            (.payments, payment, "occurred_at"), (.billingCycles, cycle, "occurred_at"),
            (.idCardRequests, card, "card_request.occurred_at"),
        ]
        for (topic, message, field) in cases {
            #expect(Self.defect(try Self.serialized(message), as: topic)
                == PayloadDefect(.invalidField, "\(field) is not an instant between the years 1900 and 2199"), "\(topic)")
        }
    }

    @Test("the first and last accepted instants pass")
    func instantBounds() throws {
        for seconds: Int64 in [-2_208_988_800, 7_258_118_399] {
            var payment = EventSamples.paymentReceived
            payment.occurredAt = Google_Protobuf_Timestamp(seconds: seconds, nanos: 999_999_999)
            #expect(Self.defect(try Self.serialized(payment), as: .payments) == nil)
        }
    }

    @Test("a newer producer's extra fields are not poison (forward compatibility)")
    func newerProducer() throws {
        let bytes = try UnknownFieldTests.newerProducerBytes()
        let request = try Self.decoder.decode(Membership_Enrollment_V1_EnrollmentRequest.self, from: bytes)
        #expect(request.eventID == "7c1e2f4a-9b3d-4c8e-a1f0-5d6b7e8c9a01")
    }

    @Test("the reasons never contain the value of a field")
    func noValuesInReasons() throws {
        var request = EventSamples.addSubscriber
        request.addSubscriber.subscriber.identity.ssn = String(repeating: "9", count: 4_100)
        let defect = try #require(Self.defect(try Self.serialized(request), as: .enrollmentRequests))
        #expect(defect.reason == "add_subscriber.subscriber.identity.ssn is 4100 bytes; the limit is 4096")
        #expect(!defect.reason.contains("9999"))
    }
}

/// A small deterministic generator (SplitMix64), so the random-bytes test is the same on every run.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
