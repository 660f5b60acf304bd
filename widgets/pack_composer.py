"""The pack composer: filters, a live outline of the pack, metadata, preview and export.

``PackComposer(project)`` works on a :class:`app.project.project.Project`. Everything it builds goes through
the Qt-free core (:mod:`app.packs.selection`, :mod:`app.packs.pack`, :mod:`exporters`); the widget only edits a
:class:`~app.packs.pack.PackDefinition` and shows the :class:`~app.packs.pack.Pack` it gives. Exports and the PDF
preview run on a worker thread; the GUI thread only builds the (small) pack model.
"""

from __future__ import annotations

import os
import tempfile
import weakref
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QDate, QObject, QSize, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.packs.pack import default_title
from app.packs.pack import Pack, PackDefinition, PackError, build_pack, load_definitions, save_definition
from app.packs.pack_i18n import LANGUAGE_NAMES, LANGUAGES
from app.packs.pack_i18n import language as pack_language
from app.packs.selection import Filters, fold, present_tags
from exporters import ExportError, Option, discover, resolve_options

from .places import remember_folder, settings, start_folder

KEY_ROLE = Qt.ItemDataRole.UserRole
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
REBUILD_DELAY_MS = 250
PREVIEW_DELAY_MS = 900
PREVIEW_SCALE = 0.6
PREVIEW_MAX_PAGES = 60
#: Cover values every exporter is given in its options dict (edited on the Details tab, not in the
#: exporter's own option rows): ``organisation`` (text) and ``logo`` (the path of an image file, or "").
COVER_OPTIONS = ("organisation", "logo")
#: The title a new pack starts with before any filter names a country, region or theme.
GENERIC_TITLE = "Briefing pack"


class _Task(QThread):
    """Runs ``fn(progress)`` on a worker thread; reports progress, the result or a message."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[[Callable[[int, int, str], None]], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.cancelled = False

    def run(self) -> None:  # worker thread
        def progress(done: int, total: int, message: str = "") -> None:
            if self.cancelled:
                raise _Cancelled()
            self.progressed.emit(int(done), int(total), str(message))

        try:
            result = self._fn(progress)
        except _Cancelled:
            return
        except ExportError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a plug-in's bug becomes a message, not a crash
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.succeeded.emit(result)


class _Cancelled(BaseException):
    """Raised from the progress callback of a superseded task (not an Exception: exporters that catch
    every Exception to report it must not swallow it)."""


#: Tasks still running; kept here (not parented to a widget) so a composer can be deleted while its
#: worker finishes.
_RUNNING: set = set()


def _render_pdf_pages(data: bytes, scale: float, limit: int) -> list[QImage]:
    """Render the first ``limit`` pages of a PDF (bytes) to images; pdfium calls are serialised with
    the rest of the GUI's rendering."""
    from app.source.render import PageRenderer

    from .rendering import PDFIUM_LOCK, to_qimage

    fd, name = tempfile.mkstemp(prefix="bb-preview-", suffix=".pdf")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        images = []
        with PDFIUM_LOCK:
            renderer = PageRenderer(name)
            try:
                for index in range(min(len(renderer), limit)):
                    images.append(to_qimage(renderer.render(index, scale=scale)))
            finally:
                renderer.close()
        return images
    finally:
        Path(name).unlink(missing_ok=True)


class PackComposer(QWidget):
    """Compose, preview, save and export briefing packs of a project."""

    #: Emitted after the pack was rebuilt (filters, order, corrections changed).
    packChanged = Signal()
    #: Emitted with the path of a file written by an export.
    exported = Signal(str)
    #: Emitted when a preview is ready (number of pages shown).
    previewReady = Signal(int)
    #: Emitted when an export or preview failed (message).
    exportFailed = Signal(str)
    #: Emitted when the user cancelled an export.
    exportCancelled = Signal()

    def __init__(self, project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.definition = PackDefinition()
        self.pack: Pack | None = None
        self.registry = discover()
        self._updating = False
        self._tasks: set[_Task] = set()
        self._preview_task: _Task | None = None
        self._preview_generation = 0
        self._preview_images: list[QImage] = []
        self._current_name = ""
        self._outline_history: list[tuple[list[str], list[str]]] = []
        #: the title follows the filters ("Somalia: briefing pack") until the user types one
        self._title_auto = True
        self._logo_files: dict[str, str] = {}
        remembered = settings().value("pack/organisation", "")
        self.definition.metadata.organisation = str(remembered or "")

        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(REBUILD_DELAY_MS)
        self._rebuild_timer.timeout.connect(self.rebuild)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self._build_ui()
        self._fill_filter_lists()
        self._fill_saved_packs()
        self._follow_filters_in_title()
        self._definition_to_form()
        self.rebuild()
        self._subscribe()

    # ================================================================================== interface

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        # saved packs
        packs_row = QHBoxLayout()
        self.saved_combo = QComboBox(self)
        self.saved_combo.setToolTip("Packs saved in this project; choose one to load it")
        self.saved_combo.activated.connect(self._load_selected_pack)
        self.save_button = QPushButton("Save…", self)
        self.save_button.setToolTip("Save this pack definition in the project (Ctrl+S in the composer)")
        self.save_button.clicked.connect(self.save_pack_dialog)
        self.delete_button = QPushButton("Delete", self)
        self.delete_button.clicked.connect(self._delete_selected_pack)
        packs_row.addWidget(QLabel("Pack:", self))
        packs_row.addWidget(self.saved_combo, 1)
        packs_row.addWidget(self.save_button)
        packs_row.addWidget(self.delete_button)
        layout.addLayout(packs_row)

        # exporter + export
        export_row = QHBoxLayout()
        self.exporter_combo = QComboBox(self)
        for name, exporter in self.registry.exporters.items():
            self.exporter_combo.addItem(f"{exporter.label} ({exporter.extension})", name)
        self.exporter_combo.currentIndexChanged.connect(self._exporter_changed)
        self.export_button = QPushButton("Export…", self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._export_clicked)
        self._export_task: _Task | None = None
        export_row.addWidget(QLabel("Format:", self))
        export_row.addWidget(self.exporter_combo, 1)
        export_row.addWidget(self.export_button)
        layout.addLayout(export_row)

        self.broken_label = QLabel(self)
        self.broken_label.setWordWrap(True)
        self.broken_label.setStyleSheet("color: #8a5a00;")
        if self.registry.broken:
            names = ", ".join(name for name, _ in self.registry.broken)
            self.broken_label.setText(f"Skipped broken exporter plug-ins: {names} (hover for details).")
            self.broken_label.setToolTip("\n".join(f"{n}: {r}" for n, r in self.registry.broken))
        else:
            self.broken_label.hide()
        layout.addWidget(self.broken_label)

        # Each tab scrolls when the panel is short: the composer shares the right-hand column with
        # the problems list on a 1366×768 screen and must not make the window taller than the screen.
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._scrolled(self._filters_tab()), "Filters")
        self.tabs.addTab(self._scrolled(self._outline_tab()), "Outline")
        self.tabs.addTab(self._scrolled(self._details_tab()), "Details")
        self.tabs.addTab(self._scrolled(self._preview_tab()), "Preview")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        #: the documents the pack draws on (a project may hold several)
        self.sources_label = QLabel(self)
        self.sources_label.setWordWrap(True)
        self.sources_label.setStyleSheet("color: #555555;")
        layout.addWidget(self.sources_label)

        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_pack_dialog)

    def _scrolled(self, page: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidget(page)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page.setMinimumHeight(0)
        return area

    def _checklist(self, tip: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setToolTip(tip)
        widget.itemChanged.connect(self._filters_changed)
        return widget

    def _filters_tab(self) -> QWidget:
        page = QWidget(self)
        form = QVBoxLayout(page)
        form.setContentsMargins(2, 2, 2, 2)
        self.keyword_edit = QLineEdit(page)
        self.keyword_edit.setPlaceholderText("Keywords (comma-separated; case and accents ignored)")
        self.keyword_edit.setClearButtonEnabled(True)
        self.keyword_edit.textChanged.connect(self._filters_changed)
        form.addWidget(self.keyword_edit)
        self.country_search = QLineEdit(page)
        self.country_search.setPlaceholderText("Find a country…")
        self.country_search.setClearButtonEnabled(True)
        self.country_search.textChanged.connect(self._filter_country_list)
        self.country_list = self._checklist("Countries found in the documents (sections and table rows)")
        self.region_list = self._checklist("Regions tagged in the documents")
        self.theme_list = self._checklist("Themes and objectives tagged in the documents")
        self.document_list = self._checklist("Source documents of the project the pack draws on "
                                             "(none checked: all of them)")
        lists = QTabWidget(page)
        countries = QWidget(page)
        cl = QVBoxLayout(countries)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.country_search)
        cl.addWidget(self.country_list)
        lists.addTab(countries, "Countries")
        lists.addTab(self.region_list, "Regions")
        lists.addTab(self.theme_list, "Themes")
        self.section_tree = QTreeWidget(page)
        self.section_tree.setHeaderLabels(["Sections", "Pages"])
        self.section_tree.setToolTip("Check sections to limit the pack to them (and their sub-sections)")
        self.section_tree.itemChanged.connect(self._filters_changed)
        lists.addTab(self.section_tree, "Sections")
        lists.addTab(self.document_list, "Documents")
        form.addWidget(lists, 1)
        self.columns_edit = QLineEdit(page)
        self.columns_edit.setPlaceholderText("Only columns whose header contains… (comma-separated)")
        self.columns_edit.setClearButtonEnabled(True)
        self.columns_edit.textChanged.connect(self._filters_changed)
        form.addWidget(self.columns_edit)
        row = QHBoxLayout()
        self.include_text = QCheckBox("Section text", page)
        self.include_tables = QCheckBox("Tables", page)
        for box in (self.include_text, self.include_tables):
            box.setChecked(True)
            box.toggled.connect(self._filters_changed)
            row.addWidget(box)
        clear = QPushButton("Clear filters", page)
        clear.clicked.connect(self.clear_filters)
        row.addStretch(1)
        row.addWidget(clear)
        form.addLayout(row)
        return page

    def _outline_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(2, 2, 2, 2)
        self.outline = QListWidget(page)
        self.outline.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.outline.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.outline.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.outline.setToolTip("Drag to reorder; Delete removes the selected blocks from the pack")
        self.outline.model().rowsMoved.connect(self._outline_moved)
        layout.addWidget(self.outline, 1)
        self.outline.installEventFilter(self)
        buttons = QHBoxLayout()
        for text, slot, tip in (
            ("Up", lambda: self.move_selected(-1), "Move the selected block up (Ctrl+Up)"),
            ("Down", lambda: self.move_selected(1), "Move the selected block down (Ctrl+Down)"),
            ("Remove", self.remove_selected_blocks, "Remove the selected blocks (Delete)"),
            ("Undo", self.undo_outline, "Undo the last reorder or removal in the outline"),
            ("Restore all", self.restore_blocks, "Put back removed blocks and the default order"),
        ):
            button = QPushButton(text, page)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.pack_notes = QLabel(page)
        self.pack_notes.setWordWrap(True)
        self.pack_notes.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.pack_notes)
        return page

    def _details_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.title_edit = QLineEdit(page)
        self.audience_edit = QLineEdit(page)
        self.audience_edit.setPlaceholderText("Donor or audience")
        self.date_edit = QDateEdit(page)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.prepared_edit = QLineEdit(page)
        self.subject_edit = QLineEdit(page)
        self.organisation_edit = QLineEdit(page)
        self.organisation_edit.setPlaceholderText("Printed on the cover, e.g. IOM Somalia (optional)")
        self.notes_edit = QPlainTextEdit(page)
        self.notes_edit.setPlaceholderText("Printed on the cover")
        self.notes_edit.setMaximumHeight(90)
        logo_row = QHBoxLayout()
        self.logo_label = QLabel("No logo", page)
        browse = QPushButton("Choose…", page)
        browse.clicked.connect(self._choose_logo)
        clear = QPushButton("Clear", page)
        clear.clicked.connect(lambda: self.set_logo(None))
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(browse)
        logo_row.addWidget(clear)
        form.addRow("Title", self.title_edit)
        form.addRow("Prepared for", self.audience_edit)
        form.addRow("Date", self.date_edit)
        form.addRow("Prepared by", self.prepared_edit)
        form.addRow("Subject", self.subject_edit)
        form.addRow("Organisation", self.organisation_edit)
        form.addRow("Logo", logo_row)
        form.addRow("Notes", self.notes_edit)
        # the language the pack writes its own labels, dates and numbers in (not the source's text)
        self.language_combo = QComboBox(page)
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setToolTip("Language of the pack's own words: labels, dates, numbers. "
                                       "Text from the source documents is not translated.")
        form.addRow("Pack language", self.language_combo)
        self.language_combo.currentIndexChanged.connect(self._metadata_changed)
        for edit in (self.title_edit, self.audience_edit, self.prepared_edit, self.subject_edit,
                     self.organisation_edit):
            edit.textChanged.connect(self._metadata_changed)
        self.title_edit.setToolTip("Follows the countries, regions or themes chosen until you type a title")
        self.date_edit.dateChanged.connect(self._metadata_changed)
        self.notes_edit.textChanged.connect(self._metadata_changed)
        self.options_box = QWidget(page)
        self.options_form = QFormLayout(self.options_box)
        self.options_form.setContentsMargins(0, 8, 0, 0)
        form.addRow(self.options_box)
        self._option_widgets: dict[str, QWidget] = {}
        return page

    def _preview_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        self.auto_preview = QCheckBox("Update automatically", page)
        self.auto_preview.setChecked(True)
        refresh = QPushButton("Refresh", page)
        refresh.clicked.connect(self.refresh_preview)
        self.preview_status = QLabel(page)
        row.addWidget(self.auto_preview)
        row.addWidget(refresh)
        row.addWidget(self.preview_status, 1)
        layout.addLayout(row)
        self.preview = QListWidget(page)
        self.preview.setViewMode(QListWidget.ViewMode.IconMode)
        self.preview.setIconSize(QSize(240, 340))
        self.preview.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.preview.setMovement(QListWidget.Movement.Static)
        self.preview.setSpacing(6)
        self.preview.setToolTip("Pages of the exported PDF")
        layout.addWidget(self.preview, 1)
        return page

    # ================================================================================ filter lists

    def _datas(self):
        return list(self.project.documents.values())

    def _fill_filter_lists(self) -> None:
        self._updating = True
        try:
            tags = present_tags(self._datas())
            for widget, kind in ((self.country_list, "country"), (self.region_list, "region"),
                                 (self.theme_list, "theme")):
                checked = {widget.item(i).data(CODE_ROLE) for i in range(widget.count())
                           if widget.item(i).checkState() == Qt.CheckState.Checked}
                widget.clear()
                for tag in tags.get(kind, []):
                    label = f"{tag.name} ({tag.code})" if kind == "country" else (tag.name or tag.code)
                    item = QListWidgetItem(label)
                    item.setData(CODE_ROLE, tag.code)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if tag.code in checked else Qt.CheckState.Unchecked)
                    widget.addItem(item)
                if widget.count() == 0:
                    item = QListWidgetItem(f"No {kind} tags in the documents yet")
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    widget.addItem(item)
            self._fill_section_tree()
            self._fill_document_list()
        finally:
            self._updating = False

    def _fill_document_list(self) -> None:
        wanted = set(self.definition.filters.documents)
        self.document_list.clear()
        for data in self._datas():
            doc = data.document
            item = QListWidgetItem(f"{doc.display_name} ({doc.pages} pages)")
            item.setToolTip(Path(doc.path).name if doc.path else doc.display_name)
            item.setData(CODE_ROLE, doc.sha256)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if doc.sha256 in wanted else Qt.CheckState.Unchecked)
            self.document_list.addItem(item)

    def _fill_section_tree(self) -> None:
        checked = set(self._checked_sections())
        self.section_tree.clear()
        datas = self._datas()
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

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [widget.item(i).data(CODE_ROLE) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked and widget.item(i).data(CODE_ROLE)]

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

    @staticmethod
    def _split(text: str) -> list[str]:
        return [part.strip() for part in text.split(",") if part.strip()]

    def _form_filters(self) -> Filters:
        return Filters(
            countries=self._checked(self.country_list),
            regions=self._checked(self.region_list),
            themes=self._checked(self.theme_list),
            sections=self._checked_sections(),
            keywords=self._split(self.keyword_edit.text()),
            columns=self._split(self.columns_edit.text()),
            documents=self._checked(self.document_list),
            include_text=self.include_text.isChecked(),
            include_tables=self.include_tables.isChecked(),
        )

    def set_filters(self, filters: Filters) -> None:
        """Show ``filters`` in the form and rebuild the pack."""
        self.definition.filters = Filters.from_json(filters.to_json())
        self._definition_to_form()
        self.rebuild()

    def clear_filters(self) -> None:
        self.set_filters(Filters(documents=list(self.definition.filters.documents)))

    # ============================================================================ definition form

    def _definition_to_form(self) -> None:
        self._updating = True
        try:
            f = self.definition.filters
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
            self.keyword_edit.setText(", ".join(f.keywords))
            self.columns_edit.setText(", ".join(f.columns))
            self.include_text.setChecked(f.include_text)
            self.include_tables.setChecked(f.include_tables)
            m = self.definition.metadata
            self.title_edit.setText(m.title)
            self.audience_edit.setText(m.audience)
            self.prepared_edit.setText(m.prepared_by)
            self.subject_edit.setText(m.subject)
            self.organisation_edit.setText(m.organisation)
            self.notes_edit.setPlainText(m.notes)
            day = QDate.fromString(m.date, "yyyy-MM-dd") if m.date else QDate.currentDate()
            self.date_edit.setDate(day if day.isValid() else QDate.currentDate())
            self.logo_label.setText(m.logo_name or "No logo")
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(pack_language(m.language))))
            index = self.exporter_combo.findData(self.definition.exporter)
            if index >= 0:
                self.exporter_combo.setCurrentIndex(index)
        finally:
            self._updating = False
        self._build_option_form()

    def _filters_changed(self, *args) -> None:
        if self._updating:
            return
        self.definition.filters = self._form_filters()
        if self._follow_filters_in_title():
            self._updating = True
            try:
                self.title_edit.setText(self.definition.metadata.title)
            finally:
                self._updating = False
        self._rebuild_timer.start()

    def default_title(self) -> str:
        """The title the command line gives the same selection ("Somalia: briefing pack")."""
        return default_title(self.definition.filters, self._datas())

    def _follow_filters_in_title(self) -> bool:
        """Give the pack the title of its selection while the user has not typed one; True when the
        title field should show the new title (it is left empty if the user emptied it)."""
        if not self._title_auto:
            return False
        title = self.default_title()
        if hasattr(self, "title_edit"):
            self.title_edit.setPlaceholderText(title)
        if title == self.definition.metadata.title:
            return False
        self.definition.metadata.title = title
        return not hasattr(self, "title_edit") or bool(self.title_edit.text())

    def _metadata_changed(self, *args) -> None:
        if self._updating:
            return
        m = self.definition.metadata
        title = self.title_edit.text()
        if title != m.title:
            # a title of the user's stays; an emptied field follows the filters again
            self._title_auto = not title.strip()
            m.title = title
            self._follow_filters_in_title()
        m.audience = self.audience_edit.text()
        m.prepared_by = self.prepared_edit.text()
        m.subject = self.subject_edit.text()
        if m.organisation != self.organisation_edit.text():
            m.organisation = self.organisation_edit.text()
            settings().setValue("pack/organisation", m.organisation.strip())  # the next pack starts with it
        m.notes = self.notes_edit.toPlainText()
        m.date = self.date_edit.date().toString("yyyy-MM-dd")
        m.language = self.language_combo.currentData() or "en"
        self._rebuild_timer.start()

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose a logo", str(start_folder("logo")),
                                              "Images (*.png *.jpg *.jpeg)")
        if path:
            remember_folder("logo", path)
            self.set_logo(path)

    def set_logo(self, path: str | None) -> bool:
        try:
            self.definition.metadata.set_logo(path)
        except PackError as exc:
            QMessageBox.warning(self, "Logo", str(exc))
            return False
        self.logo_label.setText(self.definition.metadata.logo_name or "No logo")
        self._rebuild_timer.start()
        return True

    # ==================================================================================== options

    def current_exporter(self):
        name = self.exporter_combo.currentData()
        return self.registry.exporters.get(name) if name else None

    def exporter_names(self) -> list[str]:
        return [self.exporter_combo.itemData(i) for i in range(self.exporter_combo.count())]

    def _exporter_changed(self, *args) -> None:
        exporter = self.current_exporter()
        if exporter is not None and not self._updating:
            self.definition.exporter = exporter.name
        self._build_option_form()

    def _build_option_form(self) -> None:
        while self.options_form.rowCount():
            self.options_form.removeRow(0)
        self._option_widgets = {}
        exporter = self.current_exporter()
        if exporter is None:
            return
        values = resolve_options(exporter, self.definition.options.get(exporter.name), strict=False)
        for option in exporter.options or []:
            if option.name in COVER_OPTIONS:
                continue  # on the Details tab (Organisation, Logo) for every format
            widget = self._option_widget(option, values.get(option.name))
            widget.setToolTip(option.help)
            self._option_widgets[option.name] = widget
            label = option.title
            self.options_form.addRow(f"{exporter.label}: {label}", widget)

    def _option_widget(self, option: Option, value: Any) -> QWidget:
        name = option.name
        if option.type == "bool":
            box = QCheckBox(self)
            box.setChecked(bool(value))
            box.toggled.connect(lambda v, n=name: self._set_option(n, v))
            return box
        if option.type == "choice":
            combo = QComboBox(self)
            combo.addItems(list(option.choices))
            combo.setCurrentText(str(value))
            combo.currentTextChanged.connect(lambda v, n=name: self._set_option(n, v))
            return combo
        if option.type == "int":
            spin = QSpinBox(self)
            spin.setRange(-10**6, 10**6)
            spin.setValue(int(value or 0))
            spin.valueChanged.connect(lambda v, n=name: self._set_option(n, v))
            return spin
        edit = QLineEdit(str(value if value is not None else ""), self)
        edit.textChanged.connect(lambda v, n=name: self._set_option(n, v))
        return edit

    def _set_option(self, name: str, value: Any) -> None:
        exporter = self.current_exporter()
        if exporter is None:
            return
        self.definition.options.setdefault(exporter.name, {})[name] = value
        if exporter.name == "pdf":
            self._schedule_preview()

    def options_for(self, exporter) -> dict[str, Any]:
        """The options an export runs with: the exporter's own (defaults and the user's choices) and the
        cover's ``organisation`` and ``logo`` (a file path; "" when there is none)."""
        values = resolve_options(exporter, self.definition.options.get(exporter.name), strict=False)
        values["organisation"] = self.definition.metadata.organisation.strip()
        values["logo"] = self.logo_file()
        return values

    def logo_file(self) -> str:
        """A file holding the pack's logo (the image travels inside the project; exporters read a file)."""
        blob = self.definition.metadata.logo_bytes()
        if not blob:
            return ""
        import hashlib

        digest = hashlib.sha256(blob).hexdigest()[:24]
        known = self._logo_files.get(digest)
        if known and Path(known).is_file():
            return known
        suffix = ".png" if blob.startswith(b"\x89PNG") else ".jpg"
        folder = Path(tempfile.gettempdir()) / "briefing-builder-logos"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{digest}{suffix}"
            if not path.is_file() or path.read_bytes() != blob:
                tmp = path.with_suffix(path.suffix + f".{os.getpid()}.tmp")
                tmp.write_bytes(blob)
                os.replace(tmp, path)
        except OSError:
            return ""
        self._logo_files[digest] = str(path)
        return str(path)

    # ============================================================================ pack and outline

    def rebuild(self) -> None:
        """Build the pack from the definition and the project's current (corrected) data."""
        self._rebuild_timer.stop()
        try:
            self.pack = build_pack(self.project, self.definition)
        except Exception as exc:  # noqa: BLE001 - never leave the composer unusable
            self.pack = None
            self.status.setText(f"The pack cannot be built: {exc}")
            return
        self._fill_outline()
        notes = list(self.pack.notes)
        self.pack_notes.setText(" ".join(notes))
        self.pack_notes.setVisible(bool(notes))
        n_tables = sum(1 for _ in self.pack.tables())
        n_sections = sum(1 for b in self.pack.blocks if b.kind == "heading")
        removed = len([k for k in self.definition.removed if k in self.pack.available])
        extra = f", {removed} removed" if removed else ""
        self.status.setText(f"{self.pack.selection_label}: {n_sections} sections, {n_tables} tables{extra}.")
        self._show_sources()
        if self._export_task is None:
            self.export_button.setEnabled(not self.pack.is_empty() and self.exporter_combo.count() > 0)
        self.packChanged.emit()
        self._schedule_preview()

    def drawn_on(self) -> list[tuple[str, list[int]]]:
        """The documents the pack's content comes from, with their pages, in the pack's order."""
        found: dict[str, tuple[str, set[int]]] = {}
        for block in self.pack.blocks if self.pack is not None else []:
            if block.kind in ("heading", "text", "table", "document") and block.source is not None:
                name, pages = found.setdefault(block.source.sha256, (block.source.document, set()))
                pages.update(block.source.pages)
        return [(name, sorted(pages)) for name, pages in found.values()]

    def _show_sources(self) -> None:
        from app.packs.pack import pages_label

        sources = self.drawn_on()
        parts = [f"{name} ({pages_label(pages)})" if pages else name for name, pages in sources]
        n = len(self._datas())
        if not parts:
            self.sources_label.setText("")
        elif n > 1:
            self.sources_label.setText(f"Draws on {len(parts)} of the project's {n} documents: " + "; ".join(parts))
        else:
            self.sources_label.setText("Draws on: " + "; ".join(parts))

    def _fill_outline(self) -> None:
        assert self.pack is not None
        selected = {item.data(KEY_ROLE) for item in self.outline.selectedItems()}
        self._updating = True
        try:
            self.outline.clear()
            for block in self.pack.blocks:
                item = QListWidgetItem(block.outline_label())
                item.setData(KEY_ROLE, block.key)
                if block.source is not None:
                    item.setToolTip(f"From {block.source.label()}")
                if block.kind in ("cover", "contents", "key_figures", "chart", "sources"):
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.outline.addItem(item)
                if block.key in selected:
                    item.setSelected(True)
        finally:
            self._updating = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent

        if watched is self.outline and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
                self.remove_selected_blocks()
                return True
            if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def outline_keys(self) -> list[str]:
        return [self.outline.item(i).data(KEY_ROLE) for i in range(self.outline.count())]

    def _remember_outline(self) -> None:
        self._outline_history.append((list(self.definition.order), list(self.definition.removed)))
        del self._outline_history[:-50]

    def undo_outline(self) -> None:
        if not self._outline_history:
            return
        self.definition.order, self.definition.removed = self._outline_history.pop()
        self.rebuild()

    def _outline_moved(self, *args) -> None:
        if self._updating:
            return
        self._remember_outline()
        self.definition.order = self.outline_keys()
        # rebuild after the drop has finished
        QTimer.singleShot(0, self.rebuild)

    def move_selected(self, step: int) -> None:
        rows = sorted(self.outline.row(i) for i in self.outline.selectedItems())
        if not rows:
            return
        keys = self.outline_keys()
        if (step < 0 and rows[0] == 0) or (step > 0 and rows[-1] == len(keys) - 1):
            return
        moving = [keys[r] for r in rows]
        self._remember_outline()
        for r in (rows if step < 0 else reversed(rows)):
            keys[r], keys[r + step] = keys[r + step], keys[r]
        self.definition.order = keys
        self.rebuild()
        for i in range(self.outline.count()):
            self.outline.item(i).setSelected(self.outline.item(i).data(KEY_ROLE) in moving)

    def remove_selected_blocks(self) -> None:
        keys = [item.data(KEY_ROLE) for item in self.outline.selectedItems()]
        self.remove_blocks(keys)

    def remove_blocks(self, keys: list[str]) -> None:
        if not keys:
            return
        self._remember_outline()
        self.definition.order = self.outline_keys()
        for key in keys:
            if key not in self.definition.removed:
                self.definition.removed.append(key)
        self.rebuild()

    def restore_blocks(self) -> None:
        self._remember_outline()
        self.definition.removed = []
        self.definition.order = []
        self.rebuild()

    # ================================================================================ saved packs

    def _fill_saved_packs(self) -> None:
        self.saved_combo.blockSignals(True)
        self.saved_combo.clear()
        self.saved_combo.addItem("(unsaved pack)", "")
        try:
            names = sorted(load_definitions(self.project))
        except Exception:  # noqa: BLE001 - a damaged table of packs should not stop the composer
            names = []
        for name in names:
            self.saved_combo.addItem(name, name)
        index = self.saved_combo.findData(self._current_name)
        self.saved_combo.setCurrentIndex(max(0, index))
        self.saved_combo.blockSignals(False)
        self.delete_button.setEnabled(bool(self._current_name))

    def saved_pack_names(self) -> list[str]:
        return [self.saved_combo.itemData(i) for i in range(1, self.saved_combo.count())]

    def save_pack(self, name: str) -> None:
        """Save the current definition in the project under ``name``."""
        self.definition.order = self.outline_keys() if self.definition.order else []
        save_definition(self.project, name, self.definition)
        self._current_name = " ".join(name.split())
        self._fill_saved_packs()
        self.status.setText(f"Pack “{self._current_name}” saved in the project.")

    def save_pack_dialog(self) -> None:
        default = self._current_name or self.definition.metadata.title or "Briefing pack"
        name, ok = QInputDialog.getText(self, "Save pack", "Name of the pack in this project:", text=default)
        if not ok or not name.strip():
            return
        if name.strip() in self.saved_pack_names() and name.strip() != self._current_name:
            answer = QMessageBox.question(self, "Save pack", f"Replace the saved pack “{name.strip()}”?")
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.save_pack(name)
        except (PackError, OSError, Exception) as exc:  # noqa: BLE001
            QMessageBox.warning(self, "Save pack", f"The pack could not be saved: {exc}")

    def load_pack(self, name: str) -> None:
        definitions = load_definitions(self.project)
        if name not in definitions:
            raise PackError(f"The project has no saved pack named {name!r}.")
        self.definition = definitions[name]
        self._current_name = name
        self._outline_history.clear()
        title = self.definition.metadata.title.strip()
        self._title_auto = title in ("", GENERIC_TITLE, self.default_title())
        self._follow_filters_in_title()
        self._definition_to_form()
        self._fill_saved_packs()
        self.rebuild()

    def _load_selected_pack(self, index: int) -> None:
        name = self.saved_combo.itemData(index)
        if not name:
            self._current_name = ""
            self.delete_button.setEnabled(False)
            return
        try:
            self.load_pack(name)
        except PackError as exc:
            QMessageBox.warning(self, "Load pack", str(exc))

    def _delete_selected_pack(self) -> None:
        name = self._current_name
        if not name:
            return
        answer = QMessageBox.question(self, "Delete pack", f"Delete the saved pack “{name}” from the project?")
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.project.store.delete_pack(name)
        self._current_name = ""
        self._fill_saved_packs()

    # ==================================================================================== project

    def _subscribe(self) -> None:
        ref = weakref.ref(self)

        def listener(sha256: str, op: dict) -> None:
            me = ref()
            if me is None:
                return
            try:
                me._project_changed(op)
            except RuntimeError:  # the widget was deleted by Qt
                pass

        self.project.subscribe(listener)

    def _project_changed(self, op: dict) -> None:
        """A correction (or re-extraction) happened: the pack follows the corrected data."""
        name = op.get("op")
        if name in ("reload", "set_section", "insert_section", "delete_section", "move_section", "batch",
                    "replace_table", "set_table"):
            self._fill_filter_lists()
            self._definition_to_form()
        self._rebuild_timer.start()

    # ==================================================================================== preview

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview.parentWidget() and not self._preview_images:
            self.refresh_preview()

    def _schedule_preview(self) -> None:
        if self.auto_preview.isChecked() and self.tabs.currentWidget() is self.preview.parentWidget():
            self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Export the pack as PDF on a worker thread and show its pages."""
        self._preview_timer.stop()
        if self.pack is None:
            return
        pdf = self.registry.exporters.get("pdf")
        if pdf is None or not hasattr(pdf, "render"):
            self.preview_status.setText("No PDF exporter: no preview.")
            return
        self._preview_generation += 1
        generation = self._preview_generation
        if self._preview_task is not None:
            self._preview_task.cancelled = True
        pack = self.pack
        options = self.options_for(pdf)

        def job(progress):
            data = pdf.render(pack, options, progress)
            return generation, _render_pdf_pages(data, PREVIEW_SCALE, PREVIEW_MAX_PAGES)

        task = self._start(job, self._preview_done, self._preview_failed)
        task.progressed.connect(lambda d, t, m: self.preview_status.setText(f"{m}…"))
        self._preview_task = task
        self.preview_status.setText("Preparing the preview…")

    def _preview_done(self, result) -> None:
        generation, images = result
        if generation != self._preview_generation:
            return  # a newer preview is on its way
        self._preview_images = images
        self.preview.clear()
        for i, image in enumerate(images, start=1):
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), f"Page {i}")
            self.preview.addItem(item)
        more = " (first pages)" if len(images) == PREVIEW_MAX_PAGES else ""
        self.preview_status.setText(f"{len(images)} pages{more}.")
        self.previewReady.emit(len(images))

    def _preview_failed(self, message: str) -> None:
        self.preview_status.setText(f"Preview failed: {message}")
        self.exportFailed.emit(message)

    def preview_images(self) -> list[QImage]:
        return list(self._preview_images)

    # ===================================================================================== export

    def _start(self, fn, on_success, on_failure) -> _Task:
        task = _Task(fn)
        task.succeeded.connect(on_success)
        task.failed.connect(on_failure)
        self._tasks.add(task)
        _RUNNING.add(task)
        ref = weakref.ref(self)

        def finished(t=task):
            _RUNNING.discard(t)
            me = ref()
            if me is not None:
                me._tasks.discard(t)
            t.deleteLater()

        task.finished.connect(finished)
        task.start()
        return task

    def export_to(self, path: str | os.PathLike, exporter_name: str | None = None) -> _Task:
        """Export the current pack to ``path`` on a worker thread (``exported`` or ``exportFailed``)."""
        self.rebuild()
        exporter = self.registry.get(exporter_name) if exporter_name else self.current_exporter()
        if exporter is None:
            raise ExportError("No exporter is available.")
        pack = self.pack
        if pack is None or pack.is_empty():
            raise ExportError("Nothing matches the filters: there is nothing to export.")
        options = self.options_for(exporter)
        target = str(path)

        def job(progress):
            exporter.export(pack, target, options, progress)
            return target

        task = self._start(job, self._export_done, self._export_failed)
        task.progressed.connect(self._export_progress)
        task.finished.connect(self._export_finished)
        self._export_task = task
        self.export_button.setText("Cancel export")
        self.export_button.setToolTip("Stop the export; nothing is written")
        self.status.setText(f"Exporting {Path(target).name}…")
        return task

    def _export_clicked(self) -> None:
        if self._export_task is not None:
            self.cancel_export()
        else:
            self.export_dialog()

    def cancel_export(self) -> None:
        """Stop the running export at its next progress step; the destination is left untouched."""
        if self._export_task is not None:
            self._export_task.cancelled = True
            self.status.setText("Cancelling the export…")

    def _export_finished(self) -> None:
        task = self._export_task
        self._export_task = None
        self.export_button.setText("Export…")
        self.export_button.setToolTip("")
        self.export_button.setEnabled(self.pack is not None and not self.pack.is_empty())
        if task is not None and task.cancelled:
            self.status.setText("Export cancelled; no file was written.")
            self.exportCancelled.emit()

    def _export_progress(self, done: int, total: int, message: str) -> None:
        self.status.setText(f"{message} ({done}/{total})" if total else message)

    def _export_done(self, target: str) -> None:
        self.status.setText(f"Exported {target}.")
        self.exported.emit(target)

    def _export_failed(self, message: str) -> None:
        self.status.setText(f"Export failed: {message}")
        self.exportFailed.emit(message)
        if self.isVisible():
            QMessageBox.warning(self, "Export", message)

    def export_dialog(self) -> None:
        exporter = self.current_exporter()
        if exporter is None or self.pack is None:
            return
        title = self.definition.metadata.title or "Briefing pack"
        safe = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title).strip() or "pack"
        folder = start_folder("export", Path(self.project.path).parent)  # never the hidden data folder
        start = str(folder / f"{' '.join(safe.split())}{exporter.extension}")
        path, _ = QFileDialog.getSaveFileName(
            self, "Export pack", start, f"{exporter.label} (*{exporter.extension});;All files (*)")
        if not path:
            return
        if not Path(path).suffix:
            path += exporter.extension
        remember_folder("export", path)
        try:
            self.export_to(path, exporter.name)
        except ExportError as exc:
            QMessageBox.warning(self, "Export", str(exc))

    def closeEvent(self, event) -> None:  # noqa: N802
        self.wait_for_tasks()
        super().closeEvent(event)

    def wait_for_tasks(self, msecs: int = 30000) -> None:
        for task in list(self._tasks):
            task.cancelled = True
            task.wait(msecs)


__all__ = ["PackComposer"]
