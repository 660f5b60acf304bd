"""A long appeal through ``briefing-builder extract`` against the pdfminer word floor, in one run (issue #13).

    python tests/benchmarks/bench_long_document.py [--rounds 3] [--copies 4] [--pdf x.pdf] [--write]

The document: the bundled Migration Initiatives sample four times over (304 pages, put together with
pikepdf), unless ``--pdf`` names another. Each round runs, one after the other: ``briefing-builder
extract`` (default workers; ``python -m briefing_builder extract``), and the word floor (``word_floor.py``:
pdfplumber ``extract_words`` on every page, 2 processes, nothing of this project). Per command: wall
seconds; CPU seconds of its whole process tree (``perf stat -e task-clock``, which follows the forked
workers; "?" where perf is missing or not allowed); the peak of the resident memory summed over the
process and all its descendants (polled from /proc every 50 ms, Linux); the 1-minute load average at
its start. The ratio extract / floor is taken round by round: on a shared machine only figures of the
same round compare. Never asserted in the tests; ``--write`` puts the table in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SAMPLE = ROOT / "resources" / "samples" / "migration-initiatives-2017-sample.pdf"


def build(copies: int, out: Path) -> Path:
    import pikepdf

    with pikepdf.open(SAMPLE) as src, pikepdf.new() as pdf:
        for _ in range(copies):
            pdf.pages.extend(src.pages)
        pdf.save(out)
    return out


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("PPid:"):
                    children.setdefault(int(line.split()[1]), []).append(int(entry.name))
                    break
        except OSError:
            continue
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(cmd: list[str]) -> dict:
    perf = shutil.which("perf")
    out = tempfile.NamedTemporaryFile(suffix=".perf", delete=False)
    out.close()
    full = [perf, "stat", "-x,", "-e", "task-clock", "-o", out.name, "--"] + cmd if perf else cmd
    load = os.getloadavg()[0]
    peak = {"kb": 0}
    t0 = time.perf_counter()
    proc = subprocess.Popen(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            if sys.platform.startswith("linux"):
                peak["kb"] = max(peak["kb"], sum(_rss_kb(p) for p in _descendants(proc.pid)))
            done.wait(0.05)

    watcher = threading.Thread(target=poll, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    watcher.join()
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed: {err[-2000:]}")
    cpu = None
    try:
        for line in Path(out.name).read_text().splitlines():
            if "task-clock" in line and line.split(",")[0].replace(".", "", 1).isdigit():
                cpu = float(line.split(",")[0]) / 1000.0
    finally:
        os.unlink(out.name)
    return {"wall": wall, "cpu": cpu, "peak_mb": peak["kb"] / 1024 if peak["kb"] else None, "load": load}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--pdf")
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bb-long-"))
    pdf = Path(a.pdf) if a.pdf else build(a.copies, work / f"mi-{a.copies}x.pdf")
    import pypdfium2

    pages = len(pypdfium2.PdfDocument(str(pdf)))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    extract = [sys.executable, "-m", "briefing_builder", "extract", str(pdf), "-q", "-o", str(work / "out.json")]
    floor = [sys.executable, str(HERE / "word_floor.py"), str(pdf), "--processes", "2"]
    rows = []
    os.environ.update(env)
    for k in range(a.rounds):
        e = measure(extract)
        f = measure(floor)
        rows.append((e, f))
        ratio_cpu = f"{e['cpu'] / f['cpu']:.2f}" if e["cpu"] and f["cpu"] else "?"
        print(f"round {k + 1}: extract {e['wall']:.1f} s wall, {e['cpu'] or 0:.1f} CPU s, {e['peak_mb'] or 0:.0f} MB; "
              f"floor {f['wall']:.1f} s, {f['cpu'] or 0:.1f} CPU s; ratio wall {e['wall'] / f['wall']:.2f}, "
              f"CPU {ratio_cpu}; load {e['load']:.1f}/{f['load']:.1f}", flush=True)
    shutil.rmtree(work, ignore_errors=True)
    if a.write:
        from _results import write_section

        write_section("long-document", render(rows, pages, pdf if a.pdf else None))
    return 0


def _fmt(v, spec=".1f") -> str:
    return "?" if v is None else format(v, spec)


def render(rows: list[tuple[dict, dict]], pages: int, pdf: Path | None) -> str:
    cpu_name = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_name = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    doc = pdf.name if pdf else f"the bundled Migration Initiatives sample four times over ({pages} pages)"
    lines = [
        "## A long document: `extract` against the pdfminer word floor (`tests/benchmarks/bench_long_document.py`)",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {cpu_name}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, shared with other work (the load column). Document: {doc}.",
        "Per round, one after the other: `briefing-builder extract` (default workers) and the word floor "
        "(pdfplumber `extract_words` on every page in 2 processes). CPU: the whole process tree "
        "(`perf stat`, forked workers included); memory: the peak of the resident sets summed over the "
        "process and its descendants.",
        "",
        "| round | extract wall s | extract CPU s | extract peak memory (sum) | floor wall s | floor CPU s "
        "| ratio wall | ratio CPU | load at start (extract / floor) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for k, (e, f) in enumerate(rows, 1):
        rc = e["cpu"] / f["cpu"] if e["cpu"] and f["cpu"] else None
        lines.append(f"| {k} | {e['wall']:.1f} | {_fmt(e['cpu'])} | {_fmt(e['peak_mb'], '.0f')} MB | {f['wall']:.1f} | "
                     f"{_fmt(f['cpu'])} | {e['wall'] / f['wall']:.2f} | {_fmt(rc, '.2f')} | "
                     f"{e['load']:.1f} / {f['load']:.1f} |")
    walls = [e["wall"] / f["wall"] for e, f in rows]
    cpus = [e["cpu"] / f["cpu"] for e, f in rows if e["cpu"] and f["cpu"]]
    lines += [
        "",
        f"Median ratio extract / floor: wall {statistics.median(walls):.2f}"
        + (f", CPU {statistics.median(cpus):.2f}" if cpus else "")
        + ". Target (issue #13): ≤ 0.5 with peak memory < 500 MB.",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
