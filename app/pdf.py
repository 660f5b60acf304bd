"""Opening source PDFs: identity (SHA-256), metadata, and clear errors for bad input.

Every failure to read a PDF is raised as a :class:`PdfError` subclass whose message is one sentence a
user can act on; callers (GUI, command line) show ``str(error)`` and never a traceback.
"""

from __future__ import annotations

import hashlib
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .model import SourceDocument


class PdfError(Exception):
    """A PDF could not be used. ``str(err)`` is a user-facing sentence."""


class PdfNotFoundError(PdfError):
    pass


class PdfPasswordError(PdfError):
    """The PDF is encrypted and no (or a wrong) password was given."""

    def __init__(self, path: str | os.PathLike, wrong: bool) -> None:
        self.path = str(path)
        self.wrong = wrong
        name = Path(path).name
        if wrong:
            super().__init__(f"{name}: the password is not correct.")
        else:
            super().__init__(f"{name} is encrypted: a password is needed to open it.")


class PdfMalformedError(PdfError):
    pass


def sha256_file(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def check_readable(path: Path) -> None:
    """Raise the user-facing :class:`PdfError` for a path that is missing, a folder, empty or no PDF."""
    if not path.exists():
        raise PdfNotFoundError(f"{path}: no such file.")
    if path.is_dir():
        raise PdfNotFoundError(f"{path} is a folder, not a PDF file.")
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise PdfNotFoundError(f"{path.name}: cannot be read ({exc.strerror or exc}).") from exc
    if size == 0:
        raise PdfMalformedError(f"{path.name} is empty (0 bytes).")
    if b"%PDF" not in head:
        raise PdfMalformedError(f"{path.name} is not a PDF file.")


def translate_error(exc: BaseException, path: Path, password: str | None) -> PdfError:
    """Map pdfminer/pdfplumber exceptions onto our user-facing errors."""
    inner = getattr(exc, "args", [None])[0] if exc.args else None
    names = {type(exc).__name__, type(inner).__name__ if inner is not None else ""}
    if "PDFPasswordIncorrect" in names or "PDFEncryptionError" in names:
        return PdfPasswordError(path, wrong=bool(password))
    detail = str(inner or exc).strip() or type(exc).__name__
    return PdfMalformedError(f"{path.name} is damaged or not a valid PDF ({detail}).")


@contextmanager
def open_pdf(path: str | os.PathLike, password: str | None = None) -> Iterator["pdfplumber.PDF"]:  # noqa: F821
    """Open with pdfplumber, raising :class:`PdfError` with a clear message on any failure."""
    import pdfplumber

    p = Path(path)
    check_readable(p)
    try:
        pdf = pdfplumber.open(p, password=password or "")
        _ = pdf.pages  # forces the page tree to be read, where malformed files fail
    except PdfError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on bad input
        raise translate_error(exc, p, password) from exc
    try:
        yield pdf
    finally:
        pdf.close()


def _metadata_str(value: object) -> str:
    if isinstance(value, bytes):
        for enc in ("utf-16", "utf-8", "latin-1"):
            try:
                return value.decode(enc).strip("\x00").strip()
            except UnicodeDecodeError:
                continue
    if isinstance(value, list):
        return ", ".join(_metadata_str(v) for v in value)
    return str(value).strip() if value is not None else ""


def describe(path: str | os.PathLike, password: str | None = None, sha256: str | None = None) -> SourceDocument:
    """Identity, page count, page sizes and metadata of a PDF."""
    p = Path(path)
    with open_pdf(p, password) as pdf:
        try:
            metadata = {str(k): _metadata_str(v) for k, v in (pdf.metadata or {}).items()}
            sizes = [(round(float(pg.width), 2), round(float(pg.height), 2)) for pg in pdf.pages]
        except Exception as exc:
            raise translate_error(exc, p, password) from exc
        encrypted = bool(getattr(pdf.doc, "encryption", None))
    metadata = {k: v for k, v in metadata.items() if v and len(v) < 2000}
    return SourceDocument(
        path=str(p.resolve()),
        sha256=sha256 or sha256_file(p),
        pages=len(sizes),
        title=metadata.get("Title", ""),
        metadata=metadata,
        page_sizes=sizes,
        encrypted=encrypted,
    )


def page_has_text(page: "pdfplumber.page.Page") -> bool:  # noqa: F821
    """True when the page has a text layer (at least a few non-blank characters)."""
    chars = page.chars
    return sum(1 for c in chars if c.get("text", "").strip()) >= 3
