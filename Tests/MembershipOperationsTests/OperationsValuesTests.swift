import Foundation
import MembershipEvents
import MembershipOperations
import Testing

@Suite("operations values: pace, progress line, bill and mail-run requests, broker settings")
struct OperationsValuesTests {
    @Test("playback pace from its option text", arguments: [
        ("max", PlaybackPace.maximum), ("500", .rate(500)), ("500/s", .rate(500)), ("2.5/s", .rate(2.5)),
        ("as-recorded", .asRecorded(speed: 1)), ("as-recorded*10", .asRecorded(speed: 10)),
    ])
    func pace(text: String, pace: PlaybackPace) {
        #expect(PlaybackPace(text: text) == pace)
    }

    @Test("nonsense paces are refused", arguments: ["", "fast", "0", "-3/s", "as-recorded*0", "inf"])
    func badPace(text: String) {
        #expect(PlaybackPace(text: text) == nil)
    }

    @Test("the progress bar")
    func progress() {
        #expect(ProgressLine(done: 500, total: 1000, unit: "records", elapsed: .seconds(2)).render(width: 10)
            == "[#####-----]  50%  500/1000 records  250/s")
        #expect(ProgressLine(done: 7, total: nil, unit: "dead letters", elapsed: .seconds(1)).render() == "7 dead letters  7/s")
    }

    @Test("B8: a billing cycle for one group is keyed by the group, for all groups by all-groups")
    func billingCycle() throws {
        let month = try OperationsRequests.month("2026-11")
        let one = try OperationsRequests.billingCycle(groupNumber: "G-104233", month: month, eventID: "e-1")
        #expect(one.topic == "membership.billing-cycles")
        #expect(one.key == Array("G-104233".utf8))
        let cycle = try Membership_Billing_V1_BillingCycleRequest(serializedBytes: one.value)
        #expect(cycle.groupNumber == "G-104233")
        #expect(cycle.billingMonth.year == 2026 && cycle.billingMonth.month == 11)
        let all = try OperationsRequests.billingCycle(groupNumber: nil, month: month)
        #expect(all.key == Array("all-groups".utf8))
        #expect(try Membership_Billing_V1_BillingCycleRequest(serializedBytes: all.value).allGroups)
    }

    @Test("months: YYYY-MM only, and the current month in a time zone")
    func months() throws {
        for bad in ["2026-13", "2026-1", "26-11", "2026/11", "november"] {
            #expect(throws: OperationsError("--month \(bad): expected YYYY-MM, e.g. --month 2026-11")) { try OperationsRequests.month(bad) }
        }
        // 2026-12-01 02:00 UTC is still November in New York: the CronJob's month is its own time zone's.
        let instant = Date(timeIntervalSince1970: 1_796_090_400)
        #expect(OperationsRequests.currentMonth(now: instant, timeZone: TimeZone(identifier: "UTC")!).month == 12)
        #expect(OperationsRequests.currentMonth(now: instant, timeZone: TimeZone(identifier: "America/New_York")!).month == 11)
    }

    @Test("C5: a mailing run is keyed mailing-run/<run id>; the default id names the UTC time")
    func mailingRun() throws {
        let message = try OperationsRequests.mailingRun(runID: "MR-1")
        #expect(message.topic == "membership.idcard-requests")
        #expect(message.key == Array("mailing-run/MR-1".utf8))
        #expect(try Membership_Idcard_V1_IdCardRequestsMessage(serializedBytes: message.value).mailingRunRequest.runID == "MR-1")
        #expect(OperationsRequests.defaultRunID(now: Date(timeIntervalSince1970: 1_795_591_365)) == "MR-20261125-072245")
    }

    @Test("brokers from the flag, then KAFKA_BROKERS; none says how to start one")
    func brokers() throws {
        #expect(try BrokerSettings.resolve(flag: "a:1,b:2", environment: ["KAFKA_BROKERS": "c:3"]).bootstrapServers == ["a:1", "b:2"])
        #expect(try BrokerSettings.resolve(flag: nil, environment: ["KAFKA_BROKERS": "c:3"]).bootstrapServers == ["c:3"])
        #expect(throws: OperationsError(
            "no brokers given: pass --brokers host:port or set KAFKA_BROKERS (for a development broker: `membership broker --bootstrap-file b.txt` and KAFKA_BROKERS=file:b.txt)")) {
            try BrokerSettings.resolve(flag: nil, environment: [:])
        }
        do {
            _ = try BrokerSettings.resolve(flag: "file:/nonexistent/b.txt", environment: [:])
            Issue.record("a missing bootstrap file was accepted")
        } catch {
            #expect(error.message.contains("membership broker --bootstrap-file /nonexistent/b.txt"))
        }
    }
}
