"""The main window: the correction workbench.

Page view in the middle; around it dockable panels: sections (tree, text, tags), page thumbnails and
the project's documents on the left; the table editor, the problems list, the tables list and the undo
history on the right. Every correction goes through :class:`widgets.workbench.Workbench` and is saved
in the project file as it is made.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.project import table_edit as te
from app.project.lockfile import describe_owner
from app.document.model import Table
from app.source.pdf import PdfError, PdfPasswordError, describe
from app.project.store import PROJECT_SUFFIX, ProjectError, ProjectLocked
from app.extract.tables.continuation import merge_continued

from .area import PageTextService
from .find_dialog import FindReplaceDialog, RepairDialog
from .page_view import PageView
from .panels import DocumentList, ProblemsPanel, TablesPanel
from .project_file import COPY, READ_ONLY, ProjectBanner, ask_when_locked, copy_name
from .places import remember_folder, settings, start_folder
from .section_tree import SectionPanel
from .table_editor import TableEditor
from .thumbnails import ThumbnailView
from .workbench import Workbench, tables_in_op, touches_sections

from .pack_composer import PackComposer

APP_NAME = "Briefing Builder"
MAX_RECENT = 10
#: Bump when the default dock layout changes, so an old saved layout is not restored over it.
LAYOUT_VERSION = 3
#: The tallest the window's minimum height may be: a 768-pixel screen less a task bar (40) and a title
#: bar (32). A layout (restored, or grown by a panel) that needs more falls back to the default one.
FIT_HEIGHT = 696
#: Room kept for the title bar when the window is fitted to a screen before it has a frame.
TITLE_BAR = 32


def is_project_file(path: Path) -> bool:
    if path.suffix.lower() == PROJECT_SUFFIX:
        return True
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


class MainWindow(QMainWindow):
    def __init__(self, restore_session: bool = False) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        self.resize(1366, 768)
        self._fit_to_screen()  # a 1366×768 screen also has a title bar and a task bar
        self.bench = Workbench(self)
        self.text_service = PageTextService(self)
        self.text_service.finished.connect(self._on_text_job)
        self.text_service.failed.connect(self._on_text_job_failed)
        self._text_jobs: dict[int, tuple] = {}
        self._guides_done: set[tuple] = set()
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
        self.undo_view = QUndoView(self.bench.undo_stack, self)
        self.undo_view.setEmptyLabel("Opened")

        self.documents_dock = self._dock("Documents", "documents-dock", self.document_list)
        self.pages_dock = self._dock("Pages", "pages-dock", self.thumbnails)
        self.sections_dock = self._dock("Sections", "sections-dock", self.section_panel)
        self.tables_dock = self._dock("Tables", "tables-dock", self.tables_panel)
        self.editor_dock = self._dock("Table Editor", "table-editor-dock", self.table_editor)
        self.problems_dock = self._dock("Problems", "problems-dock", self.problems_panel)
        self.history_dock = self._dock("History", "history-dock", self.undo_view)
        self.pack_dock: QDockWidget | None = None
        self.pack_composer = None
        self._shown_once = False
        self._state_restored = False
        self._setup_pack()
        self._default_layout()

        # ---- status bar -------------------------------------------------------------------------
        self.page_spin = QSpinBox(self)
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setToolTip("Page (Ctrl+G)")
        self.page_spin.valueChanged.connect(lambda v: self.page_view.set_page(v - 1))
        self.page_count_label = QLabel(" / 0 ", self)
        self.zoom_label = QLabel("100%", self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setToolTip("Stop the extraction (pages done so far are kept)")
        self.cancel_button.clicked.connect(self.cancel_extraction)
        self.cancel_button.hide()
        self.saved_label = QLabel("", self)
        self.saved_label.setToolTip("Every change is saved in the project file as soon as it is made")
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

        # ---- wiring -----------------------------------------------------------------------------
        self.page_view.pageChanged.connect(self._page_changed)
        self.page_view.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{z * 100:.0f}%"))
        self.page_view.tableClicked.connect(self.bench.select_table)
        self.page_view.sectionClicked.connect(self.section_panel.select)
        self.page_view.areaDrawn.connect(self._area_drawn)
        self.page_view.columnsEdited.connect(self.resplit_columns)
        self.page_view.drawModeChanged.connect(lambda on: self.draw_action.setChecked(on))
        self.thumbnails.pageActivated.connect(self.page_view.set_page)
        self.table_editor.reextractRequested.connect(self.reextract_selected_table)
        self.problems_panel.problemActivated.connect(self.go_to_problem)
        b = self.bench
        b.currentDocumentChanged.connect(self._show_current_document)
        b.dataChanged.connect(self._on_data_changed)
        b.tableSelected.connect(self._on_table_selected)
        b.sectionSelected.connect(self._on_section_selected)
        b.projectChanged.connect(self._on_project_changed)
        b.error.connect(self._show_error)
        b.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        b.extractionStarted.connect(self._on_extraction_started)
        b.extractionProgress.connect(self._on_extraction_progress)
        b.extractionFinished.connect(self._on_extraction_finished)
        b.undo_stack.indexChanged.connect(lambda _i: self._update_saved())

        # pages arriving during an extraction refresh the overlays at most a few times a second
        self._overlay_timer = QTimer(self)
        self._overlay_timer.setSingleShot(True)
        self._overlay_timer.setInterval(400)
        self._overlay_timer.timeout.connect(self._refresh_overlays)
        self.find_dialog: FindReplaceDialog | None = None
        self.repair_dialog: RepairDialog | None = None
        self._build_actions()
        self._restore_state()
        self._update_title()
        self._update_actions()
        self.statusBar().showMessage("Open a PDF or a project (Ctrl+O), or drop one on the window.")
        if restore_session:
            QTimer.singleShot(0, self._reopen_last_project)

    # ======================================================================================= docks

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        return dock

    def _all_docks(self) -> list[QDockWidget]:
        docks = [self.sections_dock, self.pages_dock, self.documents_dock, self.editor_dock,
                 self.problems_dock, self.tables_dock, self.history_dock]
        return docks + ([self.pack_dock] if self.pack_dock is not None else [])

    def _default_layout(self) -> None:
        """Sections, pages and documents on the left; the table editor over problems/tables/history
        on the right: fits 1366×768 with the page in the middle. The pack composer shares the table
        editor's place and is hidden until asked for (Ctrl+Shift+P)."""
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        for dock in self._all_docks():
            self.removeDockWidget(dock)
            dock.setFloating(False)
        self.addDockWidget(left, self.sections_dock)
        self.tabifyDockWidget(self.sections_dock, self.pages_dock)
        self.tabifyDockWidget(self.pages_dock, self.documents_dock)
        self.addDockWidget(right, self.editor_dock)
        self.splitDockWidget(self.editor_dock, self.problems_dock, Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.problems_dock, self.tables_dock)
        self.tabifyDockWidget(self.tables_dock, self.history_dock)
        if self.pack_dock is not None:
            self.tabifyDockWidget(self.editor_dock, self.pack_dock)
        for dock in self._all_docks():
            dock.show()
        if self.pack_dock is not None:
            self.pack_dock.hide()
        self.sections_dock.raise_()
        self.problems_dock.raise_()
        self.editor_dock.raise_()
        self._default_sizes()

    def _default_sizes(self) -> None:
        width = max(self.width(), 1000)
        height = max(self.height(), 600)
        self.resizeDocks([self.sections_dock, self.editor_dock], [int(width * 0.18), int(width * 0.37)],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.editor_dock, self.problems_dock], [int(height * 0.56), int(height * 0.30)],
                         Qt.Orientation.Vertical)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self._state_restored:
                # dock sizes are only honoured once the window has its real size
                QTimer.singleShot(0, self._default_sizes)

    def reset_layout(self) -> None:
        self._default_layout()
        QTimer.singleShot(0, self._default_sizes)

    # ===================================================================================== actions

    def _action(self, text: str, slot, shortcut=None, tip: str = "", icon=None, checkable=False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        a = self._action
        self.new_action = a("&New Project", self.new_project, QKeySequence.StandardKey.New,
                            "Start an empty project", sp.SP_FileIcon)
        self.open_action = a("&Open…", self.open_dialog, QKeySequence.StandardKey.Open,
                             "Open a project, or a PDF as a new project (asks when this project has documents)",
                             sp.SP_DialogOpenButton)
        self.add_pdf_action = a("&Add PDF to Project…", self.add_pdf_dialog, "Ctrl+Shift+O",
                                "Add one or more source PDFs to this project (a pack can draw on all of them)")
        self.save_action = a("&Save", self.save, QKeySequence.StandardKey.Save,
                             "Everything is saved as you work; for a new project, choose where to keep it",
                             sp.SP_DialogSaveButton)
        self.save_as_action = a("Save Project &As…", self.save_as_dialog, QKeySequence.StandardKey.SaveAs,
                                "Continue in a copy of the project")
        self.embed_action = a("&Embed Source PDFs in Project", self.toggle_embed, None,
                              "Keep a copy of the PDFs inside the project so it can be mailed", checkable=True)
        self.close_project_action = a("&Close Project", self.close_project, "Ctrl+Shift+W")
        self.quit_action = a("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.compose_pack_action = a("Compose &Pack…", self.compose_pack, "Ctrl+Shift+P",
                                     "Choose sections and tables for a briefing pack and export it")

        self.undo_action = self.bench.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.undo_action.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.redo_action = self.bench.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        # a half-typed section text is saved before undo/redo act
        self.undo_action.triggered.disconnect()
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.disconnect()
        self.redo_action.triggered.connect(self.redo)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.find_action = a("&Find and Replace…", self.show_find, [QKeySequence.StandardKey.Find, "Ctrl+H"],
                             "Find and replace in all section text and table cells")
        self.repair_action = a("&Repair Lost Characters…", self.show_repair, "Ctrl+Shift+R",
                               "Review proposed fixes of letters lost in the PDF (“Objec�ve” → “Objective”)")

        self.next_action = a("&Next Page", self.page_view.next_page, Qt.Key.Key_PageDown, icon=sp.SP_ArrowDown)
        self.prev_action = a("&Previous Page", self.page_view.previous_page, Qt.Key.Key_PageUp, icon=sp.SP_ArrowUp)
        self.first_action = a("&First Page", lambda: self.page_view.set_page(0), "Ctrl+Home")
        self.last_action = a("&Last Page", lambda: self.page_view.set_page(self.page_view.page_count - 1), "Ctrl+End")
        self.goto_action = a("&Go to Page…", self.go_to_page_dialog, "Ctrl+G")
        self.zoom_in_action = a("Zoom &In", self.page_view.zoom_in, QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = a("Zoom &Out", self.page_view.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self.actual_size_action = a("&Actual Size", lambda: self.page_view.set_zoom(1.0), "Ctrl+0")
        self.fit_width_action = a("Fit &Width", self.page_view.fit_width, "Ctrl+2")
        self.overlays_action = a("Show &Table and Heading Boxes", self._toggle_overlays, "Ctrl+Shift+B",
                                 checkable=True)
        self.overlays_action.setChecked(True)
        self.reset_layout_action = a("&Reset Panel Layout", self.reset_layout)

        self.draw_action = a("&Draw Table Area", lambda on: self.page_view.set_draw_mode(on), "Ctrl+Shift+D",
                             "Drag a rectangle on the page to extract a table from it (Esc to stop)",
                             checkable=True)
        self.reextract_action = a("&Re-extract Document", self.reextract_document, "Ctrl+Shift+E",
                                  "Extract the document again; your corrections are re-applied where the tables "
                                  "still match")
        self.remove_doc_action = a("Re&move Document from Project", self.remove_document)
        self.next_problem_action = a("Next &Problem", lambda: self.problems_panel.step(+1), "F8")
        self.prev_problem_action = a("Previous Pro&blem", lambda: self.problems_panel.step(-1), "Shift+F8")

        self.shortcuts_action = a("&Keyboard Shortcuts", self.show_shortcuts, QKeySequence.StandardKey.HelpContents)
        self.about_action = a("&About Briefing Builder", self._about)

        # ---- menus ----------------------------------------------------------------------------
        mb = self.menuBar()
        file_menu = mb.addMenu("&File")
        for action in (self.new_action, self.open_action):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        file_menu.addAction(self.add_pdf_action)
        file_menu.addSeparator()
        for action in (self.save_action, self.save_as_action, self.embed_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.compose_pack_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_project_action)
        file_menu.addAction(self.quit_action)

        edit_menu = mb.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.repair_action)

        view_menu = mb.addMenu("&View")
        for action in (self.zoom_in_action, self.zoom_out_action, self.actual_size_action, self.fit_width_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        for action in (self.first_action, self.prev_action, self.next_action, self.last_action, self.goto_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.overlays_action)
        panels = view_menu.addMenu("&Panels")
        for dock in (self.sections_dock, self.pages_dock, self.documents_dock, self.editor_dock,
                     self.problems_dock, self.tables_dock, self.history_dock):
            panels.addAction(dock.toggleViewAction())
        self.panels_menu = panels
        view_menu.addAction(self.reset_layout_action)

        doc_menu = mb.addMenu("&Document")
        for action in (self.draw_action, self.reextract_action, None, self.next_problem_action,
                       self.prev_problem_action, None, self.remove_doc_action):
            doc_menu.addSeparator() if action is None else doc_menu.addAction(action)
        self.table_menu = mb.addMenu("&Table")
        self.table_editor.fill_menu(self.table_menu)
        self.section_menu = mb.addMenu("&Section")
        self.section_panel.fill_menu(self.section_menu)
        help_menu = mb.addMenu("&Help")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

        # ---- toolbar --------------------------------------------------------------------------
        toolbar = QToolBar("Main", self)
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
        self.fit_width_action.setIconText("Fit")
        # the menu shows "Undo Edit cell B4"; the toolbar keeps a short, steady label
        self.undo_action.setIconText("Undo")
        self.redo_action.setIconText("Redo")
        self.draw_action.setIconText("Draw Table")
        self.find_action.setIconText("Find")
        self.compose_pack_action.setIconText("Pack")
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        # read-only or partly damaged project: a banner under the toolbar, with the way out
        self.addToolBarBreak()
        self.project_banner = ProjectBanner(self, self.save_as_dialog)
        self.addToolBar(self.project_banner)
        self._refresh_recent_menu()
        if self.pack_dock is not None:
            self.panels_menu.addAction(self.pack_dock.toggleViewAction())

    def _update_actions(self) -> None:
        has_project = self.bench.has_project
        has_doc = bool(self.bench.current)
        for action in (self.save_action, self.save_as_action, self.embed_action, self.close_project_action,
                       self.add_pdf_action, self.find_action, self.repair_action):
            action.setEnabled(has_project)
        for action in (self.draw_action, self.reextract_action, self.remove_doc_action, self.next_problem_action,
                       self.prev_problem_action, self.goto_action, self.first_action, self.last_action):
            action.setEnabled(has_doc)
        self.add_pdf_action.setEnabled(True)
        self.embed_action.blockSignals(True)
        self.embed_action.setChecked(self.bench.embeds_pdfs)
        self.embed_action.blockSignals(False)
        self.compose_pack_action.setEnabled(has_project)

    # =================================================================================== pack dock

    def _setup_pack(self) -> None:
        """The pack composer's dock; the composer itself is made when a project is open."""
        self.pack_dock = QDockWidget("Pack", self)
        self.pack_dock.setObjectName("pack-dock")
        placeholder = QLabel("Open a project to compose a pack.", self)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pack_dock.setWidget(placeholder)

    def _rebuild_pack(self, create: bool = False) -> None:
        """(Re)create the composer for the current project: at once when it is on screen or
        ``create`` is set, otherwise the first time the user asks for it (it follows every edit)."""
        if self.pack_dock is None:
            return
        old = self.pack_composer
        if self.bench.project is not None and (create or old is not None or self.pack_dock.isVisible()):
            try:
                self.pack_composer = PackComposer(self.bench.project, self)
                self.pack_dock.setWidget(self.pack_composer)
            except Exception as exc:  # noqa: BLE001 - a broken composer must not stop the workbench
                self.pack_composer = None
                self.pack_dock.setWidget(QLabel(f"The pack composer could not start: {exc}", self))
        else:
            self.pack_composer = None
            self.pack_dock.setWidget(QLabel("Open a project to compose a pack.", self))
        if old is not None:
            old.deleteLater()
        self.ensure_layout_fits()

    def compose_pack(self) -> None:
        if self.pack_dock is None:
            QMessageBox.information(self, "Compose Pack", "The pack composer is not part of this build.")
            return
        if self.pack_composer is None and self.bench.project is not None:
            self._rebuild_pack(create=True)
        self.pack_dock.show()
        self.pack_dock.raise_()
        self.ensure_layout_fits()

    # ==================================================================================== projects

    def _confirm_project(self) -> bool:
        """A project to put documents in: the current one, or a new untitled one."""
        if self.bench.project is None:
            try:
                self.bench.new_project()
            except ProjectError as exc:
                self._show_error("Cannot create a project", str(exc))
                return False
        return True

    def new_project(self) -> None:
        try:
            self.bench.new_project()
        except ProjectError as exc:
            self._show_error("Cannot create a project", str(exc))
            return
        self.statusBar().showMessage("New project. Add PDFs with Ctrl+Shift+O or drop them here.", 8000)

    def open_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Open", str(start_folder("open")),
            f"PDFs and projects (*.pdf *{PROJECT_SUFFIX});;Projects (*{PROJECT_SUFFIX});;PDF documents (*.pdf);;"
            "All files (*)")
        self.open_paths(files)

    def add_pdf_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Add PDF to Project", str(start_folder("open")),
                                                "PDF documents (*.pdf);;All files (*)")
        for f in files:
            self.add_pdf(f)

    def open_paths(self, paths) -> None:
        """Open several files as one gesture (the Open dialog, a drop, the command line): projects first,
        and PDFs opened with a project join it; otherwise the first new PDF decides (a new project or
        this one) and the others follow it."""
        paths = [Path(p) for p in paths]
        projects = [p for p in paths if p.is_file() and is_project_file(p)]
        pdfs = [p for p in paths if p not in projects]
        for p in projects:
            self.open_project(p)
        if projects:
            for p in pdfs:
                self.add_pdf(p)
            return
        choice = ""
        for p in pdfs:
            if choice:
                self.add_pdf(p)
            elif self.open_path(p):
                choice = "add"

    def open_path(self, path: str | Path, password: str | None = None) -> bool:
        """Open a project file, or a PDF. A PDF opens as a new untitled project, unless the current
        project is empty (it then goes there) or already holds it (it is shown); when the current
        project has other documents the user chooses: a new project or add it to this one.

        Returns False (after telling the user) when it cannot be opened or the user cancelled.
        """
        p = Path(path)
        if p.is_file() and is_project_file(p):
            return self.open_project(p)
        project = self.bench.project
        if project is None or not project.documents:
            return self.add_pdf(p, password)
        known = self._known_document(p)
        if known:
            self.bench.set_current_document(known)
            self.statusBar().showMessage(f"{p.name} is already in the project.", 5000)
            return True
        choice = self._ask_open_pdf(p.name)
        if choice == "add":
            return self.add_pdf(p, password)
        if choice == "new":
            return self.add_pdf(p, password, new_project=True)
        return False

    def _known_document(self, path: Path) -> str:
        """The sha256 of ``path`` when the current project holds that document (by place, then content)."""
        project = self.bench.project
        if project is None:
            return ""
        try:
            resolved = str(path.resolve())
        except OSError:
            return ""
        for sha, data in project.documents.items():
            if data.document.path == resolved:
                return sha
        try:
            from app.source.pdf import sha256_file

            sha = sha256_file(path)
        except OSError:
            return ""
        return sha if sha in project.documents else ""

    def _ask_open_pdf(self, name: str) -> str:
        """Ask how to open a PDF while a project with documents is open: "new", "add" or "" (cancel)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Open PDF")
        n = len(self.bench.project.documents) if self.bench.project else 0
        box.setText(f"Open {name} as a new project, or add it to this project?")
        box.setInformativeText(
            f"This project has {n} document{'s' if n != 1 else ''}. A pack composed in a project can draw "
            "on all of its documents. (File ▸ Add PDF to Project…, Ctrl+Shift+O, adds without asking.)")
        new = box.addButton("Open as New Project", QMessageBox.ButtonRole.AcceptRole)
        add = box.addButton("Add to This Project", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(new)
        box.exec()
        clicked = box.clickedButton()
        return "new" if clicked is new else ("add" if clicked is add else "")

    def open_project(self, path: str | Path) -> bool:
        p = Path(path)
        if self.bench.project is not None and self.bench.project.path.resolve() == p.resolve():
            return True
        try:
            try:
                self.bench.open_project(p)
            except ProjectLocked as exc:  # another window edits it: read-only, a copy, or nothing
                answer = ask_when_locked(self, p, exc.owner)
                if answer == READ_ONLY:
                    self.bench.open_project(p, read_only=True)
                    self.bench.project.store.read_only_reason = f"it is being changed in {describe_owner(exc.owner)}"
                    self.project_banner.update_for(self.bench.project)
                elif answer == COPY:
                    target, _ = QFileDialog.getSaveFileName(self, "Open a Copy", str(copy_name(p)),
                                                            f"Projects (*{PROJECT_SUFFIX})")
                    if not target:
                        return False
                    if not target.lower().endswith(PROJECT_SUFFIX):
                        target += PROJECT_SUFFIX
                    self.bench.open_project_copy(p, target)
                    p = Path(target)
                else:
                    return False
        except ProjectError as exc:
            QMessageBox.warning(self, "Cannot open the project", str(exc))
            return False
        remember_folder("open", p)
        settings().setValue("last_project", str(p.resolve()))
        self._remember_recent(p)
        n = len(self.bench.project.documents)
        self.statusBar().showMessage(f"Opened {p.name}: {n} document{'s' if n != 1 else ''}.", 8000)
        return True

    def add_pdf(self, path: str | Path, password: str | None = None, new_project: bool = False) -> bool:
        """Add a PDF to the current project (to a new untitled one when there is none or
        ``new_project`` is set) and start its extraction."""
        p = Path(path)
        while True:
            try:
                describe(p, password=password)  # also checks the password before anything is stored
                break
            except PdfPasswordError as exc:
                password = self.ask_password(p.name, exc.wrong)
                if password is None:
                    self.statusBar().showMessage(f"{p.name} was not opened (no password).", 5000)
                    return False
            except PdfError as exc:
                QMessageBox.warning(self, "Cannot open the PDF", str(exc))
                return False
        if new_project:
            try:
                self.bench.new_project()
            except ProjectError as exc:
                self._show_error("Cannot create a project", str(exc))
                return False
        if not self._confirm_project():
            return False
        known = {d.document.sha256 for d in self.bench.documents()}
        try:
            sha = self.bench.add_pdf(p, password=password, embed=self.bench.embeds_pdfs)
        except PdfError as exc:
            QMessageBox.warning(self, "Cannot open the PDF", str(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - the project file could not be written
            QMessageBox.warning(self, "Cannot add the PDF", f"The project file could not be written ({exc}).")
            return False
        remember_folder("open", p)
        self._remember_recent(p)
        if self.bench.project is not None:
            settings().setValue("last_project", str(self.bench.project.path))
        if sha in known:
            self.statusBar().showMessage(f"{p.name} is already in the project.", 5000)
        if not self.bench.has_extraction(sha):
            self.bench.extract(sha)
        return True

    def ask_password(self, name: str, wrong: bool) -> str | None:
        prompt = ("The password was not correct. " if wrong else "") + f"Password for {name}:"
        password, ok = QInputDialog.getText(self, "Password needed", prompt, QLineEdit.EchoMode.Password)
        return password if ok else None

    def save(self) -> None:
        if self.bench.project is None:
            return
        if self.bench.is_untitled:
            self.save_as_dialog()
        else:
            self.statusBar().showMessage(f"All changes are saved in {self.bench.project.path.name}.", 5000)

    def save_as_dialog(self) -> bool:
        if self.bench.project is None:
            return False
        here = None if self.bench.is_untitled else self.bench.project.path.parent
        start = start_folder("save", here)
        name = self.bench.project.path.name if not self.bench.is_untitled else f"Briefing{PROJECT_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(self, "Save Project As", str(start / name),
                                              f"Projects (*{PROJECT_SUFFIX})")
        if not path:
            return False
        if not path.lower().endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        return self.save_as(path)

    def save_as(self, path: str | Path) -> bool:
        try:
            self.bench.save_as(path)
        except (ProjectError, OSError) as exc:
            QMessageBox.warning(self, "Cannot save the project", str(exc))
            return False
        settings().setValue("last_project", str(Path(path).resolve()))
        remember_folder("save", path)
        self._remember_recent(Path(path))
        self.statusBar().showMessage(f"Saved as {Path(path).name}; you are now working in it.", 8000)
        return True

    def close_project(self) -> None:
        self.bench.close_project()  # open editors are saved first (projectAboutToChange)
        settings().remove("last_project")

    def toggle_embed(self, on: bool) -> None:
        if self.bench.project is None:
            return
        try:
            n = self.bench.embed_pdfs(on)
        except Exception as exc:  # noqa: BLE001
            self._show_error("Cannot change the embedded PDFs", str(exc))
            return
        self.statusBar().showMessage(
            (f"{n} PDF(s) embedded: the project can be mailed on its own." if on
             else f"Embedded copies removed from {n} document(s)."), 8000)

    def _reopen_last_project(self) -> None:
        last = settings().value("last_project", "")
        if last and Path(last).is_file() and self.bench.project is None:
            self.open_project(last)

    def remove_document(self) -> None:
        sha = self.bench.current
        data = self.bench.data()
        if not sha or data is None:
            return
        answer = QMessageBox.question(
            self, "Remove document",
            f"Remove {data.document.display_name} and all its corrections from the project?")
        if answer == QMessageBox.StandardButton.Yes:
            self.bench.remove_document(sha)

    # =================================================================================== documents

    def _on_project_changed(self) -> None:
        self.project_banner.update_for(self.bench.project)
        self._guides_done.clear()
        self._update_title()
        self._update_actions()
        self._rebuild_pack()
        self._update_saved()

    def _show_current_document(self, sha: str) -> None:
        self.page_view.set_draw_mode(False)
        data = self.bench.data(sha) if sha else None
        document = None
        if data is not None:
            document = self._open_render_document(sha)
        sizes = data.document.page_sizes if data is not None else []
        self.page_view.set_document(document, sizes)
        self.thumbnails.set_document(document, sizes)
        self._refresh_overlays()
        self._update_title()
        self._update_actions()

    def _open_render_document(self, sha: str):
        data = self.bench.data(sha)
        while True:
            try:
                return self.bench.render_document(sha)
            except PdfPasswordError as exc:
                password = self.ask_password(data.document.display_name, exc.wrong)
                if password is None:
                    return None
                self.bench.passwords[sha] = password
            except FileNotFoundError:
                name = Path(data.document.path).name
                answer = QMessageBox.question(
                    self, "The PDF is missing",
                    f"{name} is no longer where it was ({data.document.path}) and the project has no copy "
                    "of it. Locate it now?")
                if answer != QMessageBox.StandardButton.Yes:
                    return None
                path, _ = QFileDialog.getOpenFileName(self, f"Locate {name}", str(start_folder("open")),
                                                      "PDF documents (*.pdf)")
                if not path:
                    return None
                try:
                    self.bench.locate_document(sha, path)
                except PdfError as exc:
                    QMessageBox.warning(self, "Not the same PDF", str(exc))
            except PdfError as exc:
                QMessageBox.warning(self, "Cannot show the PDF", str(exc))
                return None

    def _refresh_overlays(self) -> None:
        data = self.bench.data()
        if data is None:
            self.page_view.set_overlays([], [])
            self.thumbnails.thumbnails.set_marks({})
            return
        self.page_view.set_overlays(data.tables, list(data.all_sections()))
        marks: dict[int, int] = {}
        for t in data.tables:
            for page in t.pages():  # a merged table is marked on each of its pages
                marks[page - 1] = marks.get(page - 1, 0) + 1
        self.thumbnails.thumbnails.set_marks({p: f"{n} table{'s' if n > 1 else ''}" for p, n in marks.items()})
        self._request_guides()

    def _on_data_changed(self, sha: str, op: dict) -> None:
        if sha != self.bench.current:
            return
        name = op.get("op")
        if name == "set_cell":
            return  # geometry unchanged
        if name == "page":
            # a page arrived from the running extraction: its boxes matter only if it is on screen
            self._overlay_timer.start()
            return
        tables = tables_in_op(op)
        if tables is None or tables or touches_sections(op) or name == "set_table":
            self._refresh_overlays()
        if name == "reload":
            self._update_actions()

    def _on_table_selected(self, table_id: str, row: int, col: int) -> None:
        table = self.bench.table(table_id) if table_id else None
        if table is None:
            self.page_view.set_selected_table("")
            return
        self.page_view.show_table(table)
        self.editor_dock.show()
        self.editor_dock.raise_()
        self._request_guides()

    def _on_section_selected(self, section_id: str) -> None:
        section = self.bench.section(section_id) if section_id else None
        if section is None:
            self.page_view.set_selected_section("")
            return
        self.page_view.show_section(section)

    def _page_changed(self, index: int, count: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(max(1, count))
        self.page_spin.setValue(index + 1)
        self.page_spin.blockSignals(False)
        self.page_count_label.setText(f" / {count} ")
        self.prev_action.setEnabled(index > 0)
        self.next_action.setEnabled(index < count - 1)
        self.thumbnails.set_current_page(index)
        self._request_guides()

    def go_to_page_dialog(self) -> None:
        if not self.page_view.page_count:
            return
        page, ok = QInputDialog.getInt(self, "Go to Page", "Page:", self.page_view.page_index + 1, 1,
                                       self.page_view.page_count)
        if ok:
            self.page_view.set_page(page - 1)

    def _toggle_overlays(self, on: bool) -> None:
        self.page_view.show_tables = on
        self.page_view.show_headings = on
        self._refresh_overlays()

    # ---- guides: estimated column and row lines for tables without recorded separators -----------

    def _request_guides(self) -> None:
        data = self.bench.data()
        project = self.bench.project
        if data is None or project is None or not self.page_view.page_count:
            return
        number = self.page_view.page_index + 1
        todo = [t for t in data.tables if t.page == number]
        todo = [t for t in todo if (data.document.sha256, t.id, t.bbox, t.n_rows, t.n_cols) not in self._guides_done]
        if not todo:
            return
        path = self.bench.source_path(data.document.sha256)
        if path is None:
            return
        specs = [(t.id, t.bbox, t.n_rows, t.n_cols) for t in todo]
        for t in todo:
            self._guides_done.add((data.document.sha256, t.id, t.bbox, t.n_rows, t.n_cols))

        request = self.text_service.submit(path, self.bench.passwords.get(data.document.sha256), number,
                                           te.page_guides, specs)
        self._text_jobs[request] = ("guides", data.document.sha256, number)

    # ================================================================================ re-extraction

    def _area_drawn(self, page_index: int, bbox) -> None:
        """A rectangle was drawn: offer to create a table from it or to replace an overlapping one."""
        data = self.bench.data()
        if data is None:
            return
        menu = QMenu(self)
        create_b = menu.addAction("Create Table Here (Borderless)")
        create_r = menu.addAction("Create Table Here (Ruled)")
        replace = {}
        overlapping = [t for t in data.tables
                       if any(page == page_index + 1 and _overlap(box, bbox) > 0.2 for page, box in t.boxes())]
        if overlapping:
            menu.addSeparator()
        for t in overlapping:
            replace[menu.addAction(f"Replace Table {t.id} (Borderless)")] = (t.id, "borderless")
            replace[menu.addAction(f"Replace Table {t.id} (Ruled)")] = (t.id, "ruled")
        menu.addSeparator()
        menu.addAction("Cancel")
        chosen = self._exec_menu(menu, self.page_view.mapToGlobal(self.page_view.rect().center()))
        if chosen is create_b:
            self.extract_area(page_index + 1, bbox, "borderless")
        elif chosen is create_r:
            self.extract_area(page_index + 1, bbox, "ruled")
        elif chosen in replace:
            table_id, method = replace[chosen]
            self.extract_area(page_index + 1, bbox, method, replace=table_id)

    def _exec_menu(self, menu: QMenu, pos):
        """Show a popup menu and return the chosen action (tests replace this)."""
        return menu.exec(pos)

    def extract_area(self, page: int, bbox, method: str = "borderless", replace: str | None = None,
                     columns: list[float] | None = None) -> int | None:
        """Extract a table from an area of a page in the background; the result is applied as one
        undoable change (a new table, or the replacement of ``replace``). Returns the request id."""
        data = self.bench.data()
        project = self.bench.project
        if data is None or project is None:
            return None
        sha = data.document.sha256
        path = self.bench.source_path(sha)
        if path is None:
            self._show_error("The PDF is missing", "The source PDF is not available; locate it first.")
            return None
        table_id = replace or te.new_table_id([t.id for t in data.tables], page)
        bbox = tuple(float(v) for v in bbox)
        pieces = [(page, bbox)]
        old = next((t for t in data.tables if t.id == replace), None) if replace else None
        if old is not None and old.parts and any(p == page for p, _ in old.boxes()):
            # a table merged from several pages: every piece is extracted again (the one on this page
            # from the new rectangle) and the pieces are merged again, so no page's rows are lost
            pieces = [(p, bbox if p == page else box) for p, box in old.boxes()]
        group = {"results": [None] * len(pieces), "pending": set(), "failed": False}
        first = None
        for k, (number, box) in enumerate(pieces):
            request = self.text_service.submit(path, self.bench.passwords.get(sha), number, te.extract_area, box,
                                               columns, method, table_id=table_id, page_number=number, document=sha)
            group["pending"].add(request)
            self._text_jobs[request] = ("area", sha, replace, method, columns is not None, group, k)
            first = request if first is None else first
        self.statusBar().showMessage("Extracting the area…" if len(pieces) == 1
                                     else f"Extracting the table's {len(pieces)} pieces…")
        return first

    def resplit_columns(self, table_id: str, xs) -> None:
        table = self.bench.table(table_id)
        if table is None:
            return
        method = "ruled" if table.method == "ruled" else "borderless"
        self.extract_area(table.page, table.bbox, method, replace=table_id, columns=list(xs))

    def reextract_selected_table(self, method: str) -> None:
        table = self.table_editor.table
        if table is not None:
            self.extract_area(table.page, table.bbox, method, replace=table.id)

    def _on_text_job(self, request: int, result) -> None:
        job = self._text_jobs.pop(request, None)
        if job is None:
            return
        if job[0] == "guides":
            _, sha, page = job
            if sha != self.bench.current:
                return
            for table_id, (columns, rows) in result.items():
                self.page_view.set_guides(table_id, columns, rows)
            return
        _, sha, replace, method, resplit, group, k = job
        group["pending"].discard(request)
        group["results"][k] = result
        if group["failed"] or group["pending"]:
            return
        data = self.bench.data(sha)
        if data is None:
            return
        new: Table = merge_continued(*group["results"]) if len(group["results"]) > 1 else result
        if replace:
            try:
                old = data.table(replace)
            except KeyError:
                self._show_error("The table is gone", "The table was deleted while its area was being extracted.")
                return
            new.id = old.id
            new.title, new.caption = old.title, old.caption
            new.section, new.continued_from = old.section, old.continued_from
            new.method = method
            label = (f"Re-split columns of {old.id}" if resplit else f"Re-extract table {old.id} ({method})")
            op = te.replace_op(old, new, label)
        else:
            new.method = "manual"
            op = {"op": "replace_table", "table": new.id, "new": new.to_json(), "old": None,
                  "label": f"Add table on page {new.page}"}
        self.page_view.clear_guides(new.id)
        if self.bench.apply(op, sha):
            self.bench.current_table = ""
            self.bench.select_table(new.id)
            self.statusBar().showMessage(
                f"{op['label']}: {new.n_rows} rows × {new.n_cols} columns (Ctrl+Z to undo).", 8000)
            self.page_view.set_draw_mode(False)

    def _on_text_job_failed(self, request: int, message: str) -> None:
        job = self._text_jobs.pop(request, None)
        if job is not None and job[0] == "area":
            group = job[5]
            group["pending"].discard(request)
            if not group["failed"]:  # one message for a table of several pieces
                group["failed"] = True
                self._show_error("Cannot extract the area", message)

    # ================================================================================== extraction

    def reextract_document(self) -> None:
        sha = self.bench.current
        if not sha:
            return
        self.section_panel.commit_text()
        self.bench.extract(sha, replace=True)

    def cancel_extraction(self) -> None:
        self.bench.cancel_extraction()
        self.cancel_button.setEnabled(False)
        self.statusBar().showMessage("Cancelling…")

    def _on_extraction_started(self, sha: str) -> None:
        data = self.bench.data(sha)
        self.progress.setRange(0, max(1, data.document.pages if data else 1))
        self.progress.setValue(0)
        self.progress.setFormat("Extracting %v/%m")
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        name = data.document.display_name if data else ""
        self.statusBar().showMessage(f"Extracting {name}… (you can keep working)")

    def _on_extraction_progress(self, sha: str, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        if message and message != "extracting pages":
            self.progress.setFormat(message[:1].upper() + message[1:] + "…")

    def _on_extraction_finished(self, sha: str, message: str) -> None:
        if not self.bench.extracting:
            self.progress.hide()
            self.cancel_button.hide()
        self.statusBar().showMessage(message, 15000)
        self._update_actions()
        if sha == self.bench.current:
            self._refresh_overlays()

    # ===================================================================================== edits

    def undo(self) -> None:
        self.section_panel.commit_text()
        self.bench.undo_stack.undo()

    def redo(self) -> None:
        self.section_panel.commit_text()
        self.bench.undo_stack.redo()

    def _update_saved(self) -> None:
        project = self.bench.project
        if project is None:
            self.saved_label.setText("")
            return
        n = project.store.journal_count()
        where = "untitled project" if self.bench.is_untitled else project.path.name
        if project.read_only:  # nothing is being saved: say so where "Saved" would reassure wrongly
            self.saved_label.setText(f"Read-only · {n} change{'s' if n != 1 else ''} in {where}")
            return
        self.saved_label.setText(f"✓ Saved · {n} change{'s' if n != 1 else ''} in {where}")

    def show_find(self) -> None:
        if self.bench.project is None:
            return
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self.bench, self)
            self.find_dialog.locationActivated.connect(self.go_to_location)
        self.find_dialog.show()
        self.find_dialog.raise_()
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

    def go_to_location(self, sha: str, location) -> None:
        self.bench.set_current_document(sha)
        if location.kind == "cell":
            self.bench.current_table = ""
            self.bench.select_table(location.table, location.row, location.col)
        else:
            self.sections_dock.show()
            self.sections_dock.raise_()
            self.section_panel.select(location.section)

    def go_to_problem(self, problem) -> None:
        if problem.table:
            self.bench.current_table = ""
            self.bench.select_table(problem.table, problem.row if problem.row is not None else 0,
                                    problem.col if problem.col is not None else 0)
        elif problem.section:
            self.sections_dock.show()
            self.sections_dock.raise_()
            self.section_panel.select(problem.section)

    # ================================================================================ recent files

    def recent_files(self) -> list[str]:
        value = settings().value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [v for v in (value or []) if v]

    def _remember_recent(self, path: Path) -> None:
        entry = str(path.resolve())
        recent = [entry] + [r for r in self.recent_files() if r != entry]
        settings().setValue("recent_files", recent[:MAX_RECENT])
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for i, entry in enumerate(recent):
            kind = "project" if entry.lower().endswith(PROJECT_SUFFIX) else "PDF"
            action = self.recent_menu.addAction(f"&{i + 1} {Path(entry).name}  ({kind})")
            action.setToolTip(entry)
            action.setStatusTip(entry)
            action.triggered.connect(lambda _=False, e=entry: self._open_recent(e))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear List", self._clear_recent)
        self.recent_menu.setEnabled(bool(recent))

    def _open_recent(self, entry: str) -> None:
        if not Path(entry).exists():
            QMessageBox.warning(self, "Not found", f"{entry} no longer exists.")
            settings().setValue("recent_files", [r for r in self.recent_files() if r != entry])
            self._refresh_recent_menu()
            return
        self.open_path(entry)

    def _clear_recent(self) -> None:
        settings().setValue("recent_files", [])
        self._refresh_recent_menu()

    # ================================================================================ drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.open_paths(paths)  # a project first, so dropped PDFs join it

    # ================================================================================ window state

    def _update_title(self) -> None:
        project = self.bench.project
        if project is None:
            self.setWindowTitle(APP_NAME)
            return
        name = "Untitled project" if self.bench.is_untitled else project.path.stem
        data = self.bench.data()
        doc = f" — {data.document.display_name}" if data is not None else ""
        self.setWindowTitle(f"{name}{doc} — {APP_NAME}")

    def _restore_state(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
            self._fit_to_screen()
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self._state_restored = self.restoreState(state, LAYOUT_VERSION)
            self.project_banner.update_for(self.bench.project)  # its visibility is the project's, not saved
        self.ensure_layout_fits()

    def _height_limit(self) -> int:
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return FIT_HEIGHT
        return max(400, min(FIT_HEIGHT, screen.availableGeometry().height() - TITLE_BAR))

    def layout_fits(self) -> bool:
        """True when the panels' minimum size leaves the whole window (status bar included) on a
        1366×768 screen and on the current one."""
        need = self.minimumSizeHint()
        screen = self.screen() or QApplication.primaryScreen()
        width = screen.availableGeometry().width() if screen is not None else 1366
        return need.height() <= self._height_limit() and need.width() <= max(width, 1024)

    def ensure_layout_fits(self) -> bool:
        """Fall back to the default layout when the current one (restored, or grown by a panel)
        cannot fit the screen; returns True when it had to."""
        if self.layout_fits():
            return False
        self._state_restored = False
        self._default_layout()
        if self.isVisible():
            QTimer.singleShot(0, self._default_sizes)
        self.statusBar().showMessage("The saved panel layout did not fit the screen; the default layout is used.",
                                     8000)
        return True

    def _fit_to_screen(self) -> None:
        """A window restored from a bigger screen is made to fit this one (title bar included)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        avail = screen.availableGeometry()
        frame = self.frameGeometry().height() - self.geometry().height()
        height = min(self.height(), avail.height() - (frame if frame > 0 else TITLE_BAR))
        width = min(self.width(), avail.width())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if not avail.contains(self.frameGeometry().topLeft()):
            self.move(avail.topLeft())

    def save_window_state(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState(LAYOUT_VERSION))

    def closeEvent(self, event) -> None:  # noqa: N802
        self.section_panel.commit_text()
        self.save_window_state()
        if self.bench.project is not None:
            if self.bench.discards_on_close:  # removed on close: nothing to reopen next time
                settings().remove("last_project")
            else:
                settings().setValue("last_project", str(self.bench.project.path))
        self.bench.cancel_extraction(all_queued=True)
        self.text_service.close()
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

    def show_shortcuts(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle("Keyboard Shortcuts")
        table = QTableWidget(dialog)
        rows = []
        seen = set()
        for source in (self.actions(), self.table_editor.actions(), self.section_panel.actions(),
                       self.section_panel.tree.actions()):
            for action in source:
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
                name = action.text().replace("&", "")
                if keys and (name, keys) not in seen:
                    seen.add((name, keys))
                    rows.append((name, keys))
        table.setColumnCount(2)
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels(["Action", "Shortcut"])
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
            f"About {APP_NAME}",
            f"<b>{APP_NAME}</b> {__version__}<br>Turns appeal PDFs into corrected tables, "
            "section trees and donor briefing packs. Works fully offline.",
        )


def _overlap(a, b) -> float:
    """Share of box ``a`` covered by box ``b``."""
    x0, top = max(a[0], b[0]), max(a[1], b[1])
    x1, bottom = min(a[2], b[2]), min(a[3], b[3])
    if x1 <= x0 or bottom <= top:
        return 0.0
    area = max(1e-6, (a[2] - a[0]) * (a[3] - a[1]))
    return (x1 - x0) * (bottom - top) / area
