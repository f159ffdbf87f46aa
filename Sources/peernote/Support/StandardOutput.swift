import Foundation

/// Buffered output to standard output or a file: one system call per 64 KB instead of one per
/// line. Small writes are copied into a buffer; a note's rendered output, already bytes of its
/// own, is kept as it is and written from where it lies (`writev`), so no note's output is
/// copied again on the thread that also reads the input.
final class StandardOutput: TextOutputStream {
    /// What is waiting to be written, in order: buffers of small writes and whole outputs.
    private var pieces: [[UInt8]] = []
    /// The small writes since the last whole output.
    private var buffer: [UInt8] = []
    /// The bytes in `pieces`.
    private var waiting = 0
    private let descriptor: Int32

    /// Outputs of at least this many bytes are kept, not copied.
    private static let kept = 1024
    /// Bytes gathered before they are written.
    private static let gathered = 1 << 16
    /// Pieces one `writev` takes (`IOV_MAX` on Linux and macOS, which Swift does not import).
    private static let vectorsAtMost = 1024

    /// Output to `descriptor`, standard output unless told otherwise.
    init(descriptor: Int32 = 1) {
        self.descriptor = descriptor
    }
    deinit { flush() }

    /// Appends `text` (and a newline unless told not to).
    func write(_ text: String, newline: Bool = true) {
        buffer.append(contentsOf: text.utf8)
        if newline { buffer.append(0x0A) }
        if waiting + buffer.count >= Self.gathered { flush() }
    }

    /// Appends UTF-8 bytes as they are.
    func write(bytes: [UInt8]) {
        guard bytes.count >= Self.kept else {
            buffer.append(contentsOf: bytes)
            if waiting + buffer.count >= Self.gathered { flush() }
            return
        }
        closeBuffer()
        pieces.append(bytes)
        waiting += bytes.count
        if waiting >= Self.gathered { flush() }
    }

    /// Appends `text` as it is (`TextOutputStream`).
    func write(_ text: String) { write(text, newline: false) }

    /// Writes out what is waiting. A write the system takes only in part goes on from where it
    /// stopped; one that fails drops the rest (a closed pipe: nobody is reading).
    func flush() {
        closeBuffer()
        var next = 0, offset = 0   // the first piece not yet written whole, and how much of it was
        while next < pieces.count {
            let written = withVectors(from: next, offset: offset) { writev(descriptor, $0.baseAddress, Int32($0.count)) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { break }
            var left = written
            while next < pieces.count && left >= pieces[next].count - offset {
                left -= pieces[next].count - offset
                next += 1
                offset = 0
            }
            offset += left
        }
        pieces.removeAll(keepingCapacity: true)
        waiting = 0
    }

    /// The small writes so far become a piece of their own.
    private func closeBuffer() {
        guard !buffer.isEmpty else { return }
        waiting += buffer.count
        pieces.append(buffer)
        buffer = []
    }

    /// `body` called with the vectors of up to `vectorsAtMost` pieces from `first` on, the first of
    /// them from `offset`. Each piece's address is valid only inside its own `withUnsafeBytes`,
    /// so the calls nest, one per piece (a flush gathers some dozens).
    private func withVectors(from first: Int, offset: Int, _ body: (UnsafeBufferPointer<iovec>) -> Int) -> Int {
        let count = min(pieces.count - first, Self.vectorsAtMost)
        return withUnsafeTemporaryAllocation(of: iovec.self, capacity: count) { vectors in
            func nest(_ index: Int) -> Int {
                guard index < count else { return body(UnsafeBufferPointer(vectors)) }
                return pieces[first + index].withUnsafeBytes { bytes in
                    let skip = index == 0 ? offset : 0
                    vectors.initializeElement(at: index, to: iovec(iov_base: UnsafeMutableRawPointer(mutating: bytes.baseAddress! + skip),
                                                                   iov_len: bytes.count - skip))
                    return nest(index + 1)
                }
            }
            return nest(0)
        }
    }
}
