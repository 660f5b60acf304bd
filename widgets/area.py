"""Work on one page's text off the GUI thread: re-extracting a drawn area, estimating table guides.

pdfplumber objects are used by ONE background thread only; the open PDFs are cached there. Results
come back through queued signals with the request's id.
"""

from __future__ import annotations

import itertools
import threading
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Job(QRunnable):
    def __init__(self, service: "PageTextService", request: int, path: Path, password: str | None,
                 page_number: int, fn: Callable[[Any], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.service, self.request, self.path, self.password = service, request, path, password
        self.page_number, self.fn = page_number, fn

    def run(self) -> None:  # the service's thread
        try:
            page = self.service._page(self.path, self.password, self.page_number)
            try:
                result = self.fn(page)
            finally:
                page.close()  # frees pdfplumber's per-page caches
        except Exception as exc:  # noqa: BLE001 - reported as a sentence
            self.service._failed.emit(self.request, str(exc) or type(exc).__name__)
            return
        self.service._done.emit(self.request, result)


class PageTextService(QObject):
    """Runs ``fn(pdfplumber_page)`` for a page of a PDF on a background thread."""

    finished = Signal(int, object)  # request id, result
    failed = Signal(int, str)  # request id, message
    _done = Signal(int, object)
    _failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Job] = {}
        self._finished: list[_Job] = []
        self._pdfs: dict[tuple[str, str | None], Any] = {}
        self._lock = threading.Lock()
        self._done.connect(self._on_done)
        self._failed.connect(self._on_failed)

    def submit(self, path: str | Path, password: str | None, page_number: int, fn: Callable[[Any], Any]) -> int:
        request = next(self._ids)
        job = _Job(self, request, Path(path), password, page_number, fn)
        self._jobs[request] = job
        self._pool.start(job)
        return request

    def pending(self) -> bool:
        return bool(self._jobs)

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)

    def close(self) -> None:
        self._pool.waitForDone(30000)
        with self._lock:
            for pdf in self._pdfs.values():
                try:
                    pdf.close()
                except Exception:  # noqa: BLE001
                    pass
            self._pdfs.clear()

    def _page(self, path: Path, password: str | None, number: int):
        from app.pdf import open_pdf  # noqa: F401 - the same clear errors as everywhere

        key = (str(path), password)
        with self._lock:
            pdf = self._pdfs.get(key)
            if pdf is None:
                import pdfplumber

                from app.pdf import PdfError, _check_readable, _translate

                _check_readable(path)
                try:
                    pdf = pdfplumber.open(path, password=password or "")
                    _ = pdf.pages
                except PdfError:
                    raise
                except Exception as exc:  # noqa: BLE001
                    raise _translate(exc, path, password) from exc
                if len(self._pdfs) > 4:
                    old_key = next(iter(self._pdfs))
                    self._pdfs.pop(old_key).close()
                self._pdfs[key] = pdf
        if not 1 <= number <= len(pdf.pages):
            raise ValueError(f"page {number} does not exist")
        page = pdf.pages[number - 1]
        return page

    def _on_done(self, request: int, result) -> None:
        job = self._jobs.pop(request, None)
        if job is not None:
            self._finished = (self._finished + [job])[-32:]
        self.finished.emit(request, result)

    def _on_failed(self, request: int, message: str) -> None:
        job = self._jobs.pop(request, None)
        if job is not None:
            self._finished = (self._finished + [job])[-32:]
        self.failed.emit(request, message)
