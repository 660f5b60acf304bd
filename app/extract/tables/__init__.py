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
ALGORITHM = "bb-tables-37"  # session 43: rules 320-325 (figures in framed sheets, mastheads), 330-332 (obliqued glyph boxes, narrow figure gutters, lower-case remarks), 340-343 (pyramids, bullets, confidence), 350 (group rows under ruled heads)

__all__ = ["ALGORITHM", "Table", "extract_area", "extract_tables"]
