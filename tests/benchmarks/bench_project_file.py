"""Benchmark: the cost of one correction and how complete a copy of the .bbproj alone is, per
journal strategy.

    python tests/benchmarks/bench_project_file.py [--corrections 300] [--copies 50] [--no-write]

Strategies, all with ``synchronous=FULL`` and one committed transaction per correction (the project's
durability rule):

* ``WAL`` — write-ahead log, SQLite's automatic checkpoint only (the design before this change);
* ``WAL + idle checkpoint`` — what app.project.store does: a checkpoint on a separate connection
  ``IDLE_CHECKPOINT`` seconds after a write (measured through :class:`app.project.store.ProjectStore`);
* ``WAL + checkpoint per correction`` — the write-ahead log copied into the file after every commit;
* ``DELETE`` / ``TRUNCATE`` — a rollback journal: every commit writes the file itself.

Copy completeness: a writing process makes corrections in bursts (1 to 7, pauses of 50-450 ms) while
this process copies the ``.bbproj`` alone (as a user copies or mails it) every 370 ms; for each copy,
the corrections acknowledged at least 2 s before it that it lacks, and whether it opens at all.
Rewrites the ``project-file`` section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.benchmarks._results import write_section  # noqa: E402

from tests.benchmarks.bench_export import machine  # noqa: E402

OP = json.dumps({"op": "set_cell", "table": "p45-t1", "row": 5, "col": 3, "text": "710,000", "old": "700,000"})
SHA = "ab" * 32


def _raw_costs(mode: str, n: int, checkpoint_each: bool) -> list[float]:
    folder = Path(tempfile.mkdtemp(prefix="bb-bench-"))
    try:
        db = sqlite3.connect(str(folder / "p.bbproj"), isolation_level=None)
        db.execute(f"PRAGMA journal_mode = {mode}")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("CREATE TABLE journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, sha256 TEXT, op TEXT, "
                   "kind TEXT, created_at REAL)")
        db.execute("CREATE TABLE extractions (sha256 TEXT, data TEXT)")
        db.execute("INSERT INTO extractions VALUES (?, ?)", (SHA, "x" * 2_000_000))  # a document's baseline
        out = []
        for _ in range(n):
            t = time.perf_counter()
            db.execute("BEGIN")
            db.execute("INSERT INTO journal(sha256, op, kind, created_at) VALUES (?, ?, 'do', ?)", (SHA, OP, time.time()))
            db.execute("COMMIT")
            if checkpoint_each:
                db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            out.append(time.perf_counter() - t)
        db.close()
        return out
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _store_costs(n: int, checkpoint: bool = True) -> list[float]:
    import app.project.store as store_module
    from app.document.model import DocumentData, SourceDocument
    from app.project.store import ProjectStore

    saved = store_module.IDLE_CHECKPOINT
    if not checkpoint:
        store_module.IDLE_CHECKPOINT = 10**9  # the design before: automatic checkpoints only
    folder = Path(tempfile.mkdtemp(prefix="bb-bench-"))
    try:
        store = ProjectStore.create(folder / "p.bbproj")
        doc = SourceDocument(path="a.pdf", sha256=SHA, pages=1)
        store.add_document(doc)
        store.put_extraction(DocumentData(doc), "s")
        store._db.execute("UPDATE extractions SET data = ?", ("x" * 2_000_000,))
        out = []
        op = json.loads(OP)
        for i in range(n):
            t = time.perf_counter()
            store.append_journal(SHA, op)
            out.append(time.perf_counter() - t)
            if i % 10 == 9:
                time.sleep(0.6)  # a pause: the idle checkpoint runs (its cost is not the correction's)
        store.close()
        return out
    finally:
        store_module.IDLE_CHECKPOINT = saved
        shutil.rmtree(folder, ignore_errors=True)


WRITER = """
import sys, time, json
sys.path.insert(0, sys.argv[4])
from app.project.store import ProjectStore
import app.project.store as store_module
if sys.argv[3] == "off":
    store_module.IDLE_CHECKPOINT = 10**9  # the design before: automatic checkpoints only
store = ProjectStore.open(sys.argv[1])
end = time.time() + float(sys.argv[2])
i = 0
while time.time() < end:
    for _ in range(1 + i % 7):
        store.append_journal("ab" * 64, {"op": "set_cell", "text": str(i)})
        print(i, time.time(), flush=True)
        i += 1
    time.sleep(0.05 + (i % 5) * 0.1)
time.sleep(60)
"""


def _copies(checkpoint: bool, copies: int) -> dict:
    from app.project.store import ProjectStore

    folder = Path(tempfile.mkdtemp(prefix="bb-bench-"))
    try:
        path = folder / "p.bbproj"
        ProjectStore.create(path).close()
        seconds = copies * 0.37 + 1
        writer = subprocess.Popen([sys.executable, "-c", textwrap.dedent(WRITER), str(path), str(seconds),
                                   "on" if checkpoint else "off", str(ROOT)], stdout=subprocess.PIPE, text=True)
        taken = []
        try:
            time.sleep(0.5)
            for k in range(copies):
                time.sleep(0.37)
                target = folder / f"copy{k}.bbproj"
                stamp = time.time()
                shutil.copyfile(path, target)
                taken.append((stamp, target))
        finally:
            writer.kill()
            out, _ = writer.communicate()
        acks = [float(line.split()[1]) for line in out.splitlines() if line.strip()]
        missing = due = malformed = incomplete = 0
        for stamp, target in taken:
            expected = sum(1 for t in acks if t <= stamp - 2.0)
            try:
                db = sqlite3.connect(target)
                ok = db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                have = db.execute("SELECT COUNT(*) FROM journal").fetchone()[0] if ok else 0
                db.close()
            except sqlite3.DatabaseError:
                ok, have = False, 0
            malformed += not ok
            due += expected
            lost = max(0, expected - have)
            missing += lost
            incomplete += lost > 0
        return {"copies": len(taken), "due": due, "missing": missing, "incomplete": incomplete,
                "malformed": malformed, "corrections": len(acks)}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _ms(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    return statistics.median(values) * 1000, values[int(len(values) * 0.95) - 1] * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corrections", type=int, default=300)
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    from app.project.store import IDLE_CHECKPOINT

    n = args.corrections
    rows = [
        ("WAL, automatic checkpoints only (raw SQLite)", _ms(_raw_costs("WAL", n, False))),
        ("WAL, automatic checkpoints only (app.project.store, before)", _ms(_store_costs(n, checkpoint=False))),
        (f"WAL + checkpoint {IDLE_CHECKPOINT:g} s after a write (app.project.store, now)", _ms(_store_costs(n))),
        ("WAL + checkpoint after every correction", _ms(_raw_costs("WAL", n, True))),
        ("rollback journal, DELETE", _ms(_raw_costs("DELETE", n, False))),
        ("rollback journal, TRUNCATE", _ms(_raw_costs("TRUNCATE", n, False))),
    ]
    before = _copies(False, args.copies)
    after = _copies(True, args.copies)
    lines = [
        "## Project file: cost of a correction, completeness of a copied `.bbproj`",
        "",
        f"Measured {dt.date.today().isoformat()} on {machine()}, SQLite {sqlite3.sqlite_version}, on the "
        f"machine's disk (shared with other work). Script: `tests/benchmarks/bench_project_file.py` "
        f"({n} corrections per strategy, each its own transaction with synchronous=FULL, beside a 2 MB "
        "baseline).",
        "",
        "| Journal strategy | ms per correction, median | p95 |",
        "|---|---:|---:|",
    ]
    lines += [f"| {name} | {med:.2f} | {p95:.2f} |" for name, (med, p95) in rows]
    lines += [
        "",
        f"Copies of the `.bbproj` alone taken every 0.37 s while another process makes corrections in "
        f"bursts ({args.copies} copies per run): corrections acknowledged at least 2 s before a copy that "
        "the copy lacks.",
        "",
        "| Strategy | corrections made | copies | due in copies | missing | copies missing some | malformed copies |",
        "|---|---:|---:|---:|---:|---:|---:|",
        "| WAL, automatic checkpoints only (before) | {corrections} | {copies} | {due} | {missing} | {incomplete} | "
        "{malformed} |".format(**before),
        "| WAL + checkpoint after a write (now) | {corrections} | {copies} | {due} | {missing} | {incomplete} | "
        "{malformed} |".format(**after),
        "",
        "Chosen: the write-ahead log with a checkpoint on its own connection shortly after a write (at "
        f"most one per {IDLE_CHECKPOINT:g} s, off the caller's path). Compare the two app.project.store rows for its "
        "cost per correction (a write that meets a running checkpoint waits for it); a rollback journal "
        "or a checkpoint per correction costs several times more on every correction.",
    ]
    section = "\n".join(lines)
    print(section)
    if args.no_write:
        return
    write_section("project-file", section)


if __name__ == "__main__":
    main()
