"""The pack composer's Preview tab: the pack exported as PDF on a worker thread, its first pages shown.
A newer preview supersedes one still on its way."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.packs.pack import Pack

from .pack_tasks import Task, TaskRunner, render_pdf_pages

PREVIEW_DELAY_MS = 900
PREVIEW_SCALE = 0.6
PREVIEW_MAX_PAGES = 60


class PackPreview(QWidget):
    #: a preview is shown (number of pages)
    ready = Signal(int)
    #: the preview failed (message)
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, pack: Callable[[], Pack | None], registry,
                 options_for: Callable[[Any], dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._pack = pack
        self._registry = registry
        self._options_for = options_for
        self._task: Task | None = None
        self._generation = 0
        self.images: list[QImage] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        self.auto_preview = QCheckBox(self.tr("Update automatically"), self)
        self.auto_preview.setChecked(True)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.refresh)
        self.preview_status = QLabel(self)
        row.addWidget(self.auto_preview)
        row.addWidget(refresh)
        row.addWidget(self.preview_status, 1)
        layout.addLayout(row)
        self.preview = QListWidget(self)
        self.preview.setViewMode(QListWidget.ViewMode.IconMode)
        self.preview.setIconSize(QSize(240, 340))
        self.preview.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.preview.setMovement(QListWidget.Movement.Static)
        self.preview.setSpacing(6)
        self.preview.setToolTip(self.tr("Pages of the exported PDF"))
        layout.addWidget(self.preview, 1)

    def schedule(self, on_screen: bool) -> None:
        """A change: the preview follows it after a pause, when it is on screen and kept up to date."""
        if self.auto_preview.isChecked() and on_screen:
            self._timer.start()

    def refresh(self) -> None:
        """Export the pack as PDF on a worker thread and show its pages."""
        self._timer.stop()
        pack = self._pack()
        if pack is None:
            return
        pdf = self._registry.exporters.get("pdf")
        if pdf is None or not hasattr(pdf, "render"):
            self.preview_status.setText(self.tr("No PDF exporter: no preview."))
            return
        self._generation += 1
        generation = self._generation
        if self._task is not None:
            self._task.cancelled = True
        options = self._options_for(pdf)

        def job(progress):
            data = pdf.render(pack, options, progress)
            return generation, render_pdf_pages(data, PREVIEW_SCALE, PREVIEW_MAX_PAGES)

        task = self._runner.start(job, self._done, self._failed)
        task.progressed.connect(self._progress)  # a method, not a lambda: no call once the widget is gone
        self._task = task
        self.preview_status.setText(self.tr("Preparing the preview…"))

    def _progress(self, done: int, total: int, message: str) -> None:
        self.preview_status.setText(f"{message}…")

    def _done(self, result) -> None:
        generation, images = result
        if generation != self._generation:
            return  # a newer preview is on its way
        self.images = images
        self.preview.clear()
        for i, image in enumerate(images, start=1):
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), self.tr("Page {page}").format(page=i))
            self.preview.addItem(item)
        pages = PackPreview.tr("%n page(s)", "", len(images))
        self.preview_status.setText((self.tr("{pages} (first pages).") if len(images) == PREVIEW_MAX_PAGES
                                     else self.tr("{pages}.")).format(pages=pages))
        self.ready.emit(len(images))

    def _failed(self, message: str) -> None:
        self.preview_status.setText(self.tr("Preview failed: {reason}").format(reason=message))
        self.failed.emit(message)
