/// Reads the content of the transaction sets of one kind (e.g. 834) as the envelope reader finds them.
///
/// The envelope reader checks ISA/GS/ST and their trailers; the handler sees only what is inside a set and
/// reports what is wrong with it. Sets are read one segment at a time, so a handler that keeps only what
/// it needs lets a file of any size stream through.
public protocol X12TransactionSetHandler {
    /// Whether the handler reads this kind of set; other sets are rejected with IK5 code 1.
    func supports(_ set: X12TransactionSetHeader, group: X12FunctionalGroupHeader) -> Bool
    /// A set starts (its ST was read).
    mutating func begin(_ set: X12TransactionSetHeader, group: X12FunctionalGroupHeader, interchange: X12InterchangeHeader)
    /// One segment of the set, between ST and SE; `position` counts from ST = 1. Append what is wrong to `problems`.
    mutating func read(_ segment: X12Segment, position: Int, problems: inout [X12Problem])
    /// The set's SE was read (or the set was cut off): report what is missing.
    mutating func end(_ set: X12TransactionSetHeader, problems: inout [X12Problem])
    /// The set's final verdict, envelope checks included: a handler publishes a set's content only when it is
    /// accepted.
    mutating func settle(_ result: X12TransactionSetResult)
}
