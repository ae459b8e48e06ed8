/// One segment: its identifier and elements, with where it was in the file.
public struct X12Segment: Sendable, Hashable {
    /// The segment identifier, e.g. `INS`.
    public let id: String
    /// The elements after the identifier: `elements[0]` is element 01. Trailing empty elements may be absent.
    public let elements: [String]
    /// The 1-based ordinal of the segment in the file, counting every segment from ISA on.
    public let number: Int
    /// The component separator of the interchange, to split composite elements.
    public let componentSeparator: UInt8

    /// Creates a segment.
    public init(id: String, elements: [String], number: Int, componentSeparator: UInt8 = UInt8(ascii: ":")) {
        self.id = id
        self.elements = elements
        self.number = number
        self.componentSeparator = componentSeparator
    }

    /// Element `position` (1-based, as X12 numbers them: `INS03` is `segment[3]`), or `""` when absent.
    public subscript(position: Int) -> String {
        position >= 1 && position <= elements.count ? elements[position - 1] : ""
    }

    /// The components of composite element `position` (`HD04` -> [...]); one component for a simple element.
    public func components(_ position: Int) -> [String] {
        let value = self[position]
        let separator = Character(Unicode.Scalar(componentSeparator))
        return value.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    }
}
