#!/usr/bin/env python3
"""Diagnostics latency of `peernote lsp`, measured by a real LSP client (pygls, via pytest-lsp).

Opens a 2 KB note built from the Corpus, then types into it one character at a time
(incremental didChange), timing each change until its publishDiagnostics arrives. The
baseline, measured in the same run, is a hover round trip on a word with no finding: the
cost of the transport and JSON alone. Prints median and 90th percentile of both and their
ratio.

    swift build -c release
    python3 Benchmarks/lsp-latency.py [.build/release/peernote] [changes]
"""
import asyncio
import pathlib
import statistics
import sys
import time

from lsprotocol import types
from pytest_lsp import ClientServerConfig

from notes import two_kilobyte_note

ROOT = pathlib.Path(__file__).resolve().parents[1]
BINARY = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build" / "release" / "peernote")
CHANGES = int(sys.argv[2]) if len(sys.argv) > 2 else 400
URI = "file:///tmp/peernote-bench/note.txt"


async def main():
    client = await ClientServerConfig(server_command=[BINARY, "lsp"]).start()
    await client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    text = two_kilobyte_note()
    published = asyncio.Queue()
    original = client.protocol.fm.features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]

    def on_diagnostics(*args):
        original(*args)
        published.put_nowait(time.perf_counter())

    client.protocol.fm.features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = on_diagnostics
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=URI, language_id="plaintext", version=1, text=text)))
    await published.get()

    last = text.rstrip("\n").split("\n")
    line, column = len(last) - 1, len(last[-1].encode("utf-16-le")) // 2
    typed = " She said she is proud of the pt who refused." * (CHANGES // 40 + 1)
    change_times, hover_times = [], []
    for index in range(CHANGES):
        at = types.Position(line=line, character=column + index)
        start = time.perf_counter()
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=index + 2),
            content_changes=[types.TextDocumentContentChangePartial(range=types.Range(start=at, end=at), text=typed[index])]))
        change_times.append(await published.get() - start)

        start = time.perf_counter()
        await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=0, character=0)))
        hover_times.append(time.perf_counter() - start)

    await client.shutdown_session()
    await client.stop()

    def summary(times):
        ordered = sorted(times)
        return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.9)] * 1000

    change_median, change_p90 = summary(change_times)
    hover_median, hover_p90 = summary(hover_times)
    print(f"note: {len(text.encode())} bytes, {CHANGES} single-character changes")
    print(f"didChange → publishDiagnostics: median {change_median:.2f} ms, p90 {change_p90:.2f} ms")
    print(f"baseline hover round trip:      median {hover_median:.2f} ms, p90 {hover_p90:.2f} ms")
    print(f"ratio (median): {change_median / hover_median:.1f}x the bare round trip")


asyncio.run(main())
