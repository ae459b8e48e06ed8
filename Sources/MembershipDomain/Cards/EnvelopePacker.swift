/// Packs pending ID cards into envelopes for one mailing run (rules C2, C3, C5).
///
/// - Cards of one household (subscriber + normalised address) share envelopes; households never mix.
/// - Each household's cards are in the fixed order: the subscriber first, then dependents by date
///   of birth (oldest first), then by member id; envelopes are filled in that order, four at a time,
///   so n cards take ceil(n / 4) envelopes.
/// - A card id that appears twice in the input is packed once, and a card id in `alreadyMailed`
///   is not packed at all (rule C5).
/// - The output is deterministic: households in the order their first card appears in the input
///   (so the caller chooses the mailing order, e.g. by ZIP for presorted mail, by selecting pending
///   cards in that order), a household's envelopes consecutive. Envelope ids derive only from the
///   run id, the household and the sequence, so they do not depend on input order at all.
///
/// Cost: one pass over the cards with a fingerprint lookup per card, and a counting sort; no
/// comparison sort over all cards, so packing stays linear.
public struct EnvelopePacker: Sendable {
    /// Creates a packer.
    public init() {}

    /// Packs `cards` for mailing run `runID`.
    public func pack(_ cards: [PendingCard], runID: String, alreadyMailed: Set<CardID> = []) -> [Envelope] {
        // Rule C5: mark repeats of an earlier card id (the first occurrence is kept).
        let repeated = EnvelopePacker.repeatedCards(cards)

        // Rule C3: one sequential pass groups cards by household and copies out the sort keys, so
        // later steps work on small dense arrays. Households are found by fingerprint; the full
        // household is compared on a match, so a collision can never merge two households.
        var householdOfFingerprint: [UInt64: Int] = [:]
        var collidedHouseholds: [Household: Int] = [:]
        var households: [Household] = []
        var fingerprintOf: [UInt64] = []
        var cardAt: [Int] = []        // by position: index into `cards`
        var rankOf: [Int] = []        // by position: subscriber first, then date of birth
        var householdOf: [Int] = []   // by position
        cardAt.reserveCapacity(cards.count)
        rankOf.reserveCapacity(cards.count)
        householdOf.reserveCapacity(cards.count)

        for index in cards.indices where !repeated[index] {
            if !alreadyMailed.isEmpty, alreadyMailed.contains(cards[index].card.id) { continue }
            let fingerprint = cards[index].householdFingerprint
            var number: Int
            if let previous = householdOf.last, fingerprintOf[previous] == fingerprint, households[previous] == cards[index].household {
                // A family's cards usually arrive together: no table lookup needed.
                number = previous
            } else if let existing = householdOfFingerprint[fingerprint] {
                number = existing
                if households[existing] != cards[index].household {
                    if let other = collidedHouseholds[cards[index].household] {
                        number = other
                    } else {
                        number = households.count
                        collidedHouseholds[cards[index].household] = number
                    }
                }
            } else {
                number = households.count
                householdOfFingerprint[fingerprint] = number
            }
            if number == households.count {
                households.append(cards[index].household)
                fingerprintOf.append(fingerprint)
            }
            cardAt.append(index)
            rankOf.append(EnvelopePacker.rank(cards[index].card))
            householdOf.append(number)
        }

        // Bucket positions by household (counting sort).
        var start = [Int](repeating: 0, count: households.count + 1)
        for number in householdOf { start[number + 1] += 1 }
        for number in households.indices { start[number + 1] += start[number] }
        var fill = start
        var bucketed = [Int](repeating: 0, count: cardAt.count)
        for (position, number) in householdOf.enumerated() {
            bucketed[fill[number]] = position
            fill[number] += 1
        }

        var envelopes: [Envelope] = []
        envelopes.reserveCapacity(cardAt.count / 2 + 1)
        for number in households.indices {
            let range = start[number]..<start[number + 1]
            if range.count > 1 {
                // Rule C2's fixed order, sorted in place; the precomputed rank settles almost every
                // comparison without touching the cards.
                bucketed[range].sort { a, b in
                    if rankOf[a] != rankOf[b] { return rankOf[a] < rankOf[b] }
                    return EnvelopePacker.cardOrder(cards[cardAt[a]].card, cards[cardAt[b]].card)
                }
            }
            let household = households[number]
            let count = (range.count + Envelope.capacity - 1) / Envelope.capacity
            var sequence = 0
            var first = range.lowerBound
            while first < range.upperBound {
                sequence += 1
                let end = min(first + Envelope.capacity, range.upperBound)
                let members = bucketed[first..<end].lazy.map { cards[cardAt[$0]].card }
                let id = EnvelopePacker.envelopeID(runID: runID, subscriber: household.subscriberID.rawValue,
                                                   fingerprint: fingerprintOf[number], sequence: sequence)
                // At most four by construction (`end - first <= capacity`), so the initialiser succeeds.
                envelopes.append(Envelope(id: id, household: household, cards: Envelope.Cards(members)!, sequence: sequence,
                                          count: count))
                first = end
            }
        }
        return envelopes
    }

    /// For each card, whether an earlier card in `cards` has the same id (rule C5).
    ///
    /// Sorting the card fingerprints (a stable radix sort on 11-bit digits, so equal fingerprints
    /// keep input order) puts repeats next to each other; this streams through memory instead of
    /// probing a hash table a million times. Within a run of equal fingerprints the ids themselves
    /// decide, so a fingerprint collision never drops a different card.
    static func repeatedCards(_ cards: [PendingCard]) -> [Bool] {
        var repeated = [Bool](repeating: false, count: cards.count)
        guard cards.count > 1 else { return repeated }
        var keys = cards.map(\.cardFingerprint)
        var order = [Int32](unsafeUninitializedCapacity: cards.count) { buffer, initialized in
            for index in 0..<cards.count { buffer[index] = Int32(truncatingIfNeeded: index) }
            initialized = cards.count
        }
        var keyScratch = keys
        var orderScratch = order
        let digitBits: UInt64 = 11
        let buckets = 1 << Int(digitBits)
        var counts = [Int](repeating: 0, count: buckets + 1)
        var shift: UInt64 = 0
        while shift < 64 {
            for index in counts.indices { counts[index] = 0 }
            let digitMask = UInt64(buckets - 1)
            for key in keys { counts[Int((key >> shift) & digitMask) + 1] += 1 }
            if !counts.contains(keys.count) {  // skip a digit every key shares
                for digit in 1...buckets { counts[digit] += counts[digit - 1] }
                for position in keys.indices {
                    let digit = Int((keys[position] >> shift) & digitMask)
                    keyScratch[counts[digit]] = keys[position]
                    orderScratch[counts[digit]] = order[position]
                    counts[digit] += 1
                }
                swap(&keys, &keyScratch)
                swap(&order, &orderScratch)
            }
            shift += digitBits
        }
        var runStart = 0
        while runStart < keys.count {
            var runEnd = runStart + 1
            while runEnd < keys.count, keys[runEnd] == keys[runStart] { runEnd += 1 }
            if runEnd - runStart > 1 {
                var seen: Set<CardID> = []
                for position in runStart..<runEnd where !seen.insert(cards[Int(order[position])].card.id).inserted {
                    repeated[Int(order[position])] = true
                }
            }
            runStart = runEnd
        }
        return repeated
    }

    /// Subscriber before dependents, then earlier date of birth: the first two keys of rule C2's order.
    static func rank(_ card: IDCard) -> Int {
        let dob = card.dateOfBirth
        let day = (dob.year * 16 + dob.month) * 32 + dob.day
        return card.relationship == .subscriber ? day : day + (1 << 40)
    }

    /// `<run>-<subscriber>-<16 hex digits>-<sequence>`, built in one allocation (this runs once per
    /// envelope). The fingerprint keeps the address itself out of the id.
    static func envelopeID(runID: String, subscriber: String, fingerprint: UInt64, sequence: Int) -> String {
        let sequenceText = String(sequence)
        let length = runID.utf8.count + subscriber.utf8.count + sequenceText.utf8.count + 19
        return String(unsafeUninitializedCapacity: length) { buffer in
            var index = 0
            func put(_ byte: UInt8) {
                buffer[index] = byte
                index += 1
            }
            for byte in runID.utf8 { put(byte) }
            put(UInt8(ascii: "-"))
            for byte in subscriber.utf8 { put(byte) }
            put(UInt8(ascii: "-"))
            var shift: UInt64 = 64
            while shift > 0 {
                shift -= 4
                let nibble = UInt8((fingerprint >> shift) & 0xf)
                put(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10)
            }
            put(UInt8(ascii: "-"))
            for byte in sequenceText.utf8 { put(byte) }
            return index
        }
    }

    /// The fixed order of cards in a household (rule C2).
    public static func cardOrder(_ a: IDCard, _ b: IDCard) -> Bool {
        let aSubscriber = a.relationship == .subscriber
        let bSubscriber = b.relationship == .subscriber
        if aSubscriber != bSubscriber { return aSubscriber }
        if a.dateOfBirth != b.dateOfBirth { return a.dateOfBirth < b.dateOfBirth }
        if a.memberID != b.memberID { return a.memberID < b.memberID }
        return a.id.requestID < b.id.requestID
    }
}
