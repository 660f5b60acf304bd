"""The work left after a document's last page (issue #13): its pages' results replayed through
:class:`app.extract.pipeline.Assembly`, the document-level steps timed in one process.

    python tests/benchmarks/bench_assembly.py [--pdf x.pdf | --copies 4] [--rounds 7] [--phases]
        [--json out.json] [--pages-cache DIR]

The pages are extracted once (default workers) and their results kept in ``--pages-cache`` (a
pickle per document, reused while the PDF is unchanged); each round then gives every result to a
fresh ``Assembly`` (``add``, not timed) and times ``finish`` in CPU seconds of this process: on the
2-core machine this is what runs on one core after the page workers are done, and it is measured
without them, so a busy machine disturbs it far less than the whole ``extract`` run of
``bench_long_document.py``. Reported: the median and the lowest of the rounds, the load at the start.

``--phases`` also times the steps inside (body style, reading order, headings, section texts,
tags ...) by wrapping them, one more round. ``--json`` writes the last round's document as the JSON
``extract`` writes: run it under two checkouts (``PYTHONPATH=<checkout>``) and compare the files for
the "same JSON" check of a change that must not alter any output. Never asserted in the tests.
The document by default: the bundled Migration Initiatives sample ``--copies`` times over, as in
``bench_long_document.py`` (304 pages at 4 copies).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import importlib
import json
import os
import pickle
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

#: the document-level steps timed with ``--phases`` (module, function); a step inside another is
#: counted in both
PHASES = [
    ("app.extract.tables.repair", "repair_tables"),
    ("app.extract.sections", "build_sections"),
    ("app.extract.sections.analysis", "body_stats"),
    ("app.extract.sections.analysis", "mark_running"),
    ("app.extract.sections.analysis", "mark_figures"),
    ("app.extract.sections.analysis", "mark_captions_and_quotes"),
    ("app.extract.sections.reading", "order_page"),
    ("app.extract.sections.toc", "find_toc"),
    ("app.extract.sections.headings", "infer_headings"),
    ("app.extract.sections.outline", "place_outline"),
    ("app.extract.sections.tree", "assemble"),
    ("app.extract.sections.tree", "_repairer"),
    ("app.document.tags", "tag_document"),
]


def page_results(pdf: Path, cache: Path):
    """(document, results, warnings) of every page of ``pdf``, extracted once per content."""
    from app.extract.pipeline import Extraction

    digest = hashlib.sha256(pdf.read_bytes()).hexdigest()[:16]
    kept = cache / f"{pdf.stem}-{digest}.pickle"
    if kept.exists():
        with kept.open("rb") as fh:
            return pickle.load(fh)
    run = Extraction(str(pdf))
    made = (run.document, list(run), list(run.warnings))
    cache.mkdir(parents=True, exist_ok=True)
    with kept.open("wb") as fh:
        pickle.dump(made, fh)
    return made


def _timed(totals: dict[str, float]) -> None:
    """Wrap each step of :data:`PHASES` to add its CPU time to ``totals`` (callers look the names up on
    their modules when they run, so the wrappers are found)."""
    for module, name in PHASES:
        mod = importlib.import_module(module)
        func = getattr(mod, name, None)
        if func is None:
            continue

        def wrapper(*args, _func=func, _name=name, **kwargs):
            t0 = time.process_time()
            try:
                return _func(*args, **kwargs)
            finally:
                totals[_name] += time.process_time() - t0

        setattr(mod, name, functools.wraps(func)(wrapper))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pdf")
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--phases", action="store_true")
    ap.add_argument("--json")
    ap.add_argument("--pages-cache", default=str(Path(tempfile.gettempdir()) / "bb-assembly-pages"))
    a = ap.parse_args()
    cache = Path(a.pages_cache)
    if a.pdf:
        pdf = Path(a.pdf)
    else:
        from bench_long_document import build

        pdf = cache / f"mi-{a.copies}x.pdf"
        if not pdf.exists():
            cache.mkdir(parents=True, exist_ok=True)
            build(a.copies, pdf)
    document, results, warnings = page_results(pdf, cache)
    raw = pickle.dumps((results, warnings))

    from app.extract.pipeline import Assembly, prepare_assembly

    prepare_assembly()  # as extract_document does while the pages are extracted

    def one_round(added=None):
        # a fresh copy each round: the steps give the pages' lines and tables roles and links
        rs, ws = pickle.loads(raw)
        assembly = Assembly()
        for r in rs:
            assembly.add(r)
        if added is not None:
            added()
        t0 = time.process_time()
        data = assembly.finish(document, path=str(pdf), warnings=ws)
        return data, time.process_time() - t0

    load = os.getloadavg()[0]
    one_round()  # caches a first run fills (compiled patterns, word weights) are filled in extract too
    times = []
    data = None
    for _ in range(a.rounds):
        data, t = one_round()
        times.append(t)
    print(f"{pdf.name}: {len(results)} pages; Assembly.finish CPU s over {a.rounds} rounds: "
          f"median {statistics.median(times):.3f}, lowest {min(times):.3f}; load at start {load:.1f}")
    if a.phases:
        totals: dict[str, float] = defaultdict(float)
        _timed(totals)
        # only the steps of ``finish``: ``add`` runs some of them ahead (a page's reading order on a guess)
        _, t = one_round(added=totals.clear)
        print(f"  steps (one round, {t:.3f} CPU s in all; a step inside another counts in both):")
        for name, secs in sorted(totals.items(), key=lambda kv: -kv[1]):
            print(f"    {name:28s} {secs:.3f}")
    if a.json and data is not None:
        Path(a.json).write_text(json.dumps(data.to_json(), ensure_ascii=False, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
