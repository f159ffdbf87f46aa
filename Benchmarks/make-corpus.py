#!/usr/bin/env python3
"""Builds a benchmark corpus from the synthetic Corpus notes (never committed).

    python3 Benchmarks/make-corpus.py jsonl OUT.jsonl MEGABYTES   records {"id","text",…}
    python3 Benchmarks/make-corpus.py files OUT_DIR COUNT         COUNT note files
    python3 Benchmarks/make-corpus.py text OUT.txt MEGABYTES      plain note text (for rg, proselint)

Notes are taken in name order from Corpus/notes and Corpus/caseload/notes and repeated, each
copy with its own id, until the size is reached.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]


def notes():
    paths = sorted((ROOT / "Corpus" / "notes").glob("*.txt")) + sorted((ROOT / "Corpus" / "caseload" / "notes").rglob("*.txt"))
    for path in paths:
        text = path.read_text(encoding="utf-8")
        body = text.split("---", 2)[2].lstrip("\r\n") if text.startswith("---") else text
        yield path.stem, text, body


def main():
    kind, out, amount = sys.argv[1], pathlib.Path(sys.argv[2]), int(sys.argv[3])
    source = list(notes())
    if kind == "files":
        out.mkdir(parents=True, exist_ok=True)
        for index in range(amount):
            name, text, _ = source[index % len(source)]
            (out / f"{index:06d}-{name}.txt").write_text(text.split("plan:")[0] + "---\n" + text.split("---", 2)[2]
                                                         if text.startswith("---") and "plan:" in text else text, encoding="utf-8")
        return
    limit, written, index = amount * 1_000_000, 0, 0
    with out.open("w", encoding="utf-8") as handle:
        while written < limit:
            name, _, body = source[index % len(source)]
            line = json.dumps({"id": f"{name}-{index}", "text": body}, ensure_ascii=False) if kind == "jsonl" else body
            handle.write(line + "\n")
            written += len(line.encode("utf-8")) + 1
            index += 1


main()
