"""The main window: the correction workbench.

Page view in the middle; around it dockable panels: sections (tree, text, tags), page thumbnails and
the project's documents on the left; the table editor, the problems list, the tables list and the undo
history on the right. Every correction goes through :class:`widgets.workbench.Workbench` and is saved
in the project file as it is made.

The window is the composition root: it makes the panels, the actions and menus, and four controllers
that do the work, each readable on its own:

* :class:`widgets.project_lifecycle.ProjectLifecycle`: new, open, add PDF, save a copy, close, recent files;
* :class:`widgets.extraction_jobs.ExtractionJobs`: the extraction's progress, tables from drawn areas, guides;
* :class:`widgets.page_coordinator.PageCoordinator`: the page view, thumbnails and overlays in step;
* :class:`widgets.window_layout.DockLayout` and :class:`widgets.pack_dock.PackDock`: the docks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QDragEnterEvent, QDropEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (  # QFileDialog, QInputDialog: callers reach the dialogs through this module
    QApplication,
    QDialog,
    QFileDialog,  # noqa: F401
    QInputDialog,  # noqa: F401
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QUndoView,
    QVBoxLayout,
)

from app import __version__

from . import i18n
from .actions import LocalKeysFirst, add_action
from .extraction_jobs import ExtractionJobs
from .find_dialog import FindReplaceDialog, RepairDialog
from .guide import GuideDialog
from .pack_composer import PackComposer
from .no_document import NoDocumentHints
from .pack_dock import PackDock
from .page_coordinator import PageCoordinator
from .page_view import PageView
from .panels import DocumentList, ProblemsPanel, TablesPanel
from .places import settings
from .project_file import ProjectBanner, ask_when_locked
from .project_lifecycle import ProjectLifecycle, RecentFiles, ask_open_pdf
from .last_view import LastView
from .read_only import ReadOnlyGuard
from .section_tree import SectionPanel
from .start_page import StartPage
from .table_editor import TableEditor
from .thumbnails import ThumbnailView
from .window_layout import FIT_HEIGHT, DockLayout, fit_to_screen, make_dock  # noqa: F401 - FIT_HEIGHT: the window's limit
from .workbench import Workbench

APP_NAME = "Briefing Builder"


class MainWindow(QMainWindow):
    def __init__(self, restore_session: bool = False) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        self.resize(1366, 768)
        fit_to_screen(self)  # a 1366×768 screen also has a title bar and a task bar
        self.bench = Workbench(self)
        self.last_error: tuple[str, str] | None = None

        self.page_view = PageView(self.bench.renders, self)
        self.setCentralWidget(self.page_view)

        # ---- docks ------------------------------------------------------------------------------
        self.document_list = DocumentList(self.bench, self)
        self.thumbnails = ThumbnailView(self.bench.renders, self)
        self.section_panel = SectionPanel(self.bench, self)
        self.tables_panel = TablesPanel(self.bench, self)
        self.table_editor = TableEditor(self.bench, self)
        self.problems_panel = ProblemsPanel(self.bench, self)
        # going down the list of doubtful tables, Ctrl+K marks the selected one checked from the list too
        self.tables_panel.view.addAction(self.table_editor.checked_action)
        self.undo_view = QUndoView(self.bench.undo_stack, self)
        self.undo_view.setEmptyLabel(self.tr("Opened"))

        self.documents_dock = make_dock(self, self.tr("Documents"), "documents-dock", self.document_list)
        self.pages_dock = make_dock(self, self.tr("Pages"), "pages-dock", self.thumbnails)
        self.sections_dock = make_dock(self, self.tr("Sections"), "sections-dock", self.section_panel)
        self.tables_dock = make_dock(self, self.tr("Tables"), "tables-dock", self.tables_panel)
        self.editor_dock = make_dock(self, self.tr("Table Editor"), "table-editor-dock", self.table_editor)
        self.problems_dock = make_dock(self, self.tr("Problems"), "problems-dock", self.problems_panel)
        self.history_dock = make_dock(self, self.tr("History"), "history-dock", self.undo_view)
        # with no document, the panels that show one are greyed out and say what they are for
        self.no_document = hints = NoDocumentHints(self.bench, self)
        hints.add(self.section_panel, self.tr("Its sections will be listed here."), self.section_panel.tree)
        hints.add(self.thumbnails, self.tr("Its pages will be shown here."), self.thumbnails)
        hints.add(self.tables_panel, self.tr("Its tables will be listed here."), self.tables_panel.view)
        hints.add(self.problems_panel, self.tr("Suspicious values in its tables will be listed here."),
                  self.problems_panel.view)
        hints.add(self.table_editor, self.tr("A table chosen on its pages is corrected here."),
                  show=self.table_editor.show_hint, grey=False)
        self.packs = PackDock(self, self.bench, lambda: self.ensure_layout_fits())
        self.pack_dock = self.packs.dock
        self.dock_layout = DockLayout(self, [self.sections_dock, self.pages_dock, self.documents_dock], self.editor_dock,
                                  [self.problems_dock, self.tables_dock, self.history_dock], self.pack_dock)
        self._shown_once = False
        self.dock_layout.default_layout()

        # ---- controllers ------------------------------------------------------------------------
        self.recent = RecentFiles(self, lambda entry: self.open_path(entry))
        self.recent_menu = self.recent.menu
        # the questions are looked up on the window when asked, so a caller (or a test) can answer them
        self.projects = ProjectLifecycle(self, self.bench, self.recent, self._show_error,
                                         ask_open_pdf=lambda name: self._ask_open_pdf(name),
                                         ask_when_locked=lambda *args: ask_when_locked(*args))
        self.jobs = ExtractionJobs(self, self.bench, self.page_view, self.table_editor, self._show_error,
                                   exec_menu=lambda menu, pos: self._exec_menu(menu, pos))
        self.pages = PageCoordinator(self, self.bench, self.page_view, self.thumbnails, self.section_panel,
                                     self.jobs, self.editor_dock, self.sections_dock,
                                     self.projects.open_render_document)

        # ---- status bar -------------------------------------------------------------------------
        self.page_spin = self.pages.page_spin
        self.page_count_label = self.pages.page_count_label
        self.zoom_label = self.pages.zoom_label
        self.progress = self.jobs.progress
        self.cancel_button = self.jobs.cancel_button
        self.saved_label = QLabel("", self)
        self.saved_label.setToolTip(self.tr("Every change is saved in the project file as soon as it is made"))
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

        # ---- wiring -----------------------------------------------------------------------------
        self.page_view.pageChanged.connect(self._page_changed)
        self.page_view.drawModeChanged.connect(lambda on: self.draw_action.setChecked(on))
        self.problems_panel.problemActivated.connect(self.go_to_problem)
        b = self.bench
        b.currentDocumentChanged.connect(self._show_current_document)
        self.last_view = LastView(b, self.page_view, self)  # after: the page view has the document
        b.dataChanged.connect(self._on_data_changed)
        b.projectChanged.connect(self._on_project_changed)
        b.error.connect(self._show_error)
        b.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        b.undo_stack.indexChanged.connect(lambda _i: self._update_saved())
        self.jobs.extractionDone.connect(lambda _sha: self._update_actions())

        self.find_dialog: FindReplaceDialog | None = None
        self.guide_dialog: GuideDialog | None = None
        self.repair_dialog: RepairDialog | None = None
        # Undo and Redo act on the corrections, or on the pack's edits while the composer has the focus
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.bench.undo_stack)
        self.undo_group.setActiveStack(self.bench.undo_stack)
        self.packs.composerChanged.connect(self._pack_composer_changed)
        # once the Pack panel is laid out on a short screen, its filters get the room they need
        self.pack_dock.visibilityChanged.connect(
            lambda visible: visible and QTimer.singleShot(0, self._pack_room))
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._build_actions()
        self.local_keys_first = LocalKeysFirst(self)
        self.start_page = StartPage(self.bench, self.page_view, self.recent.entries, self.open_path,
                                    {"open": self.open_action, "add": self.add_pdf_action, "guide": self.guide_action},
                                    self)
        editor, sections = self.table_editor, self.section_panel
        self.read_only_guard = ReadOnlyGuard(
            self,
            actions=[a for a in editor.table_actions if a is not None and a is not editor.copy_action]
            + [a for a in sections.section_actions if a is not None]
            + [self.draw_action, self.reextract_action, self.remove_doc_action, self.repair_action,
               self.embed_action, self.add_pdf_action],
            widgets=[editor.header_spin, sections.tags_button],
            views=[editor.view, sections.tree],
            texts=[sections.text])
        self._restore_state()
        self._update_title()
        self._update_actions()
        self.statusBar().showMessage(self.tr("Open a PDF or a project (Ctrl+O), or drop one on the window."))
        if restore_session:
            QTimer.singleShot(0, self.projects.reopen_last_project)

    # ==================================================================== what others call on the window

    def open_path(self, path, password: str | None = None) -> bool:
        return self.projects.open_path(path, password)

    def open_paths(self, paths) -> None:
        self.projects.open_paths(paths)

    def open_project(self, path) -> bool:
        return self.projects.open_project(path)

    def add_pdf(self, path, password: str | None = None, new_project: bool = False) -> bool:
        return self.projects.add_pdf(path, password, new_project)

    def new_project(self) -> None:
        self.projects.new_project()

    def save(self) -> None:
        self.projects.save()

    def save_as(self, path) -> bool:
        return self.projects.save_as(path)

    def save_as_dialog(self) -> bool:
        return self.projects.save_as_dialog()

    def close_project(self) -> None:
        self.projects.close_project()

    def recent_files(self) -> list[str]:
        return self.recent.entries()

    def extract_area(self, page: int, bbox, method: str = "borderless", replace: str | None = None,
                     columns: list[float] | None = None) -> int | None:
        return self.jobs.extract_area(page, bbox, method, replace, columns)

    def reextract_selected_table(self, method: str) -> None:
        self.jobs.reextract_selected_table(method)

    def reextract_document(self) -> None:
        self.section_panel.commit_text()
        self.jobs.reextract_document()

    def cancel_extraction(self) -> None:
        self.jobs.cancel_extraction()

    def go_to_location(self, sha: str, location) -> None:
        self.pages.go_to_location(sha, location)

    def go_to_problem(self, problem) -> None:
        self.pages.go_to_problem(problem)

    @property
    def pack_composer(self) -> PackComposer | None:
        return self.packs.composer

    def compose_pack(self) -> None:
        self.packs.show()
        QTimer.singleShot(0, self._pack_room)

    def _pack_room(self) -> None:
        composer = self.packs.composer
        if composer is not None:
            self.dock_layout.make_room(self.pack_dock, composer.lacking_height())

    def _ask_open_pdf(self, name: str) -> str:
        """How to open a PDF while a project with documents is open: "new", "add" or "" (cancel)."""
        return ask_open_pdf(self, name, len(self.bench.project.documents) if self.bench.project else 0)

    def _exec_menu(self, menu: QMenu, pos):
        """Show a popup menu and return the chosen action (tests replace this)."""
        return menu.exec(pos)

    # ========================================================================================= layout

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.dock_layout.first_shown()

    def reset_layout(self) -> None:
        self.dock_layout.reset()

    def layout_fits(self) -> bool:
        return self.dock_layout.fits()

    def ensure_layout_fits(self) -> bool:
        return self.dock_layout.ensure_fits()

    def save_window_state(self) -> None:
        self.dock_layout.save_state()

    def _restore_state(self) -> None:
        if self.dock_layout.restore_state():
            self.project_banner.update_for(self.bench.project)  # its visibility is the project's, not saved
        self.dock_layout.ensure_fits()

    # ======================================================================================== actions

    def _action(self, text: str, slot, shortcut=None, tip: str = "", icon=None, checkable=False) -> QAction:
        return add_action(self, text, slot, shortcut, tip, icon=icon, checkable=checkable)

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        a = self._action
        self.new_action = a(self.tr("&New Project"), self.new_project, QKeySequence.StandardKey.New,
                            self.tr("Start an empty project"), sp.SP_FileIcon)
        self.open_action = a(self.tr("&Open…"), self.projects.open_dialog, QKeySequence.StandardKey.Open,
                             self.tr("Open a project, or a PDF as a new project (asks when this project has documents)"),
                             sp.SP_DialogOpenButton)
        self.add_pdf_action = a(self.tr("&Add PDF to Project…"), self.projects.add_pdf_dialog, "Ctrl+Shift+O",
                                self.tr("Add one or more source PDFs to this project (a pack can draw on all of them)"))
        self.save_action = a(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save,
                             self.tr("Everything is saved as you work; for a new project, choose where to keep it"),
                             sp.SP_DialogSaveButton)
        self.save_as_action = a(self.tr("Save Project &As…"), self.save_as_dialog, QKeySequence.StandardKey.SaveAs,
                                self.tr("Continue in a copy of the project"))
        self.embed_action = a(self.tr("&Embed Source PDFs in Project"), self.projects.toggle_embed, None,
                              self.tr("Keep a copy of the PDFs inside the project so it can be mailed"), checkable=True)
        self.close_project_action = a(self.tr("&Close Project"), self.close_project, "Ctrl+Shift+W")
        self.quit_action = a(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.compose_pack_action = a(self.tr("Compose &Pack…"), self.compose_pack, "Ctrl+Shift+P",
                                     self.tr("Choose sections and tables for a briefing pack and export it"))

        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.undo_action.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        # a half-typed section text is saved before undo/redo act
        self.undo_action.triggered.disconnect()
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.disconnect()
        self.redo_action.triggered.connect(self.redo)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.find_action = a(self.tr("&Find and Replace…"), self.show_find, [QKeySequence.StandardKey.Find, "Ctrl+H"],
                             self.tr("Find and replace in all section text and table cells"))
        self.repair_action = a(self.tr("&Repair Lost Characters…"), self.show_repair, "Ctrl+Shift+R",
                               self.tr("Review proposed fixes of letters lost in the PDF (“Objec�ve” → “Objective”)"))

        self.next_action = a(self.tr("&Next Page"), self.page_view.next_page, Qt.Key.Key_PageDown, icon=sp.SP_ArrowDown)
        self.prev_action = a(self.tr("&Previous Page"), self.page_view.previous_page, Qt.Key.Key_PageUp, icon=sp.SP_ArrowUp)
        self.first_action = a(self.tr("&First Page"), lambda: self.page_view.set_page(0), "Ctrl+Home")
        self.last_action = a(self.tr("&Last Page"), lambda: self.page_view.set_page(self.page_view.page_count - 1), "Ctrl+End")
        self.goto_action = a(self.tr("&Go to Page…"), self.pages.go_to_page_dialog, "Ctrl+G")
        self.zoom_in_action = a(self.tr("Zoom &In"), self.page_view.zoom_in, QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = a(self.tr("Zoom &Out"), self.page_view.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self.actual_size_action = a(self.tr("&Actual Size"), lambda: self.page_view.set_zoom(1.0), "Ctrl+0")
        self.fit_width_action = a(self.tr("Fit &Width"), self.page_view.fit_width, "Ctrl+2")
        self.rotate_cw_action = a(self.tr("&Rotate View Clockwise"), lambda: self.page_view.rotate(90), "Ctrl+R",
                                  self.tr("Turn the page on screen (a table printed sideways reads upright); the "
                                          "document is not changed"))
        self.rotate_ccw_action = a(self.tr("Rotate View &Counterclockwise"), lambda: self.page_view.rotate(-90),
                                   "Ctrl+L", self.tr("Turn the page on screen the other way; the document is not "
                                                     "changed"))
        self.overlays_action = a(self.tr("Show &Table and Heading Boxes"), self.pages.toggle_overlays, "Ctrl+Shift+B",
                                 checkable=True)
        self.overlays_action.setChecked(True)
        self.reset_layout_action = a(self.tr("&Reset Panel Layout"), self.reset_layout)

        self.draw_action = a(self.tr("&Draw Table Area"), lambda on: self.page_view.set_draw_mode(on), "Ctrl+Shift+D",
                             self.tr("Drag a rectangle on the page to extract a table from it (Esc to stop)"),
                             checkable=True)
        self.reextract_action = a(self.tr("&Re-extract Document"), self.reextract_document, "Ctrl+Shift+E",
                                  self.tr("Extract the document again; your corrections are re-applied where the "
                                          "tables still match"))
        self.remove_doc_action = a(self.tr("Re&move Document from Project"), self.projects.remove_document)
        self.next_problem_action = a(self.tr("Next &Problem"), lambda: self.problems_panel.step(+1), "F8")
        self.prev_problem_action = a(self.tr("Previous Pro&blem"), lambda: self.problems_panel.step(-1), "Shift+F8")

        self.guide_action = a(self.tr("&User Guide"), self.show_guide, QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action = a(self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "Ctrl+F1")
        self.about_action = a(self.tr("&About Briefing Builder"), self._about)

        # ---- menus ----------------------------------------------------------------------------
        mb = self.menuBar()
        file_menu = mb.addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_action):
            file_menu.addAction(action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.add_pdf_action)
        file_menu.addSeparator()
        for action in (self.save_action, self.save_as_action, self.embed_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.compose_pack_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_project_action)
        file_menu.addAction(self.quit_action)

        edit_menu = mb.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.repair_action)

        view_menu = mb.addMenu(self.tr("&View"))
        for action in (self.zoom_in_action, self.zoom_out_action, self.actual_size_action, self.fit_width_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.rotate_cw_action)
        view_menu.addAction(self.rotate_ccw_action)
        view_menu.addSeparator()
        for action in (self.first_action, self.prev_action, self.next_action, self.last_action, self.goto_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.overlays_action)
        panels = view_menu.addMenu(self.tr("&Panels"))
        for dock in (self.sections_dock, self.pages_dock, self.documents_dock, self.editor_dock,
                     self.problems_dock, self.tables_dock, self.history_dock):
            panels.addAction(dock.toggleViewAction())
        self.panels_menu = panels
        view_menu.addAction(self.reset_layout_action)
        view_menu.addSeparator()
        self.language_menu = self._language_menu(view_menu)

        doc_menu = mb.addMenu(self.tr("&Document"))
        for action in (self.draw_action, self.reextract_action, None, self.next_problem_action,
                       self.prev_problem_action, None, self.remove_doc_action):
            doc_menu.addSeparator() if action is None else doc_menu.addAction(action)
        self.table_menu = mb.addMenu(self.tr("&Table"))
        self.table_editor.fill_menu(self.table_menu)
        self.section_menu = mb.addMenu(self.tr("&Section"))
        self.section_panel.fill_menu(self.section_menu)
        help_menu = mb.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

        # ---- toolbar --------------------------------------------------------------------------
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.open_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.prev_action)
        toolbar.addWidget(self.page_spin)
        toolbar.addWidget(self.page_count_label)
        toolbar.addAction(self.next_action)
        toolbar.addSeparator()
        toolbar.addAction(self.zoom_out_action)
        toolbar.addAction(self.zoom_in_action)
        toolbar.addAction(self.fit_width_action)
        toolbar.addSeparator()
        toolbar.addAction(self.draw_action)
        toolbar.addAction(self.find_action)
        toolbar.addAction(self.compose_pack_action)
        for action in (self.prev_action, self.next_action, self.zoom_in_action, self.zoom_out_action):
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly if action.icon() and not action.icon().isNull()
                                          else Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.zoom_in_action, self.zoom_out_action):
            action.setIconText("+" if action is self.zoom_in_action else "−")
        self.fit_width_action.setIconText(self.tr("Fit"))
        # the menu shows self.tr("Undo Edit cell B4"); the toolbar keeps a short, steady label
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.draw_action.setIconText(self.tr("Draw Table"))
        self.find_action.setIconText(self.tr("Find"))
        self.compose_pack_action.setIconText(self.tr("Pack"))
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        # read-only or partly damaged project: a banner under the toolbar, with the way out
        self.addToolBarBreak()
        self.project_banner = ProjectBanner(self, self.save_as_dialog)
        self.addToolBar(self.project_banner)
        self.recent.refresh()
        self.panels_menu.addAction(self.pack_dock.toggleViewAction())

    def _language_menu(self, parent: QMenu) -> QMenu:
        """View ▸ Language: the system's, English, Français, Español (each named in itself); the choice
        is remembered and applies at the next start."""
        menu = parent.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        saved = i18n.saved_language()
        self.language_actions: dict[str, QAction] = {}
        choices = [("", self.tr("System Language ({language})").format(language=i18n.NAMES[i18n.system_language()]))]
        choices += [(code, i18n.NAMES[code]) for code in i18n.LANGUAGES]
        for code, label in choices:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == saved)
            action.setData(code)
            group.addAction(action)
            self.language_actions[code] = action
            if code == "":
                menu.addSeparator()
        group.triggered.connect(lambda action: self.choose_language(action.data()))
        return menu

    def choose_language(self, code: str) -> None:
        """Remember the interface's language ("" = the system's) and say, in that language too, that it
        applies when the application is started again."""
        if code == i18n.saved_language():
            return
        i18n.save_language(code)
        lang = code or i18n.system_language()
        action = self.language_actions.get(code)
        if action is not None:
            action.setChecked(True)
        if lang == i18n.current():
            return
        source = QT_TRANSLATE_NOOP("MainWindow", "The interface will be in {language} the next time Briefing "
                                                 "Builder starts.")
        lines = [QCoreApplication.translate("MainWindow", source), i18n.translate_in(lang, "MainWindow", source)]
        text = "\n\n".join(dict.fromkeys(line.format(language=i18n.NAMES[lang]) for line in lines))
        self.statusBar().showMessage(text.replace("\n\n", " — "), 10000)
        if QApplication.platformName() != "offscreen" or self.isVisible():
            QMessageBox.information(self, self.tr("Language"), text)

    def _update_actions(self) -> None:
        has_project = self.bench.has_project
        has_doc = bool(self.bench.current)
        for action in (self.save_action, self.save_as_action, self.embed_action, self.close_project_action,
                       self.add_pdf_action, self.find_action, self.repair_action):
            action.setEnabled(has_project)
        for action in (self.draw_action, self.reextract_action, self.remove_doc_action, self.next_problem_action,
                       self.prev_problem_action, self.goto_action, self.first_action, self.last_action,
                       self.zoom_in_action, self.zoom_out_action, self.fit_width_action,
                       self.rotate_cw_action, self.rotate_ccw_action):
            action.setEnabled(has_doc)
        # no page to go to or show: "1 / 0" and its arrows wait for a document
        self.page_spin.setEnabled(has_doc)
        self.page_count_label.setEnabled(has_doc)
        if not has_doc:
            self.prev_action.setEnabled(False)
            self.next_action.setEnabled(False)
        self.add_pdf_action.setEnabled(True)
        self.embed_action.blockSignals(True)
        self.embed_action.setChecked(self.bench.embeds_pdfs)
        self.embed_action.blockSignals(False)
        self.compose_pack_action.setEnabled(has_project)

    # ============================================================================ following the bench

    def _on_project_changed(self) -> None:
        self.project_banner.update_for(self.bench.project)
        read_only = self.bench.project is not None and self.bench.project.read_only
        self.read_only_guard.set_read_only(read_only)
        composer = self.packs.composer
        if composer is None or self.undo_group.activeStack() is not composer.undo_stack:
            self.undo_group.setActiveStack(self._corrections_stack())
        self.undo_view.setEnabled(not read_only)  # a click in the history would undo
        self.jobs.forget_guides()
        self._update_title()
        self._update_actions()
        self.packs.rebuild()
        self._update_saved()

    def _show_current_document(self, sha: str) -> None:
        self.pages.show_document(sha)
        self._update_title()
        self._update_actions()

    def _on_data_changed(self, sha: str, op: dict) -> None:
        if sha == self.bench.current and op.get("op") == "reload":
            self._update_actions()

    def _page_changed(self, index: int, count: int) -> None:
        self.prev_action.setEnabled(index > 0)
        self.next_action.setEnabled(index < count - 1)

    # ========================================================================================== edits

    def undo(self) -> None:
        self.section_panel.commit_text()
        stack = self.undo_group.activeStack()
        if stack is not None:
            stack.undo()

    def redo(self) -> None:
        self.section_panel.commit_text()
        stack = self.undo_group.activeStack()
        if stack is not None:
            stack.redo()

    def _corrections_stack(self):
        """The corrections' undo stack, or None in a read-only project: its history is shown, but
        undoing would change the project (Undo and Redo are greyed out, as the other editing actions)."""
        project = self.bench.project
        return None if project is not None and project.read_only else self.bench.undo_stack

    def _pack_composer_changed(self) -> None:
        composer = self.packs.composer
        if composer is not None:
            self.undo_group.addStack(composer.undo_stack)
        self.undo_group.setActiveStack(self._corrections_stack())  # the old composer's stack goes with it

    @Slot()
    def _focus_changed(self) -> None:
        # no arguments (widgets read back from Qt): the widget losing the focus may be half destroyed
        new = QApplication.focusWidget()
        try:
            composer = self.packs.composer
            in_pack = new is not None and composer is not None and self.pack_dock.isAncestorOf(new)
            if new is None or (not in_pack and new.window() is not self):
                return  # a dialog or another window: Undo keeps its place
            self.undo_group.setActiveStack(composer.undo_stack if in_pack else self._corrections_stack())
        except RuntimeError:  # this window is being deleted
            pass

    def _update_saved(self) -> None:
        project = self.bench.project
        if project is None:
            self.saved_label.setText("")
            return
        # the corrections the project holds now: each undoable step once (the journal also keeps the
        # undos and redos, which a user does not count as corrections)
        n = len(project.undo_stack)
        where = self.tr("untitled project") if self.bench.is_untitled else project.path.name
        undone = len(project.redo_stack)
        tip = self.tr("Every change is saved in the project file as soon as it is made")
        if undone:
            tip += "\n" + MainWindow.tr("%n undone correction(s) can be redone", "", undone)
        self.saved_label.setToolTip(tip)
        if project.read_only:  # nothing is being saved: say so where "Saved" would reassure wrongly
            self.saved_label.setText(MainWindow.tr("Read-only · %n correction(s) in {project}", "", n).format(project=where))
            return
        self.saved_label.setText(MainWindow.tr("✓ Saved · %n correction(s) in {project}", "", n).format(project=where))

    def show_find(self) -> None:
        if self.bench.project is None:
            return
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self.bench, self)
            self.find_dialog.locationActivated.connect(self.go_to_location)
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.activateWindow()  # typing goes to it at once, also after it went behind
        self.find_dialog.find_edit.setFocus()
        self.find_dialog.find_edit.selectAll()

    def show_repair(self) -> None:
        if self.bench.project is None:
            return
        if self.repair_dialog is None:
            self.repair_dialog = RepairDialog(self.bench, self)
            self.repair_dialog.locationActivated.connect(self.go_to_location)
        self.repair_dialog.analyse()
        self.repair_dialog.show()
        self.repair_dialog.raise_()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.open_paths(paths)  # a project first, so dropped PDFs join it

    def _update_title(self) -> None:
        project = self.bench.project
        if project is None:
            self.setWindowTitle(APP_NAME)
            return
        name = self.tr("Untitled project") if self.bench.is_untitled else project.path.stem
        data = self.bench.data()
        doc = f" — {data.document.display_name}" if data is not None else ""
        self.setWindowTitle(f"{name}{doc} — {APP_NAME}")

    def closeEvent(self, event) -> None:  # noqa: N802
        self.section_panel.commit_text()
        self.save_window_state()
        if self.bench.project is not None:
            if self.bench.discards_on_close:  # removed on close: nothing to reopen next time
                settings().remove("last_project")
            else:
                settings().setValue("last_project", str(self.bench.project.path))
        self.bench.cancel_extraction(all_queued=True)
        if self.packs.composer is not None:
            self.packs.composer.wait_for_tasks()  # a running export is cancelled: nothing half written
        self.jobs.close()
        self.bench.renders.wait(5000)
        if self.bench.project is not None:
            self.bench.close_project()  # saves open editors; an empty untitled project is removed
        super().closeEvent(event)

    def _show_error(self, title: str, message: str) -> None:
        self.last_error = (title, message)
        if QApplication.platformName() == "offscreen" and not self.isVisible():
            self.statusBar().showMessage(f"{title}: {message}", 10000)
            return
        QMessageBox.warning(self, title, message)

    def show_guide(self) -> GuideDialog:
        """The user guide, beside the window (one at a time; shown again where it was)."""
        if self.guide_dialog is None:
            self.guide_dialog = GuideDialog(self)
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        self.guide_dialog.activateWindow()
        return self.guide_dialog

    def show_shortcuts(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Keyboard Shortcuts"))
        table = QTableWidget(dialog)
        rows = []
        seen = set()
        for source in (self.actions(), self.table_editor.actions(), self.section_panel.actions(),
                       self.section_panel.tree.actions()):
            for action in source:
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                 for k in self.local_keys_first.keys(action))
                name = action.text().replace("&", "")
                if keys and (name, keys) not in seen:
                    seen.add((name, keys))
                    rows.append((name, keys))
        table.setColumnCount(2)
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        for r, (name, keys) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(name))
            table.setItem(r, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        dialog.resize(520, 560)
        dialog.exec()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {name}").format(name=APP_NAME),
            f"<b>{APP_NAME}</b> {__version__}<br>"
            + self.tr("Turns appeal PDFs into corrected tables, section trees and donor briefing packs. "
                      "Works fully offline."),
        )

