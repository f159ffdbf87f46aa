/// FNV-1a, 64 bits: a hash that is the same in every run and on every machine (Swift's own
/// `Hasher` is seeded per process), for cache keys, pseudonyms and note-id sets that must
/// merge across machines.
struct StableHash {
    private(set) var value: UInt64

    /// A hash starting from `seed`.
    init(seed: UInt64 = 0) { value = 0xcbf2_9ce4_8422_2325 ^ seed }

    /// Mixes in bytes.
    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }

    /// The hash of a string's UTF-8 bytes.
    static func of(_ text: String) -> UInt64 {
        var hash = StableHash()
        hash.add(text.utf8)
        return hash.value
    }
}
