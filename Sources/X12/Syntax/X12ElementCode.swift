/// Why a data element is in error (999 IK403, code list 621).
public enum X12ElementCode: String, Sendable, Hashable {
    /// A required element is missing.
    case requiredElementMissing = "1"
    /// An element required in this situation is missing.
    case conditionalRequiredElementMissing = "2"
    /// The element is too long.
    case tooLong = "5"
    /// The element has a character that is not allowed.
    case invalidCharacter = "6"
    /// The code is not a value of the element's code list.
    case invalidCodeValue = "7"
    /// The date is not a valid date.
    case invalidDate = "8"
    /// The code is valid X12 but this implementation does not use it.
    case codeValueNotUsed = "I6"
}
