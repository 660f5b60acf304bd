"""Benchmark: export the full sample pack (all tables, all sections) as PDF and as Excel.

    python tests/benchmarks/bench_export.py [--runs 5] [--no-write]

Uses the bundled samples' ground truth (resources/samples/*.truth.json), so the figures do not depend
on extraction. Baselines measured in the same run on the same pack: pandas ``DataFrame.to_excel``
(openpyxl engine, one plain sheet per table, no styling) and a plain reportlab document (built-in
Helvetica, one pass, no contents/bookmarks/fonts), i.e. what the same data costs without the pack's
presentation. Rewrites the ``export`` section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import platform
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.document.model import DocumentData  # noqa: E402
from app.packs.pack import PackDefinition, build_pack  # noqa: E402
from exporters.pdf import PdfExporter  # noqa: E402
from exporters.xlsx import XlsxExporter  # noqa: E402
from tests.benchmarks._results import write_section  # noqa: E402


def load_samples() -> list[DocumentData]:
    out = []
    for path in sorted((ROOT / "resources" / "samples").glob("*.truth.json")):
        out.append(DocumentData.from_json(json.loads(path.read_text(encoding="utf-8"))))
    if not out:
        sys.exit("no resources/samples/*.truth.json")
    return out


def pandas_excel(pack, path: Path) -> None:
    import pandas as pd

    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for i, block in enumerate(pack.tables()):
            view = block.view
            rows = [[c.value if c.value is not None else c.text for c in r.cells] for r in view.rows]
            frame = pd.DataFrame(rows, columns=[f"{i}:{h}" for i, h in enumerate(view.column_headers())])
            frame.to_excel(writer, sheet_name=f"T{i + 1}", index=False)


def plain_reportlab(pack, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
    from xml.sax.saxutils import escape

    styles = getSampleStyleSheet()
    story = []
    for block in pack.blocks:
        if block.kind in ("heading", "document"):
            story.append(Paragraph(escape(block.title), styles["Heading2"]))
        elif block.kind == "text":
            story.extend(Paragraph(escape(p), styles["BodyText"]) for p in block.paragraphs)
        elif block.kind == "table":
            data = [[c.text for c in r.cells] for r in block.view.rows]
            story.append(Table(data, repeatRows=0))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def measure(fn, runs: int) -> tuple[float, float, float]:
    """(median seconds, min seconds, peak traced MB of one run)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(times), min(times), peak / 1e6


def pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{mem}, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    import tempfile

    import openpyxl
    import reportlab

    datas = load_samples()
    t0 = time.perf_counter()
    pack = build_pack(datas, PackDefinition())
    build_s = time.perf_counter() - t0
    n_tables = sum(1 for _ in pack.tables())
    n_sections = sum(1 for b in pack.blocks if b.kind == "heading")
    n_rows = sum(len(b.view.rows) for b in pack.tables())
    tmp = Path(tempfile.mkdtemp(prefix="bb-bench-"))
    rows = []
    cases = [
        ("Briefing Builder PDF (cover, contents, bookmarks, chart, Noto fonts, Page x of y)", "pack.pdf",
         lambda p: PdfExporter().export(pack, p)),
        ("baseline: plain reportlab (Helvetica, one pass, no contents)", "plain.pdf",
         lambda p: plain_reportlab(pack, p)),
        ("Briefing Builder Excel (styled sheets, tables, Sections, Sources, chart)", "pack.xlsx",
         lambda p: XlsxExporter().export(pack, p)),
        ("baseline: pandas DataFrame.to_excel (openpyxl, plain sheets)", "plain.xlsx",
         lambda p: pandas_excel(pack, p)),
    ]
    for label, name, fn in cases:
        path = tmp / name
        median, best, peak = measure(lambda: fn(path), args.runs)
        size = path.stat().st_size / 1e3
        pages = f"{pdf_pages(path)} pages" if name.endswith(".pdf") else ""
        rows.append((label, median, best, peak, size, pages))
        print(f"{label}: median {median:.2f} s, best {best:.2f} s, peak {peak:.0f} MB, {size:.0f} kB {pages}")
    # a long table: 5,000 rows x 5 columns (a site register)
    from app.document.model import Cell, SourceDocument, Table

    cells = [Cell(0, c, h) for c, h in enumerate(["Site", "District", "Households", "People", "USD"])]
    for r in range(1, 5001):
        cells += [Cell(r, 0, f"Site {r}"), Cell(r, 1, f"District {r % 17}"), Cell(r, 2, f"{r * 3:,}", value=r * 3),
                  Cell(r, 3, f"{r * 7:,}", value=r * 7), Cell(r, 4, f"{r * 1250:,}", value=r * 1250)]
    big = Table("big", 1, (0, 0, 500, 700), 5001, 5, cells, header_rows=1, title="Site register")
    big_pack = build_pack([DocumentData(SourceDocument("big.pdf", "1" * 64, 1, "Register"), tables=[big])],
                          PackDefinition())
    long_runs = max(1, min(3, args.runs))
    for label, name, fn in [
        ("Briefing Builder PDF, one 5,000-row table", "big.pdf", lambda p: PdfExporter().export(big_pack, p)),
        ("Briefing Builder Excel, one 5,000-row table", "big.xlsx", lambda p: XlsxExporter().export(big_pack, p)),
    ]:
        path = tmp / name
        median, best, peak = measure(lambda: fn(path), long_runs)
        size = path.stat().st_size / 1e3
        pages = f"{pdf_pages(path)} pages" if name.endswith(".pdf") else ""
        rows.append((label, median, best, peak, size, pages))
        print(f"{label}: median {median:.2f} s, best {best:.2f} s, peak {peak:.0f} MB, {size:.0f} kB {pages}")
    today = dt.date.today().isoformat()
    docs = ", ".join(d.document.display_name for d in datas)
    lines = [
        "## Export: the full sample pack as PDF and as Excel",
        "",
        f"Measured {today} on {machine()}; reportlab {reportlab.Version}, openpyxl {openpyxl.__version__}. "
        f"Script: `tests/benchmarks/bench_export.py` (median of {args.runs} runs, peak memory traced with "
        "tracemalloc in one more run).",
        "",
        f"Pack: every table and every section of the bundled samples ({docs}): {n_tables} tables "
        f"({n_rows} rows), {n_sections} sections; building the pack model took {build_s * 1000:.0f} ms.",
        "",
        "| exporter | median | best | peak Python memory | file | pages |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, median, best, peak, size, pages in rows:
        lines.append(f"| {label} | {median:.2f} s | {best:.2f} s | {peak:.0f} MB | {size:.0f} kB | {pages.split()[0] if pages else ''} |")
    lines += [
        "",
        f"The last two rows export a single 5,000-row table (median of {long_runs} runs).",
        "",
        "The PDF takes several layout passes (contents page numbers and the \"Page x of y\" total must "
        "settle) and embeds subsets of the Noto fonts; the baselines show what the same data costs "
        "without that presentation.",
    ]
    section = "\n".join(lines)
    if args.no_write:
        print(section)
        return
    write_section("export", section)


if __name__ == "__main__":
    main()
