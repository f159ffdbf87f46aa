"""Drives `peernote lsp` with pytest-lsp, an independent LSP client (pygls)."""
import os
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
# The Swift test passes the binary it built; by hand, the debug build is used.
PEERNOTE = os.environ.get("PEERNOTE_BINARY", str(ROOT / ".build" / "debug" / "peernote"))
