import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The two stores the workers run on. End-to-end tests that take a `TestDatabase` argument run once on
/// each: SQLite files, and the real PostgreSQL server that `make test` installs.
enum TestDatabase: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// A `DATABASE_URL` naming an empty database of this kind, for one test.
    func freshURL() async throws -> String {
        switch self {
        case .sqlite:
            return "sqlite:" + FileManager.default.temporaryDirectory
                .appendingPathComponent("e2e-\(UUID().uuidString.prefix(8)).sqlite").path
        case .postgres:
            return try await EndToEndPostgres.shared.freshDatabase()
        }
    }
}

/// One throwaway PostgreSQL server for the end-to-end test process, started on first use by
/// `Scripts/test-postgres.sh` and stopped by a watchdog once the test process is gone. The workers
/// under test are separate processes, so each test gets its own database on it.
actor EndToEndPostgres {
    static let shared = EndToEndPostgres()

    private var baseURL: String?
    private var created = 0

    static let binaries: String = {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let newest = versions.compactMap(Int.init).max().map(String.init) ?? "15"
        return "\(root)/\(newest)/bin"
    }()

    func freshDatabase() throws -> String {
        let base = try baseURL ?? start()
        baseURL = base
        created += 1
        let name = "e2e_\(getpid())_\(created)"
        let status = try runShell("\"\(Self.binaries)/psql\" -q \"\(base)\" -c 'CREATE DATABASE \(name)' >/dev/null 2>&1")
        guard status == 0 else {
            throw HarnessError("could not create database \(name) on \(base): is PostgreSQL installed? `make test` installs it")
        }
        return base.replacingOccurrences(of: "/postgres?", with: "/\(name)?")
    }

    private func start() throws -> String {
        let script = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scripts/test-postgres.sh").path
        let directory = NSTemporaryDirectory() + "membership-e2e-pg-\(getpid())"
        let parent = getpid()
        let output = directory + ".out"
        defer { try? FileManager.default.removeItem(atPath: output) }
        // The watchdog outlives this process on purpose: it stops the server after the last test. It
        // treats a zombie runner as gone (the runner is reaped only after its descriptors close, and the
        // watchdog holds some of them).
        let status = try runShell("""
            {
            url=$("\(script)" start "\(directory)") || exit 1
            ( trap '' HUP; while kill -0 \(parent) 2>/dev/null && [ "$(awk '{print $3}' /proc/\(parent)/stat 2>/dev/null)" != Z ]; do sleep 1; done; "\(script)" stop "\(directory)" ) >/dev/null 2>&1 </dev/null &
            echo "$url"
            } >"\(output)" 2>&1 </dev/null
            """)
        let text = ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard status == 0, text.hasPrefix("postgres://") else {
            throw HarnessError("Scripts/test-postgres.sh could not start PostgreSQL: \(text)")
        }
        return text
    }
}

/// Runs `/bin/bash -c script` and returns its exit status. posix_spawn rather than Foundation's
/// Process: the server and the watchdog inherit the child's descriptors and outlive it.
private func runShell(_ script: String) throws -> Int32 {
    var pid: pid_t = 0
    let arguments = ["/bin/bash", "-c", script]
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let spawned = posix_spawn(&pid, "/bin/bash", nil, nil, &argv, environ)
    guard spawned == 0 else { throw HarnessError("could not start /bin/bash (error \(spawned))") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
}
