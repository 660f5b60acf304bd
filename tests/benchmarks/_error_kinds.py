"""What is wrong with a wrong row: one kind per truth row that is not exact, so a benchmark summary says
which rule to work on (rows glued to a neighbour, a cell split in two, a column shifted, ...) and not
only how many rows are wrong.

Grids are the benchmarks' normalised grids: ``{(row, col): text}``, top-left anchored, empty rows and
columns removed, texts without whitespace (``bench_generated._grid``). A truth row is judged against
the returned table that holds most truth cells, under that table's best whole-grid shift ``(dr, dc)``
(as ``bench_generated.score_page`` scores it). The first kind that fits, in this order:

* ``table missed``: no returned table holds any of the truth table's cells;
* ``table split``: the returned table holds nothing of this row, another returned table on the page
  holds it whole in one of its rows (a table cut in two);
* ``row missing``: the returned table holds nothing of this row and no other holds it (a header
  dropped, a table cut short, rows lost);
* ``glued above`` / ``glued below``: a returned cell holds a cell of this row run together with the
  cell of the same column in the row above (below) — two truth rows read as one;
* ``columns merged``: a returned cell holds a cell of this row run together with its neighbour on the
  left or right;
* ``split rows``: a cell of this row is not in any returned cell whole, but runs of returned cells one
  under another in one column spell it (its lines became rows);
* ``split columns``: the same, with returned cells side by side in one row;
* ``cell missing``: a cell of this row is found nowhere in the returned table, not even in part, and
  its place holds no text like it (three in five characters alike);
* ``column shift``: every cell is found whole in one returned row, but not all at the columns the
  table's shift puts them (a column inserted or dropped in part of the table);
* ``row offset``: the row is found exactly, with nothing else, as another returned row than the
  table's shift puts it (a row missing or extra above it);
* ``extra text``: the row's cells are right and its returned row holds more (a caption, a note, a
  word of a neighbouring block);
* ``text wrong``: anything else (characters lost or changed, a cell found at another place).
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher

KINDS = ("table missed", "table split", "row missing", "glued above", "glued below", "columns merged", "split rows", "split columns",
         "cell missing", "column shift", "row offset", "extra text", "text wrong")

Grid = dict[tuple[int, int], str]


def _column(grid: Grid, c: int) -> dict[int, str]:
    return {r: v for (r, cc), v in grid.items() if cc == c}


def _row(grid: Grid, r: int) -> dict[int, str]:
    return {c: v for (rr, c), v in grid.items() if rr == r}


def _next_text(line: dict[int, str], at: int, step: int) -> str | None:
    """The nearest non-empty text of ``line`` (a column by row, or a row by column) from ``at`` on,
    one ``step`` at a time."""
    keys = sorted(line, reverse=step < 0)
    for k in keys:
        if (k - at) * step > 0:
            return line[k]
    return None


def _glued(v: str, p: str, before: str | None, after: str | None) -> tuple[bool, bool]:
    """Does the returned text ``p`` hold ``v`` run together with ``before`` in front of it, and with
    ``after`` behind it?"""
    if v not in p or p == v:
        return False, False
    i = p.find(v)
    head, tail = p[:i], p[i + len(v):]
    # the neighbour whole, its line next to ``v`` (the end of the text above, the start of the text
    # below), or the neighbour and more beyond it (three rows run together); three characters at
    # least unless it is all of the neighbour: one digit beside a value proves nothing
    up = bool(head and before) and (head == before or min(len(head), len(before)) >= 3
                                    and (before.endswith(head) or head.endswith(before)))
    down = bool(tail and after) and (tail == after or min(len(tail), len(after)) >= 3
                                     and (after.startswith(tail) or tail.startswith(after)))
    return up, down


def _spelled_by_run(v: str, texts: list[str]) -> bool:
    """Is ``v`` the concatenation of two or more consecutive texts of ``texts``?"""
    for i in range(len(texts)):
        acc = texts[i]
        for j in range(i + 1, len(texts)):
            acc += texts[j]
            if acc == v:
                return True
            if not v.startswith(acc):
                break
    return False


def _anywhere(v: str, values: list[str]) -> bool:
    """Is ``v`` in one of ``values``, or one of them (three characters or more, or all of a shorter
    ``v``) a piece of it?"""
    return any(v in p or len(p) >= min(3, len(v)) and p in v for p in values)


def classify_row(truth: Grid, r: int, pred: Grid | None, dr: int, dc: int,
                 others: list[Grid] = ()) -> str | None:
    """The kind of error of truth row ``r`` (None when the row is exact); ``others``: the other
    tables returned on the page."""
    mine = _row(truth, r)
    if pred is None or not mine:
        return "table missed" if mine else None
    theirs = {c - dc: v for (rr, c), v in pred.items() if rr == r + dr}
    if mine == theirs:
        return None
    values = list(pred.values())
    # nothing of the row here: a quarter of its texts at most found whole (short figures, "..",
    # "n/a" turn up by chance in other rows) and none of six characters or more found in part
    whole = sum(1 for v in mine.values() if v in values)
    if whole <= 0.25 * len(mine) and not any(
            len(v) >= 6 and any(v in p or len(p) >= 6 and p in v for p in values) for v in mine.values()):
        texts = sorted(mine.values())
        if any(sorted(_row(o, rr).values()) == texts for o in others for rr in {rr for rr, _ in o}):
            return "table split"
        return "row missing"
    for c, v in mine.items():
        col = _column(truth, c)
        above, below = _next_text(col, r, -1), _next_text(col, r, 1)
        # rows run together stay in their column
        for p in _column(pred, c + dc).values():
            up, down = _glued(v, p, above, below)
            if up:
                return "glued above"
            if down:
                return "glued below"
    for c, v in mine.items():
        row = _row(truth, r)
        left, right = _next_text(row, c, -1), _next_text(row, c, 1)
        if any(any(_glued(v, p, left, right)) for p in values):
            return "columns merged"
    rows = sorted({rr for rr, _ in pred})
    cols = sorted({cc for _, cc in pred})
    for v in mine.values():
        if v in values:
            continue
        if any(_spelled_by_run(v, [pred[(rr, cc)] for rr in rows if (rr, cc) in pred]) for cc in cols):
            return "split rows"
        if any(_spelled_by_run(v, [pred[(rr, cc)] for cc in cols if (rr, cc) in pred]) for rr in rows):
            return "split columns"
    for c, v in mine.items():
        # not even in part (a piece of three characters or more, or all of a shorter text), nor
        # changed in a few characters at its place
        if not _anywhere(v, values) and \
                SequenceMatcher(None, v, theirs.get(c, "")).ratio() < 0.6:
            return "cell missing"
    texts = sorted(mine.values())
    for rr in rows:
        row = _row(pred, rr)
        if sorted(row.values()) == texts:
            same_cols = {c - dc: v for c, v in row.items()} == mine
            return "row offset" if same_cols else "column shift"
    if all(theirs.get(c) == v for c, v in mine.items()):
        return "extra text"
    return "text wrong"


def classify_table(truth: Grid, pred: Grid | None, dr: int, dc: int, others: list[Grid] = ()) -> Counter:
    """Counts of error kinds over the rows of one truth table (``others``: the other tables returned
    on the page)."""
    out: Counter = Counter()
    for r in sorted({r for r, _ in truth}):
        kind = classify_row(truth, r, pred, dr, dc, others)
        if kind:
            out[kind] += 1
    return out


def format_counts(counts: Counter) -> str:
    """'glued below 4, split rows 2' in the order of ``KINDS`` (the empty counter: 'none')."""
    parts = [f"{k} {counts[k]}" for k in KINDS if counts.get(k)]
    return ", ".join(parts) or "none"
