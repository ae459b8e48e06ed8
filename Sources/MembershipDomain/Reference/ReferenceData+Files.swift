extension ReferenceData {
    /// The reference files, by the names they have in the repository's `Reference/` folder. The
    /// store reads them (this module does no I/O) and passes their text to
    /// ``init(files:)``.
    public enum File: String, CaseIterable, Hashable, Sendable {
        /// The age curve (rule B4).
        case ageCurve = "age-curve.csv"
        /// Plans.
        case plans = "plans.csv"
        /// Base rates per plan, plan year and rating area (rules B1, B4, B6).
        case baseRates = "base-rates.csv"
        /// County -> region and rating area (rules B2, M1).
        case counties = "counties.csv"
        /// Service-area ZIPs (rule E8).
        case serviceArea = "service-area-zips.csv"

        /// The file name, e.g. `age-curve.csv`.
        public var fileName: String { rawValue }
    }

    /// Parses and cross-checks the reference files given as `file -> text`.
    ///
    /// - Throws: ``ReferenceDataError`` with code `.missing` if a file is absent, or the first
    ///   problem found in the files.
    public init(files: [File: String]) throws(ReferenceDataError) {
        func text(_ file: File) throws(ReferenceDataError) -> String {
            guard let text = files[file] else {
                throw ReferenceDataError(code: .missing, file: file.fileName, line: nil, message: "file not provided")
            }
            return text
        }
        try self.init(ageCurveCSV: text(.ageCurve), plansCSV: text(.plans), baseRatesCSV: text(.baseRates),
                      countiesCSV: text(.counties), serviceAreaCSV: text(.serviceArea))
    }
}
