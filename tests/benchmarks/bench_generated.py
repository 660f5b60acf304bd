"""Generated-table benchmark: this project and its peers on the documents of tools/docgen/tables.py.

    .venv/bin/python tests/benchmarks/bench_generated.py                       # validation part, all tools
    .venv/bin/python tests/benchmarks/bench_generated.py --split development --tools ours --cases
    options: --split validation|development|all  --tools ours,pdfplumber,...  --families dotted,metrics
             --write (rewrite the <!-- generated --> section of docs/benchmarks.md; validation part only)
             --json FILE  --cache DIR (default: tools.docgen.tables.default_cache())
             --first-seed 100000 --scale 0.4 (a fresh set of the same families, seeds never used, in its
             own cache folder: rules tuned on the shared set measured on documents nobody studied)
             --cases (development part only: one line per failing table, to find the rules' failures)
             --peers-from FILE (tools not run now: their figures from this --json file of an earlier run)
             --from-json FILE (write the figures of an earlier --json run as they are; nothing is run)

Every peer beside ours in one run (an hour on 2 cores at load 5-20), kept for later:

    nice -n 10 .venv/bin/python tests/benchmarks/bench_generated.py --json /tmp/generated-all.json --write

Our rows alone after a rule change (2.5 min at load 14), the peers' figures kept from that run (their code
does not change with our rules; the section says where they come from):

    nice -n 10 .venv/bin/python tests/benchmarks/bench_generated.py --tools ours \
        --peers-from /tmp/generated-all.json --write

The documents are generated (and cached outside the repository) when missing. Every tool reads every
page with its own detection (no rectangle given). Ours runs in this process (``extract_tables`` page
by page, as ``_bench_tools.run_ours`` does); each peer runs in one child process over all the
documents (``_bench_tools.run``; a time limit per tool), so its import and JVM start-up are paid once.

Measures, per page then summed by family (``_icdar`` / ``_heldout`` helpers):

* relations: the ICDAR 2013 adjacency relations of all the page's truth tables against those of all
  the tables the tool returned on the page (multisets); relations between two texts of a key-value
  block or lone total line (not tables in the truth; a tool may read them as one) are not counted.
  Per page F1, then the mean over pages; and pooled over all relations.
* cells exact: truth cells with the same text at the same place of the returned table that has most
  of them (empty rows/columns removed, best whole-grid shift; ``_heldout.exact_cells``).
* rows exact: truth rows whose every cell is right under that table's best shift *and* whose returned
  row holds nothing else: the share of rows a user would not have to touch.
* tables exact: truth tables with every row exact and no extra non-empty row.
* false tables: tables returned on a page with no table in the truth (generator 5's pages); such a
  page scores F1 0 in the mean, a page with none found is left out of it.

Texts are compared after NFKC (a raised "¹" is "1"), without whitespace, case folded.
The validation part is judged by its summary only (family lines are summaries too); ``--cases`` refuses
it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from _error_kinds import KINDS, classify_table, format_counts  # noqa: E402
from _icdar import adjacency  # noqa: E402

START, END = "<!-- generated:start -->", "<!-- generated:end -->"
PEERS = ["pdfplumber", "camelot-lattice", "camelot-stream", "camelot-hybrid", "tabula-stream", "pymupdf"]
LABELS = {
    "ours": "**Briefing Builder**",
    "pdfplumber": "pdfplumber `find_tables()`",
    "pdfplumber-text": "pdfplumber, text strategy",
    "camelot-lattice": "camelot lattice",
    "camelot-stream": "camelot stream",
    "camelot-network": "camelot network",
    "camelot-hybrid": "camelot hybrid",
    "tabula-stream": "tabula-py stream (guess)",
    "pymupdf": "PyMuPDF `find_tables()`",
}


def norm(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split()).casefold()


# ------------------------------------------------------------------------------------------- scoring


def _grid(cells) -> dict[tuple[int, int], str]:
    """Top-left anchored texts, empty rows and columns removed (as ``_heldout._grid``, NFKC too)."""
    raw = {(int(r), int(c)): norm(t) for r, c, _rs, _cs, t in cells}
    raw = {k: v for k, v in raw.items() if v}
    rows = sorted({r for r, _ in raw})
    cols = sorted({c for _, c in raw})
    ri = {r: i for i, r in enumerate(rows)}
    ci = {c: i for i, c in enumerate(cols)}
    return {(ri[r], ci[c]): v for (r, c), v in raw.items()}


MAX_ROW_SHIFT, MAX_COL_SHIFT = 8, 3


def _best_shift(gt: dict, pred: dict) -> tuple[int, int, int]:
    """(cells exact, dr, dc) under the whole-grid shift that finds most truth cells."""
    best = (0, 0, 0)
    for dr in range(-MAX_ROW_SHIFT, MAX_ROW_SHIFT + 1):
        for dc in range(-MAX_COL_SHIFT, MAX_COL_SHIFT + 1):
            n = sum(1 for (r, c), v in gt.items() if pred.get((r + dr, c + dc)) == v)
            if n > best[0]:
                best = (n, dr, dc)
    return best


def _relations(cells, ignore: set[str]) -> Counter:
    rel = adjacency([(r, c, rs, cs, unicodedata.normalize("NFKC", t or "")) for r, c, rs, cs, t in cells])
    if ignore:
        rel = Counter({k: v for k, v in rel.items() if not (k[0] in ignore and k[1] in ignore)})
    return rel


def score_page(truth: list[dict], ignore_texts: list[str], preds: list[list]) -> dict:
    """Counts of one page: truth tables (cell lists) against the tool's tables (cell lists)."""
    ignore = {norm(t) for t in ignore_texts}
    gt_rel = sum((_relations(t["cells"], set()) for t in truth), Counter())
    pr_rel = sum((_relations(p, ignore) for p in preds), Counter())
    pred_grids = [_grid(p) for p in preds]
    out = {"gt_rel": sum(gt_rel.values()), "pred_rel": sum(pr_rel.values()),
           "correct_rel": sum((gt_rel & pr_rel).values()), "cells": 0, "exact_cells": 0, "rows": 0,
           "exact_rows": 0, "tables": 0, "exact_tables": 0, "table_rows": [], "wrong_rows": Counter(),
           "n_pred": len(preds)}
    for t in truth:
        g = _grid(t["cells"])
        rows = sorted({r for r, _ in g})
        best = (0, 0, 0, None)
        for i, p in enumerate(pred_grids):
            n, dr, dc = _best_shift(g, p)
            if n > best[0]:
                best = (n, dr, dc, i)
        n, dr, dc, i = best
        out["wrong_rows"] += classify_table(g, pred_grids[i] if i is not None else None, dr, dc,
                                           [p for k, p in enumerate(pred_grids) if k != i])
        exact_rows = 0
        if i is not None:
            p = pred_grids[i]
            for r in rows:
                mine = {c: v for (rr, c), v in g.items() if rr == r}
                theirs = {c - dc: v for (rr, c), v in p.items() if rr == r + dr}
                exact_rows += int(mine == theirs)
            extra = {rr for rr, _ in p} - {r + dr for r in rows}
        else:
            extra = set()
        out["cells"] += len(g)
        out["exact_cells"] += n
        out["rows"] += len(rows)
        out["exact_rows"] += exact_rows
        out["tables"] += 1
        exact = i is not None and exact_rows == len(rows) and not extra
        out["exact_tables"] += int(exact)
        out["table_rows"].append((len(rows), exact_rows, exact))
    return out


def f1(c: int, g: int, p: int) -> float:
    pr = c / p if p else 0.0
    rc = c / g if g else 0.0
    return 2 * pr * rc / (pr + rc) if pr + rc else 0.0


def summarise(pages: list[dict]) -> dict:
    tot = defaultdict(int)
    wrong: Counter = Counter()
    for s in pages:
        for k in ("gt_rel", "pred_rel", "correct_rel", "cells", "exact_cells", "rows", "exact_rows", "tables",
                  "exact_tables"):
            tot[k] += s[k]
        wrong.update(s.get("wrong_rows") or {})
    # a page with no table where the tool found none has nothing to score; one where it found some
    # scores 0 (false tables, counted apart too: generator 5's pages have no table)
    scored = [s for s in pages if s["tables"] or s.get("n_pred")]
    return {
        "pages": len(pages), "tables": tot["tables"],
        "mean_f1": sum(f1(s["correct_rel"], s["gt_rel"], s["pred_rel"]) for s in scored) / (len(scored) or 1),
        "pages_without_table": sum(1 for s in pages if not s["tables"]),
        "false_tables": sum(s.get("n_pred", 0) for s in pages if not s["tables"]),
        "pooled_f1": f1(tot["correct_rel"], tot["gt_rel"], tot["pred_rel"]),
        "pooled_precision": tot["correct_rel"] / tot["pred_rel"] if tot["pred_rel"] else 0.0,
        "pooled_recall": tot["correct_rel"] / tot["gt_rel"] if tot["gt_rel"] else 0.0,
        "cells_exact": tot["exact_cells"] / tot["cells"] if tot["cells"] else 0.0,
        "rows_exact": tot["exact_rows"] / tot["rows"] if tot["rows"] else 0.0,
        "tables_exact": tot["exact_tables"] / tot["tables"] if tot["tables"] else 0.0,
        # wrong truth rows by kind of error (``_error_kinds``)
        "wrong_rows": dict(wrong),
    }


# ------------------------------------------------------------------------------------------- running


def run_ours(pdf: Path) -> tuple[list[dict], float]:
    import pdfplumber

    from app.extract.tables import extract_tables

    out = []
    t0 = time.process_time()
    with pdfplumber.open(pdf) as doc:
        for number, page in enumerate(doc.pages, 1):
            for t in extract_tables(page, number):
                out.append({"page": number, "bbox": list(t.bbox),
                            "cells": [[c.row, c.col, c.row_span, c.col_span, c.text] for c in t.cells],
                            "confidence": getattr(t, "confidence", None)})
            page.close()
    return out, time.process_time() - t0


def _child(tool: str, listing: Path, out: Path) -> None:
    """Child process: one peer over every PDF of ``listing``; writes one JSON line per PDF."""
    import warnings

    warnings.filterwarnings("ignore")
    import _bench_tools

    with out.open("w") as fh:
        for pdf in listing.read_text().splitlines():
            t0 = time.process_time()
            try:
                tables, _secs = _bench_tools.run(tool, pdf)
                err = None
            except Exception as exc:  # a tool that fails on a document scores nothing there
                tables, err = [], f"{type(exc).__name__}: {exc}"
            fh.write(json.dumps({"pdf": pdf, "tables": tables, "cpu": time.process_time() - t0, "error": err}) + "\n")
            fh.flush()
    sys.stdout.flush()
    os._exit(0)


def run_peer(tool: str, pdfs: list[Path], timeout: float, log) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "list.txt"
        listing.write_text("\n".join(str(p) for p in pdfs))
        out = Path(tmp) / "out.jsonl"
        env = dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{HERE}")
        proc = subprocess.Popen([sys.executable, __file__, "--child", tool, str(listing), str(out)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=str(ROOT))
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            log(f"{tool}: timed out after {timeout:g} s; documents not reached score nothing")
        results = {}
        if out.exists():
            for line in out.read_text().splitlines():
                try:
                    r = json.loads(line)
                except json.JSONDecodeError:
                    continue
                results[Path(r["pdf"]).name] = r
        return results


def bench(manifest: dict, folder: Path, tools: list[str], split: str, families: list[str] | None,
          timeout: float, log) -> dict:
    docs = [d for d in manifest["documents"]
            if (split == "all" or d["split"] == split) and (not families or d["family"] in families)]
    pdfs = [folder / d["pdf"] for d in docs]
    results: dict = {"split": split, "documents": len(docs), "tools": {}}
    for tool in tools:
        t0 = time.monotonic()
        loads = [os.getloadavg()[0]]
        if tool == "ours":
            raw = {}
            for pdf in pdfs:
                tables, cpu = run_ours(pdf)
                raw[pdf.name] = {"tables": tables, "cpu": cpu, "error": None}
        else:
            raw = run_peer(tool, pdfs, timeout, log)
        loads.append(os.getloadavg()[0])
        pages, by_family, by_engine, cases, cpu, n_pages, errors = [], defaultdict(list), defaultdict(list), [], 0.0, 0, 0
        for d in docs:
            r = raw.get(d["pdf"], {"tables": [], "cpu": 0.0, "error": "not run"})
            errors += int(bool(r.get("error")))
            cpu += r.get("cpu") or 0.0
            for pg in d["pages"]:
                n_pages += 1
                preds = [t for t in r["tables"] if int(t["page"]) == pg["page"]]
                s = score_page(pg["tables"], pg.get("ignore", []), [t["cells"] for t in preds])
                pages.append(s)
                by_family[d["family"]].append(s)
                by_engine[d["engine"]].append(s)
                confs = [t.get("confidence") for t in preds]
                cases.append({"doc": d["name"], "page": pg["page"], "family": d["family"], "engine": d["engine"],
                              "f1": f1(s["correct_rel"], s["gt_rel"], s["pred_rel"]), "rows": s["rows"],
                              "exact_rows": s["exact_rows"], "tables": s["tables"], "exact_tables": s["exact_tables"],
                              "n_pred": len(preds), "confidence": confs, "table_rows": s["table_rows"]})
        results["tools"][tool] = {
            "summary": summarise(pages),
            "families": {f: summarise(v) for f, v in sorted(by_family.items())},
            "engines": {e: summarise(v) for e, v in sorted(by_engine.items())},
            "cpu_s_per_page": cpu / n_pages if n_pages else None,
            "errors": errors, "load": max(loads), "seconds": time.monotonic() - t0,
            "cases": cases if split != "validation" else None,
            "confidence": _calibration(cases) if tool == "ours" else None,
        }
        s = results["tools"][tool]["summary"]
        log(f"{tool:16s} pages {s['pages']} tables {s['tables']} | F1 mean {s['mean_f1']:.3f} pooled "
            f"{s['pooled_f1']:.3f} | cells {s['cells_exact']:.3f} rows {s['rows_exact']:.3f} tables "
            f"{s['tables_exact']:.3f} | {errors} errors | {time.monotonic() - t0:.0f} s, load {max(loads):.1f}")
    return results


def _calibration(cases: list[dict]) -> dict | None:
    """Confidence against exactness, for pages where ours returned exactly one table per truth table
    (so each confidence can be paired with one truth table by order on the page)."""
    pairs = []
    for c in cases:
        confs = [x for x in c["confidence"] if x is not None]
        if not confs or len(confs) != c["tables"]:
            continue
        # the page's tables are judged together: its lowest confidence against all of them exact
        pairs.append((min(confs), c["exact_tables"] == c["tables"], c["exact_rows"] / c["rows"] if c["rows"] else 1.0))
    if not pairs:
        return None
    bins = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 0.95), (0.95, 1.01)]
    out = {"pages": len(pairs), "bins": []}
    for lo, hi in bins:
        sel = [p for p in pairs if lo <= p[0] < hi]
        if sel:
            out["bins"].append({"range": [lo, min(hi, 1.0)], "pages": len(sel),
                                "all_exact": sum(p[1] for p in sel) / len(sel),
                                "rows_exact": sum(p[2] for p in sel) / len(sel)})
    # ranking quality: how often a non-exact page has a lower confidence than an exact one (AUC)
    good = [p[0] for p in pairs if p[1]]
    bad = [p[0] for p in pairs if not p[1]]
    if good and bad:
        wins = sum((g > b) + 0.5 * (g == b) for g in good for b in bad)
        out["auc"] = wins / (len(good) * len(bad))
    return out


# ----------------------------------------------------------------------------------------- reporting


def _machine() -> dict:
    from bench_tables import machine

    return machine()


def _run_window(res: dict) -> str:
    """'HH:MM–HH:MM UTC' of a run from its --json figures (its end and the seconds of each tool)."""
    try:
        end = dt.datetime.fromisoformat(res["date"])
    except (KeyError, TypeError, ValueError):
        return ""
    if res.get("started"):
        start = dt.datetime.fromisoformat(res["started"])
    else:
        start = end - dt.timedelta(seconds=sum(r.get("seconds") or 0 for r in res["tools"].values()
                                               if not r.get("from_earlier_run")))
    return f"{start:%H:%M}–{end:%H:%M} UTC"


def peers_run(earlier: dict) -> dict:
    """The run the peers' figures of an earlier --json file were measured in: that file's own peers' run
    when it took them from one (a refresh of ours kept with --json and reused later)."""
    return earlier.get("peers_run") or {
        "load_start": earlier.get("load_start"), "load_end": earlier.get("load_end"), "date": earlier.get("date"),
        "window": _run_window(earlier), "algorithm": (earlier.get("machine") or {}).get("algorithm")}


def render(res: dict, manifest: dict, info: dict, date: str, load_start: float, load_end: float) -> str:
    docs = manifest["documents"]
    n_tables = sum(len(p["tables"]) for d in docs for p in d["pages"])
    val = [d for d in docs if d["split"] == "validation"]
    fams = sorted({d["family"] for d in docs})
    engines = sorted({d["engine"] for d in docs})
    lines = [
        "## Tables: generated layouts (validation part)",
        "",
        f"Measured {date} on {info['cores']} cores ({info['cpu']}), {info['ram']} RAM, Python {info['python']}; "
        "peers: " + ", ".join(f"{k} {v}" for k, v in info["versions"].items()) + f". Extraction rules: "
        f"`{info['algorithm']}`. Machine load (1-minute average) {load_start:.1f} at the start, {load_end:.1f} "
        f"at the end{' (' + _run_window(res) + ')' if _run_window(res) else ''}; *load* in the table: the "
        "highest seen during that tool's run (2 cores shared with other work: compare CPU seconds, not wall "
        "clock; the figures other than speed do not depend on load).",
        "",
        f"Documents: `tools/docgen/tables.py` (generator {manifest['generator']}): {len(docs)} documents, "
        f"{sum(len(d['pages']) for d in docs)} pages, {n_tables} tables in {len(fams)} layout families, drawn "
        f"by {', '.join(engines)} ({len(manifest.get('dropped', []))} documents dropped because an engine "
        f"broke their pages otherwise than planned). Split by seed: the validation part ({len(val)} documents, "
        f"{sum(len(p['tables']) for d in val for p in d['pages'])} tables) is judged by these summaries only; "
        "the rules were developed on the rest. Rerun (the `bench` extras): every tool, kept for later, "
        "`.venv/bin/python tests/benchmarks/bench_generated.py --json PEERS.json --write`; our rows alone beside "
        "those peers, `... bench_generated.py --tools ours --peers-from PEERS.json --write`. Measures: the module's docstring (relations as ICDAR 2013, NFKC text; "
        "*rows exact*: rows with every cell right and nothing else; *tables exact*: every row).",
        "",
    ]
    if res.get("peers_run"):
        pr = res["peers_run"]
        when = (f"{pr['date'][:10]} {pr.get('window') or pr['date'][11:]}, load {pr.get('load_start') or 0:.1f} → "
                f"{pr.get('load_end') or 0:.1f}" + (f", our rules then `{pr['algorithm']}`" if pr.get("algorithm") else "")
                if pr.get("date") else "date and load not recorded in that file")
        lines += [f"The peers' figures come from an earlier run on the same documents ({when}; their code did "
                  "not change), ours from this run.", ""]
    lines += [
        "| tool | relation F1, mean over pages | pooled F1 (P / R) | cells exact | rows exact | tables exact | CPU s/page | errors | load |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for tool, r in res["tools"].items():
        s = r["summary"]
        lines.append(f"| {LABELS.get(tool, tool)} | **{s['mean_f1']:.3f}** | {s['pooled_f1']:.3f} "
                     f"({s['pooled_precision']:.3f} / {s['pooled_recall']:.3f}) | {s['cells_exact']:.3f} | "
                     f"{s['rows_exact']:.3f} | {s['tables_exact']:.3f} | {r['cpu_s_per_page'] or 0:.3f} | {r['errors']} | "
                     f"{r.get('load') or 0:.1f} |")
    tools = list(res["tools"])
    lines += ["", "Rows exact by family (relation F1, mean over pages, in brackets); best of the row in bold:", "",
              "| family | pages | " + " | ".join(LABELS.get(t, t).replace("**", "") for t in tools) + " |",
              "|---|---|" + "---|" * len(tools)]
    for fam in fams:
        vals = [res["tools"][t]["families"].get(fam) for t in tools]
        if not any(vals):
            continue
        top = max(v["rows_exact"] for v in vals if v)
        cells = []
        for v in vals:
            if not v:
                cells.append("–")
                continue
            txt = f"{v['rows_exact']:.2f} ({v['mean_f1']:.2f})"
            cells.append(f"**{txt}**" if v["rows_exact"] == top else txt)
        lines.append(f"| {fam} | {vals[0]['pages'] if vals[0] else '–'} | " + " | ".join(cells) + " |")
    ours = res["tools"].get("ours")
    if ours and ours.get("engines"):
        lines += ["", "Ours by engine: " + "; ".join(
            f"{e} rows exact {v['rows_exact']:.3f}, F1 {v['mean_f1']:.3f}" for e, v in ours["engines"].items()) + "."]
    if ours and "wrong_rows" in ours["summary"]:
        lines += ["", "Wrong rows of ours by kind of error (`_error_kinds`: the first kind that fits a wrong truth "
                  "row), all families, then the families with wrong rows:", "",
                  "| family | wrong rows | " + " | ".join(KINDS) + " |", "|---|---|" + "---|" * len(KINDS)]
        for fam, v in [("all", ours["summary"]), *ours["families"].items()]:
            w = v.get("wrong_rows") or {}
            if w or fam == "all":
                lines.append(f"| {fam} | {sum(w.values())} | " + " | ".join(str(w.get(k, 0) or "") for k in KINDS) + " |")
    cal = ours.get("confidence") if ours else None
    if cal:
        lines += ["", f"Confidence of ours (lowest table confidence of a page, {cal['pages']} pages where one table "
                  "was returned per truth table) against exactness:", "",
                  "| confidence | pages | every table exact | rows exact |", "|---|---|---|---|"]
        for b in cal["bins"]:
            lines.append(f"| {b['range'][0]:.2f}–{b['range'][1]:.2f} | {b['pages']} | {b['all_exact']:.2f} | "
                         f"{b['rows_exact']:.2f} |")
        if "auc" in cal:
            lines += ["", f"Ranking (AUC: a page with an error gets a lower confidence than an exact page): "
                      f"{cal['auc']:.2f}."]
    return "\n".join(lines)


def write_section(markdown: str, history: str = "") -> None:
    """Rewrite the generated section of docs/benchmarks.md; the before/after lines under its
    ``<!-- history -->`` marker are kept, ``history`` goes on top of them."""
    from tests.benchmarks._results import BENCHMARKS
    from tests.benchmarks._results import write_section as write

    text = BENCHMARKS.read_text(encoding="utf-8")
    keep = ""
    if START in text and END in text:
        old = text.split(START, 1)[1].split(END, 1)[0]
        if "<!-- history -->" in old:
            keep = old.split("<!-- history -->", 1)[1].strip()
    body = markdown.strip() + "\n\n<!-- history -->\n" + "\n\n".join(x for x in (history.strip(), keep) if x)
    write("generated", body.rstrip())


def main(argv=None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="validation", choices=["validation", "development", "all"])
    ap.add_argument("--tools", default="ours," + ",".join(PEERS))
    ap.add_argument("--families", default="")
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--first-seed", type=int, default=0,
                    help="a fresh set of the same families, seeds after this one (never used: e.g. 100000); "
                         "its own cache folder (tables-vN-seedsFIRST) unless --cache")
    ap.add_argument("--scale", type=float, default=1.0, help="documents per family and engine (x15) when generated")
    ap.add_argument("--timeout", type=float, default=3600.0, help="seconds per peer over all documents")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--history", default="", help="a line kept under the table on --write (before/after)")
    ap.add_argument("--cases", action="store_true", help="development part: list the failing pages")
    ap.add_argument("--from-json", type=Path, default=None,
                    help="write (or print) the figures of an earlier --json run as they are; nothing is run")
    ap.add_argument("--peers-from", type=Path, default=None,
                    help="take the figures of tools not run now from this --json file of an earlier run on "
                         "the same documents (peers do not change between runs of our rules)")
    args = ap.parse_args(argv)
    from tools.docgen import tables as gen

    folder = args.cache or gen.default_cache(args.first_seed)
    if gen.stale(folder):
        gen.generate(folder, args.scale, first_seed=args.first_seed)
    manifest = gen.load(folder)
    if args.cases and args.split == "validation":
        ap.error("--cases lists single pages: the validation part is judged by its summary only")
    tools = [t for t in args.tools.split(",") if t]
    log = lambda m: print(m, flush=True)  # noqa: E731
    load_start = os.getloadavg()[0]
    started = dt.datetime.now().isoformat(timespec="minutes")
    if args.from_json:
        # a long run of every peer written as it was (its own date, load and rules)
        res = json.loads(args.from_json.read_text())
        if res.get("split") != args.split:
            ap.error("--from-json: that run scored another split")
        if args.write:
            md = render(res, manifest, res.get("machine") or _machine(), res["date"][:10], res["load_start"],
                        res["load_end"])
            write_section(md, args.history)
            log("docs/benchmarks.md: generated section updated")
        return 0
    res = bench(manifest, folder, tools, args.split, [f for f in args.families.split(",") if f] or None,
                args.timeout, log)
    load_end = os.getloadavg()[0]
    if args.peers_from:
        earlier = json.loads(args.peers_from.read_text())
        if earlier.get("documents") != res["documents"] or earlier.get("split") != res["split"]:
            ap.error("--peers-from: that run scored other documents")
        res["peers_run"] = peers_run(earlier)
        for tool, r in earlier["tools"].items():
            if tool not in res["tools"]:
                r["from_earlier_run"] = True
                res["tools"][tool] = r
    res["load_start"], res["load_end"], res["date"] = load_start, load_end, dt.datetime.now().isoformat(timespec="minutes")
    res["started"], res["machine"] = started, _machine()
    for tool, r in res["tools"].items():
        for fam, s in r["families"].items():
            # a family of pages with no table has no table figures: only its false tables
            scores = (f"F1 {s['mean_f1']:.3f} cells {s['cells_exact']:.3f} rows {s['rows_exact']:.3f} "
                      f"tables {s['tables_exact']:.3f} | " if s.get("pages_without_table", 0) < s["pages"] else "")
            log(f"  {tool:10s} {fam:12s} pages {s['pages']:3d} " + scores
                + (f"false tables {s['false_tables']} on {s['pages_without_table']} pages with none | "
                   if s.get("pages_without_table") else "") + "wrong rows: "
                f"{format_counts(Counter(s.get('wrong_rows') or {}))}")
        log(f"  {tool:10s} wrong rows by kind: {format_counts(Counter(r['summary'].get('wrong_rows') or {}))}")
        if r.get("confidence"):
            log(f"  confidence: {json.dumps(r['confidence'])}")
    if args.cases:
        for tool, r in res["tools"].items():
            for c in sorted(r["cases"] or [], key=lambda c: (c["family"], c["f1"])):
                if c["exact_tables"] < c["tables"]:
                    log(f"  {tool} {c['family']:11s} {c['doc']} p{c['page']} F1 {c['f1']:.2f} rows "
                        f"{c['exact_rows']}/{c['rows']} pred {c['n_pred']} truth {c['tables']}")
    if args.json:
        args.json.write_text(json.dumps(res, indent=1))
    if args.write:
        if args.split != "validation":
            ap.error("--write records the validation part only")
        md = render(res, manifest, _machine(), dt.date.today().isoformat(), load_start, load_end)
        write_section(md, args.history)
        log("docs/benchmarks.md: generated section updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
