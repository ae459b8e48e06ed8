/// Everything the reader found in a file: the interchange, its groups and sets, and every problem.
public struct X12InterchangeResult: Sendable, Hashable {
    /// The ISA, when the file had a readable one.
    public var header: X12InterchangeHeader?
    /// The functional groups, in file order.
    public var groups: [X12FunctionalGroupResult]
    /// Problems of the file or its ISA/IEA (no 999 can carry these; they make the whole file unusable).
    public var problems: [X12Problem]
    /// Segments read.
    public var segmentCount: Int
    /// Bytes read.
    public var byteCount: Int

    /// Creates a result.
    public init(header: X12InterchangeHeader?, groups: [X12FunctionalGroupResult], problems: [X12Problem], segmentCount: Int,
                byteCount: Int) {
        self.header = header
        self.groups = groups
        self.problems = problems
        self.segmentCount = segmentCount
        self.byteCount = byteCount
    }

    /// Whether nothing at all is wrong.
    public var isClean: Bool {
        problems.isEmpty && groups.allSatisfy { $0.codes.isEmpty && $0.problems.isEmpty && $0.sets.allSatisfy(\.isAccepted) }
    }

    /// Every problem, envelope and segment alike, in file order; at one segment (the end of a truncated file)
    /// the innermost envelope first: SE, then GE, then IEA.
    public var allProblems: [X12Problem] {
        func rank(_ level: X12Problem.Level) -> Int {
            switch level {
            case .transactionSet: 0
            case .group: 1
            case .interchange: 2
            }
        }
        return (problems + groups.flatMap { $0.problems + $0.sets.flatMap(\.problems) }).sorted {
            ($0.segmentNumber, rank($0.level)) < ($1.segmentNumber, rank($1.level))
        }
    }
}
