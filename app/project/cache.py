"""The per-user cache: unpacked embedded PDFs and whole-document extractions of the command line.

Nothing here is trusted by its name. The folder is the user's own cache folder (``platformdirs``:
``%LOCALAPPDATA%\\Briefing Builder\\Cache`` on Windows, ``~/.cache/briefing-builder`` on Linux,
``~/Library/Caches/Briefing Builder`` on macOS), created private (0700; files 0600), and every entry is
checked before use:

* a cached PDF is used only when the SHA-256 of its bytes is the one asked for (the name is a hint);
* a cached extraction is a JSON envelope holding its own key and the SHA-256 of its payload; a
  mismatch of either, or unreadable JSON, discards the entry.

A wrong or planted entry is deleted and rebuilt, never used. ``BRIEFING_CACHE_DIR`` overrides the
location (tests, portable installs).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

APP_NAME = "Briefing Builder"
#: Envelope format of cached JSON entries.
ENTRY_FORMAT = "briefing-builder/cache-entry"


class CacheUnavailable(OSError):
    """The cache folder cannot be used safely (not ours, not private and not fixable, not writable)."""


def root() -> Path:
    override = os.environ.get("BRIEFING_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("briefing-builder" if sys.platform.startswith("linux") else APP_NAME,
                                            appauthor=False))


def _private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make sure only this user can use it."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
            raise CacheUnavailable(f"{path} is not a folder")
        if info.st_uid != os.getuid():
            raise CacheUnavailable(f"{path} belongs to another user")
        if info.st_mode & 0o077:
            os.chmod(path, 0o700)
    return path


def folder(kind: str) -> Path:
    """The private folder of one kind of entry ("pdf", "extractions")."""
    base = _private_dir(root())
    return _private_dir(base / kind)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _sha256_path(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically as a 0600 file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)  # 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _discard(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


# ------------------------------------------------------------------------------------------- PDFs


def pdf_file(sha256: str, blob: bytes) -> Path:
    """A private file holding ``blob`` (a PDF whose SHA-256 must be ``sha256``), reused when an
    identical verified copy is already cached. Raises ValueError when ``blob`` is not that document."""
    if sha256_bytes(blob) != sha256:
        raise ValueError("the embedded copy of the document does not match its recorded fingerprint")
    path = folder("pdf") / f"{sha256}.pdf"
    try:
        if path.is_file() and not path.is_symlink() and _sha256_path(path) == sha256:
            return path
    except OSError:
        pass
    _discard(path)
    _write_private(path, blob)
    return path


# ------------------------------------------------------------------------------------ JSON entries


def entry_key(**parts: Any) -> str:
    """A cache key from named parts (JSON-serialisable); the same parts give the same key."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=True).encode()
    return hashlib.sha256(blob).hexdigest()


def get_json(kind: str, key: str) -> Any | None:
    """The payload stored under ``key``, or None when absent or not verifiably that entry."""
    try:
        path = folder(kind) / f"{key}.json"
    except (OSError, CacheUnavailable):
        return None
    if not path.is_file() or path.is_symlink():
        return None
    try:
        envelope = json.loads(path.read_bytes())
        payload = envelope["payload"]
        good = (
            envelope.get("format") == ENTRY_FORMAT
            and envelope.get("key") == key
            and isinstance(payload, str)
            and envelope.get("sha256") == sha256_bytes(payload.encode("utf-8"))
        )
        if good:
            return json.loads(payload)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    _discard(path)
    return None


def put_json(kind: str, key: str, value: Any) -> bool:
    """Store ``value`` under ``key``; False (and nothing stored) when the cache cannot be written."""
    payload = json.dumps(value, ensure_ascii=False)
    envelope = {
        "format": ENTRY_FORMAT,
        "key": key,
        "sha256": sha256_bytes(payload.encode("utf-8")),
        "payload": payload,
    }
    try:
        _write_private(folder(kind) / f"{key}.json", json.dumps(envelope).encode("utf-8"))
    except (OSError, CacheUnavailable):
        return False
    return True


__all__ = ["CacheUnavailable", "root", "folder", "pdf_file", "entry_key", "get_json", "put_json"]
