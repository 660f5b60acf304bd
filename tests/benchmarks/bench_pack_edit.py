"""Benchmark: the cost of one pack-composer edit now that each is kept in the project (a committed row,
like a correction), beside the same edits in memory only (the composer before) and a correction.

    python tests/benchmarks/bench_pack_edit.py [--edits 300] [--no-write]

Per strategy, ``--edits`` edits alternate a country filter and a keystroke in the title, on a project
holding the appeal test document; wall and CPU milliseconds per edit, and the CPU time to replay the
journal when the project is opened again. Rewrites the ``pack-edits`` section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.benchmarks._results import write_section  # noqa: E402

from tests.benchmarks.bench_export import machine  # noqa: E402


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _edits(history, n: int) -> tuple[list[float], float]:
    from app.packs import pack_edit as pe
    from app.packs.selection import Filters

    walls = []
    cpu = _cpu()
    for i in range(n):
        start = time.perf_counter()
        if i % 2:
            history.do(pe.set_field(history.definition, "title", "Somalia briefing"[: i % 16 + 1]))
        else:
            history.do(pe.set_filters(history.definition, Filters(countries=["SOM"] if i % 4 else ["KEN"])))
        walls.append((time.perf_counter() - start) * 1000)
    return walls, (_cpu() - cpu) * 1000 / n


def _corrections(project, n: int) -> tuple[list[float], float]:
    sha = next(iter(project.documents))
    table = project.documents[sha].tables[0]
    walls = []
    cpu = _cpu()
    row = table.header_rows
    for i in range(n):
        start = time.perf_counter()
        # no "old": the cell's current text is whatever the previous correction left
        project.apply(sha, {"op": "set_cell", "table": table.id, "row": row, "col": 1, "text": str(1000 + i)})
        walls.append((time.perf_counter() - start) * 1000)
    return walls, (_cpu() - cpu) * 1000 / n


def run(n: int) -> dict:
    from app.packs.pack_edit import PackHistory
    from app.project.project import Project
    from tests.data import load_document

    folder = Path(tempfile.mkdtemp(prefix="bb-bench-pack-"))
    path = folder / "p.bbproj"
    project = Project.create(path)
    project.set_extraction(load_document("appeal"), "bench")
    rows = {}
    rows["kept in the project (now)"] = _edits(PackHistory.open(project.store), n)
    rows["in memory only (the composer before)"] = _edits(PackHistory(None), n)
    rows["a correction (Project.apply), for comparison"] = _corrections(project, n)
    project.close()
    project = Project.open(path)
    cpu = _cpu()
    PackHistory.open(project.store)
    replay = (_cpu() - cpu) * 1000
    project.close()
    return {"rows": rows, "replay_ms": replay, "journal_rows": n + 1}


def section(result: dict, n: int) -> str:
    lines = [
        "## Pack composer: cost of an edit kept in the project",
        "",
        f"Measured {dt.date.today().isoformat()} on {machine()}, on the machine's disk (shared with other work; "
        f"load average {os.getloadavg()[0]:.0f} at the end of the run). "
        f"Script: `tests/benchmarks/bench_pack_edit.py` ({n} edits per strategy: a country filter and a "
        "keystroke in the title, alternately; each kept edit is one committed row, synchronous=FULL).",
        "",
        "| Pack edits | wall ms per edit, median | p95 | CPU ms per edit |",
        "|---|---:|---:|---:|",
    ]
    for name, (walls, cpu) in result["rows"].items():
        walls = sorted(walls)
        p95 = walls[int(len(walls) * 0.95) - 1]
        lines.append(f"| {name} | {statistics.median(walls):.2f} | {p95:.2f} | {cpu:.2f} |")
    lines += [
        "",
        f"Opening the project again replays the composer's journal ({result['journal_rows']} rows) in "
        f"{result['replay_ms']:.0f} ms of CPU. A kept edit costs what a correction costs (one commit); typing "
        "in a field commits one row a keystroke (one step in the undo history), on the GUI thread like a correction.",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    result = run(args.edits)
    text = section(result, args.edits)
    print(text)
    if not args.no_write:
        write_section("pack-edits", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
