import Foundation
@testable import MembershipStore

/// One throwaway PostgreSQL server per test process, started on first use by `Scripts/test-postgres.sh` on
/// a free loopback port, and stopped and deleted by a watchdog when the test process exits.
///
/// Under `CI=true` a server that cannot start fails the tests that need it; elsewhere they are skipped with
/// the reason.
actor TestPostgresServer {
    static let shared = TestPostgresServer()

    private enum State {
        case notStarted
        case running(baseURL: String)
        case unavailable(String)
    }

    private var state = State.notStarted
    private var databaseCounter = 0

    /// Whether a PostgreSQL that cannot start must fail the run.
    static var required: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The server's URL for its `postgres` database, or the reason it is not available.
    func baseURL() -> Result<String, TestPostgresUnavailable> {
        switch state {
        case .running(let url): return .success(url)
        case .unavailable(let reason): return .failure(TestPostgresUnavailable(reason: reason))
        case .notStarted:
            do {
                let url = try Self.start()
                state = .running(baseURL: url)
                return .success(url)
            } catch {
                let reason = (error as? TestPostgresUnavailable)?.reason ?? "\(error)"
                state = .unavailable(reason)
                if !Self.required {
                    // Swift Testing's console output does not show why a test case was cancelled, so say it
                    // once here.
                    FileHandle.standardError.write(Data(
                        "PostgreSQL conformance tests SKIPPED: \(reason) (with CI=true this fails the run)\n".utf8))
                }
                return .failure(TestPostgresUnavailable(reason: reason))
            }
        }
    }

    /// Creates an empty database on the shared server and returns its URL.
    func freshDatabase() async throws -> String {
        let base = try baseURL().get()
        databaseCounter += 1
        let name = "test_\(ProcessInfo.processInfo.processIdentifier)_\(databaseCounter)"
        try await MembershipStore.withStore(StoreConfiguration(url: base)) { admin in
            try await admin.executeOutsideTransaction("CREATE DATABASE \(name)")
        }
        return base.replacingOccurrences(of: "/postgres?", with: "/\(name)?")
    }

    private static func start() throws -> String {
        let script = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scripts/test-postgres.sh").path
        let dir = NSTemporaryDirectory() + "membership-store-pg-\(ProcessInfo.processInfo.processIdentifier)"
        let parent = ProcessInfo.processInfo.processIdentifier
        // The watchdog outlives this process on purpose: it is what stops the server after the last test.
        // It treats a zombie as gone: the watchdog inherits the runner's descriptors, and `swift test`
        // reaps the runner only after those reach end-of-file, so waiting for the reaping would deadlock.
        let shell = """
            set -e
            url=$("\(script)" start "\(dir)")
            ( trap '' HUP; while kill -0 \(parent) 2>/dev/null && [ "$(awk '{print $3}' /proc/\(parent)/stat 2>/dev/null)" != Z ]; do sleep 1; done; "\(script)" stop "\(dir)" ) \
                >/dev/null 2>&1 </dev/null &
            echo "$url"
            """
        // Output goes through files, not pipes: the server and the watchdog inherit descriptors, and a pipe
        // held open by them would never reach end-of-file. posix_spawn + waitpid instead of Foundation's
        // Process, whose exit monitoring did not report this child's exit inside the test runner.
        let outputPath = dir + ".out"
        let errorPath = dir + ".err"
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
        }
        let status = try runShell("{\n\(shell)\n} >\"\(outputPath)\" 2>\"\(errorPath)\" </dev/null")
        let url = ((try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let message = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        guard status == 0, url.hasPrefix("postgres://") else {
            throw TestPostgresUnavailable(reason: "Scripts/test-postgres.sh failed: \(message)")
        }
        return url
    }
}

/// Runs `/bin/bash -c script` and returns its exit status.
private func runShell(_ script: String) throws -> Int32 {
    var pid: pid_t = 0
    let arguments = ["/bin/bash", "-c", script]
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let spawned = posix_spawn(&pid, "/bin/bash", nil, nil, &argv, environ)
    guard spawned == 0 else {
        throw TestPostgresUnavailable(reason: "could not start /bin/bash (error \(spawned))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    // WEXITSTATUS: the exit code sits in bits 8-15 of a normal exit.
    return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
}

/// Why the test PostgreSQL server is not available.
struct TestPostgresUnavailable: Error, CustomStringConvertible {
    let reason: String
    var description: String { "PostgreSQL test server unavailable: \(reason)" }
}
