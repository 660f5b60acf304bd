"""Reports from Qt's pool threads to a GUI-thread object that may be gone by the time they arrive.

A job on a :class:`~PySide6.QtCore.QThreadPool` thread must not emit on the object it works for: that
object can be deleted while the job runs (a page view or window closed mid-job). Emitting on a deleted
object raises in the pool thread ("Signal source has been deleted": the job's result is lost with a
traceback, and an abort was seen from the render service's pool), or the emit meets the object half
destroyed (segfault). The jobs hold a
:class:`PoolRelay` instead, created in the GUI thread without a parent: it outlives them, its queued
signals are delivered in the GUI thread, and its connections to a deleted receiver are gone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class PoolRelay(QObject):
    """Carries a pool job's outcome (``key`` says which job) to its owner in the GUI thread."""

    done = Signal(object, object)  # key, result
    failed = Signal(object, str)  # key, message

    def report_done(self, key: Any, result: Any) -> None:  # a pool thread
        try:
            self.done.emit(key, result)
        except RuntimeError:  # the relay itself is gone (the application is ending): nobody waits
            pass

    def report_failed(self, key: Any, message: str) -> None:  # a pool thread
        try:
            self.failed.emit(key, message)
        except RuntimeError:
            pass

    def report(self, key: Any, ok: bool, result: Any) -> None:  # any thread
        """``result`` if ``ok``, else a message (the form :class:`app.jobs.page_jobs.PageJobs` calls back)."""
        if ok:
            self.report_done(key, result)
        else:
            self.report_failed(key, str(result))
