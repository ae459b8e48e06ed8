import SwiftProtobuf

extension Google_Protobuf_Timestamp {
    /// The instant in milliseconds since 1970 (the store's representation of instants).
    var millisecondsSince1970: Int64 { seconds * 1000 + Int64(nanos / 1_000_000) }

    /// The instant `milliseconds` after 1970.
    init(millisecondsSince1970 milliseconds: Int64) {
        let seconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
        self.init(seconds: seconds, nanos: Int32(milliseconds - seconds * 1000) * 1_000_000)
    }
}
