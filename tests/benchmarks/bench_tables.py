"""Table-extraction benchmark: this project against pdfplumber, camelot, tabula-py and PyMuPDF.

    .venv/bin/python tests/benchmarks/bench_tables.py            # everything, prints the table
    .venv/bin/python tests/benchmarks/bench_tables.py --write    # ... and rewrites docs/benchmarks.md
    options: --tools ours,camelot-hybrid  --docs eu-001,eu-004  --timeout 900  --json results.json
             --no-samples  --large 1000 (pages of the generated document for the memory run; 0: skip)
             --check-gt (validate the ground-truth conversions, ICDAR and held-out, and stop)
             --heldout (only the two held-out groups, tests/benchmarks/_heldout.py; --write then
                        rewrites only their subsections) --no-heldout (the full run without them)
             --suite (only the second held-out group: camelot's and pdfplumber's test expectations,
                      tests/benchmarks/_camelot_suite.py; it stays unseen: summaries only)
             --no-suite (leave that group out; a subsection not measured keeps its figures on --write)
             --no-tabula (leave out the first held-out group, tabula-java's tests, in the full run)
             --peers-from FILE (the --json file of an earlier run: the tools not run now, and the camelot
                                reference, are taken from it for every part run now; same documents)

Every tool with its peers in one run (70 min on 2 cores at load 9-20), keeping the figures for later:

    nice -n 10 .venv/bin/python tests/benchmarks/bench_tables.py --no-samples --large 0 --no-tabula \
        --json /tmp/tables-all.json --write

Our rows alone after a rule change (ICDAR EU and the camelot suite: 2 min at load 9), the peers' rows and
the camelot reference kept from that run (the peers' code does not change with our rules):

    nice -n 10 .venv/bin/python tests/benchmarks/bench_tables.py --tools ours,ours-pdfminer \
        --no-samples --large 0 --no-tabula --peers-from /tmp/tables-all.json --write

A subsection not measured in a run (samples, large document, a held-out group) keeps its last figures
on --write, and so do the hand-written notes between ``<!-- tables-notes:start/end -->`` and
``<!-- tables-suite-notes:start/end -->``.

Needs the benchmark extras (``pip install .[bench]``: camelot-py, tabula-py + Java, pymupdf, psutil,
JPype1) and ../shared/corpus/icdar2013-eu (or $BRIEFING_SHARED). Every tool runs on every document in
its own process with a time limit (a hanging tool cannot stall the run); peak memory is the largest
resident set of that process tree, sampled every 10 ms (plus the children's ru_maxrss).
See tests/benchmarks/_icdar.py and docs/extraction.md for the measures. The held-out part
(tests/benchmarks/_heldout.py) scores the same tools on documents the extractor was not developed
against (../shared/corpus/real-world/tabula with tabula-java's expected CSVs; and, unseen while the
rules were developed, the expected tables of camelot's own tests, _camelot_suite.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from _heldout import TOOLS as HELDOUT_TOOLS  # noqa: E402
from _heldout import SUITE_END, SUITE_NOTES_END, SUITE_NOTES_START, SUITE_START  # noqa: E402
from _heldout import carry_blocks, peers_run_line  # noqa: E402
from _heldout import bench_heldout, bench_suite, check_suite  # noqa: E402
from _heldout import check_cases as check_heldout  # noqa: E402
from _heldout import render_markdown as heldout_markdown  # noqa: E402
from _heldout import render_suite_markdown  # noqa: E402
from _heldout import write_subsection as write_heldout  # noqa: E402
from _icdar import (  # noqa: E402
    TableCells,
    check_ground_truth,
    corpus_documents,
    load_ground_truth,
    score_document,
    summarise,
)

PEERS = [
    "pdfplumber",
    "pdfplumber-text",
    "camelot-lattice",
    "camelot-stream",
    "camelot-network",
    "camelot-hybrid",
    "tabula-stream",
    "pymupdf",
]
ALL_TOOLS = ["ours", "ours-pdfminer", *PEERS]
# blocks of the tables section that a run may leave empty: the last figures (or notes) are kept on --write
NOTES = ("<!-- tables-notes:start -->", "<!-- tables-notes:end -->")
SAMPLES = ("<!-- tables-samples:start -->", "<!-- tables-samples:end -->")
LARGE = ("<!-- tables-large:start -->", "<!-- tables-large:end -->")
HELDOUT = ("<!-- tables-heldout:start -->", "<!-- tables-heldout:end -->")
LABELS = {
    "ours": "**Briefing Builder** (one process)",
    "ours-pipeline": "Briefing Builder, whole pipeline (worker pool)",
    "ours-pdfminer": "Briefing Builder, pdfminer page source (the reference)",
    "pdfplumber": "pdfplumber `find_tables()` default",
    "pdfplumber-text": "pdfplumber, text strategy",
    "camelot-lattice": "camelot lattice",
    "camelot-stream": "camelot stream",
    "camelot-network": "camelot network",
    "camelot-hybrid": "camelot hybrid",
    "tabula-stream": "tabula-py stream (guess)",
    "pymupdf": "PyMuPDF `find_tables()`",
}


# ------------------------------------------------------------------------------------------ running


def run_tool(tool: str, pdf: Path, timeout: float, script: Path | None = None, extra: Sequence[str] = ()) -> dict:
    """Run one tool on one PDF in a child process; returns its JSON plus peak memory and wall time.

    The child is ``script TOOL PDF OUT.json *extra`` (``_bench_tools.py`` unless given)."""
    import psutil

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        start = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, str(script or HERE / "_bench_tools.py"), tool, str(pdf), str(out), *extra],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=str(ROOT),
        )
        ps = psutil.Process(proc.pid)
        peak = 0
        timed_out = False
        while proc.poll() is None:
            try:
                procs = [ps, *ps.children(recursive=True)]
                rss = 0
                for p in procs:
                    try:
                        rss += p.memory_info().rss
                    except psutil.Error:
                        pass
                peak = max(peak, rss)
            except psutil.Error:
                pass
            if time.monotonic() - start > timeout:
                timed_out = True
                for p in [*ps.children(recursive=True), ps]:
                    try:
                        p.kill()
                    except psutil.Error:
                        pass
                break
            time.sleep(0.01)
        try:
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
        wall = time.monotonic() - start
        if timed_out or not out.exists():
            reason = f"timed out after {timeout:g} s" if timed_out else (err or b"").decode(errors="replace")[-500:]
            return {"tool": tool, "tables": [], "page_seconds": [], "error": reason or "no output",
                    "peak_mb": peak / 2**20, "wall": wall}
        result = json.loads(out.read_text())
    result["peak_mb"] = max(peak, result.get("maxrss_kb", 0) * 1024) / 2**20
    result["wall"] = wall
    return result


def _tables(result: dict) -> list[TableCells]:
    return [
        TableCells(int(t["page"]), tuple(float(v) for v in t["bbox"]),
                   [tuple(c) for c in t["cells"]])
        for t in result.get("tables", [])
    ]


def bench_icdar(folder: Path, tools: list[str], docs: list[str] | None, timeout: float, log) -> dict:
    pdfs = corpus_documents(folder)
    if docs:
        pdfs = [p for p in pdfs if p.stem in docs]
    gts = {p.stem: load_ground_truth(p) for p in pdfs}
    results: dict = {"documents": [p.stem for p in pdfs], "tools": {}}
    for tool in tools:
        scores, page_secs, page_cpu, peaks, errors, per_doc = [], [], [], [], [], {}
        t_tool = time.monotonic()
        loads = [os.getloadavg()[0]]
        for pdf in pdfs:
            res = run_tool(tool, pdf, timeout)
            score = score_document(pdf.stem, gts[pdf.stem].tables, _tables(res))
            scores.append(score)
            page_secs.extend(res.get("page_seconds", []))
            page_cpu.extend(c for c in res.get("page_cpu_seconds", []) if c == c)
            peaks.append(res.get("peak_mb", 0.0))
            if res.get("error"):
                errors.append(f"{pdf.stem}: {res['error'].strip().splitlines()[-1] if res['error'].strip() else '?'}")
            per_doc[pdf.stem] = {
                "f1": score.f1, "precision": score.precision, "recall": score.recall,
                "gt_tables": score.gt_tables, "pred_tables": score.pred_tables, "detected": score.detected,
                "seconds": sum(res.get("page_seconds", [])), "peak_mb": res.get("peak_mb", 0.0),
            }
        summary = summarise(scores)
        loads.append(os.getloadavg()[0])
        results["tools"][tool] = {
            "load": max(loads),
            "summary": summary.__dict__,
            "median_s_per_page": statistics.median(page_secs) if page_secs else None,
            "mean_s_per_page": statistics.fmean(page_secs) if page_secs else None,
            "median_cpu_s_per_page": statistics.median(page_cpu) if page_cpu else None,
            "pages": len(page_secs),
            "peak_mb": max(peaks) if peaks else None,
            "errors": errors,
            "documents": per_doc,
            "run_seconds": time.monotonic() - t_tool,
        }
        s = summary
        log(f"{tool:16s} cpu {results['tools'][tool]['median_cpu_s_per_page'] or 0:.3f} load {max(loads):.1f} | det R {s.detection_recall:.3f} P {s.detection_precision:.3f} | "
            f"doc F1 {s.doc_f1:.3f} (P {s.doc_precision:.3f} R {s.doc_recall:.3f}) | "
            f"pooled F1 {s.pooled_f1:.3f} (P {s.pooled_precision:.3f} R {s.pooled_recall:.3f}) | "
            f"median {results['tools'][tool]['median_s_per_page'] or 0:.3f} s/page | "
            f"peak {results['tools'][tool]['peak_mb'] or 0:.0f} MB | {len(errors)} errors "
            f"| {time.monotonic() - t_tool:.0f} s")
    return results


# ------------------------------------------------------------------------------------------ samples


def _sample_files() -> list[tuple[Path, Path]]:
    folder = ROOT / "resources" / "samples"
    pairs = []
    for pdf in sorted(folder.glob("*.pdf")):
        truth = pdf.with_name(pdf.stem + ".truth.json")
        if truth.exists():
            pairs.append((pdf, truth))
    return pairs


def _cell_text(text: str) -> str:
    return " ".join((text or "").split())


def bench_samples(tools: list[str], timeout: float, log) -> dict | None:
    """Cell-exact accuracy on the bundled samples: every ground-truth cell must appear at the same
    (row, col) of the matching predicted table with the same text (whitespace runs collapsed)."""
    from _icdar import iou

    pairs = _sample_files()
    if not pairs:
        log("no bundled samples (resources/samples/*.pdf + *.truth.json): skipped")
        return None
    out: dict = {"documents": [p.name for p, _ in pairs], "tools": {}}
    for tool in tools:
        total = exact = tables_total = tables_exact = 0
        page_secs: list[float] = []
        for pdf, truth_path in pairs:
            truth = json.loads(truth_path.read_text())
            res = run_tool(tool, pdf, timeout)
            page_secs.extend(res.get("page_seconds", []))
            preds = res.get("tables", [])
            used: set[int] = set()
            for gt in truth.get("tables", []):
                cands = [
                    (iou(gt["bbox"], p["bbox"]), i) for i, p in enumerate(preds)
                    if p["page"] == gt["page"] and i not in used
                ]
                cands = [c for c in cands if c[0] > 0]
                grid = {}
                if cands:
                    _, best = max(cands)
                    used.add(best)
                    grid = {(c[0], c[1]): _cell_text(c[4]) for c in preds[best]["cells"]}
                cells = [c for c in gt["cells"]]
                ok = sum(1 for c in cells if grid.get((c["row"], c["col"]), "") == _cell_text(c["text"]))
                # a predicted table with extra non-empty cells is not exact either
                extra = sum(1 for (r, c), t in grid.items() if t and not any(
                    g["row"] == r and g["col"] == c for g in cells))
                total += len(cells)
                exact += ok
                tables_total += 1
                tables_exact += int(ok == len(cells) and not extra)
        out["tools"][tool] = {
            "cells": total, "exact_cells": exact, "tables": tables_total, "exact_tables": tables_exact,
            "median_s_per_page": statistics.median(page_secs) if page_secs else None,
        }
        log(f"samples {tool:16s} cells exact {exact}/{total}  tables exact {tables_exact}/{tables_total}")
    return out


def samples_values_check(log) -> dict | None:
    """Our extractor in full (text, value, header rows, totals) against the samples' truth."""
    pairs = _sample_files()
    if not pairs:
        return None
    from app.document.model import DocumentData
    from app.extract.pipeline import extract_document

    cells = exact = tables = header_ok = totals_ok = 0
    for pdf, truth_path in pairs:
        truth = DocumentData.from_json(json.loads(truth_path.read_text()))
        data = extract_document(pdf)
        for gt in truth.tables:
            tables += 1
            from _icdar import iou

            same_page = [t for t in data.tables if t.page == gt.page]
            best = max(same_page, key=lambda t: iou(gt.bbox, t.bbox), default=None)
            got = {(c.row, c.col): c for c in best.cells} if best else {}
            for c in gt.cells:
                cells += 1
                g = got.get((c.row, c.col))
                if g is not None and _cell_text(g.text) == _cell_text(c.text) and g.value == c.value:
                    exact += 1
            if best is not None:
                header_ok += int(best.header_rows == gt.header_rows)
                totals_ok += int(sorted(best.total_rows) == sorted(gt.total_rows))
    log(f"samples (text and value) {exact}/{cells} cells; header rows right in {header_ok}/{tables} tables; "
        f"totals rows right in {totals_ok}/{tables}")
    return {"cells": cells, "exact": exact, "tables": tables, "header_rows_ok": header_ok, "total_rows_ok": totals_ok}


# ------------------------------------------------------------------------------------ large document


def make_large_pdf(path: Path, pages: int) -> Path:
    """A long appeal-like document; the samples' generator when it exists, else our own."""
    builder = ROOT / "tools" / "samples" / "build_samples.py"
    if builder.exists():
        proc = subprocess.run([sys.executable, str(builder), "--large", str(pages), "-o", str(path)],
                              cwd=str(ROOT), capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
        if proc.returncode == 0 and path.exists():
            return path
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    countries = ["Kenya", "Somalia", "Ethiopia", "Djibouti", "Uganda", "United Republic of Tanzania",
                 "South Sudan", "Eritrea", "Rwanda", "Burundi"]
    story = []
    for i in range(pages):
        story.append(Paragraph(f"Region {i // 10 + 1}: chapter {i + 1}", styles["Heading1"]))
        story.append(Paragraph(" ".join(["The programme supports migrants and communities."] * 12), styles["BodyText"]))
        rows = [["Country", "Objective 1", "Objective 2", "Objective 3", "Total"]]
        for k, c in enumerate(countries):
            a, b, d = (i + 1) * 1000 + k * 10, 2000 + k * 7, 500 * k
            rows.append([c, f"{a:,}", f"{b:,}", f"{d:,}" if d else "-", f"{a + b + d:,}"])
        rows.append(["Total", "", "", "", ""])
        t = Table(rows)
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
        story += [t, Paragraph(" ".join(["Narrative text follows the table."] * 20), styles["BodyText"]), PageBreak()]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story[:-1])
    return path


def bench_large(pages: int, timeout: float, log) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / f"large-{pages}.pdf"
        t0 = time.monotonic()
        make_large_pdf(pdf, pages)
        log(f"generated a {pages}-page document in {time.monotonic() - t0:.0f} s")
        res = run_tool("ours-pipeline", pdf, timeout)
    n = len(res.get("page_seconds", [])) or pages
    out = {
        "pages": pages, "peak_mb": res.get("peak_mb"), "wall_seconds": res.get("wall"),
        "s_per_page": (sum(res.get("page_seconds", [])) / n) if res.get("page_seconds") else None,
        "tables": len(res.get("tables", [])), "error": res.get("error"),
    }
    log(f"large document: {pages} pages, {out['tables']} tables, peak {out['peak_mb'] or 0:.0f} MB "
        f"(all processes), {out['s_per_page'] or 0:.3f} s/page wall, error: {out['error']}")
    return out


# ----------------------------------------------------------------------------------------- reporting


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    try:
        import psutil

        ram = f"{psutil.virtual_memory().total / 2**30:.0f} GB"
    except ImportError:
        ram = "?"
    versions = {}
    for mod, name in (("pdfplumber", "pdfplumber"), ("camelot", "camelot-py"), ("tabula", "tabula-py"),
                      ("pymupdf", "PyMuPDF")):
        try:
            m = __import__(mod)
            versions[name] = getattr(m, "__version__", None) or getattr(m, "VersionBind", "?")
        except Exception:
            versions[name] = "not installed"
    try:
        java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    except Exception:
        java = "?"
    from app.extract.tables import ALGORITHM

    return {"cores": os.cpu_count(), "cpu": model, "ram": ram, "python": platform.python_version(),
            "os": platform.platform(), "versions": versions, "java": java, "algorithm": ALGORITHM}


def _f(v, digits=3):
    return "–" if v is None else f"{v:.{digits}f}"


def render_markdown(icdar: dict | None, samples: dict | None, values: dict | None, large: dict | None,
                    info: dict, date: str, heldout: dict | None = None, suite: dict | None = None) -> str:
    lines = [
        "## Tables",
        "",
        f"Measured {date} on {info['cores']} cores ({info['cpu']}), {info['ram']} RAM, Python {info['python']}, "
        f"{info['os']}. Peers: " + ", ".join(f"{k} {v}" for k, v in info["versions"].items()) + f"; {info['java']}."
        + (f" Extraction rules: `{info['algorithm']}`." if info.get("algorithm") else ""),
        "",
        "Rerun: `.venv/bin/python tests/benchmarks/bench_tables.py --write` (everything; needs the `bench` extras "
        "and `../shared/corpus/icdar2013-eu`); every tool on ICDAR EU and the camelot suite, kept for later: "
        "`... bench_tables.py --no-samples --large 0 --no-tabula --json PEERS.json --write`; then our rows "
        "alone beside those peers: `... bench_tables.py --tools ours,ours-pdfminer --no-samples --large 0 "
        "--no-tabula --peers-from PEERS.json --write` (the module's docstring). Every tool runs on every document in its own process with a time "
        "limit; seconds per page are timed around each tool's own call for each page; peak memory is the "
        "largest resident set of the tool's process tree over the documents. Measures: "
        "[docs/extraction.md](extraction.md#how-it-is-measured).",
        "",
    ]
    if icdar:
        n_docs = len(icdar["documents"])
        lines += [
            f"### ICDAR 2013 table competition, EU set ({n_docs} documents, all pages, detection + structure)",
            "",
            "| tool | detection recall | detection precision | structure F1, per-document mean (P / R) "
            "| structure F1, pooled (P / R) | median s/page | mean s/page | median CPU s/page | peak memory "
            "| errors | load |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for tool, r in icdar["tools"].items():
            s = r["summary"]
            lines.append(
                f"| {LABELS.get(tool, tool)} | {_f(s['detection_recall'])} | {_f(s['detection_precision'])} | "
                f"**{_f(s['doc_f1'])}** ({_f(s['doc_precision'])} / {_f(s['doc_recall'])}) | "
                f"{_f(s['pooled_f1'])} ({_f(s['pooled_precision'])} / {_f(s['pooled_recall'])}) | "
                f"{_f(r['median_s_per_page'])} | {_f(r['mean_s_per_page'])} | {_f(r.get('median_cpu_s_per_page'))} | "
                f"{_f(r['peak_mb'], 0)} MB | "
                f"{len(r['errors'])} | {r.get('load', 0):.1f} |"
            )
        ours = icdar["tools"].get("ours")
        peers = {t: r for t, r in icdar["tools"].items() if t in PEERS}
        if ours and peers:
            best_tool, best = max(peers.items(), key=lambda kv: kv[1]["summary"]["doc_f1"])
            o = ours["summary"]
            lines += [
                "",
                "Targets (issue #3): per-document F1 ≥ 0.88 and ≥ 0.05 above every peer; pooled F1 ≥ 0.90; "
                "detection recall ≥ 0.95 with precision ≥ 0.90; median ≤ 0.10 s/page.",
                f"Here: per-document F1 {o['doc_f1']:.3f} "
                f"({'met' if o['doc_f1'] >= 0.88 else 'NOT met'}), margin over the best peer "
                f"({LABELS.get(best_tool, best_tool)}, {best['summary']['doc_f1']:.3f}) "
                f"{o['doc_f1'] - best['summary']['doc_f1']:+.3f} "
                f"({'met' if o['doc_f1'] - best['summary']['doc_f1'] >= 0.05 else 'NOT met'}); pooled F1 "
                f"{o['pooled_f1']:.3f} ({'met' if o['pooled_f1'] >= 0.90 else 'NOT met'}); detection "
                f"{o['detection_recall']:.3f} / {o['detection_precision']:.3f} "
                f"({'met' if o['detection_recall'] >= 0.95 and o['detection_precision'] >= 0.90 else 'NOT met'}); "
                f"median {ours['median_s_per_page']:.3f} s/page "
                f"({'met' if ours['median_s_per_page'] <= 0.10 else 'NOT met'}).",
            ]
            cpu = ours.get("median_cpu_s_per_page")
            ref = (icdar["tools"].get("ours-pdfminer") or {}).get("median_cpu_s_per_page")
            if cpu is not None:
                lines.append(
                    f"Issue #13 (pages read by pdfium, `app/source/pagesource.py`): median ≤ 0.02 CPU s/page: {cpu:.3f} "
                    f"({'met' if cpu <= 0.02 else 'NOT met'})"
                    + (f"; the same rules on the pdfminer source (the reference) {ref:.3f}." if ref is not None else ".")
                )
            if icdar.get("peers_run"):
                lines += ["", peers_run_line(icdar["peers_run"])]
            lines += ["", NOTES[0], NOTES[1]]
            lines += [
                "",
                "*s/page*: wall-clock seconds around the tool's call for each page; *CPU s/page*: CPU seconds "
                "of the tool's process for the same call (less sensitive to other work on the machine). "
                "*load*: the highest 1-minute load average seen during that tool's run (2 cores, shared with "
                "other work): above 2 every tool's wall-clock seconds are inflated, so compare speeds within "
                "one run only.",
            ]
        worst = []
        if ours:
            worst = sorted(ours["documents"].items(), key=lambda kv: kv[1]["f1"])[:6]
        if worst:
            lines += ["", "Our weakest documents (F1): " + ", ".join(f"{k} {v['f1']:.2f}" for k, v in worst) + "."]
        lines.append("")
    lines.append(SAMPLES[0])
    if samples:
        lines += [
            f"### Bundled samples ({len(samples['documents'])} documents): cell-exact accuracy",
            "",
            "| tool | cells exact | tables entirely exact | median s/page |",
            "|---|---|---|---|",
        ]
        for tool, r in samples["tools"].items():
            lines.append(f"| {LABELS.get(tool, tool)} | {r['exact_cells']}/{r['cells']} | "
                         f"{r['exact_tables']}/{r['tables']} | {_f(r['median_s_per_page'])} |")
        lines += ["", "Every tool here extracts page by page, ours included (`extract_tables`; a hyphen at a line end "
                  "is decided with the page's own words). The whole pipeline decides those with the whole "
                  "document's words:"]
        if values:
            lines += ["", f"Ours through `extract_document`, with values: {values['exact']}/{values['cells']} cells exact in text **and** value; "
                      f"header-row count right in {values['header_rows_ok']}/{values['tables']} tables, totals rows "
                      f"right in {values['total_rows_ok']}/{values['tables']}."]
    lines += [SAMPLES[1], "", LARGE[0]]
    if large:
        lines += [
            "### Large document (memory and throughput of the whole pipeline)",
            "",
            f"A generated {large['pages']}-page document through `extract_document` (default worker pool): "
            f"peak resident memory {_f(large['peak_mb'], 0)} MB summed over the parent and its workers, "
            f"{_f(large['s_per_page'])} s/page wall clock, {large['tables']} tables"
            + (f"; error: {large['error']}" if large.get("error") else "") + ".",
        ]
    lines += [LARGE[1], ""]
    # a held-out group not measured now: an empty block, filled with its last figures on --write (in place)
    lines += [heldout_markdown(heldout, info) if heldout else "\n".join(HELDOUT), ""]
    lines += [render_suite_markdown(suite, info) if suite else f"{SUITE_START}\n{SUITE_END}", ""]
    return "\n".join(lines)


def write_section(markdown: str, path: Path | None = None) -> None:
    from tests.benchmarks._results import BENCHMARKS
    from tests.benchmarks._results import write_section as write

    path = path or BENCHMARKS
    text = path.read_text(encoding="utf-8")
    start, end = "<!-- tables:start -->", "<!-- tables:end -->"
    old = text.split(start, 1)[1].split(end, 1)[0] if start in text and end in text else ""
    # notes, and the samples / large-document parts when this run left them out, keep their text
    markdown = carry_blocks(markdown, old, [NOTES, SAMPLES, LARGE, HELDOUT, (SUITE_START, SUITE_END),
                                            (SUITE_NOTES_START, SUITE_NOTES_END)])
    # a held-out subsection this run did not measure keeps its last figures
    kept = []
    for sub_start, sub_end in (HELDOUT, (SUITE_START, SUITE_END)):
        if sub_start not in markdown and sub_start in old and sub_end in old:
            kept.append(sub_start + old.split(sub_start, 1)[1].split(sub_end, 1)[0] + sub_end)
    write("tables", "\n\n".join([markdown.strip(), *kept]), path)


def merge_peers(now: dict | None, then: dict | None, part: str, order: list[str]) -> dict | None:
    """Add to one part of this run (icdar, samples, heldout, suite) the tools of an earlier run's same part
    that were not run now; refuses a part scored on other documents."""
    if not now or not then or not then.get("tools"):
        return now
    key = "documents" if "documents" in now else "cases"
    if now.get(key) != then.get(key):
        raise SystemExit(f"--peers-from: the {part} part of that run scored other documents")
    tools = dict(now["tools"])
    for tool, r in then["tools"].items():
        if tool not in tools:
            tools[tool] = {**r, "from_earlier_run": True}
    rank = {t: i for i, t in enumerate(order)}
    now["tools"] = dict(sorted(tools.items(), key=lambda kv: rank.get(kv[0], len(rank))))
    if then.get("reference") and not now.get("reference"):
        now["reference"] = then["reference"]
    return now


def _run_info(earlier: dict) -> dict:
    return {"started": earlier.get("started"), "finished": earlier.get("finished"), "load": earlier.get("load"),
            "date": earlier.get("date"), "algorithm": (earlier.get("machine") or {}).get("algorithm")}


def apply_peers_from(path: Path, parts: dict[str, dict | None], log) -> None:
    """``--peers-from``: fill every part measured now with the earlier run's tools (see ``merge_peers``)."""
    earlier = json.loads(path.read_text())
    info = _run_info(earlier)
    for part, now in parts.items():
        if not now:
            continue
        if not (earlier.get(part) or {}).get("tools"):
            log(f"--peers-from: {path.name} has no {part} part; {part} shows this run's tools only")
            continue
        order = HELDOUT_TOOLS if part in ("heldout", "suite") else ALL_TOOLS
        merge_peers(now, earlier[part], part, order)
        taken = [t for t, r in now["tools"].items() if r.get("from_earlier_run")]
        if taken:
            # a file that itself took its peers from an earlier run names that run
            now["peers_run"] = earlier[part].get("peers_run") or info
            log(f"--peers-from: {part}: {', '.join(taken)} from the run of {info['started'] or info['date']}")


def _heldout_tools(tools: list[str]) -> list[str]:
    """The held-out tools among ``tools``; tabula lattice goes with tabula stream (areas from lattice tests)."""
    out = [t for t in tools if t in HELDOUT_TOOLS]
    if "tabula-stream" in out and "tabula-lattice" not in out:
        out.insert(out.index("tabula-stream") + 1, "tabula-lattice")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--tools", default=",".join(ALL_TOOLS))
    parser.add_argument("--docs", default="")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per tool and document")
    parser.add_argument("--json", type=Path, default=None, help="also write all figures to this JSON file")
    parser.add_argument("--write", action="store_true", help="rewrite the tables section of docs/benchmarks.md")
    parser.add_argument("--no-samples", action="store_true")
    parser.add_argument("--no-icdar", action="store_true")
    parser.add_argument("--large", type=int, default=1000, help="pages of the memory run (0: skip)")
    parser.add_argument("--check-gt", action="store_true")
    parser.add_argument("--heldout", action="store_true", help="only the held-out documents")
    parser.add_argument("--no-heldout", action="store_true", help="skip the held-out documents")
    parser.add_argument("--suite", action="store_true", help="only the camelot-suite held-out group")
    parser.add_argument("--no-suite", action="store_true",
                        help="leave out the camelot-suite group (it stays unseen: run it rarely)")
    parser.add_argument("--no-tabula", action="store_true",
                        help="leave out the first held-out group (tabula-java's tests) in the full run")
    parser.add_argument("--peers-from", type=Path, default=None,
                        help="--json file of an earlier run: tools not run now come from it (same documents)")
    args = parser.parse_args(argv)
    started, load_start = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M"), os.getloadavg()[0]

    def stamp() -> dict:
        return {"started": started, "finished": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M"),
                "load": [load_start, os.getloadavg()[0]]}

    def log(msg: str) -> None:
        print(msg, flush=True)

    from tests.helpers import shared_dir

    folder = args.corpus
    if folder is None:
        shared = shared_dir()
        folder = shared / "corpus" / "icdar2013-eu" if shared else None
    tools = [t for t in args.tools.split(",") if t]
    docs = [d for d in args.docs.split(",") if d] or None
    real_world = (shared_dir() / "corpus" / "real-world") if shared_dir() else None
    if args.check_gt:
        problems = []
        if not args.heldout:
            for pdf in corpus_documents(folder):
                problems += check_ground_truth(load_ground_truth(pdf))
        if real_world is not None and real_world.is_dir():
            problems += check_heldout(real_world)
            problems += check_suite(real_world)
        log("\n".join(problems) or "ground truth: every region holds its cells' text")
        return 1 if problems else 0
    if args.heldout or args.suite:
        if real_world is None or not real_world.is_dir():
            log("held-out corpus not found (../shared/corpus/real-world): nothing to do")
            return 1
        info = machine()
        heldout = None if args.suite else bench_heldout(real_world, _heldout_tools(tools), args.timeout, log, run_tool)
        suite = None if args.no_suite else bench_suite(real_world, _heldout_tools(tools), args.timeout, log,
                                                       run_tool, reference=args.peers_from is None)
        if args.peers_from:
            apply_peers_from(args.peers_from, {"heldout": heldout, "suite": suite}, log)
        parts = [(heldout_markdown(heldout, info), "<!-- tables-heldout:start -->", "<!-- tables-heldout:end -->"),
                 (render_suite_markdown(suite, info), SUITE_START, SUITE_END)]
        if args.json:
            args.json.write_text(json.dumps({"date": dt.date.today().isoformat(), **stamp(), "machine": info,
                                             "heldout": heldout, "suite": suite}, indent=1))
        if args.write:
            for markdown, start, end in parts:
                if not markdown:
                    continue
                if write_heldout(markdown, ROOT / "docs" / "benchmarks.md", start, end):
                    log(f"docs/benchmarks.md: {start} subsection updated")
                else:
                    log(f"docs/benchmarks.md has no {start} subsection yet: run the full benchmark with --write")
        elif heldout:
            print()
            print(parts[0][0])
        return 0
    date = dt.date.today().isoformat()
    info = machine()
    icdar = samples = values = large = heldout = suite = None
    if not args.no_icdar:
        if folder is None or not folder.is_dir():
            log("ICDAR corpus not found (../shared/corpus/icdar2013-eu): skipped")
        else:
            icdar = bench_icdar(folder, tools, docs, args.timeout, log)
    if not args.no_samples:
        samples = bench_samples(tools, args.timeout, log)
        if "ours" in tools:
            values = samples_values_check(log)
    if args.large:
        large = bench_large(args.large, max(args.timeout, 3600), log)
    if not args.no_heldout:
        if real_world is None or not real_world.is_dir():
            log("held-out corpus not found (../shared/corpus/real-world): skipped")
        else:
            if not args.no_tabula:
                heldout = bench_heldout(real_world, _heldout_tools(tools), args.timeout, log, run_tool)
            if not args.no_suite:
                suite = bench_suite(real_world, _heldout_tools(tools), args.timeout, log, run_tool,
                                    reference=args.peers_from is None)
    if args.peers_from:
        apply_peers_from(args.peers_from, {"icdar": icdar, "samples": samples, "heldout": heldout, "suite": suite},
                         log)
    markdown = render_markdown(icdar, samples, values, large, info, date, heldout, suite)
    print()
    print(markdown)
    if args.json:
        args.json.write_text(json.dumps({"date": date, **stamp(), "machine": info, "icdar": icdar, "samples": samples,
                                         "values": values, "large": large, "heldout": heldout, "suite": suite},
                                        indent=1))
    if args.write:
        write_section(markdown)
        log("docs/benchmarks.md updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
