import SQLKit

/// SQL text with `?` placeholders and its bound values, serialised with the dialect's own placeholders
/// (`?` for SQLite, `$1, $2, ...` for PostgreSQL). The store writes its SQL by hand, portable between the
/// two engines, instead of through sql-kit's builders: the statements are fixed, and the builders' per-value
/// expression trees cost time on the bulk paths.
///
/// The text must not contain `?` anywhere except as a placeholder (the store never uses string literals
/// containing one).
struct SQLStatementText: SQLExpression {
    let text: String
    let binds: [any Encodable & Sendable]

    init(_ text: String, _ binds: [any Encodable & Sendable]) {
        self.text = text
        self.binds = binds
    }

    func serialize(to serializer: inout SQLSerializer) {
        var bindIndex = 0
        var chunkStart = text.utf8.startIndex
        var index = chunkStart
        let utf8 = text.utf8
        while index != utf8.endIndex {
            if utf8[index] == UInt8(ascii: "?") {
                serializer.write(String(text[chunkStart..<index]))
                serializer.write(bind: binds[bindIndex])
                bindIndex += 1
                chunkStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        serializer.write(String(text[chunkStart..<utf8.endIndex]))
        precondition(bindIndex == binds.count, "placeholder count does not match bind count")
    }
}
