"""Table extraction from born-digital PDF pages (Qt-free, plain functions over pdfplumber objects).

    extract_tables(page, page_number)      -> list[Table]   every table of a page
    extract_area(page, bbox, columns=None) -> Table         the table in a user-drawn rectangle

Modules: :mod:`.rulings` (strokes of the page), :mod:`.lattice` (ruled grids), :mod:`.text` (lines,
phrases, cell text), :mod:`.detect` (where tables are), :mod:`.structure` (rows, columns, spans,
headers of a region), :mod:`.build` (the :class:`~app.document.model.Table`), :mod:`.continuation` and
:mod:`.repair` (document-level steps).
"""

from __future__ import annotations

from app.document.model import Table
from app.extract.tables.build import extract_area, extract_tables

#: Version of the extraction rules (part of the cache key: bump it when results change).
ALGORITHM = "bb-tables-38"  # session 44: rules 360-362 (sheets: title bands, field blocks, notes), 370-379 (tight header over a frame, mastheads over a page-wide table), 380-383 (bullet lists in rows, tables beside two-column text)

__all__ = ["ALGORITHM", "Table", "extract_area", "extract_tables"]
