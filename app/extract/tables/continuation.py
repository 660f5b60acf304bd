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
from app.extract.tables.cells import make_cell


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


def _repeated_rows(first: Table, part: Table) -> int:
    """How many top rows of ``part`` repeat the header of ``first`` (all of it, or its last rows: a page
    may repeat only the lower header row), ignoring case and spacing. Counted from the text, not from
    ``part.header_rows``: a page whose first row is the end of a row cut by the page break is read with
    one header row too many."""
    if not first.header_rows:
        return 0
    head = [[_header_key(t) for t in row] for row in first.text_grid()[: first.header_rows]]
    top = [[_header_key(t) for t in row] for row in part.text_grid()[: first.header_rows]]
    for n in range(min(len(head), len(top)), 0, -1):
        if head[-n:] == top[:n] and any(any(row) for row in top[:n]):
            return n
    return 0


def _cut_row_end(merged: Table, part: Table, row: int) -> bool:
    """Whether row ``row`` of ``part`` is the end of the last row of ``merged``, cut by the page break:
    its first column is empty and it holds no figure, while every body row before it has its first
    column filled (so a blank first column is not a group label printed once) and the row it ends
    is not a total."""
    if row >= part.n_rows or merged.n_rows <= merged.header_rows:
        return False
    cells = [c for c in part.cells if c.row == row]
    if not any(c.text.strip() for c in cells) or any(c.text.strip() and c.value is not None for c in cells):
        return False
    if any(c.col == 0 and c.text.strip() for c in cells):
        return False
    last = merged.n_rows - 1
    if last in merged.total_rows:
        return False
    firsts = {c.row: c for c in merged.cells if c.col == 0}
    return all((c := firsts.get(r)) is not None and c.text.strip() and c.row_span == 1
               for r in range(merged.header_rows, merged.n_rows))


def _join_row_end(merged: Table, part: Table, row: int) -> None:
    """Append the texts of ``part``'s row ``row`` to the last row of ``merged``, column by column."""
    last = merged.n_rows - 1
    for c in part.cells:
        if c.row != row or not c.text.strip():
            continue
        target = merged.anchor(last, c.col)
        if target is None:
            continue
        target.text = f"{target.text} {c.text}".strip() if target.text.strip() else c.text
        parsed = make_cell(target.row, target.col, target.text)
        target.value, target.note = parsed.value, parsed.note


def merge_continued(first: Table, *rest: Table) -> Table:
    """One table made of ``first`` and the tables continuing it, in order.

    A part's top rows are dropped when they repeat the first part's header (see
    :func:`_repeated_rows`); otherwise they are kept as body rows, so nothing printed is lost. A row
    cut by the page break (:func:`_cut_row_end`) is made whole again. Where
    each part is printed is kept in ``parts`` (the merged table lists all its pages); its total rows and
    row tags follow its rows. Parts with more columns widen the table rather than being left out.
    """
    merged = first.copy()
    merged.continued_from = first.continued_from
    for part in rest:
        skip = _repeated_rows(first, part)
        if _cut_row_end(merged, part, skip):
            _join_row_end(merged, part, skip)
            skip += 1
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
