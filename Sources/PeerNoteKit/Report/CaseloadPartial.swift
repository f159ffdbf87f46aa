extension Caseload {
    /// Writes the caseload as `Codable` encodes it — what `peernote report --merge` reads back —
    /// a piece at a time, in memory that does not grow with the caseload. Keys come sorted, so
    /// the same notes give the same bytes; values are escaped as `JSONEncoder` escaped them, so
    /// a part is the same bytes whichever version wrote it.
    public func writePartial(to out: inout some TextOutputStream) throws {
        var json = JSONWriter(capacity: 1 << 16)
        func map(_ name: StaticString, _ values: [String: some Encodable]) throws {
            json.key(name)
            json.openObject()
            for key in values.keys.sorted() {
                json.key(escaping: key)
                try json.encodePartValue(values[key]!)
                json.flush(into: &out, over: 1 << 16)
            }
            json.closeObject()
        }
        json.openObject()
        json.key("billedDays")
        try json.encodePartValue(billedDays)
        json.key("dates")
        try json.encodePartValue(dates)
        try map("drillDown", drillDown)
        json.key("examples")
        try examples.write(to: &json, flushingInto: &out)
        json.key("noteIDs")
        json.openArray()
        for id in noteIDs.ids.sorted() { json.number(id) }
        json.closeArray()
        json.key("overall")
        try json.encodePartValue(overall)
        try map("peerPeriods", peerPeriods)
        try map("peers", peers)
        json.key("people")
        try people.write(to: &json, flushingInto: &out)
        json.key("period")
        try json.encodePartValue(period)
        try map("periods", periods)
        try map("programs", programs)
        json.key("redacted")
        json.bool(redacted)
        json.key("skipped")
        try json.encodePartValue(skipped)
        json.closeObject()
        json.write(0x0A)
        json.flush(into: &out)
    }

    /// A partial file's grouping in time, read without keeping the rest: `report --merge`
    /// checks every part agrees before merging any.
    public static func partialPeriod(_ stream: JSONStream) throws -> Period {
        var period: Period? = nil
        try stream.object { member in
            if member == "period" { period = try stream.decode(Period.self) } else { try stream.skip() }
        }
        try stream.end()
        guard let period else { throw InputError(file: stream.source, message: "no `period` member") }
        return period
    }

    /// Merges a partial file read entry by entry: the same as `merge` with the part decoded,
    /// in memory for one entry at a time. On an error the caseload is left part-merged.
    public mutating func merge(partial stream: JSONStream) throws {
        func tallies(_ add: (String, Tally) -> Void) throws {
            try stream.object { key in add(key, try stream.decode(Tally.self)) }
        }
        try stream.object { member in
            switch member {
            case "examples":
                try stream.object { peer in
                    try stream.object { rule in
                        let example = try stream.decode(Example.self)
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
            case "billedDays":
                try stream.array { billedDays.append(try stream.decode(BilledNote.self)) }
            case "dates": dates.add(try stream.decode(DateRange.self))
            case "drillDown":
                try stream.object { peer in
                    try stream.object { rule in
                        for id in try stream.decode([String].self) { drill(peer: peer, rule: rule, note: id) }
                    }
                }
            case "overall": overall.add(try stream.decode(Tally.self))
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
            case "skipped": try stream.array { skipped.append(try stream.decode(Skipped.self)) }
            case "redacted": redacted = try stream.decode(Bool.self) || redacted
            default: try stream.skip()   // `period` is checked by the caller, before merging
            }
        }
        try stream.end()
        skipped.sort()
        billedDays.sort()
    }
}

extension JSONWriter {
    /// One value of a partial file, as `JSONEncoder` with sorted keys wrote it.
    mutating func encodePartValue(_ value: some Encodable) throws {
        escaping = .foundation
        defer { escaping = .standard }
        try encode(value, sortingKeys: true)
    }
}
