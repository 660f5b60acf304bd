"""Scanned pages: table rows and section headings read by OCR against the born-digital truth.

    python tests/benchmarks/bench_ocr.py [--dpi 200] [--reports 8] [--ocr-cache DIR] [--no-speed] [--write]

Image-only scans of the bundled samples are made with tools/docgen/scans.py (seeded: skew up to
1.5°, Gaussian noise, grey paper, JPEG quality 70; one page in four fed sideways) and extracted
through the whole pipeline (two workers). Figures: body rows exactly right (every cell's text, a dash
being any dash) against the sample's truth, on the pages that hold tables; heading F1 and level
accuracy over the whole Myanmar sample; seconds per page (wall, two workers, one page per document
so the second worker idles: the throughput on a long scanned document is about twice this). ``--write`` replaces the ``ocr`` section of docs/benchmarks.md.

Headings are also measured on scans of generated reports (:mod:`tools.docgen.reports`, the first
``--reports`` Latin-script documents of the development and of the validation split; Tesseract has no
Chinese, Arabic or Hebrew data here), scanned like the Myanmar sample and matched to their truth as in
the reports benchmark (tests/benchmarks/_heading_match.py). Rules are tuned on the development scans
only; the validation scans are judged by their summary. ``--ocr-cache DIR`` keeps Tesseract's words
per page image (keyed by the image's bytes) and runs the pipeline in this process, for repeated runs
while tuning: the figures are the same, the seconds are not comparable.

Speed (unless ``--no-speed``): multi-page scans (``SPEED_DOCS``) through ``briefing-builder extract
--workers 2`` in a process of its own, never with cached words: wall seconds per page, what a user
waits for, and CPU seconds per page of the command, its workers and Tesseract (needs psutil); once
with Tesseract's library in the workers and once with its program per page (``ENGINES``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.document.model import Table  # noqa: E402
from app.extract.pipeline import extract_document  # noqa: E402
from tools.docgen.scans import scan_pdf  # noqa: E402
from tests.benchmarks._results import write_section  # noqa: E402
from tests.benchmarks._heading_match import H, Score, match  # noqa: E402

#: Workers of the pipeline (0: in this process, with ``--ocr-cache``).
WORKERS = 2


def cache_ocr(folder: Path) -> None:
    """Memoise the OCR engine's words by page image (benchmark-only; see the module docstring)."""
    import hashlib
    import pickle

    from app.source import ocr

    global WORKERS
    WORKERS = 0
    folder.mkdir(parents=True, exist_ok=True)
    read = ocr._read_words

    def cached(image):
        key = hashlib.sha1(image.tobytes() + repr(image.size).encode()).hexdigest()
        f = folder / f"{key}.pkl"
        if f.is_file():
            return pickle.loads(f.read_bytes())
        words = read(image)
        part = f.with_suffix(f".{os.getpid()}.part")  # runs sharing the folder never read half a file
        part.write_bytes(pickle.dumps(words))
        os.replace(part, f)
        return words

    ocr._read_words = cached


def report_headings(split: str, n: int, dpi: int, tmp: Path, seeds: range | None = None,
                    details: bool = False) -> dict:
    """Scanned generated reports of ``split``: pooled heading scores. ``seeds`` (offsets from the
    split's first seed): those documents instead of the first ``n``; ``details``: print each
    document's figures and its wrong headings (development only: the validation split is judged by
    its summary)."""
    from tools.docgen import reports

    total = Score()
    docs = 0
    seconds = 0.0
    if seeds is None:
        pdfs = reports.generate(split, 30)
    else:
        start = reports.SPLITS[split]
        pdfs = reports.render([reports.make_spec(start + i) for i in seeds], reports.cache_dir() / split)
        n = len(pdfs)
    for pdf in pdfs:
        info = reports.load_truth(pdf)
        if info["lang"] not in ("en", "fr", "es"):
            continue
        if docs >= n:
            break
        truth = [H(h["title"], h["level"], h["page"]) for h in info["headings"]]
        scan = scan_pdf(pdf, tmp / f"{pdf.stem}-scan.pdf", dpi=dpi, seed=7, skew=1.0, noise=5, grey=235, jpeg=75)
        t0 = time.perf_counter()
        data = extract_document(scan, workers=WORKERS)
        seconds += time.perf_counter() - t0
        got = [H(s.title, s.level, s.page) for s in data.all_sections() if s.level]
        score, pairs, missed, false = match(truth, got)
        total.add(score)
        docs += 1
        if details:
            print(f"{pdf.stem} [{','.join(info['features'])}] F1 {score.f1:.2f} level {score.level_accuracy:.2f}",
                  flush=True)
            for t, g in pairs:
                if t.level != g.level:
                    print(f"    level {t.level} -> {g.level}  p{t.page} {t.title[:70]!r}")
            for t in missed:
                print(f"    missed   {t.level}  p{t.page} {t.title[:70]!r}")
            for g in false:
                print(f"    false    {g.level}  p{g.page} {g.title[:70]!r}")
    return {"docs": docs, "score": total, "seconds": seconds}

#: How Tesseract is run, timed side by side: the library in each worker (models loaded once per
#: worker) and the program started for every page (the fallback, and what ran before).
ENGINES = {"library": "", "program": "cli"}


def speed(path: Path, pages: list[int] | None, dpi: int, tmp: Path, workers: int = 2, engine: str = "library") -> dict:
    """What a user waits for: a multi-page scan of ``path`` through ``briefing-builder extract`` with
    ``workers`` workers (they read pages in parallel), timed from the command's start to its end, and
    the CPU seconds of the command and every process under it (the workers and Tesseract), polled
    from the process tree (a process's last reading before it ends is kept: under-counts by at most
    one polling interval per process). ``engine``: a key of ``ENGINES``."""
    import subprocess

    import psutil

    scan = scan_pdf(path, tmp / f"{path.stem}-speed.pdf", pages=pages, dpi=dpi, seed=11, skew=1.0,
                    noise=5, grey=235, jpeg=75)
    n = len(pages) if pages else _page_count(path)
    cmd = [sys.executable, "-m", "briefing_builder.cli", "extract", str(scan), "-o", str(tmp / "speed.json"), "-q",
           "--workers", str(workers)]
    cpu: dict[int, float] = {}
    t0 = time.perf_counter()
    env = dict(os.environ, BRIEFING_OCR_ENGINE=ENGINES[engine])
    proc = psutil.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    while proc.poll() is None:
        try:
            tree = [proc] + proc.children(recursive=True)
        except psutil.Error:
            tree = [proc]
        for pr in tree:
            try:
                t = pr.cpu_times()
                cpu[pr.pid] = max(cpu.get(pr.pid, 0.0), t.user + t.system)
            except psutil.Error:
                pass
        time.sleep(0.1)
    wall = time.perf_counter() - t0
    if proc.returncode:
        raise RuntimeError(proc.stderr.read().decode(errors="replace")[-2000:])
    return {"pages": n, "wall": wall, "cpu": sum(cpu.values())}


def _page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


SAMPLES = ROOT / "resources" / "samples"
#: Multi-page scans timed through the command line: the appeal's table pages, the whole Myanmar sample.
SPEED_DOCS = {"appeal": [7, 9, 10, 11, 12, 14], "myanmar": None}
DOCS = {
    "appeal": SAMPLES / "migration-initiatives-2017-sample.pdf",
    "myanmar": SAMPLES / "myanmar-crisis-response-plan-2025-sample.pdf",
}


def _norm(row) -> tuple[str, ...]:
    return tuple(" ".join(str(c).replace("–", "-").replace("—", "-").split()) for c in row)


def _truth(path: Path) -> dict:
    return json.loads(path.with_suffix("").with_suffix(".truth.json").read_text(encoding="utf-8"))


def table_rows(path: Path, dpi: int, tmp: Path) -> dict:
    truth = _truth(path)
    pages = sorted({t["page"] for t in truth["tables"]})
    rows_exact = rows_total = 0
    seconds = 0.0
    for i, page in enumerate(pages):
        scan = scan_pdf(path, tmp / f"{path.stem}-p{page}.pdf", pages=[page], dpi=dpi, seed=page,
                        skew=1.5, noise=6, grey=230, jpeg=70, rotate=90 if i % 4 == 3 else 0)
        t0 = time.perf_counter()
        data = extract_document(scan, workers=WORKERS)
        seconds += time.perf_counter() - t0
        got = set()
        for t in data.tables:
            got.update(_norm(r) for r in t.text_grid()[t.header_rows:])
        for t in truth["tables"]:
            if t["page"] != page:
                continue
            tab = Table.from_json(t)
            for row in tab.text_grid()[t["header_rows"]:]:
                rows_total += 1
                rows_exact += _norm(row) in got
    return {"pages": len(pages), "rows": rows_total, "exact": rows_exact, "seconds": seconds}


def headings(path: Path, dpi: int, tmp: Path) -> dict:
    truth = _truth(path)
    want = {(" ".join(s["title"].split()).lower(), s.get("level")) for s in truth["sections"] if s.get("level")}
    scan = scan_pdf(path, tmp / f"{path.stem}-all.pdf", dpi=dpi, seed=7, skew=1.0, noise=5, grey=235, jpeg=75)
    t0 = time.perf_counter()
    data = extract_document(scan, workers=2)
    seconds = time.perf_counter() - t0
    got = {(" ".join(s.title.split()).lower(), s.level) for s in data.all_sections() if s.level}
    titles_want = {t for t, _ in want}
    titles_got = {t for t, _ in got}
    hit = titles_want & titles_got
    precision = len(hit) / len(titles_got) if titles_got else 0.0
    recall = len(hit) / len(titles_want) if titles_want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    level = len(want & got) / len(hit) if hit else 0.0
    return {"f1": f1, "precision": precision,
            "recall": recall, "level": level, "headings": len(titles_want), "seconds": seconds}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--dpi", type=int, default=200)
    p.add_argument("--reports", type=int, default=8, help="generated reports per split (0: none)")
    p.add_argument("--ocr-cache", type=Path, help="reuse the OCR engine's words per page image (tuning)")
    p.add_argument("--no-speed", action="store_true", help="skip the multi-page timing through the command line")
    p.add_argument("--write", action="store_true")
    p.add_argument("--split", choices=("development", "validation"),
                   help="generated reports of this split only, and no sample (tuning)")
    p.add_argument("--seeds", help="A:B, development documents A..B-1 instead of the first --reports "
                   "(rendered where missing into $BB_DOCGEN_CACHE)")
    p.add_argument("--details", action="store_true", help="each development document's wrong headings")
    a = p.parse_args(argv)
    if (a.seeds or a.details) and a.split != "development":
        p.error("--seeds and --details need --split development (validation is judged by its summary)")
    seeds = range(*map(int, a.seeds.split(":"))) if a.seeds else None
    if a.ocr_cache:
        cache_ocr(a.ocr_cache)
    load = os.getloadavg()[0]
    cpu0 = time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        if a.split:
            r = report_headings(a.split, a.reports, a.dpi, Path(tmp), seeds, a.details)
            sc = r["score"]
            print(f"{a.split} scans: {r['docs']} documents, {sc.true} headings, P/R/F1 {sc.precision:.3f} / "
                  f"{sc.recall:.3f} / {sc.f1:.3f}, level {sc.level_accuracy:.3f}")
            return 0
        tables = {name: table_rows(path, a.dpi, Path(tmp)) for name, path in DOCS.items()}
        heads = headings(DOCS["myanmar"], a.dpi, Path(tmp))
        generated = {split: report_headings(split, a.reports, a.dpi, Path(tmp))
                     for split in ("development", "validation")} if a.reports else {}
        speeds = {}
        if not a.no_speed:
            for name, pages in SPEED_DOCS.items():
                for engine in ENGINES:
                    before = os.getloadavg()[0]
                    speeds[name, engine] = dict(speed(DOCS[name], pages, a.dpi, Path(tmp), engine=engine),
                                                load=(before, os.getloadavg()[0]))
    load_after = os.getloadavg()[0]
    lines = [
        "## Scanned pages (OCR)",
        "",
        f"Image-only scans of the bundled samples at {a.dpi} dpi (skew up to 1.5°, noise, grey paper, "
        "JPEG 70, one table page in four fed sideways), extracted through the whole pipeline with "
        f"Tesseract {tesseract_version()} (eng+fra+spa). {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"{os.cpu_count()} cores, {platform.processor() or platform.machine()}, load {load:.1f} → {load_after:.1f}.",
        "",
        "| document | table pages | body rows | exactly right | "
        + ("wall s/page (OCR words from the cache: not the OCR's time) |" if a.ocr_cache else
           "wall s/page (2 workers, one page at a time) |"),
        "| --- | --- | --- | --- | --- |",
    ]
    for name, r in tables.items():
        lines.append(f"| {name} | {r['pages']} | {r['rows']} | {r['exact']}/{r['rows']} = {r['exact'] / max(1, r['rows']):.2f} "
                     f"| {r['seconds'] / max(1, r['pages']):.1f} |")
    total_rows = sum(r["rows"] for r in tables.values())
    total_exact = sum(r["exact"] for r in tables.values())
    lines += [
        f"| all | {sum(r['pages'] for r in tables.values())} | {total_rows} | {total_exact}/{total_rows} = "
        f"{total_exact / max(1, total_rows):.2f} | |",
        "",
        f"Section headings of the whole Myanmar sample scanned: heading F1 {heads['f1']:.2f} (precision "
        f"{heads['precision']:.2f}, recall {heads['recall']:.2f}), level accuracy {heads['level']:.2f} over "
        f"{heads['headings']} headings; {heads['seconds']:.0f} s for the document.",
    ]
    if generated:
        lines += [
            "",
            "Headings on scans of generated reports (tools/docgen/reports.py, scanned as above; Latin-script "
            "documents only), pooled per split; rules tuned on the development scans, the validation scans "
            "judged by this summary:",
            "",
            "| split | documents | headings | P / R / F1 | level accuracy |",
            "| --- | --- | --- | --- | --- |",
        ]
        for split, r in generated.items():
            sc = r["score"]
            lines.append(f"| {split} | {r['docs']} | {sc.true} | {sc.precision:.2f} / {sc.recall:.2f} / "
                         f"**{sc.f1:.2f}** | {sc.level_accuracy:.2f} |")
    if speeds:
        lines += [
            "",
            f"Speed, what a user waits for: multi-page scans at {a.dpi} dpi through `briefing-builder extract "
            "--workers 2` in a process of its own (the OCR words are never from a cache here), wall time from "
            "start to end (the two workers read pages in parallel, so on an idle 2-core machine the wall time is "
            "about half the CPU time) and CPU time of the command, its workers and Tesseract (polled from the "
            "process tree). The machine is shared: the wall time grows with the load, the CPU time much less. "
            "Tesseract run two ways in the same run: *library*, libtesseract in each worker with the models "
            "loaded once per worker (the default), and *program*, the tesseract program started for every "
            "page, which loads the models each time (the fallback when the library cannot be loaded; "
            "`BRIEFING_OCR_ENGINE=cli`).",
            "",
            "| document | pages | Tesseract | wall s/page | CPU s/page | load during the run |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for (name, engine), r in speeds.items():
            lines.append(f"| {name} ({'pages ' + ','.join(map(str, SPEED_DOCS[name])) if SPEED_DOCS[name] else 'all'}) "
                         f"| {r['pages']} | {engine} | {r['wall'] / r['pages']:.2f} | {r['cpu'] / r['pages']:.2f} "
                         f"| {r['load'][0]:.1f} → {r['load'][1]:.1f} |")
    lines += ["", f"Benchmark process CPU {time.process_time() - cpu0:.0f} s"
              + (" (OCR words reused from a cache, pipeline in one process)" if a.ocr_cache else
                 " (the workers' CPU is not in this figure)") + "."]
    text = "\n".join(lines)
    print(text)
    if a.write:
        write_section("ocr", text)
    return 0


def tesseract_version() -> str:
    from app.source import ocr

    made = ocr._engine()
    if made is not None:
        return made.version
    try:
        import pytesseract

        return str(pytesseract.get_tesseract_version())
    except Exception:
        return "?"


if __name__ == "__main__":
    raise SystemExit(main())
