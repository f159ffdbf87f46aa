#!/usr/bin/env python3
"""Drives `peernote mcp` with the official MCP Python client (PyPI `mcp`), over stdio.

    python3 Tests/MCP/client.py PEERNOTE NOTE...

Starts PEERNOTE mcp, initializes, lists the tools and resources, reads one lexicon, calls
check_note on each NOTE file (its text, named by its path), rewrite_note on the first, and
explain_rule and list_rules; prints what came back as one JSON object for the Swift test.
"""
import asyncio
import json
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client


def field(value, name):
    """A result's field by its snake_case name (mcp 2) or camelCase (mcp 1)."""
    if hasattr(value, name):
        return getattr(value, name)
    head, *rest = name.split("_")
    return getattr(value, head + "".join(part.title() for part in rest))


async def main(binary, notes):
    server = StdioServerParameters(command=binary, args=["mcp"])
    async with stdio_client(server) as (read, write):
        async with ClientSession(read, write) as session:
            init = await session.initialize()
            tools = await session.list_tools()
            resources = await session.list_resources()
            first = resources.resources[0]
            lexicon = await session.read_resource(first.uri)
            checked = {}
            for path in notes:
                with open(path, encoding="utf-8", newline="") as file:
                    text = file.read()
                result = await session.call_tool("check_note", {"text": text, "name": path})
                checked[path] = {"structured": field(result, "structured_content"), "text": json.loads(result.content[0].text),
                                 "isError": field(result, "is_error")}
            with open(notes[0], encoding="utf-8", newline="") as file:
                rewritten = await session.call_tool("rewrite_note", {"text": file.read(), "name": notes[0]})
            explained = await session.call_tool("explain_rule", {"rule": "comp-noncompliant"})
            unknown = await session.call_tool("explain_rule", {"rule": "comp-nonsense"})
            rules = await session.call_tool("list_rules", {"kind": "check"})
            print(json.dumps({
                "protocol": field(init, "protocol_version"),
                "server": field(init, "server_info").name,
                "tools": sorted(tool.name for tool in tools.tools),
                "resources": [str(resource.uri) for resource in resources.resources],
                "lexicon_starts": lexicon.contents[0].text[:200],
                "checked": checked,
                "rewritten": field(rewritten, "structured_content"),
                "explained": field(explained, "structured_content"),
                "unknown": {"isError": field(unknown, "is_error"), "text": unknown.content[0].text},
                "rules": field(rules, "structured_content"),
            }))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2:]))
