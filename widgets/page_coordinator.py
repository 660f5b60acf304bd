"""Keeps the page view, the page thumbnails and the page number in the status bar in step with the
workbench: the document shown, its table and heading boxes (overlays), the table or section selected,
and the places the find dialog and the problems list lead to."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QInputDialog, QLabel, QMainWindow, QSpinBox

from .extraction_jobs import ExtractionJobs
from .page_view import PageView
from .section_tree import SectionPanel
from .thumbnails import ThumbnailView
from .workbench import Workbench, tables_in_op, touches_sections


class PageCoordinator(QObject):
    def __init__(self, window: QMainWindow, bench: Workbench, page_view: PageView, thumbnails: ThumbnailView,
                 section_panel: SectionPanel, jobs: ExtractionJobs, editor_dock: QDockWidget,
                 sections_dock: QDockWidget, open_render_document: Callable[[str], object]) -> None:
        super().__init__(window)
        self.window = window
        self.bench = bench
        self.page_view = page_view
        self.thumbnails = thumbnails
        self.section_panel = section_panel
        self.jobs = jobs
        self.editor_dock = editor_dock
        self.sections_dock = sections_dock
        self._open_render_document = open_render_document

        self.page_spin = QSpinBox(window)
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setToolTip(self.tr("Page (Ctrl+G)"))
        self.page_spin.valueChanged.connect(lambda v: self.page_view.set_page(v - 1))
        self.page_count_label = QLabel(" / 0 ", window)
        self.zoom_label = QLabel("100%", window)

        # pages arriving during an extraction refresh the overlays at most a few times a second
        self._overlay_timer = QTimer(self)
        self._overlay_timer.setSingleShot(True)
        self._overlay_timer.setInterval(400)
        self._overlay_timer.timeout.connect(self.refresh_overlays)

        page_view.pageChanged.connect(self._page_changed)
        page_view.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{z * 100:.0f}%"))
        page_view.tableClicked.connect(bench.select_table)
        page_view.sectionClicked.connect(section_panel.select)
        thumbnails.pageActivated.connect(page_view.set_page)
        bench.dataChanged.connect(self._on_data_changed)
        bench.tableSelected.connect(self._on_table_selected)
        bench.sectionSelected.connect(self._on_section_selected)
        jobs.extractionDone.connect(self._on_extraction_done)

    def show_document(self, sha: str) -> None:
        self.page_view.set_draw_mode(False)
        data = self.bench.data(sha) if sha else None
        document = None
        if data is not None:
            document = self._open_render_document(sha)
        sizes = data.document.page_sizes if data is not None else []
        self.page_view.set_document(document, sizes)
        self.thumbnails.set_document(document, sizes)
        self.refresh_overlays()

    def refresh_overlays(self) -> None:
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
        self.thumbnails.thumbnails.set_marks({p: PageCoordinator.tr("%n table(s)", "", n) for p, n in marks.items()})
        self.jobs.request_guides()

    def toggle_overlays(self, on: bool) -> None:
        self.page_view.show_tables = on
        self.page_view.show_headings = on
        self.refresh_overlays()

    def _on_extraction_done(self, sha: str) -> None:
        if sha == self.bench.current:
            self.refresh_overlays()

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
            self.refresh_overlays()

    def _on_table_selected(self, table_id: str, row: int, col: int) -> None:
        table = self.bench.table(table_id) if table_id else None
        if table is None:
            self.page_view.set_selected_table("")
            return
        self.page_view.show_table(table)
        self.editor_dock.show()
        self.editor_dock.raise_()
        self.jobs.request_guides()

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
        self.thumbnails.set_current_page(index)
        self.jobs.request_guides()

    def go_to_page_dialog(self) -> None:
        if not self.page_view.page_count:
            return
        page, ok = QInputDialog.getInt(self.window, self.tr("Go to Page"), self.tr("Page:"), self.page_view.page_index + 1, 1,
                                       self.page_view.page_count)
        if ok:
            self.page_view.set_page(page - 1)

    def _show_section(self, section_id: str) -> None:
        self.sections_dock.show()
        self.sections_dock.raise_()
        self.section_panel.select(section_id)

    def go_to_location(self, sha: str, location) -> None:
        self.bench.set_current_document(sha)
        if location.kind == "cell":
            self.bench.current_table = ""
            self.bench.select_table(location.table, location.row, location.col)
        else:
            self._show_section(location.section)

    def go_to_problem(self, problem) -> None:
        if problem.table:
            self.bench.current_table = ""
            self.bench.select_table(problem.table, problem.row if problem.row is not None else 0,
                                    problem.col if problem.col is not None else 0)
        elif problem.section:
            self._show_section(problem.section)
