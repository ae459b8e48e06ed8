/// What the store should look up to find the persons an enrollee might be (rule M2): every stored
/// person with one of ``ssnHashes``, one of ``datesOfBirth``, or the ``upstreamMemberID`` is a
/// candidate to pass to ``IdentityMatcher``. Fetch by date of birth without filtering on the name:
/// the matcher compares names itself and treats a compound surname sent in part ("Garcia" for
/// "Garcia Lopez") as the same name, which an equality filter on ``canonicalName`` would miss.
///
/// Built from the enrollee's identity; it includes the hashes of the SSN's adjacent-digit
/// transpositions and the date of birth with month and day swapped, so likely keying slips are
/// found and sent to review instead of silently creating a duplicate person.
public struct CandidateQuery: Hashable, Sendable {
    /// Hashes of the SSN and of its adjacent-digit transpositions.
    public let ssnHashes: Set<SSNHash>
    /// The date of birth, and the same date with month and day swapped when that is a real date.
    public let datesOfBirth: Set<CalendarDate>
    /// The normalised name's canonical text (``NormalizedName/canonical``), for stores that want to
    /// rank or index candidates; not a filter (see above).
    public let canonicalName: String
    /// The upstream member id within the request's group, if any.
    public let upstreamMemberID: UpstreamMemberRef?

    /// The query for an enrollee of `groupNumber`.
    public init(identity: PersonIdentity, groupNumber: GroupNumber, hasher: any SSNHasher) {
        var hashes: Set<SSNHash> = []
        if let ssn = identity.ssn {
            hashes.insert(hasher.hash(ssn))
            for variant in ssn.adjacentTranspositions { hashes.insert(hasher.hash(variant)) }
        }
        ssnHashes = hashes
        var dates: Set<CalendarDate> = [identity.dateOfBirth]
        if let swapped = identity.dateOfBirth.monthDaySwapped { dates.insert(swapped) }
        datesOfBirth = dates
        canonicalName = NormalizedName(identity.name).canonical
        upstreamMemberID = identity.upstreamMemberID.map { UpstreamMemberRef(groupNumber: groupNumber, id: $0) }
    }
}

extension CalendarDate {
    /// The date with month and day exchanged (2026-03-07 -> 2026-07-03), or `nil` when that is not
    /// a real date or is the same date. A likely keying slip between US and European date order.
    var monthDaySwapped: CalendarDate? {
        guard month != day, let swapped = CalendarDate(year: year, month: day, day: month) else { return nil }
        return swapped
    }
}
