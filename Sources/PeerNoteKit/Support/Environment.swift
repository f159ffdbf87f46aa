import Foundation

/// An environment variable's value, read with `getenv`: ProcessInfo builds the whole
/// environment as a dictionary, and the lexicon's folders are looked up on every start.
func environmentVariable(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
}
