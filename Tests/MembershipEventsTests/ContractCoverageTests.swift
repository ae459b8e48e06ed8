import MembershipEvents
import SwiftProtobuf
import Testing

@Suite("The samples cover the whole contract")
struct ContractCoverageTests {
    @Test("every topic's value type has at least one sample")
    func everyTopicHasASample() {
        let sampled = Set(EventSamples.all.map { type(of: $0.message).protoMessageName })
        for topic in EventTopic.allCases {
            #expect(sampled.contains(topic.valueType.protoMessageName), "no sample for \(topic.defaultName)")
        }
    }

    @Test("every enrollment action has a sample")
    func everyActionHasASample() {
        let actions = EventSamples.all.compactMap { sample -> String? in
            guard let request = sample.message as? Membership_Enrollment_V1_EnrollmentRequest,
                let action = request.action
            else { return nil }
            return switch action {
            case .addSubscriber: "addSubscriber"
            case .addDependent: "addDependent"
            case .changePlan: "changePlan"
            case .terminate: "terminate"
            case .reinstate: "reinstate"
            case .changeDemographics: "changeDemographics"
            case .continueCobra: "continueCobra"
            case .cancelCoverage: "cancelCoverage"
            case .resolveReview: "resolveReview"
            }
        }
        #expect(Set(actions) == [
            "addSubscriber", "addDependent", "changePlan", "terminate", "reinstate",
            "changeDemographics", "continueCobra", "cancelCoverage", "resolveReview",
        ])
    }

    @Test("every result outcome and both review-case changes have a sample")
    func everyOutcomeHasASample() {
        let outcomes = EventSamples.all.compactMap { sample -> String? in
            switch (sample.message as? Membership_Enrollment_V1_EnrollmentResult)?.outcome {
            case .accepted: "accepted"
            case .rejected: "rejected"
            case .pendingReview: "pendingReview"
            case nil: nil
            }
        }
        #expect(Set(outcomes) == ["accepted", "rejected", "pendingReview"])
        let changes = EventSamples.all.compactMap { sample -> String? in
            switch (sample.message as? Membership_Enrollment_V1_ReviewCase)?.change {
            case .opened: "opened"
            case .closed: "closed"
            case nil: nil
            }
        }
        #expect(Set(changes) == ["opened", "closed"])
    }
}
