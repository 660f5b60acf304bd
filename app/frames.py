"""Every table as a pandas DataFrame, for analysts: open a project or a PDF, list its tables, get frames.

    from app.frames import open_tables

    tables = open_tables("appeal.bbproj")      # a project (its corrected tables) or a PDF (extracted now)
    tables.list()                              # one row per table: document, id, title, pages, size
    df = tables.frame("p12-t1")                # one table
    for df in tables.frames(): ...             # all of them

A frame holds the table's body rows; its header rows are the column levels (a heading spanning several
columns repeats over each of them, so ``df["Principles"]`` selects the group). Values are typed: a
column whose cells are numbers (or empty, or say "nothing": "-", "n/a") is numeric, with NaN for
missing values; other columns keep the printed text. ``df.attrs`` keeps where the table comes from:
document title, file name and SHA-256, pages, table id, title, caption, section, and which body rows are
total rows (``"total_rows"``, positions in the frame). See docs/python-api.md.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from app.document.model import DocumentData, SourceDocument, Table
from app.document.numbers import parse_number
from app.project.ops import col_letter

__all__ = ["TableSet", "open_tables", "table_frame"]


def _header(table: Table, col: int, grid: list[list[str]]) -> tuple[str, ...]:
    return tuple(" ".join(grid[r][col].split()) for r in range(min(table.header_rows, table.n_rows)))


def _is_missing(cell_text: str) -> bool:
    parsed = parse_number(cell_text) if cell_text.strip() else None
    return not cell_text.strip() or (parsed is not None and parsed.value is None)


def table_frame(table: Table, document: SourceDocument | None = None) -> pd.DataFrame:
    """The body of ``table`` as a DataFrame, its header rows as column levels (see the module doc)."""
    header_rows = min(table.header_rows, table.n_rows)
    repeated = table.text_grid(spans="repeat")
    anchors = table.grid()
    body = range(header_rows, table.n_rows)
    columns: list[pd.Series] = []
    for c in range(table.n_cols):
        cells = [anchors[r][c] if anchors[r][c] is not None and (anchors[r][c].row, anchors[r][c].col) == (r, c)
                 else None for r in body]
        texts = [cell.text if cell is not None else "" for cell in cells]
        values = [cell.value if cell is not None else None for cell in cells]
        numeric = any(v is not None for v in values) and all(
            v is not None or _is_missing(t) for v, t in zip(values, texts))
        if not numeric:
            columns.append(pd.Series([t if t.strip() else None for t in texts], dtype=object))
        elif all(isinstance(v, int) for v in values if v is not None):
            # whole numbers stay integers; a gap needs pandas' nullable integer type
            columns.append(pd.Series([pd.NA if v is None else v for v in values], dtype="Int64")
                           if None in values else pd.Series(values, dtype="int64"))
        else:
            columns.append(pd.Series([math.nan if v is None else float(v) for v in values], dtype="float64"))
    if header_rows:
        names = [_header(table, c, repeated) for c in range(table.n_cols)]
        index = (pd.MultiIndex.from_tuples(names) if header_rows > 1
                 else pd.Index([n[0] for n in names]))
    else:
        index = pd.Index([col_letter(c) for c in range(table.n_cols)])
    frame = pd.concat(columns, axis=1, ignore_index=True) if columns else pd.DataFrame(index=range(len(body)))
    frame.columns = index if columns else frame.columns
    frame.attrs.update({
        "table": table.id,
        "title": table.title,
        "caption": table.caption,
        "pages": table.pages(),
        "section": table.section,
        "continued_from": table.continued_from,
        "total_rows": [r - header_rows for r in table.total_rows if r >= header_rows],
        "sha256": document.sha256 if document else table.document,
        "document": document.display_name if document else "",
        "file": Path(document.path).name if document and document.path else "",
    })
    return frame


@dataclass(frozen=True)
class _Entry:
    data: DocumentData
    table: Table


class TableSet:
    """The tables of one or several documents (their current, corrected state)."""

    def __init__(self, documents: Iterable[DocumentData]) -> None:
        self.documents = list(documents)

    def _entries(self) -> Iterator[_Entry]:
        for data in self.documents:
            for table in data.tables:
                yield _Entry(data, table)

    def list(self) -> pd.DataFrame:
        """One row per table: document (its title), file, sha256, table, title, pages, rows, columns,
        header rows."""
        rows = [{
            "document": e.data.document.display_name,
            "file": Path(e.data.document.path).name,
            "sha256": e.data.document.sha256,
            "table": e.table.id,
            "title": e.table.title,
            "pages": ", ".join(str(p) for p in e.table.pages()),
            "rows": e.table.n_rows - min(e.table.header_rows, e.table.n_rows),
            "columns": e.table.n_cols,
            "header_rows": e.table.header_rows,
        } for e in self._entries()]
        return pd.DataFrame(rows, columns=["document", "file", "sha256", "table", "title", "pages", "rows", "columns",
                                           "header_rows"])

    def frame(self, table: str, document: str | None = None) -> pd.DataFrame:
        """The frame of table ``table``; ``document`` (file name or the start of its SHA-256) picks one
        when several documents have a table of that id."""
        found = [e for e in self._entries() if e.table.id == table and (
            document is None or e.data.document.display_name == document
            or Path(e.data.document.path).name == document
            or e.data.document.sha256.startswith(document))]
        if not found:
            raise KeyError(f"no table {table!r}" + (f" in {document!r}" if document else ""))
        if len(found) > 1:
            names = ", ".join(e.data.document.display_name for e in found)
            raise KeyError(f"table {table!r} is in several documents ({names}): name one with document=")
        return table_frame(found[0].table, found[0].data.document)

    def frames(self) -> Iterator[pd.DataFrame]:
        """Every table's frame, document by document, in reading order."""
        for e in self._entries():
            yield table_frame(e.table, e.data.document)

    def __len__(self) -> int:
        return sum(len(d.tables) for d in self.documents)


def open_tables(path: str | os.PathLike, password: str | None = None) -> TableSet:
    """The tables of a project (``.bbproj``: every document with its corrections) or of a PDF (extracted
    now, in worker processes). Raises :class:`app.source.pdf.PdfError` or :class:`app.project.store.ProjectError` with a
    sentence for the user when the file cannot be read."""
    path = Path(path)
    head = b""
    if path.is_file():
        with open(path, "rb") as fh:
            head = fh.read(16)
    if path.suffix.lower() == ".bbproj" or head == b"SQLite format 3\x00":
        from app.project.project import Project

        project = Project.open(path)
        try:
            return TableSet([d.copy() for d in project.documents.values()])
        finally:
            project.close()
    from app.extract.pipeline import extract_document

    return TableSet([extract_document(path, password=password)])
