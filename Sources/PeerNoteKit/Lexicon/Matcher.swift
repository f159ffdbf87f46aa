/// The one matcher: every lexicon term and exception compiled into a byte trie over
/// normalized token text, matched leftmost-longest over a sentence's tokens.
///
/// Keys are the normalized words of a phrase with the separators between them removed, and
/// text is walked token by token across spaces, hyphens and slashes. So "non-compliant",
/// "non compliant" and "noncompliant" all reach the same trie node, while a match can only
/// start and end at token boundaries: "patient" never fires inside "outpatient", nor at the front
/// of a hyphenated compound ("patient-centered"). The cost
/// of a walk depends on the text, not on the size of the lexicon.
struct Matcher: Sendable {
    /// What a key leads to.
    struct Pattern: Sendable, Hashable {
        /// Index of the entry in the lexicon.
        var entry: Int
        /// The form of the term.
        var form: Form
        /// An exception silences; a term fires.
        var isException: Bool
        /// Whether the text must be written in capitals: an abbreviation the lexicon spells in
        /// capitals ("AMA", "SI") is not the name or word it spells in lowercase ("Ama", "si").
        var requiresCapitals = false
        /// Whether the text must have a slash: a slashed abbreviation ("d/o", "c/o") is not the
        /// word its letters spell ("do", "co").
        var requiresSlash = false
        /// Another pattern with the same key, or -1: a cue can share its words with a cue of
        /// another kind ("said" states a response and, after "her chart", reports a label).
        var next: Int32 = -1
    }

    /// One leftmost-longest match.
    struct Match: Sendable, Hashable {
        /// Indexes of the first and last token matched.
        var tokens: ClosedRange<Int>
        /// UTF-8 byte range in the note (without a trailing possessive 's).
        var range: Range<Int>
        /// What matched.
        var pattern: Pattern
        /// The pattern's number among the matcher's `patterns`: a key for what is cached per pattern.
        var patternNumber: Int
    }

    /// A trie node, 16 bytes: four to a cache line, none split across two (at 24 bytes, the
    /// load of a node waited on memory for a third of the matcher's time). A node's children
    /// are numbered one after another in byte order, so a child is found with one load: up to
    /// eight edge bytes sit in the node itself and are searched all at once (SWAR), not by a
    /// binary search whose branches the processor cannot guess.
    ///
    /// Four fifths of a word trie's nodes have one child and end no key: the tail of a word
    /// once it is the only one left ("indi|vidual"). Such a run of up to eight bytes is one
    /// *chain* node, whose bytes are matched in turn against the node already loaded, instead
    /// of one node load per byte, each waiting on the one before.
    private struct Node: Sendable, BitwiseCopyable {
        /// A narrow node's edge bytes, low byte first, zero past the last (an edge byte is never
        /// zero); a wide node's offset of its edge bytes in `wideEdges` (low half) and their
        /// number (high half); a chain's bytes, low byte first.
        var edges: UInt64 = 0
        /// The first child's index; its complement (negative) for a wide node; for a chain,
        /// the node at its end.
        var firstChild: Int32 = 0
        /// The pattern a key ending here leads to, or -1; `Node.chain` for a chain (no key ends
        /// at a chain's start or inside it).
        var pattern: Int32 = -1

        /// The `pattern` of a chain node.
        static let chain: Int32 = -2

        init(edges: UInt64 = 0, firstChild: Int32 = 0, pattern: Int32 = -1) {
            self.edges = edges
            self.firstChild = firstChild
            self.pattern = pattern
        }

        var isWide: Bool { firstChild < 0 }
        var isChain: Bool { pattern == Self.chain }
        /// Where a wide node's edge bytes start in `wideEdges`.
        var wideStart: Int { Int(edges & 0xFFFF_FFFF) }
        var child: Int32 { isWide ? ~firstChild : firstChild }
        /// How many children (a chain has one: its end).
        var count: Int { isWide ? Int(edges >> 32) : isChain ? 1 : (64 - edges.leadingZeroBitCount + 7) >> 3 }
    }

    private var rootEdges = [Int32](repeating: -1, count: 256)
    /// The node two bytes below the root, by the two bytes (first byte high), or -1: one load
    /// where the walk of almost every word began with a root edge and then a binary search of
    /// a wide node (the root's children have many children each).
    private var pairEdges: [Int32] = []
    private var nodes: [Node] = [Node()]
    private var wideEdges: [UInt8] = []
    private(set) var patterns: [Pattern] = []

    /// The number of distinct keys compiled.
    var keyCount: Int { patterns.count }

    /// Builds the trie from `(key, pattern)` pairs; keys are already normalized and joined.
    /// Two patterns may share a key when `canShare` says so (they are chained with `next`).
    /// Returns, besides the matcher, every key claimed by two patterns that may not share it.
    static func build(_ keyed: [(key: [UInt8], pattern: Pattern)], canShare: (Pattern, Pattern) -> Bool = { _, _ in false })
        -> (Matcher, collisions: [(key: [UInt8], first: Pattern, second: Pattern)]) {
        // Build with dictionaries, then freeze breadth first, each node's children numbered together.
        var children: [[UInt8: Int32]] = [[:]]
        var patternOf: [Int32] = [-1]
        var depthOf: [Int] = [0]
        var matcher = Matcher()
        var collisions: [(key: [UInt8], first: Pattern, second: Pattern)] = []
        for (key, pattern) in keyed where !key.isEmpty {
            var node: Int32 = 0
            for byte in key {
                if let next = children[Int(node)][byte] { node = next; continue }
                let next = Int32(children.count)
                children.append([:])
                patternOf.append(-1)
                depthOf.append(depthOf[Int(node)] + 1)
                children[Int(node)][byte] = next
                node = next
            }
            let existing = patternOf[Int(node)]
            if existing >= 0 {
                let first = matcher.patterns[Int(existing)]
                // One spelling of the entry's term in lowercase lets every case match.
                if first.entry == pattern.entry && first.isException == pattern.isException {
                    if !pattern.requiresCapitals { matcher.patterns[Int(existing)].requiresCapitals = false }
                    if !pattern.requiresSlash { matcher.patterns[Int(existing)].requiresSlash = false }
                }
                // Two exceptions on one key silence the same text: no conflict.
                guard (first.entry != pattern.entry || first.isException != pattern.isException) && !(first.isException && pattern.isException)
                else { continue }
                var last = Int(existing)
                while matcher.patterns[last].next >= 0 && matcher.patterns[last].entry != pattern.entry { last = Int(matcher.patterns[last].next) }
                if matcher.patterns[last].entry == pattern.entry { continue }
                if canShare(first, pattern) {
                    matcher.patterns[last].next = Int32(matcher.patterns.count)
                    matcher.patterns.append(pattern)
                } else {
                    collisions.append((key, first, pattern))
                }
                continue
            }
            patternOf[Int(node)] = Int32(matcher.patterns.count)
            matcher.patterns.append(pattern)
        }
        // Sibling blocks are laid out depth first: a block is followed by the blocks below its
        // first child, so a word's path through single-child nodes reads memory in order.
        var order: [Int32] = [0]                                        // built node by new index
        var firstChildOf = [Int32](repeating: 0, count: children.count)  // by built node
        var sortedEdges = [[(key: UInt8, value: Int32)]](repeating: [], count: children.count)
        var chains = [(bytes: UInt64, end: Int32)?](repeating: nil, count: children.count)
        var pending: [Int32] = [0]
        // Chains start two bytes down at the earliest: the first two bytes are looked up in
        // `pairEdges`, which needs real nodes to point at.
        func chain(from start: Int32) -> (bytes: UInt64, end: Int32)? {
            guard depthOf[Int(start)] >= 2 else { return nil }
            var bytes: UInt64 = 0, length = 0, node = start
            while length < 8, patternOf[Int(node)] < 0, children[Int(node)].count == 1, let (byte, next) = children[Int(node)].first, byte != 0 {
                bytes |= UInt64(byte) << (8 * length)
                length += 1
                node = next
            }
            return length >= 2 ? (bytes, node) : nil
        }
        while let built = pending.popLast() {
            if let chain = chain(from: built) {
                chains[Int(built)] = chain
                firstChildOf[Int(built)] = Int32(order.count)
                order.append(chain.end)
                pending.append(chain.end)
                continue
            }
            let edges = children[Int(built)].sorted { $0.key < $1.key }
            sortedEdges[Int(built)] = edges
            firstChildOf[Int(built)] = Int32(order.count)
            order += edges.map(\.value)
            pending += edges.reversed().map(\.value)
        }
        matcher.nodes = []
        matcher.nodes.reserveCapacity(order.count)
        for built in order {
            if let chain = chains[Int(built)] {
                matcher.nodes.append(Node(edges: chain.bytes, firstChild: firstChildOf[Int(built)], pattern: Node.chain))
                continue
            }
            let edges = sortedEdges[Int(built)]
            var node = Node(edges: 0, firstChild: firstChildOf[Int(built)], pattern: patternOf[Int(built)])
            // A zero edge byte would read as padding: such a node is searched like a wide one.
            if edges.count > 8 || edges.contains(where: { $0.key == 0 }) {
                node.edges = UInt64(matcher.wideEdges.count) | UInt64(edges.count) << 32
                node.firstChild = ~node.firstChild
                matcher.wideEdges += edges.map(\.key)
            } else {
                for (position, edge) in edges.enumerated() { node.edges |= UInt64(edge.key) << (8 * position) }
            }
            matcher.nodes.append(node)
        }
        let root = matcher.nodes[0]
        for position in 0..<root.count { matcher.rootEdges[Int(matcher.edgeByte(root, position))] = root.child + Int32(position) }
        matcher.indexPairs()
        return (matcher, collisions)
    }

    /// Fills `pairEdges` from the trie (built, not stored: it is 256 KB of mostly -1).
    private mutating func indexPairs() {
        var pairs = [Int32](repeating: -1, count: 1 << 16)
        for first in 0..<256 where rootEdges[first] >= 0 {
            let node = nodes[Int(rootEdges[first])]
            for position in 0..<node.count { pairs[first << 8 | Int(edgeByte(node, position))] = node.child + Int32(position) }
        }
        pairEdges = pairs
    }

    /// The byte of a node's edge at `position`, for building.
    private func edgeByte(_ node: Node, _ position: Int) -> UInt8 {
        node.isWide ? wideEdges[node.wideStart + position] : UInt8(truncatingIfNeeded: node.edges >> (8 * position))
    }

    /// Writes the compiled trie for a `LexiconCache` snapshot.
    func write(to writer: inout SnapshotWriter) {
        writer.raw(rootEdges)
        writer.raw(nodes)
        writer.raw(wideEdges)
        writer.raw(patterns.flatMap {
            [Int32($0.entry), Int32(Form.allCases.firstIndex(of: $0.form)!), $0.isException ? 1 : 0,
             ($0.requiresCapitals ? 1 : 0) | ($0.requiresSlash ? 2 : 0), $0.next]
        })
    }

    /// Reads a trie written by `write(to:)`; nil when the snapshot does not fit.
    init?(reading reader: inout SnapshotReader, entryCount: Int) {
        rootEdges = reader.raw(Int32.self)
        nodes = reader.raw(Node.self)
        wideEdges = reader.raw(UInt8.self)
        let flatPatterns = reader.raw(Int32.self)
        guard !reader.failed, rootEdges.count == 256, !nodes.isEmpty, flatPatterns.count % 5 == 0 else { return nil }
        patterns = []
        let forms = Form.allCases
        patterns.reserveCapacity(flatPatterns.count / 5)
        for index in stride(from: 0, to: flatPatterns.count, by: 5) {
            let entry = Int(flatPatterns[index]), form = Int(flatPatterns[index + 1]), next = flatPatterns[index + 4]
            guard entry >= 0, entry < entryCount, form >= 0, form < forms.count, next >= -1, Int(next) < flatPatterns.count / 5
            else { return nil }
            patterns.append(Pattern(entry: entry, form: forms[form], isException: flatPatterns[index + 2] == 1,
                                    requiresCapitals: flatPatterns[index + 3] & 1 != 0, requiresSlash: flatPatterns[index + 3] & 2 != 0,
                                    next: next))
        }
        // A chain of shared keys only goes forward: no loop.
        guard patterns.indices.allSatisfy({ patterns[$0].next < 0 || Int(patterns[$0].next) > $0 }) else { return nil }
        // Every index the walk follows must stay inside the arrays.
        let nodeCount = nodes.count, patternCount = Int32(patterns.count), wideCount = wideEdges.count
        guard rootEdges.allSatisfy({ $0 >= -1 && Int($0) < nodeCount }),
              nodes.allSatisfy({ $0.pattern >= Node.chain && $0.pattern < patternCount && $0.child >= 0 && Int($0.child) + $0.count <= nodeCount
                                 && (!$0.isWide || $0.wideStart + $0.count <= wideCount) })
        else { return nil }
        indexPairs()
    }

    private init() {}

    /// The child of `n` (not the root, not a chain) along `byte`, or -1.
    @inline(__always)
    private func child(of n: Node, _ byte: UInt8, wideEdges: UnsafeBufferPointer<UInt8>) -> Int32 {
        if n.firstChild >= 0 {
            // The lowest lane equal to `byte` is the edge (a higher flag may be a borrow, and
            // only above an equal lane); padding lanes are zero, which no edge and no byte
            // looked up here is.
            let lanes = ByteScan.lanes(n.edges, equalTo: byte)
            return lanes != 0 && byte != 0 ? n.firstChild + Int32(truncatingIfNeeded: lanes.trailingZeroBitCount >> 3) : -1
        }
        var low = n.wideStart, high = low + n.count
        let first = low
        while low < high {
            let middle = (low + high) >> 1
            let value = wideEdges[middle]
            if value == byte { return n.child + Int32(middle - first) }
            if value < byte { low = middle + 1 } else { high = middle }
        }
        return -1
    }

    /// Leftmost-longest matches in one sentence, written over `result` (whose storage is
    /// reused from sentence to sentence: a new array per sentence was a tenth of the
    /// allocations of a check). Exceptions are returned too: the caller drops them, and the
    /// text they cover cannot match anything else.
    func matches(in sentence: Sentence, into result: inout [Match]) {
        result.removeAll(keepingCapacity: true)
        sentence.tokens.withUnsafeBufferPointer { tokens in
            sentence.normalizedBytes.withUnsafeBufferPointer { forms in
                nodes.withUnsafeBufferPointer { nodes in
                    wideEdges.withUnsafeBufferPointer { wideEdges in
                        pairEdges.withUnsafeBufferPointer { pairs in
                            var start = 0
                            while start < tokens.count {
                                // Not from the middle of a hyphenated word: "Ji-ho" holds no "h/o".
                                guard tokens[start].isWordLike, !Self.continuesCompound(at: start, in: tokens, forms: forms),
                                      let match = longestMatch(in: tokens, forms: forms, from: start, nodes: nodes, wideEdges: wideEdges,
                                                               pairs: pairs)
                                else {
                                    start += 1
                                    continue
                                }
                                result.append(match)
                                start = match.tokens.upperBound + 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// Whether token `index` is the second part of a hyphenated word ("Ji-ho", "anti-psychotic").
    @inline(__always)
    private static func continuesCompound(at index: Int, in tokens: UnsafeBufferPointer<Token>, forms: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 2 else { return false }
        let gap = tokens[index - 1]
        return gap.kind == .punctuation && gap.range.count == 1 && forms[Int(gap.normalizedRange.lowerBound)] == 0x2D
            && tokens[index - 2].isWordLike
    }

    private func longestMatch(in tokens: UnsafeBufferPointer<Token>, forms: UnsafeBufferPointer<UInt8>, from start: Int,
                              nodes: UnsafeBufferPointer<Node>, wideEdges: UnsafeBufferPointer<UInt8>,
                              pairs: UnsafeBufferPointer<Int32>) -> Match? {
        var node: Int32 = 0
        // Inside a chain: its bytes still to match, low byte next (zero when at a node).
        var chainRest: UInt64 = 0
        var best: (last: Int, end: Int, pattern: Int32)? = nil
        var index = start
        var crossedSpace = false
        walk: while true {
            let token = tokens[index]
            let formStart = Int(token.normalizedRange.lowerBound), formEnd = Int(token.normalizedRange.upperBound)
            var offset = formStart
            // The first two bytes in one step, unless the second is the apostrophe of a
            // one-letter term's possessive ("x's"), which the loop below must see.
            if node == 0 && formEnd - formStart >= 2 && !(formEnd - formStart == 3 && forms[formStart + 1] == 0x27) {
                node = pairs[Int(forms[formStart]) << 8 | Int(forms[formStart + 1])]
                if node < 0 { break walk }
                offset += 2
            }
            while offset < formEnd {
                let byte = forms[offset]
                offset += 1
                if chainRest != 0 {
                    guard UInt8(truncatingIfNeeded: chainRest) == byte else { break walk }
                    chainRest >>= 8
                    if chainRest == 0 { node = nodes[Int(node)].firstChild }
                    continue
                }
                if node == 0 {
                    node = rootEdges[Int(byte)]
                    if node < 0 { break walk }
                    continue
                }
                let current = nodes[Int(node)]
                if current.isChain {
                    guard UInt8(truncatingIfNeeded: current.edges) == byte else { break walk }
                    chainRest = current.edges >> 8
                    if chainRest == 0 { node = current.firstChild }
                    continue
                }
                // A possessive 's after a term ("pt's") still matches the term.
                if offset == formEnd - 1, byte == 0x27, forms[offset] == 0x73, token.possessiveLength > 0, current.pattern >= 0 {
                    best = (index, token.range.upperBound - Int(token.possessiveLength), current.pattern)
                }
                node = child(of: current, byte, wideEdges: wideEdges)
                if node < 0 { break walk }
            }
            // Inside a chain no key ends.
            let patternIndex = chainRest == 0 ? nodes[Int(node)].pattern : -1
            if patternIndex >= 0 {
                // A hyphen straight into another word makes one compound word: "co-signature" is not
                // "c/o", "client-centered" is not "client". The phrase may still go on across it.
                let inCompound = index + 2 < tokens.count && tokens[index + 1].kind == .punctuation && tokens[index + 1].joinsWords
                    && forms[Int(tokens[index + 1].normalizedRange.lowerBound)] == 0x2D && tokens[index + 2].isWordLike
                // A slash binds tighter than a space: a phrase that ran over a space does not end
                // inside a word joined by a slash ("Pt s/p" is "Pt" and "s/p", never "pts").
                let splitsSlash = crossedSpace && index + 2 < tokens.count && tokens[index + 1].kind == .punctuation
                    && tokens[index + 1].joinsWords && forms[Int(tokens[index + 1].normalizedRange.lowerBound)] == 0x2F
                    && tokens[index + 2].isWordLike
                if !inCompound && !splitsSlash { best = (index, token.range.upperBound, patternIndex) }
            }
            // Continue the phrase across spaces, hyphens and slashes only.
            var next = index + 1
            while next < tokens.count && next - index <= 4 && tokens[next].joinsWords {
                if tokens[next].kind == .space { crossedSpace = true }
                next += 1
            }
            guard next < tokens.count, tokens[next].isWordLike else { break walk }
            index = next
        }
        guard let best else { return nil }
        return Match(tokens: start...best.last, range: tokens[start].range.lowerBound..<best.end, pattern: patterns[Int(best.pattern)],
                     patternNumber: Int(best.pattern))
    }
}
