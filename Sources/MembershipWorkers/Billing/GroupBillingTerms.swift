import MembershipDomain
import MembershipEvents
import MembershipStore
import SwiftProtobuf

/// What billing needs to know about one group, read from its stored record: the domain's billing view
/// (rules G1, G3, B2, B3, B9) and its broker's commission schedule (rule B10).
///
/// The contribution and the broker come from the group's stored settings, which hold the last accepted
/// `GroupContract` event in binary protobuf; without settings the employer pays nothing and no broker earns.
struct GroupBillingTerms: Sendable {
    /// The domain's view of the group.
    let group: BillingGroup
    /// The broker of record and its rate, if any (rule B10).
    let commission: CommissionSchedule?

    /// Why a stored group cannot be billed.
    struct Unbillable: Error, CustomStringConvertible {
        let groupNumber: String
        let reason: String
        var description: String { "group \(groupNumber) cannot be billed: \(reason)" }
    }

    init(_ record: BillingGroupRecord) throws(Unbillable) {
        let stored = record.group
        guard let ratingArea = RatingArea(stored.ratingArea) else {
            throw Unbillable(groupNumber: stored.groupNumber, reason: "rating area \(stored.ratingArea) is not valid")
        }
        var contract = Membership_Groups_V1_GroupContract()
        if let settings = stored.settings {
            do {
                contract = try Membership_Groups_V1_GroupContract(serializedBytes: settings)
            } catch {
                throw Unbillable(groupNumber: stored.groupNumber, reason: "its stored settings are not a GroupContract")
            }
        }
        // Rules G1, B3: contract years count from the first contract's effective date.
        let effectiveText = record.firstContractEffective
        guard let effective = effectiveText.flatMap(CalendarDate.init) ?? CalendarDate(proto: contract.contractEffectiveDate)
        else {
            throw Unbillable(groupNumber: stored.groupNumber, reason: "no contract effective date is stored")
        }
        let policy = ContributionPolicy(
            subscriber: Self.contribution(contract.hasSubscriberContribution ? contract.subscriberContribution : nil),
            dependents: Self.contribution(contract.hasDependentContribution ? contract.dependentContribution : nil)
        )
        group = BillingGroup(groupNumber: GroupNumber(stored.groupNumber), contractEffective: effective,
                             ratingArea: ratingArea, contribution: policy,
                             billDelivery: stored.paperless ? .paperless : .paper)
        // Rule B10: the group's broker of record; the stored broker id wins over the contract's.
        let brokerID = stored.brokerID ?? (contract.hasBroker && !contract.broker.brokerID.isEmpty ? contract.broker.brokerID : nil)
        if let brokerID {
            let rate = contract.hasBroker ? Int64(contract.broker.commissionRateBasisPoints) : 0
            commission = CommissionSchedule(brokerID: brokerID, defaultRate: Factor(basisPoints: rate))
        } else {
            commission = nil
        }
    }

    /// Rule G3: a percentage in basis points or a fixed amount in cents; unset is no contribution.
    static func contribution(_ proto: Membership_Groups_V1_EmployerContribution?) -> Contribution {
        switch proto?.amount {
        case .percentBasisPoints(let points): .percentage(Factor(basisPoints: Int64(points)))
        case .fixedCents(let cents): .fixedAmount(Money(cents: cents))
        case nil: .none
        }
    }
}
