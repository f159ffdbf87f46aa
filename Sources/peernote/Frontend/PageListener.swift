import Foundation
import PeerNoteKit

/// The `serve` command's sockets: a TCP listener on 127.0.0.1 and one loop over `poll(2)` that
/// reads requests, hands each to the `PageServer`, and writes the answers.
///
/// One thread: the analyzer is not thread-safe, a check takes milliseconds, and one person uses
/// the page. Every connection is bounded — its unread request (`HTTPRequestReader`), the time
/// a request may take to arrive and an idle connection may stay open — and so is their number,
/// so a browser's spare connections or a stuck client cannot hold the page up.
final class PageListener {
    /// Why the listener could not start, in words for the person who ran `serve`.
    struct StartError: Error, CustomStringConvertible {
        var description: String
    }

    /// The port listened on (the one asked for, or the free one the system chose for 0).
    let port: Int
    private let socket: Int32
    private var connections: [Connection] = []

    /// The most connections kept open at once; past it, the one idle longest is closed.
    static let maximumConnections = 32
    /// A request must arrive whole within this many seconds of its first byte.
    static let requestSeconds = 30.0
    /// An idle connection is closed after this many seconds (browsers reopen as needed).
    static let idleSeconds = 120.0

    private struct Connection {
        let descriptor: Int32
        var reader = HTTPRequestReader(maximumBodyBytes: PageServer.maximumBodyBytes)
        var output: [UInt8] = []
        var written = 0
        /// Whether a response said the connection ends after it.
        var closesAfterOutput = false
        /// Whether the browser closed its side, or the connection failed.
        var readClosed = false
        var lastActivity: Double
        /// When the request being read began to arrive.
        var requestStarted: Double?
    }

    /// Listens on 127.0.0.1 at `port` (0: any free port). Never on another address: the page is
    /// for this computer only.
    init(port requested: Int) throws(StartError) {
        signal(SIGPIPE, SIG_IGN)   // a browser that goes away mid-answer is a write error, not a stop
        // Ctrl-C and a plain `kill` must stop the server, even when whatever started it (a test
        // runner's worker thread, a supervisor) left those signals blocked for its children.
        var stopping = sigset_t()
        sigemptyset(&stopping)
        for stop in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stopping, stop) }
        pthread_sigmask(SIG_UNBLOCK, &stopping, nil)
        #if canImport(Glibc)
        let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw StartError(description: "could not open a socket (\(Self.reason()))") }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        var yes: Int32 = 1
        // A restart on the same --port while old connections wind down.
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(requested).bigEndian)
        address.sin_addr = in_addr(s_addr: in_addr_t(0x7F00_0001).bigEndian)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            let failure = errno
            close(descriptor)
            if failure == EADDRINUSE {
                throw StartError(description: "port \(requested) on 127.0.0.1 is in use; choose another with --port, or leave --port out for a free one")
            }
            throw StartError(description: "could not listen on 127.0.0.1 port \(requested) (\(Self.reason(failure)))")
        }
        guard listen(descriptor, 64) == 0 else {
            let failure = errno
            close(descriptor)
            throw StartError(description: "could not listen on 127.0.0.1 (\(Self.reason(failure)))")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        Self.makeNonBlocking(descriptor)
        socket = descriptor
        port = Int(UInt16(bigEndian: actual.sin_port))
    }

    /// Serves `server` until the process is stopped.
    func run(_ server: PageServer) -> Never {
        var descriptors: [pollfd] = []
        while true {
            descriptors.removeAll(keepingCapacity: true)
            descriptors.append(pollfd(fd: socket, events: Int16(POLLIN), revents: 0))
            for connection in connections {
                let wantsToWrite = connection.written < connection.output.count
                descriptors.append(pollfd(fd: connection.descriptor, events: Int16(wantsToWrite ? POLLOUT : POLLIN), revents: 0))
            }
            let ready = poll(&descriptors, nfds_t(descriptors.count), 1000)
            if ready < 0 && errno != EINTR { Thread.sleep(forTimeInterval: 0.01) }
            let now = Self.seconds()
            // Connections first, by the descriptors polled: accepting appends to the list.
            for index in connections.indices.reversed() {
                let events = descriptors[index + 1].revents
                if events != 0 { service(&connections[index], events: events, server: server, now: now) }
                if isFinished(connections[index], now: now) {
                    close(connections[index].descriptor)
                    connections.remove(at: index)
                }
            }
            if descriptors[0].revents & Int16(POLLIN) != 0 { acceptWaiting(now: now) }
        }
    }

    private func acceptWaiting(now: Double) {
        while true {
            let descriptor = accept(socket, nil, nil)
            guard descriptor >= 0 else { return }   // EAGAIN: every waiting connection is taken
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            Self.makeNonBlocking(descriptor)
            if connections.count >= Self.maximumConnections {
                // A browser keeps spare connections open; the one idle longest goes.
                let idle = connections.indices.filter { connections[$0].requestStarted == nil && connections[$0].written >= connections[$0].output.count }
                if let oldest = idle.min(by: { connections[$0].lastActivity < connections[$1].lastActivity }) {
                    close(connections[oldest].descriptor)
                    connections.remove(at: oldest)
                } else {
                    close(descriptor)
                    continue
                }
            }
            connections.append(Connection(descriptor: descriptor, lastActivity: now))
        }
    }

    private func service(_ connection: inout Connection, events: Int16, server: PageServer, now: Double) {
        if events & Int16(POLLIN | POLLHUP | POLLERR) != 0 && !connection.closesAfterOutput && !connection.readClosed {
            var chunk = [UInt8](repeating: 0, count: 64 << 10)
            while true {
                let count = chunk.withUnsafeMutableBytes { recv(connection.descriptor, $0.baseAddress, $0.count, 0) }
                if count > 0 {
                    connection.reader.append(chunk[..<count])
                    connection.lastActivity = now
                    if count < chunk.count { break }
                } else {
                    // The browser closed its side (0), or the connection failed: nothing more will come.
                    if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) { connection.readClosed = true }
                    break
                }
            }
            answer(&connection, server: server, now: now)
        }
        if connection.written < connection.output.count { write(&connection, now: now) }
    }

    /// Answers every complete request read so far, in order.
    private func answer(_ connection: inout Connection, server: PageServer, now: Double) {
        while !connection.closesAfterOutput, let next = connection.reader.next() {
            let response: HTTPResponse, includesBody: Bool
            switch next {
            case .request(let request):
                var answer = server.respond(to: request)
                answer.closesConnection = answer.closesConnection || !request.keepsAlive
                (response, includesBody) = (answer, request.method != "HEAD")
            case .refused(let status, let reason):
                (response, includesBody) = (server.refusal(status, reason), true)
            }
            if connection.written > 0 && connection.written == connection.output.count {
                connection.output.removeAll(keepingCapacity: true)
                connection.written = 0
            }
            connection.output += response.encoded(includingBody: includesBody)
            if response.closesConnection {
                connection.closesAfterOutput = true
                break
            }
        }
        connection.requestStarted = connection.reader.hasPartialRequest ? (connection.requestStarted ?? now) : nil
        if connection.written < connection.output.count { write(&connection, now: now) }
    }

    private func write(_ connection: inout Connection, now: Double) {
        while connection.written < connection.output.count {
            let sent = connection.output.withUnsafeBytes { bytes in
                send(connection.descriptor, bytes.baseAddress! + connection.written, bytes.count - connection.written, 0)
            }
            if sent > 0 {
                connection.written += sent
                connection.lastActivity = now
            } else {
                if sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) { return }
                connection.output = []   // the browser went away: nothing more can be sent
                connection.written = 0
                connection.readClosed = true
                return
            }
        }
    }

    private func isFinished(_ connection: Connection, now: Double) -> Bool {
        let pending = connection.written < connection.output.count
        if (connection.closesAfterOutput || connection.readClosed) && !pending { return true }
        if let started = connection.requestStarted, now - started > Self.requestSeconds { return true }
        return now - connection.lastActivity > (pending ? Self.requestSeconds : Self.idleSeconds)
    }

    private static func makeNonBlocking(_ descriptor: Int32) {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }

    private static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func reason(_ number: Int32 = errno) -> String {
        String(cString: strerror(number))
    }
}
