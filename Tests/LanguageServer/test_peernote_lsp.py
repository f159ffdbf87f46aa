"""End-to-end tests of `peernote lsp` through a real LSP client.

Each test starts the server, opens a synthetic note and checks what an editor would see:
diagnostics with UTF-16 (or UTF-8) ranges on lines with emoji and accents, incremental
changes, a quick fix applied, hover, and a malformed message that the server survives.
"""
import asyncio

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from conftest import PEERNOTE

URI = "file:///tmp/peernote-e2e/note.txt"
# "café" and the emoji take one and two UTF-16 units; no name in the first sentence, so
# "the pt" has a safe rewrite ("the person") and the sentence can be fixed.
NOTE = "At the café 😊 the pt refused to go.\nDana shared her hopes for the week.\n"


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def position_of(text: str, needle: str, unit=utf16) -> types.Position:
    offset = text.index(needle)
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return types.Position(line=line, character=unit(text[start:offset]))


def apply(text: str, edit: types.TextEdit) -> str:
    """Applies an LSP text edit (UTF-16 positions) the way an editor would."""
    lines = text.split("\n")

    def offset(p: types.Position) -> int:
        before = sum(len(l) + 1 for l in lines[: p.line])
        line, units, chars = lines[p.line], 0, 0
        while units < p.character:
            units += utf16(line[chars])
            chars += 1
        return before + chars

    return text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[PEERNOTE, "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


async def open_note(client: LanguageClient, text: str, version: int = 1):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=URI, language_id="plaintext", version=version, text=text)
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return {d.code: d for d in client.diagnostics[URI]}


async def change(client: LanguageClient, version: int, start, end, new_text: str):
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=version),
            content_changes=[
                types.TextDocumentContentChangePartial(range=types.Range(start=start, end=end), text=new_text)
            ],
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return {d.code: d for d in client.diagnostics[URI]}


@pytest.mark.asyncio
async def test_diagnostics_have_utf16_ranges_after_emoji_and_accents(client: LanguageClient):
    found = await open_note(client, NOTE)
    pt = found["jargon-pt"]
    assert pt.range.start == position_of(NOTE, "pt refused")
    assert pt.range.end.character - pt.range.start.character == 2
    refused = found["comp-refuse"]
    assert refused.range.start == position_of(NOTE, "refused")
    assert refused.severity == types.DiagnosticSeverity.Warning
    assert "declined" in refused.message
    assert refused.source == "peernote"


@pytest.mark.asyncio
async def test_incremental_change_updates_diagnostics(client: LanguageClient):
    await open_note(client, NOTE)
    start = position_of(NOTE, "refused")
    end = types.Position(line=start.line, character=start.character + len("refused"))
    found = await change(client, 2, start, end, "chose not")
    assert "comp-refuse" not in found
    assert "jargon-pt" in found
    # Typing a new line at the end brings a new finding on line 3.
    found = await change(client, 3, types.Position(line=2, character=0), types.Position(line=2, character=0),
                         "Marcus was noncompliant.\n")
    assert found["comp-noncompliant"].range.start == types.Position(line=2, character=len("Marcus was "))


@pytest.mark.asyncio
async def test_quick_fix_rewrites_only_the_words(client: LanguageClient):
    await open_note(client, NOTE)
    at = position_of(NOTE, "refused")
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            range=types.Range(start=at, end=at),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    titles = [a.title for a in actions]
    assert "Replace “refused” with “declined”" in titles
    assert any(t.startswith("Apply all safe rewrites") for t in titles)
    fix = next(a for a in actions if a.title == "Replace “refused” with “declined”")
    (edit,) = fix.edit.changes[URI]
    fixed = apply(NOTE, edit)
    assert fixed == NOTE.replace("refused", "declined")
    # The editor applies it; the finding is gone and the rest is untouched.
    found = await change(client, 2, edit.range.start, edit.range.end, edit.new_text)
    assert "comp-refuse" not in found and "jargon-pt" in found


@pytest.mark.asyncio
async def test_hover_explains_why(client: LanguageClient):
    await open_note(client, NOTE)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=URI), position=position_of(NOTE, "efused"))
    )
    assert hover is not None
    assert "[comp-refuse]" in hover.contents.value
    assert "declined" in hover.contents.value
    nothing = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=URI), position=position_of(NOTE, "hopes"))
    )
    assert nothing is None


@pytest.mark.asyncio
async def test_malformed_messages_do_not_stop_the_server(client: LanguageClient):
    await open_note(client, NOTE)
    writer = client.protocol.writer
    writer.write(b"Content-Length: 9\r\n\r\n{not json")
    writer.write(b"Content-Type: nothing\r\n\r\n")
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=URI), position=position_of(NOTE, "pt"))
    )
    assert hover is not None and "[jargon-pt]" in hover.contents.value


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[PEERNOTE, "lsp"]))
async def utf8_client(lsp_client: LanguageClient):
    capabilities = types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=[types.PositionEncodingKind.Utf8, types.PositionEncodingKind.Utf16])
    )
    result = await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities))
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_utf8_positions_when_the_client_offers_them(utf8_client: LanguageClient):
    found = await open_note(utf8_client, NOTE)
    assert found["jargon-pt"].range.start == position_of(NOTE, "pt refused", unit=lambda s: len(s.encode("utf-8")))
