import Crypto
import Foundation
import SwiftProtobuf
import X12

/// Reads an 834 file chunk by chunk into an ``EnrollmentFile``: checks the envelopes, reads the members,
/// maps them (``EnrollmentRequestMapper``) and hashes the bytes. Besides the planned requests, only one
/// unfinished segment, the current member and its family's residence are kept, so memory grows with the
/// number of requests, not with the file's size, and stays flat when requests are only counted.
public struct EnrollmentFileReader {
    private let state: Accumulator
    private var reader: X12InterchangeReader<BenefitEnrollmentReader>
    private var hasher = SHA256()

    /// A reader that maps with `mapper`. With `retainingRequests` false every member is still read, checked
    /// and mapped, but only counted (``EnrollmentSet/requestCount``): memory then stays flat whatever the
    /// file's size, for validating very large files.
    public init(mapper: EnrollmentRequestMapper, retainingRequests: Bool = true) {
        let state = Accumulator(mapper: mapper, retainingRequests: retainingRequests)
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
    public static func read(path: String, mapper: EnrollmentRequestMapper, retainingRequests: Bool = true,
                            chunkSize: Int = 1 << 20) throws -> EnrollmentFile {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var reader = EnrollmentFileReader(mapper: mapper, retainingRequests: retainingRequests)
        while let data = try handle.read(upToCount: chunkSize), !data.isEmpty {
            data.withUnsafeBytes { reader.read($0.bindMemory(to: UInt8.self)) }
        }
        return reader.finish()
    }

    /// What the callbacks of the 834 reader collect (used by one reader on one thread).
    private final class Accumulator {
        let mapper: EnrollmentRequestMapper
        let retainingRequests: Bool
        var sets: [EnrollmentSet] = []
        var requests: [PlannedRequest] = []
        var requestCount = 0
        var roster: [RosterEntry] = []
        var members = 0
        var subscriber: (id: String, residence: MemberAddress?)?
        var receipt: (set: Int, time: Google_Protobuf_Timestamp)?

        init(mapper: EnrollmentRequestMapper, retainingRequests: Bool) {
            self.mapper = mapper
            self.retainingRequests = retainingRequests
        }

        func member(_ member: BenefitEnrollmentMember, header: BenefitEnrollmentHeader) -> [X12Problem] {
            members += 1
            // Only the current family's residence is kept: in an 834 dependents follow their subscriber.
            if member.isSubscriber { subscriber = (member.subscriberID, member.residence) }
            let residence = subscriber?.id == member.subscriberID ? subscriber?.residence : nil
            // The receipt time is the set's (rule X1): computed once per set, not per member.
            if receipt?.set != header.transactionSet.segmentNumber {
                receipt = (header.transactionSet.segmentNumber, mapper.occurredAt(header))
            }
            let mapped = mapper.map(member, header: header, subscriberResidence: residence, occurredAt: receipt?.time)
            requestCount += mapped.requests.count
            if retainingRequests {
                requests.append(contentsOf: mapped.requests)
                if let entry = mapped.roster { roster.append(entry) }
            }
            return mapped.problems
        }

        func settle(_ header: BenefitEnrollmentHeader, _ result: X12TransactionSetResult) {
            sets.append(EnrollmentSet(header: header, result: result, requests: result.isAccepted ? requests : [],
                                      roster: result.isAccepted ? roster : [], memberCount: members,
                                      requestCount: result.isAccepted ? requestCount : 0))
            requests = []
            requestCount = 0
            roster = []
            members = 0
            subscriber = nil
        }
    }
}
