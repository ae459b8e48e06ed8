/// Computes a group's monthly invoice, with retroactive adjustments against what earlier invoices
/// billed (rules B7, B8, G3, E11).
public struct InvoiceCalculator: Sendable {
    /// Plans by id (the network decides child dental, rule B6).
    public let plans: [PlanID: Plan]
    /// Premium rules and rate tables.
    public let premiums: PremiumCalculator

    /// Creates a calculator over reference data.
    public init(plans: [PlanID: Plan], premiums: PremiumCalculator) {
        self.plans = plans
        self.premiums = premiums
    }

    /// Creates a calculator from loaded reference data.
    public init(reference: ReferenceData) {
        self.init(plans: reference.plans, premiums: PremiumCalculator(ageCurve: reference.ageCurve, rates: reference.rates))
    }

    /// The invoice of `group` for `month`.
    ///
    /// - Rule B8: if `previousInvoices` already holds this cycle's invoice, that invoice is returned
    ///   unchanged, so running a cycle twice yields the same invoice even if coverage changed since.
    /// - Rule B7: premium lines for every member covered on the month's first day; COBRA members at
    ///   102% with no employer share (E11); employer/employee shares per line (G3).
    /// - Rule B7 adjustments: for every earlier month that has an invoice in `previousInvoices`, what
    ///   that month should cost given today's `coverages` is compared, member by member, with
    ///   everything billed for it so far (its premium lines and any later adjustments). A difference
    ///   becomes a debit or credit line for that member and month. A termination reported three
    ///   months late thus yields three credit lines; a late addition yields debits. Months with no
    ///   previous invoice are not adjusted (they are billed when their own cycle runs).
    ///
    /// - Parameters:
    ///   - coverages: every coverage span of the group as known now, including ended ones.
    ///   - previousInvoices: the group's earlier invoices (any order); how far back to pass them is
    ///     the caller's choice and bounds how far back adjustments reach.
    public func invoice(group: BillingGroup, month: YearMonth, coverages: [Coverage],
                        previousInvoices: [Invoice]) throws(BillingError) -> Invoice {
        let id = BillingCycleID(groupNumber: group.groupNumber, month: month)
        if let existing = previousInvoices.first(where: { $0.id == id }) { return existing }
        for previous in previousInvoices where previous.groupNumber != group.groupNumber {
            throw BillingError(code: .foreignInvoice, message: "invoice \(previous.id) is not for group \(group.groupNumber)")
        }

        var lines = try expectedLines(group: group, month: month, coverages: coverages, kind: .premium)

        let earlierMonths = Set(previousInvoices.map(\.month).filter { $0 < month }).sorted()
        if !earlierMonths.isEmpty {
            var billed: [MemberMonth: BilledAmount] = [:]
            for previous in previousInvoices {
                for line in previous.lines {
                    billed[MemberMonth(member: line.memberID, month: line.serviceMonth), default: BilledAmount(line)].add(line)
                }
            }
            var adjustments: [InvoiceLine] = []
            for earlier in earlierMonths {
                let expected = try expectedLines(group: group, month: earlier, coverages: coverages, kind: .premium)
                var expectedByMember: [MemberID: InvoiceLine] = [:]
                for line in expected { expectedByMember[line.memberID] = line }
                // Members expected now.
                for line in expected {
                    let previously = billed[MemberMonth(member: line.memberID, month: earlier)]
                    let amount = line.amount - (previously?.amount ?? .zero)
                    guard !amount.isZero else { continue }
                    let employer = line.employerShare - (previously?.employerShare ?? .zero)
                    adjustments.append(adjustment(from: line, amount: amount, employerShare: employer))
                }
                // Members billed for that month but no longer expected (retroactive terminations).
                for (key, previously) in billed where key.month == earlier && expectedByMember[key.member] == nil {
                    guard !previously.amount.isZero else { continue }
                    adjustments.append(adjustment(from: previously.template, amount: -previously.amount,
                                                  employerShare: -previously.employerShare))
                }
            }
            adjustments.sort(by: InvoiceCalculator.adjustmentOrder)
            lines.append(contentsOf: adjustments)
        }
        return Invoice(id: id, lines: lines)
    }

    /// Premium lines for everyone charged in `month`, families in subscriber order, each family
    /// subscriber first, then by member id.
    func expectedLines(group: BillingGroup, month: YearMonth, coverages: [Coverage],
                       kind: InvoiceLine.Kind) throws(BillingError) -> [InvoiceLine] {
        let charged = coverages.filter { $0.isCharged(in: month) }
        guard !charged.isEmpty else { return [] }
        let contractYear = ContractYear(contractEffective: group.contractEffective, containing: month.firstDay)
        // Rule B5 applies within a family on one plan.
        let families = Dictionary(grouping: charged) { FamilyPlan(subscriber: $0.subscriberID, plan: $0.plan) }
        var lines: [InvoiceLine] = []
        lines.reserveCapacity(charged.count)
        for key in families.keys.sorted() {
            let members = families[key]!.sorted(by: InvoiceCalculator.familyOrder)
            guard let plan = plans[key.plan] else {
                throw BillingError(code: .unknownPlan, message: "plan \(key.plan) is not in the reference data")
            }
            guard let rate = premiums.rates.rate(plan: key.plan, planYear: contractYear.planYear, ratingArea: group.ratingArea) else {
                throw BillingError(code: .noRateFiled, message: "no rate filed for plan \(key.plan) in plan year "
                                   + "\(contractYear.planYear), rating area \(group.ratingArea.number) (billing \(month))")
            }
            let rated = members.map { RatedPerson(memberID: $0.memberID, relationship: $0.relationship, dateOfBirth: $0.dateOfBirth) }
            let family = premiums.familyPremiums(network: plan.network, rate: rate, ratingDate: contractYear.start, members: rated)
            for (coverage, premium) in zip(members, family) {
                // Rule E11: COBRA continuation costs 102% of the premium.
                let amount = coverage.isCOBRA ? PremiumCalculator.cobraPremium(premium.total) : premium.total
                let employer = group.contribution.employerShare(of: amount, relationship: coverage.relationship,
                                                                isCOBRA: coverage.isCOBRA)
                lines.append(InvoiceLine(kind: kind, memberID: coverage.memberID, subscriberID: coverage.subscriberID,
                                         relationship: coverage.relationship, plan: coverage.plan, serviceMonth: month,
                                         ratingAge: premium.ratingAge, band: premium.band, isCOBRA: coverage.isCOBRA,
                                         amount: amount, employerShare: employer))
            }
        }
        return lines
    }

    private func adjustment(from line: InvoiceLine, amount: Money, employerShare: Money) -> InvoiceLine {
        InvoiceLine(kind: amount > .zero ? .retroactiveDebit : .retroactiveCredit, memberID: line.memberID,
                    subscriberID: line.subscriberID, relationship: line.relationship, plan: line.plan,
                    serviceMonth: line.serviceMonth, ratingAge: line.ratingAge, band: line.band, isCOBRA: line.isCOBRA,
                    amount: amount, employerShare: employerShare)
    }

    /// The order a family is listed on the bill: the subscriber, the spouse or partner, then the children oldest
    /// first; member ids (random) only break ties, so the same family reads the same on every invoice.
    static func familyOrder(_ a: Coverage, _ b: Coverage) -> Bool {
        func rank(_ relationship: Relationship) -> Int {
            switch relationship {
            case .subscriber: 0
            case .spouse, .domesticPartner: 1
            case .child: 2
            }
        }
        return (rank(a.relationship), a.dateOfBirth, a.memberID) < (rank(b.relationship), b.dateOfBirth, b.memberID)
    }

    static func adjustmentOrder(_ a: InvoiceLine, _ b: InvoiceLine) -> Bool {
        (a.serviceMonth, a.subscriberID, a.memberID) < (b.serviceMonth, b.subscriberID, b.memberID)
    }

    struct FamilyPlan: Hashable, Comparable {
        let subscriber: MemberID
        let plan: PlanID
        static func < (a: FamilyPlan, b: FamilyPlan) -> Bool { (a.subscriber, a.plan) < (b.subscriber, b.plan) }
    }

    struct MemberMonth: Hashable {
        let member: MemberID
        let month: YearMonth
    }

    /// Everything billed so far for one member and month, and a line to copy descriptive fields from.
    struct BilledAmount {
        var amount: Money = .zero
        var employerShare: Money = .zero
        let template: InvoiceLine

        init(_ template: InvoiceLine) { self.template = template }

        mutating func add(_ line: InvoiceLine) {
            amount += line.amount
            employerShare += line.employerShare
        }
    }
}
