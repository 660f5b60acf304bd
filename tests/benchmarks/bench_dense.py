"""Peak memory and time on very dense pages: extraction and `info` against pypdfium2.

    python -m tests.benchmarks.bench_dense [--no-write] [--chars 240000,1450000,4000000]
                                           [--unbounded 240000]

Generates one 14400 x 14400 pt page per character count (lines of 6 pt text; a normal page follows
it) and runs each tool in a fresh process, reading its peak resident memory (``ru_maxrss``):

* ours, extract: ``extract_document(workers=0)`` (tables and sections on, the page budget on);
* ours, info: ``briefing-builder info``;
* pypdfium2: the text of every page (the peer);
* pdfplumber unbounded (``--unbounded`` counts only): the page parsed with no budget, which is what
  extraction did before the budget.

Writes the ``dense`` section of docs/benchmarks.md (unless ``--no-write``).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_CHILD = r"""
import json, resource, sys, time
tool, path = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
out = {}
if tool == "extract":
    from app.extract.pipeline import extract_document
    data = extract_document(path, workers=0, page_timeout=None)
    out["warnings"] = [w.message for w in data.warnings if "dense" in w.message]
elif tool == "info":
    import contextlib, io
    from briefing_builder.cli import main
    with contextlib.redirect_stdout(io.StringIO()) as buf:
        main(["info", path, "--json"])
    out["too_dense_pages"] = json.loads(buf.getvalue()).get("too_dense_pages")
elif tool == "pdfium":
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(path)
    n = 0
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        n += len(tp.get_text_range())
        tp.close()
    out["chars"] = n
elif tool == "unbounded":
    import pdfplumber
    from app.source.layout import page_words
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        out["chars"] = len(page.chars)
        out["words"] = len(page_words(page))
out["seconds"] = time.perf_counter() - t0
out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def measure(tool: str, path: Path, timeout: float = 900) -> dict:
    try:
        proc = subprocess.run([sys.executable, "-c", _CHILD, tool, str(path)], capture_output=True, text=True,
                              timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"error": f"over {timeout:g} s"}
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["failed"])[-1][:120]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    from tests.benchmarks.bench_export import machine
    from tests.test_dense_pages import make_dense_pdf

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", default="240000,1450000,4000000")
    ap.add_argument("--unbounded", default="240000",
                    help="character counts also parsed with no budget (each needs ~2 KB per character)")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    counts = [int(c) for c in args.chars.split(",") if c]
    unbounded = {int(c) for c in args.unbounded.split(",") if c}
    from app.source.pdf import PAGE_OBJECT_BUDGET

    rows = []
    with tempfile.TemporaryDirectory(prefix="bb-dense-") as tmp:
        for n in counts:
            path = make_dense_pdf(Path(tmp) / f"dense-{n}.pdf", n)
            tools = ["extract", "info", "pdfium"] + (["unbounded"] if n in unbounded else [])
            for tool in tools:
                t0 = time.time()
                r = measure(tool, path)
                print(n, tool, r, f"{time.time() - t0:.0f} s", flush=True)
                rows.append((n, tool, r))
    names = {"extract": "ours, extract", "info": "ours, info", "pdfium": "pypdfium2 (text)",
             "unbounded": "pdfplumber page parse, no budget"}
    lines = [
        "## Dense pages",
        "",
        "`python -m tests.benchmarks.bench_dense`: one 14400 x 14400 pt page of 6 pt text lines with the given "
        "number of characters, then a normal page; each tool in a fresh process, peak resident memory "
        f"(`ru_maxrss`). Our page budget: {PAGE_OBJECT_BUDGET:,} characters and painted paths per page, "
        "estimated from the content streams before any parse; a page over it is marked \"too dense\".",
        "",
        "| characters | tool | peak memory (MB) | time (s) | result |",
        "| ---: | --- | ---: | ---: | --- |",
    ]
    for n, tool, r in rows:
        if "error" in r:
            lines.append(f"| {n:,} | {names[tool]} | | | {r['error']} |")
            continue
        if tool == "extract":
            result = "marked too dense" if r.get("warnings") else "parsed"
        elif tool == "info":
            result = f"too dense pages: {r.get('too_dense_pages')}" if r.get("too_dense_pages") else "parsed"
        else:
            result = f"{r.get('chars', 0):,} characters"
        lines.append(f"| {n:,} | {names[tool]} | {r['peak_mb']:.0f} | {r['seconds']:.1f} | {result} |")
    lines += ["", f"Measured {_dt.date.today().isoformat()} on {machine()} (shared with other jobs: times are "
              "indicative)."]
    section = "\n".join(lines)
    print(section)
    if not args.no_write:
        from tests.benchmarks._results import write_section

        write_section("dense", section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
