"""Exporting a pack from the composer: on a worker thread, with progress in the composer's status line
and the Export button turned into Cancel while it runs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from app.packs.pack import Pack

from .pack_tasks import Task, TaskRunner


class PackExport(QObject):
    #: the path of a file written
    exported = Signal(str)
    #: the export failed (message)
    failed = Signal(str)
    #: the user cancelled the export
    cancelled = Signal()
    #: the export ended, whichever way
    ended = Signal()

    def __init__(self, runner: TaskRunner, button: QPushButton, status: QLabel, parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self._button = button
        self._status = status
        self._parent = parent
        self.task: Task | None = None

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
        self._status.setText(self.tr("Exported {path}.").format(path=target))
        self.exported.emit(target)

    def _failed(self, message: str) -> None:
        self._status.setText(self.tr("Export failed: {reason}").format(reason=message))
        self.failed.emit(message)
        if self._parent.isVisible():
            QMessageBox.warning(self._parent, self.tr("Export"), message)
