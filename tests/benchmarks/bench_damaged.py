"""Damaged PDFs: does Briefing Builder still get the content out, without crashing or hanging?

    python -m tests.benchmarks.bench_damaged [--count 1000] [--seed 11] [--workers 2] [--corpus]
                                             [--no-write]

Makes ``count`` seeded mutants (:mod:`tests.benchmarks.pdf_mutants`) in a temporary folder and, for
each, runs our extraction the way the app does (``describe`` then every page through the pipeline,
in-process) and pypdfium2 (text of every page) as the peer. A file *yields content* when at least one
page gives words or a table (ours) or non-blank text (pypdfium2). Each file runs in a pool process
with a time limit, so a crash or a hang is counted, not fatal. Also counted: files after which the
PDF parser wrote to stderr, and messages naming a file other than the document.

Writes the ``damaged`` section of docs/benchmarks.md (unless ``--no-write``).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import multiprocessing
import os
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILE_LIMIT = 240.0  # seconds one file may take (both tools) before it counts as a hang
#: How the app words the note on a document read from a repaired copy, and on a rebuilt page.
DAMAGE_NOTE = "is damaged: it was repaired in memory"
REBUILT_NOTE = "page rebuilt from its content alone"


def _capture_stderr(fn, *args):
    """Run ``fn`` with file descriptor 2 sent to a temporary file; return (result, what was written)."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as tmp:
        os.dup2(tmp.fileno(), 2)
        try:
            result = fn(*args)
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
        tmp.seek(0)
        return result, tmp.read().decode("utf-8", "replace")


def run_ours(path: str, full: bool = False) -> dict:
    from app.source.pdf import PdfError, describe
    from app.extract.pipeline import Extraction, ExtractSettings

    t0, c0 = time.perf_counter(), time.process_time()
    try:
        doc = describe(path)
    except PdfError as exc:
        return {"status": "refused", "message": str(exc), "seconds": time.perf_counter() - t0,
                "cpu": time.process_time() - c0}
    settings = ExtractSettings() if full else ExtractSettings(tables=False, sections=False)
    run = Extraction(path, workers=0, document=doc, page_timeout=30, settings=settings)
    results = list(run)
    content = [r.page for r in results if r.words or r.tables]
    messages = [w.message for w in run.warnings] + [w.message for r in results for w in r.warnings]
    return {
        "status": "content" if content else "empty",
        "pages": doc.pages,
        "pages_with_content": len(content),
        "pages_rebuilt": sum(any(w.message.startswith(REBUILT_NOTE) for w in r.warnings) for r in results),
        "repaired_note": any(w.page == 0 and DAMAGE_NOTE in w.message for r in results for w in r.warnings),
        "message": "; ".join(messages[:3]),
        "messages": messages,
        "seconds": time.perf_counter() - t0,
        "cpu": time.process_time() - c0,
    }


def run_pdfium(path: str) -> dict:
    import pypdfium2 as pdfium

    t0, c0 = time.perf_counter(), time.process_time()
    try:
        doc = pdfium.PdfDocument(path)
    except Exception as exc:
        return {"status": "refused", "message": str(exc), "seconds": time.perf_counter() - t0,
                "cpu": time.process_time() - c0}
    pages = 0
    try:
        for i in range(len(doc)):
            try:
                page = doc[i]
                tp = page.get_textpage()
                if tp.get_text_range().strip():
                    pages += 1
                tp.close()
                page.close()
            except Exception:
                continue
    finally:
        doc.close()
    return {"status": "content" if pages else "empty", "pages_with_content": pages,
            "seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0}


def _one(path: str, full: bool = False) -> dict:
    out: dict = {"file": Path(path).name}
    try:
        ours, noise = _capture_stderr(run_ours, path, full)
        ours["stderr"] = noise
    except BaseException as exc:  # a crash of ours: counted, not fatal to the run
        ours = {"status": "crash", "message": f"{type(exc).__name__}: {exc}", "stderr": ""}
    out["ours"] = ours
    try:
        out["pdfium"] = run_pdfium(path)
    except BaseException as exc:
        out["pdfium"] = {"status": "crash", "message": f"{type(exc).__name__}: {exc}"}
    return out


def _init_worker() -> None:
    import logging

    logging.getLogger().handlers.clear()


def run_all(paths: list[str], workers: int, full: bool = False) -> list[dict]:
    """Every file through :func:`_one` in a pool; a file over FILE_LIMIT counts as a hang and the
    pool is replaced (the processes still on it are killed)."""
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods()
                                      else "spawn")
    results: dict[str, dict] = {}
    todo = list(paths)
    while todo:
        pool = ctx.Pool(workers, initializer=_init_worker, maxtasksperchild=40)
        pending = [(p, pool.apply_async(_one, (p, full))) for p in todo]
        broken = False
        for i, (p, res) in enumerate(pending):
            try:
                results[p] = res.get(timeout=FILE_LIMIT)
            except multiprocessing.TimeoutError:
                results[p] = {"file": Path(p).name, "ours": {"status": "hang"}, "pdfium": {"status": "hang"}}
                todo = [q for q, _ in pending[i + 1:] if q not in results]
                broken = True
                break
            except Exception as exc:
                results[p] = {"file": Path(p).name, "ours": {"status": "crash", "message": str(exc)},
                              "pdfium": {"status": "unknown"}}
            done = len(results)
            if done % 100 == 0:
                print(f"  {done}/{len(paths)}", flush=True)
        pool.terminate()
        pool.join()
        if not broken:
            todo = []
    return [results[p] for p in paths]


def foreign_names(result: dict) -> list[str]:
    """Names of PDF files in our messages other than the document's own."""
    own = result["file"]
    text = " ".join(result["ours"].get("messages") or [result["ours"].get("message", "")])
    return [n for n in re.findall(r"[\w.-]+\.pdf\b", text) if n != own]


def summarise(rows: list[dict]) -> dict:
    n = len(rows)
    s: dict = {"n": n}
    s["ours_content"] = sum(r["ours"]["status"] == "content" for r in rows)
    s["pdfium_content"] = sum(r["pdfium"]["status"] == "content" for r in rows)
    s["ours_crash"] = sum(r["ours"]["status"] == "crash" for r in rows)
    s["hang"] = sum(r["ours"]["status"] == "hang" for r in rows)
    s["pdfium_only"] = [r["file"] for r in rows
                        if r["pdfium"]["status"] == "content" and r["ours"]["status"] != "content"]
    s["ours_only"] = sum(r["ours"]["status"] == "content" and r["pdfium"]["status"] != "content" for r in rows)
    s["noise"] = sum(bool(r["ours"].get("stderr")) for r in rows)
    s["foreign"] = sum(bool(foreign_names(r)) for r in rows)
    s["pages_ours"] = sum(r["ours"].get("pages_with_content", 0) for r in rows)
    s["pages_pdfium"] = sum(r["pdfium"].get("pages_with_content", 0) for r in rows)
    s["seconds"] = sum(r["ours"].get("seconds", 0.0) for r in rows)
    s["seconds_pdfium"] = sum(r["pdfium"].get("seconds", 0.0) for r in rows)
    s["cpu"] = sum(r["ours"].get("cpu", 0.0) for r in rows)
    s["cpu_pdfium"] = sum(r["pdfium"].get("cpu", 0.0) for r in rows)
    s["repaired_noted"] = sum(bool(r["ours"].get("repaired_note")) for r in rows)
    s["pages_rebuilt"] = sum(r["ours"].get("pages_rebuilt", 0) for r in rows)
    by_kind: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        kind = r["file"].split("-")[1]
        by_kind[kind]["n"] += 1
        by_kind[kind]["ours"] += r["ours"]["status"] == "content"
        by_kind[kind]["pdfium"] += r["pdfium"]["status"] == "content"
    s["by_kind"] = by_kind
    return s


def markdown(s: dict, args, machine: str, bases: list[str]) -> str:
    import pdfplumber
    from pypdfium2.version import PYPDFIUM_INFO

    try:
        import pikepdf

        pike = f", pikepdf {pikepdf.__version__} (qpdf {pikepdf.__libqpdf_version__})"
    except ImportError:
        pike = ""
    n = s["n"]

    def pct(k: int) -> str:
        return f"{k} ({100 * k / max(1, n):.1f}%)"

    lines = [
        "## Damaged PDFs",
        "",
        f"`python -m tests.benchmarks.bench_damaged --count {args.count} --seed {args.seed}`: {n} mutants "
        f"made by `tests/benchmarks/pdf_mutants.py` (byte flips, truncations, cross-reference damage, "
        f"stream corruption, object deletion, and two of them at once) from {len(bases)} base PDFs "
        f"({', '.join(bases)}): generated reports (plain, compressed, object streams) and 3-page pieces "
        "of the bundled samples. A file yields content when a page gives words or a table (ours: "
        "`describe` then every page through the page pipeline, as the app runs it"
        + (")" if args.full else ", text layer only: `ExtractSettings(tables=False, sections=False)`, since "
           "the table and section steps read what the page parse gives and every failure of theirs is "
           "already turned into a page warning; `--full` runs them too)")
        + " or non-blank text (pypdfium2, the peer).",
        "",
        "| | Briefing Builder | pypdfium2 |",
        "| --- | ---: | ---: |",
        f"| files yielding content | {pct(s['ours_content'])} | {pct(s['pdfium_content'])} |",
        f"| pages yielding content | {s['pages_ours']} | {s['pages_pdfium']} |",
        f"| files only this tool reads | {s['ours_only']} | {len(s['pdfium_only'])} |",
        f"| crashes / hangs (over {FILE_LIMIT:g} s) | {s['ours_crash']} / {s['hang']} | |",
        f"| files after which the PDF parser wrote to stderr | {s['noise']} | |",
        f"| files whose messages name another file | {s['foreign']} | |",
        f"| files read from a repaired copy, with a note naming the document | {s['repaired_noted']} | |",
        f"| pages rebuilt from their content alone (page dictionary lost; marked) | {s['pages_rebuilt']} | |",
        f"| time, all files (s): CPU / wall | {s['cpu']:.0f} / {s['seconds']:.0f} "
        f"| {s['cpu_pdfium']:.0f} / {s['seconds_pdfium']:.0f} |",
        "",
        "| damage | files | ours | pypdfium2 |",
        "| --- | ---: | ---: | ---: |",
    ]
    for kind, c in sorted(s["by_kind"].items()):
        lines.append(f"| {kind} | {c['n']} | {c['ours']} | {c['pdfium']} |")
    lines += [
        "",
        f"Measured {_dt.date.today().isoformat()} on {machine}; pdfplumber {pdfplumber.__version__}, "
        f"pypdfium2 {PYPDFIUM_INFO}{pike}. Ours opens each file up to three times (the page count, "
        f"`describe`, the pages), repairing it each time when needed. {args.workers} files at a time, "
        f"{s.get('wall', 0):.0f} s wall for the run; load average (1 min) {s.get('load', (0, 0))[0]:.1f} "
        f"at the start, {s.get('load', (0, 0))[1]:.1f} at the end (the machine was shared: compare CPU "
        "seconds).",
    ]
    if s["pdfium_only"]:
        lines += ["", "Files pypdfium2 reads and we do not: " + ", ".join(s["pdfium_only"][:20])
                  + (" …" if len(s["pdfium_only"]) > 20 else "") + "."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from tests.benchmarks.bench_export import machine
    from tests.benchmarks.pdf_mutants import base_pdfs, mutants

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--corpus", action="store_true", help="also mutate ../shared/corpus files (run time only)")
    ap.add_argument("--full", action="store_true",
                    help="run table detection and section features on every page too (several times slower)")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--keep", type=Path, help="keep the mutants and a JSON of the results in this folder")
    args = ap.parse_args(argv)
    corpus = None
    if args.corpus:
        from tests.helpers import shared_dir

        shared = shared_dir()
        corpus = shared / "corpus" if shared else None
    bases = base_pdfs(corpus)
    with tempfile.TemporaryDirectory(prefix="bb-damaged-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for m in mutants(bases, args.count, args.seed):
            p = folder / f"{m.name}.pdf"
            p.write_bytes(m.data)
            paths.append(str(p))
        t0 = time.time()
        load_before = os.getloadavg()[0]
        rows = run_all(paths, args.workers, args.full)
        load_after = os.getloadavg()[0]
        print(f"ran {len(rows)} files in {time.time() - t0:.0f} s")
    s = summarise(rows)
    s["load"] = (load_before, load_after)
    s["wall"] = time.time() - t0
    if args.keep:
        import json

        (args.keep / "results.json").write_text(json.dumps(rows, indent=1, default=str))
    section = markdown(s, args, machine(), sorted(bases))
    print(section)
    if not args.no_write:
        from tests.benchmarks._results import write_section

        write_section("damaged", section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
