import Foundation
import MembershipDomain
import MembershipEvents
import MembershipStore
import MembershipWorkers
import SwiftProtobuf
import Testing
import WorkerRuntime

/// Rule E12 through the enrollment worker's handler: each bad field of an otherwise good request is
/// answered with an invalid-request rejection whose message names the field and its reason code, never the
/// value, and nothing is enrolled.
@Suite("E12: field validation in the enrollment worker, one case per field and code")
struct EnrollmentFieldValidationTests {
    typealias Bench = EnrollmentTestBench
    typealias Request = Membership_Enrollment_V1_EnrollmentRequest

    /// A mutation of the good request, the field path and code the rejection must name, and the value
    /// that must not appear in it.
    struct Case: Sendable, CustomTestStringConvertible {
        let field: String
        let code: FieldViolation.Code
        let value: String
        let mutate: @Sendable (inout Request) -> Void

        var testDescription: String { "\(field) [\(code.rawValue)]" }
    }

    static let subscriber = "add_subscriber.subscriber"

    static let cases: [Case] = [
        Case(field: subscriber + ".identity.date_of_birth", code: .invalidDate, value: "1985-02-30") {
            $0.addSubscriber.subscriber.identity.dateOfBirth = .init(year: 1985, month: 2, day: 30)
        },
        Case(field: subscriber + ".identity.date_of_birth", code: .dateOutOfRange, value: "1850") {
            $0.addSubscriber.subscriber.identity.dateOfBirth = .init(year: 1850, month: 3, day: 4)
        },
        // Received 2026-01-10 in Los Angeles: born the next day is in the future.
        Case(field: subscriber + ".identity.date_of_birth", code: .birthDateInFuture, value: "2026") {
            $0.addSubscriber.subscriber.identity.dateOfBirth = .init(year: 2026, month: 1, day: 11)
        },
        Case(field: subscriber + ".employment.hire_date", code: .invalidDate, value: "2025-13") {
            $0.addSubscriber.subscriber.employment.hireDate = .init(year: 2025, month: 13, day: 1)
        },
        Case(field: subscriber + ".home_address.zip_code", code: .zipCodeFormat, value: "9303") {
            $0.addSubscriber.subscriber.homeAddress.zipCode = "9303"
        },
        Case(field: subscriber + ".home_address.state", code: .stateFormat, value: "California") {
            $0.addSubscriber.subscriber.homeAddress.state = "California"
        },
        Case(field: subscriber + ".mailing_address.zip_code", code: .zipCodeFormat, value: "ABCDE") {
            $0.addSubscriber.subscriber.mailingAddress = .with {
                $0.line1 = "PO Box 12"
                $0.city = "Oxnard"
                $0.state = "CA"
                $0.zipCode = "ABCDE"
            }
        },
        Case(field: subscriber + ".identity.name.last_name", code: .nameCharacters, value: "R3yes") {
            $0.addSubscriber.subscriber.identity.name.lastName = "R3yes"
        },
        Case(field: subscriber + ".identity.name.first_name", code: .nameLength, value: "Anaaaaaaaa") {
            $0.addSubscriber.subscriber.identity.name.firstName = "An" + String(repeating: "a", count: 40)
        },
        Case(field: subscriber + ".identity.ssn", code: .ssnFormat, value: "12345678") {
            $0.addSubscriber.subscriber.identity.ssn = "12345678"
        },
        Case(field: subscriber + ".identity.ssn", code: .ssnNeverIssued, value: "666123456") {
            $0.addSubscriber.subscriber.identity.ssn = "666123456"
        },
        Case(field: subscriber + ".identity.ssn", code: .ssnNeverIssued, value: "912345678") {
            $0.addSubscriber.subscriber.identity.ssn = "912345678"
        },
        Case(field: subscriber + ".identity.ssn", code: .ssnNeverIssued, value: "000123456") {
            $0.addSubscriber.subscriber.identity.ssn = "000-12-3456"
        },
        Case(field: subscriber + ".identity.ssn", code: .ssnNeverIssued, value: "4567") {
            $0.addSubscriber.subscriber.identity.ssn = "123-00-4567"
        },
        Case(field: subscriber + ".identity.ssn", code: .ssnNeverIssued, value: "0000") {
            $0.addSubscriber.subscriber.identity.ssn = "123-45-0000"
        },
        Case(field: subscriber + ".employment.average_weekly_hours_hundredths", code: .negativeHours, value: "-100") {
            $0.addSubscriber.subscriber.employment.averageWeeklyHoursHundredths = -100
        },
        Case(field: subscriber + ".employment.pay_period_hours_hundredths", code: .hoursOutOfRange, value: "80000") {
            $0.addSubscriber.subscriber.employment.payPeriodHoursHundredths = 80_000
        },
        Case(field: "add_subscriber.plan.plan_id", code: .unknownPlan, value: "NO-SUCH-PLAN") {
            $0.addSubscriber.plan.planID = "NO-SUCH-PLAN"
        },
    ]

    @Test("E12: a bad field is an invalid request naming the field and the code", arguments: cases)
    func rejected(_ testCase: Case) async throws {
        let bench = try Bench()
        try await bench.withStore { store in
            _ = try await bench.send(Bench.contract("G-100"), to: store)
            var request = Bench.addSubscriber(group: "G-100", family: "E-1",
                                              Bench.enrollee(first: "Ana", last: "Reyes", born: (1985, 3, 4), ssn: "123456789", hired: true))
            testCase.mutate(&request)
            let messages = try await bench.send(request, to: store)
            let results = try Bench.results(messages)
            #expect(results.count == 1)
            let result = try #require(results.first)
            #expect(result.requestID == request.eventID)
            #expect(result.rejected.reasons == [.invalidRequest])
            #expect(result.rejected.message
                == "The request is invalid: \(testCase.field) \(testCase.code.explanation) [\(testCase.code.rawValue)] (rule E12).")
            #expect(!result.rejected.message.contains(testCase.value))
            // Nothing enrolled: no ID card is requested.
            #expect(messages.allSatisfy { $0.topic != TopicName.idCardRequests })
        }
    }

    @Test("E12: the same request with good fields is accepted (the cases above differ only in the bad field)")
    func control() async throws {
        let bench = try Bench()
        try await bench.withStore { store in
            _ = try await bench.send(Bench.contract("G-100"), to: store)
            var request = Bench.addSubscriber(group: "G-100", family: "E-1",
                                              Bench.enrollee(first: "Ana", last: "Reyes", born: (1985, 3, 4), ssn: "123-45-6789", hired: true))
            request.addSubscriber.subscriber.identity.name.firstName = "Ana-María O'Neil"
            request.addSubscriber.subscriber.homeAddress.zipCode = "93030-1234"
            let result = try #require(try Bench.results(try await bench.send(request, to: store)).first)
            guard case .accepted? = result.outcome else {
                Issue.record("expected accepted, got \(String(describing: result.outcome))")
                return
            }
        }
    }
}
