"""Structural table edits as pure functions ``Table -> Table``.

Every function returns a new :class:`~app.document.model.Table` and never changes its argument. The GUI turns
the result into one ``replace_table`` operation (:func:`replace_op`) so the edit is journaled and
undoable like any other correction.

Spans are handled generally: a cell covers the rectangle ``[row, row + row_span) x [col, col + col_span)``.
Deleting rows or columns shrinks the cells crossing them (a cell is dropped only when nothing of it is
left); inserting inside a span widens the span. Row-keyed attributes (``total_rows``, ``row_tags``,
``header_rows``) follow the rows; ``columns`` (x positions of the separators) follow the columns when
that is possible and are cleared when it is not.

Edits that cannot be done raise :class:`TableEditError` with a sentence for the user.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Sequence

from app.document.messages import N_, Message, fill, named
from app.document.model import BBox, Cell, Table, Tag
from app.document.numbers import parse_number
from app.project import ops

#: Labels of the edits, in English (saved in the journal); the interface translates them. A pair is
#: (one, several) for a label with a count (:func:`label`).
LABELS: dict[str, str | tuple[str, str]] = {
    "merge_continuation": N_("Operations", "Merge {table} with its continuation on page {page}"),
    "link": N_("Operations", "Link the table on page {page} as the continuation of {previous}"),
    "unlink": N_("Operations", "Unlink the table on page {page} from {previous}"),
    "insert_above": (N_("Operations", "Insert a row above row {row}"),
                     N_("Operations", "Insert {count} rows above row {row}")),
    "insert_below": (N_("Operations", "Insert a row below row {row}"),
                     N_("Operations", "Insert {count} rows below row {row}")),
    "delete_rows": (N_("Operations", "Delete row {row}"), N_("Operations", "Delete {count} rows")),
    "row_up": N_("Operations", "Move row {row} up"),
    "row_down": N_("Operations", "Move row {row} down"),
    "merge_up": N_("Operations", "Merge row {row} into row {above}"),
    "split_row": N_("Operations", "Split row {row}"),
    "insert_left": N_("Operations", "Insert column left of {column}"),
    "insert_right": N_("Operations", "Insert column right of {column}"),
    "delete_columns": (N_("Operations", "Delete column {column}"),
                       N_("Operations", "Delete {count} columns")),
    "column_left": N_("Operations", "Move column {column} left"),
    "column_right": N_("Operations", "Move column {column} right"),
    "merge_columns": N_("Operations", "Merge columns {column} and {next}"),
    "split_column": N_("Operations", "Split column {column}"),
    "merge_cells": N_("Operations", "Merge cells {range}"),
    "split_cell": N_("Operations", "Split cell {cell}"),
    "header_rows": (N_("Operations", "Set one header row"), N_("Operations", "Set {count} header rows")),
    "total": N_("Operations", "Mark row {row} as totals"),
    "not_total": N_("Operations", "Unmark totals row {row}"),
    "checked": N_("Operations", "Mark table {table} as checked"),
    "not_checked": N_("Operations", "Mark table {table} as not checked"),
    "delete_table": N_("Operations", "Delete table {table}"),
    "paste": (N_("Operations", "Paste one cell at {cell}"),
              N_("Operations", "Paste {count} cells at {cell}")),
    "clear": N_("Operations", "Clear {cells}"),
    "resplit": N_("Operations", "Re-split columns of {table}"),
    "reextract": N_("Operations", "Re-extract table {table} ({method})"),
    "add_area": N_("Operations", "Add table on page {page}"),
}


def label(key: str, count: int | None = None, **params) -> str:
    """The English label of an edit: ``label("delete_rows", 2, row=3)`` -> "Delete 2 rows"."""
    template = LABELS[key]
    if isinstance(template, tuple):
        template = template[0] if count == 1 else template[1]
    return fill(template, count=count, **params)


class TableEditError(ValueError):
    """The edit cannot be made; ``str(err)`` is a user-facing sentence."""


# ------------------------------------------------------------------------------------------ helpers


def _reparse(cell: Cell) -> None:
    parsed = parse_number(cell.text)
    if parsed is None:
        cell.value, cell.note = None, None
    else:
        cell.value, cell.note = parsed.value, parsed.note


def _is_nothing(text: str) -> bool:
    parsed = parse_number(text)
    return parsed is not None and parsed.empty


def _join(*texts: str) -> str:
    return " ".join(t.strip() for t in texts if t and t.strip())


def _check_row(table: Table, row: int, what: str = "row") -> None:
    if not 0 <= row < table.n_rows:
        raise TableEditError(Message.of(N_("TableEdit", "There is no row {row} (the table has {rows} rows)."),
                                        row=row + 1, rows=table.n_rows))


def _check_col(table: Table, col: int) -> None:
    if not 0 <= col < table.n_cols:
        raise TableEditError(Message.of(
            N_("TableEdit", "There is no column {column} (the table has {columns} columns)."),
                                        column=col + 1, columns=table.n_cols))


def _remap_rows(table: Table, mapping: Callable[[int], int | None], n_rows: int) -> Table:
    """New table whose row r is old row ``mapping^-1``; cells keep the rows that survive."""
    new = table.copy()
    cells: list[Cell] = []
    for cell in new.cells:
        covered = [mapping(r) for r in range(cell.row, cell.row + cell.row_span)]
        kept = sorted(r for r in covered if r is not None)
        if not kept:
            continue
        if kept != list(range(kept[0], kept[-1] + 1)):
            raise TableEditError(Message.of(
                N_("TableEdit", "A merged cell would be torn apart; split it first.")))
        cell.row, cell.row_span = kept[0], len(kept)
        cells.append(cell)
    new.cells = cells
    new.n_rows = n_rows
    new.total_rows = sorted({m for r in table.total_rows if (m := mapping(r)) is not None})
    tags: dict[int, list[Tag]] = {}
    for r, row_tags in table.row_tags.items():
        m = mapping(r)
        if m is not None and row_tags:
            tags[m] = list(row_tags)
    new.row_tags = tags
    new.header_rows = sum(1 for r in range(table.header_rows) if mapping(r) is not None)
    new.sort_cells()
    return new


def _remap_cols(table: Table, mapping: Callable[[int], int | None], n_cols: int) -> Table:
    new = table.copy()
    cells: list[Cell] = []
    for cell in new.cells:
        covered = [mapping(c) for c in range(cell.col, cell.col + cell.col_span)]
        kept = sorted(c for c in covered if c is not None)
        if not kept:
            continue
        if kept != list(range(kept[0], kept[-1] + 1)):
            raise TableEditError(Message.of(
                N_("TableEdit", "A merged cell would be torn apart; split it first.")))
        cell.col, cell.col_span = kept[0], len(kept)
        cells.append(cell)
    new.cells = cells
    new.n_cols = n_cols
    new.sort_cells()
    return new


def _fill_empty(table: Table) -> None:
    """Give every uncovered position an empty cell (keeps grids dense after inserts)."""
    covered = set()
    for cell in table.cells:
        for r in range(cell.row, cell.row + cell.row_span):
            for c in range(cell.col, cell.col + cell.col_span):
                covered.add((r, c))
    for r in range(table.n_rows):
        for c in range(table.n_cols):
            if (r, c) not in covered:
                table.cells.append(Cell(r, c, ""))
    table.sort_cells()


# Column separators: ``columns`` holds either the interior separators (n_cols - 1 values) or the
# edges too (n_cols + 1 values). Both conventions are kept consistent here.


def _columns_kind(table: Table) -> str | None:
    if not table.columns:
        return None
    if len(table.columns) == table.n_cols - 1:
        return "interior"
    if len(table.columns) == table.n_cols + 1:
        return "edges"
    return None


def _drop_separator_after(table: Table, new: Table, col: int) -> None:
    """Set ``new.columns`` to ``table.columns`` without the separator between ``col`` and ``col + 1``."""
    kind = _columns_kind(table)
    if kind is None:
        new.columns = None
        return
    index = col if kind == "interior" else col + 1
    cols = list(table.columns or [])
    if 0 <= index < len(cols):
        del cols[index]
    new.columns = cols


# --------------------------------------------------------------------------------------------- rows


def insert_rows(table: Table, index: int, count: int = 1) -> Table:
    """Insert ``count`` empty rows before ``index`` (``index == n_rows`` appends)."""
    if not 0 <= index <= table.n_rows:
        raise TableEditError(Message.of(N_("TableEdit", "Cannot insert a row at position {position}."),
                                        position=index + 1))
    if count < 1:
        raise TableEditError(Message.of(N_("TableEdit", "Insert at least one row.")))
    new = table.copy()
    for cell in new.cells:
        if cell.row >= index:
            cell.row += count
        elif cell.row + cell.row_span > index:
            cell.row_span += count  # the insertion point is inside this span
    new.n_rows = table.n_rows + count
    new.total_rows = [r + count if r >= index else r for r in table.total_rows]
    new.row_tags = {(r + count if r >= index else r): list(t) for r, t in table.row_tags.items()}
    if index < table.header_rows:
        new.header_rows = table.header_rows + count
    _fill_empty(new)
    return new


def insert_row(table: Table, index: int) -> Table:
    return insert_rows(table, index, 1)


def delete_rows(table: Table, rows: Iterable[int]) -> Table:
    """Delete the given rows (cells spanning across them shrink)."""
    doomed = sorted(set(rows))
    if not doomed:
        raise TableEditError(Message.of(N_("TableEdit", "No row selected.")))
    for r in doomed:
        _check_row(table, r)
    if len(doomed) >= table.n_rows:
        raise TableEditError(Message.of(
            N_("TableEdit", "A table needs at least one row; delete the table instead.")))
    gone = set(doomed)
    mapping: dict[int, int] = {}
    for r in range(table.n_rows):
        if r not in gone:
            mapping[r] = len(mapping)
    return _remap_rows(table, mapping.get, len(mapping))


def delete_row(table: Table, row: int) -> Table:
    return delete_rows(table, [row])


def move_row(table: Table, row: int, to: int) -> Table:
    """Move row ``row`` so that it ends up at index ``to``."""
    _check_row(table, row)
    _check_row(table, to)
    if row == to:
        return table.copy()
    order = list(range(table.n_rows))
    order.insert(to, order.pop(row))
    new_index = {old: new for new, old in enumerate(order)}
    return _remap_rows(table, new_index.get, table.n_rows)


def merge_row_up(table: Table, row: int) -> Table:
    """Merge row ``row`` into the row above: wrapped labels ("Northern" / "Africa" -> "Northern Africa").

    In every column the lower text is appended to the text above with one space; numbers are parsed
    again from the joined text. Row tags are combined.
    """
    _check_row(table, row)
    if row == 0:
        raise TableEditError(Message.of(N_("TableEdit", "The first row has no row above it to merge into.")))
    new = table.copy()
    for lower in [c for c in new.cells if c.row == row and c.row_span == 1]:
        if not lower.text.strip():
            continue
        upper = None
        for c in range(lower.col, lower.col + lower.col_span):
            upper = new.cell_at(row - 1, c)
            if upper is not None:
                break
        if upper is None:
            upper = Cell(row - 1, lower.col, "", col_span=lower.col_span)
            new.cells.append(upper)
        if upper is lower:
            continue
        # a "nothing" marker above a value is a placeholder, not part of it ("-" + "100" is not -100)
        upper.text = lower.text.strip() if _is_nothing(upper.text) else _join(upper.text, lower.text)
        _reparse(upper)
        lower.text = ""
    merged_tags = list(table.row_tags.get(row - 1, []))
    for tag in table.row_tags.get(row, []):
        if tag not in merged_tags:
            merged_tags.append(tag)
    if merged_tags:
        new.row_tags[row - 1] = merged_tags
    new.row_tags.pop(row, None)
    if row in new.total_rows and row - 1 not in new.total_rows:
        new.total_rows.append(row - 1)
    result = delete_rows(new, [row])
    # delete_rows recomputes header_rows: a header row absorbing a body row stays a header
    return result


def _split_numbers(text: str) -> list[str] | None:
    """"1,000 2,500 -" -> ["1,000", "2,500", "-"] when every token is a printed number."""
    tokens = text.split()
    if len(tokens) < 2:
        return None
    if all(parse_number(t) is not None for t in tokens):
        return tokens
    return None


def split_row(table: Table, row: int) -> Table:
    """Split one row holding several rows' content into several rows.

    Cells are split at line breaks. When no cell has a line break, cells holding several printed
    numbers separated by spaces ("1,000 2,500") are split into one number per row (all such cells must
    hold the same count); other texts stay in the first row.
    """
    _check_row(table, row)
    anchors = [c for c in table.cells if c.row == row and c.row_span == 1]
    parts: dict[int, list[str]] = {}
    for cell in anchors:
        lines = [ln.strip() for ln in cell.text.splitlines() if ln.strip()]
        if len(lines) > 1:
            parts[cell.col] = lines
    if not parts:
        counts = set()
        for cell in anchors:
            nums = _split_numbers(cell.text)
            if nums:
                parts[cell.col] = nums
                counts.add(len(nums))
        if len(counts) > 1:
            raise TableEditError(Message.of(
                N_("TableEdit", "The cells of this row hold different counts of numbers; split them by "
                                "hand.")))
    if not parts:
        raise TableEditError(Message.of(
            N_("TableEdit", "Row {row} has nothing to split: no cell holds several lines or numbers."),
            row=row + 1))
    n = max(len(p) for p in parts.values())
    new = insert_rows(table, row + 1, n - 1)
    for cell in new.cells:
        if cell.row == row and cell.col in parts and cell.row_span == 1:
            pieces = parts[cell.col]
            cell.text = pieces[0]
            _reparse(cell)
            for k, piece in enumerate(pieces[1:], start=1):
                target = new.anchor(row + k, cell.col)
                if target is not None:
                    target.text = piece
                    _reparse(target)
    # the inserted rows widened spans crossing the row; that is what the user expects for labels
    # printed once for the whole block
    return new


# ------------------------------------------------------------------------------------------ columns


def insert_columns(table: Table, index: int, count: int = 1) -> Table:
    if not 0 <= index <= table.n_cols:
        raise TableEditError(Message.of(N_("TableEdit", "Cannot insert a column at position {position}."),
                                        position=index + 1))
    if count < 1:
        raise TableEditError(Message.of(N_("TableEdit", "Insert at least one column.")))
    new = table.copy()
    for cell in new.cells:
        if cell.col >= index:
            cell.col += count
        elif cell.col + cell.col_span > index:
            cell.col_span += count
    new.n_cols = table.n_cols + count
    new.columns = None  # the positions of the new separators are unknown
    _fill_empty(new)
    return new


def insert_column(table: Table, index: int) -> Table:
    return insert_columns(table, index, 1)


def delete_columns(table: Table, cols: Iterable[int]) -> Table:
    doomed = sorted(set(cols))
    if not doomed:
        raise TableEditError(Message.of(N_("TableEdit", "No column selected.")))
    for c in doomed:
        _check_col(table, c)
    if len(doomed) >= table.n_cols:
        raise TableEditError(Message.of(
            N_("TableEdit", "A table needs at least one column; delete the table instead.")))
    gone = set(doomed)
    mapping: dict[int, int] = {}
    for c in range(table.n_cols):
        if c not in gone:
            mapping[c] = len(mapping)
    new = _remap_cols(table, mapping.get, len(mapping))
    kind = _columns_kind(table)
    if kind is None:
        new.columns = None
    else:
        # a deleted column's area joins its left neighbour: drop the separator on its left
        # (for the first column, the one on its right)
        cols = list(table.columns or [])
        if kind == "interior":
            drop = {c - 1 if c > 0 else 0 for c in doomed}
        else:
            drop = {c if c > 0 else 1 for c in doomed}
        new.columns = [x for i, x in enumerate(cols) if i not in drop]
        if _columns_kind(new) is None:
            new.columns = None
    return new


def delete_column(table: Table, col: int) -> Table:
    return delete_columns(table, [col])


def move_column(table: Table, col: int, to: int) -> Table:
    _check_col(table, col)
    _check_col(table, to)
    if col == to:
        return table.copy()
    order = list(range(table.n_cols))
    order.insert(to, order.pop(col))
    new_index = {old: new for new, old in enumerate(order)}
    new = _remap_cols(table, new_index.get, table.n_cols)
    new.columns = None  # the printed geometry no longer matches the column order
    return new


def merge_columns(table: Table, left: int) -> Table:
    """Merge column ``left + 1`` into column ``left``: texts joined with a space, numbers re-parsed."""
    _check_col(table, left)
    if left + 1 >= table.n_cols:
        raise TableEditError(Message.of(
            N_("TableEdit", "The last column has no column on its right to merge with.")))
    right = left + 1
    new = table.copy()
    for cell in [c for c in new.cells if c.col == right and c.col_span == 1]:
        if not cell.text.strip():
            continue
        target = None
        for r in range(cell.row, cell.row + cell.row_span):
            target = new.cell_at(r, left)
            if target is not None:
                break
        if target is None:
            target = Cell(cell.row, left, "", row_span=cell.row_span)
            new.cells.append(target)
        if target is cell:
            continue
        target.text = _join(target.text, cell.text)
        _reparse(target)
        cell.text = ""
    mapping = {c: (c if c < right else (None if c == right else c - 1)) for c in range(table.n_cols)}
    result = _remap_cols(new, mapping.get, table.n_cols - 1)
    _drop_separator_after(table, result, left)
    return result


_TRAILING_NUMBER = re.compile(r"^(?P<head>.*?\S)\s+(?P<tail>[-+(]?[$€£]?\s?\d[\d.,\s\u00a0\u202f]*%?\)?[¹²³⁴⁵⁶⁷⁸⁹⁰*]*)$")


#: separators a list set as "term : text" or "ABC – full name" uses, most telling first; a comma or a
#: point is left out (thousands and decimals), a slash too (dates, "km/h")
_SEPARATORS = (":", "–", "—", " - ", ";", "=", "|", "\t")


def guess_separator(table: Table, col: int) -> str | None:
    """The separator every filled cell of column ``col`` holds between two texts (a definition or
    acronym list drawn as one column: "Ctrl+B : Save", "IOM – International Organization for
    Migration"), offered by "Split Column at…"; None when no candidate is in nine filled cells in ten
    with text on both sides."""
    _check_col(table, col)
    texts = [c.text for c in table.cells if c.col == col and c.col_span == 1 and c.text.strip()]
    if not texts:
        return None
    for sep in _SEPARATORS:
        held = 0
        for text in texts:
            head, found, tail = text.partition(sep)
            held += bool(found and head.strip() and tail.strip())
        if held >= max(2, 0.9 * len(texts)):
            return sep
    return None


def split_column(table: Table, col: int, separator: str | None = None) -> Table:
    """Split column ``col`` into two.

    Without ``separator``, a trailing printed number moves to the new column on the right
    ("Kenya 1,000" -> "Kenya" | "1,000"); with one, texts are split at its first occurrence.
    """
    _check_col(table, col)
    new = insert_columns(table, col + 1, 1)
    for cell in new.cells:
        if cell.col != col or cell.col_span != 1:
            continue
        text = cell.text
        head, tail = text, ""
        if separator:
            if separator in text:
                head, _, tail = text.partition(separator)
        else:
            m = _TRAILING_NUMBER.match(text.strip())
            if m and parse_number(m.group("tail")) is not None:
                head, tail = m.group("head"), m.group("tail")
        if not tail:
            continue
        cell.text = head.strip()
        _reparse(cell)
        target = new.anchor(cell.row, col + 1)
        if target is None:
            target = Cell(cell.row, col + 1, "", row_span=cell.row_span)
            new.cells.append(target)
        target.text = tail.strip()
        _reparse(target)
    new.sort_cells()
    return new


# -------------------------------------------------------------------------------------------- cells


def merge_cells(table: Table, top: int, left: int, bottom: int, right: int) -> Table:
    """Merge the rectangle of cells (inclusive bounds) into one spanning cell.

    The rectangle grows to include merged cells it cuts through (as spreadsheets do). The texts of the
    merged cells are joined with a space in reading order.
    """
    top, bottom = sorted((top, bottom))
    left, right = sorted((left, right))
    _check_row(table, top)
    _check_row(table, bottom)
    _check_col(table, left)
    _check_col(table, right)
    changed = True
    while changed:
        changed = False
        for cell in table.cells:
            r0, r1 = cell.row, cell.row + cell.row_span - 1
            c0, c1 = cell.col, cell.col + cell.col_span - 1
            if r0 <= bottom and r1 >= top and c0 <= right and c1 >= left:
                if r0 < top or r1 > bottom or c0 < left or c1 > right:
                    top, bottom = min(top, r0), max(bottom, r1)
                    left, right = min(left, c0), max(right, c1)
                    changed = True
    if top == bottom and left == right:
        raise TableEditError(Message.of(N_("TableEdit", "Select at least two cells to merge.")))
    new = table.copy()
    inside = [c for c in new.cells if top <= c.row <= bottom and left <= c.col <= right]
    inside.sort(key=lambda c: (c.row, c.col))
    text = _join(*(c.text for c in inside))
    new.cells = [c for c in new.cells if c not in inside]
    merged = Cell(top, left, text, row_span=bottom - top + 1, col_span=right - left + 1)
    _reparse(merged)
    new.cells.append(merged)
    new.sort_cells()
    return new


def split_cell(table: Table, row: int, col: int) -> Table:
    """Undo a merge: the spanning cell covering (row, col) becomes single cells (text stays at the top left)."""
    _check_row(table, row)
    _check_col(table, col)
    cell = table.cell_at(row, col)
    if cell is None or (cell.row_span == 1 and cell.col_span == 1):
        raise TableEditError(Message.of(
            N_("TableEdit", "This cell is not merged; there is nothing to split.")))
    new = table.copy()
    target = new.anchor(cell.row, cell.col)
    assert target is not None
    target.row_span = target.col_span = 1
    _fill_empty(new)
    return new


def set_cell_text(table: Table, row: int, col: int, text: str) -> Table:
    """A copy with one cell's text changed (value re-parsed); mostly for composing edits."""
    _check_row(table, row)
    _check_col(table, col)
    new = table.copy()
    cell = new.cell_at(row, col)
    if cell is None:
        cell = Cell(row, col, "")
        new.cells.append(cell)
        new.sort_cells()
    cell.text = text
    _reparse(cell)
    return new


# ----------------------------------------------------------------------------------- row attributes


def set_header_rows(table: Table, count: int) -> Table:
    if not 0 <= count <= table.n_rows:
        raise TableEditError(Message.of(
            N_("TableEdit", "The header can have 0 to {rows} rows."), rows=table.n_rows))
    new = table.copy()
    new.header_rows = count
    return new


def set_total_row(table: Table, row: int, total: bool = True) -> Table:
    """Mark (or unmark) ``row`` as a totals row."""
    _check_row(table, row)
    new = table.copy()
    rows = set(new.total_rows)
    if total:
        rows.add(row)
    else:
        rows.discard(row)
    new.total_rows = sorted(rows)
    return new


# -------------------------------------------------------------------------------------- journaling


def replace_op(old: Table, new: Table, label: str) -> dict[str, Any]:
    """The ``replace_table`` operation turning ``old`` into ``new`` (named ``label`` in menus)."""
    if old.id != new.id:
        raise ValueError("replace_op: the new table must keep the id of the old one")
    return ops.replace_table(old.id, new.to_json(), old.to_json(), label)


def new_table_id(existing: Iterable[str], page: int) -> str:
    """A table id not in ``existing`` for a table drawn by the user on ``page``."""
    taken = set(existing)
    k = 1
    while f"p{page}-m{k}" in taken:
        k += 1
    return f"p{page}-m{k}"


# ------------------------------------------------------------------------------ area (re-)extraction


def extract_area(
    page: Any,
    bbox: BBox,
    columns: Sequence[float] | None = None,
    method: str = "borderless",
    *,
    table_id: str = "area",
    page_number: int | None = None,
    document: str = "",
) -> Table:
    """The table inside a user-drawn rectangle of a page (pdfplumber's or :class:`app.source.pagesource.PdfiumPage`,
    :func:`app.extract.tables.extract_area`),
    carrying ``table_id``, the page and ``method="manual"``."""
    from app.extract.tables import extract_area as extract_table_area

    number = page_number if page_number is not None else int(getattr(page, "page_number", 1))
    table = extract_table_area(page, tuple(bbox), columns=list(columns) if columns is not None else None,
                               page_number=number, method=method).copy()
    table.id = table_id
    table.page = number
    table.method = "manual"
    table.document = document or table.document
    if columns is not None and not table.columns:
        table.columns = sorted(float(x) for x in columns)
    return table


def _runs(mask: list[bool]) -> list[tuple[int, int]]:
    """Start and end (exclusive) of each run of True values."""
    runs, start = [], None
    for i, v in enumerate(mask + [False]):
        if v and start is None:
            start = i
        elif not v and start is not None:
            runs.append((start, i))
            start = None
    return runs


def table_guides(words: Iterable[dict[str, Any]], bbox: BBox, n_rows: int, n_cols: int) -> tuple[list[float], list[float]]:
    """Estimated positions of a table's interior column and row separators from the page's words.

    For overlays of tables whose extraction did not record its separators: the ``n_cols - 1`` widest
    vertical channels without text (a few words may cross them, e.g. spanning headers) and the
    ``n_rows - 1`` widest horizontal gaps between lines. Returns (columns, rows) in points.
    """
    x0, top, x1, bottom = (float(v) for v in bbox)
    inside = [w for w in words
              if x0 - 1 <= (float(w["x0"]) + float(w["x1"])) / 2 <= x1 + 1
              and top - 1 <= (float(w["top"]) + float(w["bottom"])) / 2 <= bottom + 1]
    columns: list[float] = []
    rows: list[float] = []
    if not inside:
        return columns, rows
    width, height = int(x1 - x0) + 1, int(bottom - top) + 1
    if n_cols > 1 and width > 2:
        cover = [0] * width
        for w in inside:
            for i in range(max(0, int(float(w["x0"]) - x0)), min(width, int(float(w["x1"]) - x0) + 1)):
                cover[i] += 1
        lines = max(1, n_rows)
        threshold = max(0, int(lines * 0.15))
        runs = [r for r in _runs([c <= threshold for c in cover]) if r[0] > 0 and r[1] < width]
        runs.sort(key=lambda r: (-(r[1] - r[0]), r[0]))
        columns = sorted(round(x0 + (a + b) / 2, 2) for a, b in runs[: n_cols - 1])
    if n_rows > 1 and height > 2:
        cover = [0] * height
        for w in inside:
            for i in range(max(0, int(float(w["top"]) - top)), min(height, int(float(w["bottom"]) - top) + 1)):
                cover[i] += 1
        runs = [r for r in _runs([c == 0 for c in cover]) if r[0] > 0 and r[1] < height]
        runs.sort(key=lambda r: (-(r[1] - r[0]), r[0]))
        rows = sorted(round(top + (a + b) / 2, 2) for a, b in runs[: n_rows - 1])
    return columns, rows


def page_guides(page: Any, specs: Iterable[tuple[str, BBox, int, int]]) -> dict[str, tuple[list[float], list[float]]]:
    """:func:`table_guides` of several tables of one page (as for :func:`extract_area`): ``{table id: (columns, rows)}``.

    ``specs``: ``(table id, bbox, n_rows, n_cols)`` each. A page job (runs in the page helper process).
    """
    from app.source.layout import page_words

    words = page_words(page)
    return {tid: table_guides(words, bbox, n_rows, n_cols) for tid, bbox, n_rows, n_cols in specs}


# --------------------------------------------------------------------------- tables continued on the next page


def continuation_of(tables: Iterable[Table], table_id: str) -> Table | None:
    """The table continuing ``table_id`` on a later page (its ``continued_from`` names it), if any."""
    return next((t for t in tables if t.continued_from == table_id and t.id != table_id), None)


def previous_part(tables: Iterable[Table], table: Table) -> Table | None:
    """The table ``table`` continues (named by its ``continued_from``), if it still exists."""
    if not table.continued_from:
        return None
    return next((t for t in tables if t.id == table.continued_from and t.id != table.id), None)


def part_title(tables: Iterable[Table], table: Table, by_id: dict[str, Table] | None = None) -> str:
    """The title ``table`` is known by: its own, else that of the first part it continues (a table
    printed over several pages carries its caption once; "p2-t1" means nothing to a user).
    ``by_id``: ``tables`` by id, when the caller has it already (a list naming every table)."""
    if by_id is None:
        by_id = {t.id: t for t in tables}
    seen = {table.id}
    while not (table.title and table.title.strip()) and table.continued_from not in seen | {None}:
        seen.add(table.continued_from)
        previous = by_id.get(table.continued_from)
        if previous is None:
            break
        table = previous
    return table.title or ""


def part_name(tables: Iterable[Table], table: Table) -> str:
    """``table`` named in a label saved in the journal: :func:`part_title` in quotes, else its id."""
    return named(part_title(tables, table), table.id)


def link_candidate(tables: Iterable[Table], table: Table) -> Table | None:
    """The table ``table`` could continue: the lowest table of the previous page that nothing continues
    yet (for linking a continuation the extraction missed). None when ``table`` is already linked or
    is not the first table of its page."""
    tables = list(tables)
    if table.continued_from or table.page <= 1:
        return None
    same_page = [t for t in tables if t.page == table.page]
    if min(same_page, key=lambda t: (t.bbox[1], t.bbox[0])).id != table.id:
        return None
    # a table merged from several pages ends on the page of its last piece
    before = [(t, box) for t in tables for page, box in t.boxes()[-1:] if page == table.page - 1]
    if not before:
        return None
    last = max(before, key=lambda tb: tb[1][3])[0]
    if continuation_of(tables, last.id) is not None:
        return None
    return last


def _link_op(table: Table, continued_from: str | None, label: str) -> dict[str, Any]:
    return ops.set_table(table.id, {"continued_from": continued_from}, {"continued_from": table.continued_from}, label)


def link_op(tables: Iterable[Table], table: Table) -> dict[str, Any]:
    """Mark ``table`` as the continuation of :func:`link_candidate` (one ``set_table`` operation)."""
    previous = link_candidate(tables, table)
    if previous is None:
        raise TableEditError(Message.of(
            N_("TableEdit", "Table {table} cannot be linked: it is not the first table "
                                                     "of its page, or the previous page has no table, or that "
                                                     "table is continued already."), table=table.id))
    return _link_op(table, previous.id, fill(LABELS["link"], page=table.page, previous=part_name(tables, previous)))


def unlink_op(table: Table, tables: Iterable[Table] = ()) -> dict[str, Any]:
    """Undo the link of ``table`` to the table it continues (one ``set_table`` operation); ``tables``
    (the document's) name the earlier part in the label by its title."""
    if not table.continued_from:
        raise TableEditError(Message.of(N_("TableEdit", "Table {table} does not continue another table."),
                                        table=table.id))
    tables = list(tables)
    previous = previous_part(tables, table)
    name = part_name(tables, previous) if previous is not None else table.continued_from
    return _link_op(table, None, fill(LABELS["unlink"], page=table.page, previous=name))


def merge_continuation_op(tables: Iterable[Table], table: Table) -> dict[str, Any]:
    """One undoable step merging ``table`` with the table continuing it on the next page.

    A ``batch`` of ``replace_table`` operations: ``table`` becomes the merged table (same id, page and
    box; the continuation's rows appended, its repeated header rows dropped, see
    :func:`app.extract.tables.continuation.merge_continued`; where the continuation is printed is kept in
    ``parts``) and the continuation is removed. A third part continuing the continuation is relinked
    to the merged table, so it can be merged next.
    """
    from app.extract.tables.continuation import merge_continued

    tables = list(tables)
    part = continuation_of(tables, table.id)
    if part is None:
        raise TableEditError(Message.of(N_("TableEdit", "No table continues {table} on the next page."),
                                        table=table.id))
    if part.n_cols != table.n_cols:
        raise TableEditError(Message.of(N_("TableEdit", "{part} has {part_columns} columns and {table} has "
                                                     "{columns}: make them the same before merging."),
                                        part=part.id, part_columns=part.n_cols, table=table.id, columns=table.n_cols))
    merged = merge_continued(table, part)
    merged.id, merged.page, merged.bbox = table.id, table.page, table.bbox
    label = fill(LABELS["merge_continuation"], table=part_name(tables, table), page=part.page)
    steps: list[dict[str, Any]] = [
        replace_op(table, merged, label),
        ops.replace_table(part.id, None, part.to_json()),
    ]
    after = continuation_of(tables, part.id)
    if after is not None:
        steps.append(_link_op(after, table.id, f"Link {after.id} to {table.id}"))
    return ops.batch(steps, label)


# ------------------------------------------------------------------------------ clipboard: paste, clear


def parse_clipboard(text: str) -> list[list[str]]:
    """Rows of cells from tab-separated clipboard text (Excel, LibreOffice, another table, a text editor).

    Lines end with CR LF or LF; a final line break is not an extra row. Cells holding tabs, line breaks
    or quotes arrive quoted the way spreadsheets write them (``"a""b"`` is ``a"b``); a quote inside an
    unquoted cell is an ordinary character (``12" pipe``).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    rows: list[list[str]] = []
    row: list[str] = []
    i, n = 0, len(text)
    while True:
        if i < n and text[i] == '"':  # a quoted cell: up to the closing quote, "" is one quote
            j, parts = i + 1, []
            while j < n:
                k = text.find('"', j)
                if k < 0:
                    break
                if k + 1 < n and text[k + 1] == '"':
                    parts.append(text[j:k + 1])
                    j = k + 2
                    continue
                parts.append(text[j:k])
                j = k + 1
                break
            else:
                k = -1
            if k >= 0 and (j >= n or text[j] in "\t\n"):
                row.append("".join(parts))
                i = j
            else:  # not a well-formed quoted cell: take the text as it is, up to the next separator
                end = min([p for p in (text.find("\t", i), text.find("\n", i)) if p >= 0], default=n)
                row.append(text[i:end])
                i = end
        else:
            end = min([p for p in (text.find("\t", i), text.find("\n", i)) if p >= 0], default=n)
            row.append(text[i:end])
            i = end
        if i >= n:
            rows.append(row)
            return rows
        if text[i] == "\n":
            rows.append(row)
            row = []
        i += 1
        if i == n:  # "a\t" ends with an empty cell
            if text[i - 1] == "\t":
                row.append("")
            rows.append(row)
            return rows


def set_cells_op(table: Table, values: dict[tuple[int, int], str], label: str) -> tuple[dict[str, Any] | None, int]:
    """One undoable operation writing ``values`` ({(row, col): text}) into ``table``.

    Cells inside a merged cell (other than its top-left anchor) are skipped, as are cells already
    holding the text. Returns (the operation or None when nothing changes, cells skipped as merged).
    """
    steps: list[dict[str, Any]] = []
    merged = 0
    for (row, col), text in sorted(values.items()):
        if not (0 <= row < table.n_rows and 0 <= col < table.n_cols):
            continue
        cell = table.cell_at(row, col)
        if cell is not None and (cell.row, cell.col) != (row, col):
            merged += 1
            continue
        old = cell.text if cell is not None else ""
        if old != text:
            steps.append(ops.set_cell(table.id, row, col, text, old))
    if not steps:
        return None, merged
    return ops.batch(steps, label), merged


def paste_values(table: Table, rows: list[list[str]], top: int, left: int,
                 fill: tuple[int, int, int, int] | None = None) -> tuple[dict[tuple[int, int], str], int, int]:
    """Where pasted ``rows`` go: ({(row, col): text}, rows left out, columns left out).

    The block starts at (``top``, ``left``) and is clipped to the table (what does not fit is counted,
    never added). A single value pasted onto a selection ``fill`` = (top, left, bottom, right) fills
    every cell of it, as spreadsheets do.
    """
    values: dict[tuple[int, int], str] = {}
    if not rows:
        return values, 0, 0
    if fill is not None and len(rows) == 1 and len(rows[0]) == 1:
        t, l, b, r = fill
        for row in range(max(0, t), min(b, table.n_rows - 1) + 1):
            for col in range(max(0, l), min(r, table.n_cols - 1) + 1):
                values[(row, col)] = rows[0][0]
        return values, 0, 0
    width = max(len(r) for r in rows)
    for i, cells in enumerate(rows):
        for j, text in enumerate(cells):
            if top + i < table.n_rows and left + j < table.n_cols:
                values[(top + i, left + j)] = text
    rows_out = max(0, top + len(rows) - table.n_rows)
    cols_out = max(0, left + width - table.n_cols)
    return values, rows_out, cols_out


def clear_values(table: Table, rect: tuple[int, int, int, int]) -> dict[tuple[int, int], str]:
    """Empty text for every cell anchored in ``rect`` = (top, left, bottom, right)."""
    t, l, b, r = rect
    return {(c.row, c.col): "" for c in table.cells if t <= c.row <= b and l <= c.col <= r}


def copy_text(table: Table, rect: tuple[int, int, int, int]) -> str:
    """The cells of ``rect`` as tab-separated text, quoted the way spreadsheets read it back
    (:func:`parse_clipboard` is the inverse): a cell holding a tab, a line break or starting with a
    quote is put in quotes, quotes doubled."""
    t, l, b, r = rect
    grid = table.text_grid()

    def quote(text: str) -> str:
        if any(ch in text for ch in "\t\n\r") or text.startswith('"'):
            return '"' + text.replace('"', '""') + '"'
        return text

    return "\n".join("\t".join(quote(grid[row][col]) for col in range(l, r + 1)) for row in range(t, b + 1))
