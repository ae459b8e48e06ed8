import MembershipDemo
import Testing

@Suite("DemoRandom")
struct DemoRandomTests {
    @Test("the same seed gives the same sequence, another seed another one")
    func deterministic() {
        var first = DemoRandom(seed: 7)
        var second = DemoRandom(seed: 7)
        var other = DemoRandom(seed: 8)
        let a = (0..<5).map { _ in first.next() }
        let b = (0..<5).map { _ in second.next() }
        let c = (0..<5).map { _ in other.next() }
        #expect(a == b)
        #expect(a != c)
    }

    @Test("SplitMix64 reference value for seed 0")
    func referenceValue() {
        var random = DemoRandom(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test("integers stay in range and reach both ends", arguments: [0...1, 3...9, -5...5])
    func ranges(range: ClosedRange<Int>) {
        var random = DemoRandom(seed: 99)
        let values = (0..<2_000).map { _ in random.int(in: range) }
        #expect(values.allSatisfy(range.contains))
        #expect(values.contains(range.lowerBound))
        #expect(values.contains(range.upperBound))
    }

    @Test("UUIDs are canonical lowercase version 4 text")
    func uuid() {
        var random = DemoRandom(seed: 1)
        let text = random.uuid()
        #expect(text.count == 36)
        let parts = text.split(separator: "-").map(String.init)
        #expect(parts.map(\.count) == [8, 4, 4, 4, 12])
        #expect(parts[2].first == "4")
        #expect(["8", "9", "a", "b"].contains(parts[3].first.map(String.init) ?? ""))
        #expect(text == text.lowercased())
        #expect(random.uuid() != text)
    }
}
