import Foundation

/// Buffered output to standard output or a file: one `write(2)` per 64 KB instead of one per line.
final class StandardOutput: TextOutputStream {
    private var buffer: [UInt8] = []
    private let descriptor: Int32

    /// Output to `descriptor`, standard output unless told otherwise.
    init(descriptor: Int32 = 1) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 16)
    }
    deinit { flush() }

    /// Appends `text` (and a newline unless told not to).
    func write(_ text: String, newline: Bool = true) {
        buffer.append(contentsOf: text.utf8)
        if newline { buffer.append(0x0A) }
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends UTF-8 bytes as they are.
    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends `text` as it is (`TextOutputStream`).
    func write(_ text: String) { write(text, newline: false) }

    /// Writes out what is buffered.
    func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written <= 0 { break }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
