"""Whole-document extraction: pages -> tables, sections and warnings.

Foundation version: pages are processed one after another with pdfplumber's own table finder.
The extraction work (issue 3) replaces the per-page function with the project's detector and runs
pages in a pool of worker processes; the interface below stays the same.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

from .model import Cell, DocumentData, PageWarning, Table
from .numbers import parse_number
from .pdf import describe, open_pdf, page_has_text

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ExtractSettings:
    """Settings that change extraction results (part of the cache key)."""

    tables: bool = True
    sections: bool = True
    algorithm: str = "pdfplumber-default"

    def key(self) -> str:
        blob = json.dumps(asdict(self), sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:16]


def parse_pages(spec: str) -> list[int]:
    """"1-3,7" -> [1, 2, 3, 7] (1-based, sorted, unique)."""
    pages: set[int] = set()
    for part in spec.replace(" ", "").split(","):
        if not part:
            continue
        if "-" in part:
            a, _, b = part.partition("-")
            if not a.isdigit() or not b.isdigit():
                raise ValueError(f"not a page range: {part!r}")
            lo, hi = int(a), int(b)
            if lo < 1 or hi < lo:
                raise ValueError(f"not a page range: {part!r}")
            pages.update(range(lo, hi + 1))
        else:
            if not part.isdigit() or int(part) < 1:
                raise ValueError(f"not a page number: {part!r}")
            pages.add(int(part))
    if not pages:
        raise ValueError("no pages given")
    return sorted(pages)


def _table_from_rows(rows: list[list[str | None]], *, table_id: str, page: int, bbox, sha: str) -> Table:
    n_cols = max((len(r) for r in rows), default=0)
    cells = []
    for r, row in enumerate(rows):
        for c in range(n_cols):
            text = row[c] if c < len(row) and row[c] is not None else ""
            text = " ".join(text.split())
            parsed = parse_number(text)
            cells.append(
                Cell(r, c, text, value=parsed.value if parsed else None, note=parsed.note if parsed else None)
            )
    return Table(
        id=table_id, page=page, bbox=tuple(bbox), n_rows=len(rows), n_cols=n_cols, cells=cells,
        header_rows=1 if len(rows) > 1 else 0, method="ruled", document=sha,
    )


def extract_page(page, page_number: int, sha: str, settings: ExtractSettings) -> tuple[list[Table], list[PageWarning]]:
    warnings: list[PageWarning] = []
    if not page_has_text(page):
        if page.images:
            warnings.append(PageWarning(page_number, "no text layer (scanned page?): OCR needed"))
        return [], warnings
    tables: list[Table] = []
    if settings.tables:
        for i, found in enumerate(page.find_tables()):
            rows = found.extract()
            if not rows or len(rows) < 2:
                continue
            tables.append(
                _table_from_rows(rows, table_id=f"p{page_number}-t{i + 1}", page=page_number, bbox=found.bbox, sha=sha)
            )
    return tables, warnings


def extract_document(
    path: str | os.PathLike,
    pages: list[int] | None = None,
    password: str | None = None,
    settings: ExtractSettings | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> DocumentData:
    """Extract a whole document (or the given 1-based pages)."""
    settings = settings or ExtractSettings()
    doc = describe(path, password=password)
    sha = doc.sha256
    data = DocumentData(document=doc)
    wanted = [p for p in (pages or range(1, doc.pages + 1)) if 1 <= p <= doc.pages]
    missing = [p for p in (pages or []) if not 1 <= p <= doc.pages]
    for p in missing:
        data.warnings.append(PageWarning(p, f"page {p} does not exist (the document has {doc.pages})"))
    with open_pdf(Path(path), password) as pdf:
        for done, number in enumerate(wanted, start=1):
            if cancel is not None and cancel():
                data.warnings.append(PageWarning(0, "extraction cancelled"))
                break
            page = pdf.pages[number - 1]
            try:
                tables, warnings = extract_page(page, number, sha, settings)
            except Exception as exc:  # one bad page must not stop the document
                tables, warnings = [], [PageWarning(number, f"page could not be extracted: {exc}")]
            data.tables.extend(tables)
            data.warnings.extend(warnings)
            page.close()
            if progress:
                progress(done, len(wanted), "extracting pages")
    return data
