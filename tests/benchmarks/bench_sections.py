"""Heading-recovery benchmark: section tree vs. the PDFs' own bookmarks (hidden from the extractor).

    .venv/bin/python tests/benchmarks/bench_sections.py            # all documents, all peers
    ... --no-peers                      # ours only (fast, for tuning)
    ... --only krb5 --details           # one document, print missed / false headings
    ... --write                         # rewrite the sections part of docs/benchmarks.md

Documents: ``../shared/corpus/outlines/*.pdf``; every other PDF under ``../shared/corpus`` whose outline
has at least 3 entries with a target page; the bundled samples ``resources/samples/*.pdf`` against their
``*.truth.json``.

The bookmarks are removed before extraction: each PDF is copied and its catalog's ``/Outlines`` and
``/PageMode`` are set to null by an incremental update (PyMuPDF, a benchmark-only dependency); every
system reads the copy, which is checked to have no outline left. Printed tables of contents and internal ``/Link`` annotations stay: they are part
of the page content and fair evidence. Ours runs with ``outline=None`` (bookmarks never read).

Peers, same run, same copies: a plain font-size rule (pdfplumber words; a line at least 1 pt larger than
the body text is a heading, level = rank of its size) and pymupdf4llm with its bundled layout model
(``import pymupdf.layout``; markdown ``#`` lines with ``page_chunks=True``), in a subprocess with a time
limit. Matching rules: tests/benchmarks/_heading_match.py and docs/sections.md.

Time: ours is measured per page as the section features on top of the cached words plus the
document-level tree building, and compared with the table extraction of the same pages (the pipeline's
per-page table step, including the word extraction both share).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _heading_match import H, Score, match  # noqa: E402
from _section_peers import fontsize_baseline, pymupdf4llm_headings  # noqa: E402

from app.extract.sections import PREAMBLE_ID, build_sections, page_features, read_outline  # noqa: E402
from tests.benchmarks._results import write_section  # noqa: E402


def shared_dir() -> Path | None:
    env = os.environ.get("BRIEFING_SHARED")
    for c in ([Path(env)] if env else []) + [ROOT.parent / "shared"]:
        if c.is_dir():
            return c
    return None


# ----------------------------------------------------------------------------------------- documents


def documents(only: str | None) -> list[tuple[str, Path, list[H]]]:
    docs: list[tuple[str, Path, list[H]]] = []
    shared = shared_dir()
    samples = ROOT / "resources" / "samples"
    if samples.is_dir():
        for pdf in sorted(samples.glob("*.pdf")):
            truth_path = pdf.with_suffix("").with_suffix(".truth.json")
            if not truth_path.exists():
                truth_path = pdf.parent / (pdf.stem + ".truth.json")
            if not truth_path.exists():
                continue
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            heads = [
                H(s["title"], int(s["level"]), int(s["page"]))
                for s in truth.get("sections", [])
                if s.get("title") and s.get("id") != PREAMBLE_ID and not s.get("synthetic")
            ]
            if heads:
                docs.append(("samples", pdf, heads))
    if shared is not None:
        outlines = shared / "corpus" / "outlines"
        for pdf in sorted(outlines.glob("*.pdf")):
            docs.append(("outlines", pdf, _bookmarks(pdf)))
        for pdf in sorted((shared / "corpus").rglob("*.pdf")):
            if outlines in pdf.parents:
                continue
            heads = _bookmarks(pdf)
            if len(heads) >= 3:
                docs.append(("corpus", pdf, heads))
    if only:
        docs = [d for d in docs if re.search(only, d[1].name)]
    return [d for d in docs if d[2]]


def _bookmarks(pdf: Path) -> list[H]:
    try:
        outline = read_outline(pdf) or []
    except Exception:
        return []
    return [H(e["title"], int(e["level"]), int(e["page"])) for e in outline if e.get("page") and e.get("title")]


def strip_outline(src: Path, dst: Path) -> None:
    """Copy of ``src`` without bookmarks: /Outlines and /PageMode set to null in the catalog by an
    incremental update (the page content, links and named destinations are untouched)."""
    import shutil

    import pymupdf

    shutil.copyfile(src, dst)
    doc = pymupdf.open(str(dst))
    try:
        cat = doc.pdf_catalog()
        for key in ("Outlines", "PageMode"):
            doc.xref_set_key(cat, key, "null")
        doc.save(str(dst), incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)
    finally:
        doc.close()
    if read_outline(dst):
        raise RuntimeError(f"{src.name}: bookmarks still present after stripping")


# ---------------------------------------------------------------------------------------------- ours


def _table_step():
    """The table extraction of one page, as the pipeline runs it (app.extract.tables.extract_tables)."""
    try:
        from app.extract.tables import extract_tables
    except ImportError:  # pragma: no cover - older trees
        extract_tables = None

    def run(page, number, sha):
        if extract_tables is not None:
            return extract_tables(page, number)
        return []

    return run


def run_ours(path: Path) -> dict:
    from app.source.layout import page_words
    from app.source.pagesource import open_pages
    from app.document.model import Table
    from app.source.pdf import describe

    doc = describe(path)
    table_step = _table_step()
    t_words = t_tables = t_feats = 0.0
    feats = {}
    tables: list[Table] = []
    # the app's page source (pdfium unless BRIEFING_PAGE_SOURCE=pdfminer), as the pipeline reads pages
    with open_pages(str(path)) as pdf:
        for number in range(1, len(pdf) + 1):
            t0 = time.perf_counter()
            page = pdf.page(number)
            page_words(page)
            t1 = time.perf_counter()
            try:
                tables.extend(t for t in table_step(page, number, doc.sha256) if isinstance(t, Table))
            except Exception as exc:  # a table failure must not stop the heading benchmark
                print(f"{path.name} p{number}: table extraction failed: {exc}", file=sys.stderr)
            t2 = time.perf_counter()
            feats[number] = page_features(page, number)
            t3 = time.perf_counter()
            t_words += t1 - t0
            t_tables += t2 - t1
            t_feats += t3 - t2
            page.close()
    t4 = time.perf_counter()
    roots = build_sections(doc, feats, tables, None)
    t_build = time.perf_counter() - t4
    heads = []
    for root in roots:
        for s in root.walk():
            if s.id != PREAMBLE_ID:
                heads.append(H(s.title, s.level, s.page))
    return {
        "headings": heads,
        "pages": doc.pages,
        "t_words": t_words,
        "t_tables": t_tables,
        "t_feats": t_feats,
        "t_build": t_build,
    }


# ------------------------------------------------------------------------------------- section texts


def sample_texts() -> dict | None:
    """Every section text of the bundled samples, extracted by the real pipeline (its own tables),
    against the truth: paragraphs compared one by one, whitespace inside a paragraph normalised."""
    from app.document.model import DocumentData
    from app.extract.pipeline import extract_document
    from app.extract.sections.text import normalise_title

    def paragraphs(text: str) -> list[str]:
        return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text or "") if p.strip()]

    samples = ROOT / "resources" / "samples"
    total = exact = flat = 0
    differing: list[str] = []
    for truth_path in sorted(samples.glob("*.truth.json")):
        pdf = samples / truth_path.name.replace(".truth.json", ".pdf")
        if not pdf.is_file():
            continue
        truth = DocumentData.from_json(json.loads(truth_path.read_text(encoding="utf-8")))
        ours = extract_document(pdf, workers=0)
        mine = {(normalise_title(x.title), x.page): x for x in ours.all_sections()}
        for sec in truth.all_sections():
            total += 1
            got = mine.get((normalise_title(sec.title), sec.page))
            if got is None:
                differing.append(f"{sec.title} (p. {sec.page}): no such section")
                continue
            if paragraphs(got.text) == paragraphs(sec.text):
                exact += 1
                flat += 1
                continue
            if " ".join(got.text.split()) == " ".join(sec.text.split()):
                flat += 1
            import difflib

            a, b = " ".join(got.text.split()).split(), " ".join(sec.text.split()).split()
            diff = [f"{' '.join(a[i1:i2])!r} for {' '.join(b[j1:j2])!r}"
                    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
                    if op != "equal"]
            differing.append(f"{sec.title} (p. {sec.page}): " + ("; ".join(diff[:3]) or "paragraph breaks"))
    if not total:
        return None
    return {"total": total, "exact": exact, "flat": flat, "differing": differing}


# ---------------------------------------------------------------------------------------------- main


def _fmt(score: Score) -> str:
    return (f"{score.precision:.2f} {score.recall:.2f} {score.f1:.2f} {score.level_accuracy:.2f}"
            f" ({score.ranked_level_accuracy:.2f})")


def step_cost(path: Path) -> int:
    """CPU milliseconds per page of each step in one process (words, tables, section features, the
    tree) and the section step's share of the table extraction (issue 13: at most 0.30)."""
    from app.source.layout import page_words
    from app.source.pagesource import open_pages
    from app.source.pdf import describe

    doc = describe(path)
    table_step = _table_step()
    clock = time.process_time
    t_words = t_tables = t_feats = 0.0
    feats: dict = {}
    tables: list = []
    with open_pages(str(path)) as pdf:
        for number in range(1, len(pdf) + 1):
            t0 = clock()
            page = pdf.page(number)
            page_words(page)
            t1 = clock()
            tables.extend(t for t in table_step(page, number, doc.sha256) if type(t).__name__ == "Table")
            t2 = clock()
            feats[number] = page_features(page, number)
            t3 = clock()
            t_words, t_tables, t_feats = t_words + t1 - t0, t_tables + t2 - t1, t_feats + t3 - t2
            page.close()
    t4 = clock()
    build_sections(doc, feats, tables, None)
    t_build = clock() - t4
    n = max(1, doc.pages)
    print(f"{path.name}: {doc.pages} pages, load {os.getloadavg()[0]:.1f}; CPU ms/page: words {1000 * t_words / n:.1f}, "
          f"tables {1000 * t_tables / n:.1f}, section features {1000 * t_feats / n:.1f}, tree {1000 * t_build / n:.1f}; "
          f"section step / table extraction = {(t_feats + t_build) / max(1e-9, t_words + t_tables):.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="regular expression on file names")
    ap.add_argument("--no-peers", action="store_true", help="measure ours only")
    ap.add_argument("--details", action="store_true", help="print missed and false headings")
    ap.add_argument("--write", action="store_true", help="rewrite the sections part of docs/benchmarks.md")
    ap.add_argument("--timeout", type=float, default=900.0, help="pymupdf4llm time limit per document (s)")
    ap.add_argument("--peer-cache", help="JSON file keeping the peers' results by file SHA-256 (reused when present)")
    ap.add_argument("--cost", metavar="PDF", help="only the section step's CPU cost against the table step on PDF "
                    "(e.g. the 304-page appeal: qpdf --empty --pages s.pdf s.pdf s.pdf s.pdf -- mi-304.pdf)")
    args = ap.parse_args(argv)
    if args.cost:
        return step_cost(Path(args.cost))

    docs = documents(args.only)
    if not docs:
        print("no documents (is ../shared beside the repository?)", file=sys.stderr)
        return 1
    systems = ["ours"] + ([] if args.no_peers else ["fontsize", "pymupdf4llm"])
    totals = {g: {s: Score() for s in systems} for g in ("samples", "outlines", "corpus", "all")}
    times = {s: [0.0, 0] for s in systems}
    overhead = [0.0, 0.0, 0.0, 0]  # feats+build, words+tables, words, pages
    rows = []
    cache: dict = {}
    reused = False
    if args.peer_cache and Path(args.peer_cache).is_file():
        cache = json.loads(Path(args.peer_cache).read_text(encoding="utf-8"))
        reused = bool(cache)
    with tempfile.TemporaryDirectory(prefix="bb-bench-sections-") as tmp:
        for group, pdf, truth in docs:
            stripped = Path(tmp) / pdf.name
            try:
                strip_outline(pdf, stripped)
            except Exception as exc:
                print(f"{pdf.name}: cannot strip bookmarks ({exc}); skipped", file=sys.stderr)
                continue
            row = {"group": group, "file": pdf.name, "true": len(truth)}
            ours = run_ours(stripped)
            n_pages = ours["pages"]
            row["pages"] = n_pages
            results = {"ours": ours["headings"]}
            times["ours"][0] += ours["t_words"] + ours["t_feats"] + ours["t_build"]
            times["ours"][1] += n_pages
            overhead[0] += ours["t_feats"] + ours["t_build"]
            overhead[1] += ours["t_words"] + ours["t_tables"]
            overhead[2] += ours["t_words"]
            overhead[3] += n_pages
            from app.source.pdf import sha256_file

            key = sha256_file(pdf)
            cached = cache.setdefault(key, {})
            if "fontsize" in systems:
                if "fontsize" in cached:
                    heads, secs = cached["fontsize"]["headings"], cached["fontsize"]["seconds"]
                else:
                    heads, secs = fontsize_baseline(str(stripped))
                    cached["fontsize"] = {"headings": heads, "seconds": secs}
                results["fontsize"] = [H(t, lv, p) for t, lv, p in heads]
                times["fontsize"][0] += secs
                times["fontsize"][1] += n_pages
            if "pymupdf4llm" in systems:
                if "pymupdf4llm" in cached:
                    heads, secs, err = cached["pymupdf4llm"]["headings"], cached["pymupdf4llm"]["seconds"], cached["pymupdf4llm"]["error"]
                else:
                    heads, secs, err = pymupdf4llm_headings(str(stripped), args.timeout)
                    cached["pymupdf4llm"] = {"headings": heads, "seconds": secs, "error": err}
                if heads is None:
                    print(f"{pdf.name}: pymupdf4llm failed: {err}", file=sys.stderr)
                    heads = []
                    row["pymupdf4llm_error"] = err
                results["pymupdf4llm"] = [H(t, lv, p) for t, lv, p in heads]
                times["pymupdf4llm"][0] += secs
                times["pymupdf4llm"][1] += n_pages
            for system in systems:
                score, pairs, missed, false = match(truth, results[system])
                row[system] = score
                totals[group][system].add(score)
                totals["all"][system].add(score)
                if args.details and system == "ours":
                    print(f"--- {pdf.name}: missed {len(missed)}, false {len(false)}")
                    for t in missed:
                        print(f"   MISSED L{t.level} p{t.page} {t.title!r}")
                    for p in false:
                        print(f"   FALSE  L{p.level} p{p.page} {p.title!r}")
                    for t, p in pairs:
                        if t.level != p.level:
                            print(f"   LEVEL  L{t.level}->L{p.level} p{t.page} {t.title!r}")
            row["load"] = os.getloadavg()[0]  # the machine is shared: the 1-minute load after each document
            rows.append(row)
            print(
                f"{group:8} {pdf.name[:34]:34} p={n_pages:4} h={len(truth):4}  "
                + "  ".join(f"{s}: {_fmt(row[s])}" for s in systems),
                flush=True,
            )
    if args.peer_cache:
        Path(args.peer_cache).write_text(json.dumps(cache), encoding="utf-8")
    texts = None if args.only else sample_texts()
    if texts:
        print(f"section texts equal to the truth: {texts['exact']} of {texts['total']} "
              f"(whitespace flattened: {texts['flat']})")
        for line in texts["differing"]:
            print("   " + line)
    print()
    for group, per in totals.items():
        if per["ours"].true:
            print(f"{group:8} " + "  ".join(f"{s}: P R F1 lvl {_fmt(per[s])}" for s in systems))
    for s in systems:
        secs, pages = times[s]
        if pages:
            print(f"time {s}: {secs / pages:.3f} s/page")
    if overhead[3]:
        print(
            f"section step {overhead[0] / overhead[3]:.4f} s/page vs table extraction "
            f"{overhead[1] / overhead[3]:.4f} s/page (words {overhead[2] / overhead[3]:.4f}): "
            f"+{100 * overhead[0] / max(overhead[1], 1e-9):.0f}%"
        )
    if args.write:
        write_markdown(rows, totals, times, overhead, systems, reused, texts)
    return 0


def write_markdown(rows, totals, times, overhead, systems, reused: bool = False, texts: dict | None = None) -> None:
    names = {"ours": "Briefing Builder", "fontsize": "font-size rule", "pymupdf4llm": "pymupdf4llm 2.0 + layout"}
    lines = [
        "## Section tree: heading recovery against bookmarks",
        "",
        f"Run {_dt.date.today().isoformat()} on {platform.machine()} {platform.processor() or ''} "
        f"({os.cpu_count()} cores), Python {platform.python_version()}; "
        "`.venv/bin/python tests/benchmarks/bench_sections.py --write`"
        + (" (peers' results and times reused from the previous full run on this machine, `--peer-cache`)." if reused else "."),
        "",
    ]
    loads = [r["load"] for r in rows if "load" in r]
    if loads:
        lines += [
            f"Machine load during the run (1-minute load average after each document): {min(loads):.1f}-{max(loads):.1f} "
            f"on {os.cpu_count()} cores; seconds per page are inflated alike for every system when it is high.",
            "",
        ]
    lines += [
        "Bookmarks are removed from a copy of each PDF before any system reads it; printed tables of "
        "contents and internal links stay (fair evidence). P/R/F1: headings matched by normalised title "
        "on the same page; level: share of matched headings at the bookmark's depth (bookmark depth 1 = "
        "level 1); ranked: the same after each system's levels in a document are replaced by their dense "
        "rank (forgives a constant shift such as markdown starting at `##`). Rules in docs/sections.md.",
        "",
        "| documents | pages | headings | " + " | ".join(f"{names[s]} P / R / F1 / level (ranked)" for s in systems) + " |",
        "|---|---|---|" + "---|" * len(systems),
    ]
    for group in ("samples", "outlines", "corpus", "all"):
        per = totals[group]
        if not per["ours"].true:
            continue
        pages = sum(r["pages"] for r in rows if group == "all" or r["group"] == group)
        n_docs = sum(1 for r in rows if group == "all" or r["group"] == group)
        label = {"samples": "bundled samples", "outlines": "shared/corpus/outlines", "corpus": "other corpus PDFs with outlines", "all": "**all**"}[group]
        cells = []
        for s in systems:
            sc = per[s]
            cells.append(
                f"{sc.precision:.2f} / {sc.recall:.2f} / **{sc.f1:.2f}** / {sc.level_accuracy:.2f} ({sc.ranked_level_accuracy:.2f})"
            )
        lines.append(f"| {label} ({n_docs}) | {pages} | {per['ours'].true} | " + " | ".join(cells) + " |")
    lines += ["", "| system | seconds per page |", "|---|---|"]
    for s in systems:
        secs, pages = times[s]
        if pages:
            lines.append(f"| {names[s]} | {secs / pages:.3f} |")
    if overhead[3]:
        lines += [
            "",
            f"Ours includes the word extraction shared with the tables. The section step alone (features on "
            f"the cached words + tree building) takes {overhead[0] / overhead[3]:.4f} s/page against "
            f"{overhead[1] / overhead[3]:.4f} s/page for the table extraction of the same pages "
            f"(word extraction {overhead[2] / overhead[3]:.4f} s/page included): "
            f"**+{100 * overhead[0] / max(overhead[1], 1e-9):.0f}%**.",
        ]
    o = totals["outlines"]["ours"]
    if o.true:
        peer = totals["outlines"].get("pymupdf4llm")
        ratio = overhead[0] / max(overhead[1], 1e-9) if overhead[3] else None
        yes = lambda ok: "met" if ok else "**not met**"  # noqa: E731
        lines += [
            "",
            "Targets (issue 4): on shared/corpus/outlines heading F1 ≥ 0.85 — "
            f"{yes(o.f1 >= 0.85)} ({o.f1:.2f}); level accuracy ≥ 0.90 — {yes(o.level_accuracy >= 0.90)} "
            f"({o.level_accuracy:.2f})"
            + (f"; above pymupdf4llm in the same run — {yes(o.f1 > peer.f1)} ({peer.f1:.2f})" if peer else "")
            + (f"; section step ≤ 30% of table extraction — {yes(ratio <= 0.30)} (+{100 * ratio:.0f}%)" if ratio is not None else "")
            + ".",
        ]
        c = totals["corpus"]["ours"]
        if c.true:
            cp = totals["corpus"].get("pymupdf4llm")
            lines.append(
                f"On the other corpus PDFs with outlines (small test files of other projects) ours reaches F1 {c.f1:.2f}"
                + (f" against pymupdf4llm's {cp.f1:.2f}" if cp else "") + "."
            )
    if texts:
        lines += [
            "",
            "**Section texts** of the bundled samples, extracted end to end by the real pipeline (its own "
            "tables) and compared with the truth paragraph by paragraph (whitespace inside a paragraph "
            f"normalised): section texts equal to the truth: **{texts['exact']} of {texts['total']}**"
            + (" (the same with paragraph breaks ignored)" if texts["flat"] == texts["exact"]
               else f" ({texts['flat']} with paragraph breaks ignored)") + ".",
        ]
        if texts["differing"]:
            lines.append("The others (docs/sections.md, limits): "
                         + "; ".join(texts["differing"]) + ".")
    lines += ["", "<details><summary>Per document</summary>", "", "| group | file | pages | headings | "
              + " | ".join(f"{names[s]} F1 / level" for s in systems) + " |", "|---|---|---|---|" + "---|" * len(systems)]
    for r in rows:
        cells = []
        for s in systems:
            sc = r[s]
            cells.append(f"{sc.f1:.2f} / {sc.level_accuracy:.2f}")
        lines.append(f"| {r['group']} | {r['file']} | {r['pages']} | {r['true']} | " + " | ".join(cells) + " |")
    lines += ["", "</details>"]
    errors = [r for r in rows if r.get("pymupdf4llm_error")]
    if errors:
        lines += ["", "pymupdf4llm failures (counted as no headings): " + "; ".join(f"{r['file']}: {r['pymupdf4llm_error']}" for r in errors)]
    write_section("sections", "\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
