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
ALGORITHM = "bb-tables-39"  # session 45: rules 390-392 (confidence: two headings in one span, a title line as the first header row, leaders kept), 400-402 (headings centred over figures set right, a strip off the heading under it, a group label left last), 410 (a grid read by its text keeps its header)

__all__ = ["ALGORITHM", "Table", "extract_area", "extract_tables"]
