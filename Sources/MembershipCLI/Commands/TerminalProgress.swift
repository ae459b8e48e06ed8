import Foundation
import MembershipOperations
import Synchronization

/// Redraws a one-line progress display on standard error (only when it is a terminal; a log file
/// gets the final line only).
final class TerminalProgress: Sendable {
    private let started = ContinuousClock.now
    private let lastDraw = Mutex(ContinuousClock.now)
    private let total: Int?
    private let unit: String
    private let interactive = isatty(STDERR_FILENO) != 0

    init(total: Int?, unit: String) {
        self.total = total
        self.unit = unit
    }

    func update(_ done: Int) {
        guard interactive else { return }
        let due = lastDraw.withLock { last in
            guard ContinuousClock.now - last >= .milliseconds(100) else { return false }
            last = ContinuousClock.now
            return true
        }
        if due { FileHandle.standardError.write(Data(("\r" + line(done)).utf8)) }
    }

    func finish(_ done: Int) {
        FileHandle.standardError.write(Data(((interactive ? "\r" : "") + line(done) + "\n").utf8))
    }

    private func line(_ done: Int) -> String {
        ProgressLine(done: done, total: total, unit: unit, elapsed: ContinuousClock.now - started).render()
    }
}

/// Writes a line to standard error (status, not data: standard output stays pipeable).
func status(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
