"""A project in memory: its documents' current state (extraction + corrections) over a project file.

The state of each document is always ``baseline extraction`` + ``journal replayed in order``. Every
change goes through :meth:`Project.apply` (or :meth:`undo` / :meth:`redo`), which applies the operation
and commits it to the journal before returning, so the file is never behind the screen.

The undo and redo stacks are Qt-free; the GUI wraps them in a QUndoStack (one QUndoCommand per
operation). They are rebuilt from the journal when a project is opened, so undo works across restarts.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from app.project import ops
from app.document.model import DocumentData, SourceDocument
from app.source.pdf import describe, sha256_file
from app.project.store import ProjectError, ProjectStore


@dataclass
class Step:
    """One undoable step: the operation as applied and its inverse."""

    sha256: str
    op: dict[str, Any]
    inverse: dict[str, Any]

    @property
    def label(self) -> str:
        return ops.describe(self.op)


def _labelled_as(op: dict[str, Any], step_op: dict[str, Any]) -> dict[str, Any]:
    """``op`` (the inverse of an undo, which redoes the step) under the step's own label: the redo
    entry says "Rename “Kenya” to …", not the generic name of the operation."""
    if "label" in step_op and "label" not in op:
        op = {**op, "label": step_op["label"]}
    return op


@dataclass
class ReplayReport:
    applied: int = 0
    skipped: list[tuple[dict[str, Any], str]] = field(default_factory=list)


Listener = Callable[[str, dict[str, Any]], None]


class Project:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.documents: dict[str, DocumentData] = {}
        self.settings: dict[str, str] = {}
        self.replay_reports: dict[str, ReplayReport] = {}
        self.undo_stack: list[Step] = []
        self.redo_stack: list[Step] = []
        self._listeners: list[Listener] = []
        self._load()

    # ---- lifecycle ----------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike, overwrite: bool = False) -> "Project":
        return cls(ProjectStore.create(path, overwrite=overwrite))

    @classmethod
    def open(cls, path: str | os.PathLike, *, read_only: bool = False) -> "Project":
        """Open a project file; see :meth:`ProjectStore.open` (``ProjectLocked`` when another
        window has it, read-only with a reason on read-only media)."""
        store = ProjectStore.open(path, read_only=read_only)
        try:
            return cls(store)
        except BaseException:
            store.close()
            raise

    @classmethod
    def open_copy(cls, source: str | os.PathLike, target: str | os.PathLike) -> "Project":
        """Copy a project that another window has open (consistently, read-only) and open the copy."""
        with ProjectStore.open(source, read_only=True) as store:
            store.copy_to(target)
        return cls.open(target)

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def damaged(self) -> list[str]:
        """Rows of the project file that could not be read and were skipped (one sentence each)."""
        return self.store.damaged

    @property
    def path(self) -> Path:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    def save_as(self, path: str | os.PathLike) -> None:
        """Continue working in a copy at ``path`` (the current file stays as it is)."""
        new_store = self.store.save_as(path)
        if new_store is not self.store:
            self.store.close()
            self.store = new_store

    def subscribe(self, listener: Listener) -> None:
        """``listener(sha256, op)`` is called after every applied operation (GUI refresh)."""
        self._listeners.append(listener)

    def _load(self) -> None:
        for doc in self.store.documents():
            stored = self.store.get_extraction(doc.sha256)
            if stored is not None:
                data, settings = stored
                data.document = doc  # identity (path) as last recorded
                self.settings[doc.sha256] = settings
            else:
                data = DocumentData(document=doc)
            self.documents[doc.sha256] = data
        self._replay_all()

    def _replay_all(self, only: str | None = None) -> None:
        """Replay the journal onto the baselines and rebuild the undo/redo stacks."""
        if only is None:
            self.undo_stack.clear()
            self.redo_stack.clear()
        reports: dict[str, ReplayReport] = {}
        for entry in self.store.journal(only):
            data = self.documents.get(entry.sha256)
            if data is None:
                continue
            report = reports.setdefault(entry.sha256, ReplayReport())
            try:
                _check_op_tables(entry.op)
                inverse = ops.apply(data, entry.op)
            except ops.OpError as exc:
                report.skipped.append((entry.op, str(exc)))
                # a skipped "do" must not leave a stale undo entry behind
                continue
            except Exception as exc:  # noqa: BLE001 - an odd operation in the file: skip it, keep the rest
                report.skipped.append((entry.op, f"damaged correction #{entry.seq} ({type(exc).__name__})"))
                self.store.damaged.append(f"correction #{entry.seq}: cannot be applied ({type(exc).__name__}); skipped")
                # a skipped "do" must not leave a stale undo entry behind
                continue
            report.applied += 1
            if only is not None:
                continue
            step = Step(entry.sha256, entry.op, inverse)
            if entry.kind == "do":
                self.undo_stack.append(step)
                self.redo_stack.clear()
            elif entry.kind == "undo":
                if self.undo_stack:
                    undone = self.undo_stack.pop()
                    undone.op = _labelled_as(inverse, undone.op)  # re-applying this redoes the change exactly
                    self.redo_stack.append(undone)
            elif entry.kind == "redo":
                if self.redo_stack:
                    redone = self.redo_stack.pop()
                    redone.inverse = inverse
                    self.undo_stack.append(redone)
        self.replay_reports.update(reports)

    # ---- documents ----------------------------------------------------------------------------

    def add_pdf(self, path: str | os.PathLike, password: str | None = None, embed: bool = False) -> SourceDocument:
        """Register a source PDF (raises :class:`app.source.pdf.PdfError` with a clear message)."""
        doc = describe(path, password=password)
        sha = doc.sha256
        pdf_bytes = Path(path).read_bytes() if embed else None
        self.store.add_document(doc, pdf_bytes)
        if sha in self.documents:
            self.documents[sha].document = doc
        else:
            self.documents[sha] = DocumentData(document=doc)
        return doc

    def remove_document(self, sha256: str) -> None:
        self.store.remove_document(sha256)
        self.documents.pop(sha256, None)
        self.undo_stack = [s for s in self.undo_stack if s.sha256 != sha256]
        self.redo_stack = [s for s in self.redo_stack if s.sha256 != sha256]

    def data(self, sha256: str) -> DocumentData:
        return self.documents[sha256]

    def source_path(self, sha256: str) -> Path | None:
        """A readable path of the source PDF: the recorded path if it still has the same content, else
        a temporary copy of the embedded PDF; None when neither is available."""
        doc = self.documents[sha256].document
        p = Path(doc.path)
        if p.is_file():
            try:
                if p.stat().st_size > 0 and sha256_file(p) == sha256:
                    return p
            except OSError:
                pass
        blob = self.store.pdf_bytes(sha256)
        if blob is None:
            return None
        from app.project import cache

        try:
            return cache.pdf_file(sha256, blob)
        except ValueError:  # the embedded copy is not this document: never use it
            return None
        except OSError:
            # no usable cache folder: a fresh private folder of this process
            import tempfile

            path = Path(tempfile.mkdtemp(prefix="briefing-builder-")) / f"{sha256}.pdf"
            path.write_bytes(blob)
            return path

    def set_extraction(self, data: DocumentData, settings: str = "", *, stored: bool = False) -> ReplayReport:
        """Store a (re-)extraction as the document's baseline and replay the corrections onto it.

        ``stored=True``: the caller has already written ``data`` to the project file (e.g. through a
        worker thread's own connection, to keep a GUI thread light) and hands ``data`` over: it is
        neither written again nor copied.
        """
        sha = data.document.sha256
        if sha not in self.documents:
            self.store.add_document(data.document)
        if not stored:
            self.store.put_extraction(data, settings)
        self.settings[sha] = settings
        self.documents[sha] = data if stored else data.copy()
        self.replay_reports.pop(sha, None)
        self._replay_all(only=sha)
        # stacks of other documents are unaffected; this document's steps refer to the old tables
        self.undo_stack = [s for s in self.undo_stack if s.sha256 != sha]
        self.redo_stack = [s for s in self.redo_stack if s.sha256 != sha]
        report = self.replay_reports.get(sha, ReplayReport())
        self.replay_reports[sha] = report
        self._notify(sha, ops.reload_notice())
        return report

    # ---- changes ------------------------------------------------------------------------------

    def apply(self, sha256: str, op: dict[str, Any]) -> Step:
        """Apply a correction, commit it to the journal, and make it undoable."""
        data = self.documents[sha256]
        inverse = ops.apply(data, op)
        try:
            self.store.append_journal(sha256, op, "do")
        except Exception:
            ops.apply(data, inverse)  # keep memory and file in step
            raise
        step = Step(sha256, op, inverse)
        self.undo_stack.append(step)
        self.redo_stack.clear()
        self._notify(sha256, op)
        return step

    def undo(self) -> Step | None:
        if not self.undo_stack:
            return None
        step = self.undo_stack[-1]
        data = self.documents[step.sha256]
        redo_inverse = ops.apply(data, step.inverse)
        try:
            self.store.append_journal(step.sha256, step.inverse, "undo")
        except Exception:
            ops.apply(data, redo_inverse)
            raise
        self.undo_stack.pop()
        step.op = _labelled_as(redo_inverse, step.op)  # re-applying this redoes the change exactly
        self.redo_stack.append(step)
        self._notify(step.sha256, step.inverse)
        return step

    def redo(self) -> Step | None:
        if not self.redo_stack:
            return None
        step = self.redo_stack[-1]
        data = self.documents[step.sha256]
        inverse = ops.apply(data, step.op)
        try:
            self.store.append_journal(step.sha256, step.op, "redo")
        except Exception:
            ops.apply(data, inverse)
            raise
        self.redo_stack.pop()
        step.inverse = inverse
        self.undo_stack.append(step)
        self._notify(step.sha256, step.op)
        return step

    def _notify(self, sha256: str, op: dict[str, Any]) -> None:
        for listener in list(self._listeners):
            listener(sha256, op)


def _check_op_tables(op: Any, depth: int = 0) -> None:
    """Refuse a stored operation carrying a table that cannot be true (10^9 rows...): replaying it
    would exhaust memory. Raises ValueError."""
    if depth > 50:
        raise ValueError("operation nested too deeply")
    if isinstance(op, dict):
        if "cells" in op and ("n_rows" in op or "n_cols" in op):
            from app.document.model import Table
            from app.project.store import check_stored_table

            check_stored_table(Table.from_json(op))
            return
        for value in op.values():
            if isinstance(value, (dict, list)):
                _check_op_tables(value, depth + 1)
    elif isinstance(op, list):
        for value in op:
            _check_op_tables(value, depth + 1)


__all__ = ["Project", "ProjectError", "Step", "ReplayReport"]
