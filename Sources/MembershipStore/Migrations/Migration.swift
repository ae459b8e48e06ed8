/// One forward-only schema step. Versions are applied in increasing order, each exactly once, and recorded in
/// `schema_migrations`; a released migration is never edited, a change is a new version.
struct Migration: Sendable {
    /// Position in the sequence, starting at 1.
    let version: Int
    /// Short description recorded next to the version.
    let name: String
    /// The statements, one per element (sqlite-nio runs one statement per call), in the given dialect.
    let statements: @Sendable (StoreDialect) -> [String]
}
