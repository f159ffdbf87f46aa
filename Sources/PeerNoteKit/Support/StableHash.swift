/// FNV-1a, 64 bits: a hash that is the same in every run and on every machine (Swift's own
/// `Hasher` is seeded per process), for cache keys, pseudonyms and note-id sets that must
/// merge across machines.
@usableFromInline struct StableHash {
    private(set) var value: UInt64

    /// A hash starting from `seed`.
    init(seed: UInt64 = 0) { value = 0xcbf2_9ce4_8422_2325 ^ seed }

    /// Mixes in bytes.
    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }

    /// Mixes in a large buffer eight bytes at a time (the tail byte by byte): eight times
    /// faster than `add`, for cache keys over whole files. Not the same value as `add`.
    mutating func add(words bytes: UnsafeRawBufferPointer) {
        let words = bytes.count / 8
        for index in 0..<words {
            let word = bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
            value = (value ^ word) &* 0x100_0000_01b3
            value ^= value >> 29
        }
        add(bytes[(words * 8)...])
    }

    /// The hash of a string's UTF-8 bytes.
    @usableFromInline static func of(_ text: String) -> UInt64 {
        var hash = StableHash()
        hash.add(text.utf8)
        return hash.value
    }
}
