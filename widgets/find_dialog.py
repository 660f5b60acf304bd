"""Find and replace across all section text and table cells, and the lost-character repair assistant.

Both are non-modal dialogs over :mod:`app.project.find_replace`. A replace-all (or an accepted batch of
repairs) is ONE undoable change per document; over several documents the changes are grouped into one
step of the undo history.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.project import find_replace as fr
from app.project.ops import col_letter

from .i18n import item_name, translate_label, translate_message
from .workbench import Workbench

RESULT_LIMIT = 5000


class FindReplaceDialog(QDialog):
    #: (sha256, Location) the user wants to see
    locationActivated = Signal(str, object)

    def __init__(self, bench: Workbench, parent=None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.setWindowTitle(self.tr("Find and Replace"))
        self.setModal(False)
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Text to find"))
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.case = QCheckBox(self.tr("Match case"), self)
        self.accents = QCheckBox(self.tr("Match accents"), self)
        self.accents.setToolTip(self.tr("Unticked, “Haiti” also finds “Haïti” and “Haití” (a regular "
                                        "expression matches accents as written)"))
        self.whole = QCheckBox(self.tr("Whole words"), self)
        self.regex = QCheckBox(self.tr("Regular expression"), self)
        self.cells = QCheckBox(self.tr("Table cells"), self)
        self.titles = QCheckBox(self.tr("Section titles"), self)
        self.texts = QCheckBox(self.tr("Section text"), self)
        for box in (self.cells, self.titles, self.texts):
            box.setChecked(True)
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("Current document"), "current")
        self.scope.addItem(self.tr("All documents of the project"), "all")
        self.results = QTreeWidget(self)
        self.results.setHeaderLabels([self.tr("Where"), self.tr("Context")])
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.results.header().setStretchLastSection(True)
        self.results.itemActivated.connect(self._activated)
        self.results.itemDoubleClicked.connect(self._activated)
        self.status = QLabel("", self)
        self.find_button = QPushButton(self.tr("Find All"), self)
        self.find_button.setDefault(True)
        self.replace_button = QPushButton(self.tr("Replace Selected"), self)
        self.replace_all_button = QPushButton(self.tr("Replace All"), self)
        self.find_button.clicked.connect(self.find_all)
        self.replace_button.clicked.connect(self.replace_selected)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.find_edit.returnPressed.connect(self.find_all)

        form = QFormLayout()
        form.addRow(self.tr("Find:"), self.find_edit)
        form.addRow(self.tr("Replace:"), self.replace_edit)
        options = QHBoxLayout()
        for box in (self.case, self.accents, self.whole, self.regex):
            options.addWidget(box)
        options.addStretch(1)
        where = QHBoxLayout()
        for box in (self.cells, self.titles, self.texts):
            where.addWidget(box)
        where.addStretch(1)
        where.addWidget(self.scope)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.replace_all_button)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(options)
        layout.addLayout(where)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        self.resize(640, 440)
        self._matches: list[tuple[str, fr.Match]] = []
        bench.projectChanged.connect(self._forget)

    def _forget(self) -> None:
        """Matches of another project are gone (going to one would show the wrong place)."""
        self.results.clear()
        self._matches = []
        self.status.setText("")

    def query(self) -> fr.Query:
        return fr.Query(self.find_edit.text(), regex=self.regex.isChecked(), case=self.case.isChecked(),
                        whole_word=self.whole.isChecked(), cells=self.cells.isChecked(),
                        titles=self.titles.isChecked(), texts=self.texts.isChecked(),
                        accents=self.accents.isChecked())

    def _documents(self):
        if self.scope.currentData() == "all":
            return [(d.document.sha256, d) for d in self.bench.documents()]
        data = self.bench.data()
        return [(data.document.sha256, data)] if data else []

    def find_all(self) -> int:
        self.results.clear()
        self._matches = []
        try:
            query = self.query()
            for sha, data in self._documents():
                for m in fr.find(data, query, limit=RESULT_LIMIT - len(self._matches)):
                    self._matches.append((sha, m))
        except fr.FindError as exc:
            self.status.setText(translate_message(exc))
            return 0
        several = len({sha for sha, _ in self._matches}) > 1
        items = []
        for i, (sha, m) in enumerate(self._matches):
            label = describe_location(m.location, self.bench.data(sha))
            if several:
                label = self.tr("{document}: {place}").format(
                    document=self.bench.project.documents[sha].document.display_name, place=label)
            item = QTreeWidgetItem([label, m.context])
            item.setData(0, Qt.ItemDataRole.UserRole, i)
            item.setToolTip(1, m.context)
            items.append(item)
        self.results.addTopLevelItems(items)
        n = len(self._matches)
        found = FindReplaceDialog.tr("%n match(es)", "", n)
        self.status.setText(self.tr("{matches} (first ones)").format(matches=found) if n >= RESULT_LIMIT else found)
        return n

    def _activated(self, item: QTreeWidgetItem) -> None:
        sha, m = self._matches[int(item.data(0, Qt.ItemDataRole.UserRole))]
        self.locationActivated.emit(sha, m.location)

    def _replace(self, chosen: list[tuple[str, fr.Match]] | None) -> int:
        try:
            query = self.query()
        except fr.FindError as exc:
            self.status.setText(translate_message(exc))
            return 0
        replacement = self.replace_edit.text()
        plans = []
        for sha, data in self._documents():
            matches = None if chosen is None else [m for s, m in chosen if s == sha]
            if matches is not None and not matches:
                continue
            try:
                op = fr.replace(data, query, replacement, matches)
            except fr.FindError as exc:
                self.status.setText(translate_message(exc))
                return 0
            if op is not None:
                plans.append((sha, op))
        if not plans:
            self.status.setText(self.tr("Nothing to replace."))
            return 0
        done = 0
        if len(plans) > 1:
            self.bench.begin_macro(FindReplaceDialog.tr("Replace “{text}” in %n document(s)", "", len(plans)).format(
                text=query.pattern))
        try:
            for sha, op in plans:
                if self.bench.apply(op, sha):
                    done += sum(1 for _ in op["ops"])
        finally:
            if len(plans) > 1:
                self.bench.end_macro()
        self.find_all()
        self.status.setText(FindReplaceDialog.tr("Replaced in %n place(s).", "", done) + " " + self.status.text())
        return done

    def replace_all(self) -> int:
        return self._replace(None)

    def replace_selected(self) -> int:
        rows = [int(i.data(0, Qt.ItemDataRole.UserRole)) for i in self.results.selectedItems()]
        if not rows:
            self.status.setText(self.tr("Select the matches to replace (or use Replace All)."))
            return 0
        return self._replace([self._matches[r] for r in rows])


class RepairDialog(QDialog):
    """Proposed fixes of lost characters, grouped ("Objec�ve" → "Objective", 37 places), for bulk acceptance."""

    locationActivated = Signal(str, object)

    def __init__(self, bench: Workbench, parent=None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.setWindowTitle(self.tr("Repair Lost Characters"))
        self.setModal(False)
        self.intro = QLabel(self.tr(
            "Words whose letters were lost in the PDF (shown as “�” or “(cid:NN)”) and ligature characters. "
            "Each fix is proposed only when exactly one known word fits; tick the ones to apply. "
            "For words with several candidates, pick one."), self)
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Found"), self.tr("Fix"), self.tr("Places")])
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(self._activated)
        self.status = QLabel("", self)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(self.tr("Apply Ticked Fixes"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.all_button = buttons.addButton(self.tr("Tick All"), QDialogButtonBox.ButtonRole.ActionRole)
        self.none_button = buttons.addButton(self.tr("Tick None"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.apply_button.clicked.connect(self.apply_checked)
        self.all_button.clicked.connect(lambda: self.tick_all(True))
        self.none_button.clicked.connect(lambda: self.tick_all(False))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(620, 460)
        self.report: fr.RepairReport | None = None
        self.sha = ""
        self._combos: dict[int, QComboBox] = {}
        bench.projectChanged.connect(self._forget)

    def _forget(self) -> None:
        self.tree.clear()
        self._combos = {}
        self.report = None
        self.sha = ""
        self.status.setText("")

    def analyse(self) -> int:
        """Look at the current document (the vocabulary is taken from every document of the project)."""
        self.tree.clear()
        self._combos = {}
        data = self.bench.data()
        if data is None:
            self.status.setText(self.tr("No document."))
            return 0
        self.sha = data.document.sha256
        vocab = fr.build_vocabulary(self.bench.documents())
        self.report = fr.propose_repairs(data, vocab)
        self._groups = self.report.groups()
        self._unresolved = self.report.unresolved_groups()
        for i, ((old, new), places) in enumerate(self._groups):
            item = QTreeWidgetItem([old, new, str(len(places))])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setData(0, Qt.ItemDataRole.UserRole, ("fix", i))
            item.setToolTip(0, "\n".join(p.context for p in places[:8]))
            for p in places[:50]:
                child = QTreeWidgetItem([describe_location(p.location, data), p.context, ""])
                child.setData(0, Qt.ItemDataRole.UserRole, ("place", p.location))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        for i, (old, candidates, places) in enumerate(self._unresolved):
            item = QTreeWidgetItem([old, "", str(len(places))])
            item.setData(0, Qt.ItemDataRole.UserRole, ("unresolved", i))
            item.setToolTip(0, "\n".join(u.context for u in places[:8]))
            self.tree.addTopLevelItem(item)
            if candidates:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                combo = QComboBox(self.tree)
                combo.addItems(list(candidates))
                combo.currentIndexChanged.connect(lambda _i, it=item: it.setCheckState(0, Qt.CheckState.Checked))
                self.tree.setItemWidget(item, 1, combo)
                self._combos[i] = combo
            else:
                item.setText(1, self.tr("no known word fits — edit by hand"))
                item.setForeground(1, Qt.GlobalColor.gray)
            for u in places[:50]:
                child = QTreeWidgetItem([describe_location(u.location, data), u.context, ""])
                child.setData(0, Qt.ItemDataRole.UserRole, ("place", u.location))
                item.addChild(child)
        for column in (0, 2):
            self.tree.resizeColumnToContents(column)
        fixes = sum(len(p) for _, p in self._groups)
        self.status.setText(self.tr("{fixes} in {places}; {words} without a sure fix.").format(
            fixes=RepairDialog.tr("%n proposed fix(es)", "", len(self._groups)),
            places=RepairDialog.tr("%n place(s)", "", fixes),
            words=RepairDialog.tr("%n word(s)", "", len(self._unresolved))))
        return len(self._groups)

    def tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                kind, _ = item.data(0, Qt.ItemDataRole.UserRole)
                if kind == "fix" or not on:
                    item.setCheckState(0, state)

    def accepted_proposals(self) -> list[fr.RepairProposal]:
        accepted: list[fr.RepairProposal] = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if not (item.flags() & Qt.ItemFlag.ItemIsUserCheckable) or item.checkState(0) != Qt.CheckState.Checked:
                continue
            kind, k = item.data(0, Qt.ItemDataRole.UserRole)
            if kind == "fix":
                accepted.extend(self._groups[k][1])
            elif kind == "unresolved" and k in self._combos:
                accepted.extend(fr.choose(self._unresolved[k][2], self._combos[k].currentText()))
        return accepted

    def apply_checked(self) -> bool:
        data = self.bench.data(self.sha)
        if data is None:
            return False
        op = fr.repairs_op(data, self.accepted_proposals())
        if op is None:
            self.status.setText(self.tr("Nothing ticked."))
            return False
        ok = self.bench.apply(op, self.sha)
        if ok:
            self.analyse()
            self.status.setText(self.tr("Applied: {action}.").format(action=translate_label(op["label"]))
                                + " " + self.status.text())
        return ok

    def _activated(self, item: QTreeWidgetItem) -> None:
        kind, value = item.data(0, Qt.ItemDataRole.UserRole)
        if kind == "place":
            self.locationActivated.emit(self.sha, value)
        elif item.childCount():
            self.locationActivated.emit(self.sha, item.child(0).data(0, Qt.ItemDataRole.UserRole)[1])


def describe_location(location: fr.Location, data=None) -> str:
    """Where a match is, in the interface's language ("Table “Funding requirements”, cell B4"); a table and
    a section are named by their titles when the document (``data``) is given: their ids ("p3-t1", "s16")
    tell a user nothing."""
    if location.kind == "cell":
        return QCoreApplication.translate("FindReplaceDialog", "Table {table}, cell {cell}").format(
            table=item_name(data, location.table), cell=f"{col_letter(location.col)}{location.row + 1}")
    section = item_name(data, location.section)
    if location.kind == "title":
        return QCoreApplication.translate("FindReplaceDialog", "Section {section} title").format(section=section)
    return QCoreApplication.translate("FindReplaceDialog", "Section {section} text").format(section=section)
