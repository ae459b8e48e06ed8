import MembershipEvents
import Testing
import X12
import X12Enrollment

@Suite("834 sample files (../shared/samples/834)")
struct SampleFileTests {
    @Test("cancel-dependent: a child's termination selects the dependent of family 123456789, ends 1996-08-01")
    func cancelDependent() throws {
        let file = X12TestFiles.read(try X12TestFiles.fixture("lfh_cancel-dependent"))
        #expect(file.interchange.isClean)
        #expect(file.sender == "ZZ:123456789012345")
        #expect(file.controlNumber == "000010216")
        #expect(file.sets.count == 1)
        let requests = file.requests
        #expect(requests.count == 1)
        let request = try #require(requests.first)
        #expect(request.action == "terminate")
        #expect(request.subscriberID == "123456789")
        #expect(request.relationship == "child")
        #expect(request.segmentNumber == 8)
        #expect(request.dates == ["coverage_end_date": "1996-08-01"])
        #expect(request.request.groupNumber == "123456001")
        #expect(request.request.subscriberRef == "123456789")
        #expect(request.request.source == "834:test.x12")
        guard case .terminate(let terminate)? = request.request.action else {
            Issue.record("expected terminate")
            return
        }
        #expect(terminate.coverageEndDate == .init(year: 1996, month: 8, day: 1))
        #expect(terminate.reason == .unspecified)
        #expect(terminate.members.upstreamMemberID == request.memberKey)
        #expect(request.memberKey.hasPrefix("834-"))
        #expect(request.memberKey.count == 20)
        // BGN03/04 1998-05-20 12:00 in Los Angeles (PDT, UTC-7) = 19:00 UTC (rule X1).
        #expect(request.request.occurredAt.seconds == 895_690_800)
        #expect(request.request.eventID.count == 36)
    }

    @Test("change-subscriber-information: a demographic correction of the subscriber, matched by REF*0F, 2100B is the old identity")
    func changeSubscriber() throws {
        let file = X12TestFiles.read(try X12TestFiles.fixture("lfh_change-subscriber-information"))
        #expect(file.interchange.isClean)
        let request = try #require(file.requests.first)
        #expect(file.requests.count == 1)
        #expect(request.action == "change_demographics")
        #expect(request.relationship == "subscriber")
        #expect(request.subscriberID == "123456789")
        #expect(request.memberKey == "123456789")
        guard case .changeDemographics(let change)? = request.request.action else {
            Issue.record("expected change_demographics")
            return
        }
        #expect(change.member.upstreamMemberID == "123456789")
        #expect(change.identity.name.lastName == "DOE")
        #expect(change.identity.name.firstName == "JAMES")
        #expect(change.identity.dateOfBirth == .init(year: 1950, month: 4, day: 15))
        #expect(change.identity.ssn == "103229876")
        #expect(change.identity.gender == .male)
        #expect(change.identity.upstreamMemberID == "123456789")
        #expect(!change.hasHomeAddress)
        #expect(!change.hasMailingAddress)
    }

    @Test("the two samples share sender and control number but not their idempotency key")
    func sharedControlNumber() throws {
        let first = X12TestFiles.read(try X12TestFiles.fixture("lfh_cancel-dependent"))
        let second = X12TestFiles.read(try X12TestFiles.fixture("lfh_change-subscriber-information"))
        #expect(first.controlNumber == second.controlNumber)
        #expect(first.idempotencyKey != second.idempotencyKey)
        #expect(first.idempotencyKey == "ZZ:123456789012345/000010216/" + first.contentSHA256)
    }

    @Test("reading in chunks of any size gives the same requests and event ids", arguments: [1, 3, 64, 1 << 20])
    func chunking(size: Int) throws {
        let text = try X12TestFiles.fixture("lfh_cancel-dependent")
        let whole = X12TestFiles.read(text, chunk: 1 << 20)
        let chunked = X12TestFiles.read(text, chunk: size)
        #expect(chunked.requests.map(\.request.eventID) == whole.requests.map(\.request.eventID))
        #expect(chunked.contentSHA256 == whole.contentSHA256)
        #expect(chunked.interchange.segmentCount == 16)
    }
}
