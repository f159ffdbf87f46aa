extension Caseload {
    /// Per peer and rule, the example chosen from that peer's own notes: the finding that comes
    /// first by (note id, offset), so every run and every merge picks the same one. Exports list
    /// notes in id order, so the first example found is nearly always the one kept.
    ///
    /// A state-wide caseload holds hundreds of thousands of examples, so they are kept compact:
    /// note id, sentence and words in a byte arena of 1 MB blocks (no large copies as it grows),
    /// peers, rules, messages, suggestions and guidance interned, one flat table of small fixed-size records.
    /// Encoded as `{peer: {rule: Example}}`.
    public struct Examples: Codable, Sendable, Equatable {
        private struct Stored: Sendable {
            var offset: Int32
            var address: UInt32
            var noteLength: UInt16
            var sentenceLength: UInt16
            var wordsLength: UInt16
            var rewrittenLength: UInt16
            var suggestion: UInt32
            var message: UInt32
            var guidance: UInt32
            var length: Int { Int(noteLength) + Int(sentenceLength) + Int(wordsLength) + Int(rewrittenLength) }
        }

        private var peers = Interned()
        private var rules = Interned()
        private var texts = Interned()
        private var chosen: [UInt64: Stored] = [:]
        private var arena = Arena()
        private var garbage = 0
        private static let none = UInt32.max

        /// No examples.
        public init() {}

        /// The number of examples kept.
        public var count: Int { chosen.count }

        /// The example for `rule` in `peer`'s notes.
        public subscript(peer peer: String, rule rule: String) -> Example? {
            guard let p = peers.index[peer], let r = rules.index[rule], let stored = chosen[Self.slot(p, r)] else { return nil }
            return example(stored)
        }

        /// Every peer's example for `rule`.
        public func all(rule: String) -> [Example] {
            guard let r = rules.index[rule] else { return [] }
            return chosen.filter { UInt32(truncatingIfNeeded: $0.key) == r }.map { example($0.value) }
        }

        /// Offers a finding at `offset` in note `note` as the example; `make` is called only
        /// when it wins, since cutting out the sentence is the costly part.
        mutating func offer(peer: String, rule: String, note: String, offset: Int, make: () -> Example) {
            let slot = Self.slot(peers.id(peer), rules.id(rule))
            let note = Self.clipped(note, 1024)
            if let current = chosen[slot] {
                let stored = arena.bytes(current.address, Int(current.noteLength))
                if !Example.precedes((note.utf8, offset), (stored, Int(current.offset))) { return }
                garbage += current.length
            }
            let made = make()
            let sentence = Self.clipped(made.sentence, 4096), words = Self.clipped(made.words, 1024)
            // An empty rewritten sentence stands for none: a sentence is never empty.
            let rewritten = Self.clipped(made.rewritten ?? "", 4096)
            chosen[slot] = Stored(offset: Int32(clamping: offset), address: arena.append(note.utf8, sentence.utf8, words.utf8, rewritten.utf8),
                                  noteLength: UInt16(note.utf8.count), sentenceLength: UInt16(sentence.utf8.count), wordsLength: UInt16(words.utf8.count),
                                  rewrittenLength: UInt16(rewritten.utf8.count),
                                  suggestion: made.suggestion.map { texts.id($0) } ?? Self.none, message: texts.id(made.message),
                                  guidance: made.guidance.map { texts.id($0) } ?? Self.none)
            if garbage > 1 << 20 && garbage > arena.count / 2 { compact() }
        }

        /// Adds another part's examples.
        mutating func merge(_ other: Examples) {
            for (slot, stored) in other.chosen {
                let made = other.example(stored)
                offer(peer: other.peer(slot), rule: other.rule(slot), note: made.note, offset: made.offset) { made }
            }
        }

        private static func slot(_ peer: UInt32, _ rule: UInt32) -> UInt64 { UInt64(peer) << 32 | UInt64(rule) }
        private func peer(_ slot: UInt64) -> String { peers.values[Int(slot >> 32)] }
        private func rule(_ slot: UInt64) -> String { rules.values[Int(UInt32(truncatingIfNeeded: slot))] }

        private func example(_ stored: Stored) -> Example {
            let bytes = arena.bytes(stored.address, stored.length)
            let sentenceStart = bytes.startIndex + Int(stored.noteLength), wordsStart = sentenceStart + Int(stored.sentenceLength)
            let rewrittenStart = wordsStart + Int(stored.wordsLength)
            return Example(note: String(decoding: bytes[..<sentenceStart], as: UTF8.self), offset: Int(stored.offset),
                           sentence: String(decoding: bytes[sentenceStart..<wordsStart], as: UTF8.self),
                           words: String(decoding: bytes[wordsStart..<rewrittenStart], as: UTF8.self),
                           suggestion: stored.suggestion == Self.none ? nil : texts.values[Int(stored.suggestion)],
                           message: texts.values[Int(stored.message)],
                           rewritten: stored.rewrittenLength == 0 ? nil : String(decoding: bytes[rewrittenStart...], as: UTF8.self),
                           guidance: stored.guidance == Self.none ? nil : texts.values[Int(stored.guidance)])
        }

        /// Copies the live text into a fresh arena, dropping replaced examples' text.
        private mutating func compact() {
            var fresh = Arena()
            for (slot, var stored) in chosen {
                stored.address = fresh.append(arena.bytes(stored.address, stored.length), [], [], [])
                chosen[slot] = stored
            }
            arena = fresh
            garbage = 0
        }

        /// `text` cut to at most `limit` bytes, on a character boundary.
        private static func clipped(_ text: String, _ limit: Int) -> String {
            guard text.utf8.count > limit else { return text }
            var end = text.utf8.index(text.utf8.startIndex, offsetBy: limit)
            while !text.unicodeScalars.indices.contains(end) && end > text.startIndex { end = text.utf8.index(before: end) }
            return String(text[..<end])
        }

        /// The examples as `{peer: {rule: Example}}`.
        private var nested: [String: [String: Example]] {
            var nested: [String: [String: Example]] = [:]
            for (slot, stored) in chosen {
                nested[peer(slot), default: [:]][rule(slot)] = example(stored)
            }
            return nested
        }

        /// Writes `{peer: {rule: Example}}` peer by peer, handing the text to `out` as it goes.
        func write(to json: inout JSONWriter, flushingInto out: inout some TextOutputStream) throws {
            let byPeer = Dictionary(grouping: chosen.keys, by: peer)
            json.openObject()
            for name in byPeer.keys.sorted() {
                json.key(escaping: name)
                json.openObject()
                for slot in byPeer[name]!.sorted(by: { rule($0) < rule($1) }) {
                    json.key(escaping: rule(slot))
                    try json.encodePartValue(example(chosen[slot]!))
                }
                json.closeObject()
                json.flush(into: &out, over: 1 << 16)
            }
            json.closeObject()
        }

        public init(from decoder: Decoder) throws {
            for (peer, byRule) in try decoder.singleValueContainer().decode([String: [String: Example]].self) {
                for (rule, example) in byRule { offer(peer: peer, rule: rule, note: example.note, offset: example.offset) { example } }
            }
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(nested)
        }

        public static func == (a: Examples, b: Examples) -> Bool { a.nested == b.nested }
    }
}

/// Bytes in blocks of 1 MB, addressed by block (high 12 bits) and offset (low 20 bits): growing
/// never copies what is stored, so the peak stays near what is live.
private struct Arena: Sendable {
    private var blocks: [[UInt8]] = []
    private static let blockSize = 1 << 20

    /// The bytes stored, live or not.
    private(set) var count = 0

    /// Stores `parts` back to back (at most a block in all) and returns their address.
    mutating func append(_ a: some Collection<UInt8>, _ b: some Collection<UInt8>, _ c: some Collection<UInt8>,
                         _ d: some Collection<UInt8>) -> UInt32 {
        let length = a.count + b.count + c.count + d.count
        if blocks.isEmpty || blocks[blocks.count - 1].count + length > Self.blockSize {
            blocks.append([])
            blocks[blocks.count - 1].reserveCapacity(Self.blockSize)
        }
        let block = blocks.count - 1
        let address = UInt32(block << 20 | blocks[block].count)
        blocks[block].append(contentsOf: a)
        blocks[block].append(contentsOf: b)
        blocks[block].append(contentsOf: c)
        blocks[block].append(contentsOf: d)
        count += length
        return address
    }

    /// The `length` bytes at `address`.
    func bytes(_ address: UInt32, _ length: Int) -> ArraySlice<UInt8> {
        let start = Int(address & 0xF_FFFF)
        return blocks[Int(address >> 20)][start..<(start + length)]
    }
}

/// Strings stored once and named by number.
struct Interned: Sendable {
    var index: [String: UInt32] = [:]
    var values: [String] = []

    mutating func id(_ value: String) -> UInt32 {
        if let id = index[value] { return id }
        let id = UInt32(values.count)
        index[value] = id
        values.append(value)
        return id
    }
}
