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

    /// A partial file's grouping in time, read without keeping the rest: `report --merge`
    /// checks every part agrees before merging any.
    public static func partialPeriod(_ stream: JSONStream) throws -> Period {
        var period: Period? = nil
        try stream.object { member in
            if member == "period" { period = try stream.decode(Period.self, with: JSONDecoder()) } else { try stream.skip() }
        }
        try stream.end()
        guard let period else { throw InputError(file: stream.source, message: "no `period` member") }
        return period
    }

    /// Merges a partial file read entry by entry: the same as `merge` with the part decoded,
    /// in memory for one entry at a time. On an error the caseload is left part-merged.
    public mutating func merge(partial stream: JSONStream) throws {
        let decoder = JSONDecoder()
        func tallies(_ add: (String, Tally) -> Void) throws {
            try stream.object { key in add(key, try stream.decode(Tally.self, with: decoder)) }
        }
        try stream.object { member in
            switch member {
            case "examples":
                try stream.object { peer in
                    try stream.object { rule in
                        let example = try stream.decode(Example.self, with: decoder)
                        examples.offer(peer: peer, rule: rule, note: example.note, offset: example.offset) { example }
                    }
                }
            case "noteIDs":
                try stream.array {
                    let id = try stream.integer(UInt64.self)
                    if !noteIDs.ids.insert(id).inserted {
                        skipped.append(Skipped(file: "note #" + String(id, radix: 16), line: nil, reason: "a note with this id was counted in two parts"))
                    }
                }
            case "overall": overall.add(try stream.decode(Tally.self, with: decoder))
            case "peers": try tallies { peers[$0, default: Tally()].add($1) }
            case "programs": try tallies { programs[$0, default: Tally()].add($1) }
            case "periods": try tallies { periods[$0, default: Tally()].add($1) }
            case "peerPeriods":
                try stream.object { peer in try tallies { peerPeriods[peer, default: [:]][$0, default: Numbers()].add(Numbers($1)) } }
            case "people":
                try stream.object { part in
                    switch part {
                    case "numbers": try tallies { people.add(Numbers($1), person: $0) }
                    case "units":
                        try stream.object { key in
                            let parts = key.split(separator: "\t", maxSplits: 1).map(String.init)
                            people.add(units: try stream.integer(), person: parts[0], date: parts.count > 1 ? parts[1] : "")
                        }
                    default: try stream.skip()
                    }
                }
            case "skipped": try stream.array { skipped.append(try stream.decode(Skipped.self, with: decoder)) }
            case "redacted": redacted = try stream.decode(Bool.self, with: decoder) || redacted
            default: try stream.skip()   // `period` is checked by the caller, before merging
            }
        }
        try stream.end()
        skipped.sort()
    }
}
