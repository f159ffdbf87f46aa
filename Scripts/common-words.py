#!/usr/bin/env python3
"""Write Lexicons/en/words.yml: lowercase English words a report's redaction keeps when they
start a sentence capitalized ("Coping skills were discussed."), so that only name-like words
become [name]. Made from PeerNote's own synthetic text (the lexicons, Corpus/notes, the caseload,
the -dev and open evaluation sets; never the blind test parts): a word counts when it appears
lowercase. Given names that are also words (Hope, Grace, Will, Rose...) are left out, so a
capitalized one is always redacted. Deterministic; standard library only.

    python3 Scripts/common-words.py        # rewrites Lexicons/en/words.yml
"""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "Lexicons" / "en", ROOT / "Corpus" / "notes", ROOT / "Corpus" / "caseload" / "notes",
           ROOT / "Corpus" / "eval" / "sentences.yml", ROOT / "Corpus" / "eval" / "holdout.yml",
           ROOT / "Corpus" / "eval" / "blind" / "sentences-en-dev.yml", ROOT / "Corpus" / "eval" / "blind" / "notes-en-dev",
           ROOT / "Corpus" / "eval" / "blind" / "notes-en-dev2"]
# Given names (and surnames) that are also everyday words: never kept. "Will" is kept: plans
# start sentences with it ("Will follow up Tuesday.") far more often than a note names a Will.
NAME_WORDS = """abbey amber angel april art autumn baker bill bishop brook brown buck bud carol chance chase
cliff crystal daisy dale dawn dean destiny drew earl faith forrest frank gene glen grace grant green
guy hall heather holly hope hunter iris ivy jack jasmine jay joy june king lily mark max may miles
misty penny pat precious ray reed rich robin rocky rose ruby sandy sky star sterling summer victor
violet wade ward white young""".split()

def files():
    for source in SOURCES:
        if source.is_dir():
            yield from sorted(p for p in source.rglob("*") if p.is_file() and p.suffix in {".txt", ".md", ".yml", ".note", ""})
        elif source.is_file():
            yield source

def main():
    words = set()
    for path in files():
        if path.name == "words.yml":
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for word in re.findall(r"(?<![\w'’-])[a-z][a-z]+(?:['’][a-z]+)?(?![\w-])", text):
            words.add(word.replace("’", "'"))
    words -= set(NAME_WORDS)
    lines = ["# Lowercase English words: a capitalized one that starts a sentence, or follows `:` or a quotation",
             "# mark, is a word, not a name, and `report --redact` keeps it. Made by Scripts/common-words.py from",
             "# PeerNote's synthetic text; add words freely. Given names that are also words (Hope, Grace, Will)",
             "# are left out on purpose: a capitalized one is always redacted.",
             "lexicon: words", "language: en", "side: fact", "entries:",
             "  - id: fact-common-word", "    category: common-word", "    terms: ["]
    row = "      "
    for word in sorted(words):
        piece = word + ", "
        if len(row) + len(piece) > 110:
            lines.append(row.rstrip())
            row = "      "
        row += piece
    lines.append(row.rstrip().rstrip(","))
    lines += ["    ]", "    source: PeerNote synthetic corpus", ""]
    (ROOT / "Lexicons" / "en" / "words.yml").write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(words)} words")

if __name__ == "__main__":
    main()
