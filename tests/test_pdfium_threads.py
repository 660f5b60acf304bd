"""pdfium from several threads of one process: the GUI renders pages while an extraction in its own
process (``workers=0``) reads characters and drawings, objects are closed by the garbage collector on
whatever thread, documents are closed while a page of them is still held, and the process exits while
such threads still run. pdfium is not thread safe: a mistake here is a segfault, so each scenario runs
in a child process with faulthandler on, and a crash comes back as a failed test with every thread's
stack."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
PDFS = [SAMPLES / "migration-initiatives-2017-sample.pdf", SAMPLES / "myanmar-crisis-response-plan-2025-sample.pdf"]


def _run(code: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONFAULTHANDLER="1", QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-X", "faulthandler", "-c", textwrap.dedent(code), *args],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env)


def _report(proc: subprocess.CompletedProcess) -> str:
    return f"exit code {proc.returncode}\n--- stdout\n{proc.stdout[-3000:]}\n--- stderr\n{proc.stderr[-6000:]}"


def test_exit_while_a_thread_still_reads_pages():
    """The window closes mid-extraction: the process exits while a thread still reads a page.
    pypdfium2 closed every open document at exit and destroyed the library under it (a segfault,
    every time); now nothing is closed at exit and the thread's read ends normally."""
    proc = _run("""
        import atexit, sys, threading, time
        go = threading.Event()
        # registered before pypdfium2 is imported, so it runs after pypdfium2's own exit work
        atexit.register(lambda: (go.set(), time.sleep(3)))
        from app.source.pdf import open_plumber
        from app.source.pagesource import PageSource

        pdf = sys.argv[1]
        ready = threading.Event()

        def reader():
            source = PageSource(open_plumber(pdf), pdf, source="pdfium")
            page = source.page(1)
            ready.set()
            go.wait()
            print("drawings", len(page.lines) + len(page.rects) + len(page.curves), flush=True)
            page.close()
            source.close()
            print("closed", flush=True)

        threading.Thread(target=reader, daemon=True).start()
        ready.wait(60)
    """, str(PDFS[1]))
    assert proc.returncode == 0 and "closed" in proc.stdout, _report(proc)


def test_the_drawings_of_a_page_whose_document_was_closed_are_an_error_not_a_crash():
    """A page held past its document's closing: its handle points at freed memory. Reading its
    drawings (read on demand) raises instead of reading freed memory."""
    proc = _run("""
        import sys
        from app.source.pdf import open_plumber
        from app.source.pagesource import PageSource, PdfiumPage

        pdf = sys.argv[1]
        for close in ("document", "page"):
            source = PageSource(open_plumber(pdf), pdf, source="pdfium")
            page = source.page(1)
            assert isinstance(page, PdfiumPage)
            source.close() if close == "document" else page.close()
            try:
                page.lines
            except ValueError as exc:
                print(close, "refused:", exc, flush=True)
            else:
                print(close, "read freed memory", flush=True)
            source.close()
    """, str(PDFS[1]))
    assert proc.returncode == 0, _report(proc)
    assert "document refused" in proc.stdout and "page refused" in proc.stdout, _report(proc)


def test_a_renderer_waits_for_the_pdfium_lock():
    """PageRenderer is the Qt-free renderer (the GUI, pack previews, scripts): it serialised its own
    calls only, so a renderer used outside the GUI's lock ran pdfium beside an extraction's page
    reading. Opening, counting and rendering now wait for the one pdfium lock."""
    from app.source.pdf import PDFIUM_LOCK
    from app.source.render import PageRenderer

    renderer = PageRenderer(PDFS[0])
    held, release = threading.Event(), threading.Event()

    def holder():
        with PDFIUM_LOCK:
            held.set()
            release.wait(20)

    calls = {"open": lambda: PageRenderer(PDFS[1]).close(), "count": lambda: len(renderer),
             "render": lambda: renderer.render(0, 0.2), "size": lambda: renderer.page_size(0)}
    waited = {}
    for name, call in calls.items():
        release.clear()
        held.clear()
        t = threading.Thread(target=holder)
        t.start()
        assert held.wait(10)
        caller = threading.Thread(target=call)
        caller.start()
        caller.join(0.3)
        waited[name] = caller.is_alive()
        release.set()
        t.join(10)
        caller.join(30)
        assert not caller.is_alive()
    renderer.close()
    assert waited == {name: True for name in calls}
    with pytest.raises(ValueError):
        renderer.render(0, 0.2)  # closed: an error, not a call on a freed document


STRESS = """
    import faulthandler, gc, random, sys, threading, time
    faulthandler.enable()
    from PySide6.QtGui import QImage

    from app.source.pdf import PDFIUM_LOCK, open_plumber
    from app.source.pagesource import PageSource
    from app.source.render import PageRenderer
    from widgets.rendering import Document

    pdfs = sys.argv[1:]
    seconds = 3.0
    stop = time.monotonic() + seconds
    hard_stop = stop + 60  # a loaded machine: each kind of work goes on until it has done some
    counts = {"pages": 0, "renders": 0, "gc": 0, "closed under a page": 0}
    errors = []

    def going(kind=None):
        now = time.monotonic()
        return now < stop or (kind is not None and counts[kind] <= 5 and now < hard_stop)

    def guard(fn):
        def run(*args):
            try:
                fn(*args)
            except Exception as exc:  # a Python error is a failure too, but not a crash
                errors.append(f"{fn.__name__}: {type(exc).__name__}: {exc}")
        return run

    @guard
    def extract(pdf, seed):
        rnd = random.Random(seed)
        plumber = open_plumber(pdf)
        source = PageSource(plumber, pdf, source="pdfium")
        while going("pages"):
            number = rnd.randint(1, len(source))
            page = source.page(number)
            assert page.chars is not None and page.lines is not None
            counts["pages"] += 1
            if rnd.random() < 0.3:
                del page  # left to the garbage collector, on whichever thread collects it
            else:
                page.close()
            if rnd.random() < 0.1:  # a document closed and reopened, the way page jobs cycle them
                source.close()
                source = PageSource(plumber, pdf, source="pdfium")
        source.close()

    @guard
    def render_gui(pdf, seed):
        rnd = random.Random(seed)
        document = Document(pdf, pdf)
        while going("renders"):
            image = document.render(rnd.randrange(document.page_count), rnd.choice((0.3, 0.5, 1.0)))
            assert isinstance(image, QImage) and not image.isNull() and image.pixelColor(0, 0).isValid()
            counts["renders"] += 1
            if rnd.random() < 0.05:
                document.close()
                document = Document(pdf, pdf)
        document.close()

    @guard
    def render_plain(pdf, seed):
        rnd = random.Random(seed)
        while going("renders"):
            renderer = PageRenderer(pdf)
            for _ in range(3):
                page = renderer.render(rnd.randrange(len(renderer)), 0.4)
                assert len(page.pixels) == page.stride * page.height
                counts["renders"] += 1
            if rnd.random() < 0.5:
                renderer.close()
            # else dropped unclosed: closed by the collector

    @guard
    def held_page_closed_under(pdf, seed):
        # a page whose document another thread closes before the page's drawings are read
        while going():
            source = PageSource(open_plumber(pdf), pdf, source="pdfium")
            page = source.page(1)
            closer = threading.Thread(target=source.close)
            closer.start()
            try:
                page.lines
            except ValueError:
                counts["closed under a page"] += 1
            closer.join()
            source.plumber.close()

    @guard
    def collect():
        while going("gc"):
            gc.collect()
            counts["gc"] += 1
            time.sleep(0.01)

    threads = [threading.Thread(target=extract, args=(pdfs[0], 1)),
               threading.Thread(target=extract, args=(pdfs[1], 2)),
               threading.Thread(target=extract, args=(pdfs[0], 3)),
               threading.Thread(target=render_gui, args=(pdfs[0], 4)),
               threading.Thread(target=render_gui, args=(pdfs[1], 5)),
               threading.Thread(target=render_plain, args=(pdfs[1], 6)),
               threading.Thread(target=held_page_closed_under, args=(pdfs[1], 7)),
               threading.Thread(target=collect)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # and the process exits while one more reader is still at work
    threading.Thread(target=extract, args=(pdfs[1], 8), daemon=True).start()
    stop = time.monotonic() + 60
    time.sleep(0.3)
    print("counts", counts, flush=True)
    print("errors", errors, flush=True)
"""


def test_threads_rendering_and_extracting_the_same_and_other_documents_at_once():
    """Three extracting threads (two on one document), GUI rendering of both documents into QImages,
    the plain renderer opened and dropped unclosed, documents closed under a held page, the garbage
    collector run from yet another thread, then an exit with a reader still running: no crash, no
    Python error, and every thread got work done."""
    proc = _run(STRESS, *map(str, PDFS))
    assert proc.returncode == 0, _report(proc)
    assert "errors []" in proc.stdout, _report(proc)
    counts = ast.literal_eval(proc.stdout.split("counts", 1)[1].splitlines()[0].strip())
    assert counts["pages"] > 5 and counts["renders"] > 5 and counts["gc"] > 2, counts  # work done by each kind


SERVICE_DELETED = """
    import gc, sys, time
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from widgets.rendering import Document, RenderService

    pdf = sys.argv[1]
    for round_ in range(24):
        owner = QObject()  # a page view or window
        service = RenderService(owner)
        document = Document("k", pdf)
        for index in range(document.page_count):
            service.request(document, index, 1.5)
        app.processEvents()
        time.sleep(0.01 * (round_ % 5))
        if round_ % 2:
            document.close()  # closed with its pages still queued
        if round_ % 3:
            owner.deleteLater()
        del service, owner  # closed mid-render
        gc.collect()
        app.processEvents()
        app.processEvents()
    # and the application ends with renders queued and one running
    service = RenderService()
    document = Document("last", pdf)
    for index in range(document.page_count):
        service.request(document, index, 3.0)
    time.sleep(0.05)
    print("ok", flush=True)
"""


def test_a_render_service_deleted_or_ended_mid_render():
    """A page view or window closed while its pages render, and the application ending with renders
    queued: the pool's threads emitted on the deleted service (an exception in a Qt pool thread,
    which ends the process: "terminate called without an active exception", or a segfault), and at
    exit pdfium's documents were closed under the running render."""
    proc = _run(SERVICE_DELETED, str(PDFS[1]))
    assert proc.returncode == 0 and "ok" in proc.stdout, _report(proc)
    for noise in ("Error calling Python override", "Signal source has been deleted", "Qt Concurrent",
                  "PdfiumError", "Traceback"):
        assert noise not in proc.stderr, _report(proc)
