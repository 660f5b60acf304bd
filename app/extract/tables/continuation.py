"""Tables continued on the next page: linking and merging.

A table is taken to continue an earlier one when it is the first table of its page, the earlier
one is the last table of the preceding page, both have the same number of columns with matching
column positions (or widths), and the earlier table reaches the bottom part of its page while the
later one starts in the top part of its page.
"""

from __future__ import annotations

from app.document.model import Cell, Table, TablePart


def _column_widths(table: Table) -> list[float] | None:
    cols = table.columns
    if not cols or len(cols) < 2:
        return None
    return [b - a for a, b in zip(cols, cols[1:])]


def _compatible(a: Table, b: Table, tol: float = 12.0) -> bool:
    if a.n_cols != b.n_cols or a.n_cols < 2:
        return False
    if a.columns and b.columns and len(a.columns) == len(b.columns):
        inner_a, inner_b = a.columns[1:-1], b.columns[1:-1]
        if inner_a and all(abs(x - y) <= tol for x, y in zip(inner_a, inner_b)):
            return True
        wa, wb = _column_widths(a), _column_widths(b)
        if wa and wb and all(abs(x - y) <= tol for x, y in zip(wa, wb)):
            return True
        return False
    return abs((a.bbox[2] - a.bbox[0]) - (b.bbox[2] - b.bbox[0])) <= 2 * tol


def link_continued(tables: list[Table], page_sizes: list[tuple[float, float]] | None = None) -> None:
    """Set ``continued_from`` on tables that continue the last table of the previous page."""
    by_page: dict[int, list[Table]] = {}
    for t in tables:
        by_page.setdefault(t.page, []).append(t)
    for page_tables in by_page.values():
        page_tables.sort(key=lambda t: (t.bbox[1], t.bbox[0]))
    for page, page_tables in sorted(by_page.items()):
        previous = by_page.get(page - 1)
        if not previous:
            continue
        first, last = page_tables[0], max(previous, key=lambda t: t.bbox[3])
        if first.continued_from or first.title:
            continue
        h_prev = page_sizes[page - 2][1] if page_sizes and len(page_sizes) >= page - 1 else None
        h_this = page_sizes[page - 1][1] if page_sizes and len(page_sizes) >= page else None
        if h_prev and last.bbox[3] < 0.6 * h_prev:
            continue
        if h_this and first.bbox[1] > 0.4 * h_this:
            continue
        if _compatible(last, first):
            first.continued_from = last.id


def merge_continued(first: Table, *rest: Table) -> Table:
    """One table made of ``first`` and the tables continuing it (repeated header rows dropped)."""
    merged = first.copy()
    merged.continued_from = first.continued_from
    header = [c.text for c in first.cells if c.row < first.header_rows]
    for part in rest:
        skip = 0
        if part.header_rows and [c.text for c in part.cells if c.row < part.header_rows] == header:
            skip = part.header_rows
        offset = merged.n_rows - skip
        merged.parts.extend([TablePart(part.page, part.bbox)] + [TablePart(p.page, p.bbox) for p in part.parts])
        for c in part.cells:
            if c.row < skip:
                continue
            merged.cells.append(Cell(c.row + offset, c.col, c.text, c.row_span, c.col_span, c.value, c.note))
        merged.total_rows.extend(r + offset for r in part.total_rows if r >= skip)
        for r, tags in part.row_tags.items():
            if r >= skip:
                merged.row_tags[r + offset] = list(tags)
        merged.n_rows += part.n_rows - skip
        merged.n_cols = max(merged.n_cols, part.n_cols)
    merged.sort_cells()
    return merged
