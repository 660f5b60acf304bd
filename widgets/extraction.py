"""Whole-document extraction off the GUI thread.

A :class:`QThread` iterates :class:`app.extract.pipeline.Extraction` (whose pages run in worker processes) and
hands every :class:`~app.extract.pipeline.PageResult` to the GUI thread through a queued signal, so tables
appear page by page while the window stays usable. The document-level steps (:func:`app.extract.pipeline.assemble`:
repairs, continued tables, the section tree, tags) run in a helper process fed page by page
(:class:`app.jobs.assembler.Assembler`): seconds of pure Python on a thread of this process would hold the GIL
the GUI thread needs for every call into Python. The GUI thread only receives the finished
:class:`~app.document.model.DocumentData`.

The per-page cache is written through the thread's own connection to the project file (SQLite
connections are not shared between threads here), so a cancelled or killed extraction resumes quickly.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from app.document.model import SourceDocument

from .i18n import translate_message


class ExtractionThread(QThread):
    #: one PageResult as soon as its page is done
    pageReady = Signal(object)
    #: pages done, pages in all, message
    progressed = Signal(int, int, str)
    #: the assembled DocumentData, whether the run was cancelled, and whether it was written to the
    #: project file already (as the document's baseline, through this thread's own connection)
    extracted = Signal(object, bool, bool)
    #: a sentence for the user (the PDF cannot be read, ...)
    failed = Signal(str)

    def __init__(
        self,
        path: str | os.PathLike,
        document: SourceDocument,
        password: str | None = None,
        project_path: str | os.PathLike | None = None,
        settings=None,
        workers: int | None = None,
        pages: list[int] | None = None,
        replace: bool = False,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.document = document
        self.password = password
        self.project_path = Path(project_path) if project_path else None
        self.settings = settings
        self.workers = workers
        self.pages = pages
        self.sha256 = document.sha256
        #: a re-extraction: when it is cancelled, the previous baseline stays
        self.replace = replace
        self._cancel = False
        self.seconds = 0.0

    def cancel(self) -> None:
        self._cancel = True

    def stop(self, *_) -> None:
        """Cancel and wait: its parent is being destroyed, and a running thread destroyed with it ends
        the process ("QThread: Destroyed while thread is still running", then abort)."""
        self._cancel = True
        self.wait(60000)

    @property
    def cancelled(self) -> bool:
        return self._cancel

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progressed.emit(done, total, message)

    def run(self) -> None:  # the extraction thread
        from app.source.pdf import PdfError
        from app.jobs.assembler import Assembler
        from app.extract.pipeline import ExtractSettings, Extraction, cancelled_warning

        started = time.perf_counter()
        store = None
        try:
            if self.project_path is not None:
                try:
                    from app.project.store import ProjectStore

                    store = ProjectStore.open(self.project_path, lock=False)  # this process holds the lock
                except Exception:  # noqa: BLE001 - no cache is better than no extraction
                    store = None
            settings = self.settings or ExtractSettings()
            self.settings = settings
            document = SourceDocument.from_json(self.document.to_json())
            document.path = str(self.path)
            run = Extraction(
                self.path, self.pages, self.password, settings, self.workers, self._progress,
                lambda: self._cancel, store, document,
            )
            # workers=0 keeps everything in this process (the design the processes replace; benchmarks)
            assembler = Assembler(in_process=self.workers == 0, path=self.path, password=self.password)
            try:
                for result in run:
                    assembler.add(result)
                    self.pageReady.emit(result)
                warnings = list(run.warnings)
                done = len(assembler.results)
                if run.cancelled:
                    missing = len(run.pages) - done
                    warnings.append(cancelled_warning(missing, len(run.pages)))
                self.progressed.emit(done, len(run.pages), self.tr("building the section tree"))
                # the baseline is written off the GUI thread (it can be megabytes of JSON): by the
                # assembly process when there is one, else below through this thread's connection
                keep = store is not None and not (run.cancelled and self.replace)
                data = assembler.finish(run.document, path=self.path, password=self.password, settings=settings,
                                        warnings=warnings, identity=self.document,
                                        store_path=self.project_path if keep else None,
                                        settings_key=settings.key())
            finally:
                assembler.close()
            data.document = self.document  # identity as registered in the project
            written = assembler.written
            if keep and not written:
                try:
                    store.put_extraction(data, settings.key())
                    written = True
                except Exception:  # noqa: BLE001 - the GUI thread writes it then
                    written = False
            self.seconds = time.perf_counter() - started
            self.extracted.emit(data, bool(run.cancelled), written)
        except PdfError as exc:
            self.failed.emit(translate_message(exc))
        except Exception as exc:  # noqa: BLE001 - reported to the user, never a traceback
            self.failed.emit(self.tr("The extraction stopped: {error}").format(error=f"{type(exc).__name__}: {exc}"))
        finally:
            if store is not None:
                try:
                    store.close()
                except Exception:  # noqa: BLE001
                    pass
