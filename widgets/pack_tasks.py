"""Work the pack composer runs on worker threads: exports and the PDF preview."""

from __future__ import annotations

import os
import tempfile
import weakref
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QImage

from exporters import ExportError

from . import threads
from .i18n import EXPORT, translate_label, translate_message


class Task(QThread):
    """Runs ``fn(progress)`` on a worker thread; reports progress, the result or a message."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[[Callable[[int, int, str], None]], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.cancelled = False

    def run(self) -> None:  # worker thread
        def progress(done: int, total: int, message: str = "") -> None:
            if self.cancelled:
                raise Cancelled()
            # in the interface's language (Qt's translate is thread-safe); a plug-in's own words as they are
            self.progressed.emit(int(done), int(total), translate_label(str(message), EXPORT))

        try:
            result = self._fn(progress)
        except Cancelled:
            return
        except ExportError as exc:
            self.failed.emit(translate_message(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a plug-in's bug becomes a message, not a crash
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.succeeded.emit(result)


class Cancelled(BaseException):
    """Raised from the progress callback of a superseded task (not an Exception: exporters that catch
    every Exception to report it must not swallow it)."""


def render_pdf_pages(data: bytes, scale: float, limit: int) -> list[QImage]:
    """Render the first ``limit`` pages of a PDF (bytes) to images; pdfium calls are serialised with
    the rest of the GUI's rendering."""
    from app.source.render import PageRenderer

    from .rendering import PDFIUM_LOCK, to_qimage

    fd, name = tempfile.mkstemp(prefix="bb-preview-", suffix=".pdf")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        images = []
        with PDFIUM_LOCK:
            renderer = PageRenderer(name)
            try:
                for index in range(min(len(renderer), limit)):
                    images.append(to_qimage(renderer.render(index, scale=scale)))
            finally:
                renderer.close()
        return images
    finally:
        Path(name).unlink(missing_ok=True)


class TaskRunner:
    """Starts tasks and keeps them until they finish; a composer closing waits for its own."""

    def __init__(self) -> None:
        self.tasks: set[Task] = set()

    def start(self, fn, on_success, on_failure) -> Task:
        task = Task(fn)
        task.succeeded.connect(on_success)
        task.failed.connect(on_failure)
        self.tasks.add(task)
        # kept there, not parented to a widget, so a composer can be deleted while its worker finishes
        threads.register(task, lambda t=task: setattr(t, "cancelled", True))
        ref = weakref.ref(self)

        def finished(t=task):
            me = ref()
            if me is not None:
                me.tasks.discard(t)
            t.deleteLater()

        task.finished.connect(finished)
        task.start()
        return task

    def wait(self, msecs: int = 30000) -> None:
        """Cancel this runner's tasks and wait for them (the composer or its window closes)."""
        for task in list(self.tasks):
            task.cancelled = True
        for task in list(self.tasks):
            task.wait(msecs)
