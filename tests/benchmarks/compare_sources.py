"""Where the pdfium page source and the pdfminer one (the reference) disagree, per kind of document.

    python tests/benchmarks/compare_sources.py                     # samples + the shared corpora
    python tests/benchmarks/compare_sources.py a.pdf b.pdf -v      # given PDFs, differing words shown
    options: --max-pages 40 (per document)  --json out.json

For every page both sources read, the words the rules get (app.source.layout.WORD_OPTIONS) are paired by
text and position (each side of the box within --tol points, default 0.5); the rulings
(app.extract.tables.rulings.page_rulings) likewise. Unpaired words are put in one class each, first that
applies: "sideways" (not upright), "invisible" (pdfium: text render mode 3), "white" (fill colour
white), "ligature" (a ligature glyph or its expansion), "hyphen", "moved" (same text on both sides,
box further than the tolerance), "text" (the rest: different characters). CPU seconds of reading
(characters, strokes, words) are summed per source. Documents pdfium hands back to pdfminer are
counted with the reason. See docs/extraction.md ("Page sources").
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LIGATURES = set("\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06")


def _shared() -> Path:
    return Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared"))


def default_groups() -> dict[str, list[Path]]:
    corpus = _shared() / "corpus"
    groups = {"samples": sorted((ROOT / "resources" / "samples").glob("*.pdf"))}
    for name, folder in (("icdar2013-eu", corpus / "icdar2013-eu"), ("camelot", corpus / "real-world" / "camelot"),
                         ("tabula", corpus / "real-world" / "tabula"), ("outlines", corpus / "outlines")):
        if folder.is_dir():
            groups[name] = sorted(folder.glob("*.pdf"))
    return groups


def _classify(w: dict, others: list[dict], chars: list[dict]) -> str:
    if not w.get("upright", True):
        return "sideways"
    inside = [c for c in chars if c["x0"] >= w["x0"] - 0.5 and c["x1"] <= w["x1"] + 0.5
              and abs(c["top"] - w["top"]) < 1.5]
    if any(c.get("render_mode") == 3 for c in inside):
        return "invisible"
    col = w.get("non_stroking_color")
    if isinstance(col, (tuple, list)) and col and all(isinstance(v, (int, float)) and v >= 0.99 for v in col[:3]) \
            and len(col) in (1, 3):
        return "white"
    text = w["text"]
    if LIGATURES & set(text) or any(s in text for s in ("ff", "fi", "fl")) and any(
            LIGATURES & set(o["text"]) for o in others):
        return "ligature"
    if text.endswith(("-", "\u00ad", "\ufffe")) or "\u00ad" in text:
        return "hyphen"
    if any(o["text"] == text for o in others):
        return "moved"
    return "text"


def compare_page(mine, ref, tol: float) -> dict:
    from app.source.layout import WORD_OPTIONS
    from app.extract.tables.rulings import page_rulings

    out: dict = {"classes": Counter(), "examples": []}
    t0 = time.process_time()
    wa = ref.extract_words(**WORD_OPTIONS)
    _ = ref.rects, ref.lines, ref.curves
    t1 = time.process_time()
    wb = mine.extract_words(**WORD_OPTIONS)
    _ = mine.rects, mine.lines, mine.curves
    t2 = time.process_time()
    out["cpu_ref"], out["cpu_mine"] = t1 - t0, t2 - t1
    out["words_ref"], out["words_mine"] = len(wa), len(wb)
    index: dict[str, list[int]] = defaultdict(list)
    for j, w in enumerate(wb):
        index[w["text"]].append(j)
    used: set[int] = set()
    paired = 0
    only_ref = []
    for w in wa:
        hit = None
        for j in index.get(w["text"], []):
            if j in used:
                continue
            o = wb[j]
            if all(abs(w[k] - o[k]) <= tol for k in ("x0", "x1", "top", "bottom")):
                hit = j
                break
        if hit is None:
            only_ref.append(w)
        else:
            used.add(hit)
            paired += 1
    only_mine = [w for j, w in enumerate(wb) if j not in used]
    out["paired"] = paired
    for w in only_ref:
        out["classes"][("pdfminer only", _classify(w, only_mine, mine.chars))] += 1
    for w in only_mine:
        out["classes"][("pdfium only", _classify(w, only_ref, mine.chars))] += 1
    out["examples"] = [w["text"] for w in only_ref[:5]], [w["text"] for w in only_mine[:5]]
    ra, rb = page_rulings(ref), page_rulings(mine)
    diff = 0
    for xs, ys in zip(ra, rb):
        left = list(ys)
        for r in xs:
            k = next((i for i, q in enumerate(left) if q.orient == r.orient and abs(q.pos - r.pos) <= tol
                      and abs(q.start - r.start) <= tol and abs(q.end - r.end) <= tol), None)
            if k is None:
                diff += 1
            else:
                left.pop(k)
        diff += len(left)
    out["rulings"] = sum(len(x) for x in ra)
    out["rulings_diff"] = diff
    return out


def compare_document(path: Path, max_pages: int, tol: float, verbose: bool) -> dict:
    import pdfplumber

    from app.source.pagesource import PageSource, PdfiumPage

    doc = {"pages": 0, "fallbacks": Counter(), "words_ref": 0, "words_mine": 0, "paired": 0,
           "classes": Counter(), "rulings": 0, "rulings_diff": 0, "cpu_ref": 0.0, "cpu_mine": 0.0}
    try:
        plumber = pdfplumber.open(path)
        _ = plumber.pages
    except Exception as exc:
        doc["error"] = str(exc)
        return doc
    try:
        source = PageSource(plumber, path, source="pdfium")
        for number in range(1, min(len(plumber.pages), max_pages) + 1):
            t0 = time.process_time()
            mine = source.page(number)
            t_make = time.process_time() - t0
            if not isinstance(mine, PdfiumPage):
                doc["fallbacks"][source.fallbacks.get(number) or source.fallbacks.get(0) or "?"] += 1
                continue
            ref = plumber.pages[number - 1]
            try:
                res = compare_page(mine, ref, tol)
            except Exception as exc:  # a page pdfminer cannot read is no comparison
                doc["fallbacks"][f"pdfminer failed: {type(exc).__name__}"] += 1
                continue
            finally:
                mine.close()
            doc["pages"] += 1
            doc["cpu_mine"] += res["cpu_mine"] + t_make
            doc["cpu_ref"] += res["cpu_ref"]
            for k in ("words_ref", "words_mine", "paired", "rulings", "rulings_diff"):
                doc[k] += res[k]
            doc["classes"].update(res["classes"])
            if verbose and (res["classes"] or res["rulings_diff"]):
                print(f"  {path.name} p{number}: {dict(res['classes'])} rulings diff {res['rulings_diff']}"
                      f" | pdfminer only {res['examples'][0]} | pdfium only {res['examples'][1]}")
            ref.close()
        source.close()
    finally:
        plumber.close()
    return doc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--max-pages", type=int, default=40)
    ap.add_argument("--tol", type=float, default=0.5)
    ap.add_argument("--json", type=Path)
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    groups = {"given": a.pdfs} if a.pdfs else default_groups()
    report = {}
    for group, pdfs in groups.items():
        total = {"documents": 0, "pages": 0, "fallbacks": Counter(), "words_ref": 0, "words_mine": 0, "paired": 0,
                 "classes": Counter(), "rulings": 0, "rulings_diff": 0, "cpu_ref": 0.0, "cpu_mine": 0.0,
                 "documents_differing": 0}
        for pdf in pdfs:
            d = compare_document(pdf, a.max_pages, a.tol, a.v)
            total["documents"] += 1
            for k in ("pages", "words_ref", "words_mine", "paired", "rulings", "rulings_diff", "cpu_ref", "cpu_mine"):
                total[k] += d[k]
            total["fallbacks"].update(d["fallbacks"])
            total["classes"].update(d["classes"])
            total["documents_differing"] += bool(d["classes"] or d["rulings_diff"])
        share = total["paired"] / max(total["words_ref"], 1)
        print(f"{group:13s} {total['documents']:3d} docs {total['pages']:4d} pages | words pdfminer "
              f"{total['words_ref']} pdfium {total['words_mine']} paired {total['paired']} ({share:.4f}) | "
              f"rulings {total['rulings']} differing {total['rulings_diff']} | reading CPU s pdfminer "
              f"{total['cpu_ref']:.1f} pdfium {total['cpu_mine']:.1f} | docs differing {total['documents_differing']}")
        for (side, cls), n in sorted(total["classes"].items()):
            print(f"    {side:14s} {cls:10s} {n}")
        for reason, n in total["fallbacks"].items():
            print(f"    read by pdfminer: {reason}: {n} page(s)")
        report[group] = {k: (dict((" / ".join(kk) if isinstance(kk, tuple) else kk, vv) for kk, vv in v.items())
                             if isinstance(v, Counter) else v) for k, v in total.items()}
    if a.json:
        a.json.write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
