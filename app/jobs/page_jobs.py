"""pdfplumber work on single pages for the workbench, in one helper process.

The page view asks for small jobs on one page: re-extract a drawn area, estimate a table's row and
column lines. Each is 0.1-0.5 s of pure-Python pdfminer/pdfplumber work; on a thread of the GUI process it
would hold the GIL the GUI thread needs for every call into Python (see :mod:`app.jobs.assembler`), so they run
in :class:`PageJobs`' helper process, which keeps the last few PDFs open.

A job is a module-level function ``fn(pdfplumber_page, *args, **kwargs)`` (sent by reference, so it must
be importable: e.g. :func:`app.project.table_edit.extract_area`, :func:`app.project.table_edit.page_guides`); its result
comes back pickled between our own processes. Replies are read by the caller (:meth:`PageJobs.receive`,
usually on a thread that blocks in it).
"""

from __future__ import annotations

import itertools
import signal
import threading
from pathlib import Path
from typing import Any, Callable

from app.extract.pipeline import mp_context

#: PDFs the helper keeps open
OPEN_PDFS = 4


def _open(path: str, password: str | None):
    from app.source.pdf import open_plumber

    return open_plumber(path, password)


def run_job(pdfs: dict, path: str, password: str | None, number: int, fn: Callable, args: tuple,
            kwargs: dict) -> Any:
    """Run one job on page ``number`` (1-based) of ``path``; ``pdfs`` caches open PDFs."""
    key = (str(path), password)
    pdf = pdfs.get(key)
    if pdf is None:
        pdf = _open(str(path), password)
        while len(pdfs) >= OPEN_PDFS:
            pdfs.pop(next(iter(pdfs))).close()
        pdfs[key] = pdf
    if not 1 <= number <= len(pdf.pages):
        raise ValueError(f"page {number} does not exist")
    page = pdf.pages[number - 1]
    try:
        from app.source.pdf import check_page_load

        check_page_load(page, number)  # a page over the budget would take gigabytes: a clear error
        return fn(page, *args, **kwargs)
    finally:
        page.close()  # frees pdfplumber's per-page caches


def _helper_main(conn) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    pdfs: dict = {}
    try:
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                return
            if message is None:
                return
            request, path, password, number, fn, args, kwargs = message
            try:
                reply = (request, True, run_job(pdfs, path, password, number, fn, args, kwargs))
            except Exception as exc:  # noqa: BLE001 - a sentence for the user
                reply = (request, False, str(exc) or type(exc).__name__)
            try:
                conn.send(reply)
            except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
                conn.send((request, False, f"the result could not be sent back: {exc}"))
    finally:
        for pdf in pdfs.values():
            try:
                pdf.close()
            except Exception:  # noqa: BLE001
                pass
        conn.close()


class PageJobs:
    """One helper process running page jobs in the order they are submitted.

    ``submit`` returns a request id; ``on_reply(request, ok, result_or_message)`` is called on a reader
    thread for each reply (a Qt caller re-emits it as a queued signal). A helper that dies answers its
    pending requests with ``ok=False``; the next ``submit`` starts a new one.
    """

    def __init__(self, on_reply: Callable[[int, bool, Any], None]) -> None:
        self.on_reply = on_reply
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._proc = None
        self._conn = None
        self._pending: set[int] = set()
        self._closing = False

    def _ensure(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            return
        self._drop()
        ctx = mp_context()
        parent_conn, child_conn = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=_helper_main, args=(child_conn,), daemon=True, name="briefing-builder-page-jobs")
        proc.start()
        child_conn.close()
        self._proc, self._conn = proc, parent_conn
        threading.Thread(target=self._read, args=(proc, parent_conn), daemon=True,
                         name="briefing-builder-page-jobs-reader").start()

    def _read(self, proc, conn) -> None:
        """The reader thread of one helper: it alone closes the connection (never under a blocked read)."""
        while True:
            try:
                reply = conn.recv()
            except (EOFError, OSError):
                break
            with self._lock:
                self._pending.discard(reply[0])
            self.on_reply(*reply)
        try:
            conn.close()
        except OSError:
            pass
        proc.join(timeout=5)
        with self._lock:
            if self._proc is proc:
                self._proc = self._conn = None
            lost, closing = sorted(self._pending), self._closing
            self._pending.clear()
        if not closing:
            code = proc.exitcode
            for request in lost:
                self.on_reply(request, False, "the page reader stopped unexpectedly"
                              + (f" (exit status {code})" if code else ""))

    def submit(self, path: str | Path, password: str | None, number: int, fn: Callable, /, *args: Any,
               **kwargs: Any) -> int:
        """Queue ``fn(page, *args, **kwargs)`` on page ``number`` (raises OSError if no helper can run)."""
        with self._lock:
            self._closing = False
            self._ensure()
            request = next(self._ids)
            self._pending.add(request)
            try:
                self._conn.send((request, str(path), password, int(number), fn, args, kwargs))
            except Exception:
                self._pending.discard(request)
                raise
            return request

    def pending(self) -> set[int]:
        with self._lock:
            return set(self._pending)

    def _drop(self, kill: bool = False) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if proc is None:
            return
        if kill:
            proc.kill()
        else:
            try:
                conn.send(None)  # the helper ends; its reader sees the end of the pipe and closes it
            except (OSError, ValueError):
                proc.kill()
        proc.join(timeout=2)
        if proc.is_alive():
            proc.kill()
            proc.join(timeout=5)

    def close(self) -> None:
        """Stop the helper; a job still running is abandoned (its request is never answered)."""
        with self._lock:
            self._closing = True
            self._drop(kill=bool(self._pending))
            self._pending.clear()


__all__ = ["PageJobs", "run_job"]
