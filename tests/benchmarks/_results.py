"""Writing a benchmark's results into docs/benchmarks.md: each benchmark owns one section between
``<!-- name:start -->`` and ``<!-- name:end -->`` and rewrites only that one."""

from __future__ import annotations

from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "docs" / "benchmarks.md"


def write_section(name: str, section: str, path: Path = BENCHMARKS) -> None:
    """Replace the ``name`` section of docs/benchmarks.md with ``section`` (or append it at the end)."""
    text = path.read_text(encoding="utf-8")
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        _, tail = rest.split(end, 1)
        text = f"{head}{start}\n{section.strip(chr(10))}\n{end}{tail}"
    else:
        text = text.rstrip("\n") + f"\n\n{start}\n{section.strip(chr(10))}\n{end}\n"
    path.write_text(text, encoding="utf-8")
    print(f"wrote the {name} section of {path}")
