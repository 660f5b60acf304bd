"""Page thumbnails: a lazy list (only visible pages are rendered, in the background)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView

from .rendering import THUMB_PRIORITY, Document, RenderService

THUMB_WIDTH = 84


class ThumbnailModel(QAbstractListModel):
    def __init__(self, renders: RenderService, parent=None) -> None:
        super().__init__(parent)
        self._renders = renders
        self._document: Document | None = None
        self._sizes: list[tuple[float, float]] = []
        self._marks: dict[int, str] = {}
        self._placeholders: dict[tuple[int, int], QIcon] = {}
        renders.rendered.connect(self._on_rendered)

    def set_document(self, document: Document | None, page_sizes: list[tuple[float, float]]) -> None:
        self.beginResetModel()
        self._document = document
        self._sizes = list(page_sizes)
        self._marks = {}
        self.endResetModel()

    def set_marks(self, marks: dict[int, str]) -> None:
        """Short notes per 0-based page index ("2 tables") shown under the page number."""
        self._marks = dict(marks)
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1), [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        if parent.isValid() or self._document is None:
            return 0
        return self._document.page_count

    def _scale(self, row: int) -> float:
        width = self._sizes[row][0] if row < len(self._sizes) and self._sizes[row][0] > 0 else 595.0
        return round(THUMB_WIDTH / width, 3)

    def _placeholder(self, row: int) -> QIcon:
        width, height = self._sizes[row] if row < len(self._sizes) else (595.0, 842.0)
        size = (THUMB_WIDTH, max(10, int(THUMB_WIDTH * height / max(width, 1.0))))
        icon = self._placeholders.get(size)
        if icon is None:
            pixmap = QPixmap(*size)
            pixmap.fill(QColor("white"))
            icon = QIcon(pixmap)
            self._placeholders[size] = icon
        return icon

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._document is None:
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            mark = self._marks.get(row)
            return f"{row + 1}" + (f" · {mark}" if mark else "")
        if role == Qt.ItemDataRole.DecorationRole:
            image = self._renders.request(self._document, row, self._scale(row), THUMB_PRIORITY, thumbnail=True)
            if image is None:
                return self._placeholder(row)
            return QPixmap.fromImage(image)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Page {page}").format(page=row + 1)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignHCenter
        return None

    def _on_rendered(self, key, image: QImage) -> None:
        if self._document is None or key[0] != self._document.key:
            return
        row = key[1]
        if 0 <= row < self.rowCount() and abs(key[2] - self._scale(row)) < 1e-6:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class ThumbnailView(QListView):
    pageActivated = Signal(int)

    def __init__(self, renders: RenderService, parent=None) -> None:
        super().__init__(parent)
        self.thumbnails = ThumbnailModel(renders, self)
        self._renders = renders
        self.setModel(self.thumbnails)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.42)))
        self.setSpacing(4)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMinimumWidth(THUMB_WIDTH + 40)
        self.clicked.connect(lambda index: self.pageActivated.emit(index.row()))
        self.activated.connect(lambda index: self.pageActivated.emit(index.row()))
        # when the user scrolls fast, queued thumbnails of pages scrolled past are dropped
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(150)
        self._scroll_timer.timeout.connect(self.viewport().update)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def set_document(self, document: Document | None, page_sizes: list[tuple[float, float]]) -> None:
        self.thumbnails.set_document(document, page_sizes)

    def set_current_page(self, index: int) -> None:
        if 0 <= index < self.thumbnails.rowCount():
            model_index = self.thumbnails.index(index)
            if self.currentIndex() != model_index:
                self.setCurrentIndex(model_index)
            self.scrollTo(model_index)

    def _scrolled(self) -> None:
        self._renders.cancel_thumbnails()
        self._scroll_timer.start()
