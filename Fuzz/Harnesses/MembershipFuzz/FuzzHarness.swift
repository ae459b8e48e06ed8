import Foundation
import MembershipDomain
import MembershipEvents
import MembershipStore
import MembershipWorkers
import WorkerRuntime
import X12

/// One fuzzing harness: an input is handed to the real decoding and validation code of one topic's
/// handler, or to the reference-data CSV parsers. Only a crash (trap, overflow, sanitizer report)
/// is a finding; rejecting the input with an error is the expected outcome for most inputs.
enum FuzzHarness: String, CaseIterable {
    /// `EnrollmentRequestHandler.decode`: protobuf decoding, envelope checks, mapping to the domain and
    /// field validation of `membership.enrollment-requests`.
    case enrollmentRequests = "enrollment-requests"
    /// `GroupContractHandler.decode` (`membership.group-contracts`).
    case groupContracts = "group-contracts"
    /// `CardRequestHandler.decode` (`membership.idcard-requests`).
    case idCardRequests = "idcard-requests"
    /// `BillingCycleHandler.decode` (`membership.billing-cycles`).
    case billingCycles = "billing-cycles"
    /// `PaymentHandler.decode` (`membership.payments`).
    case payments
    /// The five reference CSV parsers of `ReferenceData`, each given the input as its file.
    case referenceCSV = "reference-csv"
    /// The X12 834 reader: envelopes, segments and members, fed in two chunks split where the first byte says
    /// (a file arrives in arbitrary chunks).
    case x12834 = "x12-834"

    /// Loads what the harness needs (reference data, handlers) before the first input.
    func prepare() {
        _ = FuzzFixtures.shared
    }

    /// Runs one input.
    func run(_ bytes: [UInt8]) {
        let fixtures = FuzzFixtures.shared
        switch self {
        case .enrollmentRequests: Self.decode(bytes, with: fixtures.enrollment.requests)
        case .groupContracts: Self.decode(bytes, with: fixtures.enrollment.groupContracts)
        case .idCardRequests: Self.decode(bytes, with: fixtures.idCards.requests)
        case .billingCycles: Self.decode(bytes, with: fixtures.billing.cycles)
        case .payments: Self.decode(bytes, with: fixtures.billing.payments)
        case .referenceCSV: Self.parseReference(bytes, fixtures: fixtures)
        case .x12834: Self.read834(bytes)
        }
    }

    private static func decode<Handler: MessageHandler>(_ bytes: [UInt8], with handler: Handler) {
        let message = IncomingMessage(topic: handler.topic, partition: 0, offset: 0, key: nil, value: bytes)
        do {
            let decoded = try handler.decode(message)
            // A decoded event always has the event id its dead letters and idempotency depend on.
            precondition(!decoded.eventID.isEmpty, "\(handler.topic): decoded an event without an event id")
        } catch {
            // A dead letter's reason is published in a header: it must be non-empty text.
            precondition(!error.code.isEmpty && !error.reason.isEmpty, "\(handler.topic): dead letter without a reason")
        }
    }

    private static func parseReference(_ bytes: [UInt8], fixtures: FuzzFixtures) {
        // The parsers take text, as the loader reads it: invalid UTF-8 never reaches them.
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        _ = try? ReferenceData.parseAgeCurve(text)
        _ = try? ReferenceData.parsePlans(text)
        _ = try? ReferenceData.parseCounties(text)
        _ = try? ReferenceData.parseBaseRates(text, plans: fixtures.plansByID)
        _ = try? ReferenceData.parseServiceArea(text, counties: fixtures.counties)
    }

    private static func read834(_ bytes: [UInt8]) {
        guard let first = bytes.first else { return }
        let body = Array(bytes.dropFirst())
        let split = body.isEmpty ? 0 : Int(first) % (body.count + 1)
        var reader = X12InterchangeReader(handler: BenefitEnrollmentReader { _, _ in [] })
        reader.read(Array(body[..<split]))
        reader.read(Array(body[split...]))
        let result = reader.finish()
        // Every segment the splitter produced was counted, and no more bytes than were given.
        precondition(result.byteCount <= body.count, "x12: counted \(result.byteCount) bytes of \(body.count)")
    }
}
