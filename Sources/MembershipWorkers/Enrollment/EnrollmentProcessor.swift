import MembershipDomain
import MembershipEvents
import MembershipStore
import SwiftProtobuf

/// Decides enrollment requests against the store and writes what the decisions say (rules E1-E12, M1-M4, X1):
/// loads a family's context, calls the domain's decider, applies the changes, holds requests that must wait
/// and releases them when what they wait for happens.
struct EnrollmentProcessor: Sendable {
    let protector: SSNProtector
    let reference: ReferenceData
    let timeZone: PlanTimeZone
    let holidays: Set<CalendarDate>
    let waitPolicy: ContractWaitPolicy
    let events: EnrollmentEventBuilder

    /// A request to decide: the event as received (SSNs removed when it waited), its domain form, and the
    /// enrollee's protected SSN kept while it waited.
    struct Pending {
        let proto: Membership_Enrollment_V1_EnrollmentRequest
        let request: EnrollmentRequest
        var protectedSSN: ProtectedSSN? = nil
    }

    /// Decides a request just received, first giving up on requests of any group that waited too long for
    /// their contract (rule E12): the bound is measured against the newest request's time, never the clock (X1).
    func receive(_ pending: Pending, in tx: StoreTransaction) async throws -> [OutboxMessage] {
        var messages = try await expireContractWaits(now: pending.request.receivedAt, in: tx)
        messages += try await decide(pending, in: tx)
        return messages
    }

    /// Decides the requests held for `group`'s contract, in receipt order (rule E12).
    func releaseContractWaits(group: String, in tx: StoreTransaction) async throws -> [OutboxMessage] {
        var messages: [OutboxMessage] = []
        for held in try await tx.groups.heldRequests(groupNumber: group, waitingFor: .contract) {
            try await tx.groups.release(requestID: held.requestID)
            guard let pending = Self.pending(held) else { continue }
            messages += try await decide(pending, in: tx)
        }
        return messages
    }

    /// Rule E12: requests that waited longer than the bound for a contract are rejected; `now` is in seconds.
    func expireContractWaits(now: Int64, in tx: StoreTransaction) async throws -> [OutboxMessage] {
        var messages: [OutboxMessage] = []
        let horizon = (now - waitPolicy.maximumWaitSeconds) * 1000
        for held in try await tx.groups.heldRequests(waitingFor: .contract, receivedBefore: horizon)
        where waitPolicy.verdict(requestReceivedAt: held.receivedAt / 1000, latestEventAt: now) == .giveUp {
            try await tx.groups.release(requestID: held.requestID)
            guard let pending = Self.pending(held) else { continue }
            let rejection = Rejection(requestID: held.requestID, reasons: [.e12GroupContractNotFound])
            messages.append(try events.rejected(envelope(pending), reasons: rejection.reasons, message: rejection.message))
        }
        return messages
    }

    /// Decides one request and applies the decision.
    func decide(_ pending: Pending, in tx: StoreTransaction) async throws -> [OutboxMessage] {
        let request = pending.request
        let group = request.groupNumber.rawValue
        let terms = try await self.terms(group: group, in: tx)
        if terms == nil, !Self.isResolution(request) {
            // Rule E12: wait for the contract (the bound is checked as later requests of the group arrive).
            try await hold(pending, waitingFor: .contract, in: tx)
            return []
        }
        let familyKey = request.familyKey
        let family = try await self.family(familyKey, in: tx)
        let (openCases, reviewed) = try await self.openCases(familyKey, in: tx)
        let candidates = try await self.candidates(for: request, in: tx)
        let context = EnrollmentContext(terms: terms, family: family, candidates: candidates, openCases: openCases,
                                        referenceData: reference, hasher: protector, holidays: holidays)
        // Rule M1: a dry pass counts the MRN numbers the decision needs; they are reserved from the store's
        // sequences and the (deterministic) decision is made again with them.
        var dry = StoreIdentifierSource()
        _ = EnrollmentDecider.decide(request, context: context, identifiers: &dry)
        var reserved: [Region: [Int]] = [:]
        for (region, count) in dry.needed.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let range = try await tx.members.allocateMRNNumbers(regionCode: region.rawValue, count: count)
            reserved[region] = range.map { Int($0) }
        }
        var identifiers = StoreIdentifierSource(reserved: reserved)
        let decision = EnrollmentDecider.decide(request, context: context, identifiers: &identifiers)

        let decided = reviewed[decision.requestID] ?? pending
        let envelope = self.envelope(decided)
        let createdAt = request.receivedAt * 1000
        var messages: [OutboxMessage] = []
        var closure: ReviewClosure?
        switch decision {
        case .accepted(let acceptance):
            let updated = family.applying(acceptance.changes)
            try await write(acceptance.changes, request: decided, family: updated, at: createdAt, in: tx)
            messages.append(try events.accepted(envelope, acceptance))
            closure = acceptance.closedCase
            if let closed = closure { messages.append(try events.caseClosed(envelope, closed)) }
            let subscriberID = updated.subscriber?.memberID
            for order in acceptance.cards {
                guard let member = updated.members.first(where: { $0.memberID == order.memberID }) else { continue }
                messages.append(try events.cardRequest(envelope, order: order, member: member,
                                                       subscriberID: subscriberID ?? member.memberID))
            }
        case .rejected(let rejection):
            messages.append(try events.rejected(envelope, reasons: rejection.reasons, message: rejection.message))
            closure = rejection.closedCase
            if let closed = closure { messages.append(try events.caseClosed(envelope, closed)) }
        case .pendingReview(let review):
            try await hold(pending, waitingFor: .reviewCase, in: tx)
            if let opened = review.openedCase {
                try await open(opened, at: createdAt, in: tx)
                messages.append(try events.pending(envelope, review))
                messages.append(try await caseOpenedEvent(envelope, opened, in: tx))
            }
            // Rule E12: a request held behind another request's case publishes nothing until that case closes.
        }
        if let closure {
            try await tx.reviewCases.close(caseID: closure.caseID.rawValue, resolution: Self.resolution(closure.decision),
                                           resolvedBy: closure.operatorLogin, at: createdAt)
            try await tx.groups.release(requestID: decided.request.requestID)
            messages += try await releaseReviewWaits(familyKey, in: tx)
        }
        return messages
    }

    /// Rule E12: after a case closes, the family's held requests are decided again in receipt order; one
    /// that opens a new case holds the rest behind it again.
    func releaseReviewWaits(_ family: FamilyKey, in tx: StoreTransaction) async throws -> [OutboxMessage] {
        let held = try await tx.groups.heldRequests(groupNumber: family.groupNumber.rawValue, subscriberRef: family.subscriberRef)
            .filter { $0.waitingFor == .reviewCase }
        let underReview = Set(try await tx.reviewCases.openCases(groupNumber: family.groupNumber.rawValue,
                                                                  subscriberRef: family.subscriberRef).map(\.requestEventID))
        var messages: [OutboxMessage] = []
        for request in held where !underReview.contains(request.requestID) {
            try await tx.groups.release(requestID: request.requestID)
            guard let pending = Self.pending(request) else { continue }
            messages += try await decide(pending, in: tx)
        }
        return messages
    }

    // MARK: Loading the context

    /// The group's terms from its latest accepted contract event; the contract counts as in force from the
    /// first contract year on (rule G1), so a renewal does not make requests dated before it look early.
    func terms(group: String, in tx: StoreTransaction) async throws -> EnrollmentTerms? {
        guard let stored = try await tx.groups.group(number: group), let settings = stored.settings,
              var contract = try? Membership_Groups_V1_GroupContract(serializedBytes: settings)
        else { return nil }
        let first = try await tx.groups.contracts(groupNumber: group).compactMap { CalendarDate($0.effectiveDate) }.min()
        if let first { contract.contractEffectiveDate = first.proto }
        return GroupContractMapping.terms(contract, timeZone: timeZone)
    }

    func family(_ key: FamilyKey, in tx: StoreTransaction) async throws -> FamilyMembership {
        guard let bytes = try await tx.households.familyDocument(groupNumber: key.groupNumber.rawValue,
                                                                 subscriberRef: key.subscriberRef)
        else { return FamilyMembership(key: key) }
        return try FamilyDocument.decoded(bytes).family(key: key)
    }

    /// The family's open cases, each around its request under review (held while the case is open), and
    /// those requests by id.
    func openCases(_ key: FamilyKey, in tx: StoreTransaction) async throws -> ([ReviewCase], [String: Pending]) {
        let records = try await tx.reviewCases.openCases(groupNumber: key.groupNumber.rawValue, subscriberRef: key.subscriberRef)
        guard !records.isEmpty else { return ([], [:]) }
        let held = try await tx.groups.heldRequests(groupNumber: key.groupNumber.rawValue, subscriberRef: key.subscriberRef)
        var cases: [ReviewCase] = []
        var requests: [String: Pending] = [:]
        for record in records {
            guard let request = held.first(where: { $0.requestID == record.requestEventID }).flatMap(Self.pending),
                  let reason = ReviewReason(rawValue: record.reason), let receivedOn = CalendarDate(record.receivedOn),
                  let dueDate = CalendarDate(record.dueDate)
            else { continue }
            let stored = try StoredReviewCase.decoded(record.requestPayload)
            cases.append(stored.reviewCase(id: ReviewCaseID(record.caseID), reason: reason, request: request.request,
                                           receivedOn: receivedOn, dueDate: dueDate))
            requests[request.request.requestID] = request
        }
        return (cases, requests)
    }

    /// Rule M2: stored persons who may be the enrollee, with their MRNs and coverages.
    func candidates(for request: EnrollmentRequest, in tx: StoreTransaction) async throws -> [PersonCandidate] {
        guard let identity = request.enrolleeIdentity else { return [] }
        let queries = protector.lookupHashers.map { CandidateQuery(identity: identity, groupNumber: request.groupNumber, hasher: $0) }
        let persons = try await tx.persons.candidates(for: queries)
        guard !persons.isEmpty else { return [] }
        let mrns = try await tx.members.members(personIDs: persons.map(\.personID))
        var candidates: [PersonCandidate] = []
        for person in persons {
            guard let birth = CalendarDate(person.birthDate) else { continue }
            var upstream: Set<UpstreamMemberRef> = []
            if let group = person.upstreamGroup, let id = person.upstreamMemberID {
                upstream.insert(UpstreamMemberRef(groupNumber: GroupNumber(group), id: id))
            }
            let key = IdentityKey(ssnHash: person.ssn.map { SSNHash($0.hmac) }, ssnLast4: person.ssn?.lastFour,
                                  dateOfBirth: birth, name: NormalizedName(LegalName(first: person.firstName, last: person.lastName)),
                                  upstreamMemberIDs: upstream)
            var regions: [Region: MedicalRecordNumber] = [:]
            for member in mrns where member.personID == person.personID {
                if let mrn = MedicalRecordNumber(member.mrn) { regions[mrn.region] = mrn }
            }
            let coverages = try await tx.coverages.coverages(personID: person.personID).compactMap { coverage -> PersonCandidate.GroupCoverage? in
                guard let relationship = Relationship(rawValue: coverage.relationship),
                      let start = CalendarDate(coverage.effectiveDate) else { return nil }
                return PersonCandidate.GroupCoverage(groupNumber: GroupNumber(coverage.groupNumber),
                                                     memberID: MemberID(coverage.coverageID.split(separator: "/").first.map(String.init) ?? coverage.coverageID),
                                                     relationship: relationship, start: start,
                                                     end: coverage.terminationDate.flatMap(CalendarDate.init))
            }
            candidates.append(PersonCandidate(personID: PersonID(person.personID), key: key, mrns: regions, coverages: coverages))
        }
        return candidates
    }

    // MARK: Writing

    /// Applies an acceptance: persons (SSN protected), MRNs, the family document, its coverages and household.
    func write(_ changes: [MembershipChange], request: Pending, family: FamilyMembership, at now: Int64,
               in tx: StoreTransaction) async throws {
        let group = request.request.groupNumber.rawValue
        for change in changes {
            switch change {
            case .createPerson(let personID, let identity):
                var record = try personRecord(personID, identity, group: group, at: now)
                // A request that waited lost its SSN text but kept it protected.
                if record.ssn == nil { record.ssn = request.protectedSSN }
                try await tx.persons.insert([record])
            case .assignMRN(let personID, let mrn):
                _ = try await tx.members.insertIfAbsent(MemberRecord(mrn: mrn.description, personID: personID.rawValue,
                                                                     regionCode: mrn.region.rawValue, createdAt: now))
            case .updateResidence(_, _, let mrn):
                if let member = family.members.first(where: { $0.mrn == mrn }) {
                    _ = try await tx.members.insertIfAbsent(MemberRecord(mrn: mrn.description, personID: member.personID.rawValue,
                                                                         regionCode: mrn.region.rawValue, createdAt: now))
                }
            case .updateIdentity(let memberID, let identity):
                guard let member = family.members.first(where: { $0.memberID == memberID }),
                      let existing = try await tx.persons.person(id: member.personID.rawValue) else { continue }
                var updated = try personRecord(member.personID, identity, group: group, at: existing.createdAt)
                if identity.ssn == nil { updated.ssn = existing.ssn }
                try await tx.persons.update(updated)
            case .addMember, .startCoverage, .switchPlan, .endCoverage, .reinstateCoverage, .updateMailingAddress:
                // Carried by the family document and the coverage rows written below.
                break
            }
        }
        let key = family.key
        try await tx.households.saveFamilyDocument(try FamilyDocument(family).encoded(), groupNumber: key.groupNumber.rawValue,
                                                   subscriberRef: key.subscriberRef, at: now)
        let householdID = key.description
        try await tx.coverages.replaceCoverages(householdID: householdID, with: family.members.map { member in
            CoverageRecord(coverageID: member.memberID.rawValue + "/" + member.coverage.start.description,
                           groupNumber: key.groupNumber.rawValue, householdID: householdID,
                           personID: member.personID.rawValue, mrn: member.mrn.description,
                           relationship: member.relationship.rawValue, planID: member.coverage.plan.rawValue,
                           effectiveDate: member.coverage.start.description,
                           terminationDate: member.coverage.end?.description, cobra: member.coverage.isCOBRA, createdAt: now)
        })
        if let subscriber = family.subscriber {
            let address = subscriber.mailingAddress ?? subscriber.residence.address
            try await tx.households.upsert([HouseholdRecord(
                householdID: householdID, groupNumber: key.groupNumber.rawValue, subscriberPersonID: subscriber.personID.rawValue,
                line1: address.line1, line2: address.line2.isEmpty ? nil : address.line2, city: address.city,
                state: address.state, zip: address.zip, addressKey: AddressNormalizer.normalize(address).key, updatedAt: now)])
        }
    }

    func personRecord(_ personID: PersonID, _ identity: PersonIdentity, group: String, at now: Int64) throws -> PersonRecord {
        PersonRecord(personID: personID.rawValue, ssn: try identity.ssn.map(protector.protect),
                     firstName: identity.name.first, lastName: identity.name.last,
                     normalizedName: NormalizedName(identity.name).canonical, birthDate: identity.dateOfBirth.description,
                     upstreamGroup: identity.upstreamMemberID == nil ? nil : group,
                     upstreamMemberID: identity.upstreamMemberID, createdAt: now)
    }

    func open(_ reviewCase: ReviewCase, at now: Int64, in tx: StoreTransaction) async throws {
        _ = try await tx.reviewCases.open(ReviewCaseRecord(
            caseID: reviewCase.id.rawValue, groupNumber: reviewCase.familyKey.groupNumber.rawValue,
            subscriberRef: reviewCase.familyKey.subscriberRef, requestEventID: reviewCase.request.requestID,
            reason: reviewCase.reason.rawValue, receivedOn: reviewCase.receivedOn.description,
            dueDate: reviewCase.dueDate.description, requestPayload: try StoredReviewCase(reviewCase).encoded(), openedAt: now))
    }

    func caseOpenedEvent(_ envelope: EnrollmentEventBuilder.Envelope, _ reviewCase: ReviewCase,
                         in tx: StoreTransaction) async throws -> OutboxMessage {
        let ids = reviewCase.candidates.map(\.personID.rawValue)
        let persons = ids.isEmpty ? [] : try await tx.persons.persons(ids: ids)
        let members = ids.isEmpty ? [] : try await tx.members.members(personIDs: ids)
        let region = reference.region(state: reviewCase.request.residenceState ?? "", county: reviewCase.request.residenceCounty ?? "")
        var mrns: [PersonID: String] = [:]
        for member in members where region == nil || member.regionCode == region?.rawValue {
            mrns[PersonID(member.personID)] = member.mrn
        }
        var names: [PersonID: PersonRecord] = [:]
        for person in persons { names[PersonID(person.personID)] = person }
        return try events.caseOpened(envelope, reviewCase, candidateNames: names, candidateMRNs: mrns)
    }

    func hold(_ pending: Pending, waitingFor: HeldEnrollmentRequest.WaitingFor, in tx: StoreTransaction) async throws {
        let request = pending.request
        let ssn = try request.enrolleeIdentity?.ssn.map(protector.protect) ?? pending.protectedSSN
        try await tx.groups.hold(HeldEnrollmentRequest(
            requestID: request.requestID, groupNumber: request.groupNumber.rawValue, subscriberRef: request.subscriberRef,
            waitingFor: waitingFor, receivedAt: pending.proto.occurredAt.millisecondsSince1970,
            payload: try EnrollmentRequestMapping.withoutSSNs(pending.proto).serializedBytes(), ssn: ssn,
            heldAt: request.receivedAt * 1000))
    }

    // MARK: Helpers

    func envelope(_ pending: Pending) -> EnrollmentEventBuilder.Envelope {
        EnrollmentEventBuilder.Envelope(requestID: pending.request.requestID, groupNumber: pending.request.groupNumber.rawValue,
                                        subscriberRef: pending.request.subscriberRef, occurredAt: pending.proto.occurredAt,
                                        createdAt: pending.proto.occurredAt.millisecondsSince1970)
    }

    static func pending(_ held: HeldEnrollmentRequest) -> Pending? {
        guard let proto = try? Membership_Enrollment_V1_EnrollmentRequest(serializedBytes: held.payload),
              let request = try? EnrollmentRequestMapping.domain(proto)
        else { return nil }
        return Pending(proto: proto, request: request, protectedSSN: held.ssn)
    }

    static func isResolution(_ request: EnrollmentRequest) -> Bool {
        if case .resolveReview = request.action { return true }
        return false
    }

    static func resolution(_ decision: ReviewDecision) -> String {
        switch decision {
        case .matchToPerson(let person): "match-to-person:" + person.rawValue
        case .newPerson: "new-person"
        case .reject: "reject"
        }
    }
}

extension EnrollmentRequest {
    /// The identity the request gives: the enrollee's, or a demographics change's new one.
    var enrolleeIdentity: PersonIdentity? {
        switch action {
        case .addSubscriber(let add): add.subscriber.identity
        case .addDependent(let add): add.dependent.identity
        case .changeDemographics(let change): change.identity
        default: nil
        }
    }

    /// The home address's state of the enrollee, when the request names one.
    var residenceState: String? { enrollee?.residence.address.state }
    /// The home address's county of the enrollee, when the request names one.
    var residenceCounty: String? { enrollee?.residence.county }

    private var enrollee: Enrollee? {
        switch action {
        case .addSubscriber(let add): add.subscriber
        case .addDependent(let add): add.dependent
        default: nil
        }
    }
}
