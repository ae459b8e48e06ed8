import Foundation

extension PlannedRequest {
    /// One JSON object on one line: `action`, `subscriber_id`, `relationship`, `group_number`, `member_key`,
    /// `maintenance_type`, `segment`, `origin`, `event_id` and the request's dates. No personal data.
    public func jsonLine(published: Bool) -> String {
        var object: [String: Any] = [
            "action": action, "subscriber_id": subscriberID, "relationship": relationship, "group_number": request.groupNumber,
            "member_key": memberKey, "maintenance_type": maintenanceType, "segment": segmentNumber, "origin": origin.rawValue,
            "event_id": request.eventID, "published": published,
        ]
        for (name, date) in dates { object[name] = date }
        return Self.json(object)
    }

    /// `terminate  family 123456789  child  member 834-…  segment 8  coverage_end_date=1996-08-01`.
    public var textLine: String {
        let action = self.action.padding(toLength: 20, withPad: " ", startingAt: 0)
        let relationship = self.relationship.padding(toLength: 17, withPad: " ", startingAt: 0)
        var line = "\(action) group \(request.groupNumber)  family \(subscriberID)  \(relationship) member \(memberKey)"
        line += segmentNumber > 0 ? "  segment \(segmentNumber)" : "  (reconcile)"
        for name in dates.keys.sorted() { line += "  \(name)=\(dates[name] ?? "")" }
        return line
    }

    static func json(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
