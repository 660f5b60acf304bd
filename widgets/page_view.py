"""The page view: a rendered PDF page with zoom, fit-width and page navigation."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsView

from app.render import PageRenderer, RenderedPage

MIN_ZOOM, MAX_ZOOM = 0.1, 8.0


def to_qimage(page: RenderedPage) -> QImage:
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB32)
    return image.copy()  # detach from the Python bytes


class PageView(QGraphicsView):
    """Shows one page at a time. ``zoom`` is screen pixels per PDF point (1.0 = 72 dpi)."""

    pageChanged = Signal(int, int)  # index (0-based), page count
    zoomChanged = Signal(float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor("#5a5f66"))
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self._renderer: PageRenderer | None = None
        self._index = 0
        self._zoom = 1.0
        self._fit_width = True
        self._item: QGraphicsPixmapItem | None = None
        self._cache: dict[tuple[int, float], QPixmap] = {}

    # ---- document -------------------------------------------------------------------------------

    def set_renderer(self, renderer: PageRenderer | None) -> None:
        if self._renderer is not None and self._renderer is not renderer:
            self._renderer.close()
        self._renderer = renderer
        self._cache.clear()
        self._index = 0
        self._show()

    @property
    def page_count(self) -> int:
        return len(self._renderer) if self._renderer else 0

    @property
    def page_index(self) -> int:
        return self._index

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_page(self, index: int) -> None:
        if not self._renderer:
            return
        index = max(0, min(index, self.page_count - 1))
        if index != self._index or self._item is None:
            self._index = index
            self._show()

    def next_page(self) -> None:
        self.set_page(self._index + 1)

    def previous_page(self) -> None:
        self.set_page(self._index - 1)

    # ---- zoom -----------------------------------------------------------------------------------

    def set_zoom(self, zoom: float) -> None:
        self._fit_width = False
        self._apply_zoom(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / 1.25)

    def fit_width(self) -> None:
        self._fit_width = True
        self._apply_zoom(self._fit_zoom())

    def _fit_zoom(self) -> float:
        if not self._renderer:
            return self._zoom
        width, _ = self._renderer.page_size(self._index)
        available = self.viewport().width() - 24
        return max(MIN_ZOOM, min(MAX_ZOOM, available / max(width, 1.0)))

    def _apply_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if abs(zoom - self._zoom) < 1e-3 and self._item is not None:
            return
        self._zoom = zoom
        self._show()
        self.zoomChanged.emit(self._zoom)

    # ---- painting -------------------------------------------------------------------------------

    def _pixmap(self, index: int) -> QPixmap:
        ratio = self.devicePixelRatioF()
        key = (index, round(self._zoom * ratio, 3))
        pixmap = self._cache.get(key)
        if pixmap is None:
            assert self._renderer is not None
            rendered = self._renderer.render(index, scale=self._zoom * ratio)
            pixmap = QPixmap.fromImage(to_qimage(rendered))
            pixmap.setDevicePixelRatio(ratio)
            if len(self._cache) > 12:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = pixmap
        return pixmap

    def _show(self) -> None:
        scene = self.scene()
        scene.clear()
        self._item = None
        if not self._renderer or self.page_count == 0:
            return
        if self._fit_width:
            self._zoom = self._fit_zoom()
        self._item = scene.addPixmap(self._pixmap(self._index))
        rect = self._item.boundingRect()
        scene.setSceneRect(QRectF(rect).adjusted(-12, -12, 12, 12))
        self.pageChanged.emit(self._index, self.page_count)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        if self._fit_width and self._renderer:
            self._apply_zoom(self._fit_zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            else:
                self.zoom_out()
            event.accept()
            return
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() and event.angleDelta().y() < 0
        at_start = bar.value() <= bar.minimum() and event.angleDelta().y() > 0
        super().wheelEvent(event)
        if at_end and self._index < self.page_count - 1:
            self.next_page()
            bar.setValue(bar.minimum())
        elif at_start and self._index > 0:
            self.previous_page()
            bar.setValue(bar.maximum())
