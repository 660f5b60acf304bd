#!/usr/bin/env python3
"""GUI responsiveness while a long document extracts (issue #5): the worst gap seen by a 10 ms timer
on the GUI thread.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_gui.py [--pages 300] [--no-write]

A 300-page document (``tools/samples/build_samples.py --large``, or a generated stand-in when the
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
import threading
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def make_document(pages: int, path: Path) -> tuple[Path, str]:
    """The long benchmark PDF: the samples generator when the seeds are there, else a stand-in."""
    env = dict(os.environ)  # the generator finds ../shared, or $BRIEFING_SHARED
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "samples" / "build_samples.py"),
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


class Watchdog(threading.Thread):
    """Samples every thread's Python stack while the GUI timer is late (``--trace``).

    It wakes every ``interval`` seconds; when the GUI thread's 10 ms timer has not ticked for more
    than ``threshold`` seconds it records the stacks of all threads (the GUI thread's shows what it
    runs, or the Qt call it is inside; the others show who may hold the GIL). Its own oversleep is
    recorded too: a watchdog that wakes late could not get the GIL (a long C call holding it) or the CPU.
    """

    def __init__(self, last: dict, threshold: float = 0.1, interval: float = 0.02) -> None:
        super().__init__(name="bench-watchdog", daemon=True)
        self.last = last
        self.threshold = threshold
        self.interval = interval
        self.main = threading.main_thread().ident
        self.samples: dict[float, list[tuple[float, float, dict[str, list[str]]]]] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            before = time.perf_counter()
            time.sleep(self.interval)
            now = time.perf_counter()
            oversleep = (now - before - self.interval) * 1000.0
            tick = self.last.get("t")
            if tick is None or now - tick <= self.threshold:
                continue
            names = {t.ident: t.name for t in threading.enumerate()}
            stacks = {}
            for ident, frame in sys._current_frames().items():
                if ident == threading.get_ident():
                    continue
                name = "GUI" if ident == self.main else names.get(ident, str(ident))
                stacks[name] = [f"{Path(f.filename).name}:{f.lineno} {f.name}: {(f.line or '').strip()[:90]}"
                                for f in traceback.extract_stack(frame)[-14:]]
            self.samples.setdefault(tick, []).append(((now - tick) * 1000.0, oversleep, stacks))

    def report(self, gaps_by_start: dict[float, float], limit: float) -> str:
        out = []
        for tick, samples in sorted(self.samples.items()):
            gap = gaps_by_start.get(tick)
            if gap is None or gap < limit:
                continue
            out.append(f"=== gap {gap:.0f} ms starting at {tick:.3f}")
            for late, oversleep, stacks in samples:
                out.append(f"  -- {late:.0f} ms into the gap (watchdog overslept {oversleep:.0f} ms)")
                for name, lines in stacks.items():
                    out.append(f"     [{name}]")
                    out.extend("        " + line for line in lines)
        return "\n".join(out)


def _event_filter_class():
    from PySide6.QtCore import QObject

    class EventGaps(QObject):
        """Qt events delivered on the GUI thread: logs the event after which the thread went silent
        (the one whose handling took long, or the last before the process got no CPU) — ``--trace``."""

        def __init__(self, threshold: float) -> None:
            super().__init__()
            self.threshold = threshold
            self.previous: tuple[float, str] | None = None
            self.log: list[str] = []

        def eventFilter(self, obj, event) -> bool:  # noqa: N802
            now = time.perf_counter()
            if self.previous is not None and now - self.previous[0] > self.threshold:
                self.log.append(f"{(now - self.previous[0]) * 1000:.0f} ms after {self.previous[1]} "
                                f"(at {self.previous[0]:.3f})")
            try:
                name = f"{event.type().name} -> {type(obj).__name__} {obj.objectName()!r}"
            except Exception:  # noqa: BLE001
                name = "?"
            self.previous = (now, name)
            return False

    return EventGaps


#: between the window showing and the document being opened
IDLE_BEFORE_OPEN_MS = 1000


def run(pdf: Path, workers: int | None, label: str, trace: float | None = None,
        sandbox: Path | None = None) -> dict:
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
    # a user takes a moment to choose the file: the window's start-up work (the extraction workers'
    # forkserver, started when the window opens) is not counted in the time to the first table
    idle = QEventLoop()
    QTimer.singleShot(IDLE_BEFORE_OPEN_MS, idle.quit)
    idle.exec()

    gaps: list[float] = []
    gaps_by_start: dict[float, float] = {}
    clock = QElapsedTimer()
    last = {"t": None}

    def tick() -> None:
        now = time.perf_counter()
        if last["t"] is not None:
            gaps.append((now - last["t"]) * 1000.0)
            if trace is not None:
                gaps_by_start[last["t"]] = gaps[-1]
        last["t"] = now

    watchdog = Watchdog(last, threshold=(trace or 100) / 1000.0) if trace is not None else None
    if watchdog is not None:
        print(f"GUI thread: pid {os.getpid()} tid {threading.get_native_id()} "
              f"(perf_counter is CLOCK_MONOTONIC: perf record -k CLOCK_MONOTONIC times match)", flush=True)
        watchdog.start()
        events = _event_filter_class()(trace / 1000.0 * 0.8)
        app.installEventFilter(events)

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(10)
    ticker.timeout.connect(tick)
    ticker.timeout.connect(lambda: shown())

    edits = {"n": 0, "first_table": None, "first_listed": None}

    def user() -> None:
        bench = window.bench
        data = bench.data()
        if data is None:
            return
        if data.tables and edits["first_table"] is None:
            edits["first_table"] = clock.elapsed() / 1000.0
        window.page_view.next_page()

    def shown() -> None:
        # every 10 ms until the first table is in the window's tables list (the user sees it)
        if edits["first_listed"] is None and window.tables_panel.model.rowCount() > 0:
            edits["first_listed"] = clock.elapsed() / 1000.0

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

    gui_cpu = time.thread_time()
    clock.start()
    ticker.start()
    window.open_path(pdf)
    pager.start()
    editor.start()
    started = time.perf_counter()
    # The GUI thread idles in a real event loop, as in the application (app.exec()). A loop of
    # processEvents(flags, maxtime) would return at once when nothing is pending and spin: the GUI
    # thread would burn a whole core and, on a loaded machine, be preempted like any CPU hog
    # (the first runs of this benchmark did that).
    loop = QEventLoop()
    watch = QTimer()
    watch.setInterval(50)

    loads: list[float] = []

    def finished() -> None:
        bench = window.bench
        if hasattr(os, "getloadavg") and (not loads or time.perf_counter() - started > len(loads)):
            loads.append(os.getloadavg()[0])  # about once a second
        done = not bench.extracting and bench.has_extraction(bench.current)
        if done or time.perf_counter() - started > 1800:
            loop.quit()

    watch.timeout.connect(finished)
    watch.start()
    loop.exec()
    watch.stop()
    if window.bench.extracting:
        raise SystemExit("extraction did not finish in 30 minutes")
    extract_seconds = time.perf_counter() - started
    pager.stop()
    editor.stop()
    # the document-level work that follows on the GUI thread (problems, views) is included
    QTimer.singleShot(2000, loop.quit)
    loop.exec()
    ticker.stop()
    gui_cpu = time.thread_time() - gui_cpu
    if watchdog is not None:
        watchdog.stop.set()
        watchdog.join()
        print(f"--- {label}: stacks during gaps over {trace:.0f} ms", flush=True)
        print(watchdog.report(gaps_by_start, trace), flush=True)
        app.removeEventFilter(events)
        print(f"--- {label}: Qt events after which the GUI thread was silent for over {trace * 0.8:.0f} ms", flush=True)
        for line in events.log:
            print("   ", line, flush=True)
    data = window.bench.data()
    reopen = reopen_project(window, data, sandbox) if sandbox is not None else {}
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
        "over_100": sum(1 for g in gaps if g > 100),
        "over_50": sum(1 for g in gaps if g > 50),
        "load": load_before,
        "load_after": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
        "load_peak": max(loads) if loads else None,
        "gui_cpu": gui_cpu,
        "first_listed": edits["first_listed"],
        **reopen,
    }
    if not reopen:
        window.close()
    app.processEvents()
    return result


def reopen_project(window, data, folder: Path) -> dict:
    """Save the extracted project, close its window, open it in a new one: seconds until the call
    returns, until the tables list, section tree and problems list hold the document, and until the
    first page is drawn (each measured by a 5 ms poll on the GUI thread)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from widgets.main_window import MainWindow

    project = folder / f"reopen-{time.monotonic_ns()}.bbproj"
    if not window.save_as(project):
        return {}
    n_tables = len(data.tables)
    window.close()
    window.deleteLater()
    QEventLoop().processEvents()
    other = MainWindow()
    other.resize(1366, 768)
    other.show()
    QEventLoop().processEvents()
    marks: dict[str, float] = {}
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)

    def check() -> None:
        now = time.perf_counter() - t0
        views = {
            "tables": other.tables_panel.model.rowCount() >= n_tables > 0,
            "sections": other.section_panel.model.rowCount() > 0,
            "problems": other.bench.data() is not None and other.problems_panel.model.rowCount() >= 0,
            "page": getattr(other.page_view, "_pixmap_item", None) is not None,
        }
        for name, ok in views.items():
            if ok and name not in marks:
                marks[name] = now
        if len(marks) == len(views) or now > 30:
            loop.quit()

    poll.timeout.connect(check)
    cpu = time.thread_time()
    t0 = time.perf_counter()
    other.open_path(project)
    returned = time.perf_counter() - t0
    poll.start()
    loop.exec()
    poll.stop()
    cpu = time.thread_time() - cpu
    other.close()
    return {"reopen_call": returned, "reopen_tables": marks.get("tables"), "reopen_sections": marks.get("sections"),
            "reopen_page": marks.get("page"), "reopen_all": max(marks.values()) if len(marks) == 4 else None,
            "reopen_cpu": cpu}


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
        f"The real main window (1366×768, offscreen) opens the document {IDLE_BEFORE_OPEN_MS / 1000:g} s after it "
        "is shown (a user choosing the file); while it extracts, a simulated "
        "user turns a page every 250 ms and edits a cell of an extracted table every second. A 10 ms timer "
        "on the GUI thread measures the longest time the window could not answer.",
        "",
        "| extraction runs | pages | tables | extraction s | first table listed after s | user edits "
        "| worst GUI gap ms | 99th percentile ms | gaps > 50 ms | gaps > 100 ms | gaps > 200 ms | GUI thread CPU s "
        "| machine load (1-min average: start → end, peak) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        first = r.get("first_listed") if r.get("first_listed") is not None else r["first_table"]
        first = f"{first:.1f}" if first is not None else "–"
        lines.append(
            f"| {r['label']} | {r['pages']} | {r['tables']} | {r['seconds']:.1f} | {first} | {r['edits']} | "
            f"**{r['worst']:.0f}** | {r['p99']:.0f} | {r['over_50']} | {r.get('over_100', '?')} | {r['over_200']} | "
            f"{r['gui_cpu']:.1f} | {_load(r['load'])} → {_load(r['load_after'])}, peak {_load(r['load_peak'])} |")
    reopened = [r for r in results if r.get("reopen_all") is not None or r.get("reopen_call") is not None]
    if reopened:
        lines += [
            "",
            "**Reopening the extracted project** (saved, its window closed, opened in a new window): seconds "
            "from the open call until it returns, and until each view holds the document (5 ms poll on the GUI "
            "thread); the load is the 1-minute average at the end of that run.",
            "",
            "| run | open call returns | tables list full | section tree | first page drawn | everything | "
            "GUI thread CPU s | load |",
            "|---|---:|---:|---:|---:|---:|---:|---|",
        ]
        for r in reopened:
            def f(v):
                return "–" if v is None else f"{v:.2f}"
            lines.append(f"| {r['label']} | {f(r.get('reopen_call'))} | {f(r.get('reopen_tables'))} | "
                         f"{f(r.get('reopen_sections'))} | {f(r.get('reopen_page'))} | **{f(r.get('reopen_all'))}** | "
                         f"{f(r.get('reopen_cpu'))} | {_load(r['load_after'])} |")
    lines += [
        "",
        "Targets (issue #13): the first page's tables shown < 2 s after a 300-page PDF is opened, a reopened "
        "extracted project shown entirely < 1 s, no GUI gap over 100 ms during extraction (issue #5: 200 ms); "
        "measured here, never asserted in the tests.",
        "Worker processes started by the GUI run at nice 10 past the document's first 10 pages, so the window wins the CPU; on a machine "
        "shared with other heavy jobs (load above the 2 cores, as in these runs) that makes the "
        "extraction itself slower, on an otherwise idle laptop it costs little.",
        "",
        "What made the window late, found with `bench_gui.py --trace` (every thread's Python stack sampled "
        "while the GUI timer is more than 100 ms late, plus the Qt event after which the GUI thread went "
        "silent) and `perf record -e sched:sched_switch` on the GUI thread, and what was done "
        "(first measured at worst 299 ms, 1 gap over 200 ms, load 4.8 → 5.8):",
        "",
        "* **GIL convoy from pure-Python work on other threads of the GUI process.** The GUI thread needs "
        "the GIL for every call Qt makes into Python (each model `data()`, slot, timer); while another thread "
        "computes, each call waits up to the 5 ms switch interval. (a) The document assembly (section tree, "
        "tags: ~3 s of Python for 300 pages) ran on the extraction thread: gaps of 212-259 ms. It now runs in a "
        "helper process fed page by page (`app/jobs/assembler.py`). (b) Table guides and area re-extraction "
        "(pdfplumber) ran on a thread: gaps of 124-189 ms. They now run in a helper process "
        "(`app/jobs/page_jobs.py`). (c) One `json.loads` of the 2 MB assembled document (a single C call holding "
        "the GIL, 125 ms on the loaded machine) and one `json.dumps` of it for the project file: the helper "
        "now writes the baseline itself and sends the document as one small JSON text per table, section and "
        "warning.",
        "* **The benchmark's own busy loop** (`processEvents(flags, 50)` returns at once when idle): the GUI "
        "thread used a whole core, so the scheduler treated it as a CPU hog. It now idles in a `QEventLoop`, "
        "as the application does in `app.exec()`.",
        "* Smaller GUI-thread costs: the section tree looked up rows with `list.index` (O(n²) over 944 "
        "sections on every reload), the problem checks parsed the same numbers again and again (43 tables: "
        "178 → 32 ms).",
        "* **What remains is the machine:** in the gaps left over 100 ms, `perf` shows the GUI thread "
        "runnable but preempted (`prev_state=R`) by other users' processes (a Java VM, test runs) at load "
        "5-6 on 2 cores, while the thread itself used ~20 ms of CPU per user action.",
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
    parser.add_argument("--repeat", type=int, default=1, help="runs of the worker-process configuration")
    parser.add_argument("--trace", type=float, metavar="MS", nargs="?", const=100.0,
                        help="print every thread's stack during GUI gaps over MS ms (default 100; implies --no-write)")
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
        for k in range(args.repeat):
            label = "worker processes (default)" + (f", run {k + 1}" if args.repeat > 1 else "")
            results.append(run(pdf, None, label, args.trace, sandbox))
            print(results[-1], flush=True)
    if args.only in (None, "thread"):
        results.append(run(pdf, 0, "in the GUI process (extraction thread)", args.trace, sandbox))
        print(results[-1], flush=True)
    if not args.no_write and args.trace is None:
        write(results, source, ROOT / "docs" / "benchmarks.md")
        print("updated docs/benchmarks.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
