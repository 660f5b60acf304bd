"""Small docks: the documents of the project, the tables of a document, the problems list."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.document.messages import shortened
from app.project import table_edit as te
from app.project.ops import col_letter
from app.extract.problems import CONTEXT, KINDS, LABELS, Problem

from .i18n import item_name, method_name, problem_label, problem_text
from .workbench import Workbench, tables_in_op


class DocumentList(QListWidget):
    """The source PDFs of the project."""

    def __init__(self, bench: Workbench, parent=None) -> None:
        super().__init__(parent)
        self.bench = bench
        self._updating = False
        self.currentRowChanged.connect(self._row_changed)
        bench.documentsChanged.connect(self.refresh)
        bench.currentDocumentChanged.connect(self._current_changed)
        bench.extractionStarted.connect(lambda _sha: self.refresh())
        bench.extractionFinished.connect(lambda _sha, _msg: self.refresh())

    def refresh(self) -> None:
        self._updating = True
        try:
            self.clear()
            project = self.bench.project
            if project is None:
                return
            for sha, data in project.documents.items():
                doc = data.document
                name = doc.display_name
                if self.bench.extracting == sha:
                    name = self.tr("{name} (extracting…)").format(name=name)
                elif not self.bench.has_extraction(sha):
                    name = self.tr("{name} (not extracted)").format(name=name)
                item = QListWidgetItem(name)
                embedded = project.store.has_embedded_pdf(sha)
                facts = [DocumentList.tr("%n page(s)", "", doc.pages or 0),
                         DocumentList.tr("%n table(s)", "", len(data.tables))]
                if embedded:
                    facts.append(self.tr("PDF embedded in the project"))
                item.setToolTip(f"{doc.path}\n{' · '.join(facts)}\nSHA-256 {sha[:16]}…")
                item.setData(Qt.ItemDataRole.UserRole, sha)
                self.addItem(item)
                if sha == self.bench.current:
                    self.setCurrentItem(item)
        finally:
            self._updating = False

    def _row_changed(self, row: int) -> None:
        if self._updating or row < 0:
            return
        sha = self.item(row).data(Qt.ItemDataRole.UserRole)
        self.bench.set_current_document(sha)

    def _current_changed(self, sha: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == sha:
                if self.currentRow() != row:
                    self._updating = True
                    self.setCurrentRow(row)
                    self._updating = False
                return


#: What lowered a table's confidence (Table.doubts), said where the user should look.
DOUBTS = {
    "unassigned": QT_TRANSLATE_NOOP("TablesModel", "words inside the table are in no cell"),
    "merged": QT_TRANSLATE_NOOP("TablesModel", "cells hold two figures: columns may be merged"),
    "ragged": QT_TRANSLATE_NOOP("TablesModel", "the entries of a column do not line up"),
    "crossing": QT_TRANSLATE_NOOP("TablesModel", "words cross a ruled line"),
    "orphans": QT_TRANSLATE_NOOP("TablesModel", "rows of figures without a label: a row may be split"),
    "totals": QT_TRANSLATE_NOOP("TablesModel", "a printed total does not add up"),
    "unheaded": QT_TRANSLATE_NOOP("TablesModel", "columns of figures without a heading"),
    "no_header": QT_TRANSLATE_NOOP("TablesModel", "no header row was found"),
    "left_out": QT_TRANSLATE_NOOP("TablesModel", "a line just above or below may belong to the table"),
    "label_value": QT_TRANSLATE_NOOP("TablesModel", "labels end with a figure: a column may be missing"),
    "inner_header": QT_TRANSLATE_NOOP("TablesModel", "a line of headings inside the body: two tables may be read as one"),
    "pattern": QT_TRANSLATE_NOOP("TablesModel", "rows filled unlike the others: cells may have slid sideways"),
    "lower": QT_TRANSLATE_NOOP("TablesModel", "a label starts in lower case: a wrapped label may be split"),
    "wrap_out": QT_TRANSLATE_NOOP("TablesModel", "a wrapped line of a cell was left outside the table"),
    "unaligned": QT_TRANSLATE_NOOP("TablesModel", "a cell's lines line up on no edge: two cells may be read as one"),
    "cell_gap": QT_TRANSLATE_NOOP("TablesModel", "a wide gap inside a cell: a column may be missing"),
    "split_span": QT_TRANSLATE_NOOP("TablesModel", "a cell across columns splits cleanly: it may be several cells"),
    "header_out": QT_TRANSLATE_NOOP("TablesModel", "the header row may have been left above the table"),
    "span_in_cell": QT_TRANSLATE_NOOP("TablesModel", "a heading across columns may be read into one cell"),
    "cut_in_two": QT_TRANSLATE_NOOP("TablesModel", "a table right above or below continues it: it may be cut in two"),
    "heads_above": QT_TRANSLATE_NOOP("TablesModel", "no header row, and a line of headings right above the table"),
    "rows_in_cell": QT_TRANSLATE_NOOP("TablesModel", "a cell's lines are spaced like rows: two rows may be read as one"),
    "row_out": QT_TRANSLATE_NOOP("TablesModel", "a line right under the table is spaced like its rows: a row may be left out"),
    "cont_row": QT_TRANSLATE_NOOP("TablesModel", "a row holds only a note that the table goes on"),
    "span_one_col": QT_TRANSLATE_NOOP("TablesModel", "a heading over two columns may be kept to one of them"),
    "span_off": QT_TRANSLATE_NOOP("TablesModel", "a cell across columns holds one column's heading: it may be stretched"),
    "label_off": QT_TRANSLATE_NOOP("TablesModel", "a label sits off its rows: it may span too many rows or too few"),
    "head_off": QT_TRANSLATE_NOOP("TablesModel", "headings set close together sit off their columns: they may be cut at the wrong word"),
    "rows_level": QT_TRANSLATE_NOOP("TablesModel", "two rows hold text on the same line: a line may be cut between rows"),
    "head_values": QT_TRANSLATE_NOOP("TablesModel", "a heading holds large figures: text beside the table may be read into it"),
    "bracket_cut": QT_TRANSLATE_NOOP("TablesModel", "a bracket opens in one cell and closes in the next: a text may be cut between two columns"),
    "span_figure": QT_TRANSLATE_NOOP("TablesModel", "a figure starts a text across columns: a column's figure may be read into it"),
    "span_centre": QT_TRANSLATE_NOOP("TablesModel", "a text across columns sits off them: it may span too few columns or the wrong ones"),
    "phrase_cut": QT_TRANSLATE_NOOP("TablesModel", "a text runs on from one cell into the next: it may be cut between two columns"),
    "span_lost": QT_TRANSLATE_NOOP("TablesModel", "a text in a column of figures sits off them beside empty cells: it may belong across several columns"),
    "heads_in_span": QT_TRANSLATE_NOOP("TablesModel", "a heading across columns holds one heading per column: the columns' headings may be read as one"),
    "title_head": QT_TRANSLATE_NOOP("TablesModel", "the first heading is centred on a title line above: a title may be read as a heading"),
    "leaders": QT_TRANSLATE_NOOP("TablesModel", "a text ends in dot leaders: the dots before its figure may be kept in it"),
    "ocr_words": QT_TRANSLATE_NOOP("TablesModel", "words the text recognition was unsure of"),
}


class _LinkedNameDelegate(QStyledItemDelegate):
    """A table's name cut at its end when the dock is narrow, but a part of a table printed over
    several pages cut in its middle: its continuation links at the end stay readable."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        model = index.model()
        if isinstance(model, TablesModel) and model.linked(index.row()):
            option.textElideMode = Qt.TextElideMode.ElideMiddle


class TablesModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("TablesModel", "Page"), QT_TRANSLATE_NOOP("TablesModel", "Table"),
               QT_TRANSLATE_NOOP("TablesModel", "Size"), QT_TRANSLATE_NOOP("TablesModel", "Problems"))

    def __init__(self, bench: Workbench, parent=None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.tables = []
        self.by_id: dict = {}
        self.titles: dict = {}
        self.continued_by: dict = {}
        self._ids: set[str] = set()

    def refresh(self) -> None:
        self.beginResetModel()
        data = self.bench.data()
        tables = list(data.tables) if data else []
        # the tables most likely to need a correction first (lowest confidence first), then the
        # others in document order
        low = sorted((t for t in tables if self.doubtful(t)), key=lambda t: (t.confidence, t.page))
        self.tables = low + [t for t in tables if not self.doubtful(t)]
        self.by_id = {t.id: t for t in self.tables}
        self._ids = set(self.by_id)
        #: table id -> the title it is known by (a later part: its first part's), worked out once
        self.titles = {t.id: te.part_title(self.tables, t, self.by_id) for t in self.tables}
        #: table id -> the table continuing it on a later page
        self.continued_by = {t.continued_from: t for t in self.tables
                             if t.continued_from in self._ids and t.continued_from != t.id}
        self.endResetModel()

    def linked(self, row: int) -> bool:
        """The table of list row ``row`` continues another one or is continued."""
        table = self.tables[row]
        return table.id in self.continued_by or (table.continued_from in self.by_id
                                                 and table.continued_from != table.id)

    def doubtful(self, table) -> bool:
        """Worth a look (listed first, marked "⚠"): Table.needs_check."""
        return table.needs_check()

    def label(self, table) -> str:
        """The table's name in the list, with its continuation links ("Funding → continues on p15"); a
        later part is named by the first part's title (:func:`app.project.table_edit.part_title`)."""
        # a long caption is shortened so the continuation links after it stay visible in the column
        text = (("⚠ " if self.doubtful(table) else "✓ " if table.checked else "")
                + shortened(self.titles.get(table.id) or table.title or table.id,
                            28 if table.continued_from or table.id in self.continued_by else 200))
        following = self.continued_by.get(table.id)
        if following is not None:
            text += self.tr(" → continues on p{page}").format(page=following.page)
        previous = self.by_id.get(table.continued_from) if table.continued_from != table.id else None
        if previous is not None:
            text = self.tr("↳ {name} (continued from p{page})").format(name=text, page=previous.page)
        return text

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.tables)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TablesModel", self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        table = self.tables[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return table.page
            if col == 1:
                return self.label(table)
            if col == 2:
                return f"{table.n_rows}×{table.n_cols}"
            if col == 3:
                cache = self.bench._table_problems.get(self.bench.current, {})
                found = cache.get(table.id)
                return "" if not found else len(found)
        if role == Qt.ItemDataRole.ToolTipRole:
            title = self.titles.get(table.id) or table.title
            tip = f"{table.id} ({method_name(table.method)})" + (f"\n{title}" if title else "")
            if table.confidence is not None:
                confidence = QLocale().toString(float(table.confidence), "f", 2)
                tip += "\n" + (self.tr("Confidence {value}: the grid may be off, check this table")
                                if self.doubtful(table) else self.tr("Confidence {value}")).format(value=confidence)
                tip += "".join("\n• " + QCoreApplication.translate("TablesModel", DOUBTS[d])
                               for d in table.doubts if d in DOUBTS)
            if table.checked:
                tip += "\n" + self.tr("Checked by you (Table ▸ Mark Table as Checked)")
            following = self.continued_by.get(table.id)
            if following is not None:
                tip += "\n" + self.tr("Continues on page {page}: Table ▸ Merge With Continuation").format(
                    page=following.page)
            previous = self.by_id.get(table.continued_from) if table.continued_from != table.id else None
            if previous is not None:
                tip += "\n" + self.tr("Continues the table on page {page}").format(page=previous.page)
            return tip
        if role == Qt.ItemDataRole.UserRole:
            return table.id
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            return QColor("#b03a1a")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TablesPanel(QWidget):
    """All tables of the current document; selecting one shows it in the editor and on the page."""

    def __init__(self, bench: Workbench, parent=None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.model = TablesModel(bench, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.setItemDelegateForColumn(1, _LinkedNameDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c in (0, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.count = QLabel("", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view)
        layout.addWidget(self.count)
        self._updating = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(400)
        self._refresh_timer.timeout.connect(self.refresh)
        bench.currentDocumentChanged.connect(lambda _sha: self.refresh())
        bench.dataChanged.connect(self._on_data_changed)
        bench.tableSelected.connect(lambda tid, _r, _c: self._select(tid))
        bench.problemsChanged.connect(self._on_problems)
        self.refresh()

    def refresh(self) -> None:
        self._updating = True
        try:
            self.model.refresh()
            self._select(self.bench.current_table)
        finally:
            self._updating = False
        self.count.setText(" " + TablesPanel.tr("%n table(s)", "", len(self.model.tables)))

    def _on_data_changed(self, sha: str, op: dict) -> None:
        if sha != self.bench.current:
            return
        name = op.get("op")
        if name in ("set_cell",):
            return
        if name == "page":  # pages of a running extraction
            if not self.model.rowCount():
                self.refresh()  # the first tables are what the user waits for: shown at once
            elif not self._refresh_timer.isActive():
                # later ones coalesced, at most one refresh per interval: restarting the timer on
                # every page would hold the list back for as long as pages keep coming
                self._refresh_timer.start()
            return
        if name in ("set_table", "replace_table", "batch", "reload") or tables_in_op(op) is None:
            self.refresh()

    def _on_problems(self, sha: str) -> None:
        if sha == self.bench.current and self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 3), self.model.index(self.model.rowCount() - 1, 3))

    def _select(self, table_id: str) -> None:
        for row, table in enumerate(self.model.tables):
            if table.id == table_id:
                index = self.model.index(row, 0)
                if self.view.currentIndex().row() != row:
                    was, self._updating = self._updating, True
                    self.view.setCurrentIndex(index)
                    self._updating = was
                self.view.scrollTo(index)
                return
        self.view.clearSelection()

    def _row_changed(self, current, _previous) -> None:
        if self._updating or not current.isValid():
            return
        self.bench.select_table(self.model.tables[current.row()].id)


class ProblemsModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("ProblemsModel", "Kind"), QT_TRANSLATE_NOOP("ProblemsModel", "Where"),
               QT_TRANSLATE_NOOP("ProblemsModel", "Message"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []
        self.document = None  # the document: tables and sections are named by their titles

    def set_problems(self, problems: list[Problem], data=None) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.document = data
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProblemsModel", self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return problem_label(p)
            if index.column() == 1:
                return where(p, self.document)
            return problem_text(p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{kind} — {where}\n{message}\nDouble-click to go there").format(
                kind=problem_label(p), where=where(p, self.document), message=problem_text(p))
        return None


def where(p: Problem, data=None) -> str:
    """Where a problem is: its page, and its table's cell, row or column or its section, named by their
    titles when the document (``data``) is given."""
    if p.table:
        table = item_name(data, p.table, 24)
        if p.row is not None and p.col is not None:
            place = f"{table} {col_letter(p.col)}{p.row + 1}"
        elif p.col is not None:
            place = QCoreApplication.translate("Problems", "{table} column {column}").format(
                table=table, column=col_letter(p.col))
        elif p.row is not None:
            place = QCoreApplication.translate("Problems", "{table} row {row}").format(table=table, row=p.row + 1)
        else:
            place = table
    elif p.section:
        place = QCoreApplication.translate("Problems", "section {section}").format(
            section=item_name(data, p.section, 24))
    elif p.page:
        return QCoreApplication.translate("Problems", "p. {page}").format(page=p.page)
    else:
        return QCoreApplication.translate("Problems", "document")
    if p.page:
        return QCoreApplication.translate("Problems", "p. {page} · {place}").format(page=p.page, place=place)
    return place


class ProblemsPanel(QWidget):
    """The problems of the current document; double-click (or Enter) goes to the problem."""

    problemActivated = Signal(object)

    def __init__(self, bench: Workbench, parent=None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.model = ProblemsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(0)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in KINDS:
            label = QCoreApplication.translate(CONTEXT, LABELS[kind])
            self.kind.addItem(label, label)  # the proxy filters the shown (translated) kind column
        self.kind.currentIndexChanged.connect(
            lambda _i: self.proxy.setFilterFixedString(self.kind.currentData() or ""))
        self.status = QLabel("", self)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.kind)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self._shown = ""  # the document whose problems the list holds
        bench.problemsChanged.connect(self._on_problems)
        bench.projectChanged.connect(self._forget)
        bench.currentDocumentChanged.connect(lambda _sha: self.refresh())
        self.refresh()

    def _forget(self) -> None:
        self.model.set_problems([])
        self._shown = ""
        # the same documents in a project saved under a new name (Save As) keep their problems
        self.refresh()

    def refresh(self) -> None:
        if not self.bench.current:  # no document: nothing checked, nothing to report (the panel says so)
            self.model.set_problems([])
            self._shown = ""
            self.status.setText("")
            return
        problems = self.bench.problems()
        if problems is None:
            if self._shown != self.bench.current:  # another document's (or project's) problems: gone
                self.model.set_problems([])
                self._shown = self.bench.current
            self.status.setText(" " + self.tr("Checking…"))
            return
        self._shown = self.bench.current
        self.model.set_problems(problems, self.bench.data())
        n = len(problems)
        self.status.setText(" " + (ProblemsPanel.tr("%n problem(s)", "", n) if n else self.tr("No problems found")))

    def _on_problems(self, sha: str) -> None:
        if sha == self.bench.current:
            self.refresh()

    def problem_at(self, row: int) -> Problem | None:
        index = self.proxy.mapToSource(self.proxy.index(row, 0))
        return self.model.problems[index.row()] if index.isValid() else None

    def _activated(self, index) -> None:
        source = self.proxy.mapToSource(index)
        if source.isValid():
            self.problemActivated.emit(self.model.problems[source.row()])

    def step(self, delta: int) -> Problem | None:
        """Go to the next (+1) or previous (-1) problem in the list."""
        count = self.proxy.rowCount()
        if not count:
            return None
        row = self.view.currentIndex().row()
        row = (row + delta) % count if row >= 0 else (0 if delta > 0 else count - 1)
        index = self.proxy.index(row, 0)
        self.view.setCurrentIndex(index)
        self._activated(index)
        return self.problem_at(row)
