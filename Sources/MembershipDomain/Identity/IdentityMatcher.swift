/// Decides whether an enrollee is a stored person, a new person, or a case for review (rule M2).
///
/// Matching must be *certain* to be automatic:
/// - strong: same SSN hash and same date of birth, or the same upstream member id within the
///   request's group (unless both SSNs are known and differ, which contradicts it);
/// - plausible: same normalised name and date of birth (with a different or missing SSN); same SSN
///   with a different date of birth; same name with the date of birth's month and day swapped; an
///   SSN differing by two adjacent swapped digits with the same date of birth or name; the same
///   upstream id with a conflicting SSN;
/// - anything else is unrelated.
///
/// Exactly one strong person: reuse. Several strong persons (a duplicate in the store) or any
/// plausible one without a strong one: review. Otherwise: a new person.
public struct IdentityMatcher: Sendable {
    /// The hasher the store used for stored SSNs.
    public let hasher: any SSNHasher

    /// Creates a matcher that hashes enrollee SSNs with `hasher`.
    public init(hasher: any SSNHasher) {
        self.hasher = hasher
    }

    /// Matches `identity`, enrolling in `groupNumber`, against `candidates` (rule M2).
    public func match(_ identity: PersonIdentity, groupNumber: GroupNumber, candidates: [PersonCandidate]) -> IdentityMatch {
        let key = IdentityKey(identity: identity, groupNumber: groupNumber, hasher: hasher)
        let transposed = Set(identity.ssn?.adjacentTranspositions.map { hasher.hash($0) } ?? [])
        var seen: Set<PersonID> = []
        var evaluations: [CandidateEvidence] = []
        for candidate in candidates where seen.insert(candidate.personID).inserted {
            evaluations.append(evaluate(key, transposedSSNHashes: transposed, against: candidate))
        }
        evaluations.sort(by: IdentityMatcher.bestFirst)
        let strong = evaluations.filter { $0.strength == .strong }
        if strong.count == 1 { return .existingPerson(strong[0].personID, evidence: evaluations) }
        let reviewable = evaluations.filter { $0.strength >= .plausible }
        if !reviewable.isEmpty { return .uncertain(candidates: reviewable) }
        return .newPerson(evidence: evaluations)
    }

    /// Compares an enrollee's key with one candidate.
    func evaluate(_ key: IdentityKey, transposedSSNHashes: Set<SSNHash>, against candidate: PersonCandidate) -> CandidateEvidence {
        let stored = candidate.key
        var evidence: Set<MatchEvidence> = []
        let sameName = key.name.isSameName(as: stored.name)
        if sameName { evidence.insert(.sameName) }
        let sameDOB = key.dateOfBirth == stored.dateOfBirth
        evidence.insert(sameDOB ? .sameDateOfBirth : .differentDateOfBirth)
        let dobSwapped = !sameDOB && key.dateOfBirth.monthDaySwapped == stored.dateOfBirth
        if dobSwapped { evidence.insert(.dateOfBirthMonthDaySwapped) }
        var sameSSN = false
        var differentSSN = false
        var ssnSwapped = false
        if let mine = key.ssnHash, let theirs = stored.ssnHash {
            sameSSN = mine == theirs
            differentSSN = !sameSSN
            evidence.insert(sameSSN ? .sameSSN : .differentSSN)
            ssnSwapped = differentSSN && transposedSSNHashes.contains(theirs)
            if ssnSwapped { evidence.insert(.ssnAdjacentDigitsSwapped) }
        } else {
            evidence.insert(.ssnMissing)
        }
        let sameUpstream = !key.upstreamMemberIDs.isDisjoint(with: stored.upstreamMemberIDs)
        if sameUpstream { evidence.insert(.sameUpstreamMemberID) }

        let strength: CandidateEvidence.Strength
        if (sameSSN && sameDOB) || (sameUpstream && !differentSSN) {
            strength = .strong
        } else if (sameName && sameDOB) || (sameSSN && !sameDOB) || (sameName && dobSwapped)
            || (ssnSwapped && (sameDOB || sameName)) || sameUpstream {
            strength = .plausible
        } else {
            strength = .none
        }
        return CandidateEvidence(personID: candidate.personID, ssnLast4: stored.ssnLast4,
                                 evidence: evidence.sorted(), strength: strength)
    }

    /// Strongest first, then the most agreeing evidence, then person id (deterministic).
    static func bestFirst(_ a: CandidateEvidence, _ b: CandidateEvidence) -> Bool {
        if a.strength != b.strength { return a.strength > b.strength }
        let scoreA = score(a), scoreB = score(b)
        if scoreA != scoreB { return scoreA > scoreB }
        return a.personID < b.personID
    }

    private static func score(_ candidate: CandidateEvidence) -> Int {
        candidate.evidence.reduce(0) { total, item in
            switch item {
            case .sameSSN, .sameUpstreamMemberID: return total + 8
            case .sameDateOfBirth: return total + 4
            case .sameName: return total + 2
            case .dateOfBirthMonthDaySwapped, .ssnAdjacentDigitsSwapped: return total + 1
            case .differentSSN, .ssnMissing, .differentDateOfBirth: return total
            }
        }
    }
}
