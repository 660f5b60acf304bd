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
from PySide6.QtGui import QImage, QKeySequence, QShortcut
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
    load_definitions,
    pages_label,
    save_definition,
)
from app.packs.selection import Filters
from exporters import ExportError, discover, resolve_options

from .i18n import translate_message
from .pack_details import COVER_OPTIONS, PackDetailsForm  # noqa: F401 - COVER_OPTIONS is part of this API
from .pack_export import PackExport
from .pack_filters import CODE_ROLE, KEY_ROLE, PackFiltersForm  # noqa: F401
from .pack_outline import PackOutlineView
from .pack_preview import PREVIEW_MAX_PAGES, PackPreview  # noqa: F401
from .pack_tasks import Task, TaskRunner
from .places import remember_folder, settings, start_folder

REBUILD_DELAY_MS = 250
#: The title a new pack starts with before any filter names a country, region or theme.
GENERIC_TITLE = "Briefing pack"


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
        self._runner = TaskRunner()
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

        self._build_ui()
        self.filters_form.fill_lists(self._datas(), self.definition.filters.documents)
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
        self.saved_combo.setToolTip(self.tr("Packs saved in this project; choose one to load it"))
        self.saved_combo.activated.connect(self._load_selected_pack)
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.save_button.setToolTip(self.tr("Save this pack definition in the project (Ctrl+S in the composer)"))
        self.save_button.clicked.connect(self.save_pack_dialog)
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
        for name, exporter in self.registry.exporters.items():
            self.exporter_combo.addItem(f"{exporter.label} ({exporter.extension})", name)
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
        self.tabs.addTab(self._scrolled(self.filters_form), self.tr("Filters"))
        self.tabs.addTab(self._scrolled(self.outline_view), self.tr("Outline"))
        self.tabs.addTab(self._scrolled(self.details), self.tr("Details"))
        self._preview_page = self._scrolled(self.preview_tab)
        self.tabs.addTab(self._preview_page, self.tr("Preview"))
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

    def _scrolled(self, page: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidget(page)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page.setMinimumHeight(0)
        return area

    @property
    def _option_widgets(self) -> dict[str, QWidget]:
        return self.details.option_widgets

    def _datas(self):
        return list(self.project.documents.values())

    # ============================================================================ definition form

    def set_filters(self, filters: Filters) -> None:
        """Show ``filters`` in the form and rebuild the pack."""
        self.definition.filters = Filters.from_json(filters.to_json())
        self._definition_to_form()
        self.rebuild()

    def clear_filters(self) -> None:
        self.set_filters(Filters(documents=list(self.definition.filters.documents)))

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
        self.definition.filters = self.filters_form.filters()
        if self._follow_filters_in_title():
            self.details.show_title(self.definition.metadata.title)
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

    def _metadata_changed(self, field: str, value: Any) -> None:
        m = self.definition.metadata
        if field == "title":
            if value != m.title:
                # a title of the user's stays; an emptied field follows the filters again
                self._title_auto = not value.strip()
                m.title = value
                self._follow_filters_in_title()
        elif field == "organisation":
            if m.organisation != value:
                m.organisation = value
                settings().setValue("pack/organisation", m.organisation.strip())  # the next pack starts with it
        else:
            setattr(m, field, value)
        self._rebuild_timer.start()

    def set_logo(self, path: str | None) -> bool:
        try:
            self.definition.metadata.set_logo(path)
        except PackError as exc:
            QMessageBox.warning(self, self.tr("Logo"), translate_message(exc))
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
            self.definition.exporter = exporter.name
        self._build_option_form()

    def _build_option_form(self) -> None:
        exporter = self.current_exporter()
        self.details.show_options(exporter, self.definition.options.get(exporter.name) if exporter else None)

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
        n_tables = sum(1 for _ in self.pack.tables())
        n_sections = sum(1 for b in self.pack.blocks if b.kind == "heading")
        removed = len([k for k in self.definition.removed if k in self.pack.available])
        parts = [PackComposer.tr("%n section(s)", "", n_sections), PackComposer.tr("%n table(s)", "", n_tables)]
        if removed:
            parts.append(PackComposer.tr("%n removed", "", removed))
        self.status.setText(self.tr("{selection}: {parts}.").format(selection=self.pack.selection_label,
                                                                     parts=", ".join(parts)))
        self._show_sources()
        if not self.export.running:
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

    def _remember_outline(self) -> None:
        self._outline_history.append((list(self.definition.order), list(self.definition.removed)))
        del self._outline_history[:-50]

    def undo_outline(self) -> None:
        if not self._outline_history:
            return
        self.definition.order, self.definition.removed = self._outline_history.pop()
        self.rebuild()

    def _outline_moved(self) -> None:
        self._remember_outline()
        self.definition.order = self.outline_keys()
        # rebuild after the drop has finished
        QTimer.singleShot(0, self.rebuild)

    def move_selected(self, step: int) -> None:
        rows = self.outline_view.selected_rows()
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
        self.outline_view.select_keys(moving)

    def remove_selected_blocks(self) -> None:
        self.remove_blocks(self.outline_view.selected_keys())

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
        self.delete_button.setEnabled(bool(self._current_name))

    def saved_pack_names(self) -> list[str]:
        return [self.saved_combo.itemData(i) for i in range(1, self.saved_combo.count())]

    def save_pack(self, name: str) -> None:
        """Save the current definition in the project under ``name``."""
        self.definition.order = self.outline_keys() if self.definition.order else []
        save_definition(self.project, name, self.definition)
        self._current_name = " ".join(name.split())
        self._fill_saved_packs()
        self.status.setText(self.tr("Pack “{name}” saved in the project.").format(name=self._current_name))

    def save_pack_dialog(self) -> None:
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
        safe = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title).strip() or "pack"
        folder = start_folder("export", Path(self.project.path).parent)  # never the hidden data folder
        start = str(folder / f"{' '.join(safe.split())}{exporter.extension}")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export pack"), start,
            f"{exporter.label} (*{exporter.extension});;" + self.tr("All files ({patterns})").format(patterns="*"))
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
