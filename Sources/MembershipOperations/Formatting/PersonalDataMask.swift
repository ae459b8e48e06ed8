/// Hides full SSNs and dates of birth in a decoded event (its JSON object form) before an
/// operations command prints it: an SSN keeps its last four digits, a date of birth its year.
enum PersonalDataMask {
    /// `value` with every `ssn` and `dateOfBirth` field masked, at any depth.
    static func masked(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            var result: [String: Any] = [:]
            for (key, field) in object {
                switch key {
                case "ssn": result[key] = maskedSSN(field as? String ?? "")
                case "dateOfBirth": result[key] = maskedDate(field)
                default: result[key] = masked(field)
                }
            }
            return result
        }
        if let array = value as? [Any] { return array.map(masked) }
        return value
    }

    /// `***-**-1234`; empty stays empty.
    static func maskedSSN(_ ssn: String) -> String {
        let digits = ssn.filter(\.isNumber)
        guard !digits.isEmpty else { return ssn }
        return "***-**-" + String(digits.suffix(4))
    }

    /// A `CalendarDate` object reduced to its year.
    static func maskedDate(_ value: Any) -> Any {
        guard let date = value as? [String: Any] else { return "***" }
        return date.filter { $0.key == "year" }
    }
}
