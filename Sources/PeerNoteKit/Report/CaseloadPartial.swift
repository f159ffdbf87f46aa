import Foundation

extension Caseload {
    /// Writes the caseload as `Codable` encodes it — what `peernote report --merge` reads back —
    /// a piece at a time. `JSONEncoder` holds the whole tree in memory: 716 MB for a part of
    /// 100,000 notes. Keys come sorted, so the same notes give the same bytes.
    public func writePartial(to out: inout some TextOutputStream) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func json(_ value: some Encodable) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        func map<Value>(_ values: [String: Value], _ body: (Value) throws -> String) rethrows {
            out.write("{")
            for (index, key) in values.keys.sorted().enumerated() { out.write((index == 0 ? "" : ",") + JSON.quote(key) + ":" + (try body(values[key]!))) }
            out.write("}")
        }
        out.write("{\"examples\":")
        try examples.write(to: &out, encode: json)
        out.write(",\"noteIDs\":[" + noteIDs.ids.sorted().map(String.init).joined(separator: ",") + "]")
        out.write(",\"overall\":" + (try json(overall)))
        out.write(",\"peerPeriods\":")
        try map(peerPeriods) { try json($0) }
        out.write(",\"peers\":")
        try map(peers) { try json($0) }
        out.write(",\"people\":")
        try people.write(to: &out, encode: json)
        out.write(",\"period\":" + (try json(period)) + ",\"periods\":")
        try map(periods) { try json($0) }
        out.write(",\"programs\":")
        try map(programs) { try json($0) }
        out.write(",\"redacted\":" + (redacted ? "true" : "false") + ",\"skipped\":" + (try json(skipped)) + "}\n")
    }
}
