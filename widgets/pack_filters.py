"""The pack composer's Filters tab: which countries, regions, themes, sections and documents a pack
draws on, keywords and columns, and whether it takes section text and tables. The form shows a
:class:`~app.packs.selection.Filters` and reads one back; it changes nothing itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.packs.selection import Filters, fold, present_tags

from . import i18n

KEY_ROLE = Qt.ItemDataRole.UserRole
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def checked_codes(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(CODE_ROLE) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked and widget.item(i).data(CODE_ROLE)]


class PackFiltersForm(QWidget):
    #: the user changed a filter (not emitted while the form is being filled)
    edited = Signal()
    #: the Clear filters button
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        form = QVBoxLayout(self)
        form.setContentsMargins(2, 2, 2, 2)
        self.keyword_edit = QLineEdit(self)
        self.keyword_edit.setPlaceholderText(self.tr("Keywords (comma-separated; case and accents ignored)"))
        self.keyword_edit.setClearButtonEnabled(True)
        self.keyword_edit.textChanged.connect(self._changed)
        form.addWidget(self.keyword_edit)
        self.country_search = QLineEdit(self)
        self.country_search.setPlaceholderText(self.tr("Find a country…"))
        self.country_search.setClearButtonEnabled(True)
        self.country_search.textChanged.connect(self._filter_country_list)
        self.country_list = self._checklist(self.tr("Countries found in the documents (sections and table rows)"))
        self.region_list = self._checklist(self.tr("Regions tagged in the documents"))
        self.theme_list = self._checklist(self.tr("Themes and objectives tagged in the documents"))
        self.document_list = self._checklist(self.tr("Source documents of the project the pack draws on "
                                                     "(none checked: all of them)"))
        lists = QTabWidget(self)
        countries = QWidget(self)
        cl = QVBoxLayout(countries)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.country_search)
        cl.addWidget(self.country_list)
        lists.addTab(countries, self.tr("Countries"))
        lists.addTab(self.region_list, self.tr("Regions"))
        lists.addTab(self.theme_list, self.tr("Themes"))
        self.section_tree = QTreeWidget(self)
        self.section_tree.setHeaderLabels([self.tr("Sections"), self.tr("Pages")])
        self.section_tree.setToolTip(self.tr("Check sections to limit the pack to them (and their sub-sections)"))
        self.section_tree.itemChanged.connect(self._changed)
        lists.addTab(self.section_tree, self.tr("Sections"))
        lists.addTab(self.document_list, self.tr("Documents"))
        form.addWidget(lists, 1)
        self.columns_edit = QLineEdit(self)
        self.columns_edit.setPlaceholderText(self.tr("Only columns whose header contains… (comma-separated)"))
        self.columns_edit.setClearButtonEnabled(True)
        self.columns_edit.textChanged.connect(self._changed)
        form.addWidget(self.columns_edit)
        row = QHBoxLayout()
        self.include_text = QCheckBox(self.tr("Section text"), self)
        self.include_tables = QCheckBox(self.tr("Tables"), self)
        for box in (self.include_text, self.include_tables):
            box.setChecked(True)
            box.toggled.connect(self._changed)
            row.addWidget(box)
        clear = QPushButton(self.tr("Clear filters"), self)
        clear.clicked.connect(self.clearRequested)
        row.addStretch(1)
        row.addWidget(clear)
        form.addLayout(row)

    def _checklist(self, tip: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setToolTip(tip)
        # four rows at least (a row is a little taller than a line of text, its check box's height):
        # a list squeezed to one row hides what there is to choose
        widget.setMinimumHeight(5 * widget.fontMetrics().lineSpacing() + 2 * widget.frameWidth())
        widget.itemChanged.connect(self._changed)
        return widget

    def _changed(self, *args) -> None:
        if not self._updating:
            self.edited.emit()

    # ---- filling the lists from the documents -----------------------------------------------------

    def fill_lists(self, datas: list, documents: list[str]) -> None:
        """The tags, sections and documents of ``datas``; checks already made are kept, and the
        documents in ``documents`` are checked."""
        self._updating = True
        try:
            tags = present_tags(datas)
            for widget, kind in ((self.country_list, "country"), (self.region_list, "region"),
                                 (self.theme_list, "theme")):
                checked = {widget.item(i).data(CODE_ROLE) for i in range(widget.count())
                           if widget.item(i).checkState() == Qt.CheckState.Checked}
                widget.clear()
                named = [(i18n.tag_name(tag), tag) for tag in tags.get(kind, [])]
                if kind == "country":  # in the interface's alphabetical order ("Égypte" among the E)
                    named.sort(key=lambda pair: fold(pair[0]))
                for name, tag in named:
                    label = f"{name} ({tag.code})" if kind == "country" else name
                    item = QListWidgetItem(label)
                    item.setData(CODE_ROLE, tag.code)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if tag.code in checked else Qt.CheckState.Unchecked)
                    widget.addItem(item)
                if widget.count() == 0:
                    item = QListWidgetItem({"country": self.tr("No country tags in the documents yet"),
                                            "region": self.tr("No region tags in the documents yet"),
                                            "theme": self.tr("No theme tags in the documents yet")}[kind])
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    widget.addItem(item)
            self._fill_section_tree(datas)
            self._fill_document_list(datas, set(documents))
        finally:
            self._updating = False

    def _fill_document_list(self, datas: list, wanted: set[str]) -> None:
        self.document_list.clear()
        for data in datas:
            doc = data.document
            pages = PackFiltersForm.tr("%n page(s)", "", doc.pages or 0)  # not inside an f-string: lupdate skips those
            item = QListWidgetItem(f"{doc.display_name} ({pages})")
            item.setToolTip(Path(doc.path).name if doc.path else doc.display_name)
            item.setData(CODE_ROLE, doc.sha256)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if doc.sha256 in wanted else Qt.CheckState.Unchecked)
            self.document_list.addItem(item)

    def _fill_section_tree(self, datas: list) -> None:
        checked = set(self._checked_sections())
        self.section_tree.clear()
        for data in datas:
            parent: Any = self.section_tree
            # A document whose sections hang under one level-0 root: that root is the document's item.
            rooted = len(data.sections) == 1 and data.sections[0].level <= 0
            if len(datas) > 1 and not rooted:
                doc_item = QTreeWidgetItem(self.section_tree, [data.document.display_name, ""])
                doc_item.setFlags(doc_item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                parent = doc_item

            def add(section, under):
                key = f"{data.document.sha256}:{section.id}"
                pages = f"{section.page}" if section.end_page <= section.page else f"{section.page}–{section.end_page}"
                item = QTreeWidgetItem(under, [section.title, pages])
                item.setData(0, KEY_ROLE, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
                for child in section.children:
                    add(child, item)

            for root in data.sections:
                add(root, parent)
        self.section_tree.expandToDepth(0)
        self.section_tree.resizeColumnToContents(1)

    def _filter_country_list(self, text: str) -> None:
        key = fold(text)
        for i in range(self.country_list.count()):
            item = self.country_list.item(i)
            item.setHidden(bool(key) and key not in fold(item.text()))

    def _checked_sections(self) -> list[str]:
        out = []

        def visit(item: QTreeWidgetItem) -> None:
            key = item.data(0, KEY_ROLE)
            if key and item.checkState(0) == Qt.CheckState.Checked:
                out.append(key)
                return  # its sub-sections are included anyway
            for i in range(item.childCount()):
                visit(item.child(i))

        for i in range(self.section_tree.topLevelItemCount()):
            visit(self.section_tree.topLevelItem(i))
        return out

    # ---- the form and the filters -----------------------------------------------------------------

    def filters(self) -> Filters:
        """The filters the form shows."""
        return Filters(
            countries=checked_codes(self.country_list),
            regions=checked_codes(self.region_list),
            themes=checked_codes(self.theme_list),
            sections=self._checked_sections(),
            keywords=split_list(self.keyword_edit.text()),
            columns=split_list(self.columns_edit.text()),
            documents=checked_codes(self.document_list),
            include_text=self.include_text.isChecked(),
            include_tables=self.include_tables.isChecked(),
        )

    def show_filters(self, f: Filters) -> None:
        """Show ``f`` (without emitting :attr:`edited`)."""
        self._updating = True
        try:
            for widget, codes in ((self.country_list, f.countries), (self.region_list, f.regions),
                                  (self.theme_list, f.themes), (self.document_list, f.documents)):
                for i in range(widget.count()):
                    item = widget.item(i)
                    if item.data(CODE_ROLE):
                        item.setCheckState(Qt.CheckState.Checked if item.data(CODE_ROLE) in codes
                                           else Qt.CheckState.Unchecked)
            wanted = set(f.sections)
            iterator = [self.section_tree.topLevelItem(i) for i in range(self.section_tree.topLevelItemCount())]
            while iterator:
                item = iterator.pop()
                key = item.data(0, KEY_ROLE)
                if key:
                    bare = key.split(":", 1)[1]
                    state = key in wanted or bare in wanted
                    item.setCheckState(0, Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
                iterator.extend(item.child(i) for i in range(item.childCount()))
            # a text field the user is typing in keeps its text when it reads the same (no cursor jump)
            if split_list(self.keyword_edit.text()) != list(f.keywords):
                self.keyword_edit.setText(", ".join(f.keywords))
            if split_list(self.columns_edit.text()) != list(f.columns):
                self.columns_edit.setText(", ".join(f.columns))
            self.include_text.setChecked(f.include_text)
            self.include_tables.setChecked(f.include_tables)
        finally:
            self._updating = False
