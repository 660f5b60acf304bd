"""Checking printed totals: totals rows against the rows above them, "Total" columns against the
values beside them. A difference is reported (never corrected: the printed figure stays)."""

from __future__ import annotations

import re

from dataclasses import dataclass
from typing import Callable, Sequence

from app.document.model import Table
from app.extract.tables.cells import is_total_label


#: Headers of columns counting people: across sectors the same people are counted several times, so
#: their total (each person once) is smaller than the column's sum, and that is no error.
PEOPLE_HEADER = re.compile(r"\b(people|persons?|individuals|beneficiar\w*|targeted|reached|households|"
                           r"caseload|population)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Mismatch:
    """A printed total that differs from the sum it should be. ``row`` is set for a row's total
    (in a Total column), ``col`` for a column's total (in a totals row)."""

    table: str
    row: int | None
    col: int | None
    label: str
    printed: float
    computed: float

    def message(self) -> str:
        where = f"row {self.label!r}" if self.col is None else f"column {self.label!r}"
        return (f"table {self.table}: the printed total of {where} is {_fmt(self.printed)} but its values "
                f"add up to {_fmt(self.computed)}")


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}"


def _decimals(values: list[float]) -> int:
    d = 0
    for v in values:
        if float(v).is_integer():  # whole: no decimals (tested before its text is made)
            continue
        text = repr(float(v))
        if "." in text:
            d = max(d, len(text.split(".")[1]))
    return min(d, 6)


def _close(printed: float, parts: list[float]) -> bool:
    whole = all(float(v).is_integer() for v in [printed, *parts])
    # whole figures are compared exactly: their decimals are not needed
    return _close_to(printed, sum(parts), len(parts), whole, 0 if whole else _decimals([printed, *parts]))


def _close_to(printed: float, computed: float, count: int, whole: bool, decimals: int) -> bool:
    """:func:`_close` from a running sum: ``count`` parts, all of them and the total whole numbers or
    not, ``decimals`` the most of any of them (a printed figure's rounding grows with its parts)."""
    if whole:
        return abs(printed - computed) < 1e-9
    return abs(printed - computed) <= 10 ** -decimals * max(1, count) / 2 + 1e-9


def not_a_sum(printed: float, parts: Sequence[float]) -> bool:
    """A printed "total" that reads as a rate or a share, not as the sum of its parts: every figure
    within 0-100 (a bracketed figure is one based on few cases, not a negative), and the total either below its largest part (an average:
    "Total 88.8" beside "Rural 88.6" and "Urban 91.1") or exactly 100 (a percent distribution whose
    columns include subtotals of each other). A warning must be right or absent."""
    values = [abs(v) for v in (printed, *parts)]  # "(57.1)": a rate on few cases, not a negative
    if len(parts) < 2 or any(v > 100 for v in values):
        return False
    return values[0] < max(values[1:]) - 1e-9 or abs(values[0] - 100) < 1e-9


def parts_run(rows: Sequence[tuple[float, Sequence[float | None]]]) -> int:
    """How many of a total's number columns, counted outward from the total, it adds up: all of them
    unless a shorter run adds up in more rows ("Total schools that participated" sums "Participated"
    and "Substitutes" beside it, not the sampled schools further left). ``rows``: each row's printed
    total and its parts nearest first."""
    n = max((len(p) for _, p in rows), default=0)
    best, best_count = n, -1
    for k in range(n, 1, -1):
        count = sum(1 for printed, p in rows if _close(printed, [v or 0 for v in p[:k]]))
        if count > best_count:
            best, best_count = k, count
    return best


def numbering_row(values: Sequence[float | None]) -> bool:
    """A row numbering the columns ("1 2 3 ... 10" under a statistical table's headings): no data."""
    present = [v for v in values if v is not None]
    return (len(present) >= 3 and all(float(v).is_integer() for v in present)
            and all(b - a == 1 for a, b in zip(present, present[1:])))


def subtotal_rows(values: Sequence[float | None], tol: float = 1e-9) -> list[int] | None:
    """Indexes of the subtotal rows of a hierarchical column, or None when it is not one.

    A column is hierarchical when its rows fall into consecutive groups, each opened (or each closed)
    by a row whose value is the sum of the group's other rows: "Objective 1 | 30" over "Shelter | 10",
    "Health | 20", then "Objective 2 | 31" over its sectors. Its grand total is the sum of the subtotal
    rows, not of every row (which counts each figure twice). Rows without a value ("-") belong to the
    group they are in. Both readings are tried, groups opened by their subtotal first."""
    n = len(values)
    if n < 2:
        return None

    def opened() -> list[int] | None:
        heads, i = [], 0
        while i < n:
            head = values[i]
            if head is None:
                return None
            acc, j = 0.0, i + 1
            while j < n and (acc < head - tol or values[j] is None):
                acc += values[j] or 0.0
                j += 1
            if j == i + 1 or abs(acc - head) > tol:
                return None
            heads.append(i)
            i = j
        return heads

    def closed() -> list[int] | None:
        heads, acc, start = [], 0.0, 0
        for j, v in enumerate(values):
            if j > start and v is not None and abs(v - acc) <= tol and any(
                    values[k] is not None for k in range(start, j)):
                heads.append(j)
                acc, start = 0.0, j + 1
            else:
                acc += v or 0.0
        return heads if heads and start == n else None

    return opened() or closed()


def leading_totals(totals: Sequence[int], detail: Sequence[int], value: Callable[[int, int], float | None],
                   columns: Sequence[int], first_row: int) -> dict[int, list[int]]:
    """Totals rows that lead their group, with the rows they add up: {total row: its parts}.

    A total leads when, in most of its number columns, the same count of rows right after it (up to
    the next totals row) adds up to it and the rows since the previous total do not: "TOTAL BEANS" over
    "BEANS 1ST CROP", "BEANS 2ND CROP", "BEANS 3RD CROP" in a harvest table, or "Objective 1" rows
    marked as totals over their sectors. Its parts then count once in the totals further down, and a
    block closed by a later total starts where the last closing total was, not at a leading one."""
    out: dict[int, list[int]] = {}
    prev = first_row - 1
    order = sorted(totals)
    for i, t in enumerate(order):
        nxt = order[i + 1] if i + 1 < len(order) else float("inf")
        block = [r for r in detail if prev < r < t]
        after = [r for r in detail if t < r < nxt]
        votes: dict[int, int] = {}
        closing = printed_in = 0
        for col in columns:
            printed = value(t, col)
            if printed is None:
                continue
            printed_in += 1
            above = [value(r, col) for r in block]
            closes = any(v is not None for v in above) and _close(printed, [v or 0 for v in above])
            # the first group length whose rows add up to it, by a running sum (linear in the rows)
            running, whole, decimals = 0.0, float(printed).is_integer(), _decimals([printed])
            for k, x in enumerate(after, start=1):
                v = value(x, col) or 0
                running += v
                whole = whole and float(v).is_integer()
                decimals = max(decimals, _decimals([v]))
                if k >= 2 and _close_to(printed, running, k, whole, decimals):
                    if not closes:
                        votes[k] = votes.get(k, 0) + 1
                    break
            closing += closes
        # one group length agreed by most columns: a running sum over many small parts passes near
        # any figure now and then (a crime table's grand total over rows that hold their subtotals)
        k = max(votes, key=lambda n: (votes[n], -n)) if votes else 0
        if k and 2 * votes[k] > printed_in and votes[k] > closing:
            out[t] = after[:k]
        else:
            prev = t
    return out


def total_columns(table: Table) -> list[int]:
    cols = []
    for c in table.cells:
        if c.row < table.header_rows and c.col > 0 and c.col_span == 1 and is_total_label(c.text):
            cols.append(c.col)
    return sorted(set(cols))


def _label(table: Table, row: int) -> str:
    cell = table.cell_at(row, 0)
    return cell.text if cell else str(row)


def _header(table: Table, col: int) -> str:
    texts = [c.text for c in table.cells if c.row < table.header_rows and c.col <= col < c.col + c.col_span and c.text]
    return texts[0] if texts else str(col)


def earlier_parts(table: Table, tables: Sequence[Table]) -> list[Table]:
    """The parts a table continues (``continued_from`` links), earliest first."""
    by_id = {t.id: t for t in tables}
    chain: list[Table] = []
    current, seen = table, {table.id}
    while current.continued_from in by_id and current.continued_from not in seen:
        current = by_id[current.continued_from]
        seen.add(current.id)
        chain.append(current)
    return chain[::-1]


def _carried(earlier: Sequence[Table], n_cols: int) -> tuple[list[dict[int, float | None]], list[dict[int, float | None]]]:
    """Body rows of the earlier parts of a continued table, as {column: value}: (rows since the last
    totals row of those parts, all their rows that are not totals)."""
    block: list[dict[int, float | None]] = []
    every: list[dict[int, float | None]] = []
    for part in earlier:
        if part.n_cols != n_cols:
            return [], []
        values: dict[int, dict[int, float | None]] = {}
        for c in part.cells:
            if c.row >= part.header_rows and c.row_span == 1 and c.col_span == 1:
                values.setdefault(c.row, {})[c.col] = c.value
        for r in range(part.header_rows, part.n_rows):
            if r in part.total_rows:
                block = []
                continue
            block.append(values.get(r, {}))
            every.append(values.get(r, {}))
    return block, every


def check_totals(table: Table, earlier: Sequence[Table] | None = None) -> list[Mismatch]:
    """Totals rows and Total columns whose printed value differs from the sum of their parts.

    A table continued from earlier pages (``continued_from``) is checked with the rows of its earlier
    parts (``earlier``, see :func:`earlier_parts`); without them, a total whose rows start on an earlier
    page is not checked. In a hierarchical column (subtotal rows, see :func:`subtotal_rows`) a total
    is the sum of the subtotals."""
    grids = _cell_grids(table)
    out = [Mismatch(table.id, None, col, _header(table, col), printed, computed)
           for _t, col, printed, how, computed in _column_totals(table, earlier, grids)
           if how is None and computed is not None]
    return out + _row_total_mismatches(table, grids[0])


def not_summed_columns(table: Table) -> list[int]:
    """Columns whose printed total is, by the source's own figures, no sum of their rows: people
    counted once across sectors (the total below the column's sum) or a rate or share. Adding up a
    selection of their rows would give a figure the source contradicts."""
    kinds: dict[int, set[str | None]] = {}
    for _t, col, _printed, how, computed in _column_totals(table):
        if computed is not None:
            kinds.setdefault(col, set()).add(how)
    return sorted(c for c, k in kinds.items() if k & {"people", "rate"} and "sum" not in k)


def _cell_grids(table: Table) -> tuple[dict[tuple[int, int], float | None], dict[tuple[int, int], float | None]]:
    grid: dict[tuple[int, int], float | None] = {}
    column_grid: dict[tuple[int, int], float | None] = {}  # a cell spanning rows counts once in its column
    for c in table.cells:
        if c.col_span == 1:
            column_grid[(c.row, c.col)] = c.value
            if c.row_span == 1:
                grid[(c.row, c.col)] = c.value
    return grid, column_grid


def _numbering_rows(table: Table, grid: dict[tuple[int, int], float | None]) -> set[int]:
    return {r for r in range(table.header_rows, table.n_rows)
            if numbering_row([grid.get((r, c)) for c in range(table.n_cols)])}


def _column_totals(table: Table, earlier: Sequence[Table] | None = None, grids=None):
    """Each printed figure of a totals row: (row, col, printed, how, computed), ``how`` saying why it
    holds ("sum" of its parts, "people" counted once, "rate") or None when it does not add up;
    ``computed`` the plain sum of its rows (None when it has no parts to check)."""
    grid, column_grid = grids or _cell_grids(table)
    totals = sorted(table.total_rows)
    numbering = _numbering_rows(table, grid)
    body = [r for r in range(table.header_rows, table.n_rows) if r not in totals and r not in numbering]
    continued = bool(table.continued_from)
    carried_block, carried_all = _carried(earlier or [], table.n_cols)
    seen_earlier = bool(carried_all)  # parts that do not line up count as unseen
    # columns' totals
    leading = leading_totals(totals, body, lambda r, c: column_grid.get((r, c)), range(1, table.n_cols),
                             table.header_rows)
    prev = table.header_rows - 1
    # a total right under another total (no rows of its own) closes a section ("TOTAL ASSETS" under
    # "Total non-current assets"); a later total of the same kind sums the rows after it ("TOTAL
    # LIABILITIES"), not those of the sections above
    section = table.header_rows - 1
    people_columns: dict[int, bool] = {}
    for i, t in enumerate(totals):
        block = [r for r in body if prev < r < t]
        above = [r for r in body if r < t]
        since = [r for r in body if section < r < t]
        if t in leading:  # checked against the rows it leads
            block = above = leading[t]
        for col in range(1, table.n_cols):
            printed = grid.get((t, col))
            if printed is None:
                continue
            before_block = [row.get(col) for row in carried_block] if i == 0 else []
            before_all = [row.get(col) for row in carried_all]
            if continued and not seen_earlier and i == 0:
                continue  # its rows start on an earlier page we cannot see
            candidates = [before_block + [column_grid.get((r, col)) for r in block],
                          before_all + [column_grid.get((r, col)) for r in above]]
            if len(since) < len(above):
                candidates.append([column_grid.get((r, col)) for r in since])
            for values in list(candidates):
                present = [float(v) for v in values if v is not None]
                tol = 10 ** -_decimals(present) / 2 * 3 if present else 0.0  # a subtotal and two parts
                heads = subtotal_rows(values, tol + 1e-9)
                if heads:
                    candidates.insert(0, [values[k] for k in heads])
            people = people_columns.get(col)
            if people is None:  # the column's header, read once for all its totals rows
                people = people_columns[col] = bool(PEOPLE_HEADER.search(" ".join(
                    c.text for c in table.cells
                    if c.row < table.header_rows and c.col <= col < c.col + c.col_span)))
            how = None
            present = [values for values in candidates if values and any(v is not None for v in values)]
            computed = sum(v or 0 for v in present[0]) if present else None
            if any(_close(printed, [v or 0 for v in values]) for values in present):
                how = "sum"  # a reading where it adds up wins over the excuses below
            elif any(people and printed < sum(v or 0 for v in values) for values in present):
                how = "people"
            elif any(not_a_sum(printed, [v for v in values if v is not None]) for values in present):
                how = "rate"
            yield t, col, printed, how, computed
        if t not in leading:
            if not block and i:
                section = t
            prev = t


def _row_total_mismatches(table: Table, grid: dict[tuple[int, int], float | None]) -> list[Mismatch]:
    """Rows whose printed figure in a Total column differs from the sum of the values beside it
    (``grid``: the table's one-cell values, from :func:`_cell_grids`)."""
    numbering = _numbering_rows(table, grid)
    tcols = total_columns(table)
    out: list[Mismatch] = []
    with_numbers = {c for (r, c), v in grid.items() if v is not None and r >= table.header_rows and r not in numbering}
    first = 0 if 0 in with_numbers and 0 not in tcols else 1  # no label column: the first column is data
    totals_lead = bool(tcols) and not any(c in with_numbers for c in range(first, tcols[0]))
    for tc in tcols:
        if totals_lead:  # "Total | Rural | Urban": a total heads the columns after it
            value_cols = [c for c in range(tc + 1, min([t for t in tcols if t > tc] + [table.n_cols]))]
        else:
            value_cols = [c for c in range(first, tc)
                          if c not in tcols and c > max((t for t in tcols if t < tc), default=-1)]
        if len(value_cols) < 2:
            continue  # one number column beside a total is a part of it (Rural, "of which"), not all of it
        nearest = value_cols if totals_lead else value_cols[::-1]
        run = parts_run([(v, [grid.get((r, c)) for c in nearest])
                         for r in range(table.header_rows, table.n_rows)
                         if r not in numbering and (v := grid.get((r, tc))) is not None])
        value_cols = sorted(nearest[:run])
        for r in range(table.header_rows, table.n_rows):
            printed = grid.get((r, tc))
            if printed is None or not value_cols or r in numbering:
                continue
            if sum(grid.get((r, c)) is not None for c in value_cols) < 2:
                continue  # one figure beside a total ("-" in the others) proves nothing
            parts = [grid.get((r, c)) or 0 for c in value_cols]
            present = [v for c in value_cols if (v := grid.get((r, c))) is not None]
            if not _close(printed, parts) and not not_a_sum(printed, present):
                out.append(Mismatch(table.id, r, None, _label(table, r), printed, sum(parts)))
    return out
