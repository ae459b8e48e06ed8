import Foundation

/// Where the store keeps its data and how it connects, parsed from a database URL.
///
/// Accepted URLs:
/// - `sqlite:PATH` (also `sqlite://PATH` and `sqlite:///ABSOLUTE/PATH`): a SQLite file, shared safely by several
///   processes (WAL journal, `busy_timeout`, `BEGIN IMMEDIATE` for write transactions).
/// - `sqlite::memory:`: a private in-memory SQLite database (one connection; for tests and demos).
/// - `postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=MODE` (also `postgresql://`): a PostgreSQL server,
///   reached through a connection pool. `sslmode` is `disable`, `prefer` (the default), `require` (encrypted,
///   certificate not verified) or `verify-full` (encrypted, certificate and host name verified).
public struct StoreConfiguration: Sendable, Equatable {
    /// The database the store talks to.
    public var backend: StoreBackend

    /// Most connections the store opens at once. Default 8 for PostgreSQL (the pool's limit) and 4 for a
    /// SQLite file (readers; write transactions are serialised by SQLite's write lock anyway).
    public var maximumConnections: Int

    /// How long a SQLite connection waits for another process's write lock before failing, in milliseconds.
    /// Default 5000. Ignored by PostgreSQL.
    public var sqliteBusyTimeoutMilliseconds: Int

    /// Creates a configuration for a backend with the documented defaults.
    public init(backend: StoreBackend) {
        self.backend = backend
        switch backend {
        case .sqlite(.memory): self.maximumConnections = 1
        case .sqlite: self.maximumConnections = 4
        case .postgres: self.maximumConnections = 8
        }
        self.sqliteBusyTimeoutMilliseconds = 5000
    }

    /// Parses a database URL (see the type's documentation for the accepted forms).
    /// - Throws: ``StoreError`` with code `.invalidConfiguration` naming what is wrong; the message never
    ///   contains the password.
    public init(url: String) throws {
        try self.init(backend: StoreBackend(url: url))
    }
}

/// The two supported database engines.
public enum StoreBackend: Sendable, Equatable {
    /// SQLite, the embedded default.
    case sqlite(SQLiteLocation)
    /// PostgreSQL, for production.
    case postgres(PostgresSettings)

    /// The SQL dialect this backend speaks.
    public var dialect: StoreDialect {
        switch self {
        case .sqlite: .sqlite
        case .postgres: .postgres
        }
    }
}

/// Where a SQLite database lives.
public enum SQLiteLocation: Sendable, Equatable {
    /// A database file (created if missing).
    case file(path: String)
    /// A private in-memory database that lives as long as the store.
    case memory
}

/// Connection settings for a PostgreSQL server.
public struct PostgresSettings: Sendable, Equatable {
    /// Host name or IP address. Default `localhost`.
    public var host: String
    /// TCP port. Default 5432.
    public var port: Int
    /// User name to log in as.
    public var username: String
    /// Password, if the server asks for one.
    public var password: String?
    /// Database name; the server defaults it to the user name when `nil`.
    public var database: String?
    /// Transport security. Default `.prefer`.
    public var tls: PostgresTLSMode

    /// Creates PostgreSQL settings.
    public init(
        host: String = "localhost", port: Int = 5432, username: String, password: String? = nil,
        database: String? = nil, tls: PostgresTLSMode = .prefer
    ) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.tls = tls
    }
}

/// How the PostgreSQL connection uses TLS (the libpq `sslmode` names).
public enum PostgresTLSMode: String, Sendable, Equatable, CaseIterable {
    /// Plain TCP.
    case disable
    /// TLS when the server offers it, plain otherwise; certificate not verified.
    case prefer
    /// TLS required; certificate not verified.
    case require
    /// TLS required; certificate chain and host name verified.
    case verifyFull = "verify-full"
}

extension StoreBackend {
    /// Parses a database URL into a backend.
    public init(url: String) throws {
        if url == "sqlite::memory:" || url == "sqlite://:memory:" {
            self = .sqlite(.memory)
            return
        }
        if url.hasPrefix("sqlite:") {
            var path = String(url.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path.removeFirst(2) }
            guard !path.isEmpty else {
                throw StoreError(.invalidConfiguration, "SQLite URL has no path: expected sqlite:PATH")
            }
            self = .sqlite(.file(path: path))
            return
        }
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            self = .postgres(try PostgresSettings(url: url))
            return
        }
        throw StoreError(
            .invalidConfiguration,
            "unsupported database URL scheme: expected sqlite:PATH, sqlite::memory: or postgres://..."
        )
    }
}

extension PostgresSettings {
    /// Parses `postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=MODE`.
    public init(url: String) throws {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty else {
            throw StoreError(.invalidConfiguration, "PostgreSQL URL is malformed or has no host")
        }
        guard let user = components.user, !user.isEmpty else {
            throw StoreError(.invalidConfiguration, "PostgreSQL URL has no user name")
        }
        var database: String? = String(components.path.drop(while: { $0 == "/" }))
        if database?.isEmpty == true { database = nil }
        var tls = PostgresTLSMode.prefer
        for item in components.queryItems ?? [] where item.name == "sslmode" {
            guard let value = item.value, let mode = PostgresTLSMode(rawValue: value) else {
                throw StoreError(
                    .invalidConfiguration,
                    "unsupported sslmode '\(item.value ?? "")': expected disable, prefer, require or verify-full"
                )
            }
            tls = mode
        }
        self.init(
            host: host,
            port: components.port ?? 5432,
            username: user.removingPercentEncoding ?? user,
            password: components.password.map { $0.removingPercentEncoding ?? $0 },
            database: database.map { $0.removingPercentEncoding ?? $0 },
            tls: tls
        )
    }
}
