#!/usr/bin/env python3
"""GUI responsiveness while a long document extracts (issue #5): the worst gap seen by a 10 ms timer
on the GUI thread.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_gui.py [--pages 300] [--no-write]

A 300-page document (``resources/samples/build_samples.py --large``, or a generated stand-in when the
seed texts are absent) is opened in the real main window, offscreen at 1366×768. While it extracts, a
simulated user turns a page every 250 ms and edits a cell of an already extracted table every second.
A 10 ms ``QTimer`` on the GUI thread records the time between its ticks; the worst gap is how long the
window could not answer. Two runs are compared on the same machine: extraction in worker processes
(the default) and extraction inside the GUI process's extraction thread (``workers=0``), the design
the worker processes replace. Results go to the ``gui`` section of ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def make_document(pages: int, path: Path) -> tuple[Path, str]:
    """The long benchmark PDF: the samples generator when the seeds are there, else a stand-in."""
    env = dict(os.environ)
    shared = ROOT.parent / "shared"
    if "BRIEFING_SHARED" not in env and not shared.is_dir() and Path("/work/shared").is_dir():
        env["BRIEFING_SHARED"] = "/work/shared"
    result = subprocess.run([sys.executable, str(ROOT / "resources" / "samples" / "build_samples.py"),
                             "--large", str(pages), "-o", str(path)], capture_output=True, text=True, env=env)
    if result.returncode == 0 and path.exists():
        return path, f"build_samples.py --large {pages} (Migration Initiatives layout)"
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    story = []
    for p in range(pages):
        story.append(Paragraph(f"Region {p + 1}: funding requirements", styles["Heading1"]))
        story.append(Paragraph("Narrative text. " * 60, styles["BodyText"]))
        rows = [["Country", "Objective 1", "Objective 2", "Objective 3", "Total"]]
        for r in range(12):
            a, b, c = (p + 1) * 1000 + r, r * 250, 7 * r
            rows.append([f"Country {r}", f"{a:,}", f"{b:,}", f"{c:,}", f"{a + b + c:,}"])
        table = Table(rows)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        story += [table, PageBreak()]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path, f"generated stand-in ({pages} pages, one ruled table each)"


def run(pdf: Path, workers: int | None, label: str) -> dict:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer

    from widgets.app import create_app
    from widgets.main_window import MainWindow

    app = create_app()
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    window = MainWindow()
    window.bench.workers = workers
    window.resize(1366, 768)
    window.show()
    app.processEvents()

    gaps: list[float] = []
    clock = QElapsedTimer()
    last = {"t": None}

    def tick() -> None:
        now = time.perf_counter()
        if last["t"] is not None:
            gaps.append((now - last["t"]) * 1000.0)
        last["t"] = now

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(10)
    ticker.timeout.connect(tick)

    edits = {"n": 0, "first_table": None}

    def user() -> None:
        bench = window.bench
        data = bench.data()
        if data is None:
            return
        if data.tables and edits["first_table"] is None:
            edits["first_table"] = clock.elapsed() / 1000.0
        window.page_view.next_page()

    def edit() -> None:
        bench = window.bench
        data = bench.data()
        if data is None or not data.tables:
            return
        table = data.tables[edits["n"] % len(data.tables)]
        bench.select_table(table.id)
        if table.n_rows > 1 and table.n_cols > 1:
            if window.table_editor.edit_cell(1, 1, f"{edits['n']}"):
                edits["n"] += 1

    pager = QTimer()
    pager.setInterval(250)
    pager.timeout.connect(user)
    editor = QTimer()
    editor.setInterval(1000)
    editor.timeout.connect(edit)

    clock.start()
    ticker.start()
    window.open_path(pdf)
    pager.start()
    editor.start()
    started = time.perf_counter()
    while window.bench.extracting or not window.bench.has_extraction(window.bench.current):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if time.perf_counter() - started > 1800:
            raise SystemExit("extraction did not finish in 30 minutes")
    extract_seconds = time.perf_counter() - started
    pager.stop()
    editor.stop()
    # the document-level work that follows on the GUI thread (problems, views) is included
    settle = time.perf_counter()
    while time.perf_counter() - settle < 2.0:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    ticker.stop()
    data = window.bench.data()
    result = {
        "label": label,
        "workers": "one per core" if workers is None else str(workers),
        "seconds": extract_seconds,
        "first_table": edits["first_table"],
        "tables": len(data.tables),
        "pages": data.document.pages,
        "edits": edits["n"],
        "ticks": len(gaps),
        "worst": max(gaps) if gaps else 0.0,
        "p99": statistics.quantiles(gaps, n=100)[98] if len(gaps) > 100 else max(gaps, default=0.0),
        "over_200": sum(1 for g in gaps if g > 200),
        "over_50": sum(1 for g in gaps if g > 50),
        "load": load_before,
        "load_after": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
    }
    window.close()
    app.processEvents()
    return result


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import psutil

        memory = f"{psutil.virtual_memory().total / 2**30:.0f} GiB"
    except ImportError:
        memory = "?"
    import PySide6

    return (f"{cpu or platform.machine()}, {os.cpu_count()} cores, {memory} RAM, {platform.system()}; "
            f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, offscreen platform")


def _load(value: float | None) -> str:
    return "?" if value is None else f"{value:.1f}"


def write(results: list[dict], source: str, path: Path) -> None:
    lines = [
        "<!-- gui:start -->",
        "## GUI responsiveness during extraction (`tests/benchmarks/bench_gui.py`)",
        "",
        f"Document: {source}. Machine: {machine()}. Run {time.strftime('%Y-%m-%d')}.",
        "",
        "The real main window (1366×768, offscreen) opens the document; while it extracts, a simulated "
        "user turns a page every 250 ms and edits a cell of an extracted table every second. A 10 ms timer "
        "on the GUI thread measures the longest time the window could not answer.",
        "",
        "| extraction runs | pages | tables | extraction s | first table after s | user edits | worst GUI gap ms "
        "| 99th percentile ms | gaps > 50 ms | gaps > 200 ms | machine load (1-min average, start → end) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        first = f"{r['first_table']:.1f}" if r["first_table"] is not None else "–"
        lines.append(
            f"| {r['label']} | {r['pages']} | {r['tables']} | {r['seconds']:.1f} | {first} | {r['edits']} | "
            f"**{r['worst']:.0f}** | {r['p99']:.0f} | {r['over_50']} | {r['over_200']} | "
            f"{_load(r['load'])} → {_load(r['load_after'])} |")
    lines += [
        "",
        "The issue's target: no gap over 200 ms (measured here, never asserted in the tests).",
        "Worker processes started by the GUI run at nice 10 so the window wins the CPU; on a machine "
        "shared with other heavy jobs (load above the 2 cores, as in these runs) that makes the "
        "extraction itself slower, on an otherwise idle laptop it costs little.",
        "<!-- gui:end -->",
    ]
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    block = "\n".join(lines)
    if "<!-- gui:start -->" in text and "<!-- gui:end -->" in text:
        head, rest = text.split("<!-- gui:start -->", 1)
        _, tail = rest.split("<!-- gui:end -->", 1)
        text = head + block + tail
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--pdf", help="use this PDF instead of generating one")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    parser.add_argument("--only", choices=["processes", "thread"], help="run one configuration")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sandbox = Path(tempfile.mkdtemp(prefix="bb-bench-gui-"))
    os.environ["XDG_CONFIG_HOME"] = str(sandbox / "config")
    os.environ["XDG_DATA_HOME"] = str(sandbox / "data")
    sys.path.insert(0, str(ROOT))
    if args.pdf:
        pdf, source = Path(args.pdf), Path(args.pdf).name
    else:
        pdf, source = make_document(args.pages, sandbox / f"long-{args.pages}.pdf")
    results = []
    if args.only in (None, "processes"):
        results.append(run(pdf, None, "worker processes (default)"))
        print(results[-1], flush=True)
    if args.only in (None, "thread"):
        results.append(run(pdf, 0, "in the GUI process (extraction thread)"))
        print(results[-1], flush=True)
    if not args.no_write:
        write(results, source, ROOT / "docs" / "benchmarks.md")
        print("updated docs/benchmarks.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
