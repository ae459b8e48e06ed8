import Testing
import MembershipDomain

@Suite("Domain benchmark")
struct DomainBenchmarkTests {
    @Test("a small run generates the members asked for and is reproducible from its seed")
    func smallRun() {
        let first = DomainBenchmark.run(members: 2_000, seed: 7)
        let second = DomainBenchmark.run(members: 2_000, seed: 7)
        let other = DomainBenchmark.run(members: 2_000, seed: 8)
        #expect(first.members == 2_000)
        #expect(first.families < 2_000)
        #expect(first.envelopes >= first.families)
        #expect(first.premiumChecksum == second.premiumChecksum)
        #expect(first.envelopes == second.envelopes)
        #expect(first.premiumChecksum != other.premiumChecksum)
        #expect(first.premiumChecksum > .zero)
    }
}
