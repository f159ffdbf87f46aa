import Foundation

/// A progress line on standard error for long runs, only when it is a terminal.
struct Progress {
    private let enabled = isatty(STDERR_FILENO) == 1
    private var count = 0
    private let start = Date()

    mutating func tick() {
        count += 1
        guard enabled, count % 500 == 0 else { return }
        let rate = Double(count) / max(0.001, Date().timeIntervalSince(start))
        FileHandle.standardError.write(Data("\r\(count) notes read · \(Int(rate)) notes/s ".utf8))
    }

    func finish() {
        guard enabled, count >= 500 else { return }
        FileHandle.standardError.write(Data("\r\(count) notes read\u{1B}[K\n".utf8))
    }
}
