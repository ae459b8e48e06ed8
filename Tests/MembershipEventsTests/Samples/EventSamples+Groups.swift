import MembershipEvents

extension EventSamples {
    static let groupSamples: [EventSample] = [
        EventSample(name: "GroupContract.setup", message: groupContractSetup),
        EventSample(name: "GroupContract.termination", message: groupContractTermination),
    ]

    static var groupContractSetup: Membership_Groups_V1_GroupContract {
        var contract = Membership_Groups_V1_GroupContract()
        contract.eventID = "0b6f9c2e-8d1a-4f57-9a43-2c6e1f0d7b11"
        contract.occurredAt = SampleTime.at(1_792_000_000)
        contract.source = "underwriting"
        contract.kind = .setup
        contract.groupNumber = "G-104233"
        contract.groupName = "Harbor Dental Associates LLC"
        contract.businessAddress = harborOffice
        contract.contractEffectiveDate = .init(year: 2026, month: 12, day: 1)
        contract.plansOffered = [
            plan(id: "HMO-SILVER-70-2026", name: "Silver 70 HMO", type: .hmo, metal: .silver),
            plan(id: "HMO-GOLD-80-2026", name: "Gold 80 HMO", type: .hmo, metal: .gold),
        ]
        contract.subscriberContribution.percentBasisPoints = 7_500
        contract.dependentContribution.fixedCents = 15_000
        contract.waitingPeriodDays = 30
        contract.newHireWindowDays = 30
        contract.qleWindowDays = 30
        contract.openEnrollment.startDate = .init(year: 2026, month: 10, day: 15)
        contract.openEnrollment.endDate = .init(year: 2026, month: 11, day: 15)
        contract.openEnrollment.coverageEffectiveDate = .init(year: 2026, month: 12, day: 1)
        contract.riders = [.chiropracticAcupuncture, .familyDental]
        contract.payFrequency = .biweekly
        contract.payPeriodAnchorDate = .init(year: 2026, month: 1, day: 5)
        contract.soleCarrier = true
        contract.broker.brokerID = "BRK-20931"
        contract.broker.brokerName = "Pacific Benefits Group"
        contract.broker.commissionRateBasisPoints = 450
        contract.employeeCounts.fullTimeEmployees = 14
        contract.employeeCounts.fullTimeEquivalentEmployees = 16
        contract.employeeCounts.eligibleEmployees = 15
        contract.employeeCounts.nonOwnerW2Employees = 13
        contract.employeeCounts.employeesOfferedCoverage = 15
        contract.employeeCounts.expectedEnrollingEmployees = 11
        contract.employeeCounts.outOfStateEmployees = 1
        contract.countyGroup = false
        contract.eligibilityHoursRule.basis = .averageWeekly
        contract.eligibilityHoursRule.minimumHours = 30
        contract.paperlessBilling = true
        return contract
    }

    static var groupContractTermination: Membership_Groups_V1_GroupContract {
        var contract = groupContractSetup
        contract.eventID = "5d0e4a8b-3c1f-4e2a-b7d9-0f6a2c8e4b31"
        contract.occurredAt = SampleTime.at(1_810_000_000)
        contract.kind = .termination
        contract.terminationDate = .init(year: 2027, month: 5, day: 31)
        return contract
    }

    static var harborOffice: Membership_Common_V1_PostalAddress {
        var address = Membership_Common_V1_PostalAddress()
        address.line1 = "1200 Harbor Blvd"
        address.line2 = "Suite 310"
        address.city = "Oxnard"
        address.state = "CA"
        address.zipCode = "93035"
        address.county = "Ventura"
        return address
    }

    static func plan(
        id: String, name: String, type: Membership_Groups_V1_PlanType,
        metal: Membership_Groups_V1_MetalLevel
    ) -> Membership_Groups_V1_PlanOffering {
        var offering = Membership_Groups_V1_PlanOffering()
        offering.planID = id
        offering.planName = name
        offering.planType = type
        offering.metalLevel = metal
        offering.offeredToAllEligibleEmployees = true
        return offering
    }
}
