/// The record keys of the event contract, built in one place.
///
/// Keys decide partitions, and partitions decide order: every request of one family shares a key,
/// so the family's requests are handled in the order they were sent. Upstream producers in other
/// languages build the same strings (`Docs/TOPICS.md`, `Examples/python-producer/`).
public enum RecordKey {
    /// Separates the group number from the subscriber ref in a family key.
    public static let familySeparator = "/"

    /// The key of a billing cycle for every group.
    public static let allGroups = "all-groups"

    /// The key of a family's enrollment requests and results: `<group number>/<subscriber ref>`,
    /// e.g. `G-104233/E-5521`.
    public static func family(groupNumber: String, subscriberRef: String) -> String {
        groupNumber + familySeparator + subscriberRef
    }

    /// The key of a mailing-run request on `membership.idcard-requests`: `mailing-run/<run id>`.
    public static func mailingRun(runID: String) -> String {
        "mailing-run/" + runID
    }
}
