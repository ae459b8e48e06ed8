import Dispatch

#if canImport(Glibc)
import Glibc
#endif

/// Waits for SIGINT or SIGTERM, for commands that run until stopped.
enum ShutdownSignal {
    /// Returns the name of the first signal received.
    static func wait() async -> String {
        let (names, continuation) = AsyncStream<String>.makeStream()
        let queue = DispatchQueue(label: "membership.signals")
        var sources: [any DispatchSourceSignal] = []
        for (number, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
            signal(number, SIG_IGN)  // Delivered to the dispatch source instead.
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { continuation.yield(name) }
            source.resume()
            sources.append(source)
        }
        var iterator = names.makeAsyncIterator()
        let received = await iterator.next() ?? "end of input"
        sources.forEach { $0.cancel() }
        return received
    }
}
