import MembershipEvents
import SwiftProtobuf
import Testing

/// A newer producer may add fields (the compatibility rules allow adding, never changing). An older
/// worker must keep them when it decodes and re-encodes, e.g. when it relays or dead-letters a
/// record, so nothing a newer consumer needs is lost on the way.
@Suite("Unknown fields from a newer producer")
struct UnknownFieldTests {
    /// Field 50 (varint 3) inside add_subscriber: a field a newer AddSubscriber might add.
    static let nestedUnknown: [UInt8] = [0x90, 0x03, 0x03]
    /// Field 1000 (length-delimited "priority-lane") at the top level.
    static let topLevelUnknown: [UInt8] = [0xC2, 0x3E, 13] + Array("priority-lane".utf8)

    static func varint(_ value: Int) -> [UInt8] {
        var value = value
        var bytes: [UInt8] = []
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        return bytes + [UInt8(value)]
    }

    /// The bytes a newer producer would send: the sample request plus the two unknown fields.
    static func newerProducerBytes() throws -> [UInt8] {
        var envelope = EventSamples.addSubscriber
        guard case .addSubscriber(let action) = envelope.action else { throw CancellationError() }
        envelope.action = nil
        let nested: [UInt8] = try action.serializedBytes() + nestedUnknown
        return try envelope.serializedBytes() + [0x52] + varint(nested.count) + nested + topLevelUnknown
    }

    @Test("decoding keeps the known fields and stores the unknown ones")
    func decodeKeepsUnknownFields() throws {
        let request = try Membership_Enrollment_V1_EnrollmentRequest(serializedBytes: try Self.newerProducerBytes())
        #expect(request.eventID == "7c1e2f4a-9b3d-4c8e-a1f0-5d6b7e8c9a01")
        #expect(request.addSubscriber.subscriber.identity.name.lastName == "Gonzalez")
        #expect([UInt8](request.unknownFields.data) == Self.topLevelUnknown)
        #expect([UInt8](request.addSubscriber.unknownFields.data) == Self.nestedUnknown)
    }

    @Test("re-encoding writes the unknown fields back unchanged")
    func reencodeIsIdentical() throws {
        let original = try Self.newerProducerBytes()
        let request = try Membership_Enrollment_V1_EnrollmentRequest(serializedBytes: original)
        let reencoded: [UInt8] = try request.serializedBytes()
        #expect(reencoded == original)
    }

    @Test("an enum value added by a newer producer survives decode and re-encode")
    func unknownEnumValueSurvives() throws {
        var newer = EventSamples.paymentReceived
        newer.method = .UNRECOGNIZED(7)
        let bytes: [UInt8] = try newer.serializedBytes()
        let decoded = try Membership_Billing_V1_PaymentReceived(serializedBytes: bytes)
        #expect(decoded.method == .UNRECOGNIZED(7))
        #expect(decoded.method.rawValue == 7)
        #expect(try decoded.serializedBytes() == bytes)
    }

    @Test("JSON with a field this version does not know is refused by default and accepted when asked")
    func jsonUnknownFields() throws {
        let json = #"{"eventId":"f0e1d2c3-b4a5-4968-8776-655443322101","groupNumber":"G-104233","settlementBatch":"B-77"}"#
        #expect(throws: SwiftProtobuf.JSONDecodingError.self) {
            try Membership_Billing_V1_PaymentReceived(jsonString: json)
        }
        var options = JSONDecodingOptions()
        options.ignoreUnknownFields = true
        let payment = try Membership_Billing_V1_PaymentReceived(jsonString: json, options: options)
        #expect(payment.groupNumber == "G-104233")
    }
}
