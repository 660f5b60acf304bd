"""The workbench: the open project, the current document and selection, undo, problems, extraction.

It is the one place the widgets go through to change anything. Every correction is an operation
(:mod:`app.project.ops`) applied by :meth:`Workbench.apply`, which calls :meth:`app.project.project.Project.apply`
(journaled and committed before it returns) and pushes one :class:`OpCommand` on the
:class:`QUndoStack`. The QUndoStack and the project's own undo/redo stacks move in lock step: a command
does nothing on its first ``redo`` (the project already applied the operation) and afterwards calls
``Project.redo`` / ``Project.undo``. After a project is opened the QUndoStack is rebuilt from the
project's stacks, so undo works across restarts.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.project import ops
from app.document.model import DocumentData, Section, Table
from app.extract.problems import Problem, check_section, check_source, check_table
from app.project.project import Project
from app.project.store import PROJECT_SUFFIX, ProjectError

from . import i18n, threads
from .i18n import translate_label, translate_message
from .places import app_data_folder, legacy_projects_folder
from .rendering import Document, RenderService

UNTITLED_PREFIX = "Untitled"

# Extraction workers started from the GUI run at a lower priority, so on a 2-core laptop the window
# keeps answering while every core extracts (inherited by the worker processes; see app.extract.pipeline).
os.environ.setdefault("BRIEFING_WORKER_NICE", "10")


def projects_folder() -> Path:
    """Where untitled projects are kept (see :mod:`widgets.places`)."""
    folder = app_data_folder() / "projects"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def holds_work(path: str | os.PathLike, immutable: bool = True) -> bool:
    """True when the project file at ``path`` holds corrections or saved packs, or cannot be read
    (then it is kept: only a file known to hold nothing of the user's may be removed).
    ``immutable=False`` also reads a write-ahead log left beside it (a crashed window's last
    corrections): only for a file whose write lock the caller holds."""
    import sqlite3

    uri = Path(path).resolve().as_uri() + ("?immutable=1" if immutable else "")
    try:
        db = sqlite3.connect(uri, uri=True)
        try:
            corrections = db.execute("SELECT COUNT(*) FROM journal").fetchone()[0]
            packs = db.execute("SELECT COUNT(*) FROM packs").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return True
    return bool(corrections or packs)


def remove_project_file(path: str | os.PathLike) -> None:
    for suffix in ("", "-wal", "-shm"):
        try:
            Path(str(path) + suffix).unlink()
        except OSError:
            pass


def sweep_untitled() -> int:
    """Remove untitled projects that hold nothing of the user's (a PDF opened and left without a
    correction or a saved pack). A project another window has open holds its write lock and is left
    alone; a crashed window's project is read with its write-ahead log, so corrections not yet in the
    main file count; anything that cannot be read is kept. Returns how many were removed."""
    from app.project.lockfile import LockBusy, ProjectLock

    removed = 0
    for folder in (projects_folder(), legacy_projects_folder()):
        if not folder.is_dir():
            continue
        for path in folder.glob(f"{UNTITLED_PREFIX}*{PROJECT_SUFFIX}"):
            lock = ProjectLock(path)
            try:
                lock.acquire()
            except (LockBusy, OSError):
                continue
            try:
                if holds_work(path, immutable=False):
                    continue
                remove_project_file(path)
                removed += 1
            finally:
                lock.release()
    return removed


def held_work(path: str | os.PathLike, sha256: str) -> tuple[int, int, float]:
    """(how many corrections of document ``sha256`` the project file holds now, how many packs are
    saved in it when it holds that document, when the last of either was made): each correction made
    or redone counts, each undone one no longer does. (0, 0, 0.0) when the file cannot be read. Reads
    the write-ahead log too: only for a file whose lock the caller holds."""
    import sqlite3

    try:
        db = sqlite3.connect(Path(path).resolve().as_uri(), uri=True)
        try:
            held, last = db.execute(
                "SELECT COALESCE(SUM(CASE kind WHEN 'undo' THEN -1 ELSE 1 END), 0), COALESCE(MAX(created_at), 0) "
                "FROM journal WHERE sha256 = ?", (sha256,)).fetchone()
            packs, saved = 0, 0.0
            if db.execute("SELECT 1 FROM documents WHERE sha256 = ?", (sha256,)).fetchone():
                packs, saved = db.execute("SELECT COUNT(*), COALESCE(MAX(updated_at), 0) FROM packs").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return 0, 0, 0.0
    return max(0, int(held)), int(packs), max(float(last), float(saved))


def untitled_with_work(sha256: str, exclude: str | os.PathLike | None = None) -> list[tuple[Path, int, int, float]]:
    """Untitled projects left with corrections of document ``sha256`` or with packs saved beside it
    (a PDF corrected or a pack saved, then left without saving the project under a name), the most
    recent first: (path, corrections held, packs saved, time of the last). ``exclude`` (the project
    open now) and projects another window has open are left out."""
    from app.project.lockfile import LockBusy, ProjectLock

    skip = Path(exclude).resolve() if exclude else None
    found = []
    for folder in (projects_folder(), legacy_projects_folder()):
        if not folder.is_dir():
            continue
        for path in folder.glob(f"{UNTITLED_PREFIX}*{PROJECT_SUFFIX}"):
            if skip is not None and path.resolve() == skip:
                continue
            lock = ProjectLock(path)
            try:
                lock.acquire()
            except (LockBusy, OSError):
                continue
            try:
                held, packs, last = held_work(path, sha256)
            finally:
                lock.release()
            if held or packs:
                found.append((path, held, packs, last))
    return sorted(found, key=lambda item: -item[3])


def tables_in_op(op: dict[str, Any]) -> set[str] | None:
    """Ids of the tables an operation touches; None means "maybe all" (reload)."""
    name = op.get("op")
    if name in ("set_cell", "set_table", "replace_table"):
        return {str(op["table"])}
    if name == "page":  # tables added by a running extraction
        return {str(t) for t in op.get("tables", [])}
    if name == "batch":
        found: set[str] = set()
        for sub in op.get("ops", []):
            inner = tables_in_op(sub)
            if inner is None:
                return None
            found |= inner
        return found
    if name in ("set_section", "insert_section", "delete_section", "move_section"):
        return set()
    return None


def touches_sections(op: dict[str, Any]) -> bool:
    name = op.get("op")
    if name == "batch":
        return any(touches_sections(sub) for sub in op.get("ops", []))
    return name in ("set_section", "insert_section", "delete_section", "move_section", "reload")


class OpCommand(QUndoCommand):
    """One operation on the QUndoStack; the project does the work."""

    def __init__(self, bench: "Workbench", text: str) -> None:
        super().__init__(text)
        self._bench = bench
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._bench._project_step("redo")

    def undo(self) -> None:
        self._bench._project_step("undo")


class Workbench(QObject):
    #: the current project is about to be closed or replaced: views save what is being typed now
    projectAboutToChange = Signal()
    projectChanged = Signal()
    documentsChanged = Signal()
    #: sha256 of the document now shown ("" for none)
    currentDocumentChanged = Signal(str)
    #: (sha256, op) after every applied operation; op {"op": "reload"} after a (re-)extraction
    dataChanged = Signal(str, object)
    #: (table id or "", row, col): the table (and cell) to show
    tableSelected = Signal(str, int, int)
    #: section id or ""
    sectionSelected = Signal(str)
    #: sha256 whose problem list changed
    problemsChanged = Signal(str)
    #: extraction of sha256 started / progressed (done, total, message) / finished (sha, message)
    extractionStarted = Signal(str)
    extractionProgress = Signal(str, int, int, str)
    extractionFinished = Signal(str, str)
    #: (title, message) to show the user
    error = Signal(str, str)
    #: status bar text
    message = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        i18n.ensure()  # the interface's language (and English plural forms) before any text is made
        self.project: Project | None = None
        self.current: str = ""
        self.current_table: str = ""
        self.current_section: str = ""
        self.passwords: dict[str, str | None] = {}
        #: ``start_document(project) -> sha256 or ""``: the document shown first when a project opens
        #: (the window's: the one shown when the project was last closed); default its first
        self.start_document: Callable[[Project], str] | None = None
        self.undo_stack = QUndoStack(self)
        self.renders = RenderService(self)
        self._documents: dict[str, Document] = {}
        self._source_paths: dict[str, tuple[Path, tuple[int, int]]] = {}
        self._syncing = False
        self._table_problems: dict[str, dict[str, list[Problem]]] = {}
        self._section_problems: dict[str, list[Problem] | None] = {}
        self._problem_queue: list[tuple[str, str]] = []
        self._problem_timer = QTimer(self)
        self._problem_timer.setInterval(0)
        self._problem_timer.timeout.connect(self._problem_tick)
        self._extraction = None
        self._extraction_queue: list[tuple[str, bool, int | None]] = []
        self._opening = 0  # counts the projects opened: an extraction belongs to one opening
        self.last_extraction_seconds: float | None = None
        self._finish_message = ""
        #: worker processes for extraction (None: one per core; 0: in the extraction thread itself)
        self.workers: int | None = None
        # the process extraction workers are forked from, started once the window is up: the first
        # document opened then waits for no interpreter start and imports (not when workers are 0)
        QTimer.singleShot(0, self._prestart_workers)

    def _prestart_workers(self) -> None:
        if self.workers != 0:
            from app.extract.pipeline import prestart

            prestart()

    # ================================================================================== project

    @property
    def has_project(self) -> bool:
        return self.project is not None

    @property
    def is_untitled(self) -> bool:
        return self.project is not None and is_untitled(self.project.path)

    def new_project(self, path: str | os.PathLike | None = None) -> Project:
        """Start a project (an untitled one in the app data folder when no path is given)."""
        if path is None:
            stamp = time.strftime("%Y-%m-%d %H%M%S")
            path = projects_folder() / f"{UNTITLED_PREFIX} {stamp}{PROJECT_SUFFIX}"
            k = 2
            while Path(path).exists():
                path = projects_folder() / f"{UNTITLED_PREFIX} {stamp} ({k}){PROJECT_SUFFIX}"
                k += 1
        project = Project.create(path, overwrite=True)
        self._set_project(project)
        return project

    def open_project(self, path: str | os.PathLike, read_only: bool = False) -> Project:
        """Open a project file (raises :class:`ProjectError` with a sentence for the user;
        ``ProjectLocked`` when another window has it open)."""
        project = Project.open(path, read_only=read_only)
        self._set_project(project)
        skipped = sum(len(r.skipped) for r in project.replay_reports.values())
        if skipped:
            self.message.emit(Workbench.tr("%n correction(s) no longer match the extracted tables and were not applied.",
                                           "", skipped))
        return project

    def open_project_copy(self, source: str | os.PathLike, target: str | os.PathLike) -> Project:
        """Copy a project another window has open (consistently) and work on the copy."""
        project = Project.open_copy(source, target)
        self._set_project(project)
        return project

    def close_project(self) -> None:
        self.cancel_extraction(all_queued=True)
        self._set_project(None)

    def save_as(self, path: str | os.PathLike) -> None:
        assert self.project is not None
        old = self.project.path
        was_untitled = self.is_untitled
        self.project.save_as(path)
        if was_untitled and Path(old).resolve() != Path(path).resolve():
            remove_project_file(old)
        self.projectChanged.emit()

    def _set_project(self, project: Project | None) -> None:
        """Make ``project`` the current one. Every view follows through the signals emitted here
        (projectChanged, documentsChanged and always currentDocumentChanged, even when the new
        project has no document). An untitled project left without corrections or saved packs is
        removed, so they do not pile up in the application data folder."""
        discard = None
        if self.project is not None:
            self.projectAboutToChange.emit()
            self.cancel_extraction(all_queued=True)
            old = self.project
            if self.discards_on_close:
                discard = old.path
            old.close()
            if discard is not None:
                remove_project_file(discard)
        for doc in self._documents.values():
            self.renders.forget(doc)
            doc.close()
        self._documents.clear()
        self._source_paths.clear()
        self.project = project
        # a number, not the project: a thread holding the project would keep it (and this workbench,
        # through its subscribers) alive until the thread's deferred delete
        self._opening += 1
        self.current = ""
        self.current_table = ""
        self.current_section = ""
        self._table_problems.clear()
        self._section_problems.clear()
        self._problem_queue.clear()
        if project is not None:
            project.subscribe(self._on_project_change)
        self.rebuild_undo_stack()
        self.projectChanged.emit()
        self.documentsChanged.emit()
        first = next(iter(project.documents), "") if project else ""
        if project is not None and self.start_document is not None:
            first = self.start_document(project) or first
        self.current = None  # type: ignore[assignment]  # so the views are told even when ``first`` is ""
        self.set_current_document(first)

    @property
    def discards_on_close(self) -> bool:
        """True when closing the current project removes it (untitled, nothing of the user's in it)."""
        return self.project is not None and self.is_untitled and not self._holds_work(self.project)

    @staticmethod
    def _holds_work(project: Project) -> bool:
        try:
            return bool(project.store.journal_count() or project.store.packs())
        except Exception:  # noqa: BLE001 - unreadable: keep it
            return True

    # ================================================================================ documents

    def documents(self) -> list[DocumentData]:
        return list(self.project.documents.values()) if self.project else []

    def data(self, sha: str | None = None) -> DocumentData | None:
        sha = sha or self.current
        if not self.project or not sha:
            return None
        return self.project.documents.get(sha)

    def set_current_document(self, sha: str) -> None:
        if sha == self.current:
            return
        self.current = sha
        self.current_table = ""
        self.current_section = ""
        self.currentDocumentChanged.emit(sha)
        if sha:
            self.schedule_problems(sha)

    def add_pdf(self, path: str | os.PathLike, password: str | None = None, embed: bool = False) -> str:
        """Add a PDF to the project (creating an untitled project when none is open); returns its sha256.

        Raises :class:`app.source.pdf.PdfError` with a user-facing sentence.
        """
        if self.project is None:
            self.new_project()
        assert self.project is not None
        doc = self.project.add_pdf(path, password=password, embed=embed)
        self.passwords[doc.sha256] = password
        old = self._documents.pop(doc.sha256, None)
        if old is not None:
            self.renders.forget(old)
            old.close()
        self.documentsChanged.emit()
        self.set_current_document(doc.sha256)
        return doc.sha256

    def remove_document(self, sha: str) -> None:
        assert self.project is not None
        if self._extraction is not None and self._extraction.sha256 == sha:
            self.cancel_extraction()
        doc = self._documents.pop(sha, None)
        if doc is not None:
            self.renders.forget(doc)
            doc.close()
        self.project.remove_document(sha)
        self._source_paths.pop(sha, None)
        self._table_problems.pop(sha, None)
        self.rebuild_undo_stack()
        self.documentsChanged.emit()
        if self.current == sha:
            self.current = ""
            self.set_current_document(next(iter(self.project.documents), ""))

    def has_extraction(self, sha: str) -> bool:
        """True when the document has a stored extraction (its baseline)."""
        return bool(self.project and sha in self.project.settings)

    def render_document(self, sha: str | None = None) -> Document | None:
        """The renderable PDF of a document (opened on first use).

        Raises :class:`app.source.pdf.PdfPasswordError` when a password is needed and
        :class:`FileNotFoundError` when neither the file nor an embedded copy is available.
        """
        sha = sha or self.current
        if not sha or self.project is None:
            return None
        doc = self._documents.get(sha)
        if doc is not None:
            return doc
        path = self.source_path(sha)
        if path is None:
            raise FileNotFoundError(self.project.documents[sha].document.path)
        doc = Document(sha, path, password=self.passwords.get(sha))
        self._documents[sha] = doc
        return doc

    def page_features(self, pages: Iterable[int], sha: str | None = None) -> Iterator[dict]:
        """The section features of ``pages``, in order, as cached with the document's extraction (one
        small SQLite read per page, as the caller asks for the next; pages not in the cache are left out)."""
        sha = sha or self.current
        if self.project is None or not sha or sha not in self.project.settings:
            return
        settings = self.project.settings[sha]
        for page in pages:
            try:
                cached = self.project.store.cached_page(sha, int(page), settings)
            except Exception:  # noqa: BLE001 - a damaged cache row only means "not found"
                cached = None
            if cached and isinstance(cached.get("features"), dict) and cached["features"]:
                yield cached["features"]

    def source_path(self, sha: str) -> Path | None:
        """A readable copy of the document's PDF (see :meth:`Project.source_path`).

        Project.source_path hashes the whole file to be sure it is the same one; that is too slow to
        do on every page turn of a large PDF, so the answer is kept while the file's size and time
        stamp stay the same."""
        if self.project is None:
            return None
        cached = self._source_paths.get(sha)
        if cached is not None:
            path, signature = cached
            try:
                st = path.stat()
                if (st.st_size, st.st_mtime_ns) == signature:
                    return path
            except OSError:
                pass
        path = self.project.source_path(sha)
        if path is not None:
            try:
                st = Path(path).stat()
                self._source_paths[sha] = (Path(path), (st.st_size, st.st_mtime_ns))
            except OSError:
                pass
        else:
            self._source_paths.pop(sha, None)
        return path

    def locate_document(self, sha: str, path: str | os.PathLike) -> None:
        """The user found a moved source PDF: remember its new place (checked by content)."""
        assert self.project is not None
        from app.source.pdf import PdfMalformedError, sha256_file

        if sha256_file(path) != sha:
            raise PdfMalformedError(f"{Path(path).name} is not the same file (its content differs).")
        self.project.store.update_document_path(sha, str(Path(path).resolve()))
        self._source_paths.pop(sha, None)
        self.project.documents[sha].document.path = str(Path(path).resolve())

    def embed_pdfs(self, embed: bool) -> int:
        """Embed (or drop the embedded copies of) all source PDFs; returns how many changed."""
        assert self.project is not None
        changed = 0
        for sha, data in self.project.documents.items():
            if embed:
                if self.project.store.has_embedded_pdf(sha):
                    continue
                path = self.source_path(sha)
                if path is None:
                    continue
                self.project.store.embed_pdf(sha, Path(path).read_bytes())
            else:
                if not self.project.store.has_embedded_pdf(sha):
                    continue
                self.project.store.embed_pdf(sha, None)
            changed += 1
        self.project.store.set_meta("embed_pdfs", "1" if embed else "0")
        return changed

    @property
    def embeds_pdfs(self) -> bool:
        if self.project is None:
            return False
        try:
            return self.project.store.meta().get("embed_pdfs") == "1"
        except Exception:  # noqa: BLE001
            return False

    # ================================================================================ selection

    def table(self, table_id: str | None = None) -> Table | None:
        data = self.data()
        table_id = table_id if table_id is not None else self.current_table
        if data is None or not table_id:
            return None
        try:
            return data.table(table_id)
        except KeyError:
            return None

    def section(self, section_id: str | None = None) -> Section | None:
        data = self.data()
        section_id = section_id if section_id is not None else self.current_section
        if data is None or not section_id:
            return None
        try:
            return data.section(section_id)
        except KeyError:
            return None

    def select_table(self, table_id: str, row: int = -1, col: int = -1) -> None:
        """Show a table (and a cell) everywhere: editor, tables list, page. Asking again for the
        current table shows it again (e.g. after the page was scrolled elsewhere)."""
        self.current_table = table_id
        self.tableSelected.emit(table_id, row, col)

    def select_section(self, section_id: str) -> None:
        self.current_section = section_id
        self.sectionSelected.emit(section_id)

    # ================================================================================== changes

    def apply(self, op: dict[str, Any], sha: str | None = None) -> bool:
        """Apply one correction (journaled, undoable). Tells the user and returns False when it fails."""
        sha = sha or self.current
        if self.project is None or not sha:
            return False
        try:
            step = self.project.apply(sha, op)
        except ops.OpConflict as exc:
            self.error.emit(self.tr("The change cannot be made"),
                            self.tr("The document changed meanwhile ({reason}).").format(reason=exc))
            return False
        except ops.OpError as exc:
            self.error.emit(self.tr("The change cannot be made"), translate_message(exc))
            return False
        except ProjectError as exc:  # read-only, disk full: the sentence says which
            self.error.emit(self.tr("The change could not be saved"),
                            self.tr("{reason} Nothing was changed.").format(reason=translate_message(exc)))
            return False
        except Exception as exc:  # noqa: BLE001 - file gone ...
            self.error.emit(self.tr("The change could not be saved"),
                            self.tr("The project file could not be written, so nothing was changed ({reason}).")
                            .format(reason=exc))
            return False
        self.undo_stack.push(OpCommand(self, translate_label(step.label)))
        return True

    def begin_macro(self, label: str) -> None:
        self.undo_stack.beginMacro(label)

    def end_macro(self) -> None:
        self.undo_stack.endMacro()

    def _project_step(self, kind: str) -> None:
        if self._syncing or self.project is None:
            return
        try:
            step = self.project.undo() if kind == "undo" else self.project.redo()
        except Exception as exc:  # noqa: BLE001
            self.error.emit(self.tr("Undo failed") if kind == "undo" else self.tr("Redo failed"), str(exc))
            QTimer.singleShot(0, self.rebuild_undo_stack)
            return
        if step is None:
            QTimer.singleShot(0, self.rebuild_undo_stack)
            return
        if step.sha256 != self.current:
            self.set_current_document(step.sha256)
        tables = tables_in_op(step.op)
        if tables and len(tables) == 1:
            (table_id,) = tables
            if self.table(table_id) is not None:
                self.current_table = ""
                self.select_table(table_id)

    def rebuild_undo_stack(self) -> None:
        """Make the QUndoStack mirror the project's undo and redo stacks."""
        self._syncing = True
        try:
            self.undo_stack.clear()
            if self.project is None:
                return
            undo, redo = list(self.project.undo_stack), list(self.project.redo_stack)
            for step in undo + list(reversed(redo)):
                self.undo_stack.push(OpCommand(self, translate_label(step.label)))
            self.undo_stack.setIndex(len(undo))
        finally:
            self._syncing = False

    def in_step(self) -> bool:
        """True when the QUndoStack and the project agree (used by tests)."""
        if self.project is None:
            return self.undo_stack.count() == 0
        return (self.undo_stack.index() == len(self.project.undo_stack)
                and self.undo_stack.count() == len(self.project.undo_stack) + len(self.project.redo_stack))

    def _on_project_change(self, sha: str, op: dict[str, Any]) -> None:
        tables = tables_in_op(op)
        cache = self._table_problems.setdefault(sha, {})
        if tables is None:
            cache.clear()
            self._section_problems[sha] = None
        else:
            for t in tables:
                cache.pop(t, None)
        if touches_sections(op):
            self._section_problems[sha] = None
        data = self.data(sha)
        if data is not None and op.get("op") != "reload":
            if self.current_table and sha == self.current:
                try:
                    data.table(self.current_table)
                except KeyError:
                    self.current_table = ""
        self.dataChanged.emit(sha, op)
        self.schedule_problems(sha)

    # ================================================================================= problems

    def table_problems(self, table: Table, sha: str | None = None) -> list[Problem]:
        sha = sha or self.current
        cache = self._table_problems.setdefault(sha, {})
        found = cache.get(table.id)
        if found is None:
            found = check_table(table)
            cache[table.id] = found
        return found

    def problems(self, sha: str | None = None) -> list[Problem] | None:
        """All problems of a document, or None while they are being computed."""
        sha = sha or self.current
        data = self.data(sha)
        if data is None:
            return []
        cache = self._table_problems.get(sha, {})
        sections = self._section_problems.get(sha)
        if sections is None or any(t.id not in cache for t in data.tables):
            return None
        found: list[Problem] = check_source(data)
        for t in data.tables:
            found.extend(cache[t.id])
        found.extend(sections)
        return found

    def schedule_problems(self, sha: str) -> None:
        """Compute missing problem lists a few tables at a time on the GUI thread's idle time."""
        if not sha or self.data(sha) is None:
            return
        self._problem_queue = [q for q in self._problem_queue if q[0] != sha]
        self._problem_queue.append((sha, ""))
        self._problem_timer.start()

    def _problem_tick(self) -> None:
        deadline = time.perf_counter() + 0.015
        while self._problem_queue and time.perf_counter() < deadline:
            sha, _ = self._problem_queue[0]
            data = self.data(sha)
            if data is None:
                self._problem_queue.pop(0)
                continue
            cache = self._table_problems.setdefault(sha, {})
            todo = [t for t in data.tables if t.id not in cache]
            for table in todo:
                cache[table.id] = check_table(table)
                if time.perf_counter() >= deadline:
                    break
            else:
                if self._section_problems.get(sha) is None:
                    found: list[Problem] = []
                    for section in data.all_sections():
                        found.extend(check_section(section))
                    self._section_problems[sha] = found
                self._problem_queue.pop(0)
                self.problemsChanged.emit(sha)
        if not self._problem_queue:
            self._problem_timer.stop()

    def problems_ready(self, sha: str | None = None) -> bool:
        return self.problems(sha) is not None

    # =============================================================================== extraction

    @property
    def extracting(self) -> str:
        """sha256 of the document being extracted ("" when idle)."""
        return self._extraction.sha256 if self._extraction is not None else ""

    def extract(self, sha: str | None = None, replace: bool = False, workers: int | None = None) -> bool:
        """Extract a document in the background (queued behind a running extraction).

        ``replace``: a re-extraction; the current state stays until the new one is complete, then the
        corrections journal is replayed onto it.
        """
        sha = sha or self.current
        if self.project is None or not sha:
            return False
        if self.extracting == sha or any(q[0] == sha for q in self._extraction_queue):
            return True
        self._extraction_queue.append((sha, replace, workers if workers is not None else self.workers))
        if self._extraction is None:
            self._start_next_extraction()
        return True

    def _start_next_extraction(self) -> None:
        from .extraction import ExtractionThread

        while self._extraction_queue and self._extraction is None and self.project is not None:
            sha, replace, workers = self._extraction_queue.pop(0)
            data = self.project.documents.get(sha)
            if data is None:
                continue
            path = self.source_path(sha)
            if path is None:
                self.error.emit(self.tr("The PDF is missing"),
                                self.tr("{name} was moved or deleted; locate it to extract it.").format(
                                    name=Path(data.document.path).name))
                continue
            thread = ExtractionThread(path, data.document, password=self.passwords.get(sha),
                                      project_path=self.project.path, workers=workers,
                                      replace=replace or bool(data.tables) or bool(data.sections), parent=self)
            thread.pageReady.connect(self._on_page_ready)
            # bound methods only: a lambda holding ``self`` is kept by the thread's connection, so the
            # thread's deferred delete would free the workbench, whose destructor deletes the thread
            # again (a segfault after a workbench is dropped with its extraction just cancelled)
            thread.progressed.connect(self._on_progress)
            thread.extracted.connect(self._on_extracted)
            thread.failed.connect(self._on_extraction_failed)
            thread.finished.connect(self._on_thread_finished)
            threads.register(thread, thread.cancel)  # waited for if the application quits meanwhile
            # a workbench deleted with its parent mid-run (a window closed by other means than its close
            # event) deletes the thread after this: stopped first (the connection ends with the thread)
            self.destroyed.connect(thread.stop)
            thread.opening = self._opening  # its results belong to this opening of a project only
            self._extraction = thread
            self.extractionStarted.emit(sha)
            thread.start()

    def cancel_extraction(self, all_queued: bool = False) -> None:
        if all_queued:
            self._extraction_queue.clear()
        thread = self._extraction
        if thread is not None:
            thread.cancel()
            if all_queued:
                thread.wait(30000)

    def _current_job(self):
        """The extraction whose signal is being delivered, when its results are for the project open
        now; None for a job of a project closed meanwhile (cancelled while the window moved to
        another project, its last signals still queued: the same PDF in the project opened next
        took its partial pages)."""
        thread = self.sender() if isinstance(self.sender(), QObject) else self._extraction
        if thread is None or thread is not self._extraction or self.project is None:
            return None
        return thread if getattr(thread, "opening", self._opening) == self._opening else None

    def _on_progress(self, done: int, total: int, message: str) -> None:
        thread = self._current_job()
        if thread is not None:
            self.extractionProgress.emit(thread.sha256, done, total, message)

    def _on_page_ready(self, result) -> None:
        thread = self._current_job()
        if thread is None or thread.replace:
            return
        data = self.project.documents.get(thread.sha256)
        if data is None or not result.tables:
            return
        known = {t.id for t in data.tables}
        added = [t for t in result.tables if t.id not in known]
        if not added:
            return
        from app.project.ops import table_position

        for table in added:
            data.tables.insert(table_position(data.tables, table), table)
        self._table_problems.setdefault(thread.sha256, {})
        self.dataChanged.emit(thread.sha256, ops.page_notice(result.page, [t.id for t in added]))
        self.schedule_problems(thread.sha256)

    def _on_extracted(self, data: DocumentData, cancelled: bool, written: bool = False) -> None:
        thread = self._current_job()
        if thread is None or data.document.sha256 not in self.project.documents:
            return
        if cancelled and thread.replace:
            self._finish_message = self.tr("Re-extraction cancelled; nothing was changed.")
            return
        try:
            report = self.project.set_extraction(data, thread.settings.key() if thread.settings else "",
                                                 stored=written)
        except Exception as exc:  # noqa: BLE001
            self.error.emit(self.tr("The extraction could not be saved"), translate_message(exc))
            return
        self.rebuild_undo_stack()
        if self.current_table and self.table(self.current_table) is None:
            self.current_table = ""
        self.last_extraction_seconds = thread.seconds
        parts = [Workbench.tr("%n table(s)", "", len(data.tables)),
                 Workbench.tr("%n section(s)", "", sum(1 for _ in data.headings()))]
        if report.applied:
            parts.append(Workbench.tr("%n correction(s) re-applied", "", report.applied))
        if report.skipped:
            parts.append(Workbench.tr("%n left out (no longer matching)", "", len(report.skipped)))
        if cancelled:
            parts.append(self.tr("cancelled before the end"))
        self._finish_message = self.tr("Extracted: {parts}.").format(parts=", ".join(parts))

    def _on_extraction_failed(self, message: str) -> None:
        if self._current_job() is None:  # a job of a project closed meanwhile: nothing of this one failed
            return
        self.error.emit(self.tr("Extraction failed"), message)
        self._finish_message = message

    def _on_thread_finished(self) -> None:
        thread = self._extraction
        self._extraction = None
        message, self._finish_message = getattr(self, "_finish_message", ""), ""
        if thread is not None:
            thread.deleteLater()
            self.extractionFinished.emit(thread.sha256, message or self.tr("Extraction stopped."))
        self._start_next_extraction()


def is_untitled(path: str | os.PathLike) -> bool:
    p = Path(path)
    try:
        parent = p.resolve().parent
        return p.name.startswith(UNTITLED_PREFIX) and parent in (projects_folder().resolve(),
                                                                 legacy_projects_folder().resolve())
    except OSError:
        return False


def commit_open_editor(view) -> bool:
    """Save what is typed in an item view's open cell editor and close the editor, as a click
    elsewhere would. Called before the view's model is reset or the project changes, so a typed value
    is neither lost nor committed into the wrong model ("commitData called with an editor that does
    not belong to this view"). Returns True when an editor was open."""
    from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView

    if view.state() != QAbstractItemView.State.EditingState or view.model() is None:
        return False
    index = view.currentIndex()
    editor = view.indexWidget(index) if index.isValid() else None
    if editor is None:
        return False
    delegate = view.itemDelegateForIndex(index)
    # The editor is closed first and its value written afterwards: writing it makes the model reset
    # (the table is reloaded), which must not happen while the view still counts the editor as open.
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    if delegate is not None:
        delegate.setModelData(editor, view.model(), index)
    return True
