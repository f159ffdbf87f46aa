#!/usr/bin/env python3
"""Time per change of `peernote lsp` on a large document, over raw JSON-RPC on pipes.

Opens a document of about MEGABYTES MB built from the Corpus notes, then sends single-character
incremental didChange notifications, timing each until its publishDiagnostics has been read
whole. Prints the median and 90th percentile in milliseconds and the size of a reply.

    swift build -c release
    python3 Benchmarks/lsp-large-document.py [.build/release/peernote] [changes] [megabytes]
"""
import json
import pathlib
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
BINARY = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build" / "release" / "peernote")
CHANGES = int(sys.argv[2]) if len(sys.argv) > 2 else 30
MEGABYTES = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
URI = "file:///tmp/peernote-bench/large.txt"


def document() -> str:
    bodies = []
    for path in sorted((ROOT / "Corpus" / "notes").glob("*.txt")):
        bodies.append(path.read_text().split("---", 2)[-1].strip() + "\n\n")
    text, index = [], 0
    size = 0
    while size < MEGABYTES * 1_000_000:
        bodies_index = bodies[index % len(bodies)]
        text.append(bodies_index)
        size += len(bodies_index.encode())
        index += 1
    return "".join(text)


class Server:
    def __init__(self):
        self.process = subprocess.Popen([BINARY, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.process.stdout.readline()
            if line in (b"\r\n", b""):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return self.process.stdout.read(length)

    def until(self, method):
        while True:
            body = self.read()
            if b'"method":"' + method.encode() + b'"' in body or b'"method": "' + method.encode() + b'"' in body:
                return body


def main():
    server = Server()
    server.send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
    server.read()
    server.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    text = document()
    server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": URI, "languageId": "plaintext", "version": 1, "text": text}}})
    reply = server.until("textDocument/publishDiagnostics")
    times = []
    for index in range(CHANGES):
        start = time.perf_counter()
        server.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": URI, "version": index + 2},
            "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                                "text": "ab"[index % 2]}]}})
        reply = server.until("textDocument/publishDiagnostics")
        times.append(time.perf_counter() - start)
    server.send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    server.read()
    server.send({"jsonrpc": "2.0", "method": "exit"})
    server.process.wait(timeout=30)
    ordered = sorted(times)
    diagnostics = len(json.loads(reply)["params"]["diagnostics"])
    print(f"document: {len(text.encode()) / 1e6:.2f} MB, {diagnostics} diagnostics ({len(reply) / 1e6:.2f} MB a reply), {CHANGES} changes")
    print(f"per change: median {statistics.median(ordered) * 1000:.1f} ms, p90 {ordered[int(len(ordered) * 0.9)] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
