"""Peers for the heading benchmark: a plain font-size rule and pymupdf4llm (run in a subprocess).

Run as a script, this module is the subprocess: ``python _section_peers.py pymupdf4llm FILE`` prints
JSON ``{"headings": [[title, level, page], ...], "seconds": s}``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path


def fontsize_baseline(path: str) -> tuple[list[tuple[str, int, int]], float]:
    """The plain rule: a line set larger than the body text (by at least 1 pt) is a heading; its
    level is the rank of its size among the heading sizes. Words by pdfplumber."""
    import pdfplumber

    t0 = time.perf_counter()
    lines_by_page = []
    sizes: Counter = Counter()
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            words = page.extract_words(x_tolerance=1.5, extra_attrs=["size"])
            rows: dict[int, list] = {}
            for w in words:
                rows.setdefault(round(w["top"] / 2), []).append(w)
            page_lines = []
            for key in sorted(rows):
                ws = sorted(rows[key], key=lambda w: w["x0"])
                text = " ".join(w["text"] for w in ws)
                size = round(max(w["size"] for w in ws) * 2) / 2
                sizes[size] += len(text)
                page_lines.append((text, size, min(w["top"] for w in ws), max(w["bottom"] for w in ws)))
            lines_by_page.append((number, page_lines))
            page.close()
    if not sizes:
        return [], time.perf_counter() - t0
    body = sizes.most_common(1)[0][0]
    heads = []
    for number, page_lines in lines_by_page:
        prev = None
        for text, size, top, bottom in page_lines:
            if size >= body + 1 and len(text) <= 150 and any(c.isalpha() for c in text):
                if prev is not None and prev[1] == size and top - prev[3] < size:
                    prev[0] = prev[0] + " " + text
                    prev[3] = bottom
                    continue
                prev = [text, size, number, bottom]
                heads.append(prev)
            else:
                prev = None
    ranks = {s: i + 1 for i, s in enumerate(sorted({h[1] for h in heads}, reverse=True))}
    out = [(h[0], ranks[h[1]], h[2]) for h in heads]
    return out, time.perf_counter() - t0


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def _clean_md(text: str) -> str:
    text = re.sub(r"[*_`]+", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return " ".join(text.split())


def _run_pymupdf4llm(path: str) -> dict:
    import pymupdf.layout  # noqa: F401  # activates the bundled layout model
    import pymupdf4llm

    t0 = time.perf_counter()
    chunks = pymupdf4llm.to_markdown(path, page_chunks=True, show_progress=False)
    seconds = time.perf_counter() - t0
    heads = []
    for chunk in chunks:
        page = int(chunk["metadata"].get("page_number") or chunk["metadata"].get("page", 0))
        for line in chunk["text"].splitlines():
            m = _MD_HEADING.match(line.strip())
            if m:
                title = _clean_md(m.group(2))
                if title:
                    heads.append([title, len(m.group(1)), page])
    return {"headings": heads, "seconds": seconds}


def pymupdf4llm_headings(path: str, timeout: float) -> tuple[list[tuple[str, int, int]] | None, float, str]:
    """(headings or None, seconds, error) from a subprocess with a time limit."""
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "pymupdf4llm", str(path)],
            capture_output=True, text=True, timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None, time.perf_counter() - t0, f"timeout after {timeout:.0f} s"
    if proc.returncode != 0:
        err = (proc.stderr or "").strip().splitlines()
        return None, time.perf_counter() - t0, err[-1] if err else f"exit {proc.returncode}"
    try:
        data = json.loads(proc.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None, time.perf_counter() - t0, "no output"
    return [tuple(h) for h in data["headings"]], float(data["seconds"]), ""


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "pymupdf4llm":
        import contextlib
        import io

        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            result = _run_pymupdf4llm(sys.argv[2])
        print(json.dumps(result))
    else:
        print("usage: _section_peers.py pymupdf4llm FILE", file=sys.stderr)
        sys.exit(2)
