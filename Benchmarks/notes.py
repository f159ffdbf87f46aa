"""Notes the latency benchmarks type into, built from the Corpus."""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[1]


def two_kilobyte_note() -> str:
    """The Corpus notes' narrative lines, in file order, as many as fit in 2 KB."""
    lines = []
    for path in sorted((ROOT / "Corpus" / "notes").glob("*.txt")):
        body = path.read_text().split("---", 2)[-1]
        for line in body.splitlines():
            if line.strip() and len("\n".join(lines + [line]).encode()) <= 2048:
                lines.append(line)
    return "\n".join(lines) + "\n"
