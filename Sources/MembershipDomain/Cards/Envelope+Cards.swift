extension Envelope {
    /// The cards in one envelope: at most ``Envelope/capacity`` (four, rule C2), held inline.
    ///
    /// The limit is a property of the type, so no envelope can ever hold a fifth card; holding the
    /// cards inline also spares one allocation per envelope in a mailing run.
    public struct Cards: RandomAccessCollection, Hashable, Sendable, Codable {
        private let first: IDCard?
        private let second: IDCard?
        private let third: IDCard?
        private let fourth: IDCard?
        /// The number of cards, 1 through 4 for a packed envelope.
        public let count: Int

        /// The cards of `cards`, or `nil` if there are more than four.
        public init?<C: Collection>(_ cards: C) where C.Element == IDCard {
            guard cards.count <= Envelope.capacity else { return nil }
            var iterator = cards.makeIterator()
            first = iterator.next()
            second = iterator.next()
            third = iterator.next()
            fourth = iterator.next()
            count = cards.count
        }

        /// Always 0.
        public var startIndex: Int { 0 }
        /// The number of cards.
        public var endIndex: Int { count }

        /// The card at `position`, in the fixed order of rule C2.
        public subscript(position: Int) -> IDCard {
            precondition(position >= 0 && position < count, "card index out of range")
            switch position {
            case 0: return first!
            case 1: return second!
            case 2: return third!
            default: return fourth!
            }
        }

        /// Decodes from an array of at most four cards.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            let cards = try container.decode([IDCard].self)
            guard let value = Cards(cards) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "an envelope holds at most 4 cards (rule C2)")
            }
            self = value
        }

        /// Encodes as an array.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(Array(self))
        }
    }
}
