extension MembershipStore {
    /// Runs one statement on its own connection outside any transaction (`CREATE DATABASE`, `VACUUM`, ...).
    /// For administration and tests; never pass values from messages here, the text is not parameterised.
    public func executeOutsideTransaction(_ statement: String) async throws {
        try await backend.withSession(writing: true) { session in
            try await session.execute(statement)
        }
    }
}
