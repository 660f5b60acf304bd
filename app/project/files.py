"""Safe file writing: write to a temporary file beside the target, fsync, then rename.

A failed or interrupted write never leaves a half-written file at the destination.
"""

from __future__ import annotations

import errno
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from app.document.messages import N_, Message


class WriteError(OSError):
    """The destination cannot be written; ``str(err)`` is a user-facing sentence (a :class:`Message`,
    so the interface shows it in its language)."""


#: Why a file cannot be written, in words a user acts on (the operating system's own text otherwise).
REASONS = {
    "permission": N_("Files",
                     "permission denied (read-only location, or the file is open in another program)"),
    "folder": N_("Files", "it is a folder"),
    "refused": N_("Files", "files cannot be created in that folder"),
    "missing": N_("Files", "the folder does not exist"),
    "read-only": N_("Files", "read-only file system"),
    "full": N_("Files", "the disk is full"),
}


def cannot_write(path: str | os.PathLike, reason: Message | str) -> Message:
    """"Cannot write PATH: REASON." as a translatable sentence."""
    return Message.of(N_("Files", "Cannot write {path}: {reason}."), path=str(path), reason=reason)


def _explain(path: Path, exc: OSError) -> WriteError:
    if isinstance(exc, PermissionError):
        key = "permission"
    elif isinstance(exc, IsADirectoryError):
        key = "folder"
    elif isinstance(exc, FileNotFoundError):
        # ENOENT from a folder that exists (/proc, some virtual or network file systems): it is the
        # folder that refuses new files, it is not missing
        folder = path.parent if str(path.parent) else Path(".")
        key = "refused" if folder.is_dir() else "missing"
    elif exc.errno == errno.EROFS:
        key = "read-only"
    elif exc.errno == errno.ENOSPC:
        key = "full"
    else:
        key = ""
    reason = Message.of(REASONS[key]) if key else (exc.strerror or str(exc))
    err = WriteError(cannot_write(path, reason))
    err.errno = exc.errno
    return err


@contextmanager
def atomic_output(path: str | os.PathLike, mode: str = "wb", encoding: str | None = None) -> Iterator[IO]:
    """Open a temporary file for writing; on success it replaces ``path`` atomically."""
    target = Path(path)
    if target.is_dir():
        raise _explain(target, IsADirectoryError(21, "Is a directory"))
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise _explain(target, FileNotFoundError(2, "No such directory"))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=directory)
    except OSError as exc:
        raise _explain(target, exc) from exc
    tmp = Path(tmp_name)
    try:
        # mkstemp creates 0600 files: give the result the permissions a new file would have
        # (or those of the file it replaces)
        try:
            umask = os.umask(0)
            os.umask(umask)
            wanted = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~umask
            os.chmod(tmp, wanted)
        except OSError:
            pass
        with os.fdopen(fd, mode, encoding=encoding) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise _explain(target, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with atomic_output(path, "wb") as fh:
        fh.write(data)


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    with atomic_output(path, "w", encoding="utf-8") as fh:
        fh.write(text)
