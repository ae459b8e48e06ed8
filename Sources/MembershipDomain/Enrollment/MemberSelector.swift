/// Which member(s) of a family a request is about.
public enum MemberSelector: Hashable, Sendable {
    /// The subscriber and every dependent.
    case wholeFamily
    /// One member by the member id this system assigned.
    case member(MemberID)
    /// One member by the upstream system's id for the person.
    case upstreamMemberID(String)
}
