"""Section trees of generated designed reports (issue 17): ours and the peers against exact truth.

    .venv/bin/python tests/benchmarks/bench_reports.py                     # validation split, all peers
    ... --split development --no-peers --details                           # tuning (ours only)
    ... --write                                                            # the reports part of docs/benchmarks.md

Documents: :mod:`tools.docgen.reports` (reportlab, headless Chromium, LibreOffice from HTML and from flat ODT), rendered into the
cache outside the repository when missing; each PDF's bookmarks were removed when it was generated and
the truth (title, level, page of every heading) lies beside it. Ours runs with ``outline=None``, the
tables found by our own table step. Peers, same run, same files: the font-size rule and pymupdf4llm
with its layout model (tests/benchmarks/_section_peers.py). Matching: tests/benchmarks/_heading_match.py
(right-to-left titles are also compared with their characters reversed: pdfplumber and PyMuPDF give
them in visual order, the truth in logical order; this favours no system; how many titles needed it is
printed apart, a title shown reversed being a fault the user sees).

Scores are pooled over the split: heading precision / recall / F1 and level accuracy of the matched
headings, plus the same per family of the generator (documents carrying that feature).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _heading_match import H, Score, match  # noqa: E402
from _section_peers import fontsize_baseline, pymupdf4llm_headings  # noqa: E402
from bench_sections import run_ours  # noqa: E402

from tools.docgen import reports  # noqa: E402
from tests.benchmarks._results import write_section  # noqa: E402

NAMES = {"ours": "Briefing Builder", "fontsize": "font-size rule", "pymupdf4llm": "pymupdf4llm + layout"}


def _rtl_fix(truth: list[H], predicted: list[H]) -> tuple[list[H], int]:
    """Predicted right-to-left titles in visual order: reversed when that matches a true title; with
    how many were (a title shown reversed is still a fault the user sees, counted apart)."""
    keys = {(t.page, t.key) for t in truth}
    out = []
    n = 0
    for p in predicted:
        rev = H(p.title[::-1], p.level, p.page)
        flip = (p.page, p.key) not in keys and (p.page, rev.key) in keys
        out.append(rev if flip else p)
        n += flip
    return out, n


def evaluate(split: str, n: int, systems: list[str], details: bool = False, timeout: float = 300,
             features: list[str] | None = None, engine_list: list[str] | None = None,
             first_seed: int | None = None) -> dict:
    pdfs = reports.generate(split, n, engine_list=engine_list, features=features, first_seed=first_seed)
    totals = {s: Score() for s in systems}
    families: dict[str, dict[str, Score]] = {}
    times = {s: [0.0, 0] for s in systems}
    reversed_titles = {s: [0, 0] for s in systems}  # right-to-left titles given in visual order, of all
    overhead = [0.0, 0.0, 0]
    rows = []
    loads = []
    for pdf in pdfs:
        info = reports.load_truth(pdf)
        truth = [H(h["title"], h["level"], h["page"]) for h in info["headings"]]
        row = {"file": pdf.name, "true": len(truth), "features": info["features"]}
        ours = run_ours(pdf)
        results = {"ours": ours["headings"]}
        times["ours"][0] += ours["t_words"] + ours["t_feats"] + ours["t_build"]
        times["ours"][1] += ours["pages"]
        overhead[0] += ours["t_feats"] + ours["t_build"]
        overhead[1] += ours["t_words"] + ours["t_tables"]
        overhead[2] += ours["pages"]
        if "fontsize" in systems:
            heads, secs = fontsize_baseline(str(pdf))
            results["fontsize"] = [H(t, lv, p) for t, lv, p in heads]
            times["fontsize"][0] += secs
            times["fontsize"][1] += ours["pages"]
        if "pymupdf4llm" in systems:
            heads, secs, err = pymupdf4llm_headings(str(pdf), timeout)
            if heads is None:
                print(f"{pdf.name}: pymupdf4llm failed: {err}", file=sys.stderr)
                heads = []
            results["pymupdf4llm"] = [H(t, lv, p) for t, lv, p in heads]
            times["pymupdf4llm"][0] += secs
            times["pymupdf4llm"][1] += ours["pages"]
        for s in systems:
            pred = results[s]
            if info["lang"] in ("ar", "he"):
                pred, n = _rtl_fix(truth, pred)
                reversed_titles[s][0] += n
                reversed_titles[s][1] += len(pred)
            score, pairs, missed, false = match(truth, pred)
            row[s] = score
            totals[s].add(score)
            for f in ["all"] + info["features"] + [info["engine"]]:
                families.setdefault(f, {x: Score() for x in systems})[s].add(score)
            if details and s == "ours":
                print(f"--- {pdf.name} {info['features']}: missed {len(missed)}, false {len(false)}")
                for t in missed:
                    print(f"   MISSED L{t.level} p{t.page} {t.title!r}")
                for p in false:
                    print(f"   FALSE  L{p.level} p{p.page} {p.title!r}")
                for t, p in pairs:
                    if t.level != p.level:
                        print(f"   LEVEL  L{t.level}->L{p.level} p{t.page} {t.title!r}")
        loads.append(os.getloadavg()[0])
        rows.append(row)
        print(f"{pdf.name[:30]:30} h={len(truth):3} " + "  ".join(
            f"{s}: {row[s].f1:.2f}/{row[s].level_accuracy:.2f}" for s in systems), flush=True)
    return {"rows": rows, "totals": totals, "families": families, "times": times, "overhead": overhead,
            "loads": loads, "systems": systems, "split": split, "reversed": reversed_titles}


def _cells(sc: Score) -> str:
    return f"{sc.precision:.2f} / {sc.recall:.2f} / **{sc.f1:.2f}** / {sc.level_accuracy:.2f}"


def write_markdown(res: dict, seconds: float) -> None:
    systems = res["systems"]
    loads = res["loads"]
    rows = res["rows"]
    pages = res["overhead"][2]
    lines = [
        "## Section trees of designed reports (generated, issue 17)",
        "",
        f"Run {_dt.date.today().isoformat()} on {platform.machine()} ({os.cpu_count()} cores, shared), "
        f"Python {platform.python_version()}; `.venv/bin/python tests/benchmarks/bench_reports.py --write` "
        f"({seconds:.0f} s). Machine load (1-minute average after each document): "
        f"{min(loads):.1f}-{max(loads):.1f}; seconds per page are inflated alike for every system.",
        "",
        f"Documents: the **{res['split']}** split of `tools/docgen/reports.py` ({len(rows)} documents, {pages} pages, "
        f"{res['totals']['ours'].true} headings; reportlab, headless Chromium, LibreOffice from HTML and from flat ODT), bookmarks removed "
        "at generation, truth from the engines' own bookmarks. P / R / F1 / level accuracy pooled over the split "
        "(matching as for the bookmarks benchmark). Rows per family: the documents carrying that feature.",
        "",
        "| documents | headings | " + " | ".join(f"{NAMES[s]} P / R / F1 / level" for s in systems) + " |",
        "|---|---|" + "---|" * len(systems),
    ]
    fams = res["families"]
    engines = ("reportlab", "chromium", "libreoffice", "odt")
    order = ["all"] + [f for f in engines if f in fams] + sorted(f for f in fams if f not in ("all",) + engines)
    for f in order:
        per = fams[f]
        n_docs = sum(1 for r in rows if f == "all" or f in r["features"] or r["file"].endswith(f"-{f}.pdf"))
        label = "**all**" if f == "all" else f
        lines.append(f"| {label} ({n_docs}) | {per['ours'].true} | " + " | ".join(_cells(per[s]) for s in systems) + " |")
    lines += ["", "| system | seconds per page |", "|---|---|"]
    for s in systems:
        secs, n = res["times"][s]
        if n:
            lines.append(f"| {NAMES[s]} | {secs / n:.3f} |")
    ov = res["overhead"]
    if ov[2]:
        lines += ["", f"Section step alone {ov[0] / ov[2]:.4f} s/page against the table extraction "
                      f"{ov[1] / ov[2]:.4f} s/page of the same pages: +{100 * ov[0] / max(ov[1], 1e-9):.0f}%."]
    lines += ["", "<details><summary>Per document</summary>", "",
              "| file | headings | features | " + " | ".join(f"{NAMES[s]} F1 / level" for s in systems) + " |",
              "|---|---|---|" + "---|" * len(systems)]
    for r in rows:
        lines.append(f"| {r['file']} | {r['true']} | {' '.join(r['features'])} | "
                     + " | ".join(f"{r[s].f1:.2f} / {r[s].level_accuracy:.2f}" for s in systems) + " |")
    lines += ["", "</details>"]
    write_section("reports", "\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=sorted(reports.SPLITS), default="validation")
    ap.add_argument("-n", type=int, default=30, help="seeds in the split")
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("--features", help="only documents with one of these comma-separated families, e.g. ar,sans-serif "
                                       "(a development subset; the validation split is judged whole)")
    ap.add_argument("--engines", help="only documents of these comma-separated engines, e.g. libreoffice,odt "
                                      "(a development subset)")
    ap.add_argument("--first-seed", type=int, help="seeds from this one instead of the split's own, e.g. 2000 "
                                                   "(the generator's sixth set: 2000-2999 development, 3000 on fresh)")
    args = ap.parse_args(argv)
    systems = ["ours"] + ([] if args.no_peers else ["fontsize", "pymupdf4llm"])
    t0 = time.perf_counter()
    res = evaluate(args.split, args.n, systems, args.details, args.timeout,
                   args.features.split(",") if args.features else None,
                   args.engines.split(",") if args.engines else None, args.first_seed)
    print()
    for f, per in sorted(res["families"].items(), key=lambda kv: (kv[0] != "all", kv[0])):
        print(f"{f:13} " + "  ".join(f"{s}: P R F1 lvl {per[s].precision:.2f} {per[s].recall:.2f} "
                                    f"{per[s].f1:.2f} {per[s].level_accuracy:.2f}" for s in systems))
    if any(m for _, m in res["reversed"].values()):
        print("right-to-left titles in visual order (reversed to match): " + "  ".join(
            f"{s}: {n} of {m}" for s, (n, m) in res["reversed"].items()))
    ov = res["overhead"]
    if ov[2]:
        print(f"section step {ov[0] / ov[2]:.4f} s/page vs table extraction {ov[1] / ov[2]:.4f}: "
              f"+{100 * ov[0] / max(ov[1], 1e-9):.0f}%")
    if args.write:
        write_markdown(res, time.perf_counter() - t0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
