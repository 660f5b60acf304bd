"""Column-level repairs of a text table's structure (rules in docs/extraction.md, "Columns after the
structure").

* **Currency runs** (:func:`join_currency_columns`): a currency sign or code printed as its own text
  run before (or after) each number ("$" at the cell's left, the figure right-aligned) is a column
  of its own to the gap-based structure. A column whose body cells are only currency signs, beside a
  column that holds a value on each of those rows, belongs to that column.
* **Side-by-side tables** (:func:`side_by_side_cut`): small tables printed next to each other (a
  dashboard page) share their lines, and the gap structure reads them as one wide table. A table is
  two when, at one column boundary, a column of values is followed by a column of text labels that
  starts a label-and-values table of its own, with a gutter clearly wider than the table's other
  column gaps, or with rows that one side has and the other does not; unless the two are the
  halves of one list, the same headings repeated over rows of the same lines (rule 211).
* **Bullets** (:func:`join_bullet_columns`, rule 212): a column of list bullets alone is the start
  of the text column after it.
* **Units under the headings** (:func:`join_unit_rows`, rule 149): a row of units in parentheses
  right under the headings ("(USD million)" under each value heading) is the last line of each
  heading over it, however far below it is set.
"""

from __future__ import annotations

import re
from statistics import median

from app.extract.tables.structure import CellBox, Structure
from app.extract.tables.text import is_currency, is_value, names_continued

#: a unit in parentheses: "(USD million)", "(people)", "(%)", "(in thousands)"; no figure (a year or
#: a count in parentheses is no unit)
_UNIT = re.compile(r"^\([^()\d]{1,40}\)$")


def is_unit(text: str) -> bool:
    """A unit in parentheses set as a heading's last line or a row of its own ("(USD million)")."""
    text = text.strip()
    return bool(_UNIT.match(text)) and not names_continued(text)


def _body(s: Structure) -> list[CellBox]:
    return [b for b in s.cells if b.row >= s.header_rows and b.text.strip()]


def _single(s: Structure, col: int) -> dict[int, CellBox]:
    """Body cells of one column that cover only it, by row (the column first: a cell's text is joined
    from its words each time it is asked, and this is asked for every column in turn)."""
    return {b.row: b for b in s.cells if b.col == col and b.col_span == 1 and b.row >= s.header_rows
            and b.text.strip()}


def _merge_into(s: Structure, src: int, dst: int) -> Structure:
    """Column ``src`` joined to its neighbour ``dst`` (``src`` = ``dst`` ± 1): cells of the same row
    become one, boundaries and spans renumbered."""
    lo = min(src, dst)
    by_pos: dict[tuple[int, int], CellBox] = {}
    out: list[CellBox] = []
    for b in s.cells:
        first, last = b.col, b.col + b.col_span - 1
        # columns after the joined pair move one left; a span over both loses one column
        nc = first - (1 if first > lo else 0)
        nl = last - (1 if last > lo else 0)
        nb = CellBox(b.row, nc, b.row_span, nl - nc + 1)
        nb.by_line = {k: list(v) for k, v in b.by_line.items()}
        key = (b.row, nc)
        if b.col_span == 1 and first in (src, dst) and key in by_pos and by_pos[key].col_span == 1:
            by_pos[key].absorb(nb)
            continue
        by_pos.setdefault(key, nb)
        out.append(nb)
    cols = list(s.columns)
    if len(cols) == s.n_cols + 1:
        del cols[lo + 1]
    return Structure(s.n_rows, s.n_cols - 1, out, s.header_rows, cols, s.rows, s.bbox, s.rtl)


def join_currency_columns(s: Structure) -> Structure:
    changed = True
    while changed and s.n_cols > 2:
        changed = False
        for c in range(s.n_cols):
            mine = _single(s, c)
            if len(mine) < 2 or not all(is_currency(b.text) for b in mine.values()):
                continue
            # the rest of the column (spanning cells, header) must not hold other body text
            if any(b.col <= c < b.col + b.col_span and b.row >= s.header_rows and b.text.strip()
                   and b.row not in mine for b in s.cells if b.col_span > 1):
                continue
            for dst in (c + 1, c - 1):
                if not 0 <= dst < s.n_cols:
                    continue
                theirs = _single(s, dst)
                if all(r in theirs and is_value(theirs[r].text) for r in mine):
                    s = _merge_into(s, c, dst)
                    changed = True
                    break
            if changed:
                break
    return s


#: rule 312: marks standing for "the same as above" in a label column
_DITTO = {'"', "”", "“", "〃", "''", "„", "do.", "do", "id.", "idem", "ditto", "–", "—", "-"}


def _ditto(b: CellBox) -> bool:
    return b.text.strip().lower() in _DITTO


def join_ditto_columns(s: Structure) -> Structure:
    """Rule 312: a label column printed on the first row of each group only, the rows under it blank
    or marked '"', "do.", "idem" or "–" set in the middle of the column, made two columns: the
    marks, centred, stand clear of the short labels and started a column of their own, and a long
    label crossing the marks' edge was cut there ("Return and | reintegration"). A column with no
    heading of its own whose body cells are ditto marks (two or more, one kind) on rows where the
    column before it is empty, and otherwise the rest of that column's label (set a word space
    after it, under half an em, on the same line), belongs to the column before it; a label over
    both columns (the group's widest) is the column's own."""
    c = 1
    while c < s.n_cols - 1 and s.n_cols > 2:
        mine = _single(s, c)
        theirs = _single(s, c - 1)
        head = [b for b in s.cells if b.row < s.header_rows and b.col == c and b.text.strip()]
        marks = {r: b for r, b in mine.items() if _ditto(b)}
        kinds = {b.text.strip() for b in marks.values()}
        if (head or len(marks) < 2 or len(kinds) != 1 or any(r in theirs for r in marks)
                or not theirs
                or any(b.col < c < b.col + b.col_span and (b.col < c - 1 or b.col + b.col_span > c + 1)
                       and b.row >= s.header_rows and b.text.strip() for b in s.cells)
                or not all(r in theirs and _rest_of(theirs[r], b) for r, b in mine.items() if r not in marks)):
            c += 1
            continue
        s = _merge_into(s, c, c - 1)
    return s


def _rest_of(label: CellBox, rest: CellBox) -> bool:
    """Does ``rest`` go on with ``label``'s text: one line each, on one line, a word space apart?"""
    if len(label.by_line) != 1 or len(rest.by_line) != 1:
        return False
    (a,), (b,) = label.lines, rest.lines
    last, first = max(a, key=lambda w: w["x1"]), min(b, key=lambda w: w["x0"])
    size = last.get("size") or (last["bottom"] - last["top"])
    mid = (first["top"] + first["bottom"]) / 2
    return last["top"] <= mid <= last["bottom"] and 0 <= first["x0"] - last["x1"] < 0.5 * size


#: list bullets: a column of nothing else is the start of the text column after it (rule 212); the
#: marks of a matrix ("●", "■") are values of their own
_BULLETS = {"•", "◦", "▪", "▫", "‣", "∙", "·", "○", "–", "-", "➢", "►", "▸", "→"}


def _bullets_only(b: CellBox) -> bool:
    return bool(b.words) and all(w["text"].strip() in _BULLETS for w in b.words)


def join_bullet_columns(s: Structure) -> Structure:
    """Rule 212: a cell holding a bulleted list (a bullet at the start of each item, the item's text
    indented after it, its continuation lines under the text) has a gap after each bullet as wide
    as a column gap, and the bullets became a column of their own, the items' text the next one.
    A column whose body cells hold only bullets, no heading of its own, each bullet on a line of
    the text in the column right after it, is that column's: the bullets go back before their
    items, line by line ("• Register new arrivals • Map service providers")."""
    c = 0
    while c < s.n_cols - 1 and s.n_cols > 2:
        mine = _single(s, c)
        theirs = _single(s, c + 1)
        head = [b for b in s.cells if b.row < s.header_rows and b.col <= c < b.col + b.col_span and b.text.strip()]
        if (not mine or head or not all(_bullets_only(b) for b in mine.values())
                or any(b.col <= c < b.col + b.col_span and b.col_span > 1 and b.text.strip() for b in s.cells)
                or not all(r in theirs and _on_lines(b, theirs[r]) for r, b in mine.items())
                or _col_kind(s, c + 1) != "text"):
            c += 1
            continue
        merged = _merge_into(s, c, c + 1)
        for b in merged.cells:
            if b.col == c and b.row in mine:
                _regroup_lines(b)
        s = merged
    return s


def _on_lines(bullets: CellBox, text: CellBox) -> bool:
    """Does every bullet stand on a line of ``text`` (its middle within a word's height there)?"""
    ws = text.words
    return all(any(w["top"] <= (u["top"] + u["bottom"]) / 2 <= w["bottom"] for w in ws) for u in bullets.words)


def _regroup_lines(b: CellBox) -> None:
    """The cell's words as lines again, top to bottom (a bullet joins the line its middle is on)."""
    lines: list[list[dict]] = []
    for w in sorted(b.words, key=lambda w: ((w["top"] + w["bottom"]) / 2, w["x0"])):
        mid = (w["top"] + w["bottom"]) / 2
        if lines and any(u["top"] <= mid <= u["bottom"] for u in lines[-1]):
            lines[-1].append(w)
        else:
            lines.append([w])
    b.by_line = dict(enumerate(lines))


def _col_kind(s: Structure, col: int) -> str:
    cells = list(_single(s, col).values())
    if not cells:
        return "empty"
    values = sum(1 for b in cells if is_value(b.text))
    if values >= 0.6 * len(cells):
        return "value"
    if values <= 0.2 * len(cells):
        return "text"
    return "mixed"


def _extent(s: Structure, col: int) -> tuple[float, float] | None:
    ws = [w for b in s.cells if b.col == col and b.col_span == 1 for w in b.words]
    if not ws:
        return None
    return min(w["x0"] for w in ws), max(w["x1"] for w in ws)


def _baselines_apart(s: Structure, b: int, em: float) -> bool:
    """Do the cells left and right of column boundary ``b`` stand on different baselines in most
    body rows (two tables side by side, each with its own leading, whose rows overlap enough to be
    read as one)? The cells of one table row share a baseline: both sides hold values here, and a
    row's values stand on one line even beside a wrapped label."""
    rows: dict[int, tuple[list[float], list[float]]] = {}
    for c in _body(s):
        if c.col + c.col_span <= b:
            rows.setdefault(c.row, ([], []))[0].extend(w["bottom"] for w in c.words)
        elif c.col >= b:
            rows.setdefault(c.row, ([], []))[1].extend(w["bottom"] for w in c.words)
    both = [(left, right) for left, right in rows.values() if left and right]
    if len(both) < 3:
        return False
    apart = sum(1 for left, right in both if min(abs(x - y) for x in left for y in right) > 0.15 * em)
    return apart >= 0.6 * len(both)


def _right_only_row(s: Structure, b: int) -> bool:
    """Is there a body row with a label in column ``b`` and a value after it, and nothing left of
    ``b`` (a row of the right-hand table, "Grand total 29,989", that the left-hand one does not
    have)? One table's rows have their label in the first column."""
    rows: dict[int, list] = {}
    for c in _body(s):
        rows.setdefault(c.row, []).append(c)
    for cells in rows.values():
        if any(c.col < b for c in cells):
            continue
        if any(c.col == b and not is_value(c.text) for c in cells) and \
                any(c.col > b and is_value(c.text) for c in cells):
            return True
    return False


def _halves(s: Structure, b: int) -> bool:
    """Rule 211: a list set in two halves side by side (Country | Value | Country | Value, as
    statistical annexes print a long list) is one table, not two. The halves repeat the same
    headings in the same order on the same line, and the right half's rows are lines of the left
    half (it may stop short at the bottom, never start above or run below). Side-by-side tables
    of a dashboard have headings of their own."""
    if s.n_cols != 2 * b:
        return False
    top = [c for c in s.cells if c.row == 0 and c.col_span == 1 and c.text.strip()]
    left = [" ".join(c.text.split()).casefold() for c in sorted(top, key=lambda c: c.col) if c.col < b]
    right = [" ".join(c.text.split()).casefold() for c in sorted(top, key=lambda c: c.col) if c.col >= b]
    if len(left) != b or left != right:
        return False
    rows_left = {c.row for c in _body(s) if c.col + c.col_span <= b}
    rows_right = {c.row for c in _body(s) if c.col >= b}
    return bool(rows_right) and rows_right <= rows_left


def _worded(s: Structure, col: int) -> bool:
    """Are most cells of ``col`` words (a letter in 60% of them)? A table's labels are names of
    things; a column of codes of digits and dashes (identifiers, dates) is a column of the table it
    stands in, however wide the gutter before it."""
    cells = [c for c in _single(s, col).values() if c.text.strip()]
    if not cells or sum(1 for c in cells if any(ch.isalpha() for ch in c.text)) < 0.6 * len(cells):
        return False
    # rule 324: a column of a few short codes over and over ("R", "MR": a trait's rating, "Y"/"N")
    # names no row: it is a column of the table it stands in
    texts = [" ".join(c.text.split()) for c in cells]
    return not (len(cells) >= 4 and all(len(t) <= 3 for t in texts) and len(set(texts)) <= max(3, 0.25 * len(texts)))


def side_by_side_cut(s: Structure) -> float | None:
    """The x where a table of side-by-side tables divides (the middle of the gutter), or None."""
    if s.n_cols < 4:
        return None
    kinds = [_col_kind(s, c) for c in range(s.n_cols)]
    exts = [_extent(s, c) for c in range(s.n_cols)]
    if any(e is None for e in exts):
        return None
    gaps = [exts[c + 1][0] - exts[c][1] for c in range(s.n_cols - 1)]
    sizes = [w.get("size") or (w["bottom"] - w["top"]) for b in _body(s) for w in b.words]
    em = median(sizes) if sizes else 10.0
    rows_of = [set(_single(s, c)) for c in range(s.n_cols)]
    best = None
    for b in range(2, s.n_cols - 1):
        # left: labels then values ending in a value column; right: a label column, then values
        if kinds[b - 1] != "value" or kinds[b] != "text" or kinds[0] != "text":
            continue
        if "value" not in kinds[b + 1:] or not _worded(s, b):
            continue
        gap = gaps[b - 1]
        others = [g for i, g in enumerate(gaps) if i != b - 1]
        typical = median(others) if others else gap
        left_rows = set().union(*rows_of[:b])
        right_rows = set().union(*rows_of[b:])
        ragged = bool(left_rows ^ right_rows)
        wide = gap >= 1.5 * em and gap >= 1.6 * typical
        if not (wide or (ragged and gap >= 1.2 * em and gap >= 1.2 * typical)
                or (gap >= 1.2 * em and (_baselines_apart(s, b, em) or _right_only_row(s, b)))):
            continue
        # no cell crosses the cut
        if any(c.col < b < c.col + c.col_span and c.text.strip() for c in s.cells):
            continue
        if _halves(s, b):
            continue
        if best is None or gap > best[0]:
            best = (gap, (exts[b - 1][1] + exts[b][0]) / 2)
    return best[1] if best else None


def join_unit_rows(s: Structure) -> Structure:
    """Rule 149: a row, the last header row or the first under the headings, whose every text is a
    unit in parentheses in a column of values, each right under a heading of that one column, is
    the last line of those headings ("Received" over "(USD million)" is "Received (USD million)").
    Set at the heading's leading it was read as the heading's second line already (generator 6's
    "2024" over "USD"); set at the rows' pitch it became a row of its own, a header row or a body
    row of text without figures, and a pack reads the column's figures in that unit either way."""
    for r in range(1, min(s.header_rows, s.n_rows - 2) + 1):
        row = [b for b in s.cells if b.row == r and b.text.strip()]
        if not row or not all(b.row_span == 1 and b.col_span == 1 and is_unit(b.text) for b in row):
            continue
        heads = {}
        for b in row:
            over = [a for a in s.cells if a.row + a.row_span == r and a.col == b.col and a.col_span == 1
                    and a.text.strip() and not is_unit(a.text)]
            below = [v for v in s.cells if v.row > r and v.col == b.col and v.col_span == 1 and is_value(v.text)]
            if not over or not below:
                break
            heads[b.col] = over[0]
        else:
            new: dict[int, CellBox] = {}
            for b in s.cells:
                if b.row == r:
                    continue
                nb = CellBox(b.row - (1 if b.row > r else 0), b.col,
                             b.row_span - (1 if b.row < r < b.row + b.row_span else 0), b.col_span)
                nb.by_line = {k: list(v) for k, v in b.by_line.items()}
                new[id(b)] = nb
            for b in row:
                new[id(heads[b.col])].absorb(b)
            rows = list(s.rows)
            if len(rows) == s.n_rows + 1:
                del rows[r]
            header = s.header_rows - 1 if r < s.header_rows else s.header_rows
            return Structure(s.n_rows - 1, s.n_cols, list(new.values()), header, s.columns, rows, s.bbox, s.rtl)
    return s
