"""The table benchmarks' bookkeeping: what a partial run keeps on --write, and peers taken from an
earlier run (``--peers-from``) so our rows can be refreshed alone after a rule change."""

from __future__ import annotations

import json

import pytest

from tests.benchmarks import bench_tables as bt

INFO = {"cores": 2, "cpu": "cpu", "ram": "1 GB", "python": "3", "os": "os", "versions": {}, "java": "java",
        "algorithm": "bb-tables-x"}


def _summary(f1: float) -> dict:
    return {"detection_recall": 1.0, "detection_precision": 1.0, "doc_f1": f1, "doc_precision": f1,
            "doc_recall": f1, "pooled_f1": f1, "pooled_precision": f1, "pooled_recall": f1}


def _tool(f1: float) -> dict:
    return {"summary": _summary(f1), "median_s_per_page": 0.05, "mean_s_per_page": 0.05,
            "median_cpu_s_per_page": 0.02, "peak_mb": 100.0, "errors": [], "load": 1.0,
            "documents": {"eu-001": {"f1": f1}}}


def _icdar(**tools) -> dict:
    return {"documents": ["eu-001"], "tools": {t.replace("_", "-"): _tool(v) for t, v in tools.items()}}


DOC = """# Benchmarks

<!-- tables:start -->
## Tables
old header
<!-- tables-notes:start -->
A hand-written note on an earlier run.
<!-- tables-notes:end -->
<!-- tables-samples:start -->
### Bundled samples
old samples figures
<!-- tables-samples:end -->

<!-- tables-large:start -->
### Large document
old large figures
<!-- tables-large:end -->

<!-- tables-heldout:start -->
### Held-out tabula
old tabula figures
<!-- tables-heldout:end -->

<!-- tables-suite:start -->
### Held-out suite
old suite figures
<!-- tables-suite:end -->
<!-- tables:end -->

<!-- other:start -->
untouched
<!-- other:end -->
"""


def test_a_partial_run_keeps_notes_and_parts_it_did_not_measure(tmp_path):
    doc = tmp_path / "benchmarks.md"
    doc.write_text(DOC)
    md = bt.render_markdown(_icdar(ours=0.99, pdfplumber=0.5), None, None, None, INFO, "2026-12-03")
    bt.write_section(md, doc)
    text = doc.read_text()
    assert "| **Briefing Builder** (one process) |" in text and "0.990" in text
    assert "old header" not in text
    for kept in ("A hand-written note on an earlier run.", "old samples figures", "old large figures",
                 "old tabula figures", "old suite figures", "untouched"):
        assert text.count(kept) == 1, kept
    # the kept parts stay where they were: samples, large document, tabula's tests, camelot's suite
    assert text.index("old samples") < text.index("old large") < text.index("old tabula") < text.index("old suite")


def test_peers_from_an_earlier_run_beside_our_new_rows(tmp_path):
    earlier = {"date": "2026-12-03", "started": "2026-12-03 17:00", "finished": "2026-12-03 17:40",
               "load": [3.0, 5.0], "machine": {"algorithm": "bb-tables-11"},
               "icdar": _icdar(ours=0.5, camelot_hybrid=0.8, pymupdf=0.4)}
    path = tmp_path / "peers.json"
    path.write_text(json.dumps(earlier))
    now = _icdar(ours=0.99)
    bt.apply_peers_from(path, {"icdar": now, "samples": None}, lambda m: None)
    assert list(now["tools"]) == ["ours", "camelot-hybrid", "pymupdf"]
    assert now["tools"]["ours"]["summary"]["doc_f1"] == 0.99  # ours from this run, not the earlier one
    assert now["tools"]["camelot-hybrid"]["from_earlier_run"]
    md = bt.render_markdown(now, None, None, None, INFO, "2026-12-03")
    assert "2026-12-03 17:00–17:40 UTC" in md and "bb-tables-11" in md
    assert "margin over the best peer (camelot hybrid, 0.800) +0.190" in md


def test_peers_from_refuses_a_run_on_other_documents(tmp_path):
    path = tmp_path / "peers.json"
    path.write_text(json.dumps({"icdar": {"documents": ["eu-002"], "tools": {"pymupdf": _tool(0.4)}}}))
    with pytest.raises(SystemExit):
        bt.apply_peers_from(path, {"icdar": _icdar(ours=0.99)}, lambda m: None)


def test_generated_section_says_where_the_peers_figures_come_from():
    from tests.benchmarks import bench_generated as bg

    s = {"pages": 1, "tables": 1, "mean_f1": 0.9, "pooled_f1": 0.9, "pooled_precision": 0.9, "pooled_recall": 0.9,
         "cells_exact": 0.9, "rows_exact": 0.8, "tables_exact": 0.7}
    earlier = {"date": "2026-12-03T17:30", "started": "2026-12-03T16:53", "load_start": 3.0, "load_end": 4.0,
               "machine": {"algorithm": "bb-tables-11"}, "tools": {}}
    assert bg._run_window(earlier) == "16:53–17:30 UTC"
    # without a recorded start, the window is the end less the tools' seconds
    assert bg._run_window({"date": "2026-12-03T17:30", "tools": {"a": {"seconds": 600}}}) == "17:20–17:30 UTC"
    res = {"date": "2026-12-03T18:00", "tools": {
        "ours": {"summary": s, "families": {"ruled": s}, "engines": {}, "cpu_s_per_page": 0.03, "errors": 0,
                 "load": 5.0, "seconds": 60},
        "pymupdf": {"summary": s, "families": {"ruled": s}, "engines": {}, "cpu_s_per_page": 0.3, "errors": 0,
                    "load": 6.0, "seconds": 600, "from_earlier_run": True}},
        "peers_run": {"date": earlier["date"], "window": bg._run_window(earlier), "load_start": 3.0,
                      "load_end": 4.0, "algorithm": "bb-tables-11"}}
    manifest = {"generator": 2, "documents": [{"split": "validation", "family": "ruled", "engine": "reportlab",
                                               "pages": [{"tables": [{}]}]}]}
    md = bg.render(res, manifest, INFO, "2026-12-03", 3.0, 4.0)
    assert "earlier run on the same documents (2026-12-03 16:53–17:30 UTC, load 3.0 → 4.0, our rules then " \
           "`bb-tables-11`" in md
    assert "| 0.300 | 0 | 6.0 |" in md  # CPU seconds and the load of that tool's run


def test_suite_refreshed_alone_keeps_the_peers_and_the_reference(tmp_path):
    """``--suite --tools ours --peers-from``: ours scored now; peers and camelot's reference from the file."""
    from tests.helpers import shared_dir

    shared = shared_dir()
    real_world = shared / "corpus" / "real-world" if shared else None
    if real_world is None or not (real_world / "camelot").is_dir():
        pytest.skip("../shared/corpus/real-world (camelot's test PDFs) not present")
    from _heldout import bench_suite, render_suite_markdown

    def nothing(tool, pdf, timeout, script=None, extra=()):  # a tool that finds no table, without a process
        return {"tables": [], "page_seconds": [0.01]}

    now = bench_suite(real_world, ["ours"], 10, lambda m: None, nothing, reference=False)
    assert "reference" not in now and now["load"]
    reference = {m: {"summary": {**now["tools"]["ours"][m]["summary"], "mean_f1": 0.944}} for m in ("area", "page")}
    earlier = {"started": "2026-12-03 17:00", "finished": "2026-12-03 17:40", "load": [9.0, 15.0],
               "machine": {"algorithm": "bb-tables-11"},
               "suite": {"cases": now["cases"], "reference": reference,
                         "tools": {"ours": {"stale": True}, "camelot-hybrid": now["tools"]["ours"]}}}
    path = tmp_path / "peers.json"
    path.write_text(json.dumps(earlier))
    bt.apply_peers_from(path, {"suite": now}, lambda m: None)
    assert list(now["tools"]) == ["ours", "camelot-hybrid"] and "stale" not in now["tools"]["ours"]
    assert now["reference"]["page"]["summary"]["mean_f1"] == 0.944
    assert "from the run of 2026-12-03 17:00–17:40 UTC, 1-minute load 9.0 at its start and 15.0 at its end" in render_suite_markdown(now, INFO)


def test_peers_run_of_a_file_that_took_its_peers_from_an_earlier_one():
    from tests.benchmarks import bench_generated as bg

    first = {"date": "2026-12-03T17:51", "load_start": 1.2, "load_end": 16.9, "tools": {"pymupdf": {"seconds": 3600}}}
    run = bg.peers_run(first)
    assert run["window"] == "16:51–17:51 UTC" and run["load_end"] == 16.9
    # the earlier file's tools are not yet marked when the window is taken
    refreshed = {"date": "2026-12-04T09:00", "load_start": 0.5, "load_end": 0.6, "peers_run": run, "tools": {}}
    assert bg.peers_run(refreshed) == run


def test_a_run_with_the_suite_but_not_tabulas_tests_keeps_their_place(tmp_path):
    doc = tmp_path / "benchmarks.md"
    doc.write_text(DOC)
    s = {"cases": 1, "mean_f1": 0.76, "mean_precision": 0.7, "mean_recall": 0.8, "pooled_f1": 0.8,
         "pooled_precision": 0.8, "pooled_recall": 0.8, "exact_cells": 1, "cells": 2, "mean_cell_accuracy": 0.5,
         "errors": 0}
    suite = {"date": "2026-12-03", "cases": ["a"], "load": [1.0, 2.0],
             "tools": {"ours": {"page": {"summary": s, "cases": {}}}}}
    md = bt.render_markdown(_icdar(ours=0.99), None, None, None, INFO, "2026-12-03", None, suite)
    bt.write_section(md, doc)
    text = doc.read_text()
    assert "old suite figures" not in text and "| **Briefing Builder** |" in text
    assert text.count("old tabula figures") == 1
    assert text.index("old large") < text.index("old tabula") < text.index("Held-out documents, camelot")
