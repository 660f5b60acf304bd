"""Work on one page's text off the GUI process: re-extracting a drawn area, estimating table guides.

The jobs run in a helper process (:class:`app.jobs.page_jobs.PageJobs`, an :class:`app.runner.worker.Worker`),
reading pages as the extraction does (:class:`app.source.pagesource.PageSource`): the work is Python, and a
thread of this process doing it would hold the GIL the GUI thread needs (measured: 100-190 ms late
ticks of the GUI timer while guides were computed on a thread). Replies come back through queued
signals with the request's id. Should no helper process start, the jobs run on one background thread
instead (slower for the window, still correct).
"""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.jobs.page_jobs import PageJobs, close_all, run_job

from .pool_relay import PoolRelay


class _Job(QRunnable):
    """The thread fallback: one job on the service's single pool thread. It holds the relay, the open
    documents and their lock, never the service (which may be deleted while the job runs)."""

    def __init__(self, relay: PoolRelay, lock: threading.Lock, pdfs: dict, request: int, path: Path,
                 password: str | None, page_number: int, fn: Callable[..., Any], args: tuple,
                 kwargs: dict) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.relay, self.lock, self.pdfs = relay, lock, pdfs
        self.request, self.path, self.password = request, path, password
        self.page_number, self.fn, self.args, self.kwargs = page_number, fn, args, kwargs

    def run(self) -> None:  # the fallback thread
        try:
            with self.lock:
                result = run_job(self.pdfs, str(self.path), self.password, self.page_number,
                                 self.fn, self.args, self.kwargs)
        except Exception as exc:  # noqa: BLE001 - reported as a sentence
            self.relay.report_failed(self.request, str(exc) or type(exc).__name__)
            return
        self.relay.report_done(self.request, result)


class PageTextService(QObject):
    """Runs ``fn(page, *args, **kwargs)`` for a page of a PDF outside the GUI thread (the page as the
    extraction reads it, see :mod:`app.jobs.page_jobs`).

    ``fn`` must be a module-level function (it is sent to the helper process by reference).
    """

    finished = Signal(int, object)  # request id, result
    failed = Signal(int, str)  # request id, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # every report, from the helper's reader thread or the fallback thread, goes through the relay
        # (see widgets.pool_relay); no parent: the jobs and the reader keep it alive
        self._relay = PoolRelay()
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._jobs = PageJobs(self._relay.report)
        self._ids = itertools.count(1_000_000)  # fallback ids never meet the helper's
        self._pending: set[int] = set()
        self._pool: QThreadPool | None = None
        self._threaded: list[_Job] = []
        self._pdfs: dict = {}
        self._lock = threading.Lock()
        #: why jobs run on a thread instead of the helper process (None: they do not)
        self.fallback_reason: str | None = None

    def submit(self, path: str | Path, password: str | None, page_number: int, fn: Callable[..., Any], /,
               *args: Any, **kwargs: Any) -> int:
        if self.fallback_reason is None:
            try:
                request = self._jobs.submit(path, password, page_number, fn, *args, **kwargs)
                self._pending.add(request)
                return request
            except Exception as exc:  # noqa: BLE001 - no process: a thread does it
                self.fallback_reason = f"no helper process ({exc})"
        if self._pool is None:
            self._pool = QThreadPool(self)
            self._pool.setMaxThreadCount(1)
        request = next(self._ids)
        job = _Job(self._relay, self._lock, self._pdfs, request, Path(path), password, page_number, fn, args,
                   kwargs)
        self._threaded = (self._threaded + [job])[-32:]
        self._pending.add(request)
        self._pool.start(job)
        return request

    def pending(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every submitted job has answered (the answers are delivered as signals later)."""
        deadline = time.monotonic() + msecs / 1000.0
        while time.monotonic() < deadline:
            if not self._jobs.pending() and (self._pool is None or self._pool.activeThreadCount() == 0):
                return True
            time.sleep(0.01)
        return False

    def close(self) -> None:
        self._jobs.close()
        if self._pool is not None:
            self._pool.waitForDone(30000)
        with self._lock:
            close_all(self._pdfs)
        self._pending.clear()

    def _on_done(self, request: int, result: Any) -> None:
        if request in self._pending:
            self._pending.discard(request)
            self.finished.emit(request, result)

    def _on_failed(self, request: int, message: str) -> None:
        if request in self._pending:
            self._pending.discard(request)
            self.failed.emit(request, message)
