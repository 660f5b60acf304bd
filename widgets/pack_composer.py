"""The pack composer: filters, a live outline of the pack, metadata, preview and export.

``PackComposer(project)`` works on a :class:`app.project.project.Project`. Everything it builds goes through
the Qt-free core (:mod:`app.packs.selection`, :mod:`app.packs.pack`, :mod:`exporters`); the widget only edits a
:class:`~app.packs.pack.PackDefinition` and shows the :class:`~app.packs.pack.Pack` it gives. Exports and the PDF
preview run on a worker thread; the GUI thread only builds the (small) pack model.

The composer puts together the tabs, each a widget of its own: :class:`widgets.pack_filters.PackFiltersForm`,
:class:`widgets.pack_outline.PackOutlineView`, :class:`widgets.pack_details.PackDetailsForm` and
:class:`widgets.pack_preview.PackPreview`; exports run through :class:`widgets.pack_export.PackExport`. The
composer owns the definition: the forms report the user's changes and it makes them.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import weakref
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.document.messages import N_, Message
from app.packs.pack import (
    Pack,
    PackDefinition,
    PackError,
    build_pack,
    default_title,
    file_name,
    load_definitions,
    pages_label,
    save_definition,
)
from app.packs import pack_edit
from app.packs.pack_i18n import LANGUAGES
from app.packs.pack_edit import PackEdit, PackHistory
from app.packs.selection import Filters
from app.project.store import ProjectError
from exporters import ExportError, discover, resolve_options

from .i18n import current as current_language
from .i18n import exporter_word, item_name, translate_label, translate_message
from .pack_details import PackDetailsForm
from .pack_export import PackExport, StatusLine
from .pack_filters import PackFiltersForm
from .pack_outline import PackOutlineView
from .pack_preview import PackPreview
from .pack_tasks import Task, TaskRunner
from .places import remember_folder, settings, start_folder

REBUILD_DELAY_MS = 250
#: The title a new pack starts with before any filter names a country, region or theme.
GENERIC_TITLE = "Briefing pack"


class PackEditCommand(QUndoCommand):
    """One pack edit on the composer's QUndoStack; :class:`app.packs.pack_edit.PackHistory` does the
    work. Like the corrections' commands, it does nothing on its first ``redo`` (the edit is made)."""

    def __init__(self, composer: "PackComposer", text: str) -> None:
        super().__init__(text)
        self._composer = weakref.ref(composer)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._step("redo")

    def undo(self) -> None:
        self._step("undo")

    def _step(self, kind: str) -> None:
        composer = self._composer()
        if composer is not None:
            composer._history_step(kind)


def narrow_combo(combo: QComboBox) -> QComboBox:
    """A combo box whose minimum width does not follow its items (a long pack name, a longer
    translation): it takes the room the panel gives it and shows the rest when opened."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


class PackComposer(QWidget):
    """Compose, preview, save and export briefing packs of a project.

    Every change of the pack definition is a :class:`~app.packs.pack_edit.PackEdit`, kept in the project
    as it is made and undone and redone on :attr:`undo_stack` (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y). In the
    main window the window's Undo and Redo act on it while the composer has the focus; on its own
    (``own_shortcuts``) the composer has its own shortcuts.
    """

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

    def __init__(self, project, parent: QWidget | None = None, *, own_shortcuts: bool = True) -> None:
        super().__init__(parent)
        self.project = project
        default = PackDefinition()
        default.metadata.organisation = str(settings().value("pack/organisation", "") or "")
        # a new pack speaks the user's language; a kept one keeps its own
        default.metadata.language = current_language()
        #: the working definition and its edits, as the project last kept them
        self.history = PackHistory.open(project.store, default)
        self.undo_stack = QUndoStack(self)
        self._syncing = False
        self.pack: Pack | None = None
        #: the window's problems of a document (sha256 -> list, None while being checked): the status
        #: reads them instead of checking the pack's tables again on every rebuild
        self.problems_of = None
        self.registry = discover()
        self._runner = TaskRunner()
        #: the title follows the filters ("Somalia: briefing pack") until the user types one
        self._title_auto = self._title_follows()
        self._logo_files: dict[str, str] = {}

        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(REBUILD_DELAY_MS)
        self._rebuild_timer.timeout.connect(self.rebuild)

        self._build_ui()
        self.filters_form.fill_lists(self._datas(), self.definition.filters.documents)
        self._fill_saved_packs()
        self._follow_filters_in_title()
        self._definition_to_form()
        self.rebuild()
        self._rebuild_undo_stack()
        self._undo_actions(own_shortcuts)
        self._subscribe()

    @property
    def definition(self) -> PackDefinition:
        return self.history.definition

    @property
    def _current_name(self) -> str:
        return self.history.name

    # ================================================================================== interface

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        # saved packs
        packs_row = QHBoxLayout()
        self.saved_combo = QComboBox(self)
        narrow_combo(self.saved_combo)
        self.saved_combo.setToolTip(self.tr("Packs saved in this project; choose one to load it"))
        self.saved_combo.activated.connect(self._load_selected_pack)
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.save_button.setToolTip(self.tr("Save this pack definition in the project (Ctrl+S in the composer)"))
        self.save_button.clicked.connect(self.save_pack_dialog)
        # a read-only project keeps no pack (one can still be composed and exported)
        self.save_button.setEnabled(not self.read_only)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self._delete_selected_pack)
        packs_row.addWidget(QLabel(self.tr("Pack:"), self))
        packs_row.addWidget(self.saved_combo, 1)
        packs_row.addWidget(self.save_button)
        packs_row.addWidget(self.delete_button)
        layout.addLayout(packs_row)

        # exporter + export
        export_row = QHBoxLayout()
        self.exporter_combo = QComboBox(self)
        narrow_combo(self.exporter_combo)
        for name, exporter in self.registry.exporters.items():
            self.exporter_combo.addItem(f"{exporter_word(exporter.label)} ({exporter.extension})", name)
        # connected once filled: the definition's exporter is shown, not the first one listed
        self.exporter_combo.currentIndexChanged.connect(self._exporter_changed)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._export_clicked)
        export_row.addWidget(QLabel(self.tr("Format:"), self))
        export_row.addWidget(self.exporter_combo, 1)
        export_row.addWidget(self.export_button)
        layout.addLayout(export_row)

        self.broken_label = QLabel(self)
        self.broken_label.setWordWrap(True)
        self.broken_label.setStyleSheet("color: #8a5a00;")
        if self.registry.broken:
            names = ", ".join(name for name, _ in self.registry.broken)
            self.broken_label.setText(self.tr("Skipped broken exporter plug-ins: {names} (hover for details).").format(
                names=names))
            self.broken_label.setToolTip("\n".join(f"{n}: {r}" for n, r in self.registry.broken))
        else:
            self.broken_label.hide()
        layout.addWidget(self.broken_label)

        self.filters_form = PackFiltersForm(self)
        self.filters_form.edited.connect(self._filters_changed)
        self.filters_form.clearRequested.connect(self.clear_filters)
        self.outline_view = PackOutlineView(self)
        self.outline_view.moveRequested.connect(self.move_selected)
        self.outline_view.removeRequested.connect(self.remove_selected_blocks)
        self.outline_view.undoRequested.connect(self.undo_outline)
        self.outline_view.restoreRequested.connect(self.restore_blocks)
        self.outline_view.reordered.connect(self._outline_moved)
        self.details = PackDetailsForm(self)
        self.details.fieldEdited.connect(self._metadata_changed)
        self.details.logoChosen.connect(lambda path: self.set_logo(path or None))
        self.details.optionEdited.connect(self._set_option)
        self.preview_tab = PackPreview(self._runner, lambda: self.pack, self.registry, self.options_for, self)
        self.preview_tab.ready.connect(self.previewReady)
        self.preview_tab.failed.connect(self.exportFailed)

        # Each tab scrolls when the panel is short: the composer shares the right-hand column with
        # the problems list on a 1366×768 screen and must not make the window taller than the screen.
        self.tabs = QTabWidget(self)
        # the filters scroll rather than squeeze: squeezed, the country list was clipped to one row
        self.tabs.addTab(self._scrolled(self.filters_form, squeeze=False), self.tr("Filters"))
        self.tabs.addTab(self._scrolled(self.outline_view), self.tr("Outline"))
        self.tabs.addTab(self._scrolled(self.details), self.tr("Details"))
        self._preview_page = self._scrolled(self.preview_tab)
        self.tabs.addTab(self._preview_page, self.tr("Preview"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)

        self.status = StatusLine(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        #: the documents the pack draws on (a project may hold several)
        self.sources_label = QLabel(self)
        self.sources_label.setWordWrap(True)
        self.sources_label.setStyleSheet("color: #555555;")
        layout.addWidget(self.sources_label)

        self.export = PackExport(self._runner, self.export_button, self.status, self)
        self.export.exported.connect(self.exported)
        self.export.failed.connect(self.exportFailed)
        self.export.cancelled.connect(self.exportCancelled)
        self.export.ended.connect(
            lambda: self.export_button.setEnabled(self.pack is not None and not self.pack.is_empty()))

        # the forms' widgets, by the names callers know them by
        for name in ("keyword_edit", "country_search", "country_list", "region_list", "theme_list",
                     "document_list", "section_tree", "columns_edit", "include_text", "include_tables"):
            setattr(self, name, getattr(self.filters_form, name))
        for name in ("title_edit", "audience_edit", "date_edit", "prepared_edit", "subject_edit",
                     "organisation_edit", "notes_edit", "logo_label", "language_combo", "options_form"):
            setattr(self, name, getattr(self.details, name))
        self.outline = self.outline_view.outline
        self.pack_notes = self.outline_view.pack_notes
        self.preview = self.preview_tab.preview
        self.preview_status = self.preview_tab.preview_status
        self.auto_preview = self.preview_tab.auto_preview

        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_pack_dialog)

    def lacking_height(self) -> int:
        """How many more pixels the open tab's page needs to be shown whole at its least size (its
        lists at four rows): 0 when it fits."""
        area = self.tabs.currentWidget()
        if not isinstance(area, QScrollArea) or area.widget() is not self.filters_form:
            return 0
        layout = self.filters_form.layout()
        return max(0, layout.minimumSize().height() - area.viewport().height())

    def _scrolled(self, page: QWidget, squeeze: bool = True) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidget(page)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if squeeze:
            page.setMinimumHeight(0)
        return area

    @property
    def _option_widgets(self) -> dict[str, QWidget]:
        return self.details.option_widgets

    def _datas(self):
        return list(self.project.documents.values())

    # ============================================================================ definition form

    def set_filters(self, filters: Filters, label: str = "") -> None:
        """Choose ``filters`` (one undoable edit), show them in the form and rebuild the pack."""
        self._edit(pack_edit.set_filters(self.definition, filters, label=label))
        self._definition_to_form()
        self.rebuild()

    def clear_filters(self) -> None:
        self.set_filters(Filters(documents=list(self.definition.filters.documents)), "Clear filters")

    def _definition_to_form(self) -> None:
        self.filters_form.show_filters(self.definition.filters)
        self.details.show_metadata(self.definition.metadata)
        index = self.exporter_combo.findData(self.definition.exporter)
        if index >= 0:
            self.exporter_combo.blockSignals(True)
            self.exporter_combo.setCurrentIndex(index)
            self.exporter_combo.blockSignals(False)
        self._build_option_form()

    def _filters_changed(self) -> None:
        filters = self.filters_form.filters()
        title = self._auto_title(filters)
        if self._edit(pack_edit.set_filters(self.definition, filters, title=title)):
            if title is not None and self.title_edit.text():  # an emptied field keeps showing the placeholder
                self.details.show_title(title)
        else:
            self.filters_form.show_filters(self.definition.filters)
        self._rebuild_timer.start()

    def default_title(self, lang: str | None = None) -> str:
        """The title the command line gives the same selection ("Somalia: briefing pack"), in the
        pack's language."""
        return default_title(self.definition.filters, self._datas(), lang or self.definition.metadata.language)

    def _title_follows(self) -> bool:
        """Whether the title is one the pack gave itself (it then follows the filters and the pack's
        language). A title made in another pack language is the pack's own too."""
        title = self.definition.metadata.title.strip()
        return title in ("", GENERIC_TITLE) or any(title == self.default_title(lang) for lang in LANGUAGES)

    def _auto_title(self, filters: Filters) -> str | None:
        """The title of the selection ``filters`` while the user has not typed one (None otherwise, or
        when it is the title already); it is shown as the title field's placeholder too."""
        if not self._title_auto:
            return None
        title = default_title(filters, self._datas(), self.definition.metadata.language)
        self.title_edit.setPlaceholderText(title)
        return None if title == self.definition.metadata.title else title

    def _follow_filters_in_title(self) -> None:
        """A new composer: the pack takes the title of its selection (not an edit of the user's)."""
        title = self._auto_title(self.definition.filters)
        if title is not None:
            self.definition.metadata.title = title

    def _metadata_changed(self, field: str, value: Any) -> None:
        m = self.definition.metadata
        if field == "title":
            if value == m.title:
                return
            # a title of the user's stays; an emptied field follows the filters again
            self._title_auto = not value.strip()
            if self._title_auto:
                value = self.default_title()
                self.title_edit.setPlaceholderText(value)
        elif field == "organisation" and m.organisation != value:
            settings().setValue("pack/organisation", value.strip())  # the next pack starts with it
        extra = {}
        if field == "language" and self._title_auto and m.title.strip():
            # a title the pack gave itself speaks the pack's language (one step with the change)
            extra["metadata.title"] = self.default_title(value)
        if self._edit(pack_edit.set_field(self.definition, field, value, extra=extra)):
            if extra:
                self.details.show_title(m.title)
                self.title_edit.setPlaceholderText(m.title)
        elif getattr(m, field) != value:
            self.details.show_metadata(m)
        self._rebuild_timer.start()

    def set_logo(self, path: str | None) -> bool:
        try:
            edit = pack_edit.set_logo(self.definition, path)
        except PackError as exc:
            QMessageBox.warning(self, self.tr("Logo"), translate_message(exc))
            return False
        if edit is not None and not self._edit(edit):
            return False
        self.logo_label.setText(self.definition.metadata.logo_name or self.tr("No logo"))
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
        if exporter is not None:
            self._edit(pack_edit.set_exporter(self.definition, exporter.name))
        self._build_option_form()

    def _build_option_form(self) -> None:
        exporter = self.current_exporter()
        self.details.show_options(exporter, self.definition.options.get(exporter.name) if exporter else None)

    def _set_option(self, name: str, value: Any) -> None:
        exporter = self.current_exporter()
        if exporter is None:
            return
        if not self._edit(pack_edit.set_option(self.definition, exporter.name, name, value, typing=True)):
            return
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
            self.status.setText(self.tr("The pack cannot be built: {reason}").format(reason=translate_message(exc)))
            return
        self.outline_view.show_pack(self.pack)
        self.show_status()
        self._show_sources()
        if not self.export.running:
            self.export_button.setEnabled(not self.pack.is_empty() and self.exporter_combo.count() > 0)
        self.packChanged.emit()
        self._schedule_preview()

    def show_status(self) -> None:
        """What the pack holds, and the tables in it a donor's figures need checked in."""
        if self.pack is None:
            return
        n_tables = sum(1 for _ in self.pack.tables())
        n_sections = sum(1 for b in self.pack.blocks if b.kind == "heading")
        removed = len([k for k in self.definition.removed if k in self.pack.available])
        parts = [PackComposer.tr("%n section(s)", "", n_sections), PackComposer.tr("%n table(s)", "", n_tables)]
        if removed:
            parts.append(PackComposer.tr("%n removed", "", removed))
        status = self.tr("{selection}: {parts}.").format(selection=self.pack.selection_label, parts=", ".join(parts))
        datas = self._datas()
        to_check = self.pack.tables_to_check(datas)
        if to_check:
            # figures that reach donors: say which tables nobody has compared with the page yet
            status += " " + PackComposer.tr(
                "⚠ %n table(s) may be off and not checked yet: {tables} (Tables list, Ctrl+K once checked).",
                "", len(to_check)).format(tables=self._table_names(datas, to_check))
        unsummed = self.pack.sums_to_check(datas, self.problems_of)
        if unsummed:
            status += " " + PackComposer.tr(
                "⚠ Figures do not add up to their printed totals in %n table(s): {tables} (Problems list).",
                "", len(unsummed)).format(tables=self._table_names(datas, unsummed))
        self.status.setText(status)

    @staticmethod
    def _table_names(datas, tables: list[tuple[str, str]], most: int = 6) -> str:
        """Tables named by their titles, the first ``most`` of them."""
        by_sha = {d.document.sha256: d for d in datas}
        names = [item_name(by_sha.get(sha), table_id) for sha, table_id in tables[:most]]
        return ", ".join(names) + (" …" if len(tables) > most else "")

    def drawn_on(self) -> list[tuple[str, list[int]]]:
        """The documents the pack's content comes from, with their pages, in the pack's order."""
        found: dict[str, tuple[str, set[int]]] = {}
        for block in self.pack.blocks if self.pack is not None else []:
            if block.kind in ("heading", "text", "table", "document") and block.source is not None:
                name, pages = found.setdefault(block.source.sha256, (block.source.document, set()))
                pages.update(block.source.pages)
        return [(name, sorted(pages)) for name, pages in found.values()]

    def _show_sources(self) -> None:
        sources = self.drawn_on()
        parts = [f"{name} ({pages_label(pages)})" if pages else name for name, pages in sources]
        n = len(self._datas())
        if not parts:
            self.sources_label.setText("")
        elif n > 1:
            self.sources_label.setText(PackComposer.tr("Draws on {count} of the project's %n documents: {sources}", "",
                                                       n).format(count=len(parts), sources="; ".join(parts)))
        else:
            self.sources_label.setText(self.tr("Draws on: {sources}").format(sources="; ".join(parts)))

    def outline_keys(self) -> list[str]:
        return self.outline_view.keys()

    def undo_outline(self) -> None:
        """Undo the last change when it was a reorder or removal in the outline."""
        top = self.history.undo_stack[-1] if self.history.undo_stack else None
        if top is not None and top.kind == "outline":
            self.undo_stack.undo()

    def _outline_moved(self) -> None:
        self._edit(pack_edit.reorder_blocks(self.definition, self.outline_keys()))
        # rebuild after the drop has finished
        QTimer.singleShot(0, self.rebuild)

    def move_selected(self, step: int) -> None:
        moving = self.outline_view.selected_keys()
        if self._edit(pack_edit.move_blocks(self.definition, self.outline_keys(), moving, step)):
            self.rebuild()
            self.outline_view.select_keys(moving)

    def remove_selected_blocks(self) -> None:
        self.remove_blocks(self.outline_view.selected_keys())

    def remove_blocks(self, keys: list[str]) -> None:
        if keys and self._edit(pack_edit.remove_blocks(self.definition, self.outline_keys(), keys)):
            self.rebuild()

    def restore_blocks(self) -> None:
        if self._edit(pack_edit.restore_blocks(self.definition)):
            self.rebuild()

    # ================================================================================ undo and redo

    def _edit(self, edit: PackEdit | None) -> bool:
        """Make one edit of the definition: kept in the project, then one step on the undo stack (or
        the last step grown, while typing on in one field). False when there was nothing to do or
        the project could not keep it (the user is told; nothing changed)."""
        if edit is None or self._syncing:
            return False
        try:
            merged = self.history.do(edit)
        except ProjectError as exc:  # disk full, file gone: the sentence says which
            QMessageBox.warning(self, self.tr("The change could not be saved"),
                                self.tr("{reason} Nothing was changed.").format(reason=translate_message(exc)))
            return False
        if merged:
            top = self.undo_stack.command(self.undo_stack.index() - 1)
            if top is not None:
                top.setText(translate_label(edit.label))
        else:
            self.undo_stack.push(PackEditCommand(self, translate_label(edit.label)))
        return True

    def _history_step(self, kind: str) -> None:
        if self._syncing:
            return
        try:
            edit = self.history.undo() if kind == "undo" else self.history.redo()
        except ProjectError as exc:
            QMessageBox.warning(self, self.tr("The change could not be saved"),
                                self.tr("{reason} Nothing was changed.").format(reason=translate_message(exc)))
            edit = None
        if edit is None:  # the stacks disagree: show the project's
            QTimer.singleShot(0, self._rebuild_undo_stack)
            return
        self._title_auto = self._title_follows()
        self._definition_to_form()
        if "name" in edit.after:
            self._fill_saved_packs()
        self.rebuild()

    def _rebuild_undo_stack(self) -> None:
        """Make the QUndoStack mirror the history's undo and redo stacks."""
        self._syncing = True
        try:
            self.undo_stack.clear()
            undo, redo = list(self.history.undo_stack), list(self.history.redo_stack)
            for edit in undo + list(reversed(redo)):
                self.undo_stack.push(PackEditCommand(self, translate_label(edit.label)))
            self.undo_stack.setIndex(len(undo))
        finally:
            self._syncing = False

    def _undo_actions(self, own_shortcuts: bool) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if own_shortcuts:  # in the main window, the window's Undo and Redo act on this stack
                self.addAction(action)
        self.undo_stack.indexChanged.connect(self._update_outline_undo)
        self._update_outline_undo()

    def _update_outline_undo(self, *args) -> None:
        top = self.history.undo_stack[-1] if self.history.undo_stack else None
        self.outline_view.buttons["undo"].setEnabled(top is not None and top.kind == "outline")

    # ================================================================================ saved packs

    def _fill_saved_packs(self) -> None:
        self.saved_combo.blockSignals(True)
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("(unsaved pack)"), "")
        try:
            names = sorted(load_definitions(self.project))
        except Exception:  # noqa: BLE001 - a damaged table of packs should not stop the composer
            names = []
        for name in names:
            self.saved_combo.addItem(name, name)
        index = self.saved_combo.findData(self._current_name)
        self.saved_combo.setCurrentIndex(max(0, index))
        self.saved_combo.blockSignals(False)
        self.delete_button.setEnabled(bool(self._current_name) and not self.read_only)

    def saved_pack_names(self) -> list[str]:
        return [self.saved_combo.itemData(i) for i in range(1, self.saved_combo.count())]

    def save_pack(self, name: str) -> None:
        """Save the current definition in the project under ``name``."""
        saved = self.definition.copy()
        saved.order = self.outline_keys() if saved.order else []
        save_definition(self.project, name, saved)
        self.history.set_name(" ".join(name.split()))
        self._fill_saved_packs()
        self.status.setText(self.tr("Pack “{name}” saved in the project.").format(name=self._current_name))

    @property
    def read_only(self) -> bool:
        return bool(getattr(self.project, "read_only", False))

    def save_pack_dialog(self) -> None:
        if self.read_only:
            return
        default = self._current_name or self.definition.metadata.title or self.tr("Briefing pack")
        name, ok = QInputDialog.getText(self, self.tr("Save pack"), self.tr("Name of the pack in this project:"),
                                        text=default)
        if not ok or not name.strip():
            return
        if name.strip() in self.saved_pack_names() and name.strip() != self._current_name:
            answer = QMessageBox.question(self, self.tr("Save pack"),
                                          self.tr("Replace the saved pack “{name}”?").format(name=name.strip()))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.save_pack(name)
        except (PackError, OSError, Exception) as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Save pack"),
                                self.tr("The pack could not be saved: {reason}").format(reason=translate_message(exc)))

    def load_pack(self, name: str) -> None:
        definitions = load_definitions(self.project)
        if name not in definitions:
            raise PackError(Message.of(N_("PackComposer", "The project has no saved pack named “{name}”."), name=name))
        self._edit(pack_edit.load_saved(self.definition, self.history.name, definitions[name], name))
        self._title_auto = self._title_follows()
        self._definition_to_form()
        self._fill_saved_packs()
        self.rebuild()

    def _load_selected_pack(self, index: int) -> None:
        name = self.saved_combo.itemData(index)
        if not name:
            self._set_name("")
            self.delete_button.setEnabled(False)
            return
        try:
            self.load_pack(name)
        except PackError as exc:
            QMessageBox.warning(self, self.tr("Load pack"), translate_message(exc))

    def _delete_selected_pack(self) -> None:
        name = self._current_name
        if not name:
            return
        answer = QMessageBox.question(self, self.tr("Delete pack"),
                                      self.tr("Delete the saved pack “{name}” from the project?").format(name=name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.project.store.delete_pack(name)
        self._set_name("")
        self._fill_saved_packs()

    def _set_name(self, name: str) -> None:
        try:
            self.history.set_name(name)
        except ProjectError as exc:
            QMessageBox.warning(self, self.tr("The change could not be saved"),
                                self.tr("{reason} Nothing was changed.").format(reason=translate_message(exc)))

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
            self.filters_form.fill_lists(self._datas(), self.definition.filters.documents)
            self._definition_to_form()
        self._rebuild_timer.start()

    # ==================================================================================== preview

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self._preview_page and not self.preview_tab.images:
            self.refresh_preview()

    def _preview_on_screen(self) -> bool:
        return self.tabs.currentWidget() is self._preview_page

    def _schedule_preview(self) -> None:
        self.preview_tab.schedule(self._preview_on_screen())

    def refresh_preview(self) -> None:
        """Export the pack as PDF on a worker thread and show its pages."""
        self.preview_tab.refresh()

    def preview_images(self) -> list[QImage]:
        return list(self.preview_tab.images)

    # ===================================================================================== export

    def export_to(self, path: str | os.PathLike, exporter_name: str | None = None) -> Task:
        """Export the current pack to ``path`` on a worker thread (``exported`` or ``exportFailed``)."""
        self.rebuild()
        exporter = self.registry.get(exporter_name) if exporter_name else self.current_exporter()
        if exporter is None:
            raise ExportError(Message.of(N_("PackComposer", "No exporter is available.")))
        pack = self.pack
        if pack is None or pack.is_empty():
            raise ExportError(Message.of(N_("PackComposer", "Nothing matches the filters: there is nothing to export.")))
        return self.export.start(pack, exporter, self.options_for(exporter), path)

    def _export_clicked(self) -> None:
        if self.export.running:
            self.cancel_export()
        else:
            self.export_dialog()

    def cancel_export(self) -> None:
        """Stop the running export at its next progress step; the destination is left untouched."""
        self.export.cancel()

    def export_dialog(self) -> None:
        exporter = self.current_exporter()
        if exporter is None or self.pack is None:
            return
        title = self.definition.metadata.title or "Briefing pack"
        folder = start_folder("export", Path(self.project.path).parent)  # never the hidden data folder
        start = str(folder / file_name(title, exporter.extension))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export pack"), start,
            f"{exporter_word(exporter.label)} (*{exporter.extension});;" + self.tr("All files ({patterns})").format(patterns="*"))
        if not path:
            return
        if not Path(path).suffix:
            path += exporter.extension
        remember_folder("export", path)
        try:
            self.export_to(path, exporter.name)
        except ExportError as exc:
            QMessageBox.warning(self, self.tr("Export"), translate_message(exc))

    def closeEvent(self, event) -> None:  # noqa: N802
        self.wait_for_tasks()
        super().closeEvent(event)

    def wait_for_tasks(self, msecs: int = 30000) -> None:
        self._runner.wait(msecs)


__all__ = ["PackComposer"]
