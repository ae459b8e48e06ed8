import Logging
import SQLiteKit
import Synchronization

/// SQLite behind the store: a small pool of connections to one file (or one private in-memory database).
///
/// Why a pool of its own: sqlite-nio offers single connections only. Write transactions take a process-wide
/// writer turn before `BEGIN IMMEDIATE`, so writers of one process queue without burning a thread in SQLite's
/// busy handler; writers in *other* processes are handled by SQLite's lock and `busy_timeout`.
///
/// Each backend has its own thread pool with one thread per connection: SQLite blocks the calling thread
/// while it waits for another process's lock, and on a pool shared with other stores (sqlite-nio's
/// singleton has one thread per core) those waits could take every thread, including the one the lock
/// holder needs to finish its transaction.
final class SQLiteBackend: DatabaseBackend {
    let dialect = StoreDialect.sqlite
    private let pool: SQLiteConnectionPool
    private let threadPool: NIOThreadPool

    init(location: SQLiteLocation, maximumConnections: Int, busyTimeoutMilliseconds: Int, logger: Logger) {
        let limit = location == .memory ? 1 : max(1, maximumConnections)
        threadPool = NIOThreadPool(numberOfThreads: limit)
        threadPool.start()
        pool = SQLiteConnectionPool(
            location: location, limit: limit, busyTimeoutMilliseconds: busyTimeoutMilliseconds,
            threadPool: threadPool, logger: logger
        )
    }

    /// Opens the first connection now, so a bad path fails at start rather than at first use.
    func prepare() async throws {
        do {
            let connection = try await pool.acquire()
            await pool.release(connection, broken: false)
        } catch {
            await shutdown()
            throw error
        }
    }

    func withSession<R: Sendable>(
        writing: Bool,
        _ body: (StoreSession) async throws -> R
    ) async throws -> R {
        if writing { await pool.acquireWriterTurn() }
        let connection: SQLiteConnection
        do {
            connection = try await pool.acquire()
        } catch {
            if writing { await pool.releaseWriterTurn() }
            throw error
        }
        let broken = BrokenFlag()
        let session = StoreSession(
            sql: connection.sql(queryLogLevel: nil),
            dialect: .sqlite,
            invalidate: { broken.set() }
        )
        do {
            let result = try await body(session)
            await pool.release(connection, broken: broken.isSet)
            if writing { await pool.releaseWriterTurn() }
            return result
        } catch {
            await pool.release(connection, broken: broken.isSet)
            if writing { await pool.releaseWriterTurn() }
            throw error
        }
    }

    func run() async {
        // Nothing runs in the background for SQLite; stay alive until cancelled like a service should.
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(3600))
        }
    }

    func shutdown() async {
        await pool.closeAll()
        try? await threadPool.shutdownGracefully()
    }
}

/// Remembers that a session's connection must not be reused.
private final class BrokenFlag: Sendable {
    private let value = Mutex(false)
    func set() { value.withLock { $0 = true } }
    var isSet: Bool { value.withLock { $0 } }
}

/// Connections to one SQLite database, opened lazily up to a limit, plus the in-process writer turn.
actor SQLiteConnectionPool {
    private let location: SQLiteLocation
    private let limit: Int
    private let busyTimeoutMilliseconds: Int
    private let threadPool: NIOThreadPool
    private let logger: Logger
    private var idle: [SQLiteConnection] = []
    private var openCount = 0
    private var waiters: [CheckedContinuation<SQLiteConnection?, Never>] = []
    private var writerBusy = false
    private var writerWaiters: [CheckedContinuation<Void, Never>] = []
    private var closed = false

    init(location: SQLiteLocation, limit: Int, busyTimeoutMilliseconds: Int, threadPool: NIOThreadPool, logger: Logger) {
        self.location = location
        self.limit = limit
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        self.threadPool = threadPool
        self.logger = logger
    }

    func acquire() async throws -> SQLiteConnection {
        while true {
            if closed { throw StoreError(.connectionFailed, "the store is closed") }
            if let connection = idle.popLast() { return connection }
            if openCount < limit {
                openCount += 1
                do {
                    return try await open()
                } catch {
                    openCount -= 1
                    throw StoreError(.connectionFailed, "could not open the SQLite database", underlying: error)
                }
            }
            // Wait for a release; `nil` means a slot was freed (a broken connection was dropped), so loop and
            // open a new one.
            if let connection = await withCheckedContinuation({ waiters.append($0) }) {
                return connection
            }
        }
    }

    func release(_ connection: SQLiteConnection, broken: Bool) async {
        if broken || closed {
            openCount -= 1
            try? await connection.close()
            if !waiters.isEmpty { waiters.removeFirst().resume(returning: nil) }
            return
        }
        if !waiters.isEmpty {
            waiters.removeFirst().resume(returning: connection)
        } else {
            idle.append(connection)
        }
    }

    func acquireWriterTurn() async {
        if !writerBusy {
            writerBusy = true
            return
        }
        await withCheckedContinuation { writerWaiters.append($0) }
    }

    func releaseWriterTurn() {
        if writerWaiters.isEmpty {
            writerBusy = false
        } else {
            // The turn passes directly to the next writer; `writerBusy` stays true.
            writerWaiters.removeFirst().resume()
        }
    }

    func closeAll() async {
        closed = true
        let connections = idle
        idle.removeAll()
        openCount -= connections.count
        for connection in connections {
            try? await connection.close()
        }
    }

    private func open() async throws -> SQLiteConnection {
        let storage: SQLiteConnection.Storage
        switch location {
        case .memory: storage = .memory
        case .file(let path): storage = .file(path: path)
        }
        let connection = try await SQLiteConnection.open(
            storage: storage, threadPool: threadPool, logger: logger, on: MultiThreadedEventLoopGroup.singleton.any()
        )
        do {
            let sql = connection.sql(queryLogLevel: nil)
            // Replaces sqlite-nio's retry-forever busy handler with a bounded wait for other processes' locks.
            try await sql.execute(sql: SQLStatementText("PRAGMA busy_timeout = \(busyTimeoutMilliseconds)", []), { _ in })
            if case .file = location {
                // WAL lets readers proceed while one process writes; it is a property of the file, set once.
                try await sql.execute(sql: SQLStatementText("PRAGMA journal_mode = WAL", []), { _ in })
            }
            // FULL: every commit is fsynced, so a committed outbox row survives a power loss (NORMAL in WAL mode
            // may lose the last commits).
            try await sql.execute(sql: SQLStatementText("PRAGMA synchronous = FULL", []), { _ in })
        } catch {
            try? await connection.close()
            throw error
        }
        return connection
    }
}
