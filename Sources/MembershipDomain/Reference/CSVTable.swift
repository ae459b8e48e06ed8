/// A parsed CSV file: a header and its data rows, each row remembering its line number.
///
/// Format: comma-separated, RFC 4180 quoting (`"a, b"`, `""` for a quote inside quotes), one record
/// per line (no line breaks inside fields), `\n` or `\r\n` line ends. Blank lines and lines whose
/// first character is `#` are comments, so data files can say where they come from.
struct CSVTable {
    struct Row {
        let line: Int
        let fields: [String]
    }

    let file: String
    let rows: [Row]

    /// Parses `text` and checks the header equals `columns`.
    init(file: String, text: String, columns: [String]) throws(ReferenceDataError) {
        self.file = file
        var header: [String]?
        var rows: [Row] = []
        var lineNumber = 0
        // "\r\n" is a single Character in Swift, so it must be named as a separator of its own.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.last == "\r" { line = line.dropLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.first == "#" { continue }
            let fields = try CSVTable.split(line, file: file, line: lineNumber)
            if header == nil {
                guard fields == columns else {
                    throw ReferenceDataError(
                        code: .badHeader, file: file, line: lineNumber,
                        message: "expected header \(columns.joined(separator: ",")), found \(fields.joined(separator: ","))")
                }
                header = fields
                continue
            }
            guard fields.count == columns.count else {
                throw ReferenceDataError(
                    code: .wrongFieldCount, file: file, line: lineNumber,
                    message: "expected \(columns.count) fields, found \(fields.count)")
            }
            rows.append(Row(line: lineNumber, fields: fields))
        }
        guard header != nil else {
            throw ReferenceDataError(code: .badHeader, file: file, line: nil, message: "file is empty; expected a header row")
        }
        self.rows = rows
    }

    private static func split(_ line: Substring, file: String, line lineNumber: Int) throws(ReferenceDataError) -> [String] {
        var fields: [String] = []
        var current = ""
        var inQuotes = false
        var wasQuoted = false
        var iterator = line.makeIterator()
        var pending: Character? = nil
        while true {
            let next: Character?
            if let held = pending { next = held; pending = nil } else { next = iterator.next() }
            guard let character = next else { break }
            if inQuotes {
                if character == "\"" {
                    let after = iterator.next()
                    if after == "\"" {
                        current.append("\"")
                    } else {
                        inQuotes = false
                        pending = after
                    }
                } else {
                    current.append(character)
                }
            } else if character == "," {
                fields.append(wasQuoted ? current : current.trimmingSpaces())
                current = ""
                wasQuoted = false
            } else if character == "\"" {
                guard current.allSatisfy({ $0 == " " }), !wasQuoted else {
                    throw ReferenceDataError(code: .malformedQuoting, file: file, line: lineNumber,
                                             message: "quote inside an unquoted field")
                }
                current = ""
                inQuotes = true
                wasQuoted = true
            } else {
                if wasQuoted, character != " " {
                    throw ReferenceDataError(code: .malformedQuoting, file: file, line: lineNumber,
                                             message: "text after a closing quote")
                }
                if !wasQuoted { current.append(character) }
            }
        }
        guard !inQuotes else {
            throw ReferenceDataError(code: .malformedQuoting, file: file, line: lineNumber, message: "unterminated quoted field")
        }
        fields.append(wasQuoted ? current : current.trimmingSpaces())
        return fields
    }

    /// An error about a field of `row`.
    func invalid(_ row: Row, _ column: String, _ detail: String) -> ReferenceDataError {
        ReferenceDataError(code: .invalidValue, file: file, line: row.line, message: "\(column): \(detail)")
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
