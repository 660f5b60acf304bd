"""One writer per project file: an OS lock on a sidecar file, held while the project is open.

``.NAME.bbproj.lock`` beside the project holds who has it open (user, machine, process, since when).
The lock itself is the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on Windows), so it
is released when the process ends in any way, crash and kill included: a stale lock file never blocks
anyone. The lock file is removed on a clean release.

Within one process a second writer is refused too; helper connections of the writer (an extraction
thread, the assembly process it starts) open the store without taking the lock.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

#: Offset of the locked byte on Windows: beyond the owner text, so others can still read it.
_WIN_LOCK_OFFSET = 1 << 20


class LockBusy(Exception):
    """Another process holds the lock; ``owner`` describes it (may be empty)."""

    def __init__(self, owner: dict) -> None:
        super().__init__(describe_owner(owner))
        self.owner = owner


def describe_owner(owner: dict) -> str:
    if not owner:
        return "another Briefing Builder window"
    who = owner.get("user") or "someone"
    host = owner.get("host") or ""
    since = owner.get("since")
    text = f"{who}" + (f" on {host}" if host else "")
    if since:
        text += " since " + time.strftime("%H:%M", time.localtime(float(since)))
    return text


def _real(project: Path) -> Path:
    """The file itself: a project reached through a symbolic link (or a linked folder) and by its
    own path must meet at one lock file, else both openers write."""
    try:
        return Path(project).resolve()
    except (OSError, RuntimeError):  # a loop of links: as given
        return Path(project)


def lock_path(project: Path) -> Path:
    real = _real(project)
    return real.with_name(f".{real.name}.lock")


def _try_lock(fd: int) -> bool:
    if os.name == "nt":  # pragma: no cover - exercised on Windows
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if os.name == "nt":  # pragma: no cover
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def read_owner(project: Path) -> dict:
    try:
        text = lock_path(project).read_bytes()[:4096].split(b"\0", 1)[0]
        owner = json.loads(text.decode("utf-8"))
        return owner if isinstance(owner, dict) else {}
    except (OSError, ValueError):
        return {}


@dataclass
class _Held:
    fd: int
    path: Path


_held: dict[str, _Held] = {}
_guard = threading.Lock()


def _key(project: Path) -> str:
    return os.path.normcase(str(_real(project)))


class ProjectLock:
    """The write lock of one project file. ``acquire()`` raises :class:`LockBusy` or OSError (the
    folder cannot hold a lock file: read-only media)."""

    def __init__(self, project: Path) -> None:
        self.project = Path(project)
        self._key = _key(self.project)
        self.held = False

    def acquire(self) -> None:
        with _guard:
            if self._key in _held:  # this process already writes it (another project object)
                raise LockBusy(read_owner(self.project))
            path = lock_path(self.project)
            while True:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
                if not _try_lock(fd):
                    os.close(fd)
                    raise LockBusy(read_owner(self.project))
                # the holder may have removed the file between our open and our lock: retry on the new one
                if os.name == "nt" or _same_file(fd, path):
                    break
                os.close(fd)
            owner = {"user": _user(), "host": socket.gethostname(), "pid": os.getpid(), "since": time.time()}
            try:
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, json.dumps(owner).encode("utf-8"))
            except OSError:
                pass  # the lock is what matters; the owner text is a courtesy
            _held[self._key] = _Held(fd, path)
            self.held = True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        with _guard:
            held = _held.pop(self._key, None)
            if held is None:
                return
            if os.name != "nt":
                try:
                    held.path.unlink()  # while still locked: a waiting opener retries on a new file
                except OSError:
                    pass
            try:
                _unlock(held.fd)
            finally:
                os.close(held.fd)
            if os.name == "nt":  # pragma: no cover
                try:
                    held.path.unlink()
                except OSError:
                    pass


def _same_file(fd: int, path: Path) -> bool:
    try:
        a = os.fstat(fd)
        b = os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some service contexts
        return ""


__all__ = ["LockBusy", "ProjectLock", "describe_owner", "lock_path", "read_owner"]
