"""The page view: one rendered PDF page with zoom, fit width, navigation and overlays.

Scene coordinates are PDF points with the origin at the top left of the page (the model's
convention), so overlays are drawn straight from the model: table boxes with their column and row
lines, heading markers. The page image is rendered off the GUI thread (:mod:`widgets.rendering`) at
the current zoom and scaled into place; until it arrives a blank page of the right size is shown.

Interaction:

* click a table box or a heading marker: ``tableClicked`` / ``sectionClicked``;
* "draw" mode: drag a rectangle: ``areaDrawn(page_index, bbox)``;
* a selected table's column separators can be dragged sideways, double-clicking inside the table adds
  one, the context menu removes one: ``columnsEdited(table_id, xs)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QImage, QPainter, QPen, QPixmap, QTransform, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QMenu,
)

from app.document.model import Section, Table

from .i18n import method_name
from .rendering import PAGE_PRIORITY, PREFETCH_PRIORITY, Document, RenderService

MIN_ZOOM, MAX_ZOOM = 0.1, 8.0
DEFAULT_PAGE = (595.0, 842.0)
MARGIN = 12.0

TABLE_COLOURS = {
    "ruled": QColor(30, 110, 220),
    "borderless": QColor(20, 150, 90),
    "manual": QColor(150, 60, 200),
    "imported": QColor(120, 120, 120),
    # read by OCR from a scanned page (Table.source), whatever the method: the user checks these first
    "ocr": QColor(200, 120, 0),
}
SELECTED = QColor(255, 140, 0)
HEADING = QColor(200, 40, 90)


def _cosmetic(colour: QColor, width: float = 1.5, style=Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCosmetic(True)
    return pen


class TableBox(QGraphicsRectItem):
    """A table's box on the page, drawn just *outside* its bbox.

    The bbox of a borderless table is the extent of its text: a line on it would cover the first and
    last letters of the outer columns (e.g. the last digits of a right-aligned Total column). The
    outline is drawn ``PAD`` points plus half the (cosmetic, pixel-wide) pen outside, at any zoom.
    """

    #: points between the bbox and the inner edge of the outline
    PAD = 1.0
    #: the largest distance the outline can be drawn from the bbox (points, at the smallest zoom)
    _MAX_PAD = PAD + 2.5 / 2 / MIN_ZOOM

    def __init__(self, table: Table, selected: bool, bbox=None) -> None:
        x0, top, x1, bottom = bbox or table.bbox
        super().__init__(QRectF(x0, top, max(1.0, x1 - x0), max(1.0, bottom - top)))
        self.table_id = table.id
        kind = "ocr" if table.source == "ocr" else table.method
        colour = SELECTED if selected else TABLE_COLOURS.get(kind, TABLE_COLOURS["borderless"])
        self.setPen(_cosmetic(colour, 2.5 if selected else 1.5, Qt.PenStyle.DashLine if kind == "ocr"
                              else Qt.PenStyle.SolidLine))
        fill = QColor(colour)
        fill.setAlpha(40 if selected else 14)
        self.setBrush(QBrush(fill))
        self.setZValue(10 if selected else 5)
        pages = table.pages()
        where = ("\n" + QCoreApplication.translate("PageView", "Merged from pages {first}–{last}").format(
            first=pages[0], last=pages[-1]) if len(pages) > 1 else "")
        method = (QCoreApplication.translate("PageView", "{method}, read by OCR from a scan") if kind == "ocr"
                  else "{method}").format(method=method_name(table.method))
        self.setToolTip(QCoreApplication.translate("PageView", "Table {table}: {rows} × {columns} ({method})").format(
                            table=table.id, rows=PageView.tr("%n row(s)", "", table.n_rows),
                            columns=PageView.tr("%n column(s)", "", table.n_cols), method=method)
                        + (f"\n{table.title}" if table.title else "") + where
                        + ("" if selected else "\n" + QCoreApplication.translate("PageView", "Click to select")))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def outline(self, scale: float) -> QRectF:
        """The rectangle drawn at ``scale`` device pixels per point."""
        pad = self.PAD + self.pen().widthF() / 2 / max(scale, MIN_ZOOM)
        return self.rect().adjusted(-pad, -pad, pad, pad)

    def boundingRect(self) -> QRectF:  # noqa: N802
        m = self._MAX_PAD + 1.0
        return self.rect().adjusted(-m, -m, m, m)

    def shape(self):
        from PySide6.QtGui import QPainterPath

        path = QPainterPath()
        path.addRect(self.rect().adjusted(-self.PAD, -self.PAD, self.PAD, self.PAD))
        return path

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        painter.drawRect(self.outline(abs(painter.worldTransform().m11()) or 1.0))


class SeparatorItem(QGraphicsLineItem):
    """A column separator of the selected table; drag it sideways to re-split the columns."""

    def __init__(self, view: "PageView", table_id: str, x: float, top: float, bottom: float,
                 lo: float, hi: float, movable: bool) -> None:
        super().__init__(0, top, 0, bottom)
        self._view = view
        self.table_id = table_id
        self.lo, self.hi = lo, hi
        self.setPos(x, 0)
        self._pressed_at = x
        self.setPen(_cosmetic(SELECTED if movable else QColor(30, 110, 220, 150), 2.0 if movable else 1.0,
                              Qt.PenStyle.SolidLine if movable else Qt.PenStyle.DashLine))
        self.setZValue(20 if movable else 6)
        if movable:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, True)
            self.setCursor(Qt.CursorShape.SplitHCursor)
            self.setToolTip(QCoreApplication.translate("PageView", "Drag to move this column separator; "
                                                                   "right-click to remove it"))
            self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton)
        else:
            self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def shape(self):  # a wider grip than the 1-pixel line
        from PySide6.QtGui import QPainterPath

        path = QPainterPath()
        line = self.line()
        grip = 4.0 / max(self._view.zoom, 0.1)
        path.addRect(QRectF(-grip, line.y1(), 2 * grip, line.y2() - line.y1()))
        return path

    def boundingRect(self):
        return self.shape().boundingRect()

    def itemChange(self, change, value):  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            x = min(max(value.x(), self.lo + 1.0), self.hi - 1.0)
            return QPointF(x, 0)
        return super().itemChange(change, value)

    def mousePressEvent(self, event):  # noqa: N802
        self._pressed_at = self.pos().x()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event):  # noqa: N802
        super().mouseReleaseEvent(event)
        # a click that did not drag (selecting the table over its rule) re-splits nothing: it would
        # be a correction the user never made
        if event.button() == Qt.MouseButton.LeftButton and abs(self.pos().x() - self._pressed_at) > 0.01:
            self._view._separators_moved(self.table_id)

    def contextMenuEvent(self, event):  # noqa: N802
        menu = QMenu()
        remove = menu.addAction(QCoreApplication.translate("PageView", "Remove Column Separator"))
        if menu.exec(event.screenPos()) is remove:
            self._view._remove_separator(self)


class HeadingMarker(QGraphicsRectItem):
    def __init__(self, section: Section, page_width: float, selected: bool) -> None:
        if section.bbox:
            x0, top, x1, bottom = section.bbox
            rect = QRectF(x0 - 2, top - 2, max(4.0, x1 - x0 + 4), max(4.0, bottom - top + 4))
        else:
            top = float(section.top or 0.0)
            rect = QRectF(4, top - 2, max(20.0, page_width - 8), 14)
        super().__init__(rect)
        self.section_id = section.id
        self.setPen(_cosmetic(SELECTED if selected else HEADING, 2.0 if selected else 1.0, Qt.PenStyle.DashLine))
        fill = QColor(SELECTED if selected else HEADING)
        fill.setAlpha(35 if selected else 12)
        self.setBrush(QBrush(fill))
        self.setZValue(8)
        self.setToolTip(QCoreApplication.translate("PageView", "Heading (level {level}): {title}").format(
            level=section.level, title=section.title))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        tag = QGraphicsSimpleTextItem(f"H{section.level}", self)
        tag.setBrush(QBrush(SELECTED if selected else HEADING))
        font = tag.font()
        font.setPointSizeF(6.5)
        font.setBold(True)
        tag.setFont(font)
        tag.setPos(rect.left() - 14, rect.top())


class PageView(QGraphicsView):
    """Shows one page at a time. ``zoom`` is screen pixels per PDF point (1.0 = 72 dpi)."""

    pageChanged = Signal(int, int)  # index (0-based), page count
    zoomChanged = Signal(float)
    tableClicked = Signal(str)
    sectionClicked = Signal(str)
    areaDrawn = Signal(int, object)  # page index, (x0, top, x1, bottom) in points
    columnsEdited = Signal(str, object)  # table id, sorted interior separator x positions
    drawModeChanged = Signal(bool)
    rendered = Signal(int)  # page index whose image is now shown

    def __init__(self, renders: RenderService | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QColor("#5a5f66"))
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self._renders = renders or RenderService(self)
        self._renders.rendered.connect(self._on_rendered)
        self._document: Document | None = None
        self._page_sizes: list[tuple[float, float]] = []
        self._index = 0
        self._zoom = 1.0
        self._fit_width = True
        #: the view's turn in degrees (0, 90, 180, 270), per document for the session: a page printed
        #: sideways is read upright; page coordinates, overlays and drawn areas are unchanged by it
        self._rotation = 0
        self._rotations: dict[str, int] = {}
        self._page_item: QGraphicsRectItem | None = None
        self._pixmap_item: QGraphicsPixmapItem | None = None
        self._shown_key = None
        self._tables: list[Table] = []
        self._sections: list[Section] = []
        self._guides: dict[str, tuple[list[float], list[float]]] = {}
        self._selected_table = ""
        self._selected_section = ""
        self._overlays: list[QGraphicsItem] = []
        self._draw_mode = False
        self._draw_start: QPointF | None = None
        self._draw_item: QGraphicsRectItem | None = None
        self._separators: list[SeparatorItem] = []
        self._zoom_timer = QTimer(self)
        self._zoom_timer.setSingleShot(True)
        self._zoom_timer.setInterval(120)
        self._zoom_timer.timeout.connect(self._request_render)
        self.show_tables = True
        self.show_headings = True

    # ================================================================================ document

    def set_document(self, document: Document | None, page_sizes: list[tuple[float, float]] | None = None) -> None:
        self._document = document
        self._page_sizes = list(page_sizes or [])
        self._index = 0
        self._rotation = self._rotations.get(document.key, 0) if document else 0
        self._guides.clear()
        self._tables, self._sections = [], []
        self._selected_table = self._selected_section = ""
        self._show()

    # backwards-compatible name used by the first window
    def set_renderer(self, document: Document | None) -> None:
        self.set_document(document)

    @property
    def document(self) -> Document | None:
        return self._document

    @property
    def page_count(self) -> int:
        return self._document.page_count if self._document else 0

    @property
    def page_index(self) -> int:
        return self._index

    @property
    def zoom(self) -> float:
        return self._zoom

    def page_size(self, index: int | None = None) -> tuple[float, float]:
        index = self._index if index is None else index
        if 0 <= index < len(self._page_sizes):
            w, h = self._page_sizes[index]
            if w > 0 and h > 0:
                return (float(w), float(h))
        return DEFAULT_PAGE

    def set_page(self, index: int) -> None:
        if not self._document:
            return
        index = max(0, min(index, self.page_count - 1))
        if index != self._index or self._page_item is None:
            self._index = index
            self._show()

    def next_page(self) -> None:
        self.set_page(self._index + 1)

    def previous_page(self) -> None:
        self.set_page(self._index - 1)

    def is_rendered(self) -> bool:
        """True when the current page's image (at the current zoom) is on screen."""
        return self._document is not None and self._shown_key == self._key()

    # ================================================================================== overlays

    def set_overlays(self, tables: list[Table], sections: list[Section]) -> None:
        """All tables and sections of the document; the view shows those on the current page."""
        self._tables = list(tables)
        self._sections = list(sections)
        self._build_overlays()

    def set_guides(self, table_id: str, columns: list[float], rows: list[float]) -> None:
        """Estimated separator positions for a table whose model has none (from the page's words)."""
        self._guides[table_id] = (list(columns), list(rows))
        if any(t.id == table_id and self._index + 1 in t.pages() for t in self._tables):
            self._build_overlays()

    def clear_guides(self, table_id: str | None = None) -> None:
        if table_id is None:
            self._guides.clear()
        else:
            self._guides.pop(table_id, None)

    def set_selected_table(self, table_id: str) -> None:
        if table_id != self._selected_table:
            self._selected_table = table_id
            self._build_overlays()

    def set_selected_section(self, section_id: str) -> None:
        if section_id != self._selected_section:
            self._selected_section = section_id
            self._build_overlays()

    def show_table(self, table: Table) -> None:
        """Go to the table's page and scroll it into view."""
        self.set_selected_table(table.id)
        # a table merged from several pages: stay on the piece shown, else go to its first piece
        page, bbox = next(((p, b) for p, b in table.boxes() if p == self._index + 1), (table.page, table.bbox))
        self.set_page(page - 1)
        x0, top, x1, bottom = bbox
        self._ensure_visible(QRectF(x0, top, x1 - x0, bottom - top))

    def show_section(self, section: Section) -> None:
        self.set_selected_section(section.id)
        self.set_page(section.page - 1)
        if section.bbox:
            x0, top, x1, bottom = section.bbox
            self._ensure_visible(QRectF(x0, top, x1 - x0, bottom - top))
        elif section.top is not None:
            self._ensure_visible(QRectF(0, float(section.top), 10, 20))
        else:
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def _ensure_visible(self, rect: QRectF) -> None:
        # show the top of tall areas rather than their middle
        height = self.viewport().height() / max(self._zoom, 0.01)
        if rect.height() > height * 0.8:
            rect = QRectF(rect.left(), rect.top(), rect.width(), height * 0.6)
        self.ensureVisible(rect, 30, 40)

    def table_columns(self, table: Table) -> list[float]:
        """Interior separator x positions of a table: from the model, else the estimated guides."""
        x0, _, x1, _ = table.bbox
        if table.columns:
            return [x for x in table.columns if x0 + 0.5 < x < x1 - 0.5]
        return list(self._guides.get(table.id, ([], []))[0])

    def _build_overlays(self) -> None:
        scene = self.scene()
        for item in self._overlays:
            scene.removeItem(item)
        self._overlays = []
        self._separators = []
        if not self._document or self._page_item is None:
            return
        number = self._index + 1
        if self.show_tables:
            # a table merged from several pages has a box on each of them
            pieces = [(table, box) for table in self._tables for page, box in table.boxes() if page == number]
            for table, bbox in pieces:
                selected = table.id == self._selected_table
                box = TableBox(table, selected, bbox)
                scene.addItem(box)
                self._overlays.append(box)
                x0, top, x1, bottom = bbox
                if bbox != table.bbox:  # the column lines of a later piece: where the table's columns fall in it
                    for x in self.table_columns(table):
                        if x0 + 0.5 < x < x1 - 0.5:
                            line = SeparatorItem(self, table.id, x, top, bottom, x0, x1, movable=False)
                            scene.addItem(line)
                            self._overlays.append(line)
                    continue
                for x in self.table_columns(table):
                    line = SeparatorItem(self, table.id, x, top, bottom, x0, x1, movable=selected)
                    scene.addItem(line)
                    self._overlays.append(line)
                    if selected:
                        self._separators.append(line)
                for y in self._guides.get(table.id, ([], []))[1]:
                    row_line = QGraphicsLineItem(x0, y, x1, y)
                    row_line.setPen(_cosmetic(QColor(30, 110, 220, 110), 1.0, Qt.PenStyle.DotLine))
                    row_line.setZValue(6)
                    row_line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                    scene.addItem(row_line)
                    self._overlays.append(row_line)
        if self.show_headings:
            width, _ = self.page_size()
            for section in self._sections:
                if section.page != number or (section.bbox is None and section.top is None):
                    continue
                marker = HeadingMarker(section, width, section.id == self._selected_section)
                scene.addItem(marker)
                self._overlays.append(marker)

    # ---- separators -----------------------------------------------------------------------------

    def _separators_moved(self, table_id: str) -> None:
        xs = sorted(round(s.pos().x(), 2) for s in self._separators if s.table_id == table_id)
        self.columnsEdited.emit(table_id, xs)

    def _remove_separator(self, item: SeparatorItem) -> None:
        xs = sorted(round(s.pos().x(), 2) for s in self._separators if s.table_id == item.table_id and s is not item)
        self.columnsEdited.emit(item.table_id, xs)

    def add_separator(self, table_id: str, x: float) -> None:
        table = next((t for t in self._tables if t.id == table_id), None)
        if table is None:
            return
        xs = sorted(set(round(v, 2) for v in self.table_columns(table)) | {round(x, 2)})
        self.columnsEdited.emit(table_id, xs)

    # ================================================================================== zoom

    def set_zoom(self, zoom: float) -> None:
        self._fit_width = False
        self._apply_zoom(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / 1.25)

    @property
    def rotation(self) -> int:
        return self._rotation

    def rotate(self, degrees: int) -> None:
        """Turn the view by a multiple of 90 degrees (clockwise when positive); the document is unchanged."""
        if not self._document:
            return
        self._rotation = (self._rotation + degrees) % 360
        self._rotations[self._document.key] = self._rotation
        if self._fit_width:
            zoom = self._fit_zoom()
            if abs(zoom - self._zoom) >= 1e-3:
                self._zoom = zoom
                self._zoom_timer.start()
                self.zoomChanged.emit(self._zoom)
        self._set_transform()

    def _set_transform(self) -> None:
        transform = QTransform()
        transform.rotate(self._rotation)
        transform.scale(self._zoom, self._zoom)
        self.setTransform(transform)

    def fit_width(self) -> None:
        self._fit_width = True
        self._apply_zoom(self._fit_zoom())

    @property
    def fitting_width(self) -> bool:
        return self._fit_width

    def _fit_zoom(self) -> float:
        width, height = self.page_size()
        if self._rotation in (90, 270):
            width = height  # the page's height lies across the turned view
        available = self.viewport().width()
        if not self.verticalScrollBar().isVisible():
            # as if the scroll bar were there: fitting must not make it appear and change the fit
            available -= self.verticalScrollBar().sizeHint().width()
        return max(MIN_ZOOM, min(MAX_ZOOM, available / (width + 2 * MARGIN)))

    def _apply_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if abs(zoom - self._zoom) < 1e-3 and self._page_item is not None:
            return
        self._zoom = zoom
        self._set_transform()
        self._zoom_timer.start()  # render at the new zoom once the user stops zooming
        self.zoomChanged.emit(self._zoom)

    # ================================================================================== painting

    def _key(self):
        if not self._document:
            return None
        return RenderService.key(self._document, self._index, self._zoom * self.devicePixelRatioF())

    def _show(self) -> None:
        scene = self.scene()
        scene.clear()
        self._overlays = []
        self._separators = []
        self._page_item = None
        self._pixmap_item = None
        self._shown_key = None
        self._draw_item = None
        if not self._document or self.page_count == 0:
            scene.setSceneRect(QRectF(0, 0, 1, 1))
            self.pageChanged.emit(0, 0)
            return
        width, height = self.page_size()
        if self._fit_width:
            self._zoom = self._fit_zoom()
        self._set_transform()
        self._page_item = scene.addRect(QRectF(0, 0, width, height), QPen(Qt.PenStyle.NoPen), QBrush(Qt.GlobalColor.white))
        self._page_item.setZValue(-10)
        scene.setSceneRect(QRectF(-MARGIN, -MARGIN, width + 2 * MARGIN, height + 2 * MARGIN))
        self._request_render()
        self._build_overlays()
        self.pageChanged.emit(self._index, self.page_count)

    def _request_render(self) -> None:
        if not self._document or self._page_item is None:
            return
        ratio = self.devicePixelRatioF()
        scale = self._zoom * ratio
        image = self._renders.request(self._document, self._index, scale, PAGE_PRIORITY)
        if image is not None:
            self._set_image(RenderService.key(self._document, self._index, scale), image)
        # the next page is likely wanted soon
        if self._index + 1 < self.page_count:
            self._renders.request(self._document, self._index + 1, scale, PREFETCH_PRIORITY)

    def _on_rendered(self, key, image: QImage) -> None:
        if self._document is None or key[0] != self._document.key or key[1] != self._index:
            return
        wanted = self._key()
        if key == wanted or self._shown_key is None:
            self._set_image(key, image)

    def _set_image(self, key, image: QImage) -> None:
        if self._page_item is None:
            return
        scale = key[2]
        pixmap = QPixmap.fromImage(image)
        if self._pixmap_item is None:
            self._pixmap_item = QGraphicsPixmapItem()
            self._pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            self._pixmap_item.setZValue(-5)
            self.scene().addItem(self._pixmap_item)
        self._pixmap_item.setPixmap(pixmap)
        self._pixmap_item.setScale(1.0 / scale)
        self._shown_key = key
        self.rendered.emit(key[1])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        if self._fit_width and self._document:
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

    # ================================================================================ draw mode

    @property
    def draw_mode(self) -> bool:
        return self._draw_mode

    def set_draw_mode(self, on: bool) -> None:
        if on == self._draw_mode:
            return
        self._draw_mode = on
        self._cancel_drawing()
        self.setDragMode(QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.ScrollHandDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor)
        self.drawModeChanged.emit(on)

    def _cancel_drawing(self) -> None:
        if self._draw_item is not None:
            self.scene().removeItem(self._draw_item)
        self._draw_item = None
        self._draw_start = None

    def _page_point(self, pos) -> QPointF:
        p = self.mapToScene(pos)
        width, height = self.page_size()
        return QPointF(min(max(p.x(), 0.0), width), min(max(p.y(), 0.0), height))

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self._draw_mode and event.button() == Qt.MouseButton.LeftButton and self._document:
            self._draw_start = self._page_point(event.position().toPoint())
            self._draw_item = self.scene().addRect(QRectF(self._draw_start, self._draw_start),
                                                   _cosmetic(SELECTED, 2.0, Qt.PenStyle.DashLine),
                                                   QBrush(QColor(255, 140, 0, 40)))
            self._draw_item.setZValue(30)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and not self._draw_mode:
            for item in self.items(event.position().toPoint()):
                if isinstance(item, SeparatorItem) and item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable:
                    break  # the default handling drags it
                if isinstance(item, TableBox):
                    self.tableClicked.emit(item.table_id)
                    break
                if isinstance(item, HeadingMarker):
                    self.sectionClicked.emit(item.section_id)
                    break
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._draw_item is not None and self._draw_start is not None:
            self._draw_item.setRect(QRectF(self._draw_start, self._page_point(event.position().toPoint())).normalized())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._draw_item is not None and event.button() == Qt.MouseButton.LeftButton:
            rect = self._draw_item.rect().normalized()
            self._cancel_drawing()
            if rect.width() >= 8 and rect.height() >= 8:
                self.areaDrawn.emit(self._index, (round(rect.left(), 2), round(rect.top(), 2),
                                                  round(rect.right(), 2), round(rect.bottom(), 2)))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        if not self._draw_mode and self._selected_table:
            p = self.mapToScene(event.position().toPoint())
            table = next((t for t in self._tables if t.id == self._selected_table and t.page == self._index + 1), None)
            if table is not None:  # separators are added on the table's first piece
                x0, top, x1, bottom = table.bbox
                if x0 < p.x() < x1 and top <= p.y() <= bottom:
                    self.add_separator(table.id, p.x())
                    event.accept()
                    return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self._draw_mode:
            if self._draw_item is not None:
                self._cancel_drawing()
            else:
                self.set_draw_mode(False)
            event.accept()
            return
        super().keyPressEvent(event)

    # used by tests and the benchmark: drive the rubber band without a real mouse
    def draw_area(self, bbox: tuple[float, float, float, float]) -> None:
        self.areaDrawn.emit(self._index, tuple(round(v, 2) for v in bbox))

    def cursor_page_pos(self) -> QPointF:
        return self.mapToScene(self.viewport().mapFromGlobal(QCursor.pos()))
