"""Background work of the main window: the document's extraction (progress and cancel in the status
bar) and the page jobs run in a helper process: a table extracted from a drawn area (new, replaced,
columns re-split) and the estimated column/row guides of the tables on the page shown."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMenu, QProgressBar, QPushButton

from app.document.messages import named
from app.document.model import Table
from app.extract.tables.continuation import merge_continued
from app.project import ops
from app.project import table_edit as te

from .area import PageTextService
from .i18n import item_name, translate_label
from .page_view import PageView
from .table_editor import TableEditor
from .workbench import Workbench


@dataclass
class AreaGroup:
    """The pieces of one area extraction: one piece, or one a page for a table merged from several
    pages. The table is applied once every piece is back; one failed piece fails the whole."""

    results: list[Table | None]
    pending: set[int] = field(default_factory=set)
    failed: bool = False

    @property
    def done(self) -> bool:
        return not self.pending and not self.failed


@dataclass(frozen=True)
class AreaJob:
    """One piece of an area extraction in flight."""

    sha: str
    #: the id of the table the result replaces; None for a new table
    replace: str | None
    method: str
    #: the columns were given (re-split of a table's columns)
    resplit: bool
    group: AreaGroup
    #: this piece's place in ``group.results``
    index: int


@dataclass(frozen=True)
class GuidesJob:
    """Estimated column and row lines for the tables of one page."""

    sha: str
    page: int


def overlap(a, b) -> float:
    """Share of box ``a`` covered by box ``b``."""
    x0, top = max(a[0], b[0]), max(a[1], b[1])
    x1, bottom = min(a[2], b[2]), min(a[3], b[3])
    if x1 <= x0 or bottom <= top:
        return 0.0
    area = max(1e-6, (a[2] - a[0]) * (a[3] - a[1]))
    return (x1 - x0) * (bottom - top) / area


class ExtractionJobs(QObject):
    #: an extraction ended (sha256 of the document)
    extractionDone = Signal(str)

    def __init__(self, window: QMainWindow, bench: Workbench, page_view: PageView, table_editor: TableEditor,
                 show_error: Callable[[str, str], None], exec_menu: Callable[[QMenu, QPoint], object]) -> None:
        super().__init__(window)
        self.window = window
        self.bench = bench
        self.page_view = page_view
        self.table_editor = table_editor
        self._show_error = show_error
        self._exec_menu = exec_menu
        self.text_service = PageTextService(window)
        self.text_service.finished.connect(self._on_text_job)
        self.text_service.failed.connect(self._on_text_job_failed)
        self._jobs: dict[int, AreaJob | GuidesJob] = {}
        #: (document, table id, bbox, rows, columns) whose guides were asked for already
        self._guides_done: set[tuple] = set()

        self.progress = QProgressBar(window)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), window)
        self.cancel_button.setToolTip(self.tr("Stop the extraction (pages done so far are kept)"))
        self.cancel_button.clicked.connect(self.cancel_extraction)
        self.cancel_button.hide()

        bench.projectAboutToChange.connect(self._forget_jobs)
        bench.extractionStarted.connect(self._on_extraction_started)
        bench.extractionProgress.connect(self._on_extraction_progress)
        bench.extractionFinished.connect(self._on_extraction_finished)
        page_view.areaDrawn.connect(self.area_drawn)
        page_view.columnsEdited.connect(self.resplit_columns)
        table_editor.reextractRequested.connect(self.reextract_selected_table)

    def _forget_jobs(self) -> None:
        """Answers still to come are for the project being closed: dropped when they come (another
        project holding the same PDF has the same table ids, and took them as its own corrections)."""
        self._jobs.clear()
        self._guides_done.clear()

    def _status(self, text: str, msecs: int = 0) -> None:
        self.window.statusBar().showMessage(text, msecs)

    # ---- the document's extraction -------------------------------------------------------------

    def reextract_document(self) -> None:
        sha = self.bench.current
        if not sha:
            return
        self.bench.extract(sha, replace=True)

    def cancel_extraction(self) -> None:
        self.bench.cancel_extraction()
        self.cancel_button.setEnabled(False)
        self._status(self.tr("Cancelling…"))

    def _on_extraction_started(self, sha: str) -> None:
        data = self.bench.data(sha)
        self.progress.setRange(0, max(1, data.document.pages if data else 1))
        self.progress.setValue(0)
        self._progress_text(self.tr("Extracting %v/%m"))
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        name = data.document.display_name if data else ""
        self._status(self.tr("Extracting {name}… (you can keep working)").format(name=name))

    def _on_extraction_progress(self, sha: str, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        if message and message != "extracting pages":  # the pipeline's own word; the rest is ours, translated
            self._progress_text(message[:1].upper() + message[1:] + "…")
        else:
            self._progress_text(self.tr("Extracting %v/%m"))

    def _progress_text(self, text: str) -> None:
        """The bar's text, shortened to its width (a French step name wrapped over two lines and lost
        its second one); the whole of it in the tooltip."""
        bar = self.progress
        text = text.replace("%v", str(bar.value())).replace("%m", str(bar.maximum()))
        width = (bar.width() if bar.isVisible() else bar.maximumWidth()) - 12
        shown = bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(20, width))
        bar.setFormat(shown.replace("%", "%%"))
        bar.setToolTip(text)

    def _on_extraction_finished(self, sha: str, message: str) -> None:
        if not self.bench.extracting:
            self.progress.hide()
            self.cancel_button.hide()
        self._status(message, 15000)
        self.extractionDone.emit(sha)

    # ---- guides: estimated column and row lines for tables without recorded separators -----------

    def forget_guides(self) -> None:
        self._guides_done.clear()

    def request_guides(self) -> None:
        data = self.bench.data()
        project = self.bench.project
        if data is None or project is None or not self.page_view.page_count:
            return
        sha = data.document.sha256
        number = self.page_view.page_index + 1
        todo = [t for t in data.tables if t.page == number]
        todo = [t for t in todo if (sha, t.id, t.bbox, t.n_rows, t.n_cols) not in self._guides_done]
        if not todo:
            return
        path = self.bench.source_path(sha)
        if path is None:
            return
        specs = [(t.id, t.bbox, t.n_rows, t.n_cols) for t in todo]
        for t in todo:
            self._guides_done.add((sha, t.id, t.bbox, t.n_rows, t.n_cols))
        request = self.text_service.submit(path, self.bench.passwords.get(sha), number, te.page_guides, specs)
        self._jobs[request] = GuidesJob(sha, number)

    # ---- tables from a drawn area ----------------------------------------------------------------

    def area_drawn(self, page_index: int, bbox) -> None:
        """A rectangle was drawn: offer to create a table from it or to replace an overlapping one."""
        data = self.bench.data()
        if data is None:
            return
        menu = QMenu(self.window)
        create_b = menu.addAction(self.tr("Create Table Here (Borderless)"))
        create_r = menu.addAction(self.tr("Create Table Here (Ruled)"))
        replace = {}
        overlapping = [t for t in data.tables
                       if any(page == page_index + 1 and overlap(box, bbox) > 0.2 for page, box in t.boxes())]
        if overlapping:
            menu.addSeparator()
        for t in overlapping:
            # named as the Tables list names it (its title, not "p3-t1"); a "&" in it is no mnemonic
            name = item_name(data, t.id).replace("&", "&&")
            replace[menu.addAction(self.tr("Replace Table {table} (Borderless)").format(table=name))] = (t.id, "borderless")
            replace[menu.addAction(self.tr("Replace Table {table} (Ruled)").format(table=name))] = (t.id, "ruled")
        menu.addSeparator()
        menu.addAction(self.tr("Cancel"))
        # at the area's lower right corner, where the drag ended (the middle of the view if scrolled out)
        viewport = self.page_view.viewport()
        corner = self.page_view.mapFromScene(QPointF(bbox[2], bbox[3]))
        chosen = self._exec_menu(menu, viewport.mapToGlobal(corner if viewport.rect().contains(corner)
                                                            else viewport.rect().center()))
        if chosen is create_b:
            self.extract_area(page_index + 1, bbox, "borderless")
        elif chosen is create_r:
            self.extract_area(page_index + 1, bbox, "ruled")
        elif chosen in replace:
            table_id, method = replace[chosen]
            self.extract_area(page_index + 1, bbox, method, replace=table_id)

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
            self._show_error(self.tr("The PDF is missing"), self.tr("The source PDF is not available; locate it first."))
            return None
        table_id = replace or te.new_table_id([t.id for t in data.tables], page)
        bbox = tuple(float(v) for v in bbox)
        pieces = [(page, bbox)]
        old = next((t for t in data.tables if t.id == replace), None) if replace else None
        if old is not None and old.parts and any(p == page for p, _ in old.boxes()):
            # a table merged from several pages: every piece is extracted again (the one on this page
            # from the new rectangle) and the pieces are merged again, so no page's rows are lost
            pieces = [(p, bbox if p == page else box) for p, box in old.boxes()]
        group = AreaGroup(results=[None] * len(pieces))
        first = None
        for k, (number, box) in enumerate(pieces):
            request = self.text_service.submit(path, self.bench.passwords.get(sha), number, te.extract_area, box,
                                               columns, method, table_id=table_id, page_number=number, document=sha)
            group.pending.add(request)
            self._jobs[request] = AreaJob(sha, replace, method, columns is not None, group, k)
            first = request if first is None else first
        self._status(self.tr("Extracting the area…") if len(pieces) == 1
                     else self.tr("Extracting the table's {count} pieces…").format(count=len(pieces)))
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

    # ---- replies ---------------------------------------------------------------------------------

    def _on_text_job(self, request: int, result) -> None:
        job = self._jobs.pop(request, None)
        if isinstance(job, GuidesJob):
            if job.sha == self.bench.current:
                for table_id, (columns, rows) in result.items():
                    self.page_view.set_guides(table_id, columns, rows)
        elif isinstance(job, AreaJob):
            job.group.pending.discard(request)
            job.group.results[job.index] = result
            if job.group.done:
                self._apply_area(job)

    def _apply_area(self, job: AreaJob) -> None:
        data = self.bench.data(job.sha)
        if data is None:
            return
        results = job.group.results
        new: Table = merge_continued(*results) if len(results) > 1 else results[0]
        if job.replace:
            try:
                old = data.table(job.replace)
            except KeyError:
                self._show_error(self.tr("The table is gone"),
                                 self.tr("The table was deleted while its area was being extracted."))
                return
            new.id = old.id
            new.title, new.caption = old.title, old.caption
            new.section, new.continued_from = old.section, old.continued_from
            new.method = job.method
            label = (te.label("resplit", table=named(old.title, old.id)) if job.resplit
                     else te.label("reextract", table=named(old.title, old.id), method=job.method))
            op = te.replace_op(old, new, label)
        else:
            new.method = "manual"
            op = ops.replace_table(new.id, new.to_json(), None, te.label("add_area", page=new.page))
        self.page_view.clear_guides(new.id)
        if self.bench.apply(op, job.sha):
            self.bench.current_table = ""
            self.bench.select_table(new.id)
            self._status(self.tr("{action}: {rows} × {columns} (Ctrl+Z to undo).").format(
                action=translate_label(op["label"]), rows=ExtractionJobs.tr("%n row(s)", "", new.n_rows),
                columns=ExtractionJobs.tr("%n column(s)", "", new.n_cols)), 8000)
            self.page_view.set_draw_mode(False)

    def _on_text_job_failed(self, request: int, message: str) -> None:
        job = self._jobs.pop(request, None)
        if isinstance(job, AreaJob):
            group = job.group
            group.pending.discard(request)
            if not group.failed:  # one message for a table of several pieces
                group.failed = True
                self._show_error(self.tr("Cannot extract the area"), message)

    def close(self) -> None:
        self.text_service.close()
