import MembershipOperations
import Synchronization

/// The recording's writer as the reader's batch callback uses it.
final class WriterBox: Sendable {
    private let writer: Mutex<ReplayFile.Writer>

    init(_ writer: sending ReplayFile.Writer) {
        self.writer = Mutex(writer)
    }

    var count: Int { writer.withLock { $0.count } }

    func append(_ records: [ReplayRecord]) throws {
        try writer.withLock { writer in
            for record in records { try writer.append(record) }
        }
    }

    func close() throws {
        try writer.withLock { try $0.close() }
    }
}
