public import Foundation
public import Kafka
public import MembershipEvents
import SwiftProtobuf

/// The requests operators publish by hand: billing cycles (`membership bill`) and mailing runs
/// (`membership mail-run`), each keyed as its topic's contract says.
public enum OperationsRequests {
    /// The source every CLI-made event names.
    public static let source = "membership-cli"

    /// A billing-cycle request for one group (`groupNumber`) or every group (`nil`), for `month`.
    public static func billingCycle(
        groupNumber: String?, month: Membership_Common_V1_YearMonth, topic: String = TopicName.billingCycles,
        eventID: String = UUID().uuidString.lowercased(), now: Date = Date()
    ) throws -> KafkaProducerMessage {
        var cycle = Membership_Billing_V1_BillingCycleRequest()
        cycle.eventID = eventID
        cycle.occurredAt = Google_Protobuf_Timestamp(date: now)
        cycle.source = source
        if let groupNumber { cycle.groupNumber = groupNumber } else { cycle.allGroups = true }
        cycle.billingMonth = month
        return KafkaProducerMessage(topic: topic, key: cycle.recordKey, value: try cycle.serializedBytes())
    }

    /// A mailing-run request: mail every pending card now, as run `runID`.
    public static func mailingRun(
        runID: String, topic: String = TopicName.idCardRequests,
        eventID: String = UUID().uuidString.lowercased(), now: Date = Date()
    ) throws -> KafkaProducerMessage {
        var run = Membership_Idcard_V1_MailingRunRequest()
        run.eventID = eventID
        run.occurredAt = Google_Protobuf_Timestamp(date: now)
        run.source = source
        run.runID = runID
        var wrapper = Membership_Idcard_V1_IdCardRequestsMessage()
        wrapper.mailingRunRequest = run
        return KafkaProducerMessage(topic: topic, key: wrapper.recordKey, value: try wrapper.serializedBytes())
    }

    /// A run id for a run started at `now`: `MR-YYYYMMDD-HHMMSS` in UTC.
    public static func defaultRunID(now: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: now)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "MR-\(parts.year ?? 0)\(two(parts.month))\(two(parts.day))-\(two(parts.hour))\(two(parts.minute))\(two(parts.second))"
    }

    /// Reads `YYYY-MM`; throws a message with an example otherwise.
    public static func month(_ text: String) throws(OperationsError) -> Membership_Common_V1_YearMonth {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int32(parts[0]), let month = Int32(parts[1]), (1...12).contains(month), year >= 1900
        else {
            throw OperationsError("--month \(text): expected YYYY-MM, e.g. --month 2026-11")
        }
        return .with {
            $0.year = year
            $0.month = month
        }
    }

    /// The month `now` falls in, in `timeZone` (the scheduler's month when `--month` is left out).
    public static func currentMonth(now: Date = Date(), timeZone: TimeZone = .current) -> Membership_Common_V1_YearMonth {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month], from: now)
        return .with {
            $0.year = Int32(parts.year ?? 1970)
            $0.month = Int32(parts.month ?? 1)
        }
    }
}
