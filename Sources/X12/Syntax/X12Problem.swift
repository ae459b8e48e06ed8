/// One thing wrong with a file, precise enough to fix it and to write a 999 (IK3/IK4) for it.
public struct X12Problem: Sendable, Hashable, CustomStringConvertible {
    /// Where in the envelope the problem is.
    public enum Level: Sendable, Hashable {
        /// The file or its ISA/IEA (no transaction set can name it).
        case interchange
        /// A functional group's GS/GE.
        case group
        /// Inside a transaction set (ST to SE).
        case transactionSet
    }

    /// Where the problem is.
    public var level: Level
    /// The 1-based ordinal of the segment in the file (0 when the problem is the file itself, e.g. empty).
    public var segmentNumber: Int
    /// The segment identifier, e.g. `INS` (empty when there is no segment).
    public var segmentID: String
    /// The position of the segment in its transaction set (ST = 1), what IK302 reports; 0 outside a set.
    public var positionInSet: Int
    /// The loop the segment is in, e.g. `2000` (IK303), when known.
    public var loopID: String?
    /// Why the segment is in error (IK304).
    public var segmentCode: X12SegmentCode?
    /// The element position (1-based) when an element is in error (IK401-1).
    public var elementPosition: Int?
    /// The component position when a component of a composite is in error (IK401-2).
    public var componentPosition: Int?
    /// The data element reference number (IK402), e.g. 875 for INS03, when known.
    public var elementReference: Int?
    /// Why the element is in error (IK403).
    public var elementCode: X12ElementCode?
    /// The offending value (IK404), when there is one.
    public var value: String?
    /// What is wrong and what to do about it, in words.
    public var message: String

    /// Creates a problem.
    public init(level: Level, segmentNumber: Int, segmentID: String, positionInSet: Int = 0, loopID: String? = nil,
                segmentCode: X12SegmentCode? = nil, elementPosition: Int? = nil, componentPosition: Int? = nil,
                elementReference: Int? = nil, elementCode: X12ElementCode? = nil, value: String? = nil, message: String) {
        self.level = level
        self.segmentNumber = segmentNumber
        self.segmentID = segmentID
        self.positionInSet = positionInSet
        self.loopID = loopID
        self.segmentCode = segmentCode
        self.elementPosition = elementPosition
        self.componentPosition = componentPosition
        self.elementReference = elementReference
        self.elementCode = elementCode
        self.value = value
        self.message = message
    }

    /// An element problem inside a transaction set: the segment has data element errors (IK304 = 8).
    public static func element(_ segment: X12Segment, positionInSet: Int, loopID: String?, position: Int,
                               reference: Int?, code: X12ElementCode, message: String) -> X12Problem {
        let value = segment[position]
        return X12Problem(level: .transactionSet, segmentNumber: segment.number, segmentID: segment.id, positionInSet: positionInSet,
                          loopID: loopID, segmentCode: .dataElementErrors, elementPosition: position, elementReference: reference,
                          elementCode: code, value: value.isEmpty ? nil : value, message: message)
    }

    /// `segment 9 (INS), element 3: ...`: the location a person looks for, then the message.
    public var description: String {
        var location = segmentNumber > 0 ? "segment \(segmentNumber)" : "file"
        if !segmentID.isEmpty { location += " (\(segmentID))" }
        if let elementPosition {
            location += ", element " + (elementPosition < 10 ? "0\(elementPosition)" : "\(elementPosition)")
            if let componentPosition { location += "-\(componentPosition)" }
        }
        return location + ": " + message
    }
}

