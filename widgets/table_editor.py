"""The table editor: a QTableView over one table of the model, with every structural edit.

Cell edits become ``set_cell`` operations; structural edits are pure functions of
:mod:`app.project.table_edit` journaled as one ``replace_table`` operation each; header rows and totals rows are
``set_table`` operations. All go through :meth:`widgets.workbench.Workbench.apply`, so they are saved at
once and undoable. Problems (:mod:`app.extract.problems`) are flagged in place: coloured cells with the reason
in the tooltip.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QLabel,
    QMenu,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.project import table_edit as te
from app.document.messages import named
from app.document.model import Table
from app.project import ops
from app.project.ops import col_letter
from app.extract.problems import Problem
from app.extract.sections.text import right_to_left

from . import i18n
from .actions import add_action
from .i18n import problem_text, translate_label, translate_message
from .places import settings
from .workbench import Workbench, commit_open_editor, tables_in_op

HEADER_BG = QColor("#e8edf3")
TOTAL_BG = QColor("#f5f0df")
PROBLEM_BG = QColor("#ffd6cc")
CHAR_PROBLEM_BG = QColor("#ffe9a8")
NOTE_BG = QColor("#e4ecfb")  # low-severity notes (a rounding-sized difference in a total)
SELECTED_PROBLEM = QColor("#ff9f80")
#: column widths in the grid: sized to the content within these limits (pixels)
MIN_COLUMN_WIDTH = 44
MAX_COLUMN_WIDTH = 340
#: header cells count up to this width: long descriptive headers ("Adhering to international
#: standards and fulfilling migrants' rights") are elided, not allowed to widen a column of figures
MAX_HEADER_WIDTH = 150
#: rows looked at to size the columns (a table of thousands of rows is sized from its first rows)
COLUMN_SAMPLE_ROWS = 500
#: the label column is frozen only while it leaves this much of the grid beside it (pixels)
MIN_FROZEN_ROOM = 96
#: a cell whose start shows this much beside the label column is not scrolled to (pixels)
MIN_CELL_SHOWN = 40
#: the label column sized to its content takes at most this share of the grid's width; longer labels
#: are elided (the whole text in the tooltip) until the user drags the column wider
LABEL_SHARE = 0.4
#: the setting remembering the label column's width the user dragged it to (pixels; for every table)
LABEL_WIDTH_SETTING = "table_editor/label_width"


def sideways_offset(offset: int, width: int, label: int, left: int, right: int, frozen: bool = False) -> int:
    """The horizontal scroll offset that shows the cell spanning ``left``..``right`` (content pixels)
    in a viewport ``width`` wide now scrolled to ``offset``, with the label column ``0``..``label``.

    ``frozen``: the label column stays drawn over the viewport's left edge whatever the offset, so
    the cells scrolled through are seen only between ``label`` and ``width``; a label cell needs no
    scroll. Otherwise the label column is kept in view where it can be: a cell that fits beside it is
    shown with it; a cell too wide for that whose start already shows beside it stays put (the editor
    shows the whole text). Any other cell is scrolled to as little as needed, its start first when it
    is wider than the room."""
    if frozen:
        if left < label:  # a label cell: always in view
            return offset
        room = max(1, width - label)
        shown = offset + label  # content x at the frozen column's right edge
        if shown <= left and right <= offset + width:
            return offset
        if left < shown or right - left > room:
            return left - label
        return right - width
    if right <= width or left < label:  # the label column itself, or a cell that fits beside it
        return 0
    if offset == 0 and left + MIN_CELL_SHOWN <= width:
        return 0
    if offset <= left and right <= offset + width:  # already in view
        return offset
    if left < offset:
        return left
    return min(left, right - width)


class CellDelegate(QStyledItemDelegate):
    """Cells as Qt draws them; the tooltip of a cell whose text is elided starts with the whole text
    (a long country name in a narrow label column), before the problems and the number. A cell whose
    letters are mostly Arabic or Hebrew is laid out right to left (flush right, a Latin name inside it
    in its place)."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if option.text and right_to_left(option.text):
            option.direction = Qt.LayoutDirection.RightToLeft

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        tip = cell_tooltip(view, option, index)
        if not tip:
            QToolTip.hideText()
            event.ignore()
            return False
        QToolTip.showText(event.globalPos(), tip, view)
        return True


def elided(view: QAbstractItemView, option: QStyleOptionViewItem, index: QModelIndex) -> bool:
    """The cell's text is wider than the room its cell gives it (Qt draws it cut with "…")."""
    text = index.data(Qt.ItemDataRole.DisplayRole) or ""
    if not text:
        return False
    opt = QStyleOptionViewItem(option)
    view.itemDelegateForIndex(index).initStyleOption(opt, index)
    room = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view).width()
    # the style's text margin on both sides (as QCommonStyle draws an item's text)
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, view) + 1)
    widest = max(opt.fontMetrics.horizontalAdvance(line) for line in str(text).split("\n"))
    return widest > room - margin


def cell_tooltip(view: QAbstractItemView, option: QStyleOptionViewItem, index: QModelIndex) -> str:
    """The cell's tooltip: its whole text when it is elided, then what the model says of it."""
    tip = index.data(Qt.ItemDataRole.ToolTipRole) or ""
    if elided(view, option, index):
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        return f"{text}\n{tip}" if tip else text
    return tip


class FrozenCellDelegate(CellDelegate):
    """The frozen column's cells. A cell the grid spans over several columns (a title row across the
    table) is drawn over the span's whole width as the grid draws it, cut at the frozen column's edge
    rather than shortened with "…": at no sideways scroll it reads on into the grid beside it."""

    def __init__(self, frozen: "FrozenColumn") -> None:
        super().__init__(frozen)
        self.frozen = frozen

    def spanned(self, option: QStyleOptionViewItem, index: QModelIndex) -> QStyleOptionViewItem:
        grid = self.frozen.grid
        span = grid.columnSpan(index.row(), index.column()) if index.isValid() else 1
        if span <= 1:
            return option
        wide = QStyleOptionViewItem(option)
        width = sum(grid.columnWidth(col) for col in range(index.column(), index.column() + span))
        wide.rect = QRect(option.rect.x(), option.rect.y(), width, option.rect.height())
        return wide

    def paint(self, painter, option, index) -> None:
        super().paint(painter, self.spanned(option, index), index)

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802
        return super().helpEvent(event, view, self.spanned(option, index), index)


class FrozenColumn(QTableView):
    """The label column drawn over the grid's left edge ("freeze first column"): a second view of the
    same model and selection, showing column 0 only. The grid keeps the keyboard; a label cell's
    editor opens here (under it the grid's own column 0 may be scrolled away)."""

    def __init__(self, grid: "CellView") -> None:
        super().__init__(grid)
        self.grid = grid
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QTableView { border-right: 1px solid palette(mid); }")
        self.setItemDelegate(FrozenCellDelegate(self))  # one per view: a view commits only its own editors

    def mousePressEvent(self, event) -> None:  # noqa: N802
        super().mousePressEvent(event)
        if self.state() != QAbstractItemView.State.EditingState:
            self.grid.setFocus(Qt.FocusReason.MouseFocusReason)  # arrows and typing go on from here

    def closeEditor(self, editor, hint) -> None:  # noqa: N802
        # Tab / Backtab / Enter move through the whole grid, not this one-column view
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
        moves = {QAbstractItemDelegate.EndEditHint.EditNextItem: QAbstractItemView.CursorAction.MoveNext,
                 QAbstractItemDelegate.EndEditHint.EditPreviousItem: QAbstractItemView.CursorAction.MovePrevious}
        if hint in moves:
            index = self.grid.moveCursor(moves[hint], Qt.KeyboardModifier.NoModifier)
            if index.isValid():
                self.grid.setCurrentIndex(index)
                self.grid.edit(index)


class CellView(QTableView):
    """The editor's grid. With the label column frozen (:meth:`set_frozen`) column 0 stays drawn at the
    left edge while the other columns scroll under it; without, moving to a cell scrolls sideways by
    :func:`sideways_offset`, so the label column (row names, the table's stub) is not pushed out of view
    by a wide column next to it where it can be helped."""

    def __init__(self, parent=None) -> None:
        self.frozen: FrozenColumn | None = None
        #: the user's choice; the frozen column shows when it also leaves room beside it (:meth:`_place_frozen`)
        self.freeze = False
        #: the label column's width by its content, fitted to :meth:`label_cap` as the grid is resized
        #: (0: not fitted, e.g. once the user dragged it)
        self.label_natural = 0
        #: the width the user dragged the label column to (0: none; then a share of the grid)
        self.label_limit = 0
        self._label_at_press: int | None = None
        super().__init__(parent)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(CellDelegate(self))
        self.horizontalHeader().viewport().installEventFilter(self)

    def label_cap(self) -> int:
        """The widest the label column is made by its content: the width the user chose, else
        :data:`LABEL_SHARE` of the grid, so the figures keep most of the room."""
        return self.label_limit or max(MIN_COLUMN_WIDTH, int(self.viewport().width() * LABEL_SHARE))

    def fit_label_column(self) -> None:
        """The label column as wide as its content, within :meth:`label_cap`."""
        if self.label_natural and self.model() is not None and self.model().columnCount():
            width = min(self.label_natural, self.label_cap())
            if self.columnWidth(0) != width:
                self.setColumnWidth(0, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # a drag of the label column's edge (in the grid's header or the frozen one's) is remembered
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self._label_at_press = self.columnWidth(0)
        elif kind == QEvent.Type.MouseButtonRelease and self._label_at_press is not None:
            if self.model() is not None and self.model().columnCount() and self.columnWidth(0) != self._label_at_press:
                self.label_dragged(self.columnWidth(0))
            self._label_at_press = None
        return False

    def label_dragged(self, width: int) -> None:
        """The user set the label column's width: kept for this table and the next ones (settings)."""
        self.label_limit = width
        self.label_natural = 0
        settings().setValue(LABEL_WIDTH_SETTING, int(width))

    def is_frozen(self) -> bool:
        """The label column is drawn frozen now (not hidden: true even before the grid is shown)."""
        return self.frozen is not None and not self.frozen.isHidden()

    def set_frozen(self, on: bool) -> None:
        self.freeze = bool(on)
        if self.frozen is None and self.model() is not None:
            self._make_frozen()
        self._place_frozen()

    def _make_frozen(self) -> None:
        frozen = self.frozen = FrozenColumn(self)
        frozen.setModel(self.model())
        frozen.setSelectionModel(self.selectionModel())
        for attr in ("selectionMode", "editTriggers", "wordWrap", "contextMenuPolicy", "verticalScrollMode",
                     "alternatingRowColors"):
            getattr(frozen, "set" + attr[0].upper() + attr[1:])(getattr(self, attr)())
        ours, theirs = self.verticalHeader(), frozen.verticalHeader()
        theirs.setDefaultSectionSize(ours.defaultSectionSize())
        theirs.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        # the label column's edge is dragged where it is seen: on the frozen header
        frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        frozen.horizontalHeader().setMinimumSectionSize(self.horizontalHeader().minimumSectionSize())
        frozen.horizontalHeader().sectionResized.connect(
            lambda col, _old, new: self.setColumnWidth(0, new) if col == 0 and new != self.columnWidth(0) else None)
        frozen.horizontalHeader().viewport().installEventFilter(self)
        self.model().modelReset.connect(self._sync_frozen)
        self.model().columnsInserted.connect(self._sync_frozen)
        self.model().columnsRemoved.connect(self._sync_frozen)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        ours.sectionResized.connect(lambda row, _old, new: frozen.setRowHeight(row, new))
        self.verticalScrollBar().valueChanged.connect(frozen.verticalScrollBar().setValue)
        frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self._sync_frozen()

    def _sync_frozen(self) -> None:
        frozen = self.frozen
        if frozen is None:
            return
        for col in range(self.model().columnCount()):
            frozen.setColumnHidden(col, col != 0)
        if self.model().columnCount():
            frozen.setColumnWidth(0, self.columnWidth(0))
        frozen.clearSpans()
        for row in range(self.model().rowCount()):
            if self.rowSpan(row, 0) > 1:
                frozen.setSpan(row, 0, self.rowSpan(row, 0), 1)
        self._place_frozen()

    def _column_resized(self, col: int, _old: int, new: int) -> None:
        if col == 0 and self.frozen is not None:
            self.frozen.setColumnWidth(0, new)
            self._place_frozen()

    def _place_frozen(self) -> None:
        frozen = getattr(self, "frozen", None)  # Qt lays out before __init__ has set it
        if frozen is None:
            return
        # a label column leaving less than a figure's column beside it scrolls with the others instead
        label = self.columnWidth(0) if self.model().columnCount() else 0
        show = self.freeze and label + MIN_FROZEN_ROOM <= self.viewport().width()
        if show == frozen.isHidden():
            if not show:
                commit_open_editor(frozen)
            frozen.setHidden(not show)
        if not show:
            return
        frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        frame = self.frameWidth()
        width = min(self.columnWidth(0), self.viewport().width()) if self.model().columnCount() else 0
        frozen.setGeometry(self.verticalHeader().width() + frame, frame, width,
                           self.viewport().height() + self.horizontalHeader().height())
        frozen.verticalScrollBar().setValue(self.verticalScrollBar().value())

    def view_for(self, index: QModelIndex) -> QTableView:
        """The view that draws (and edits) the cell: the frozen column for a label cell."""
        return self.frozen if self.is_frozen() and index.isValid() and index.column() == 0 else self

    def editing(self) -> bool:
        """A cell editor is open, in the grid or in the frozen column."""
        return any(v is not None and v.state() == QAbstractItemView.State.EditingState for v in (self, self.frozen))

    def setEditTriggers(self, triggers) -> None:  # noqa: N802
        super().setEditTriggers(triggers)  # read-only projects turn typing off in both views
        if self.frozen is not None:
            self.frozen.setEditTriggers(triggers)

    def setSpan(self, row: int, column: int, rowSpan: int, columnSpan: int) -> None:  # noqa: N802,N803
        super().setSpan(row, column, rowSpan, columnSpan)
        if column == 0 and rowSpan > 1 and self.frozen is not None:  # only rows: it shows one column
            self.frozen.setSpan(row, 0, rowSpan, 1)

    def clearSpans(self) -> None:  # noqa: N802
        super().clearSpans()
        if self.frozen is not None:
            self.frozen.clearSpans()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_label_column()
        self._place_frozen()

    def updateGeometries(self) -> None:  # noqa: N802
        super().updateGeometries()
        self._place_frozen()

    def edit(self, index, trigger=None, event=None) -> bool:
        # a label cell is edited where it is seen: in the frozen column (the grid's own column 0 may
        # be scrolled away under it)
        target = self.view_for(index)
        if trigger is None:  # the public edit(index)
            return (target.edit(index) if target is not self else super().edit(index)) is not False
        if target is not self:
            return target.edit(index, trigger, event)
        return super().edit(index, trigger, event)

    def scrollTo(self, index: QModelIndex, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        bar = self.horizontalScrollBar()
        before = bar.value()
        super().scrollTo(index, hint)  # the rows as Qt does it
        if not index.isValid() or hint != QAbstractItemView.ScrollHint.EnsureVisible:
            return
        header = self.horizontalHeader()
        left = header.sectionPosition(index.column())
        span = max(1, self.columnSpan(index.row(), index.column()))
        right = sum(header.sectionSize(c) for c in range(index.column(), index.column() + span)) + left
        label = header.sectionSize(0) if header.count() else 0
        bar.setValue(sideways_offset(before, self.viewport().width(), label, left, right, self.is_frozen()))


#: the setting remembering whether the label column is frozen (on unless turned off)
FREEZE_SETTING = "table_editor/freeze_label_column"


def frozen_setting() -> bool:
    return str(settings().value(FREEZE_SETTING, True)).lower() not in ("false", "0")


def label_width_setting() -> int:
    """The label column's width the user last dragged it to (0: none)."""
    try:
        return max(0, int(settings().value(LABEL_WIDTH_SETTING, 0) or 0))
    except (TypeError, ValueError):
        return 0


def shape(table: Table) -> tuple:
    """What the view lays out from a table besides its texts: size, merged cells, header and totals rows."""
    spans = tuple(sorted((c.row, c.col, c.row_span, c.col_span) for c in table.cells
                         if c.row_span > 1 or c.col_span > 1))
    return (table.n_rows, table.n_cols, table.header_rows, tuple(sorted(table.total_rows)), spans)


class TableModel(QAbstractTableModel):
    """Read access to one :class:`Table`; edits are handed to ``edit(row, col, text) -> bool``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self._grid: list[list] = []
        self._problems: dict[tuple[int, int], list[Problem]] = {}
        self._row_problems: dict[int, list[Problem]] = {}
        self._col_problems: dict[int, list[Problem]] = {}
        self.edit: Callable[[int, int, str], bool] | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: Table | None, problems: list[Problem] | None = None) -> None:
        self.beginResetModel()
        self._set(table, problems)
        self.endResetModel()

    def _set(self, table: Table | None, problems: list[Problem] | None) -> None:
        self.table = table
        #: the table's shape as laid out now (the project may change the same Table object in place)
        self.shape = shape(table) if table is not None else None
        self._grid = table.grid() if table is not None else []
        self._problems, self._row_problems, self._col_problems = {}, {}, {}
        for p in problems or []:
            if p.row is not None and p.col is not None:
                self._problems.setdefault((p.row, p.col), []).append(p)
            elif p.row is not None:
                self._row_problems.setdefault(p.row, []).append(p)
            elif p.col is not None:
                self._col_problems.setdefault(p.col, []).append(p)

    def update_table(self, table: Table, problems: list[Problem] | None = None) -> None:
        """A new state of the table shown with the same :func:`shape`: the cells change in place."""
        self._set(table, problems)
        if table.n_rows and table.n_cols:
            self.dataChanged.emit(self.index(0, 0), self.index(table.n_rows - 1, table.n_cols - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, table.n_cols - 1)

    def problems_at(self, row: int, col: int) -> list[Problem]:
        return (self._problems.get((row, col), []) + self._row_problems.get(row, [])
                + self._col_problems.get(col, []))

    # ---- Qt model -------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.table is None else self.table.n_rows

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.table is None else self.table.n_cols

    def _cell(self, row: int, col: int):
        if 0 <= row < len(self._grid) and 0 <= col < len(self._grid[row]):
            return self._grid[row][col]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        row, col = index.row(), index.column()
        cell = self._cell(row, col)
        anchored = cell is not None and cell.row == row and cell.col == col
        table = self.table
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return cell.text if anchored else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = anchored and cell.value is not None and row >= table.header_rows
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            if row < table.header_rows or row in table.total_rows:
                return self._bold
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            problems = self.problems_at(row, col)
            if problems:
                if all(p.kind == "rounding" for p in problems):
                    return QBrush(NOTE_BG)
                chars = all(p.kind in ("lost_character", "cid") for p in problems)
                return QBrush(CHAR_PROBLEM_BG if chars else PROBLEM_BG)
            if row < table.header_rows:
                return QBrush(HEADER_BG)
            if row in table.total_rows:
                return QBrush(TOTAL_BG)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [problem_text(p) for p in self.problems_at(row, col)]
            if anchored and cell.value is not None:
                number = i18n.number(cell.value)
                lines.append(self.tr("Number: {number} (note {note})").format(number=number, note=cell.note)
                              if cell.note else self.tr("Number: {number}").format(number=number))
            if anchored and (cell.row_span > 1 or cell.col_span > 1):
                lines.append(self.tr("Merged cell: {rows} × {columns}").format(
                    rows=TableModel.tr("%n row(s)", "", cell.row_span),
                    columns=TableModel.tr("%n column(s)", "", cell.col_span)))
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return "; ".join(problem_text(p) for p in self.problems_at(row, col)) or None
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if self.table is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return col_letter(section)
            mark = "H" if section < self.table.header_rows else ("Σ" if section in self.table.total_rows else "")
            return f"{section + 1} {mark}".strip()
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical:
            if section < self.table.header_rows:
                return self.tr("Header row")
            if section in self.table.total_rows:
                return self.tr("Totals row")
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            messages = [problem_text(p) for p in self._col_problems.get(section, [])]
            return "\n".join(messages) or None
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid() or self.table is None:
            return Qt.ItemFlag.NoItemFlags
        cell = self._cell(index.row(), index.column())
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if cell is None or (cell.row == index.row() and cell.col == index.column()):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit is None:
            return False
        text = str(value)
        if text == (self.data(index, Qt.ItemDataRole.EditRole) or ""):
            return False
        return bool(self.edit(index.row(), index.column(), text))


class FittingButtons(QWidget):
    """A row of buttons showing the first ones that fit its width, asking for none of it: buttons
    for actions also reached another way (a menu), so a narrow panel or a longer translation hides
    the last ones instead of widening the panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QSizePolicy

        self.buttons: list[QWidget] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(4)
        self._row.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def add(self, button: QWidget) -> None:
        self._row.insertWidget(len(self.buttons), button)
        self.buttons.append(button)

    def minimumSizeHint(self):  # noqa: N802
        hint = super().minimumSizeHint()
        hint.setWidth(0)
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Show the buttons, in order, while they fit; hide the rest."""
        room, used = self.width(), 0
        for button in self.buttons:
            used += button.sizeHint().width() + (self._row.spacing() if used else 0)
            show = used <= room
            if button.isHidden() == show:
                button.setVisible(show)
            if not show:
                used = room + 1  # the ones after a hidden button stay hidden: the order is kept

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit()


class CorrectionSpinBox(QSpinBox):
    """A spin box whose every value is a correction on the window's undo stack (the table's header rows):
    Undo and Redo pressed in it undo that correction, as the toolbar's do, instead of going to the box's
    own text, which holds nothing to undo once the value is committed."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            event.ignore()  # not overridden: the shortcut goes to the window's action
            return False
        return super().event(event)


class TableEditor(QWidget):
    """The table editor panel: a title line, header rows, the grid, and every edit as an action."""

    #: the user asked to re-extract the table's area on the page ("ruled" or "borderless")
    reextractRequested = Signal(str)
    #: (row, col) became current in the grid
    cellChanged = Signal(int, int)

    def __init__(self, bench: Workbench, parent=None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.model = TableModel(self)
        self.model.edit = self._edit_cell
        self._loading = False
        self._committing = False
        self._sized_for: tuple | None = None
        self._sha = ""

        self.title = QLabel("", self)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(False)
        self.header_spin = CorrectionSpinBox(self)
        self.header_spin.setRange(0, 0)
        self.header_spin.setToolTip(self.tr("Number of header rows"))
        self.header_spin.setKeyboardTracking(False)
        self.header_spin.valueChanged.connect(self._header_rows_changed)
        self.header_label = QLabel(self.tr("Header rows"), self)

        self.view = CellView(self)
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setDefaultSectionSize(96)
        self.view.horizontalHeader().setMinimumSectionSize(28)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.setAlternatingRowColors(False)
        self.view.selectionModel().currentChanged.connect(
            lambda cur, _prev: self.cellChanged.emit(cur.row(), cur.column()) if cur.isValid() else None)
        self.view.set_frozen(frozen_setting())
        self.view.frozen.customContextMenuRequested.connect(
            lambda pos: self._context_menu(self.view.viewport().mapFromGlobal(self.view.frozen.viewport().mapToGlobal(pos))))

        self._choose_hint = self.tr("Select a table on the page or in the Tables list,\n"
                                    "or draw one on the page (Draw Table Area, Ctrl+Shift+D).")
        self.empty = QLabel(self._choose_hint, self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        self._build_actions()
        # the title may be long (table titles): it is elided rather than widening the panel
        self.title.setMinimumWidth(40)
        from PySide6.QtWidgets import QSizePolicy

        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.setContentsMargins(4, 2, 4, 2)
        top.setSpacing(4)
        top.addWidget(self.header_label)
        top.addWidget(self.header_spin)
        # shortcuts to the most used edits, as many as the panel's width shows (all are under Edit ▾): a
        # longer translation must not make the panel wider than in English
        self.quick_buttons = FittingButtons(self)
        for action in (self.merge_up_action, self.merge_cells_action, self.split_cell_action, self.total_action):
            button = QToolButton(self.quick_buttons)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            self.quick_buttons.add(button)
        top.addWidget(self.quick_buttons, 1)
        more = QToolButton(self)
        more.setText(self.tr("Edit ▾"))
        more.setToolTip(self.tr("Every table edit (also in the context menu)"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setMenu(self.menu())
        more.setAutoRaise(True)
        top.addWidget(more)
        self.edit_button = more
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        title_row = QHBoxLayout()
        title_row.setContentsMargins(6, 2, 4, 0)
        title_row.addWidget(self.title, 1)
        layout.addLayout(title_row)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        bench.projectAboutToChange.connect(self.commit_editor)
        bench.tableSelected.connect(self._on_table_selected)
        bench.dataChanged.connect(self._on_data_changed)
        bench.currentDocumentChanged.connect(lambda _sha: self.load(None))
        bench.problemsChanged.connect(self._on_problems_changed)
        self.load(None)

    # =================================================================================== actions

    def _act(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        return add_action(self, text, slot, shortcut, tip, local=True)

    def _build_actions(self) -> None:
        a = self._act
        self.insert_row_above_action = a(self.tr("Insert Row Above"), lambda: self._rows_edit("insert_above"), "Ctrl+I")
        self.insert_row_below_action = a(self.tr("Insert Row Below"), lambda: self._rows_edit("insert_below"), "Ctrl+Shift+I")
        self.delete_rows_action = a(self.tr("Delete Rows"), lambda: self._rows_edit("delete"), "Ctrl+-")
        self.move_row_up_action = a(self.tr("Move Row Up"), lambda: self._rows_edit("up"), "Alt+Up")
        self.move_row_down_action = a(self.tr("Move Row Down"), lambda: self._rows_edit("down"), "Alt+Down")
        self.merge_up_action = a(self.tr("Merge Row Up"), lambda: self._rows_edit("merge_up"), "Ctrl+U",
                                 self.tr("Merge the row into the row above (wrapped labels)"))
        self.split_row_action = a(self.tr("Split Row"), lambda: self._rows_edit("split"), "Ctrl+Shift+U",
                                  self.tr("Split a row holding several rows (line breaks or several numbers per cell)"))
        self.insert_col_left_action = a(self.tr("Insert Column Left"), lambda: self._cols_edit("insert_left"), "Ctrl+Alt+I")
        self.insert_col_right_action = a(self.tr("Insert Column Right"), lambda: self._cols_edit("insert_right"),
                                         "Ctrl+Alt+Shift+I")
        self.delete_cols_action = a(self.tr("Delete Columns"), lambda: self._cols_edit("delete"), "Ctrl+Alt+-")
        self.move_col_left_action = a(self.tr("Move Column Left"), lambda: self._cols_edit("left"), "Alt+Left")
        self.move_col_right_action = a(self.tr("Move Column Right"), lambda: self._cols_edit("right"), "Alt+Right")
        self.merge_cols_action = a(self.tr("Merge Column With Next"), lambda: self._cols_edit("merge"), "Ctrl+Alt+M",
                                   self.tr("Join each cell of the column with the cell on its right"))
        self.split_col_action = a(self.tr("Split Column"), lambda: self._cols_edit("split"), "Ctrl+Alt+Shift+M",
                                  self.tr("Move a trailing number of each cell into a new column on the right"))
        self.split_col_at_action = a(self.tr("Split Column at…"), self._split_column_at,
                                     tip=self.tr("Split each cell of the column at the first occurrence of a "
                                                 "separator (\"term : text\", \"ABC – name\")"))
        self.merge_cells_action = a(self.tr("Merge Cells"), self._merge_cells, "Ctrl+M", self.tr("Merge the selected cells into one"))
        self.split_cell_action = a(self.tr("Split Cell"), self._split_cell, "Ctrl+Shift+M", self.tr("Undo a merged cell"))
        self.header_here_action = a(self.tr("Header Rows Up To Here"), self._header_here, "Ctrl+Shift+H",
                                    self.tr("Make every row down to the current one a header row"))
        self.total_action = a(self.tr("Totals Row"), self._toggle_total, "Ctrl+T", self.tr("Mark or unmark the row as a totals row"))
        self.total_action.setCheckable(True)
        self.copy_action = a(self.tr("Copy"), self._copy, QKeySequence.StandardKey.Copy, self.tr("Copy the selected cells (tab-separated)"))
        self.paste_action = a(self.tr("Paste"), lambda: self.paste(), QKeySequence.StandardKey.Paste,
                              self.tr("Paste tab-separated cells (from a spreadsheet or another table) at the current cell"))
        self.clear_action = a(self.tr("Clear Cells"), self.clear_cells, QKeySequence.StandardKey.Delete,
                              self.tr("Empty the selected cells"))
        self.merge_continuation_action = a(self.tr("Merge With Continuation"), self.merge_continuation,
                                           tip=self.tr("Append the table continuing this one on the next page, as one table"))
        self.link_continuation_action = a(self.tr("Link to Table on Previous Page"), self.link_continuation,
                                          tip=self.tr("Mark this table as the continuation of the last table of the previous page"))
        self.unlink_continuation_action = a(self.tr("Unlink Continuation"), self.unlink_continuation,
                                            tip=self.tr("This table and the other part are separate tables"))
        self.reextract_ruled_action = a(self.tr("Re-extract Table (Ruled)"), lambda: self.reextractRequested.emit("ruled"),
                                        tip=self.tr("Extract the table's area again using its ruling lines"))
        self.reextract_borderless_action = a(self.tr("Re-extract Table (Borderless)"),
                                             lambda: self.reextractRequested.emit("borderless"),
                                             tip=self.tr("Extract the table's area again using text alignment"))
        self.checked_action = a(self.tr("Mark Table as Checked"), self._toggle_checked, "Ctrl+K",
                                self.tr("You checked this table against the page: it is no longer listed as doubtful"))
        self.checked_action.setCheckable(True)
        self.delete_table_action = a(self.tr("Delete Table"), self._delete_table, "Ctrl+Shift+Del")
        self.freeze_action = a(self.tr("Freeze Label Column"), self.set_frozen,
                               tip=self.tr("Keep the first column (the row labels) in view while the grid scrolls sideways"))
        self.freeze_action.setCheckable(True)
        self.freeze_action.setChecked(self.view.freeze)
        self.table_actions = [
            self.insert_row_above_action, self.insert_row_below_action, self.delete_rows_action,
            self.move_row_up_action, self.move_row_down_action, self.merge_up_action, self.split_row_action,
            None,
            self.insert_col_left_action, self.insert_col_right_action, self.delete_cols_action,
            self.move_col_left_action, self.move_col_right_action, self.merge_cols_action, self.split_col_action,
            self.split_col_at_action,
            None,
            self.merge_cells_action, self.split_cell_action, None,
            self.header_here_action, self.total_action, None,
            self.copy_action, self.paste_action, self.clear_action, None,
            self.merge_continuation_action, self.link_continuation_action, self.unlink_continuation_action, None,
            self.reextract_ruled_action, self.reextract_borderless_action, None,
            self.checked_action, self.delete_table_action,
        ]
        #: view settings, in the Edit menu but not greyed out without a table
        self.view_actions = [self.freeze_action]

    def menu(self, parent=None) -> QMenu:
        menu = QMenu(self.tr("&Table"), parent or self)
        self.fill_menu(menu)
        return menu

    def fill_menu(self, menu: QMenu) -> None:
        for action in self.table_actions + [None] + self.view_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)

    def show_hint(self, text: str) -> None:
        """What the editor says while it shows no table: ``text`` (there is no document), else how to
        choose one."""
        self.empty.setText(text or self._choose_hint)

    def set_frozen(self, on: bool) -> None:
        """Keep the label column in view while the grid scrolls sideways (remembered)."""
        self.commit_editor()
        self.view.set_frozen(bool(on))
        self.freeze_action.setChecked(bool(on))
        settings().setValue(FREEZE_SETTING, bool(on))
        index = self.view.currentIndex()
        if index.isValid():
            self.view.scrollTo(index)

    def _context_menu(self, pos) -> None:
        if self.model.table is None:
            return
        menu = QMenu(self)
        self.fill_menu(menu)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _update_actions(self) -> None:
        has = self.model.table is not None
        for action in self.table_actions:
            if action is not None:
                action.setEnabled(has)
        self.header_spin.setEnabled(has)
        row, _ = self.current_cell()
        self.total_action.setChecked(bool(has and row in self.model.table.total_rows))
        self.checked_action.setChecked(bool(has and self.model.table.checked))
        self._update_continuation_actions()

    def _continuation(self) -> tuple[Table | None, Table | None, Table | None]:
        """(the table continuing the current one, the one it continues, the one it could continue)."""
        table, data = self.model.table, self.bench.data()
        if table is None or data is None:
            return None, None, None
        return (te.continuation_of(data.tables, table.id), te.previous_part(data.tables, table),
                te.link_candidate(data.tables, table))

    def _update_continuation_actions(self) -> None:
        table = self.model.table
        following, previous, candidate = self._continuation()
        self.merge_continuation_action.setEnabled(following is not None)
        self.merge_continuation_action.setText(
            self.tr("Merge With Continuation (page {page})").format(page=following.page)
            if following else self.tr("Merge With Continuation"))
        self.link_continuation_action.setEnabled(candidate is not None)
        self.link_continuation_action.setText(
            self.tr("Link to Table on Previous Page ({table})").format(table=i18n.item_name(self.bench.data(), candidate.id))
            if candidate else self.tr("Link to Table on Previous Page"))
        pair = (table, previous) if previous is not None else ((following, table) if following is not None else None)
        self.unlink_continuation_action.setEnabled(pair is not None)
        self.unlink_continuation_action.setText(
            (self.tr("Unlink From Table on Page {page}").format(page=pair[1].page) if pair[0] is table
             else self.tr("Unlink Continuation on Page {page}").format(page=pair[0].page))
            if pair else self.tr("Unlink Continuation"))

    # =================================================================================== loading

    @property
    def table(self) -> Table | None:
        return self.model.table

    def commit_editor(self) -> bool:
        """Save the value being typed in the grid (if a cell editor is open) and close the editor."""
        if self._committing:
            return False
        self._committing = True
        try:
            frozen = self.view.frozen
            return commit_open_editor(self.view) or (frozen is not None and commit_open_editor(frozen))
        finally:
            self._committing = False

    def load(self, table: Table | None) -> None:
        old = self.model.table
        if old is not None and (table is None or table.id != old.id):
            self.commit_editor()  # the value typed belongs to the table shown until now
        self._loading = True
        try:
            problems = self.bench.table_problems(table) if table is not None else []
            self._sha = self.bench.current if table is not None else ""
            self.model.set_table(table, problems)
            self.view.clearSpans()
            if table is not None:
                for cell in table.cells:
                    if cell.row_span > 1 or cell.col_span > 1:
                        self.view.setSpan(cell.row, cell.col, cell.row_span, cell.col_span)
                self.header_spin.setRange(0, table.n_rows)
                self.header_spin.setValue(table.header_rows)
                if self._sized_for != (self._sha, table.id, table.n_cols):
                    self._sized_for = (self._sha, table.id, table.n_cols)
                    self.size_columns()
                self._set_title(table, problems)
                self.stack.setCurrentWidget(self.view)
            else:
                self.header_spin.setRange(0, 0)
                self._title_parts = None
                self.title.setText(self.tr("No table selected"))
                self.title.setToolTip("")
                self.stack.setCurrentWidget(self.empty)
        finally:
            self._loading = False
        self._update_actions()

    def _set_title(self, table: Table, problems: list[Problem]) -> None:
        data = self.bench.data()
        tables = data.tables if data is not None else [table]
        title = te.part_title(tables, table)
        middle = f" · {title}" if title else ""
        following = te.continuation_of(tables, table.id)
        previous = te.previous_part(tables, table)
        if previous is not None:
            middle += " · " + self.tr("continued from page {page}").format(page=previous.page)
        if following is not None:
            middle += " · " + self.tr("continues on page {page}").format(page=following.page)
        pages = table.pages()
        where = (self.tr("pages {first}–{last}").format(first=pages[0], last=pages[-1]) if len(pages) > 1
                 else self.tr("page {page}").format(page=table.page))
        self._title_parts = (table.id, f" · {where} · {table.n_rows}×{table.n_cols} · {i18n.method_name(table.method)}",
                             middle, len(problems))
        self._render_title()
        self.title.setToolTip((f"{table.id}{middle}").replace(" · ", "\n", 1))

    def refresh(self, table: Table) -> bool:
        """Show a new state of the table shown, in place when only cell texts changed: no model reset,
        so an open cell editor stays the view's (a reset under the editor committing the edit made Qt
        warn "commitData called with an editor that does not belong to this view" and left the view
        unable to open the next cell's editor). Returns False when the table's shape changed (a full
        :meth:`load` is needed)."""
        old = self.model.table
        if old is None or old.id != table.id or self.model.shape != shape(table):
            return False
        problems = self.bench.table_problems(table)
        self.model.update_table(table, problems)
        self._set_title(table, problems)
        self._update_actions()
        return True

    def size_columns(self) -> None:
        """Each column as wide as its widest cell (labels are not cut), within limits: a column holding
        one very long text, or a long header, does not push the others out of the panel (the cell's
        editor shows all of it). Cells spanning several columns do not count. Run when another table is shown,
        not after each edit, so widths the user set by hand stay."""
        table = self.model.table
        if table is None:
            return
        from PySide6.QtGui import QFontMetrics

        plain = self.view.fontMetrics()
        bold_font = QFont(self.view.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        pad = 2 * self.view.style().pixelMetric(self.view.style().PixelMetric.PM_FocusFrameHMargin) + 14
        widths = [0] * table.n_cols
        for cell in table.cells:
            if cell.col_span != 1 or cell.row >= COLUMN_SAMPLE_ROWS or not 0 <= cell.col < table.n_cols:
                continue
            header = cell.row < table.header_rows
            metrics = bold if (header or cell.row in table.total_rows) else plain
            text = max(cell.text.split("\n"), key=len) if cell.text else ""
            width = metrics.horizontalAdvance(text)
            widths[cell.col] = max(widths[cell.col], min(width, MAX_HEADER_WIDTH) if header else width)
        header = self.view.horizontalHeader()
        for col, width in enumerate(widths):
            header.resizeSection(col, max(MIN_COLUMN_WIDTH, min(MAX_COLUMN_WIDTH, width + pad)))
        # the label column: by its content, within a share of the grid or the width the user chose
        self.view.label_limit = label_width_setting()
        self.view.label_natural = max(MIN_COLUMN_WIDTH, widths[0] + pad) if widths else 0
        self.view.fit_label_column()

    def _render_title(self) -> None:
        """The title line, its middle (the table's own title, continuation links) elided to the panel's
        width: the id, page, size and problem count stay visible. Source text is escaped (no markup)."""
        if not getattr(self, "_title_parts", None):
            return
        from html import escape

        from PySide6.QtGui import QFontMetrics

        ident, head, middle, problems = self._title_parts
        count = TableEditor.tr("%n problem(s)", "", problems) if problems else ""
        tail = f" · {count}" if problems else ""
        metrics = self.title.fontMetrics()
        bold = QFont(self.title.font())
        bold.setBold(True)
        room = (self.title.width() - 6 - QFontMetrics(bold).horizontalAdvance(ident)
                - metrics.horizontalAdvance(head + tail))
        shown = metrics.elidedText(middle, Qt.TextElideMode.ElideRight, max(0, room)) if middle else ""
        if shown in ("…", "..."):
            shown = ""
        text = f"<b>{escape(ident)}</b>{escape(head)}{escape(shown)}"
        if problems:
            text += f" · <span style='color:#b03a1a'>{escape(count)}</span>"
        self.title.setText(text)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._render_title()

    def _on_table_selected(self, table_id: str, row: int, col: int) -> None:
        table = self.bench.table(table_id) if table_id else None
        if table is not self.model.table:
            self.load(table)
        if table is not None and row >= 0:
            self.select_cell(row, max(col, 0))

    def _on_data_changed(self, sha: str, op: dict) -> None:
        if sha != self.bench.current:
            return
        touched = tables_in_op(op)
        current = self.model.table
        if current is None:
            if self.bench.current_table and (touched is None or self.bench.current_table in touched):
                self.load(self.bench.table())
            return
        if touched is not None and current.id not in touched:
            if touched and op.get("op") != "set_cell":  # another table: links to this one may have changed
                self._update_continuation_actions()
            return
        table = self.bench.table(current.id)
        if table is not None and self.refresh(table):
            return
        position = self.current_cell()
        self.load(table)
        if table is not None and position[0] >= 0:
            self.select_cell(min(position[0], table.n_rows - 1), min(position[1], table.n_cols - 1))

    def _on_problems_changed(self, sha: str) -> None:
        if sha == self.bench.current and self.model.table is not None:
            problems = self.bench.table_problems(self.model.table)
            count = len(self.model._problems) + len(self.model._row_problems) + len(self.model._col_problems)
            if problems and count == 0 or (not problems and count):
                self._on_data_changed(sha, ops.table_notice(self.model.table.id))

    # ================================================================================ selection

    def current_cell(self) -> tuple[int, int]:
        index = self.view.currentIndex()
        return (index.row(), index.column()) if index.isValid() else (-1, -1)

    def select_cell(self, row: int, col: int) -> None:
        if self.model.table is None:
            return
        index = self.model.index(row, col)
        if index.isValid():  # the cell becomes the selection too, as when it is clicked
            self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)

    def select_rect(self, top: int, left: int, bottom: int, right: int) -> None:
        selection = QItemSelection(self.model.index(top, left), self.model.index(bottom, right))
        self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.selectionModel().setCurrentIndex(self.model.index(top, left), QItemSelectionModel.SelectionFlag.NoUpdate)

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        if not rows:
            row, _ = self.current_cell()
            rows = [row] if row >= 0 else []
        return rows

    def selected_cols(self) -> list[int]:
        cols = sorted({i.column() for i in self.view.selectionModel().selectedIndexes()})
        if not cols:
            _, col = self.current_cell()
            cols = [col] if col >= 0 else []
        return cols

    def selection_rect(self) -> tuple[int, int, int, int] | None:
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes:
            return None
        rows = [i.row() for i in indexes]
        cols = [i.column() for i in indexes]
        return min(rows), min(cols), max(rows), max(cols)

    # ==================================================================================== edits

    def _edit_cell(self, row: int, col: int, text: str) -> bool:
        table = self.model.table
        if table is None:
            return False
        cell = table.cell_at(row, col)
        if cell is not None and (cell.row, cell.col) != (row, col):
            return False
        old = cell.text if cell is not None else ""
        return self.bench.apply(ops.set_cell(table.id, row, col, text, old), self._sha or None)

    def edit_cell(self, row: int, col: int, text: str) -> bool:
        """Edit one cell as if typed (used by tests and scripts)."""
        return self.model.setData(self.model.index(row, col), text)

    def _replace(self, fn: Callable[[Table], Table], label: str, select: tuple[int, int] | None = None) -> bool:
        table = self.model.table
        if table is None:
            return False
        try:
            new = fn(table)
        except te.TableEditError as exc:
            self.bench.error.emit(self.tr("Cannot change the table"), translate_message(exc))
            return False
        ok = self.bench.apply(te.replace_op(table, new, label))
        if ok and select is not None:
            self.select_cell(max(0, min(select[0], new.n_rows - 1)), max(0, min(select[1], new.n_cols - 1)))
        return ok

    def _rows_edit(self, kind: str) -> bool:
        rows = self.selected_rows()
        if self.model.table is None or not rows:
            return False
        _, col = self.current_cell()
        col = max(col, 0)
        first, last = rows[0], rows[-1]
        n = len(rows)
        if kind == "insert_above":
            return self._replace(lambda t: te.insert_rows(t, first, n), te.label("insert_above", n, row=first + 1),
                                 (first, col))
        if kind == "insert_below":
            return self._replace(lambda t: te.insert_rows(t, last + 1, n), te.label("insert_below", n, row=last + 1),
                                 (last + 1, col))
        if kind == "delete":
            label = te.label("delete_rows", n, row=first + 1)
            return self._replace(lambda t: te.delete_rows(t, rows), label, (first, col))
        if kind == "up":
            if first == 0:
                return False
            return self._replace(lambda t: te.move_row(t, first - 1, last), te.label("row_up", row=first + 1), (first - 1, col))
        if kind == "down":
            if last >= self.model.table.n_rows - 1:
                return False
            return self._replace(lambda t: te.move_row(t, last + 1, first), te.label("row_down", row=last + 1), (first + 1, col))
        if kind == "merge_up":
            def merge(t: Table) -> Table:
                for r in reversed(rows):
                    t = te.merge_row_up(t, r)
                return t
            return self._replace(merge, te.label("merge_up", row=first + 1, above=first), (first - 1, col))
        if kind == "split":
            return self._replace(lambda t: te.split_row(t, first), te.label("split_row", row=first + 1), (first, col))
        return False

    def _cols_edit(self, kind: str) -> bool:
        cols = self.selected_cols()
        if self.model.table is None or not cols:
            return False
        row, _ = self.current_cell()
        row = max(row, 0)
        first, last = cols[0], cols[-1]
        n = len(cols)
        letter = col_letter(first)
        if kind == "insert_left":
            return self._replace(lambda t: te.insert_columns(t, first, n), te.label("insert_left", column=letter), (row, first))
        if kind == "insert_right":
            return self._replace(lambda t: te.insert_columns(t, last + 1, n),
                                 te.label("insert_right", column=col_letter(last)), (row, last + 1))
        if kind == "delete":
            label = te.label("delete_columns", n, column=letter)
            return self._replace(lambda t: te.delete_columns(t, cols), label, (row, first))
        if kind == "left":
            if first == 0:
                return False
            return self._replace(lambda t: te.move_column(t, first - 1, last), te.label("column_left", column=letter),
                                 (row, first - 1))
        if kind == "right":
            if last >= self.model.table.n_cols - 1:
                return False
            return self._replace(lambda t: te.move_column(t, last + 1, first), te.label("column_right", column=letter),
                                 (row, first + 1))
        if kind == "merge":
            return self._replace(lambda t: te.merge_columns(t, first),
                                 te.label("merge_columns", column=letter, next=col_letter(first + 1)), (row, first))
        if kind == "split":
            return self._replace(lambda t: te.split_column(t, first), te.label("split_column", column=letter), (row, first))
        return False

    def _split_column_at(self) -> bool:
        cols = self.selected_cols()
        if self.model.table is None or not cols:
            return False
        row, _ = self.current_cell()
        col = cols[0]
        letter = col_letter(col)
        guess = te.guess_separator(self.model.table, col) or ""
        separator, ok = QInputDialog.getText(
            self, self.tr("Split Column at…"),
            self.tr("Split each cell of column {column} at the first occurrence of:").format(column=letter),
            QLineEdit.EchoMode.Normal, guess)
        if not ok or not separator:
            return False
        separator = separator.replace("\\t", "\t")  # a tab typed as \t
        return self._replace(lambda t: te.split_column(t, col, separator=separator),
                             te.label("split_column", column=letter), (max(row, 0), col))

    def _merge_cells(self) -> bool:
        rect = self.selection_rect()
        if rect is None:
            return False
        top, left, bottom, right = rect
        label = te.label("merge_cells", range=f"{col_letter(left)}{top + 1}:{col_letter(right)}{bottom + 1}")
        return self._replace(lambda t: te.merge_cells(t, top, left, bottom, right), label, (top, left))

    def _split_cell(self) -> bool:
        row, col = self.current_cell()
        if row < 0:
            return False
        return self._replace(lambda t: te.split_cell(t, row, col), te.label("split_cell", cell=f"{col_letter(col)}{row + 1}"), (row, col))

    def set_header_rows(self, count: int) -> bool:
        table = self.model.table
        if table is None or count == table.header_rows:
            return False
        if not 0 <= count <= table.n_rows:
            self.bench.error.emit(self.tr("Cannot change the table"),
                                  self.tr("The header can have 0 to {rows} rows.").format(rows=table.n_rows))
            return False
        return self.bench.apply(ops.set_table(table.id, {"header_rows": count}, {"header_rows": table.header_rows},
                                              te.label("header_rows", count)))

    def _header_rows_changed(self, value: int) -> None:
        if not self._loading:
            if not self.set_header_rows(value) and self.model.table is not None:
                self._loading = True
                self.header_spin.setValue(self.model.table.header_rows)
                self._loading = False

    def _header_here(self) -> bool:
        row, _ = self.current_cell()
        return row >= 0 and self.set_header_rows(row + 1)

    def set_total_row(self, row: int, total: bool) -> bool:
        table = self.model.table
        if table is None or not 0 <= row < table.n_rows:
            return False
        rows = sorted(set(table.total_rows) | {row}) if total else [r for r in table.total_rows if r != row]
        if rows == sorted(table.total_rows):
            return False
        label = te.label("total" if total else "not_total", row=row + 1)
        return self.bench.apply(ops.set_table(table.id, {"total_rows": rows}, {"total_rows": list(table.total_rows)},
                                              label))

    def set_checked(self, checked: bool) -> bool:
        """Mark the table as checked by the user (or not): one undoable step."""
        table = self.model.table
        if table is None or table.checked == checked:
            self._update_actions()
            return False
        label = te.label("checked" if checked else "not_checked", table=named(table.title, table.id))
        ok = self.bench.apply(ops.set_table(table.id, {"checked": checked}, {"checked": table.checked}, label))
        self._update_actions()
        return ok

    def _toggle_checked(self) -> bool:
        table = self.model.table
        return table is not None and self.set_checked(not table.checked)

    def _toggle_total(self) -> bool:
        row, _ = self.current_cell()
        table = self.model.table
        if table is None or row < 0:
            return False
        return self.set_total_row(row, row not in table.total_rows)

    def _delete_table(self) -> bool:
        table = self.model.table
        if table is None:
            return False
        label = te.label("delete_table", table=named(table.title, table.id))
        return self.bench.apply(ops.replace_table(table.id, None, table.to_json(), label))

    def _copy(self) -> None:
        rect = self.selection_rect()
        table = self.model.table
        if rect is None or table is None:
            return
        QGuiApplication.clipboard().setText(te.copy_text(table, rect))

    def _apply_values(self, values: dict[tuple[int, int], str], label: str) -> tuple[bool, int]:
        table = self.model.table
        op, merged = te.set_cells_op(table, values, label)
        if op is None:
            return False, merged
        return self.bench.apply(op), merged

    def paste(self, text: str | None = None) -> bool:
        """Paste tab-separated cells at the current cell (or fill the selection with a single value)
        as one undoable step; what does not fit in the table is left out and the status bar says so."""
        table = self.model.table
        if table is None:
            return False
        if text is None:
            text = QGuiApplication.clipboard().text()
        rows = te.parse_clipboard(text or "")
        if not rows:
            self.bench.message.emit(self.tr("Nothing to paste: the clipboard holds no text."))
            return False
        rect = self.selection_rect()
        row, col = self.current_cell()
        inside = rect is not None and rect[0] <= row <= rect[2] and rect[1] <= col <= rect[3]
        if rect is not None and not inside and row < 0:
            row, col, inside = rect[0], rect[1], True
        if row < 0:
            row, col = 0, 0
        fill = None
        if inside and (rect[2] > rect[0] or rect[3] > rect[1]):  # a block selected: paste at its top left
            fill = rect
            row, col = rect[0], rect[1]
        values, rows_out, cols_out = te.paste_values(table, rows, row, col, fill)
        n = len(values)
        label = te.label("paste", n, cell=f"{col_letter(col)}{row + 1}")
        ok, merged = self._apply_values(values, label)
        parts = []
        if ok:
            parts.append(self.tr("{action} (Ctrl+Z to undo)").format(action=translate_label(label)))
        else:
            parts.append(self.tr("Nothing pasted: the cells already hold these values"))
        if rows_out and cols_out:
            parts.append(self.tr("{rows} and {columns} did not fit in the table and were left out "
                                 "(insert rows or columns first)").format(
                rows=TableEditor.tr("%n row(s)", "", rows_out), columns=TableEditor.tr("%n column(s)", "", cols_out)))
        elif rows_out:
            parts.append(TableEditor.tr("%n row(s) did not fit in the table and were left out "
                                        "(insert rows first)", "", rows_out))
        elif cols_out:
            parts.append(TableEditor.tr("%n column(s) did not fit in the table and were left out "
                                        "(insert columns first)", "", cols_out))
        if merged:
            parts.append(TableEditor.tr("%n cell(s) inside merged cells skipped", "", merged))
        self.bench.message.emit("; ".join(parts) + ".")
        if ok and values:
            cells = list(values)
            top, left = min(r for r, _ in cells), min(c for _, c in cells)
            self.select_rect(top, left, max(r for r, _ in cells), max(c for _, c in cells))
        return ok

    def clear_cells(self) -> bool:
        """Empty the selected cells (one undoable step)."""
        table = self.model.table
        rect = self.selection_rect()
        if table is None:
            return False
        if rect is None:
            row, col = self.current_cell()
            if row < 0:
                return False
            rect = (row, col, row, col)
        values = te.clear_values(table, rect)
        top, left, bottom, right = rect
        where = (f"{col_letter(left)}{top + 1}" if (top, left) == (bottom, right)
                 else f"{col_letter(left)}{top + 1}:{col_letter(right)}{bottom + 1}")
        ok, _ = self._apply_values(values, te.label("clear", cells=where))
        return ok

    # ---- tables continued on the next page ----------------------------------------------------------

    def _apply_table_op(self, build: Callable[[list[Table], Table], dict]) -> bool:
        table, data = self.model.table, self.bench.data()
        if table is None or data is None:
            return False
        try:
            op = build(data.tables, table)
        except te.TableEditError as exc:
            self.bench.error.emit(self.tr("Cannot change the table"), translate_message(exc))
            return False
        if not self.bench.apply(op):
            return False
        self.bench.message.emit(self.tr("{action} (Ctrl+Z to undo).").format(action=translate_label(op["label"])))
        return True

    def merge_continuation(self) -> bool:
        """Merge the current table with the table continuing it on the next page (one undoable step)."""
        return self._apply_table_op(te.merge_continuation_op)

    def link_continuation(self) -> bool:
        return self._apply_table_op(te.link_op)

    def unlink_continuation(self) -> bool:
        def build(tables: list[Table], table: Table) -> dict:
            if table.continued_from:
                return te.unlink_op(table, tables)
            following = te.continuation_of(tables, table.id)
            if following is None:
                raise te.TableEditError(f"Table {table.id} is not linked to another table.")
            return te.unlink_op(following, tables)

        return self._apply_table_op(build)
