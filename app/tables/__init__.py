"""Table extraction from born-digital PDF pages (Qt-free, plain functions over pdfplumber objects).

    extract_tables(page, page_number)      -> list[Table]   every table of a page
    extract_area(page, bbox, columns=None) -> Table         the table in a user-drawn rectangle
"""

from __future__ import annotations

from ..model import Table
from .cells import make_cell

#: Version of the extraction rules (part of the cache key: bump it when results change).
ALGORITHM = "bb-tables-0"


def extract_tables(page, page_number: int = 1, decimal: str | None = None) -> list[Table]:
    """Every table on a pdfplumber page."""
    tables = []
    for i, found in enumerate(page.find_tables()):
        rows = found.extract()
        if not rows or len(rows) < 2:
            continue
        n_cols = max(len(r) for r in rows)
        cells = [make_cell(r, c, (row[c] if c < len(row) else "") or "", decimal)
                 for r, row in enumerate(rows) for c in range(n_cols)]
        tables.append(Table(
            id=f"p{page_number}-t{i + 1}", page=page_number, bbox=tuple(round(v, 2) for v in found.bbox),
            n_rows=len(rows), n_cols=n_cols, cells=cells, header_rows=1, method="ruled",
        ))
    return tables


def extract_area(page, bbox, columns=None, page_number: int = 1, decimal: str | None = None) -> Table:
    """The table inside ``bbox`` (x0, top, x1, bottom), optionally split at the given column x's."""
    raise NotImplementedError
