"""Where the user was: for each project file, the document shown and, for each of its documents, the
page and the table last looked at. A project reopened (or a document shown again, also a PDF opened
again in a new project) returns there instead of to page 1 of its first document.

Kept in the application's settings (not the project file: looking is not a correction, a read-only
project has the same need, and a shared project file should not carry one reader's place), for the
:data:`MAX_PROJECTS` projects used last. Written when the project closes or changes (and so when the
window closes).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject

from .page_view import PageView
from .places import settings
from .workbench import Workbench

SETTINGS_KEY = "last_view"
MAX_PROJECTS = 50
#: documents remembered by their sha256 whatever the project: a PDF opened again in a new project
#: (an untitled one, each time it is opened from the file manager) returns to its place too
MAX_DOCUMENTS = 200
DOCUMENTS = "\u0000documents"  # never a project path


def _key(path: Path) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:
        return str(path)


def load_all() -> dict:
    try:
        value = json.loads(str(settings().value(SETTINGS_KEY, "") or "{}"))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class LastView(QObject):
    def __init__(self, bench: Workbench, page_view: PageView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.page_view = page_view
        #: the open project's places: {"doc": sha256, "places": {sha256: [page index, table id]}}
        self._places: dict = {}
        #: the document whose place is being followed: the page view's changes while another one is
        #: put in (page 1 first) are not places the user chose
        self._shown = ""
        self._documents: dict = {}
        self._restoring = False
        bench.projectAboutToChange.connect(self.save)
        bench.projectChanged.connect(self._project_changed)
        # after the page view was given the document (connected later than the window's own handler)
        bench.currentDocumentChanged.connect(self._document_shown)
        bench.tableSelected.connect(self._table_selected)
        page_view.pageChanged.connect(self._page_changed)
        bench.start_document = self.start_document

    # ---- remembering --------------------------------------------------------------------------

    def _place(self, sha: str) -> list:
        return self._places.setdefault("places", {}).setdefault(sha, [0, ""])

    def _page_changed(self, index: int, count: int) -> None:
        sha = self.bench.current
        if sha and sha == self._shown and count and not self._restoring:
            self._place(sha)[0] = index

    def _table_selected(self, table_id: str, row: int, col: int) -> None:
        sha = self.bench.current
        if sha and sha == self._shown and not self._restoring:
            self._place(sha)[1] = table_id

    def save(self) -> None:
        """Write the open project's places to the settings (the project is about to close)."""
        project = self.bench.project
        if project is None or not self._places:
            return
        if self.bench.current:
            self._places["doc"] = self.bench.current
        everything = load_all()
        documents = everything.pop(DOCUMENTS, {})
        if not isinstance(documents, dict):
            documents = {}
        key = _key(project.path)
        everything.pop(key, None)
        everything[key] = self._places  # the last used at the end
        while len(everything) > MAX_PROJECTS:
            everything.pop(next(iter(everything)))
        for sha, place in self._places.get("places", {}).items():
            documents.pop(sha, None)
            documents[sha] = place
        while len(documents) > MAX_DOCUMENTS:
            documents.pop(next(iter(documents)))
        everything[DOCUMENTS] = documents
        settings().setValue(SETTINGS_KEY, json.dumps(everything))

    # ---- returning ----------------------------------------------------------------------------

    def _project_changed(self) -> None:
        project = self.bench.project
        self._shown = ""
        everything = load_all() if project is not None else {}
        self._places = everything.get(_key(project.path), {}) if project is not None else {}
        if not isinstance(self._places, dict) or not isinstance(self._places.get("places"), dict):
            self._places = {}
        documents = everything.get(DOCUMENTS, {})
        self._documents = documents if isinstance(documents, dict) else {}

    def start_document(self, project) -> str:
        """The document to show first in ``project``: the one shown when it was last closed."""
        sha = self._places.get("doc", "") if self._places else ""
        return sha if isinstance(sha, str) and sha in project.documents else ""

    def _document_shown(self, sha: str) -> None:
        self._shown = sha
        place = self._places.get("places", {}).get(sha) if sha and self._places else None
        if place is None and sha:  # a document this project never showed: its place in another one
            place = self._documents.get(sha)
            if isinstance(place, list) and len(place) == 2:
                self._places.setdefault("places", {})[sha] = list(place)
        if not isinstance(place, list) or len(place) != 2:
            return
        page, table_id = place
        self._restoring = True
        try:
            if isinstance(table_id, str) and table_id and self.bench.table(table_id) is not None:
                self.bench.select_table(table_id)
            if isinstance(page, int):
                self.page_view.set_page(page)  # the page looked at last, even if it was not the table's
        finally:
            self._restoring = False
