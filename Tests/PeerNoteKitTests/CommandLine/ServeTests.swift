import Foundation
import Testing

/// `peernote serve` as a person runs it: the address printed, loopback only, a port in use
/// named, `--open` handing the address to the browser opener, and a connection that stalls
/// holding no one else up.
@Suite(.serialized) struct ServeTests {
    /// A running `peernote serve` and the address it printed.
    final class Served {
        let process = Process()
        let address: String
        let port: Int

        init(_ arguments: [String] = [], environment: [String: String] = [:], executable: URL = peernoteBinary,
             prefix: [String] = []) throws {
            process.executableURL = executable
            process.arguments = prefix + ["serve"] + arguments
            if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
            process.currentDirectoryURL = packageRoot
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            try process.run()
            var line = Data()
            while !line.contains(0x0A) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line += chunk
            }
            let text = String(decoding: line, as: UTF8.self)
            guard let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) else {
                process.terminate()
                throw ServeError(message: "no address in \(text)")
            }
            address = String(text[range])
            port = Int(address.dropFirst("http://127.0.0.1:".count).dropLast())!
        }

        /// Stops the server (and only it), as Ctrl-C would; it must go within ten seconds.
        func stop() {
            process.terminate()
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            let stopped = !process.isRunning
            if !stopped { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            #expect(stopped, "peernote serve did not stop on SIGTERM")
        }
    }

    struct ServeError: Error { var message: String }

    @Test func itPrintsItsAddressAndListensOnLoopbackOnly() throws {
        let served = try Served()
        defer { served.stop() }
        let page = try exchange(port: served.port, "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(served.port)\r\nConnection: close\r\n\r\n")
        #expect(page.hasPrefix("HTTP/1.1 200 OK\r\n") && page.contains("<textarea id=\"note\""))
        let refused = try exchange(port: served.port, "GET / HTTP/1.1\r\nHost: attacker.example:\(served.port)\r\nConnection: close\r\n\r\n")
        #expect(refused.hasPrefix("HTTP/1.1 403 Forbidden\r\n"))
        // The listening socket is bound to 127.0.0.1 (0100007F in /proc/net/tcp), never to every address.
        if let table = try? String(contentsOfFile: "/proc/net/tcp", encoding: .utf8) {
            let port = String(format: "%04X", served.port)
            let listening = table.split(separator: "\n").filter { $0.contains(":\(port) ") && $0.contains(" 0A ") }
            #expect(!listening.isEmpty && listening.allSatisfy { $0.contains("0100007F:\(port)") }, "\(listening)")
        }
    }

    @Test func aPortInUseIsNamedAndExitsTwo() throws {
        let blocker = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(blocker) }
        var address = loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                guard bind(blocker, $0, length) == 0, listen(blocker, 1) == 0, getsockname(blocker, $0, &length) == 0 else {
                    throw ServeError(message: "could not take a port")
                }
            }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))
        let run = try runPeerNote(["serve", "--port", "\(port)"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("port \(port) on 127.0.0.1 is in use"), "\(run.stderr)")
        #expect(try runPeerNote(["serve", "--port", "70000"]).status == 2)
    }

    @Test func openHandsTheAddressToTheBrowserOpener() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-open-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let opened = folder.appendingPathComponent("opened.txt")
        let opener = folder.appendingPathComponent("xdg-open")
        try "#!/bin/sh\nprintf '%s' \"$1\" > '\(opened.path)'\n".write(to: opener, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: opener.path)
        let served = try Served(["--open"], environment: ["PATH": folder.path + ":/usr/bin:/bin"])
        defer { served.stop() }
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: opened.path) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.1)
        #expect(try String(contentsOf: opened, encoding: .utf8) == served.address)
    }

    @Test func aStalledConnectionHoldsNoOneUp() throws {
        let served = try Served()
        defer { served.stop() }
        let stalled = try connect(port: served.port)
        defer { close(stalled) }
        _ = "GET / HTTP/1.1\r\nHo".withCString { send(stalled, $0, strlen($0), 0) }
        let answer = try exchange(port: served.port, "GET /favicon.svg HTTP/1.1\r\nHost: 127.0.0.1:\(served.port)\r\nConnection: close\r\n\r\n")
        #expect(answer.hasPrefix("HTTP/1.1 200 OK\r\n") && answer.hasSuffix("</svg>"))
        // Pipelined requests on one connection are answered in order; HEAD has no body.
        let host = "Host: 127.0.0.1:\(served.port)\r\n"
        let three = try exchange(port: served.port, "HEAD / HTTP/1.1\r\n\(host)\r\nGET /nothing HTTP/1.1\r\n\(host)\r\nGET /favicon.svg HTTP/1.1\r\n\(host)Connection: close\r\n\r\n")
        let statuses = three.components(separatedBy: "HTTP/1.1 ").dropFirst().map { $0.prefix(3) }
        #expect(statuses == ["200", "404", "200"])
        #expect(!three.contains("<textarea"))
    }
}

/// The address 127.0.0.1:`port`.
func loopback(port: Int) -> sockaddr_in {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr = in_addr(s_addr: in_addr_t(0x7F00_0001).bigEndian)
    return address
}

/// A connected TCP socket to 127.0.0.1:`port`, reads timing out after 10 s.
func connect(port: Int) throws -> Int32 {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = loopback(port: port)
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else {
        close(descriptor)
        throw ServeTests.ServeError(message: "could not connect to port \(port)")
    }
    var timeout = timeval(tv_sec: 10, tv_usec: 0)
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    return descriptor
}

/// Sends `request` to 127.0.0.1:`port` and returns everything that comes back until the server
/// closes the connection.
func exchange(port: Int, _ request: String) throws -> String {
    let descriptor = try connect(port: port)
    defer { close(descriptor) }
    let bytes = Array(request.utf8)
    _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count <= 0 { break }
        received += buffer[..<count]
    }
    return String(decoding: received, as: UTF8.self)
}
