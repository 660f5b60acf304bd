"""Whole-document extraction: worker pool, streaming, cache, cancel, time limit, failing pages."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest

from app.document.model import DocumentData
from app.source.pdf import PdfError, PdfPasswordError
from app.extract.pipeline import (
    Extraction,
    ExtractSettings,
    PageResult,
    extract_document,
    iter_extract,
    parse_pages,
)


def make_pages_pdf(path: Path, n_pages: int) -> Path:
    """``n_pages`` A4 pages, each with a heading, a sentence and a ruled 4 x 3 table."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    story = []
    for i in range(1, n_pages + 1):
        rows = [["Country", "Requirement", "Funded"]] + [
            [name, f"{i * 1000 + k:,}", f"{k * 10}%"] for k, name in enumerate(["Kenya", "Chad", "Peru"], 1)
        ]
        table = Table(rows)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        story += [Paragraph(f"Chapter {i}", styles["Heading1"]),
                  Paragraph(f"Text of page {i}.", styles["BodyText"]), table, PageBreak()]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story[:-1])
    return path


def make_slow_pdf(path: Path, operations: int = 60000) -> Path:
    """Page 1 is ordinary; page 2 has so many path operations that reading it takes pdfminer seconds
    (use :data:`SLOW_SOURCE`: pdfium reads it in a fraction of a second)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.drawString(72, 720, "An ordinary first page with some text")
    c.showPage()
    c.drawString(72, 720, "A page with very many path operations")
    p = c.beginPath()
    for i in range(operations):
        p.moveTo(i % 500, (i * 7) % 800)
        p.lineTo(i % 500 + 1, (i * 7) % 800 + 1)
    c.drawPath(p)
    c.showPage()
    c.drawString(72, 720, "An ordinary third page")
    c.save()
    return path


#: settings under which make_slow_pdf's second page is slow to read
SLOW_SOURCE = ExtractSettings(source="pdfminer")


@pytest.fixture(scope="module")
def pages_pdf(tmp_path_factory) -> Path:
    return make_pages_pdf(tmp_path_factory.mktemp("pipe") / "pages.pdf", 6)


# ------------------------------------------------------------------------ worker handlers for tests
# (module-level so that a worker process can import them by name)


class _PatchedHandler:
    """The pipeline's page handler, misbehaving on page 2 as ``behaviour`` says."""

    behaviour = ""

    def __init__(self, *args):
        from app.extract.pipeline import PageHandler

        self.inner = PageHandler(*args)

    def __call__(self, number):
        import app.extract.pipeline as pl

        if number == 2:
            if self.behaviour == "crash":
                os._exit(3)
            if self.behaviour == "hang":  # stuck where no signal can interrupt it
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
                time.sleep(120)
            if self.behaviour == "raise":
                original = pl.extract_page

                def extract_page(*args, **kwargs):
                    raise ValueError("boom on purpose")

                pl.extract_page = extract_page
                try:
                    return self.inner(number)
                finally:
                    pl.extract_page = original
        return self.inner(number)

    def close(self):
        self.inner.close()


class CrashHandler(_PatchedHandler):
    behaviour = "crash"


class RaiseHandler(_PatchedHandler):
    behaviour = "raise"


class HangHandler(_PatchedHandler):
    behaviour = "hang"


class DictCache:
    """The cache protocol of ProjectStore, in memory."""

    def __init__(self):
        self.pages: dict[tuple[str, int, str], dict] = {}
        self.puts = 0

    def put_page(self, sha, page, settings, data):
        self.pages[(sha, page, settings)] = data
        self.puts += 1

    def cached_pages(self, sha, settings):
        return {p: d for (s, p, k), d in self.pages.items() if s == sha and k == settings}


# -------------------------------------------------------------------------------------------- tests


def test_parse_pages():
    assert parse_pages("1-3,7") == [1, 2, 3, 7]
    assert parse_pages("7, 2,2") == [2, 7]
    for bad in ("3-1", "a", "0", "", "1-b"):
        with pytest.raises(ValueError):
            parse_pages(bad)


def test_settings_key_changes_with_settings():
    assert ExtractSettings().key() == ExtractSettings().key()
    assert ExtractSettings(decimal=",").key() != ExtractSettings().key()
    assert ExtractSettings(sections=False).key() != ExtractSettings().key()
    assert ExtractSettings.from_json(ExtractSettings(decimal=",").to_json()) == ExtractSettings(decimal=",")


def test_extract_document_in_workers(pages_pdf):
    data = extract_document(pages_pdf, workers=2)
    assert isinstance(data, DocumentData)
    assert data.document.pages == 6 and len(data.document.sha256) == 64
    assert sorted(t.page for t in data.tables) == [1, 2, 3, 4, 5, 6]
    for table in data.tables:
        assert table.document == data.document.sha256
        texts = {c.text for c in table.cells}
        assert {"Kenya", "Chad", "Peru"} <= texts
        values = {c.text: c.value for c in table.cells}
        assert values[f"{table.page * 1000 + 1:,}"] == table.page * 1000 + 1
    assert data.sections, "the section tree is built from the pages' features"
    assert not data.warnings
    # the same result in-process
    inline = extract_document(pages_pdf, workers=0)
    assert [t.to_json() for t in inline.tables] == [t.to_json() for t in data.tables]


def test_extracting_in_process_opens_the_file_once(pages_pdf, monkeypatch):
    """Describing the document and reading its pages in this process share one pdfplumber open (its
    page tree read once), closed when the pages are done, and when no page is extracted."""
    import pdfplumber

    opened = []
    real = pdfplumber.open
    monkeypatch.setattr(pdfplumber, "open", lambda *a, **k: opened.append(real(*a, **k)) or opened[-1])
    data = extract_document(pages_pdf, workers=0)
    assert len(opened) == 1 and opened[0].stream.closed
    assert sorted(t.page for t in data.tables) == [1, 2, 3, 4, 5, 6]
    opened.clear()
    run = Extraction(pages_pdf, pages=[], workers=0)
    assert list(run) == [] and len(opened) == 1 and opened[0].stream.closed


def test_iter_extract_streams_every_page_once(pages_pdf):
    seen = []
    progress = []
    for result in iter_extract(pages_pdf, workers=2, progress=lambda d, t, m: progress.append((d, t))):
        assert isinstance(result, PageResult)
        seen.append(result.page)
        assert isinstance(result.features, dict) and result.features, "the heading rules' page features"
        json.dumps(result.to_json())  # JSON-able, as the cache needs
        # JSON round trip (what the cache stores)
        again = PageResult.from_json(result.to_json())
        assert [t.to_json() for t in again.tables] == [t.to_json() for t in result.tables]
    assert sorted(seen) == [1, 2, 3, 4, 5, 6]
    assert progress[-1] == (6, 6) and len(progress) == 6


def test_selected_pages_and_missing_pages(pages_pdf):
    data = extract_document(pages_pdf, pages=[2, 5, 9], workers=1)
    assert sorted(t.page for t in data.tables) == [2, 5]
    assert [(w.page, "does not exist" in w.message) for w in data.warnings] == [(9, True)]


def test_cache_avoids_any_extraction(pages_pdf, monkeypatch):
    cache = DictCache()
    first = extract_document(pages_pdf, workers=2, cache=cache)
    assert cache.puts == 6
    # second run: every page from the cache; no worker may start
    monkeypatch.setattr(Extraction, "_workers", lambda self, n, replies: pytest.fail("a worker was started"))
    results = list(iter_extract(pages_pdf, cache=cache))
    assert all(r.cached for r in results) and len(results) == 6
    second = extract_document(pages_pdf, cache=cache)
    assert [t.to_json() for t in second.tables] == [t.to_json() for t in first.tables]
    # other settings: other key, nothing reused
    monkeypatch.undo()
    extract_document(pages_pdf, pages=[1], workers=1, cache=cache, settings=ExtractSettings(decimal=","))
    assert cache.puts == 7


def test_cache_in_project_store(pages_pdf, tmp_path):
    from app.project.store import ProjectStore

    store = ProjectStore.create(tmp_path / "p.bbproj")
    try:
        data = extract_document(pages_pdf, pages=[1, 2], workers=1, cache=store)
        key = ExtractSettings().key()
        assert sorted(store.cached_pages(data.document.sha256, key)) == [1, 2]
        results = list(iter_extract(pages_pdf, pages=[1, 2], workers=1, cache=store))
        assert all(r.cached for r in results)
    finally:
        store.close()


def test_cancel_keeps_pages_done(pages_pdf):
    calls = {"n": 0}

    def cancel():
        calls["n"] += 1
        return calls["n"] > 3

    data = extract_document(pages_pdf, workers=1, cancel=cancel)
    cancelled = [w for w in data.warnings if "cancelled" in w.message]
    assert cancelled and cancelled[0].page == 0
    assert len({t.page for t in data.tables}) < 6


def test_closing_the_stream_stops_workers(pages_pdf):
    import multiprocessing

    stream = iter_extract(pages_pdf, workers=2)
    next(stream)
    stream.close()
    deadline = time.time() + 10
    while time.time() < deadline and any(
        p.name == "briefing-builder-extract" for p in multiprocessing.active_children()
    ):
        time.sleep(0.05)
    assert not [p for p in multiprocessing.active_children() if p.name == "briefing-builder-extract"]


def test_page_time_limit_in_worker(tmp_path):
    pdf = make_slow_pdf(tmp_path / "slow.pdf")
    data = extract_document(pdf, workers=1, page_timeout=1.5, settings=SLOW_SOURCE)
    slow = [w for w in data.warnings if w.page == 2]
    assert slow and "longer than 1.5 s" in slow[0].message
    assert not [w for w in data.warnings if w.page in (1, 3)]
    pages_with_text = {s.page for s in data.all_sections()} | {1}
    assert 1 in pages_with_text


# The time limit is an alarm signal: its exception may be raised inside a garbage-collector callback
# (hypothesis installs one), where Python swallows it and reports it as "unraisable". The pipeline
# counts the page as timed out all the same (``limit.fired``), which is what this test checks.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_page_time_limit_inline(tmp_path):
    pdf = make_slow_pdf(tmp_path / "slow.pdf")
    data = extract_document(pdf, workers=0, page_timeout=1.5, settings=SLOW_SOURCE)
    assert [w.page for w in data.warnings if "longer than" in w.message] == [2]


def test_timed_out_pages_are_not_cached(tmp_path):
    pdf = make_slow_pdf(tmp_path / "slow.pdf")
    cache = DictCache()
    extract_document(pdf, workers=1, page_timeout=1.5, cache=cache, settings=SLOW_SOURCE)
    assert sorted(p for (_s, p, _k) in cache.pages) == [1, 3]


def _run_with_handler(pdf, handler, **kwargs) -> DocumentData:
    from app.extract.pipeline import assemble

    run = Extraction(pdf, workers=kwargs.pop("workers", 2), **kwargs)
    run.handler = handler
    run.kill_grace = 0.5
    results = list(run)
    return assemble(run.document, results, warnings=run.warnings)


def test_page_that_raises_becomes_a_warning(pages_pdf):
    data = _run_with_handler(pages_pdf, RaiseHandler)
    assert [(w.page, "boom on purpose" in w.message) for w in data.warnings] == [(2, True)]
    assert sorted({t.page for t in data.tables}) == [1, 3, 4, 5, 6]


def test_worker_crash_loses_only_its_page(pages_pdf):
    data = _run_with_handler(pages_pdf, CrashHandler)
    assert [w.page for w in data.warnings] == [2]
    assert "stopped unexpectedly" in data.warnings[0].message
    # written from its marked template: the interface reads it back and shows it translated
    from app.extract.pipeline import SKIPPED_STOPPED_CODE, warning_message

    assert warning_message(data.warnings[0].message).template == SKIPPED_STOPPED_CODE
    assert sorted({t.page for t in data.tables}) == [1, 3, 4, 5, 6]


def test_worker_stuck_past_the_limit_is_replaced(pages_pdf):
    start = time.monotonic()
    data = _run_with_handler(pages_pdf, HangHandler, page_timeout=1.0)
    assert time.monotonic() - start < 60
    assert [w.page for w in data.warnings] == [2]
    assert "longer than 1 s" in data.warnings[0].message
    assert sorted({t.page for t in data.tables}) == [1, 3, 4, 5, 6]


def test_unreadable_documents_raise_pdf_errors(tmp_path):
    from tests.helpers import make_simple_pdf

    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\nnot really a pdf")
    with pytest.raises(PdfError):
        extract_document(bad)
    locked = make_simple_pdf(tmp_path / "locked.pdf", encrypt="secret")
    with pytest.raises(PdfPasswordError):
        extract_document(locked)
    data = extract_document(locked, password="secret", workers=1)
    assert data.tables


def test_scanned_document_warns(tmp_path):
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    from PIL import Image

    image = tmp_path / "scan.png"
    Image.new("L", (200, 100), 255).save(image)
    pdf = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(pdf))
    c.drawImage(ImageReader(str(image)), 50, 500, 400, 200)
    c.showPage()
    c.save()
    data = extract_document(pdf, workers=1)
    assert [w.page for w in data.warnings] == [0, 1]
    assert all("OCR" in w.message for w in data.warnings)


def test_recycled_workers_continue(pages_pdf, monkeypatch):
    import app.extract.pipeline as pl

    monkeypatch.setattr(pl, "RECYCLE_AFTER", 2)
    data = extract_document(pages_pdf, workers=1)
    assert sorted(t.page for t in data.tables) == [1, 2, 3, 4, 5, 6] and not data.warnings


def test_the_garbage_collector_rests_while_a_worker_extracts_a_page(pages_pdf, monkeypatch):
    """Reading and extracting a page makes no reference cycle (tests/test_pagesource.py): the collections
    its allocations would trigger find nothing, so a worker (or the inline extraction) pauses the
    collector for the page and restores it after, also when the page fails; a collector someone else
    turned off stays off."""
    import gc

    from app.extract import pipeline

    states = []
    run_page = pipeline._run_page

    def spy(*args, **kwargs):
        states.append(gc.isenabled())
        if args[1] == 3:
            raise RuntimeError("a page that fails")
        return run_page(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_run_page", spy)
    handler = pipeline.PageHandler(str(pages_pdf), None, ExtractSettings().to_json(), "", None)
    enabled = gc.isenabled()
    try:
        gc.enable()
        data, _ = handler(1)
        assert data["tables"] and gc.isenabled()
        with pytest.raises(RuntimeError):
            handler(3)
        assert gc.isenabled()
        gc.disable()
        handler(2)
        assert not gc.isenabled()
        gc.enable()
        extract_document(pages_pdf, pages=[1, 2], workers=0)
        assert gc.isenabled()
    finally:
        (gc.enable if enabled else gc.disable)()
        handler.close()
    assert states == [False, False, False, False, False]
