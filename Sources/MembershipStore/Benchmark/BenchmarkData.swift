/// Deterministic enrollments for the store benchmark, generated before timing starts.
struct BenchmarkData: Sendable {
    let persons: [PersonRecord]
    let members: [MemberRecord]
    let coverages: [CoverageRecord]
    let events: [ProcessedEvent]
    let outbox: [OutboxMessage]

    init(count: Int) {
        var persons: [PersonRecord] = []
        var members: [MemberRecord] = []
        var coverages: [CoverageRecord] = []
        var events: [ProcessedEvent] = []
        var outbox: [OutboxMessage] = []
        persons.reserveCapacity(count)
        members.reserveCapacity(count)
        coverages.reserveCapacity(count)
        events.reserveCapacity(count)
        outbox.reserveCapacity(count)
        let time: Int64 = 1_767_225_600_000
        for index in 0..<count {
            let id = String(index, radix: 10)
            let personID = "person-\(id)"
            let household = "household-\(index / 3)"
            let group = "G\(100 + index % 50)"
            let mrn = "NC-\(String(repeating: "0", count: max(0, 9 - id.count)))\(id)"
            let payload = Array("enrollment-request-\(id)-".utf8) + Array(repeating: UInt8(index % 251), count: 120)
            persons.append(
                PersonRecord(
                    personID: personID,
                    ssn: ProtectedSSN(hmac: ProcessedEvent.digest(of: Array("ssn-\(id)".utf8)), keyID: "k1", lastFour: "1234"),
                    firstName: "First\(id)", lastName: "Last\(id)", normalizedName: "LAST\(id) FIRST\(id)",
                    birthDate: "19\(50 + index % 50)-0\(1 + index % 9)-1\(index % 10)", upstreamGroup: group,
                    upstreamMemberID: "U\(id)", createdAt: time
                )
            )
            members.append(MemberRecord(mrn: mrn, personID: personID, regionCode: "NCAL", createdAt: time))
            coverages.append(
                CoverageRecord(
                    coverageID: "coverage-\(id)", groupNumber: group, householdID: household, personID: personID,
                    mrn: mrn, relationship: index % 3 == 0 ? "subscriber" : "child", planID: "GOLD-HMO",
                    effectiveDate: "2026-02-01", createdAt: time
                )
            )
            events.append(
                ProcessedEvent(
                    eventID: "event-\(id)", payloadSHA256: ProcessedEvent.digest(of: payload),
                    topic: "membership.enrollment-requests", processedAt: time
                )
            )
            outbox.append(
                OutboxMessage(
                    topic: "membership.enrollment-results", key: Array("\(group)/\(household)".utf8), payload: payload,
                    headers: [OutboxHeader(name: "event-id", value: Array("result-\(id)".utf8))], createdAt: time
                )
            )
        }
        self.persons = persons
        self.members = members
        self.coverages = coverages
        self.events = events
        self.outbox = outbox
    }
}
