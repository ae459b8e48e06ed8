import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import MembershipLoadTest
import Testing

@Suite("SVG chart")
struct LoadTestChartTests {
    /// Counts elements by name while checking the document parses.
    final class ElementCounter: NSObject, XMLParserDelegate {
        var counts: [String: Int] = [:]
        var root: String?
        var texts: [String] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if root == nil { root = name }
            counts[name, default: 0] += 1
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            texts.append(string)
        }
    }

    @Test("The chart is well-formed XML with an svg root and six lines (p50, p99, max; offered, sent, answered)")
    func wellFormed() throws {
        let svg = LoadTestChart.svg(LoadTestReportTests.sampleReport(), title: "seed <7> & friends")
        let parser = XMLParser(data: Data(svg.utf8))
        let counter = ElementCounter()
        parser.delegate = counter
        #expect(parser.parse(), "parse error: \(String(describing: parser.parserError))")
        #expect(counter.root == "svg")
        // Latency lines have 2 seconds with answers (points), throughput lines span all 3 seconds.
        #expect(counter.counts["polyline"] == 6)
        #expect(counter.texts.joined().contains("seed <7> & friends"))
    }

    @Test("Axis maxima round up to 1, 2, 2.5 or 5 times a power of ten", arguments: [(0.0, 1.0), (7.0, 10.0), (40.0, 50.0), (101.0, 200.0), (2_100.0, 2_500.0), (0.3, 0.5)])
    func niceCeiling(value: Double, expected: Double) {
        #expect(LoadTestChart.niceCeiling(value) == expected)
    }
}
