import Crypto
import Foundation
import X12

/// Reads an 834 file chunk by chunk into an ``EnrollmentFile``: checks the envelopes, reads the members,
/// maps them (``EnrollmentRequestMapper``) and hashes the bytes. Only the planned requests of the current
/// set and the family residences are kept besides one unfinished segment, so memory grows with the number
/// of requests, not with the file's size.
public struct EnrollmentFileReader {
    private let state: Accumulator
    private var reader: X12InterchangeReader<BenefitEnrollmentReader>
    private var hasher = SHA256()

    /// A reader that maps with `mapper`.
    public init(mapper: EnrollmentRequestMapper) {
        let state = Accumulator(mapper: mapper)
        self.state = state
        reader = X12InterchangeReader(handler: BenefitEnrollmentReader(
            onMember: { header, member in state.member(member, header: header) },
            onSettle: { header, result in state.settle(header, result) }))
    }

    /// Reads the next chunk.
    public mutating func read(_ chunk: UnsafeBufferPointer<UInt8>) {
        hasher.update(bufferPointer: UnsafeRawBufferPointer(chunk))
        reader.read(chunk)
    }

    /// Reads the next chunk, held in an array.
    public mutating func read(_ chunk: [UInt8]) {
        chunk.withUnsafeBufferPointer { read($0) }
    }

    /// Ends the file and returns it, with event ids assigned to its requests.
    public mutating func finish() -> EnrollmentFile {
        let interchange = reader.finish()
        let digest = hasher.finalize().map { byte -> String in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
        var file = EnrollmentFile(interchange: interchange, sets: state.sets, contentSHA256: digest)
        var ordinal = 0
        for index in file.sets.indices {
            for request in file.sets[index].requests.indices {
                ordinal += 1
                let planned = file.sets[index].requests[request]
                file.sets[index].requests[request].request.eventID = file.eventID(for: planned, ordinal: ordinal)
            }
        }
        return file
    }

    /// Reads the file at `path` in chunks of `chunkSize` bytes.
    /// - Throws: only when the file cannot be opened or read (everything wrong inside it is in the result).
    public static func read(path: String, mapper: EnrollmentRequestMapper, chunkSize: Int = 1 << 20) throws -> EnrollmentFile {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var reader = EnrollmentFileReader(mapper: mapper)
        while let data = try handle.read(upToCount: chunkSize), !data.isEmpty {
            data.withUnsafeBytes { reader.read($0.bindMemory(to: UInt8.self)) }
        }
        return reader.finish()
    }

    /// What the callbacks of the 834 reader collect (used by one reader on one thread).
    private final class Accumulator {
        let mapper: EnrollmentRequestMapper
        var sets: [EnrollmentSet] = []
        var requests: [PlannedRequest] = []
        var roster: [RosterEntry] = []
        var members = 0
        var residences: [String: MemberAddress] = [:]

        init(mapper: EnrollmentRequestMapper) {
            self.mapper = mapper
        }

        func member(_ member: BenefitEnrollmentMember, header: BenefitEnrollmentHeader) -> [X12Problem] {
            members += 1
            if member.isSubscriber, let residence = member.residence { residences[member.subscriberID] = residence }
            let mapped = mapper.map(member, header: header, subscriberResidence: residences[member.subscriberID])
            requests.append(contentsOf: mapped.requests)
            if let entry = mapped.roster { roster.append(entry) }
            return mapped.problems
        }

        func settle(_ header: BenefitEnrollmentHeader, _ result: X12TransactionSetResult) {
            sets.append(EnrollmentSet(header: header, result: result, requests: result.isAccepted ? requests : [],
                                      roster: result.isAccepted ? roster : [], memberCount: members))
            requests = []
            roster = []
            members = 0
            residences = [:]
        }
    }
}
