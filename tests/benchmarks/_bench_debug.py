"""Developer view of our extractor on the ICDAR corpus, in-process (fast; no peers, no memory figures).

    python tests/benchmarks/_bench_debug.py                 # per-document F1 of ours, summary
    python tests/benchmarks/_bench_debug.py eu-013 -v       # grids of ground truth and prediction
    python tests/benchmarks/_bench_debug.py --compare /tmp/bench.json   # beside a bench_tables --json run
    python tests/benchmarks/_bench_debug.py --source pdfminer   # with the reference page source
    (seconds are CPU seconds of this process, reading the page included)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from _icdar import (  # noqa: E402
    TableCells,
    _greedy,
    adjacency,
    corpus_documents,
    iou,
    load_ground_truth,
    score_document,
    summarise,
)


def grid_text(t: TableCells, width: int = 14) -> str:
    if not t.cells:
        return "   (no cells)"
    nr = max(c[0] + c[2] for c in t.cells)
    nc = max(c[1] + c[3] for c in t.cells)
    grid = [[""] * nc for _ in range(nr)]
    for r, c, rs, cs, text in t.cells:
        if r < nr and c < nc:
            span = f"[{rs}x{cs}]" if rs > 1 or cs > 1 else ""
            grid[r][c] = (" ".join(text.split())[:width] + span)
    return "\n".join("   | " + " | ".join(f"{x:{width}s}" for x in row) for row in grid)


def ours(pdf: Path, source: str | None = None) -> tuple[list[TableCells], list[float]]:
    from app.source.pagesource import open_pages
    from app.extract.tables import extract_tables

    out, secs = [], []
    with open_pages(pdf, source=source) as doc:
        for n in range(1, len(doc) + 1):
            t0 = time.process_time()
            page = doc.page(n)
            tables = extract_tables(page, n)
            secs.append(time.process_time() - t0)
            for t in tables:
                out.append(TableCells(n, t.bbox, [(c.row, c.col, c.row_span, c.col_span, c.text) for c in t.cells]))
            page.close()
    return out, secs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("docs", nargs="*")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--compare", type=Path)
    ap.add_argument("--source", choices=("pdfium", "pdfminer"), help="page source (default: the app's)")
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus/icdar2013-eu"))
    args = ap.parse_args()
    pdfs = [p for p in corpus_documents(args.corpus) if not args.docs or p.stem in args.docs]
    peers = json.loads(args.compare.read_text())["icdar"]["tools"] if args.compare else {}
    scores, all_secs = [], []
    for pdf in pdfs:
        gt = load_ground_truth(pdf)
        pred, secs = ours(pdf, args.source)
        all_secs += secs
        s = score_document(pdf.stem, gt.tables, pred)
        scores.append(s)
        best = max(((t, r["documents"].get(pdf.stem, {}).get("f1", 0)) for t, r in peers.items() if t != "ours"),
                   key=lambda x: x[1], default=("", 0))
        print(f"{pdf.stem:8s} F1 {s.f1:.3f} P {s.precision:.3f} R {s.recall:.3f} | tables gt {s.gt_tables} "
              f"pred {s.pred_tables} det {s.detected} | {sum(secs):.2f}s" + (f" | best peer {best[0]} {best[1]:.2f}" if best[0] else ""))
        if args.v:
            matches = dict(_greedy(gt.tables, pred, 0.0, strict=False))
            for i, g in enumerate(gt.tables):
                j = matches.get(i)
                print(f"  GT table {i} page {g.page} bbox {[round(v) for v in g.bbox]}")
                print(grid_text(g))
                if j is None:
                    print("  -> no predicted table")
                    continue
                p = pred[j]
                ga, pa = adjacency(g.cells), adjacency(p.cells)
                cor = sum((ga & pa).values())
                print(f"  -> predicted {j} bbox {[round(v) for v in p.bbox]} IoU {iou(g.bbox, p.bbox):.2f} "
                      f"relations gt {sum(ga.values())} pred {sum(pa.values())} correct {cor}")
                print(grid_text(p))
                missing = list((ga - pa).elements())[:12]
                extra = list((pa - ga).elements())[:12]
                print("   missing:", missing)
                print("   extra:  ", extra)
            unmatched = set(range(len(pred))) - set(matches.values())
            for j in sorted(unmatched):
                p = pred[j]
                print(f"  unmatched prediction page {p.page} bbox {[round(v) for v in p.bbox]} "
                      f"({len(p.cells)} cells, {sum(adjacency(p.cells).values())} relations)")
                print(grid_text(p))
    sm = summarise(scores)
    import statistics

    print(f"\nALL det R {sm.detection_recall:.3f} P {sm.detection_precision:.3f} | doc F1 {sm.doc_f1:.4f} "
          f"(P {sm.doc_precision:.3f} R {sm.doc_recall:.3f}) | pooled F1 {sm.pooled_f1:.4f} "
          f"(P {sm.pooled_precision:.3f} R {sm.pooled_recall:.3f}) | median {statistics.median(all_secs):.3f} "
          f"mean {statistics.fmean(all_secs):.3f} s/page")


if __name__ == "__main__" and "--samples" not in sys.argv:
    main()


def samples_view(only_pages: set[int] | None = None, verbose: bool = True) -> None:
    """Ground truth of the bundled samples beside our extraction (cell differences)."""
    from app.document.model import DocumentData
    from app.extract.pipeline import extract_document

    folder = ROOT / "resources" / "samples"
    for pdf in sorted(folder.glob("*.pdf")):
        truth = DocumentData.from_json(json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text()))
        got = extract_document(pdf, workers=2)
        print(f"== {pdf.name}: truth {len(truth.tables)} tables, got {len(got.tables)}")
        used = set()
        for t in truth.tables:
            if only_pages and t.page not in only_pages:
                continue
            cands = [(iou(t.bbox, g.bbox), k) for k, g in enumerate(got.tables) if g.page == t.page]
            best = max(cands, default=(0, None))
            if best[1] is None or best[0] < 0.3:
                print(f"  p{t.page} {t.title!r}: NOT FOUND")
                continue
            used.add(best[1])
            g = got.tables[best[1]]
            have = {(c.row, c.col): c for c in g.cells}
            diffs = []
            for c in t.cells:
                h = have.get((c.row, c.col))
                if (h.text if h else "") != c.text or (h.value if h else None) != c.value or (
                        h and (h.row_span, h.col_span) != (c.row_span, c.col_span) and c.text):
                    diffs.append((c.row, c.col, c.text, c.value, c.row_span, c.col_span,
                                  (h.text, h.value, h.row_span, h.col_span) if h else None))
            print(f"  p{t.page} IoU {best[0]:.2f} size {g.n_rows}x{g.n_cols} (truth {t.n_rows}x{t.n_cols}) "
                  f"header {g.header_rows}/{t.header_rows} totals {g.total_rows}/{t.total_rows} "
                  f"title {'ok' if g.title == t.title else repr(g.title)} diffs {len(diffs)}")
            if verbose:
                for d in diffs[:15]:
                    print("     ", d)
        for k, g in enumerate(got.tables):
            if k not in used and (not only_pages or g.page in only_pages):
                print(f"  extra table p{g.page} {g.n_rows}x{g.n_cols} bbox {[round(v) for v in g.bbox]}: "
                      f"{[c.text for c in g.cells][:10]}")


if __name__ == "__main__" and "--samples" in sys.argv:
    pages = {int(a) for a in sys.argv[1:] if a.isdigit()}
    samples_view(pages or None, verbose="-q" not in sys.argv)
    sys.exit(0)
