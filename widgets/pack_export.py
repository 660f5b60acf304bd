"""Exporting a pack from the composer: on a worker thread, with progress in the composer's status line
and the Export button turned into Cancel while it runs."""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from app.packs.pack import Pack

from .pack_tasks import Task, TaskRunner


class StatusLine(QLabel):
    """The composer's status line: plain text always (pack and table titles come from documents and are
    never read as markup), but for the links a finished export offers (:meth:`set_links`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.setTextFormat(Qt.TextFormat.PlainText)
        super().setText(text)

    def set_links(self, markup: str) -> None:
        self.setTextFormat(Qt.TextFormat.RichText)
        super().setText(markup)


class PackExport(QObject):
    #: the path of a file written
    exported = Signal(str)
    #: the export failed (message)
    failed = Signal(str)
    #: the user cancelled the export
    cancelled = Signal()
    #: the export ended, whichever way
    ended = Signal()

    def __init__(self, runner: TaskRunner, button: QPushButton, status: StatusLine, parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self._button = button
        self._status = status
        self._parent = parent
        self.task: Task | None = None
        #: the file written last; the status line offers to open it or show its folder
        self.last_written = ""
        status.linkActivated.connect(self._link)

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, pack: Pack, exporter, options: dict[str, Any], path: str | os.PathLike) -> Task:
        target = str(path)

        def job(progress):
            exporter.export(pack, target, options, progress)
            return target

        task = self._runner.start(job, self._done, self._failed)
        task.progressed.connect(self._progress)
        task.finished.connect(self._finished)
        self.task = task
        self._button.setText(self.tr("Cancel export"))
        self._button.setToolTip(self.tr("Stop the export; nothing is written"))
        self._status.setText(self.tr("Exporting {name}…").format(name=Path(target).name))
        return task

    def cancel(self) -> None:
        """Stop the running export at its next progress step; the destination is left untouched."""
        if self.task is not None:
            self.task.cancelled = True
            self._status.setText(self.tr("Cancelling the export…"))

    def _finished(self) -> None:
        task = self.task
        self.task = None
        self._button.setText(self.tr("Export…"))
        self._button.setToolTip("")
        self.ended.emit()
        if task is not None and task.cancelled:
            self._status.setText(self.tr("Export cancelled; no file was written."))
            self.cancelled.emit()

    def _progress(self, done: int, total: int, message: str) -> None:
        self._status.setText(f"{message} ({done}/{total})" if total else message)

    def _done(self, target: str) -> None:
        # as an office suite offers after saving a PDF: open it in the system's viewer, or show its folder
        self.last_written = target
        said = html.escape(self.tr("Exported {path}.").format(path=target))
        open_it = html.escape(self.tr("Open"))
        folder = html.escape(self.tr("Show in Folder"))
        self._status.set_links(f'{said} <a href="open">{open_it}</a> · <a href="folder">{folder}</a>')
        self.exported.emit(target)

    def _link(self, which: str) -> None:
        """The status line's "Open" or "Show in Folder" (local files only: nothing goes online)."""
        path = Path(self.last_written)
        if not self.last_written or which not in ("open", "folder"):
            return
        target = path if which == "open" else path.parent
        if not target.exists() or not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            QMessageBox.warning(self._parent, self.tr("Export"),
                                self.tr("{path} cannot be opened here.").format(path=str(target)))

    def _failed(self, message: str) -> None:
        self._status.setText(self.tr("Export failed: {reason}").format(reason=message))
        self.failed.emit(message)
        if self._parent.isVisible():
            QMessageBox.warning(self._parent, self.tr("Export"), message)
