import Foundation

/// Appends values as little-endian bytes.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        for value in values { string(value) }
    }

    mutating func phrases(_ values: [[String]]) {
        int(values.count)
        for value in values { strings(value) }
    }

    /// An array of plain values, copied as memory.
    mutating func raw<T: BitwiseCopyable>(_ values: [T]) {
        int(values.count)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

/// Reads what `SnapshotWriter` wrote; any inconsistency makes every later read fail.
struct SnapshotReader {
    private let data: [UInt8]
    private var offset = 0
    private(set) var failed = false

    init(bytes: [UInt8]) { data = bytes }

    init(data: Data) { self.data = [UInt8](data) }

    mutating func int() -> Int {
        guard offset + 8 <= data.count else { failed = true; return 0 }
        let value = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Int64.self) }
        offset += 8
        return Int(Int64(littleEndian: value))
    }

    mutating func count() -> Int {
        let value = int()
        guard value >= 0, value <= data.count - offset else { failed = true; return 0 }
        return value
    }

    mutating func string() -> String {
        let length = count()
        guard !failed else { return "" }
        defer { offset += length }
        return data.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<(offset + length)]), as: UTF8.self) }
    }

    mutating func strings() -> [String] { (0..<count()).map { _ in string() } }

    mutating func phrases() -> [[String]] { (0..<count()).map { _ in strings() } }

    mutating func raw<T: BitwiseCopyable>(_: T.Type) -> [T] {
        let items = count()
        let length = items * MemoryLayout<T>.stride
        guard !failed, length <= data.count - offset else { failed = true; return [] }
        defer { offset += length }
        return [T](unsafeUninitializedCapacity: items) { buffer, initialized in
            data.withUnsafeBytes { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + length)])) }
            initialized = items
        }
    }

    /// Whether everything was read, exactly.
    var isComplete: Bool { !failed && offset == data.count }
}

extension LexiconEntry {
    func write(to writer: inout SnapshotWriter) {
        writer.strings([id, side.rawValue, category, severity.rawValue, wordClass.rawValue, message, rationale, source, origin])
        writer.strings(terms.map(\.text))
        writer.strings(terms.map(\.form.rawValue))
        for list in [exceptions, examples, counterexamples, headings] { writer.strings(list) }
        writer.int(alternatives.count)
        for alternative in alternatives { alternative.write(to: &writer) }
        writer.int(isSafe ? 1 : 0)
        writer.string(guidance)
        writer.strings(rewrites.map(\.input))
        writer.strings(rewrites.map { $0.output ?? "\u{0}" })
        for list in [context.notAfter, context.notBefore, context.onlyAfter, context.onlyBefore, context.appliesTo] { writer.strings(list) }
        writer.int(context.senses.count)
        for sense in context.senses {
            writer.string(sense.name)
            writer.strings(sense.before)
            writer.strings(sense.after)
        }
        writer.int(context.window)
        writer.string(context.quoted.rawValue)
        writer.int(context.inNames ? 1 : 0)
        writer.string(suggestion)
        writer.strings(categories)
        let named = variants.sorted { $0.key < $1.key }
        writer.strings(named.map(\.key))
        writer.strings(named.map { $0.value.message ?? "\u{0}" })
        writer.strings(named.map { $0.value.suggestion ?? "\u{0}" })
        writer.strings([context.subject?.rawValue ?? "", role?.rawValue ?? ""])
        writer.strings(context.between)
        writer.int(context.onlyQuoted ? 1 : 0)
        writer.int(context.reachesBack ? 1 : 0)
    }

    init?(reading reader: inout SnapshotReader) {
        let head = reader.strings()
        guard head.count == 9, let side = Side(rawValue: head[1]), let severity = Severity(rawValue: head[3]),
              let wordClass = WordClass(rawValue: head[4]) else { return nil }
        let texts = reader.strings(), forms = reader.strings().compactMap(Form.init(rawValue:))
        guard texts.count == forms.count else { return nil }
        let lists = (0..<4).map { _ in reader.strings() }
        var alternatives: [Alternative] = []
        for _ in 0..<reader.count() {
            guard let alternative = Alternative(reading: &reader) else { return nil }
            alternatives.append(alternative)
        }
        let isSafe = reader.int() == 1
        self.init(id: head[0], side: side, category: head[2], severity: severity, wordClass: wordClass,
                  terms: zip(texts, forms).map { Term(text: $0, form: $1) }, exceptions: lists[0], message: head[5],
                  rationale: head[6], alternatives: alternatives, isSafe: isSafe, source: head[7], examples: lists[1],
                  counterexamples: lists[2], headings: lists[3], origin: head[8])
        guidance = reader.string()
        let inputs = reader.strings(), outputs = reader.strings()
        guard inputs.count == outputs.count else { return nil }
        rewrites = zip(inputs, outputs).map { RewriteExample(input: $0, output: $1 == "\u{0}" ? nil : $1) }
        let words = (0..<5).map { _ in reader.strings() }
        (context.notAfter, context.notBefore, context.onlyAfter, context.onlyBefore, context.appliesTo) =
            (words[0], words[1], words[2], words[3], words[4])
        context.senses = (0..<reader.count()).map { _ in Sense(name: reader.string(), before: reader.strings(), after: reader.strings()) }
        context.window = reader.int()
        guard let quoted = Quoted(rawValue: reader.string()) else { return nil }
        context.quoted = quoted
        context.inNames = reader.int() == 1
        suggestion = reader.string()
        categories = reader.strings()
        let names = reader.strings(), messages = reader.strings(), suggestions = reader.strings()
        guard names.count == messages.count, names.count == suggestions.count else { return nil }
        for (index, name) in names.enumerated() {
            variants[name] = Variant(message: messages[index] == "\u{0}" ? nil : messages[index],
                                     suggestion: suggestions[index] == "\u{0}" ? nil : suggestions[index])
        }
        let rules = reader.strings()
        guard rules.count == 2 else { return nil }
        if !rules[0].isEmpty { guard let subject = SubjectRule(rawValue: rules[0]) else { return nil }; context.subject = subject }
        if !rules[1].isEmpty { guard let role = Role(rawValue: rules[1]) else { return nil }; self.role = role }
        context.between = reader.strings()
        context.onlyQuoted = reader.int() == 1
        context.reachesBack = reader.int() == 1
        if reader.failed { return nil }
    }
}
