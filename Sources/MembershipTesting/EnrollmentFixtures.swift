import Foundation
import MembershipEvents
import SwiftProtobuf

/// Protobuf messages for tests and tools: a group contract and a family's enrollment requests, built the
/// way an upstream HR system would send them. Shared by the handler tests and the end-to-end tests so the
/// two describe the same family.
public enum EnrollmentFixtures {
    /// 2025-12-01T18:00:00Z: when the fixtures' contracts are sent.
    public static let contractTime: Int64 = 1_764_612_000
    /// 2026-01-10T18:00:00Z (Saturday 10:00 in Los Angeles): when the fixtures' families enroll.
    public static let enrollTime: Int64 = 1_768_068_000

    /// A setup contract for `number` in Ventura County (rating area 12), effective 2026-01-01, plan S70-HMO,
    /// employer paying 75%, no waiting period, monthly payroll.
    public static func contract(_ number: String, at time: Int64 = contractTime) -> Membership_Groups_V1_GroupContract {
        var contract = Membership_Groups_V1_GroupContract()
        contract.eventID = UUID().uuidString.lowercased()
        contract.occurredAt = Google_Protobuf_Timestamp(seconds: time)
        contract.source = "underwriting"
        contract.kind = .setup
        contract.groupNumber = number
        contract.groupName = "Harbor Dental"
        contract.businessAddress = .with {
            $0.line1 = "1200 Harbor Blvd"
            $0.city = "Oxnard"
            $0.state = "CA"
            $0.zipCode = "93030"
            $0.county = "Ventura"
        }
        contract.contractEffectiveDate = .init(year: 2026, month: 1, day: 1)
        contract.plansOffered = [.with {
            $0.planID = "S70-HMO"
            $0.planName = "Silver 70 HMO"
            $0.planType = .hmo
            $0.metalLevel = .silver
            $0.offeredToAllEligibleEmployees = true
        }]
        contract.subscriberContribution = .with { $0.percentBasisPoints = 7500 }
        contract.dependentContribution = .with { $0.percentBasisPoints = 5000 }
        contract.payFrequency = .monthly
        contract.payPeriodAnchorDate = .init(year: 2026, month: 1, day: 1)
        contract.employeeCounts = .with {
            $0.fullTimeEmployees = 10
            $0.fullTimeEquivalentEmployees = 10
            $0.eligibleEmployees = 10
            $0.nonOwnerW2Employees = 8
            $0.employeesOfferedCoverage = 10
            $0.expectedEnrollingEmployees = 8
        }
        return contract
    }

    /// A person living in Oxnard (Ventura County, served).
    public static func enrollee(first: String, last: String, born: (Int32, Int32, Int32), ssn: String,
                         disabled: Bool = false, hired: Bool = false) -> Membership_Enrollment_V1_Enrollee {
        var enrollee = Membership_Enrollment_V1_Enrollee()
        enrollee.identity = .with {
            $0.name = .with {
                $0.firstName = first
                $0.lastName = last
            }
            $0.dateOfBirth = .init(year: born.0, month: born.1, day: born.2)
            $0.ssn = ssn
            $0.gender = .undisclosed
        }
        enrollee.homeAddress = .with {
            $0.line1 = "455 Seaview Ave"
            $0.city = "Oxnard"
            $0.state = "CA"
            $0.zipCode = "93030"
            $0.county = "Ventura"
        }
        enrollee.disabled = disabled
        if hired {
            enrollee.employment = .with {
                $0.employmentClass = .fullTime
                $0.averageWeeklyHoursHundredths = 4000
                $0.hireDate = .init(year: 2026, month: 1, day: 5)
                $0.memberType = .employee
            }
        }
        return enrollee
    }

    public static func request(group: String, family: String, at time: Int64 = enrollTime,
                        _ action: Membership_Enrollment_V1_EnrollmentRequest.OneOf_Action) -> Membership_Enrollment_V1_EnrollmentRequest {
        var request = Membership_Enrollment_V1_EnrollmentRequest()
        request.eventID = UUID().uuidString.lowercased()
        request.occurredAt = Google_Protobuf_Timestamp(seconds: time)
        request.source = "acme-hr"
        request.groupNumber = group
        request.subscriberRef = family
        request.action = action
        return request
    }

    public static func addSubscriber(group: String, family: String, at time: Int64 = enrollTime,
                              _ subscriber: Membership_Enrollment_V1_Enrollee) -> Membership_Enrollment_V1_EnrollmentRequest {
        request(group: group, family: family, at: time, .addSubscriber(.with {
            $0.subscriber = subscriber
            $0.plan = .with { $0.planID = "S70-HMO" }
        }))
    }

    public static func addDependent(group: String, family: String, at time: Int64 = enrollTime,
                             _ relationship: Membership_Enrollment_V1_Relationship,
                             _ dependent: Membership_Enrollment_V1_Enrollee) -> Membership_Enrollment_V1_EnrollmentRequest {
        request(group: group, family: family, at: time, .addDependent(.with {
            $0.dependent = dependent
            $0.relationship = relationship
        }))
    }

}
