"""Tables continued on the next page: linking and merging.

A table is taken to continue an earlier one when it is the first table of its page, the earlier
one is the last table of the preceding page, both have the same number of columns with matching
column positions (or widths), and the earlier table reaches the bottom part of its page while the
later one starts in the top part of its page (:func:`link_continued`, at extraction).

Whether a link still holds in the corrected document (:func:`continuations`) and how parts are merged
into one table (:func:`merge_continued`) are decided here too, for every caller: the pack selection,
the "merge with continuation" edit and multi-page area extraction.
"""

from __future__ import annotations

from app.document.model import Cell, DocumentData, Table, TablePart
from app.document.tags import named_places


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


def continuations(data: DocumentData) -> dict[str, Table]:
    """The links ``continued_from`` that hold, as {id of the earlier part: the part continuing it}.

    A link does not hold when the later part names another country or region in its own title than
    the earlier one, or when a heading naming a country or region starts between the two parts (the
    next region's table under its own heading is not the rest of this region's table)."""
    by_id = {t.id: t for t in data.tables}
    sections = [s for s in data.all_sections() if s.level > 0]
    out: dict[str, Table] = {}
    for part in data.tables:
        prev = by_id.get(part.continued_from or "")
        if prev is None or prev.id == part.id or prev.id in out:
            continue
        own = {(t.kind, t.code) for t in named_places(part.title)}
        if own and own != {(t.kind, t.code) for t in named_places(prev.title)}:
            continue
        start, end = (prev.page, prev.bbox[3]), (part.page, part.bbox[1])
        if any(start <= (s.page, s.top or 0.0) <= end and named_places(s.title) for s in sections):
            continue
        out[prev.id] = part
    return out


def continuation_chain(table: Table, links: dict[str, Table]) -> list[Table]:
    """``table`` and the parts continuing it, in order (``links``: :func:`continuations`)."""
    parts, seen = [table], {table.id}
    while parts[-1].id in links and links[parts[-1].id].id not in seen:
        parts.append(links[parts[-1].id])
        seen.add(parts[-1].id)
    return parts


def _header_key(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def _repeats_header(first: Table, part: Table) -> bool:
    """Whether the header rows of ``part`` repeat the header of ``first`` (all of it, or its last rows:
    a page may repeat only the lower header row), ignoring case and spacing."""
    n = part.header_rows
    if not n or n > first.header_rows:
        return False
    head = [[_header_key(t) for t in row] for row in first.text_grid()[: first.header_rows]]
    again = [[_header_key(t) for t in row] for row in part.text_grid()[:n]]
    return head[-n:] == again


def merge_continued(first: Table, *rest: Table) -> Table:
    """One table made of ``first`` and the tables continuing it, in order.

    A part's header rows are dropped when they repeat the first part's header (see
    :func:`_repeats_header`); otherwise they are kept as body rows, so nothing printed is lost. Where
    each part is printed is kept in ``parts`` (the merged table lists all its pages); its total rows and
    row tags follow its rows. Parts with more columns widen the table rather than being left out.
    """
    merged = first.copy()
    merged.continued_from = first.continued_from
    for part in rest:
        skip = part.header_rows if _repeats_header(first, part) else 0
        offset = merged.n_rows - skip
        merged.parts.extend([TablePart(part.page, part.bbox)] + [TablePart(p.page, p.bbox) for p in part.parts])
        for c in part.cells:
            if c.row < skip:
                continue
            merged.cells.append(Cell(c.row + offset, c.col, c.text, c.row_span, c.col_span, c.value, c.note))
        merged.total_rows = [r for r in merged.total_rows if r < merged.n_rows] + [
            r + offset for r in part.total_rows if r >= skip
        ]
        for r, tags in part.row_tags.items():
            if r >= skip:
                merged.row_tags[r + offset] = list(tags)
        merged.n_rows += part.n_rows - skip
        merged.n_cols = max(merged.n_cols, part.n_cols)
    merged.sort_cells()
    return merged
