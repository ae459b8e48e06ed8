import Foundation
import SQLKit

extension StoreSession {
    /// Inserts many rows with as few statements as the bind limit allows: `INSERT INTO table (columns)
    /// VALUES (...), (...), ...` plus `suffix` (e.g. an `ON CONFLICT` clause). This is the hot path of the
    /// batching workers: one round trip per few thousand rows instead of one per row.
    ///
    /// - Returns: the rows produced by a `RETURNING` clause in `suffix`, if any.
    @discardableResult
    func insertRows(
        into table: String,
        columns: [String],
        rows: [[any Encodable & Sendable]],
        suffix: String = ""
    ) async throws -> [any SQLRow] {
        guard !rows.isEmpty else { return [] }
        try Task.checkCancellation()
        // Cap rows per statement too: very long statements cost the server more to parse than they save.
        let rowsPerStatement = max(1, min(1_000, dialect.maximumBindsPerStatement / columns.count))
        let rowPlaceholders = "(" + repeatElement("?", count: columns.count).joined(separator: ", ") + ")"
        let head = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        var returned: [any SQLRow] = []
        var start = 0
        while start < rows.count {
            let end = min(start + rowsPerStatement, rows.count)
            var text = head
            text.reserveCapacity(head.utf8.count + (end - start) * (rowPlaceholders.utf8.count + 2) + suffix.utf8.count)
            var binds: [any Encodable & Sendable] = []
            binds.reserveCapacity((end - start) * columns.count)
            for index in start..<end {
                let row = rows[index]
                precondition(row.count == columns.count, "row has \(row.count) values for \(columns.count) columns")
                if index > start { text += ", " }
                text += rowPlaceholders
                binds.append(contentsOf: row)
            }
            if !suffix.isEmpty { text += " " + suffix }
            returned += try await collect(SQLStatementText(text, binds))
            start = end
        }
        return returned
    }

    /// `?, ?, ?` for an `IN (...)` list of `count` values.
    static func placeholders(_ count: Int) -> String {
        repeatElement("?", count: count).joined(separator: ", ")
    }

    /// Runs a query once per chunk of `values` for an `IN (...)` list, so long lists stay under the bind limit.
    /// `makeText` receives the placeholder list for one chunk; `fixedBinds` precede the chunk's values.
    func queryInChunks(
        _ values: [any Encodable & Sendable],
        fixedBinds: [any Encodable & Sendable] = [],
        _ makeText: (String) -> String
    ) async throws -> [any SQLRow] {
        guard !values.isEmpty else { return [] }
        let chunkSize = min(1_000, dialect.maximumBindsPerStatement - fixedBinds.count)
        var rows: [any SQLRow] = []
        var start = 0
        while start < values.count {
            let end = min(start + chunkSize, values.count)
            rows += try await query(makeText(Self.placeholders(end - start)), fixedBinds + Array(values[start..<end]))
            start = end
        }
        return rows
    }
}

/// Typed column access with errors that name the column (never its value, which may be PII).
extension SQLRow {
    func string(_ column: String) throws -> String {
        try decode(column: column, as: String.self)
    }

    func optionalString(_ column: String) throws -> String? {
        try decodeNil(column: column) ? nil : decode(column: column, as: String.self)
    }

    func int64(_ column: String) throws -> Int64 {
        try decode(column: column, as: Int64.self)
    }

    func optionalInt64(_ column: String) throws -> Int64? {
        try decodeNil(column: column) ? nil : decode(column: column, as: Int64.self)
    }

    func flag(_ column: String) throws -> Bool {
        try decode(column: column, as: Int64.self) != 0
    }

    func bytes(_ column: String) throws -> [UInt8] {
        [UInt8](try decode(column: column, as: Data.self))
    }

    func optionalBytes(_ column: String) throws -> [UInt8]? {
        try decodeNil(column: column) ? nil : bytes(column)
    }
}

extension Bool {
    /// The 0/1 integer the schema stores for a flag.
    var sqlFlag: Int64 { self ? 1 : 0 }
}

extension Array where Element == UInt8 {
    /// Bytes as a bind value both drivers send as a blob/bytea.
    var sqlBytes: Data { Data(self) }
}
