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

import errno
import json
import os
import sqlite3
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import __version__
from app.document.messages import N_, Message
from app.project.lockfile import LockBusy, ProjectLock, describe_owner
from app.document.model import DocumentData, SourceDocument

APPLICATION_ID = 0x42424C44  # "BBLD": marks the SQLite file as ours (PRAGMA application_id)
SCHEMA_VERSION = 2
PROJECT_SUFFIX = ".bbproj"


#: Project files this process has open through SQLite (resolved path -> connections). On POSIX,
#: closing any descriptor of a file drops every record lock the process holds on it, SQLite's
#: included; a window that lost its locks has its write-ahead log folded and deleted by the next
#: helper process that closes a connection, and its later corrections go to a deleted file. So a
#: file open here is never opened with plain file I/O.
_OPEN_HERE: dict[str, int] = {}
_OPEN_HERE_GUARD = threading.Lock()


def _open_here_key(path: Path) -> str:
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError):
        return str(path)


def _is_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def is_project_file(path: Path) -> bool:
    """A project by its name (.bbproj) or, renamed, by the SQLite header every project file starts with."""
    if path.suffix.lower() == PROJECT_SUFFIX or _open_here_key(path) in _OPEN_HERE:
        return True
    try:
        return _is_sqlite(path)
    except OSError:
        return False


#: Seconds after a write at which the write-ahead log is copied into the project file itself, so that
#: a copy of the ``.bbproj`` alone (mailed, synced, backed up) holds every correction.
IDLE_CHECKPOINT = 0.5
#: Bounds a stored table must respect; beyond them the row is damaged, not a table to build.
MAX_TABLE_ROWS = 100_000
MAX_TABLE_COLS = 2_000
MAX_TABLE_CELLS = 2_000_000


class ProjectError(Exception):
    """The project file cannot be used; ``str(err)`` is a user-facing sentence."""


class ProjectLocked(ProjectError):
    """Another window or program has the project open for writing; ``owner`` says who (may be {})."""

    def __init__(self, path: Path, owner: dict) -> None:
        super().__init__(f"{path.name} is already open in {describe_owner(owner)}.")
        self.path = path
        self.owner = owner


class ProjectReadOnly(ProjectError):
    """A change was attempted on a project opened read-only."""


class DiskFull(ProjectError):
    """The disk holding the project is full (the change was not recorded)."""


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF == 13:  # SQLITE_FULL
        return True
    return "database or disk is full" in str(exc)


def _is_read_only(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF == 8:  # SQLITE_READONLY
        return True
    return "readonly database" in str(exc)


def _write_error(name: str, exc: BaseException) -> ProjectError:
    """A user-facing error for a failed write."""
    if _is_disk_full(exc):
        return DiskFull(Message.of(
            N_("ProjectStore", "The disk is full: the last change could not be saved in {name}. Free some "
                               "space."), name=name))
    if _is_read_only(exc):
        return ProjectReadOnly(Message.of(
            N_("ProjectStore", "{name} cannot be written (read-only file or folder)."), name=name))
    return ProjectError(Message.of(
        N_("ProjectStore", "{name} could not be saved ({error})."), name=name, error=str(exc)))


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
    op TEXT NOT NULL,                   -- operation JSON (see app.project.ops)
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


def _uri(path: Path) -> str:
    """An SQLite URI of a file path (parameters are appended by the caller)."""
    from urllib.parse import quote

    text = str(Path(path).resolve()).replace(os.sep, "/")
    if not text.startswith("/"):  # Windows: file:/C:/...
        text = "/" + text
    return "file:" + quote(text, safe="/:")


def _loads_dict(text: Any) -> dict[str, Any]:
    if isinstance(text, (bytes, bytearray, memoryview)):
        text = bytes(text).decode("utf-8")
    if not isinstance(text, str):
        raise ValueError(f"{type(text).__name__} where JSON text was expected")
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError(f"JSON {type(value).__name__} where an object was expected")
    return value


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def check_stored_table(table: Any) -> None:
    """Refuse tables whose size or cells cannot be true (they would exhaust memory when shown)."""
    if not (0 <= table.n_rows <= MAX_TABLE_ROWS and 0 <= table.n_cols <= MAX_TABLE_COLS):
        raise ValueError(f"implausible size {table.n_rows} x {table.n_cols}")
    if table.n_rows * table.n_cols > MAX_TABLE_CELLS or len(table.cells) > MAX_TABLE_CELLS:
        raise ValueError("implausible number of cells")
    for cell in table.cells:
        if not (0 <= cell.row < table.n_rows and 0 <= cell.col < table.n_cols
                and cell.row_span >= 1 and cell.col_span >= 1
                and cell.row + cell.row_span <= table.n_rows and cell.col + cell.col_span <= table.n_cols):
            raise ValueError(f"cell ({cell.row}, {cell.col}) lies outside the table")
    if not (0 <= table.header_rows <= table.n_rows):
        raise ValueError("more header rows than rows")


def _create_error(p: Path, exc: BaseException) -> ProjectError:
    if _is_disk_full(exc):
        return DiskFull(Message.of(
            N_("ProjectStore", "The disk is full: {name} cannot be created. Free some space."), name=p.name))
    return ProjectError(Message.of(
        N_("ProjectStore", "Cannot create {path}: {error}."), path=str(p), error=str(exc)))


def _unwritable_reason(p: Path) -> str:
    """Why ``p`` cannot be written, or "" (permissions as the OS reports them; media errors show up
    when the lock file is created)."""
    folder = p.parent if str(p.parent) else Path(".")
    if not os.access(p, os.W_OK):
        return N_("ProjectStore", "the file is read-only")
    if not os.access(folder, os.W_OK):
        return N_("ProjectStore", "the folder cannot be written (read-only media or no permission)")
    return ""


class ProjectStore:
    """Access to one project file. Use :meth:`create` or :meth:`open`.

    A store opened for writing holds the project's write lock (:mod:`app.project.lockfile`) until
    :meth:`close`; a second opener gets :class:`ProjectLocked` and may open it ``read_only`` or open
    a copy (:meth:`copy_to`). Rows that cannot be read (bad JSON, implausible tables) are skipped and
    listed in :attr:`damaged`; everything else is kept.
    """

    def __init__(self, path: Path, db: sqlite3.Connection, *, read_only: bool = False,
                 read_only_reason: str = "", lock: ProjectLock | None = None) -> None:
        self.path = path
        self._db = db
        self.read_only = read_only
        #: Why the project is read-only (shown in the banner); "" when it is writable.
        self.read_only_reason = read_only_reason
        #: One sentence per row that was skipped because it is damaged.
        self.damaged: list[str] = []
        self._lock = lock
        self._timer: threading.Timer | None = None
        self._timer_guard = threading.Lock()
        self._closed = False
        self._key = _open_here_key(path)
        with _OPEN_HERE_GUARD:
            _OPEN_HERE[self._key] = _OPEN_HERE.get(self._key, 0) + 1

    # ---- opening ------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike, overwrite: bool = False) -> "ProjectStore":
        p = Path(path)
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _create_error(p, exc) from exc
        lock = ProjectLock(p)
        try:
            lock.acquire()
        except LockBusy as exc:
            raise ProjectLocked(p, exc.owner) from exc
        except OSError as exc:
            raise _create_error(p, exc) from exc
        try:
            if p.exists():
                if not overwrite:
                    raise ProjectError(Message.of(N_("ProjectStore", "{name} already exists."), name=p.name))
                for suffix in ("", "-wal", "-shm", "-journal"):
                    Path(str(p) + suffix).unlink(missing_ok=True)
            try:
                db = cls._connect(p)
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
            except (OSError, sqlite3.Error) as exc:
                raise _create_error(p, exc) from exc
        except BaseException:
            lock.release()
            raise
        return cls(p, db, lock=lock)

    @classmethod
    def open(cls, path: str | os.PathLike, *, read_only: bool = False, lock: bool = True) -> "ProjectStore":
        """Open a project file.

        ``read_only``: never write (no lock taken; a snapshot as of now). Otherwise the write lock is
        taken (:class:`ProjectLocked` when another process has it); a file on read-only media or in a
        folder that cannot be written is opened read-only with :attr:`read_only_reason` set instead of
        failing. ``lock=False`` is for helper connections of the process that already holds the lock
        (extraction threads and processes it started).
        """
        p = Path(path)
        name = p.name
        if not p.exists():
            raise ProjectError(Message.of(N_("ProjectStore", "{path}: no such project file."), path=str(p)))
        if p.is_dir():
            raise ProjectError(Message.of(
                N_("ProjectStore", "{path} is a folder, not a project file."), path=str(p)))
        try:
            size = p.stat().st_size
            if size == 0:
                raise ProjectError(Message.of(
                    N_("ProjectStore", "{name} is empty: it is not a Briefing Builder project."), name=name))
            # a file this process has open is ours and was checked when first opened; reading it
            # again would drop its connections' locks (see _OPEN_HERE)
            if _open_here_key(p) not in _OPEN_HERE and not _is_sqlite(p):
                raise ProjectError(Message.of(
                    N_("ProjectStore", "{name} is not a Briefing Builder project file."), name=name))
        except OSError as exc:
            raise ProjectError(Message.of(
                N_("ProjectStore", "{name} cannot be read ({error})."),
                name=name, error=str(exc.strerror or exc))) from exc
        reason = ""
        held: ProjectLock | None = None
        if not read_only:
            reason = _unwritable_reason(p)
            if not reason and lock:
                held = ProjectLock(p)
                try:
                    held.acquire()
                except LockBusy as exc:
                    raise ProjectLocked(p, exc.owner) from exc
                except OSError as exc:
                    if not _is_read_only(exc):
                        raise ProjectError(Message.of(
                            N_("ProjectStore", "{name} cannot be opened ({error})."),
                            name=name, error=str(exc.strerror or exc))) from exc
                    reason = N_("ProjectStore", "the folder cannot be written (read-only media or no "
                                                "permission)")
                    held = None
            read_only = bool(reason)
        try:
            return cls._open_locked(p, read_only, reason, held)
        except BaseException:
            if held is not None:
                held.release()
            raise

    @classmethod
    def _open_locked(cls, p: Path, read_only: bool, reason: str, held: ProjectLock | None) -> "ProjectStore":
        name = p.name
        try:
            if read_only:
                db = cls._connect_read_only(p)
            else:
                try:
                    db = cls._connect(p)
                except sqlite3.OperationalError as exc:
                    if not _is_read_only(exc) and "unable to open" not in str(exc):
                        raise
                    # e.g. a read-only file in a writable folder
                    db = cls._connect_read_only(p)
                    read_only, reason = True, N_("ProjectStore", "the file cannot be written (read-only file "
                                                                 "or no permission)")
                    if held is not None:
                        held.release()
                        held = None
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
            check = db.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            if _is_disk_full(exc):
                raise DiskFull(Message.of(
                    N_("ProjectStore", "The disk is full: {name} cannot be opened. Free some space."),
                    name=name)) from exc
            raise ProjectError(Message.of(
                N_("ProjectStore", "{name} is damaged and cannot be opened ({error})."),
                name=name, error=str(exc))) from exc
        if check != "ok":
            db.close()
            raise ProjectError(Message.of(
                N_("ProjectStore", "{name} is damaged ({check})."), name=name, check=str(check)))
        if app_id != APPLICATION_ID:
            db.close()
            raise ProjectError(Message.of(
                N_("ProjectStore", "{name} is an SQLite database but not a Briefing Builder project."),
                name=name))
        if version > SCHEMA_VERSION:
            db.close()
            raise ProjectError(Message.of(
                N_("ProjectStore", "{name} was saved by a newer Briefing Builder (project format {version}); "
                                   "this version reads up to format {supported}. Please update the application."),
                name=name, version=str(version), supported=str(SCHEMA_VERSION)))
        if read_only and version < SCHEMA_VERSION:
            # an older format is upgraded in memory: the file itself is never written
            memory = sqlite3.connect(":memory:", check_same_thread=False)
            db.backup(memory)
            db.close()
            db = memory
        store = cls(p, db, read_only=read_only, read_only_reason=reason, lock=held)
        try:
            store._migrate(version)
            store._validate()
        except sqlite3.DatabaseError as exc:
            db.close()
            if _is_disk_full(exc):
                raise DiskFull(Message.of(
                    N_("ProjectStore", "The disk is full: {name} cannot be upgraded. Free some space."),
                    name=name)) from exc
            raise ProjectError(Message.of(
                N_("ProjectStore", "{name} is damaged and cannot be opened ({error})."),
                name=name, error=str(exc))) from exc
        except ProjectError:
            db.close()
            raise
        return store

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
        try:
            db.isolation_level = "DEFERRED"  # explicit transactions via ``with db``
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error:
            db.close()
            raise
        return db

    @staticmethod
    def _connect_read_only(path: Path) -> sqlite3.Connection:
        uri = _uri(path)
        try:
            db = sqlite3.connect(uri + "?mode=ro", uri=True, check_same_thread=False, timeout=10)
            db.execute("PRAGMA schema_version").fetchone()
            return db
        except sqlite3.OperationalError:
            # a write-ahead-log file on media where SQLite cannot create its index (-shm): read the
            # file as it is (nothing else can be writing it there)
            db = sqlite3.connect(uri + "?immutable=1", uri=True, check_same_thread=False)
            db.execute("PRAGMA schema_version").fetchone()
            return db

    def _migrate(self, version: int) -> None:
        if version < 1:
            raise ProjectError(Message.of(
                N_("ProjectStore", "{name} has no recognisable project format."), name=self.path.name))
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
            raise ProjectError(Message.of(
                N_("ProjectStore", "{name}: migration did not complete."), name=self.path.name))

    def _validate(self) -> None:
        tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = {"meta", "documents", "extractions", "journal", "packs", "page_cache"} - tables
        if missing:
            raise ProjectError(Message.of(
                N_("ProjectStore", "{name} is damaged: missing {missing}."),
                name=self.path.name, missing=', '.join(sorted(missing))))

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with self._timer_guard:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        if not self.read_only:
            try:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass
        self._db.close()
        with _OPEN_HERE_GUARD:
            left = _OPEN_HERE.get(self._key, 1) - 1
            if left > 0:
                _OPEN_HERE[self._key] = left
            else:
                _OPEN_HERE.pop(self._key, None)
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "ProjectStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writing ------------------------------------------------------------------------------

    @contextmanager
    def _writing(self):
        """One write transaction: refused when read-only, errors as user-facing sentences (disk
        full, read-only media), and an idle checkpoint scheduled after it."""
        if self.read_only:
            raise ProjectReadOnly(Message.of(
                N_("ProjectStore", "{name} is open read-only: changes cannot be saved."),
                name=self.path.name))
        try:
            with self._db:
                yield self._db
        except sqlite3.IntegrityError:
            raise
        except (sqlite3.OperationalError, OSError) as exc:
            raise _write_error(self.path.name, exc) from exc
        self._schedule_checkpoint()

    def _schedule_checkpoint(self) -> None:
        """Copy the write-ahead log into the project file shortly after a write (see IDLE_CHECKPOINT).

        Measured (docs/benchmarks.md, project-file section): a checkpoint after every correction would
        triple its cost and a rollback journal quadruple it; one after a pause costs nothing per
        correction and keeps the ``.bbproj`` alone complete within a second of the last edit.
        """
        with self._timer_guard:
            if self._closed or (self._timer is not None and self._timer.is_alive()):
                # one pending checkpoint covers this write too: during a long run of writes the file
                # still catches up every IDLE_CHECKPOINT seconds
                return
            timer = threading.Timer(IDLE_CHECKPOINT, self._checkpoint_now)
            timer.daemon = True
            self._timer = timer
            timer.start()

    def _checkpoint_now(self) -> None:
        with self._timer_guard:
            self._timer = None  # a write from now on schedules the next checkpoint
            if self._closed:
                return
        # its own connection: the main one may be in use by another thread at this moment; "rw" so
        # that a file removed meanwhile is never created again
        try:
            db = sqlite3.connect(_uri(self.path) + "?mode=rw", uri=True, timeout=2, check_same_thread=False)
            try:
                db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            finally:
                db.close()
        except sqlite3.Error:
            pass  # the next write (or close) tries again

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the project file now."""
        if not self.read_only:
            self._db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def meta(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT key, value FROM meta"))

    def set_meta(self, key: str, value: str) -> None:
        with self._writing() as db:
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def copy_to(self, path: str | os.PathLike) -> None:
        """Write a consistent copy of the whole project to ``path`` (SQLite's backup API: complete
        and consistent even while corrections are being made). The copy is not opened."""
        p = Path(path)
        if p.resolve() == self.path.resolve():
            raise ProjectError(Message.of(
                N_("ProjectStore", "A copy must have another name than the project itself.")))
        part = p.with_name(f".{p.name}.part")
        try:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(part) + suffix).unlink(missing_ok=True)
            target = sqlite3.connect(str(part))
            try:
                self._db.backup(target)
                # a single self-contained file (no -wal beside it) until it is opened for writing
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
            for suffix in ("-wal", "-shm"):
                Path(str(p) + suffix).unlink(missing_ok=True)
            os.replace(part, p)
        except (OSError, sqlite3.Error) as exc:
            part.unlink(missing_ok=True)
            if _is_disk_full(exc):
                raise DiskFull(Message.of(
                    N_("ProjectStore", "The disk is full: the copy {name} could not be written."),
                    name=p.name)) from exc
            raise ProjectError(Message.of(
                N_("ProjectStore", "Cannot save the project as {path}: {error}."),
                path=str(p), error=str(exc))) from exc

    def save_as(self, path: str | os.PathLike) -> "ProjectStore":
        """Copy the whole project (consistently, via SQLite's backup API) and open the copy."""
        p = Path(path)
        if p.resolve() == self.path.resolve():
            if self.read_only:
                raise ProjectReadOnly(Message.of(
                    N_("ProjectStore", "{name} is open read-only: save it under another name."),
                    name=self.path.name))
            return self
        if p.exists():
            try:  # never overwrite a project another window is working on
                probe = ProjectLock(p)
                probe.acquire()
                probe.release()
            except LockBusy as exc:
                raise ProjectLocked(p, exc.owner) from exc
            except OSError:
                pass
        self.copy_to(p)
        return ProjectStore.open(p)

    # ---- documents ----------------------------------------------------------------------------

    def add_document(self, doc: SourceDocument, pdf_bytes: bytes | None = None) -> None:
        with self._writing():
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
        with self._writing():
            self._db.execute(
                "UPDATE documents SET path = ?, info = ? WHERE sha256 = ?", (path, json.dumps(info), sha256)
            )

    def embed_pdf(self, sha256: str, pdf_bytes: bytes | None) -> None:
        with self._writing():
            self._db.execute("UPDATE documents SET pdf = ? WHERE sha256 = ?", (pdf_bytes, sha256))

    def remove_document(self, sha256: str) -> None:
        with self._writing():
            self._db.execute("DELETE FROM journal WHERE sha256 = ?", (sha256,))
            self._db.execute("DELETE FROM page_cache WHERE sha256 = ?", (sha256,))
            self._db.execute("DELETE FROM extractions WHERE sha256 = ?", (sha256,))
            self._db.execute("DELETE FROM documents WHERE sha256 = ?", (sha256,))

    def documents(self) -> list[SourceDocument]:
        """The documents in order. A row whose description is damaged gives a document known by its
        fingerprint and path only (listed in :attr:`damaged`)."""
        out = []
        for sha, path, info in self._db.execute("SELECT sha256, path, info FROM documents ORDER BY position"):
            sha = str(sha)
            try:
                doc = SourceDocument.from_json(_loads_dict(info))
                if doc.sha256 != sha:
                    raise ValueError("fingerprint differs from the row's")
            except Exception as exc:  # noqa: BLE001 - any damage in one row is that row's
                self._note_damage(f"document {sha[:12]}: description unreadable ({_short(exc)}); kept by name only")
                doc = SourceDocument(path=str(path or ""), sha256=sha, pages=0)
            out.append(doc)
        return out

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
        with self._writing():
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
        return self._salvage_extraction(sha256, row[0], str(row[1]))

    def _salvage_extraction(self, sha256: str, text: Any, settings: str) -> tuple[DocumentData, str] | None:
        """Read a stored baseline, keeping every table and section that is readable; damaged parts
        are dropped and listed in :attr:`damaged`. None when nothing of it can be read."""
        from app.document.model import PageWarning, Table, sections_from_json

        where = f"extraction of document {sha256[:12]}"
        try:
            raw = _loads_dict(text)
            version = int(raw.get("version", 1))
            if version > 1:
                DocumentData.from_json(raw)  # raises the clear "newer version" message
            doc = SourceDocument.from_json(raw["document"])
        except Exception as exc:  # noqa: BLE001
            self._note_damage(f"{where}: unreadable ({_short(exc)}); the document must be extracted again")
            return None
        data = DocumentData(document=doc)
        tables = raw.get("tables") or []
        if not isinstance(tables, list):
            self._note_damage(f"{where}: the table list is unreadable; tables skipped")
            tables = []
        for i, item in enumerate(tables):
            try:
                table = Table.from_json(item)
                check_stored_table(table)
            except Exception as exc:  # noqa: BLE001
                name = item.get("id") if isinstance(item, dict) else None
                self._note_damage(f"{where}: table {name or i + 1} skipped ({_short(exc)})")
                continue
            data.tables.append(table)
        try:
            data.sections = sections_from_json(raw.get("sections") or [])
        except Exception as exc:  # noqa: BLE001
            self._note_damage(f"{where}: section tree skipped ({_short(exc)})")
        for item in raw.get("warnings") or []:
            try:
                data.warnings.append(PageWarning.from_json(item))
            except Exception:  # noqa: BLE001 - a lost warning is no loss of data
                pass
        return data, settings

    def put_page(self, sha256: str, page: int, settings: str, data: dict[str, Any]) -> None:
        if self.read_only:  # a cache: nothing is lost by not writing it
            return
        with self._writing():
            self._db.execute(
                "INSERT OR REPLACE INTO page_cache(sha256, page, settings, data, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (sha256, page, settings, json.dumps(data), time.time()),
            )

    def cached_pages(self, sha256: str, settings: str) -> dict[int, dict[str, Any]]:
        rows = self._db.execute(
            "SELECT page, data FROM page_cache WHERE sha256 = ? AND settings = ?", (sha256, settings)
        )
        out = {}
        for page, data in rows:
            try:
                out[int(page)] = _loads_dict(data)
            except Exception:  # noqa: BLE001 - a damaged cached page is extracted again
                continue
        return out

    def cached_page(self, sha256: str, page: int, settings: str) -> dict[str, Any] | None:
        """One page's cached extraction result (see :meth:`cached_pages`), or None."""
        row = self._db.execute(
            "SELECT data FROM page_cache WHERE sha256 = ? AND page = ? AND settings = ?", (sha256, page, settings)
        ).fetchone()
        if not row:
            return None
        try:
            return _loads_dict(row[0])
        except Exception:  # noqa: BLE001
            return None

    def clear_page_cache(self, sha256: str | None = None) -> None:
        with self._writing():
            if sha256 is None:
                self._db.execute("DELETE FROM page_cache")
            else:
                self._db.execute("DELETE FROM page_cache WHERE sha256 = ?", (sha256,))

    # ---- corrections journal ------------------------------------------------------------------

    def append_journal(self, sha256: str, op: dict[str, Any], kind: str = "do") -> int:
        """Append one correction and commit it; durable when this returns. Returns its sequence."""
        if kind not in ("do", "undo", "redo"):
            raise ValueError(kind)
        with self._writing():
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
        out = []
        for seq, sha, op, kind, ts in rows:
            try:
                entry = JournalEntry(int(seq), str(sha), _loads_dict(op), str(kind), float(ts or 0))
                if entry.kind not in ("do", "undo", "redo") or not isinstance(entry.op.get("op"), str):
                    raise ValueError("not an operation")
            except Exception as exc:  # noqa: BLE001
                self._note_damage(f"correction #{seq}: unreadable ({_short(exc)}); skipped")
                continue
            out.append(entry)
        return out

    def journal_count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM journal").fetchone()[0])

    # ---- packs --------------------------------------------------------------------------------

    def save_pack(self, name: str, definition: dict[str, Any]) -> None:
        with self._writing():
            self._db.execute(
                "INSERT OR REPLACE INTO packs(name, definition, updated_at) VALUES (?, ?, ?)",
                (name, json.dumps(definition, ensure_ascii=False), time.time()),
            )

    def packs(self) -> dict[str, dict[str, Any]]:
        rows = self._db.execute("SELECT name, definition FROM packs ORDER BY name")
        out = {}
        for name, definition in rows:
            try:
                out[str(name)] = _loads_dict(definition)
            except Exception as exc:  # noqa: BLE001
                self._note_damage(f"pack {str(name)[:60]!r}: unreadable ({_short(exc)}); skipped")
        return out

    def _note_damage(self, message: str) -> None:
        if message not in self.damaged:
            self.damaged.append(message)

    def delete_pack(self, name: str) -> None:
        with self._writing():
            self._db.execute("DELETE FROM packs WHERE name = ?", (name,))
