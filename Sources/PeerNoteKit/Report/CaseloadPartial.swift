import Foundation

extension Caseload {
    /// Writes the caseload as `Codable` encodes it — what `peernote report --merge` reads back —
    /// a piece at a time. `JSONEncoder` holds the whole tree in memory: 716 MB for a part of
    /// 100,000 notes. Keys come sorted, so the same notes give the same bytes.
    public func writePartial(to out: inout some TextOutputStream) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func json(_ value: some Encodable) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        func map(_ values: [String: some Encodable]) throws {
            try JSON.write(object: values.keys.sorted(), to: &out) { ($0, try json(values[$0]!)) }
        }
        out.write("{\"examples\":")
        try examples.write(to: &out, encode: json)
        out.write(",\"noteIDs\":[" + noteIDs.ids.sorted().map(String.init).joined(separator: ",") + "]")
        out.write(",\"overall\":" + (try json(overall)))
        out.write(",\"peerPeriods\":")
        try map(peerPeriods)
        out.write(",\"peers\":")
        try map(peers)
        out.write(",\"people\":")
        try people.write(to: &out, encode: json)
        out.write(",\"period\":" + (try json(period)) + ",\"periods\":")
        try map(periods)
        out.write(",\"programs\":")
        try map(programs)
        out.write(",\"redacted\":" + (redacted ? "true" : "false") + ",\"skipped\":" + (try json(skipped)) + "}\n")
    }
}
