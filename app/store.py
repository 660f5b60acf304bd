"""The project file: one SQLite database per project.

It holds the source documents' identity (optionally an embedded copy of each PDF), extraction
results (whole-document baselines and a per-page cache keyed by document hash + page + settings),
the journal of user corrections and saved pack definitions.

Durability: the database runs in WAL mode with ``synchronous=FULL`` and every correction is its own
committed transaction, so a correction is on disk when :meth:`ProjectStore.append_journal` returns and
killing the process at any moment loses none. Nothing is ever pickled: every stored value is JSON.

Schema versions are stored in ``PRAGMA user_version`` and in the ``meta`` table; :data:`MIGRATIONS`
upgrades older files in place (inside a transaction) when they are opened.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__
from .model import DocumentData, SourceDocument

APPLICATION_ID = 0x42424C44  # "BBLD": marks the SQLite file as ours (PRAGMA application_id)
SCHEMA_VERSION = 2
PROJECT_SUFFIX = ".bbproj"


class ProjectError(Exception):
    """The project file cannot be used; ``str(err)`` is a user-facing sentence."""


# ----------------------------------------------------------------------------------------- schema

SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    sha256 TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    path TEXT NOT NULL,
    info TEXT NOT NULL,                 -- SourceDocument JSON
    added_at REAL NOT NULL
);
CREATE TABLE extractions (
    sha256 TEXT PRIMARY KEY REFERENCES documents(sha256) ON DELETE CASCADE,
    settings TEXT NOT NULL,             -- key of the extraction settings used
    data TEXT NOT NULL,                 -- DocumentData JSON (the baseline before corrections)
    created_at REAL NOT NULL
);
CREATE TABLE journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256 TEXT NOT NULL,
    op TEXT NOT NULL,                   -- operation JSON (see app.ops)
    created_at REAL NOT NULL
);
CREATE INDEX journal_doc ON journal(sha256, seq);
CREATE TABLE packs (
    name TEXT PRIMARY KEY,
    definition TEXT NOT NULL,           -- pack definition JSON
    updated_at REAL NOT NULL
);
"""


# v2: embedded PDF copies, per-page extraction cache, and undo/redo kinds in the journal.
MIGRATE_1_TO_2 = """
ALTER TABLE documents ADD COLUMN pdf BLOB;
ALTER TABLE journal ADD COLUMN kind TEXT NOT NULL DEFAULT 'do';
CREATE TABLE page_cache (
    sha256 TEXT NOT NULL,
    page INTEGER NOT NULL,
    settings TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at REAL NOT NULL,
    PRIMARY KEY (sha256, page, settings)
);
"""

#: MIGRATIONS[n] is the SQL that upgrades a version-n file to version n+1. Each runs in one
#: transaction together with the version bump, so an interrupted migration leaves the old file intact.
MIGRATIONS: dict[int, str] = {1: MIGRATE_1_TO_2}


# ------------------------------------------------------------------------------------------ store


@dataclass
class JournalEntry:
    seq: int
    sha256: str
    op: dict[str, Any]
    kind: str  # "do", "undo" or "redo"
    created_at: float


def _is_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


class ProjectStore:
    """Access to one project file. Use :meth:`create` or :meth:`open`."""

    def __init__(self, path: Path, db: sqlite3.Connection) -> None:
        self.path = path
        self._db = db

    # ---- opening ------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike, overwrite: bool = False) -> "ProjectStore":
        p = Path(path)
        if p.exists():
            if not overwrite:
                raise ProjectError(f"{p.name} already exists.")
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(p) + suffix).unlink(missing_ok=True)
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            db = cls._connect(p)
        except (OSError, sqlite3.Error) as exc:
            raise ProjectError(f"Cannot create {p}: {exc}.") from exc
        script = SCHEMA_V1 + "".join(MIGRATIONS[v] for v in range(1, SCHEMA_VERSION))
        db.executescript(
            f"BEGIN; {script}; PRAGMA application_id = {APPLICATION_ID}; "
            f"PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
        )
        with db:
            db.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?)",
                [
                    ("schema_version", str(SCHEMA_VERSION)),
                    ("created_by", f"Briefing Builder {__version__}"),
                    ("created_at", str(time.time())),
                ],
            )
        return cls(p, db)

    @classmethod
    def open(cls, path: str | os.PathLike) -> "ProjectStore":
        p = Path(path)
        name = p.name
        if not p.exists():
            raise ProjectError(f"{p}: no such project file.")
        if p.is_dir():
            raise ProjectError(f"{p} is a folder, not a project file.")
        try:
            size = p.stat().st_size
            if size == 0:
                raise ProjectError(f"{name} is empty: it is not a Briefing Builder project.")
            if not _is_sqlite(p):
                raise ProjectError(f"{name} is not a Briefing Builder project file.")
        except OSError as exc:
            raise ProjectError(f"{name} cannot be read ({exc.strerror or exc}).") from exc
        try:
            db = cls._connect(p)
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
            check = db.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise ProjectError(f"{name} is damaged and cannot be opened ({exc}).") from exc
        if check != "ok":
            db.close()
            raise ProjectError(f"{name} is damaged ({check}).")
        if app_id != APPLICATION_ID:
            db.close()
            raise ProjectError(f"{name} is an SQLite database but not a Briefing Builder project.")
        if version > SCHEMA_VERSION:
            db.close()
            raise ProjectError(
                f"{name} was saved by a newer Briefing Builder (project format {version}); "
                f"this version reads up to format {SCHEMA_VERSION}. Please update the application."
            )
        store = cls(p, db)
        try:
            store._migrate(version)
            store._validate()
        except sqlite3.DatabaseError as exc:
            db.close()
            raise ProjectError(f"{name} is damaged and cannot be opened ({exc}).") from exc
        return store

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
        db.isolation_level = "DEFERRED"  # explicit transactions via ``with db``
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
        return db

    def _migrate(self, version: int) -> None:
        if version < 1:
            raise ProjectError(f"{self.path.name} has no recognisable project format.")
        while version < SCHEMA_VERSION:
            try:
                self._db.executescript(
                    f"BEGIN; {MIGRATIONS[version]}; PRAGMA user_version = {version + 1}; "
                    f"INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', '{version + 1}'); "
                    "COMMIT;"
                )
            except sqlite3.Error:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            version += 1
        if self.schema_version != version:  # pragma: no cover - defensive
            raise ProjectError(f"{self.path.name}: migration did not complete.")

    def _validate(self) -> None:
        tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = {"meta", "documents", "extractions", "journal", "packs", "page_cache"} - tables
        if missing:
            raise ProjectError(f"{self.path.name} is damaged: missing {', '.join(sorted(missing))}.")

    def close(self) -> None:
        try:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        self._db.close()

    def __enter__(self) -> "ProjectStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def meta(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT key, value FROM meta"))

    def set_meta(self, key: str, value: str) -> None:
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def save_as(self, path: str | os.PathLike) -> "ProjectStore":
        """Copy the whole project (consistently, via SQLite's backup API) and open the copy."""
        p = Path(path)
        if p.resolve() == self.path.resolve():
            return self
        for suffix in ("", "-wal", "-shm"):
            Path(str(p) + suffix).unlink(missing_ok=True)
        try:
            target = sqlite3.connect(str(p))
            with target:
                self._db.backup(target)
            target.close()
        except (OSError, sqlite3.Error) as exc:
            raise ProjectError(f"Cannot save the project as {p}: {exc}.") from exc
        return ProjectStore.open(p)

    # ---- documents ----------------------------------------------------------------------------

    def add_document(self, doc: SourceDocument, pdf_bytes: bytes | None = None) -> None:
        with self._db:
            position = self._db.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM documents").fetchone()[0]
            self._db.execute(
                "INSERT INTO documents(sha256, position, path, info, added_at, pdf) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(sha256) DO UPDATE SET path = excluded.path, info = excluded.info, "
                "pdf = COALESCE(excluded.pdf, documents.pdf)",
                (doc.sha256, position, doc.path, json.dumps(doc.to_json()), time.time(), pdf_bytes),
            )

    def update_document_path(self, sha256: str, path: str) -> None:
        row = self._db.execute("SELECT info FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        if row is None:
            raise KeyError(sha256)
        info = json.loads(row[0])
        info["path"] = path
        with self._db:
            self._db.execute(
                "UPDATE documents SET path = ?, info = ? WHERE sha256 = ?", (path, json.dumps(info), sha256)
            )

    def embed_pdf(self, sha256: str, pdf_bytes: bytes | None) -> None:
        with self._db:
            self._db.execute("UPDATE documents SET pdf = ? WHERE sha256 = ?", (pdf_bytes, sha256))

    def remove_document(self, sha256: str) -> None:
        with self._db:
            self._db.execute("DELETE FROM journal WHERE sha256 = ?", (sha256,))
            self._db.execute("DELETE FROM page_cache WHERE sha256 = ?", (sha256,))
            self._db.execute("DELETE FROM extractions WHERE sha256 = ?", (sha256,))
            self._db.execute("DELETE FROM documents WHERE sha256 = ?", (sha256,))

    def documents(self) -> list[SourceDocument]:
        rows = self._db.execute("SELECT info FROM documents ORDER BY position")
        return [SourceDocument.from_json(json.loads(r[0])) for r in rows]

    def pdf_bytes(self, sha256: str) -> bytes | None:
        row = self._db.execute("SELECT pdf FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return bytes(row[0]) if row and row[0] is not None else None

    def has_embedded_pdf(self, sha256: str) -> bool:
        row = self._db.execute(
            "SELECT pdf IS NOT NULL FROM documents WHERE sha256 = ?", (sha256,)
        ).fetchone()
        return bool(row and row[0])

    # ---- extraction results -------------------------------------------------------------------

    def put_extraction(self, data: DocumentData, settings: str) -> None:
        """Store the baseline extraction of a document (replacing any earlier one)."""
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO extractions(sha256, settings, data, created_at) VALUES (?, ?, ?, ?)",
                (data.document.sha256, settings, json.dumps(data.to_json()), time.time()),
            )

    def get_extraction(self, sha256: str) -> tuple[DocumentData, str] | None:
        row = self._db.execute(
            "SELECT data, settings FROM extractions WHERE sha256 = ?", (sha256,)
        ).fetchone()
        if row is None:
            return None
        try:
            return DocumentData.from_json(json.loads(row[0])), row[1]
        except (ValueError, KeyError, TypeError) as exc:
            raise ProjectError(f"The stored extraction of one document is damaged ({exc}).") from exc

    def put_page(self, sha256: str, page: int, settings: str, data: dict[str, Any]) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO page_cache(sha256, page, settings, data, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (sha256, page, settings, json.dumps(data), time.time()),
            )

    def cached_pages(self, sha256: str, settings: str) -> dict[int, dict[str, Any]]:
        rows = self._db.execute(
            "SELECT page, data FROM page_cache WHERE sha256 = ? AND settings = ?", (sha256, settings)
        )
        return {int(page): json.loads(data) for page, data in rows}

    def cached_page(self, sha256: str, page: int, settings: str) -> dict[str, Any] | None:
        """One page's cached extraction result (see :meth:`cached_pages`), or None."""
        row = self._db.execute(
            "SELECT data FROM page_cache WHERE sha256 = ? AND page = ? AND settings = ?", (sha256, page, settings)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def clear_page_cache(self, sha256: str | None = None) -> None:
        with self._db:
            if sha256 is None:
                self._db.execute("DELETE FROM page_cache")
            else:
                self._db.execute("DELETE FROM page_cache WHERE sha256 = ?", (sha256,))

    # ---- corrections journal ------------------------------------------------------------------

    def append_journal(self, sha256: str, op: dict[str, Any], kind: str = "do") -> int:
        """Append one correction and commit it; durable when this returns. Returns its sequence."""
        if kind not in ("do", "undo", "redo"):
            raise ValueError(kind)
        with self._db:
            cur = self._db.execute(
                "INSERT INTO journal(sha256, op, kind, created_at) VALUES (?, ?, ?, ?)",
                (sha256, json.dumps(op, ensure_ascii=False), kind, time.time()),
            )
        return int(cur.lastrowid)

    def journal(self, sha256: str | None = None) -> list[JournalEntry]:
        if sha256 is None:
            rows = self._db.execute("SELECT seq, sha256, op, kind, created_at FROM journal ORDER BY seq")
        else:
            rows = self._db.execute(
                "SELECT seq, sha256, op, kind, created_at FROM journal WHERE sha256 = ? ORDER BY seq",
                (sha256,),
            )
        return [JournalEntry(seq, sha, json.loads(op), kind, ts) for seq, sha, op, kind, ts in rows]

    def journal_count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM journal").fetchone()[0])

    # ---- packs --------------------------------------------------------------------------------

    def save_pack(self, name: str, definition: dict[str, Any]) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO packs(name, definition, updated_at) VALUES (?, ?, ?)",
                (name, json.dumps(definition, ensure_ascii=False), time.time()),
            )

    def packs(self) -> dict[str, dict[str, Any]]:
        rows = self._db.execute("SELECT name, definition FROM packs ORDER BY name")
        return {name: json.loads(definition) for name, definition in rows}

    def delete_pack(self, name: str) -> None:
        with self._db:
            self._db.execute("DELETE FROM packs WHERE name = ?", (name,))
