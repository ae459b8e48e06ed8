import Foundation
import X12

extension X12Problem {
    /// One JSON object on one line: `problem` (the message), `segment` (ordinal in the file), `segment_id`,
    /// `element` (position), `component`, `position_in_set`, `loop`, and the 999 codes.
    public var jsonLine: String {
        var object: [String: Any] = ["problem": message, "segment": segmentNumber, "segment_id": segmentID]
        if let elementPosition { object["element"] = elementPosition }
        if let componentPosition { object["component"] = componentPosition }
        if positionInSet > 0 { object["position_in_set"] = positionInSet }
        if let loopID { object["loop"] = loopID }
        if let segmentCode { object["ik304"] = segmentCode.rawValue }
        if let elementCode { object["ik403"] = elementCode.rawValue }
        return PlannedRequest.json(object)
    }
}
