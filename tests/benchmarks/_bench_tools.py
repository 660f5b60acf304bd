"""Runs ONE table extractor on ONE PDF in its own process; bench_tables.py starts it per document.

    python tests/benchmarks/_bench_tools.py TOOL PDF OUT.json

Writes {"tool", "pages", "page_seconds": [...], "tables": [{"page", "bbox", "cells"}], "maxrss_kb",
"error"} to OUT.json. Boxes are (x0, top, x1, bottom) in points, origin at the top left of the page as
displayed (pdfplumber's frame). Cells are [row, col, row_span, col_span, text].

Every tool is timed per page around its own call for that page, in wall-clock seconds and in CPU
seconds of the tool's process (imports and JVM start-up excluded; the JVM of tabula-py is warmed up
by one untimed call first; tabula's JVM threads count in its CPU time).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
import traceback
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TOOLS = (
    "ours",
    "ours-pdfminer",
    "pdfplumber",
    "pdfplumber-text",
    "camelot-lattice",
    "camelot-stream",
    "camelot-network",
    "camelot-hybrid",
    "tabula-stream",
    "pymupdf",
)


def _now() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(t0: tuple[float, float]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) since ``t0``."""
    return time.perf_counter() - t0[0], time.process_time() - t0[1]


def _rows_to_cells(rows) -> list[list]:
    cells = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cells.append([r, c, 1, 1, "" if text is None else str(text)])
    return cells


def _page_sizes(pdf: str) -> list[tuple[float, float]]:
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return [(float(p.width), float(p.height)) for p in doc.pages]


def run_ours(pdf: str, source: str | None = None):
    """Our extractor, page by page; the page is read inside the timed part (pdfium reads a page's
    characters when the page is made, pdfminer when they are first asked for)."""
    from app.source.pagesource import open_pages
    from app.extract.tables import extract_tables

    out, secs = [], []
    with open_pages(pdf, source=source) as doc:
        for number in range(1, len(doc) + 1):
            t0 = _now()
            page = doc.page(number)
            tables = extract_tables(page, number)
            secs.append(_since(t0))
            for t in tables:
                out.append({
                    "page": number, "bbox": list(t.bbox),
                    "cells": [[c.row, c.col, c.row_span, c.col_span, c.text] for c in t.cells],
                })
            page.close()
    return out, secs


def run_ours_pipeline(pdf: str):
    from app.extract.pipeline import extract_document

    t0 = _now()
    data = extract_document(pdf, settings=None)
    total = _since(t0)[0]
    n = data.document.pages
    out = [{"page": t.page, "bbox": list(t.bbox),
            "cells": [[c.row, c.col, c.row_span, c.col_span, c.text] for c in t.cells]} for t in data.tables]
    return out, [(total / max(n, 1), float("nan"))] * n


def run_pdfplumber(pdf: str, settings=None):
    import pdfplumber

    out, secs = [], []
    with pdfplumber.open(pdf) as doc:
        for number, page in enumerate(doc.pages, 1):
            t0 = _now()
            found = page.find_tables(settings or {})
            rows = [t.extract() for t in found]
            secs.append(_since(t0))
            for t, r in zip(found, rows):
                out.append({"page": number, "bbox": list(t.bbox), "cells": _rows_to_cells(r)})
            page.close()
    return out, secs


def run_camelot(pdf: str, flavor: str):
    import camelot

    sizes = _page_sizes(pdf)
    out, secs = [], []
    for number in range(1, len(sizes) + 1):
        t0 = _now()
        try:
            tables = camelot.read_pdf(pdf, pages=str(number), flavor=flavor)
            found = [(t._bbox, t.df.values.tolist()) for t in tables]
        except Exception as exc:  # camelot raises on some pages (e.g. no text): no table there
            found = []
            print(f"camelot-{flavor} page {number}: {type(exc).__name__}: {exc}", file=sys.stderr)
        secs.append(_since(t0))
        height = sizes[number - 1][1]
        for (x1, y1, x2, y2), rows in found:
            out.append({"page": number, "bbox": [x1, height - y2, x2, height - y1], "cells": _rows_to_cells(rows)})
    return out, secs


def run_tabula(pdf: str):
    import tabula

    sizes = _page_sizes(pdf)
    tabula.read_pdf(pdf, pages=1, stream=True, guess=True, output_format="json", silent=True)  # JVM warm-up
    out, secs = [], []
    for number in range(1, len(sizes) + 1):
        t0 = _now()
        try:
            found = tabula.read_pdf(pdf, pages=number, stream=True, guess=True, output_format="json",
                                    multiple_tables=True, silent=True)
        except Exception as exc:
            found = []
            print(f"tabula page {number}: {type(exc).__name__}: {exc}", file=sys.stderr)
        secs.append(_since(t0))
        for t in found:
            rows = [[cell.get("text", "") for cell in row] for row in t.get("data", [])]
            bbox = [t.get("left", 0), t.get("top", 0), t.get("right", 0), t.get("bottom", 0)]
            out.append({"page": number, "bbox": bbox, "cells": _rows_to_cells(rows)})
    return out, secs


def run_pymupdf(pdf: str):
    import pymupdf

    out, secs = [], []
    doc = pymupdf.open(pdf)
    try:
        for number, page in enumerate(doc, 1):
            t0 = _now()
            tabs = page.find_tables()
            found = [(tab.bbox, tab.extract()) for tab in tabs.tables]
            secs.append(_since(t0))
            for bbox, rows in found:
                r = pymupdf.Rect(bbox) * page.rotation_matrix
                out.append({"page": number, "bbox": [r.x0, r.y0, r.x1, r.y1], "cells": _rows_to_cells(rows)})
    finally:
        doc.close()
    return out, secs


def run(tool: str, pdf: str):
    if tool == "ours":
        return run_ours(pdf)
    if tool == "ours-pdfminer":
        return run_ours(pdf, source="pdfminer")
    if tool == "ours-pipeline":
        return run_ours_pipeline(pdf)
    if tool == "pdfplumber":
        return run_pdfplumber(pdf)
    if tool == "pdfplumber-text":
        return run_pdfplumber(pdf, {"vertical_strategy": "text", "horizontal_strategy": "text"})
    if tool.startswith("camelot-"):
        return run_camelot(pdf, tool.split("-", 1)[1])
    if tool == "tabula-stream":
        return run_tabula(pdf)
    if tool == "pymupdf":
        return run_pymupdf(pdf)
    raise SystemExit(f"unknown tool {tool}")


def main() -> None:
    tool, pdf, out_path = sys.argv[1:4]
    warnings.filterwarnings("ignore")
    result = {"tool": tool, "pdf": pdf, "tables": [], "page_seconds": [], "error": None}
    try:
        tables, secs = run(tool, pdf)
        result["tables"] = tables
        result["page_seconds"] = [w for w, _c in secs]
        result["page_cpu_seconds"] = [c for _w, c in secs]
        result["pages"] = len(secs)
    except Exception as exc:
        result["error"] = f"{type(exc).__name__}: {exc}"
        traceback.print_exc()
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result["maxrss_kb"] = self_kb + child_kb
    Path(out_path).write_text(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # skip slow interpreter/JVM teardown


if __name__ == "__main__":
    main()
