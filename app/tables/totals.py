"""Checking printed totals: totals rows against the rows above them, "Total" columns against the
values beside them. A difference is reported (never corrected: the printed figure stays)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Table
from .cells import is_total_label


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
        text = repr(float(v))
        if "." in text and not float(v).is_integer():
            d = max(d, len(text.split(".")[1]))
    return min(d, 6)


def _close(printed: float, parts: list[float]) -> bool:
    computed = sum(parts)
    if all(float(v).is_integer() for v in [printed, *parts]):
        return abs(printed - computed) < 1e-9
    tol = 10 ** -_decimals([printed, *parts]) * max(1, len(parts)) / 2
    return abs(printed - computed) <= tol + 1e-9


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


def check_totals(table: Table) -> list[Mismatch]:
    """Totals rows and Total columns whose printed value differs from the sum of their parts."""
    grid: dict[tuple[int, int], float | None] = {}
    for c in table.cells:
        if c.row_span == 1 and c.col_span == 1:
            grid[(c.row, c.col)] = c.value
    out: list[Mismatch] = []
    totals = sorted(table.total_rows)
    tcols = total_columns(table)
    body = [r for r in range(table.header_rows, table.n_rows) if r not in totals]
    # columns' totals
    prev = table.header_rows - 1
    for t in totals:
        block = [r for r in body if prev < r < t]
        candidates = [block, [r for r in body if r < t]]
        for col in range(1, table.n_cols):
            printed = grid.get((t, col))
            if printed is None:
                continue
            ok = False
            computed = None
            for rows in candidates:
                parts = [grid.get((r, col)) or 0 for r in rows]
                if not rows or not any(grid.get((r, col)) is not None for r in rows):
                    continue
                computed = sum(parts) if computed is None else computed
                if _close(printed, parts):
                    ok = True
                    break
            if not ok and computed is not None:
                out.append(Mismatch(table.id, None, col, _header(table, col), printed, computed))
        prev = t
    # rows' totals (Total columns)
    for tc in tcols:
        value_cols = [c for c in range(1, tc) if c not in tcols]
        for r in range(table.header_rows, table.n_rows):
            printed = grid.get((r, tc))
            if printed is None or not value_cols:
                continue
            if not any(grid.get((r, c)) is not None for c in value_cols):
                continue
            parts = [grid.get((r, c)) or 0 for c in value_cols]
            if not _close(printed, parts):
                out.append(Mismatch(table.id, r, None, _label(table, r), printed, sum(parts)))
    return out
