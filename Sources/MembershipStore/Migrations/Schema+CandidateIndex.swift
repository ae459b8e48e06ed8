extension Schema {
    /// Version 5: an index on `persons.birth_date` alone.
    ///
    /// Rule M2's candidate query (`PersonRepository.candidates(for:)`) asks for everyone born on the
    /// enrollee's date of birth, deliberately without the name; `persons_name_dob` leads with the name,
    /// so that part of the query read every row of `persons` for every request: the enrollment worker
    /// slowed down as the table grew (measured in Docs/BENCHMARKS.md, "Enrollment worker").
    static func version5(_ dialect: StoreDialect) -> [String] {
        ["CREATE INDEX persons_birth_date ON persons (birth_date)"]
    }
}
