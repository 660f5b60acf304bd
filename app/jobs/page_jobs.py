"""Work on single pages for the workbench, in one helper process.

The page view asks for small jobs on one page: re-extract a drawn area, estimate a table's row and
column lines. Each is 0.1-0.5 s of pure-Python work; on a thread of the GUI process it would hold the GIL
the GUI thread needs for every call into Python (see :mod:`app.jobs.assembler`), so they run in
:class:`PageJobs`' helper process (an :class:`app.runner.worker.Worker`), which keeps the last few PDFs open.

Pages are read like the extraction pipeline reads them: through :class:`app.source.pagesource.PageSource`
(pdfium by default, pdfminer for a page pdfium cannot read), so an area drawn by the user is read from
the same characters and strokes as the tables found on its page. A scanned page is read through OCR as
the pipeline reads it (:func:`app.source.ocr.scan_page`: the same words), and a table made from it is
marked so; the last few recognised pages are kept, as OCR takes seconds a page.

A job is a module-level function ``fn(page, *args, **kwargs)`` taking a page of that surface (sent by
reference, so it must be importable: e.g. :func:`app.project.table_edit.extract_area`,
:func:`app.project.table_edit.page_guides`); its result comes back pickled between our own processes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from app.runner.worker import Worker

#: PDFs the helper keeps open
OPEN_PDFS = 4
#: scanned pages the helper keeps recognised, per open document
SCANNED_PAGES = 4


def _open(path: str, password: str | None, source: str | None):
    from app.source.pagesource import PageSource
    from app.source.pdf import open_plumber

    plumber = open_plumber(path, password)
    try:
        pages = PageSource(plumber, path, password, source=source)
    except Exception:
        plumber.close()
        raise
    pages.scanned = {}  # page number -> the page as OCR read it (see _scanned)
    return pages


def _close(pages) -> None:
    try:
        for scanned in pages.scanned.values():
            scanned.close()
        pages.close()
    finally:
        pages.plumber.close()


def run_job(pdfs: dict, path: str, password: str | None, number: int, fn: Callable, args: tuple,
            kwargs: dict, source: str | None = None) -> Any:
    """Run one job on page ``number`` (1-based) of ``path``, read from ``source`` (default: the pipeline's,
    :func:`app.source.pagesource.default_source`); ``pdfs`` caches open documents."""
    key = (str(path), password, source)
    pages = pdfs.get(key)
    if pages is None:
        pages = _open(str(path), password, source)
        while len(pdfs) >= OPEN_PDFS:
            _close(pdfs.pop(next(iter(pdfs))))
        pdfs[key] = pages
    if not 1 <= number <= len(pages):
        raise ValueError(f"page {number} does not exist")
    from app.source.pdf import check_page_load

    reference = pages.plumber.pages[number - 1]
    page = None
    try:
        check_page_load(reference, number)  # a page over the budget would take gigabytes: a clear error
        scanned = _scanned(pages, number, reference)
        if scanned is not None:
            return _marked(fn(scanned.page, *args, **kwargs), scanned)
        page = pages.page(number)
        return fn(page, *args, **kwargs)
    finally:
        if page is not None and page is not reference:
            page.close()
        reference.close()  # frees pdfplumber's per-page caches


def _scanned(pages, number: int, reference):
    """The page as OCR read it for the extraction, if it is a scan and an engine is installed; the
    document keeps its last few (closed with it)."""
    from app.source import ocr

    scans = pages.scanned
    if number in scans:
        return scans[number]
    if not ocr.needs_ocr(reference) or ocr.engine_name() is None:
        return None
    scanned = ocr.scan_page(reference)
    while len(scans) >= SCANNED_PAGES:
        scans.pop(next(iter(scans))).close()
    scans[number] = scanned
    return scanned


def _marked(result: Any, scanned) -> Any:
    from app.document.model import Table
    from app.source.ocr import mark_tables

    if isinstance(result, Table):
        mark_tables([result], scanned)
    return result



def close_all(pdfs: dict) -> None:
    """Close the documents :func:`run_job` keeps open in ``pdfs``."""
    for pages in pdfs.values():
        try:
            _close(pages)
        except Exception:  # noqa: BLE001
            pass
    pdfs.clear()


class PageHandler:
    """The helper's side: runs each job, keeping the last few documents open."""

    def __init__(self) -> None:
        self.pdfs: dict = {}

    def __call__(self, payload: tuple) -> Any:
        path, password, number, fn, args, kwargs = payload
        return run_job(self.pdfs, path, password, number, fn, args, kwargs)

    def close(self) -> None:
        close_all(self.pdfs)


class PageJobs:
    """One helper process running page jobs in the order they are submitted.

    ``submit`` returns a request id; ``on_reply(request, ok, result_or_message)`` is called on a reader
    thread for each reply (a Qt caller re-emits it as a queued signal). A helper that dies answers its
    pending requests with ``ok=False``; the next ``submit`` starts a new one.
    """

    def __init__(self, on_reply: Callable[[int, bool, Any], None]) -> None:
        self.on_reply = on_reply
        self.worker = Worker(PageHandler, name="briefing-builder-page-jobs", what="page reader", on_reply=on_reply)

    def submit(self, path: str | Path, password: str | None, number: int, fn: Callable, /, *args: Any,
               **kwargs: Any) -> int:
        """Queue ``fn(page, *args, **kwargs)`` on page ``number`` (raises OSError if no helper can run)."""
        return self.worker.submit((str(path), password, int(number), fn, args, kwargs))

    def pending(self) -> set[int]:
        return self.worker.pending()

    def cancel(self) -> None:
        """Stop the helper now; the jobs waiting are abandoned (never answered)."""
        self.worker.cancel()

    def close(self) -> None:
        """Stop the helper; a job still running is abandoned (its request is never answered)."""
        self.worker.close()


__all__ = ["PageHandler", "PageJobs", "close_all", "run_job"]
