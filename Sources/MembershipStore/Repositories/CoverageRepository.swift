import SQLKit

/// Coverages: who is covered, where, under which plan, when.
public struct CoverageRepository: Sendable {
    let session: StoreSession

    private static let columns = [
        "coverage_id", "group_number", "household_id", "person_id", "mrn", "relationship", "plan_id",
        "effective_date", "termination_date", "cobra", "created_at",
    ]
    private static let selectList = columns.joined(separator: ", ")

    /// Inserts coverages in multi-row statements.
    public func insert(_ coverages: [CoverageRecord]) async throws {
        try await session.insertRows(
            into: "coverages", columns: Self.columns,
            rows: coverages.map {
                [
                    $0.coverageID, $0.groupNumber, $0.householdID, $0.personID, $0.mrn, $0.relationship, $0.planID,
                    $0.effectiveDate, $0.terminationDate, $0.cobra.sqlFlag, $0.createdAt,
                ]
            }
        )
    }

    /// Sets the last covered day (inclusive) of a coverage; returns whether it existed.
    @discardableResult
    public func terminate(coverageID: String, lastCoveredDay: String) async throws -> Bool {
        try await !session.query(
            "UPDATE coverages SET termination_date = ? WHERE coverage_id = ? RETURNING coverage_id",
            [lastCoveredDay, coverageID]
        ).isEmpty
    }

    /// A group's coverages in force on `date` (ISO), ordered by household then person: what a monthly bill
    /// lists (rule B7 uses the first of the month).
    public func coverages(groupNumber: String, asOf date: String) async throws -> [CoverageRecord] {
        try await session.query(
            """
            SELECT \(Self.selectList) FROM coverages
            WHERE group_number = ? AND effective_date <= ? AND (termination_date IS NULL OR termination_date >= ?)
            ORDER BY household_id, person_id, coverage_id
            """,
            [groupNumber, date, date]
        ).map(Self.record)
    }

    /// Every coverage of a family (household), past and present, oldest first.
    public func coverages(householdID: String) async throws -> [CoverageRecord] {
        try await session.query(
            "SELECT \(Self.selectList) FROM coverages WHERE household_id = ? ORDER BY effective_date, coverage_id",
            [householdID]
        ).map(Self.record)
    }

    /// Every coverage of a person, oldest first (rule M4 checks overlaps in a group).
    public func coverages(personID: String) async throws -> [CoverageRecord] {
        try await session.query(
            "SELECT \(Self.selectList) FROM coverages WHERE person_id = ? ORDER BY effective_date, coverage_id",
            [personID]
        ).map(Self.record)
    }

    static func record(_ row: any SQLRow) throws -> CoverageRecord {
        CoverageRecord(
            coverageID: try row.string("coverage_id"), groupNumber: try row.string("group_number"),
            householdID: try row.string("household_id"), personID: try row.string("person_id"),
            mrn: try row.string("mrn"), relationship: try row.string("relationship"),
            planID: try row.string("plan_id"), effectiveDate: try row.string("effective_date"),
            terminationDate: try row.optionalString("termination_date"), cobra: try row.flag("cobra"),
            createdAt: try row.int64("created_at")
        )
    }
}
