/// The four separators of an interchange, read from its ISA segment (never assumed).
public struct X12Delimiters: Sendable, Hashable {
    /// Separates the elements of a segment (the byte right after `ISA`), usually `*`.
    public var element: UInt8
    /// Separates the components of a composite element (ISA16), usually `:` or `>`.
    public var component: UInt8
    /// Separates repetitions of an element (ISA11 from version 00402 on), usually `^`; `nil` when ISA11 is
    /// the old interchange standards identifier (`U`).
    public var repetition: UInt8?
    /// Ends a segment (the byte after ISA16), usually `~`.
    public var segment: UInt8

    /// Creates a set of delimiters.
    public init(element: UInt8, component: UInt8, repetition: UInt8?, segment: UInt8) {
        self.element = element
        self.component = component
        self.repetition = repetition
        self.segment = segment
    }

    /// `*`, `:`, `^`, `~`: what this project writes (acknowledgments, generated test files).
    public static let standard = X12Delimiters(element: UInt8(ascii: "*"), component: UInt8(ascii: ":"),
                                               repetition: UInt8(ascii: "^"), segment: UInt8(ascii: "~"))
}
