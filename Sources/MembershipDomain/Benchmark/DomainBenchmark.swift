/// The domain benchmark behind `membership bench domain`: premiums and card packing over generated
/// members, on the calling thread (one core).
///
/// This is the only code in the module that reads a clock (`ContinuousClock`, from the standard
/// library), and only to time itself; no decision depends on it. Members are generated from `seed`
/// with a fixed pseudo-random generator before timing starts, so runs with the same seed do the
/// same work and report the same checksum.
public enum DomainBenchmark {
    /// Times premiums and packing this many times each and keeps the fastest run.
    public static let repetitions = 3

    /// Generates `members` members in families and times premium computation, address
    /// normalisation and envelope packing over all of them.
    public static func run(members: Int, seed: UInt64) -> DomainBenchmarkResult {
        var random = SplitMix64(seed: seed)
        let workload = Workload(members: max(members, 1), random: &random)
        let clock = ContinuousClock()

        // Premiums (rules B3-B6): one family at a time, as billing does. Best of `repetitions`,
        // because the machine may be shared.
        let calculator = PremiumCalculator(rates: workload.rates)
        var checksum = Money.zero
        var premiumDuration = Duration.seconds(Int64.max)
        for _ in 0..<repetitions {
            var sum = Money.zero
            let duration = clock.measure {
                for family in workload.families {
                    let premiums = calculator.familyPremiums(network: family.network, rate: family.rate,
                                                             ratingDate: workload.ratingDate, members: family.members)
                    for premium in premiums { sum += premium.total }
                }
            }
            premiumDuration = min(premiumDuration, duration)
            checksum = sum
        }

        // Address normalisation (rule C3), once per card as the card request arrives.
        var normalized: [NormalizedAddress] = []
        normalized.reserveCapacity(workload.cards.count)
        let normalizeDuration = clock.measure {
            for index in workload.cards.indices {
                normalized.append(AddressNormalizer.normalize(workload.addresses[workload.addressOfCard[index]]))
            }
        }
        var pending: [PendingCard] = []
        pending.reserveCapacity(workload.cards.count)
        for index in workload.cards.indices {
            pending.append(PendingCard(card: workload.cards[index], address: normalized[index]))
        }

        // Packing (rules C2, C3): one mailing run over every pending card, best of `repetitions`.
        // The envelopes are kept past the measurement: freeing them is the consumer's cost.
        var envelopeCount = 0
        var packDuration = Duration.seconds(Int64.max)
        for _ in 0..<repetitions {
            var envelopes: [Envelope] = []
            let duration = clock.measure {
                envelopes = EnvelopePacker().pack(pending, runID: "BENCH")
            }
            packDuration = min(packDuration, duration)
            envelopeCount = envelopes.count
        }

        return DomainBenchmarkResult(
            members: workload.cards.count, families: workload.families.count,
            premiumSeconds: seconds(premiumDuration), packingSeconds: seconds(packDuration),
            normalizationSeconds: seconds(normalizeDuration), envelopes: envelopeCount, premiumChecksum: checksum)
    }

    static func seconds(_ duration: Duration) -> Double {
        let (whole, attoseconds) = duration.components
        return Double(whole) + Double(attoseconds) / 1e18
    }

    /// The generated population.
    struct Workload {
        struct Family {
            let network: Plan.Network
            let rate: BaseRate
            let members: [RatedPerson]
        }

        let ratingDate = CalendarDate(year: 2026, month: 1, day: 1)!
        let rates: RateTable
        var families: [Family] = []
        var cards: [IDCard] = []
        var addresses: [MailingAddress] = []
        var addressOfCard: [Int] = []

        init(members: Int, random: inout SplitMix64) {
            let plans: [(PlanID, Plan.Network, Int64)] = [
                ("P90-HMO", .hmo, 52_000), ("G80-HMO", .hmo, 46_000), ("S70-HMO", .hmo, 39_000),
                ("B60-HMO", .hmo, 33_000), ("G80-PPO", .ppo, 51_000),
            ]
            var rows: [BaseRate] = []
            for (plan, network, base) in plans {
                for area in 1...19 {
                    rows.append(BaseRate(plan: plan, planYear: 2026, ratingArea: RatingArea(area)!,
                                         baseRateAge21: Money(cents: base + Int64(area) * 731),
                                         childDental: network == .hmo ? Money(cents: 2_500) : .zero))
                }
            }
            rates = RateTable(rows)
            let streets = ["Main Street", "Oak Avenue", "Elm St.", "Sunset Boulevard", "Pine Road", "Maple Drive"]
            let units = ["", "Apt. 4", "#12", "Unit 7B", "Suite 300"]
            families.reserveCapacity(members / 2)
            cards.reserveCapacity(members)
            addressOfCard.reserveCapacity(members)
            let effective = CalendarDate(year: 2026, month: 1, day: 1)!
            var generated = 0
            var familyNumber = 0
            var familyAddress: [Int] = []
            var familyPlanName: [String] = []
            while generated < members {
                familyNumber += 1
                // Family sizes 1-8, weighted toward small families, a few large enough for B5 and C2.
                let roll = Int(random.next() % 100)
                let size = min(members - generated,
                               roll < 35 ? 1 : roll < 55 ? 2 : roll < 70 ? 3 : roll < 85 ? 4 : roll < 95 ? 5 : 6 + roll % 3)
                let planIndex = Int(random.next() % UInt64(plans.count))
                let (plan, network, _) = plans[planIndex]
                let rate = rows[planIndex * 19 + Int(random.next() % 19)]  // rows are by plan, then area 1-19
                let subscriber = MemberID("M\(familyNumber)-0")
                addresses.append(MailingAddress(
                    line1: "\(1 + random.next() % 9_999) \(streets[Int(random.next() % UInt64(streets.count))])",
                    line2: units[Int(random.next() % UInt64(units.count))], city: "Los Angeles", state: "CA",
                    zip: "9\(String(10_000 + random.next() % 9_000).suffix(4))-\(1_000 + random.next() % 9_000)"))
                let address = addresses.count - 1
                var people: [RatedPerson] = []
                people.reserveCapacity(size)
                for index in 0..<size {
                    let relationship: Relationship = index == 0 ? .subscriber : index == 1 && size > 2 ? .spouse : .child
                    let birthYear = relationship == .child ? 2001 + Int(random.next() % 25) : 1955 + Int(random.next() % 45)
                    let dob = CalendarDate(year: birthYear, month: 1 + Int(random.next() % 12), day: 1 + Int(random.next() % 28))!
                    let id = index == 0 ? subscriber : MemberID("M\(familyNumber)-\(index)")
                    people.append(RatedPerson(memberID: id, relationship: relationship, dateOfBirth: dob))
                }
                familyAddress.append(address)
                familyPlanName.append(plan.rawValue)
                families.append(Family(network: network, rate: rate, members: people))
                generated += size
            }
            // Cards in a second pass, as the card worker would load them: one per member.
            for (number, family) in families.enumerated() {
                let subscriber = family.members[0].memberID
                for person in family.members {
                    cards.append(IDCard(
                        id: CardID(memberID: person.memberID, requestID: "REQ-\(number + 1)"), reason: .newEnrollment,
                        subscriberID: subscriber, relationship: person.relationship, dateOfBirth: person.dateOfBirth,
                        memberName: "Member \(person.memberID.rawValue)", mrn: "MRN\(cards.count)",
                        groupNumber: GroupNumber("G\(number % 5_000)"), planName: familyPlanName[number], effectiveDate: effective,
                        memberServicesPhone: "1-800-555-0100", digitalCardAvailable: true, requestedOn: effective))
                    addressOfCard.append(familyAddress[number])
                }
            }
        }
    }

    /// SplitMix64: a small, fast, well-distributed generator; deterministic from its seed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
    }
}
