/// Values made once per key and kept up to a bound: what an analyzer sees again from note to
/// note (a person's goals, names, example sentences). When full it is emptied, so that a
/// caseload of a million people never keeps them all.
struct BoundedMemo<Key: Hashable, Value> {
    private var values: [Key: Value] = [:]
    /// The most values kept.
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// The value for `key`, made by `make` the first time it is asked for.
    mutating func value(for key: Key, make: (Key) -> Value) -> Value {
        if let kept = values[key] { return kept }
        let made = make(key)
        if values.count >= limit { values.removeAll(keepingCapacity: true) }
        values[key] = made
        return made
    }
}
