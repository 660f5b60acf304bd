"""Rows, columns, spans and header rows of a table region from its words and rulings.

Columns come from the page's evidence in this order: vertical rulings that run through the table,
then "rivers" - x ranges no phrase of the table's body lines covers (a few crossing lines are
allowed; they become spanning cells). Rows come from horizontal rulings when the table rules its
rows, otherwise from text lines joined by continuation rules:

* a line with no values whose label starts in lower case, or continues an unfinished label, joins
  the row above; so does a line that only continues text columns of the row above;
* a line of label text without values followed (closely) by a line whose label continues it and
  that holds the values joins the row below (wrapped labels with the numbers on the last line);
* when the vertical spacing of the body is two-level (small within a cell, larger between rows),
  the spacing decides.

Header rows are the rows above the first body row (a row with values); header lines are merged
into one row of multi-line cells unless a line holds a heading spanning several columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from app.document.model import SHADED
from app.extract.tables.rulings import EDGE, Ruling
from app.extract.tables.text import (PERIOD, Line, Phrase, group_lines, is_mark, is_numeric, is_share, is_value, item_bullet,
                                     lines_text, names_continued, qualifier_line, qualifies, split_phrases)

#: two letters together (a word), and two digits one character apart at most (a figure, a date)
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
_TWO_DIGITS = re.compile(r"\d\D?\d")
_CONTINUES = re.compile(r"(?:[,;(/&+\-–]|\band|\bof|\bthe|\bfor|\bin|\bto|\bwith|\bor|\bde|\bet|\bund)$", re.I)


@dataclass
class CellBox:
    row: int
    col: int
    row_span: int
    col_span: int
    #: words by text line index
    by_line: dict[int, list[dict]] = field(default_factory=dict)

    def add(self, line_index: int, word: dict) -> None:
        self.by_line.setdefault(line_index, []).append(word)

    def absorb(self, other: "CellBox") -> None:
        for i, ws in other.by_line.items():
            self.by_line.setdefault(i, []).extend(ws)

    @property
    def lines(self) -> list[list[dict]]:
        return [ws for _i, ws in sorted(self.by_line.items())]

    @property
    def words(self) -> list[dict]:
        return [w for ws in self.by_line.values() for w in ws]

    @property
    def text(self) -> str:
        # a shaded cell's mark (rule 250) found the cell; it is no text of it
        return lines_text([[w for w in ws if not w.get("shade")] for ws in self.lines])

    @property
    def shown(self) -> str:
        """The cell's text as the table gives it: a cell told by its shading alone (rule 250's marks of
        a box filling the cell, no word printed) reads as the mark ``SHADED`` (rule 280), as a cell
        holding "X" would; while rows and columns are found, ``text`` leaves it out."""
        text = self.text
        if not text.strip() and any(w.get("shade") == "cell" for ws in self.by_line.values() for w in ws):
            return SHADED
        return text


@dataclass
class Structure:
    n_rows: int
    n_cols: int
    cells: list[CellBox]
    header_rows: int
    columns: list[float]  # x of column boundaries (n_cols + 1)
    rows: list[float]  # y of row boundaries (n_rows + 1)
    bbox: tuple[float, float, float, float]
    #: right-to-left table: its labels are in the last column
    rtl: bool = False


# ------------------------------------------------------------------------------------------ columns


def _coverage_gaps(intervals: list[tuple[float, float, int]], allow: int, lo: float, hi: float,
                   min_width: float) -> list[tuple[float, float]]:
    """x ranges inside [lo, hi] covered by at most ``allow`` distinct lines' intervals."""
    events: list[tuple[float, int, int]] = []
    for a, b, line in intervals:
        events.append((a, 1, line))
        events.append((b, -1, line))
    events.sort(key=lambda e: (e[0], -e[1]))
    active: dict[int, int] = {}
    gaps: list[tuple[float, float]] = []
    start = lo
    in_gap = True
    for x, kind, line in events:
        if kind == 1:
            active[line] = active.get(line, 0) + 1
        else:
            active[line] -= 1
            if active[line] == 0:
                del active[line]
        covered = len(active) > allow
        if in_gap and covered:
            if x - start >= min_width and start > lo:
                gaps.append((start, x))
            in_gap = False
        elif not in_gap and not covered:
            start = x
            in_gap = True
    return gaps


def find_columns(phrases: list[Phrase], core_lines: set[int], x0: float, x1: float,
                 v_rulings: list[Ruling], top: float, bottom: float,
                 body_lines: set[int] | None = None,
                 fills: list[tuple[float, float, int]] = ()) -> list[float]:
    """Column boundaries (x0, separators..., x1). ``fills``: (x0, x1, line) of data bars (rule 188),
    which fill their cells as text does: no column gap crosses them."""
    core = [(p.x0, p.x1, p.line) for p in phrases if p.line in core_lines]
    core += [f for f in fills if f[2] in core_lines]
    n_core = len({p.line for p in phrases if p.line in core_lines})
    allow = int(0.12 * n_core) if n_core >= 8 else 0
    size = median([p.size for p in phrases]) if phrases else 10.0
    min_width = max(1.5, 0.25 * size)
    gaps = _coverage_gaps(core, allow, x0, x1, min_width=min_width)
    if allow:
        # rule 42: the few lines allowed over a gap are spanning ones (group headings, notes); a
        # value lying wholly inside the gap, clear of both sides, is a sparse column's value (a
        # schedule with one figure in that column): it covers its place whatever the tolerance
        # a sparse last column is beyond every other line's text: it counts as a gap up to the right
        # edge (a stop past the edge closes it)
        stop = [(x1 + 2 * min_width, x1 + 3 * min_width, ("stop", j)) for j in range(allow + 1)]
        open_gaps = _coverage_gaps(core + stop, allow, x0, x1 + 3 * min_width, min_width=min_width)
        islands = [(p.x0, p.x1, p.line) for p in phrases if p.line in core_lines and is_value(p.text)
                   and any(a + min_width <= p.x0 and p.x1 <= b - min_width for a, b in open_gaps)]
        if islands:
            core = core + [(a, b, (line, j)) for a, b, line in islands for j in range(1, allow + 1)]
            gaps = _coverage_gaps(core, allow, x0, x1, min_width=min_width)
    # where the few lines allowed to cross a gap leave part of it free (the longest label and its
    # row's first value reach into the gap from either side), the separator goes into that part:
    # the middle of the whole gap would cut the label or the value and join them in one cell
    clear = _coverage_gaps(core, 0, x0, x1, min_width=min_width) if allow else []
    # and into a part no body line covers at all, when there is one: a label wrapped beside values
    # centred on their own line, or a group row's label, reaches into the gap on a line that is
    # not a core line
    body = [(p.x0, p.x1, p.line) for p in phrases if p.line in body_lines] if body_lines else []
    open_ = _coverage_gaps(body, 0, x0, x1, min_width=min_width) if body else []
    seps = []
    # vertical rulings running through much of the table are separators
    height = max(bottom - top, 1.0)
    ruled = [v.pos for v in v_rulings if x0 + 2 < v.pos < x1 - 2 and v.length >= 0.3 * height]
    for a, b in gaps:
        inside = [x for x in ruled if a - 1 <= x <= b + 1]
        free = [(c, d) for c, d in clear if a <= c and d <= b]
        wide_open = [(c, d) for c, d in open_ if a <= c and d <= b]
        if inside:
            seps.append(inside[0])
        elif wide_open and not any(c <= (a + b) / 2 <= d for c, d in wide_open):
            c, d = max(wide_open, key=lambda g: g[1] - g[0])
            seps.append((c + d) / 2)
        elif free and not any(c <= (a + b) / 2 <= d for c, d in free):
            c, d = max(free, key=lambda g: g[1] - g[0])
            seps.append((c + d) / 2)
        else:
            seps.append((a + b) / 2)
    seps += _narrow_figure_gutters(phrases, core_lines, core, seps, x0, x1, size, min_width)
    # rule 290: remarks set against the figures before them with no gutter start a column where they
    # start on two lines or more (``build.remark_edges``), no phrase running across that edge
    starts = sorted(p.x0 for p in phrases if p.line in core_lines and p.words[0].get("remark_edge"))
    for x in {a for a, b in zip(starts, starts[1:]) if b - a <= 0.5}:
        if all(abs(x - s) > min_width for s in seps) and not any(p.x0 + 1 < x < p.x1 - 1 for p in phrases
                                                                  if p.line in core_lines):
            seps.append(x - 0.01)
    for x in ruled:
        if all(abs(x - s) > 3 for s in seps):
            # a ruling where text is: keep it only if no phrase of the body crosses it
            if not any(p.x0 + 1 < x < p.x1 - 1 for p in phrases if p.line in core_lines):
                seps.append(x)
    seps.sort()
    return [x0, *seps, x1]


def _narrow_figure_gutters(phrases: list[Phrase], core_lines: set[int], core: list, seps: list[float],
                           x0: float, x1: float, size: float, min_width: float) -> list[float]:
    """Rule 331: separators in the strips that part two columns of right-aligned figures with a
    gutter narrower than a column gap (:func:`_figure_strips`)."""
    by_line: dict[int, list[tuple[float, float, str]]] = {}
    for p in phrases:
        if p.line in core_lines:
            by_line.setdefault(p.line, []).append((p.x0, p.x1, p.text))
    return [(a + b) / 2 for a, b in _figure_strips(core, by_line, x0, x1, size, min_width)
            if not any(a - 1 <= s <= b + 1 for s in seps)]


def _figure_strips(spans: list, by_line: dict[int, list[tuple[float, float, str]]], lo: float, hi: float,
                   size: float, min_width: float) -> list[tuple[float, float]]:
    """Rule 331: two columns of right-aligned figures whose gutter is narrower than a column gap (a
    quarter em) on their longest figures ("1" and "-100.0" 0.24 em apart on a crime sheet, where "3"
    and "-66.7" leave 0.76 em). A strip at least a tenth of an em wide and narrower than
    ``min_width`` that ``spans`` (x0, x1, line) leave free, where three body lines or more end a
    figure at the strip's left side (within 0.05 em: a right-aligned column's edge) and three or
    more have their next text, a figure, start at or after its right side and end at one x (the
    next column right-aligned too). ``by_line``: each body line's texts (x0, x1, text). A label
    before a figure, or text after one, proves nothing; a figure whose groups are set a space apart
    in a column of its own ("12 345" on every line) leaves no line with a figure ending at the
    strip's left side on its own (the callers ask for the figures as the lines' phrases)."""
    tol = 0.05 * size
    out: list[tuple[float, float]] = []
    if len(by_line) < 3:
        return out
    rows = [sorted(ts) for ts in by_line.values()]
    for a, b in _coverage_gaps(spans, 0, lo, hi, min_width=max(0.1 * size, 0.5)):
        if b - a >= min_width:
            continue  # (a column gap: found already)
        ends, nexts = 0, []
        for ts in rows:
            before = [t for t in ts if t[1] <= a + 1e-6]
            after = [t for t in ts if t[0] >= b - 1e-6]
            if before and a - before[-1][1] <= tol and is_value(before[-1][2]):
                ends += 1
            if after and is_value(after[0][2]):
                nexts.append(after[0][1])
        aligned = max((sum(1 for e in nexts if abs(e - r) <= tol) for r in nexts), default=0)
        if ends >= 3 and aligned >= 3:
            out.append((a, b))
    return out


def _words_across_values(per_line: list[list[Phrase]], core: set[int]) -> set[int]:
    """Rule 241: a phrase of words set across the value columns of a body line ("Not applicable",
    "Included above", "Data not available" centred over a row's figures) is one cell spanning
    those columns: it closes none of their gutters. Ids of the phrases, on core lines, holding no
    value, that reach over the gutter between two values side by side (no phrase between them) on
    each of two or more other core lines (from before the right value's start to past the left
    value's end). A label column between two groups of figures has its words on every line."""
    out = set()
    # each core line's gutters between two values side by side (left value's end, right value's
    # start), found once for every phrase that asks
    gutters: dict[int, list[tuple[float, float]]] = {}
    for i in core:
        for p in per_line[i]:
            # words only: a figure's second line ("(of which 4,405)", rule 109) has its own figures
            if is_value(p.text) or not _TWO_LETTERS.search(p.text) or _TWO_DIGITS.search(p.text):
                continue
            lines = 0
            for j in core:
                if j == i:
                    continue
                if j not in gutters:
                    ps = sorted(per_line[j], key=lambda q: q.x0)
                    gutters[j] = [(a.x1, b.x0) for a, b in zip(ps, ps[1:])
                                  if is_value(a.text) and is_value(b.text) and a.x1 < b.x0]
                if any(p.x0 < b0 and p.x1 > a1 for a1, b0 in gutters[j]):
                    lines += 1
            if lines >= 2:
                out.add(id(p))
    return out


def split_at_gutters(per_line: list[list[Phrase]], core: set[int]) -> list[list[Phrase]]:
    """Phrases of values that run over a gutter of the table, cut there ("22 573" where the other
    rows put "9,134" and "n/a" in two columns): a phrase of two values set a word space apart
    (read as one space-grouped number, or a number, its note letter and the next number) crosses the
    gap between two columns that the other body lines leave free, so the two columns became one.
    The gutters are found from the words of such phrases, not their extent; a phrase is cut only
    between two of its words, where its left part ends with a value over text of most other body
    lines that ends before the gutter and its right part starts with a value over text of most other
    body lines that starts after it. A number alone in its column keeps its groups: its left group
    has no column of its own under it.

    In a sparse table most lines are empty around the gutter, so a majority cannot prove it; there
    the cut needs a line (a header line or another row) holding two cells side by side, one over
    each part, the first ending before the right part and the second starting after the left part:
    two columns proven elsewhere ("898 871" under "Q1  Q2"). A space-grouped number ("12 345") has
    one cell over it on every line.

    A label run into its row's first figure in a table set tight ("Livelihoods 98,791", the longest
    label two paddings from the widest figure) is cut the same way, between the label and the
    figure only, where the other body lines prove the gutter (rule 49)."""
    def valued(p: Phrase) -> bool:
        # a raised note letter ends its figure ("844ᵇ"): the phrase still ends with a value (rule 68)
        ws = p.words[:-1] if len(p.words) >= 3 and _note_mark(p.words[-2], p.words[-1]) else p.words
        return len(ws) >= 2 and is_value(ws[0]["text"]) and is_value(ws[-1]["text"])

    def labelled(p: Phrase) -> int:
        """Rule 49: a label run into its row's figures ("Livelihoods 98,791"): the index of the first
        of the figures that end the phrase (0: not such a phrase)."""
        k = len(p.words)
        while k > 0 and is_value(p.words[k - 1]["text"]):
            k -= 1
        return k if 0 < k < len(p.words) and not is_value(p.words[0]["text"]) else 0

    def leading(p: Phrase) -> int:
        """Rule 242: a figure run into the label after it ("2,361 Internally displaced persons",
        a label column set between two groups of figures): the index of the label's first word
        (0: not such a phrase)."""
        k = 0
        while k < len(p.words) and is_value(p.words[k]["text"]):
            k += 1
        return k if 0 < k < len(p.words) and not any(is_value(w["text"]) for w in p.words[k:]) else 0

    def pieces(p: Phrase) -> list[tuple[float, float]]:
        if valued(p):
            return [(w["x0"], w["x1"]) for w in p.words]
        k = labelled(p)
        if k:
            return [(p.x0, p.words[k - 1]["x1"])] + [(w["x0"], w["x1"]) for w in p.words[k:]]
        k = leading(p)
        if k:
            return [(w["x0"], w["x1"]) for w in p.words[:k]] + [(p.words[k]["x0"], p.x1)]
        return [(p.x0, p.x1)]

    lines = sorted(i for i in core if i < len(per_line))
    if len(lines) < 3 or not any(valued(p) or labelled(p) or leading(p) for i in lines for p in per_line[i]):
        return per_line
    spans = [(a, b, i) for i in lines for p in per_line[i] for a, b in pieces(p)]
    size = median([p.size for i in lines for p in per_line[i]])
    lo = min(a for a, _, _ in spans) - 1.0
    hi = max(b for _, b, _ in spans) + 1.0
    gaps = _coverage_gaps(spans, 0, lo, hi, min_width=max(1.5, 0.25 * size))
    # rule 331: right-aligned figure columns a narrow gutter apart, proven by the lines' phrases
    # (a figure's groups a space apart are one phrase: they prove no column)
    phrased = {i: [(p.x0, p.x1, p.text) for p in per_line[i]] for i in lines}
    gaps += _figure_strips(spans, phrased, lo, hi, size, max(1.5, 0.25 * size))
    if not gaps:
        return per_line
    out = [list(ps) for ps in per_line]
    # rule 262: figures run into the labels after them on most body lines, every figure ending where
    # the others end and every label starting where the others start, the gap between them wider
    # than a word space on each line ("19.9 Counselling", a share column right-aligned against a
    # label column set flush left between two groups of figures): the labels' column starts there,
    # though no line holds text on one side of the gutter only
    lead_cuts = [(p.words[k - 1]["x1"], p.words[k]["x0"]) for i in lines for p in per_line[i]
                 for k in [leading(p)] if k]
    lined = len(lead_cuts) >= 3 and 2 * len(lead_cuts) >= len(lines) \
        and max(a for a, _ in lead_cuts) - min(a for a, _ in lead_cuts) <= 0.15 * size \
        and max(b for _, b in lead_cuts) - min(b for _, b in lead_cuts) <= 0.15 * size \
        and min(b - a for a, b in lead_cuts) >= 0.45 * size
    # rule 62: the headings of a header line (no values beside its label) set a little more than a
    # word space apart ("Jan Feb Mar" in a narrow schedule), each a cell of its own
    headings = {k: [_make_phrase(r, k) for p in ps for r in _word_runs(p.words, p.size)]
                for k, ps in enumerate(per_line) if k not in core and not any(is_value(p.text) for p in ps[1:])}
    for i in lines:
        new: list[Phrase] = []
        for p in out[i]:
            figures = labelled(p)
            lead = 0 if valued(p) or figures else leading(p)
            if not valued(p) and not figures and not lead:
                new.append(p)
                continue
            start = 0
            # a label is cut from its figures only, never inside itself
            for j in range(figures - 1 if figures else 0, lead if lead else len(p.words) - 1):
                left, right = p.words[start:j + 1], p.words[j + 1:]
                a_x, b_x = p.words[j]["x1"], p.words[j + 1]["x0"]
                if not any(a_x - 0.01 <= a and b <= b_x + 0.01 for a, b in gaps):
                    continue
                if not ((is_value(left[0]["text"]) or figures) and (is_value(right[0]["text"]) or j == lead - 1)):
                    continue
                l0, l1 = min(w["x0"] for w in left), a_x
                r0, r1 = b_x, max(w["x1"] for w in right)
                others = [k for k in lines if k != i]
                under_left = sum(1 for k in others if any(
                    q.x1 <= b_x and q.x1 > l0 and q.x0 < l1 for q in out[k]))
                under_right = sum(1 for k in others if any(
                    q.x0 >= a_x and q.x0 < r1 and q.x1 > r0 for q in out[k]))
                if (2 * under_left >= len(others) and 2 * under_right >= len(others)) \
                        or (not figures and _two_cells_over(out, i, (l0, l1), (r0, r1), headings)) \
                        or (lined and lead and j == lead - 1):
                    new.append(_make_phrase(left, i))
                    start = j + 1
            new.append(p if start == 0 else _make_phrase(p.words[start:], i))
        out[i] = new
    return out


def h_inside_all(hs: list[Ruling], top: float, bottom: float, x0: float, x1: float) -> list[Ruling]:
    return [h for h in hs if top - 2 <= h.pos <= bottom + 2 and h.overlap(x0, x1) > 0]


def _partial_rules(h_all: list[Ruling], lo: float, hi: float, right: float) -> list[Ruling]:
    """Horizontal rules that start between ``lo`` and ``hi`` (the end of a label column's texts and
    the start of the next column's), not crossing the labels, and run on to the right: rules between
    rows that stop at a spanning label."""
    return [h for h in h_all if lo - 1.0 <= h.start <= hi + 1.0 and h.end > hi + 0.5 * (right - hi)]


def _spanning_label_column(per_line: list[list[Phrase]], core: set[int], first_value: int | None,
                           cols: list[float], h_all: list[Ruling]) -> list[float]:
    """Rule 108, columns: labels over several rows, centred on their rows and ruled by rules that stop
    at their column (a region beside its countries), stand on lines of their own between the rows,
    so no line with several cells shows their column and it joined the next one. When two or more
    body lines hold one text phrase only, each wholly left of where every line of several cells
    starts, and horizontal rules between the rows stop at that place, the labels are a column of
    their own: a boundary goes into the gap."""
    if first_value is None or len(cols) < 3 or not core:
        return cols
    # (rule 121: a line may hold two such labels, a region and a country centred at the same height)
    bare = {i for i, ps in enumerate(per_line) if i >= first_value and ps and not any(is_value(p.text) for p in ps)}
    lone = [p for i in sorted(bare) for p in per_line[i] if i not in core or len(per_line[i]) == 2]
    if not lone:
        return cols
    # rule 120: a label centred on an odd number of rows is printed on its middle row's line, as that
    # line's first phrase, starting where the lone labels start; it is one of the labels, not where
    # the next column starts (fewer such lines than half the rows: not the row labels themselves)
    size0 = median(p.size for p in lone)
    start0, reach = min(p.x0 for p in lone) - 0.4 * size0, max(p.x1 for p in lone)
    core_lines = [ps for i, ps in enumerate(per_line) if i in core and ps and i not in bare]
    if not core_lines:
        return cols
    inline = [ps[0] for ps in core_lines if len(ps) >= 2 and not is_value(ps[0].text)
              and start0 <= ps[0].x0 < reach]
    if 2 * len(inline) >= len(core_lines):
        inline = []
    starts = min(ps[1].x0 if inline and ps[0] in inline else ps[0].x0 for ps in core_lines)
    left = [p for p in lone if p.x1 < starts]
    if len(left) + len(inline) < 2 or len(left) < len(lone) or not left:
        return cols
    left += inline
    size = median(p.size for p in left)
    edge = max(p.x1 for p in left)
    # (the boundary may already be in the gap, when the labels' column was seen but not the columns
    # inside it: rule 121)
    there = edge <= cols[1] <= starts
    if starts - edge < 0.4 * size or not cols[0] < edge < starts or not (starts < cols[1] or there):
        return cols
    if len(_partial_rules(h_all, edge, starts, cols[-1])) < 1:
        return cols
    # rule 121: labels over labels (a region beside its countries, each country centred on its rows by
    # sex), every one on a line of its own: the labels fall in groups that do not overlap across, and
    # a rule starting in the gap between two groups, running on to the right, makes each a column
    inner = []
    groups: list[list[float]] = []
    for p in sorted(left, key=lambda q: q.x0):
        if groups and p.x0 <= groups[-1][1] + 0.4 * size:
            groups[-1][1] = max(groups[-1][1], p.x1)
        else:
            groups.append([p.x0, p.x1])
    for (_a, end), (start, _b) in zip(groups, groups[1:]):
        if _partial_rules(h_all, end, start, cols[-1]):
            inner.append((end + start) / 2)
    if there:
        return [cols[0], *inner, *cols[1:]] if inner else cols
    return [cols[0], *inner, (edge + starts) / 2, *cols[1:]]


def _bullet_list_column(per_line: list[list[Phrase]], core: set[int], first_value: int | None,
                        cols: list[float]) -> tuple[list[list[Phrase]], list[float]]:
    """Rule 381: a column of bullet lists beside labels and figures centred vertically on each list
    sets no item on a line of several cells (with an even number of items the row's line falls
    between two), so no line shows the list's column: the items joined the labels' column or the
    figures'. Two lines or more of one phrase each starting with a bullet at one x (within a
    point): that x starts a column. A phrase of a line of several cells holding a bullet at that x
    after a word ending before it (a label a third of an em short of the list, on the line of one of
    its items) is cut there; then every phrase of those lines ends a word space before the x or
    starts at or after it, and the list's lines (its items and the lines they wrap onto) end a word
    space before the next of those phrases: boundaries go into the gap between the labels and the
    bullets and between the list and the figures (where none parts them already). Returns the
    lines' phrases and the boundaries."""
    if first_value is None or len(cols) < 2:
        return per_line, cols
    items = [ps[0] for ps in per_line if len(ps) == 1 and len(ps[0].words) >= 2 and item_bullet(ps[0].words, 0)]
    if len(items) < 2:
        return per_line, cols
    xs = sorted(p.x0 for p in items)
    b = xs[len(xs) // 2]
    mine = [p for p in items if abs(p.x0 - b) <= 1.0]
    if len(mine) < 2:
        return per_line, cols
    size = median(p.size for p in mine)

    def cut(p: Phrase) -> list[Phrase]:
        ws = p.words
        for j in range(1, len(ws)):
            if abs(ws[j]["x0"] - b) <= 1.0 and item_bullet(ws, j) and ws[j - 1]["x1"] <= b - 0.2 * size:
                return [_make_phrase(ws[:j], p.line), _make_phrase(ws[j:], p.line)]
        return [p]

    lines = [[q for p in ps for q in cut(p)] if i in core else ps for i, ps in enumerate(per_line)]
    cells = [p for i in core for p in lines[i]]

    def listed(p: Phrase) -> bool:
        # rule 383: a row's line may hold no label, only a wrapped item's last words under its text
        return b + 1.0 < p.x0 <= b + 1.5 * size and not is_value(p.text)

    before = [p for p in cells if p.x0 < b - 1.0]
    after = [p.x0 for p in cells if p.x0 > b + 1.0 and not listed(p)]
    if any(p.x1 > b - 0.2 * size for p in before):
        return per_line, cols
    # the labels: on the lines of several cells, or (rule 383) wrapped on lines of their own beside
    # the list, centred on the row
    before += [ps[0] for ps in lines if len(ps) == 1 and ps[0].x1 <= b - 0.2 * size]
    if not before:
        return per_line, cols
    edge = max(p.x1 for p in before)
    nxt = min(after, default=cols[-1])
    reach = max(p.x1 for i, ps in enumerate(lines) for p in ps
                if abs(p.x0 - b) <= 1.0 or listed(p) or len(ps) == 1 and b - 1.0 <= p.x0 < nxt)
    if reach > nxt - 0.25 * size:
        return per_line, cols
    left = any(edge < c < b for c in cols)
    right = not after or any(reach < c < nxt for c in cols)
    if left and right:
        return per_line, cols
    inner = [(edge + b) / 2] + ([(reach + nxt) / 2] if after else [])
    return lines, sorted([c for c in cols if not edge < c < nxt] + inner)


def _partial_rule_edges(per_line: list[list[Phrase]], first_value: int | None, cols: list[float],
                        h_all: list[Ruling], ruled: list[float]) -> tuple[list[list[Phrase]], list[float]]:
    """Rule 129: a horizontal rule between rows that starts inside the table and runs on to its right
    edge stops where a cell spanning rows ends (a region beside its countries, a country beside its
    rows by sex): its start is that cell's right edge, a column boundary. LibreOffice sets a column
    as wide as its longest text plus a padding of a point or two, so no gap between the texts shows
    it (the longest label touches the next column, or runs into the next column's text on its line
    as one phrase) and the labels joined the next column. Where such a rule starts, the body has
    text on both sides, no body word crosses that place and no boundary lies in the gap of the body's
    texts around it, a boundary goes there, and a phrase running over it between two of its words is
    cut there; a boundary found from the gaps that cuts a label ending against such a start (within
    an em) goes, unless a vertical rule (``ruled``: their x) is drawn there."""
    if first_value is None or len(cols) < 2:
        return per_line, cols
    body = [p for ps in per_line[first_value:] for p in ps]
    if not body or not h_all:
        return per_line, cols
    size = median(p.size for p in body)
    right = max(h.end for h in h_all)
    starts = sorted(h.start for h in h_all if h.end >= right - 1.0 and h.start > cols[0] + size)
    words = [w for p in body for w in p.words]
    # rule 200: the words of lines with several cells; a group label on a line of its own may run on
    # over the gap between the labels and the figures
    celled = [w for ps in per_line[first_value:] if len(ps) >= 2 for p in ps for w in p.words]
    found: list[float] = []
    for x in starts:
        n = sum(1 for s in starts if abs(s - x) <= 1.0)
        if any(abs(x - f) <= 1.0 for f in found):
            continue
        if any(w["x0"] + 0.5 < x < w["x1"] - 0.5 for w in words):
            continue
        left = [w["x1"] for w in words if w["x1"] <= x + 0.5]
        right_of = [w["x0"] for w in words if w["x0"] >= x - 0.5]
        if not left or not right_of:
            continue
        a, b = max(left), min(right_of)
        if any(a - 0.5 <= c <= b + 0.5 for c in cols[1:-1]):
            continue
        # rule 200: the column right of the start begins at a boundary already when no text of the
        # lines with several cells lies between the two (a rule over a subtotal's figures, starting a
        # little left of them): a group label running on past it narrows the gap around the start
        # only, and its words there are no column's
        if any(c > x and not any(w["x1"] > x + 0.5 and w["x0"] < c - 0.5 for w in celled) for c in cols[1:-1]):
            continue
        found.append(x)
    if not found:
        return per_line, cols
    out = []
    for i, ps in enumerate(per_line):
        new: list[Phrase] = []
        for p in ps:
            cut = [x for x in found if p.x0 < x < p.x1] if i >= first_value else []
            if not cut:
                new.append(p)
                continue
            part: list[dict] = []
            for w in p.words:
                if part and any(part[-1]["x1"] <= x + 0.5 and w["x0"] >= x - 0.5 for x in cut):
                    new.append(_make_phrase(part, i))
                    part = []
                part.append(w)
            new.append(_make_phrase(part, i))
        out.append(new)
    # a boundary found from the gaps that cuts a label ending against such a rule start is none: the
    # label's cell reaches from the boundary before to where the rules start (the gap was the one
    # under the longest labels, which the few lines crossing it were allowed to cross)
    held = [p for ps in out[first_value:] for p in ps if any(x - size <= p.x1 <= x + 0.5 for x in found)]
    kept = [c for c in cols[1:-1] if any(abs(c - v) <= 1.0 for v in ruled)
            or not any(p.x0 + 0.5 < c < p.x1 - 0.5 for p in held)]
    return out, sorted([cols[0], *kept, *found, cols[-1]])


def _spanning_labels(rows: list["_Row"], lines: list[Line], per_line: list[list[Phrase]], line_cols,
                     cols: list[float], h_all: list[Ruling]):
    """Rule 108, rows: where rules between the rows stop at the first column, the first column's text
    between two rules that cross it (a label printed once, at the top of its rows or centred on them,
    on a line of its own or on one of theirs) is one cell spanning the rows between those rules
    (two or more), placed at the first of them; a line left with nothing is no row. Rule 121: so is
    the next column's text where rules stop at that column too (a country over its two rows by sex,
    inside its region), column after column. Returns the rows, the spanning cells and the lines'
    phrases without the labels moved."""
    if len(cols) < 3 or len(rows) < 2:
        return rows, [], per_line
    groups: list[tuple[int, list[int], list[int]]] = []  # (column, rows inside, lines with its text)
    moved: dict[int, list[Phrase]] = {}
    col = 0
    while col + 2 < len(cols):
        found = _label_groups(col, rows, lines, line_cols, cols, h_all, moved)
        if not found:
            break
        for inside, with_label in found:
            groups.append((col, inside, with_label))
            for j in with_label:
                moved.setdefault(j, []).extend(line_cols[j][col])
        col += 1
    if not groups:
        return rows, [], per_line
    new_per_line = [list(ps) for ps in per_line]
    for j, ps in moved.items():
        ids = {id(p) for p in ps}
        new_per_line[j] = [p for p in new_per_line[j] if id(p) not in ids]
    kept: list[_Row] = []
    index: dict[int, int] = {}
    for k, r in enumerate(rows):
        ls = [j for j in r.lines if new_per_line[j]]
        if ls:
            index[k] = len(kept)
            kept.append(_Row(ls, min(lines[j].top for j in ls), max(lines[j].bottom for j in ls), r.ruled_above))
    cells = []
    for col, inside, with_label in groups:
        firsts = [index[k] for k in inside if k in index]
        if not firsts:
            continue
        box = CellBox(firsts[0], col, firsts[-1] - firsts[0] + 1, 1)
        for j in with_label:
            for p in line_cols[j][col]:
                for w in p.words:
                    box.add(j, w)
        cells.append(box)
    return kept, cells, new_per_line


def _label_groups(col: int, rows: list["_Row"], lines: list[Line], line_cols, cols: list[float],
                  h_all: list[Ruling], moved: dict[int, list[Phrase]]) -> list[tuple[list[int], list[int]]]:
    """The labels of column ``col`` that span rows (rules 108, 121): (rows inside, lines with its
    text) between each two rules that cross the column, where rules between the rows stop at it."""
    lo, hi = cols[col], cols[col + 1]
    partial = _partial_rules(h_all, lo + 0.5 * (hi - lo), hi + 0.5 * (cols[col + 2] - hi), cols[-1])
    if not partial:
        return []
    crossing = sorted({round(h.pos, 1) for h in h_all if h.start <= lo + 0.5 * (hi - lo) and h.end >= hi - 1.0})
    # between the rows: a rule that stops at this column or at a later label column (rule 121: a
    # region of one country, both centred on its two rows by sex, a rule between those rows only)
    inner = [h for h in h_all if h.start > lo + 0.5 * (hi - lo) and h.end > hi + 0.5 * (cols[-1] - hi)]

    def label_only(r: "_Row") -> bool:
        # a line holding only labels of this column or those left of it, none of them a value
        # (the labels of earlier columns, moved, are no longer there)
        return all(all(c <= col and not any(is_value(p.text) for p in ps) for c, ps in line_cols[j].items()
                       if c < col or not set(map(id, ps)) <= set(map(id, moved.get(j, []))))
                   for j in r.lines)

    def extent(r: "_Row") -> tuple[float, float]:
        # without the labels of earlier columns, centred across the rules between this column's labels
        ls = [j for j in r.lines if j not in moved or len(moved[j]) < sum(map(len, line_cols[j].values()))] \
            or r.lines
        return min(lines[j].top for j in ls), max(lines[j].bottom for j in ls)

    extents = [extent(r) for r in rows]
    found: list[tuple[list[int], list[int]]] = []
    for above, below in zip(crossing, crossing[1:]):
        inside = [k for k, (t, b) in enumerate(extents) if above - 1 <= t and b <= below + 1]
        data = [k for k in inside if not label_only(rows[k])]
        if len(data) < 2:
            continue
        with_label = sorted(j for k in inside for j in rows[k].lines if col in line_cols[j])
        # one label (its lines consecutive, fewer than the rows), and a rule stopping at its
        # column between two of the rows it spans: the evidence that it spans them
        if not with_label or with_label != list(range(with_label[0], with_label[-1] + 1)) \
                or len(with_label) >= len(data):
            continue
        first_bottom = max((lines[j].bottom for j in rows[data[0]].lines if j not in with_label), default=None)
        last_top = min((lines[j].top for j in rows[data[-1]].lines if j not in with_label), default=None)
        if first_bottom is None or last_top is None or \
                not any(first_bottom < h.pos < last_top for h in inner):
            continue
        found.append((inside, with_label))
    return found


def _centred_label_tiers(words: list[dict], lines: list[Line], per_line: list[list[Phrase]],
                         h_all: list[Ruling]) -> list[dict] | None:
    """Rule 122: labels over several rows centred on them with no rule between the rows (a region
    beside its countries, a country beside its two rows by sex; LibreOffice centres spanning cells
    whatever the rules). Centred over an even number of rows a label stands on a line of its own
    between two rows, over an odd number on its middle row's line: a row of its own, or the label of
    the wrong row, and where no line holds it beside the next label its column is not seen at all.
    The lines with no value between the first and last data line (lines with a value) must hold
    labels only, each wholly left of where most data lines start; their left edges (a word space
    apart) are the label tiers; a data line's phrase starting at a tier and ending before that start
    is a label too. In each tier, from the first data line, each label in turn is centred on the
    data lines from there to the one whose middle with the first puts it (within a quarter of the
    line pitch), the next group starting after that line; the groups must end at the last data
    line. Each label then goes on its group's first line, where a label printed at the top of its
    rows stands and is read (rule 107; the caller reads the table again). Not with a rule between the
    data lines: rules show a label's extent (rules 108, 121).

    Rule 130: a text with no value starting where the data lines' own labels start, on a line
    between them, is part of a data line's label wrapped beside values centred on it, not a tier's
    label; a phrase running from one tier into the next (or into that start) is cut at a word
    starting there (within 0.1 em: a column's left edge); labels of one tier whose lines lie closer
    than 0.95 of the pitch of rows of one line are the lines of one wrapped label, centred as a
    whole, and go onto their group's first line as one line (their words in reading order, narrowed
    to the label's width: two lines stacked there would reach into the next row); a label moved so
    is a phrase of its own (the longest label of a column set tight touches the next column's text
    on that line). That start is taken from the text just before each data line's first value, and
    a group's middle from its rows' extents: a data line's label wrapped over lines around its
    values makes its row taller than the line."""
    data = [i for i, ps in enumerate(per_line) if any(is_value(p.text) for p in ps)]
    if len(data) < 3:
        return None
    first, last = data[0], data[-1]
    if any(lines[first].bottom < h.pos < lines[last].top for h in h_all):
        return None
    is_data = set(data)
    # where the data lines' own labels start: the text just before each data line's first value (rule
    # 130: the first text of the line may be a wrapped label's line standing on it)
    own = [ps[k - 1].x0 for ps in (per_line[i] for i in data)
           for k in [next(k for k, p in enumerate(ps) if is_value(p.text))] if k > 0]
    start = median(own) if own else median(per_line[i][0].x0 for i in data)
    size = median(ln.size for ln in lines)
    space = 0.4 * size

    def wrapped(p: Phrase) -> bool:
        # rule 130: the part of a data line's label wrapped beside values centred on it
        return abs(p.x0 - start) <= space and not is_value(p.text)

    lone = [i for i in range(first, last + 1)
            if i not in is_data and not all(wrapped(p) for p in per_line[i])]
    if not lone:
        return None
    tiers: list[float] = []
    for i in lone:
        for p in per_line[i]:
            if wrapped(p):
                continue
            if p.x1 >= start or is_value(p.text):
                # (rule 130: a label run into the next tier's label is cut below)
                if is_value(p.text) or not p.x0 < start:
                    return None
            if not any(abs(p.x0 - t) <= space for t in tiers):
                tiers.append(p.x0)
    # rule 130: a phrase running from a tier into the next one, or into the data lines' start
    edges = [*tiers, start]
    tol = 0.1 * size
    cut_lines: dict[int, list[Phrase]] = {}
    for i in range(first, last + 1):
        new: list[Phrase] = []
        for p in per_line[i]:
            part: list[dict] = []
            for w in p.words:
                if part and p.x0 < start and any(abs(w["x0"] - e) <= tol for e in edges):
                    new.append(_make_phrase(part, i))
                    part = []
                part.append(w)
            new.append(p if len(part) == len(p.words) else _make_phrase(part, i))
        cut_lines[i] = new
    for i in lone:
        if any(p.x1 >= start and not wrapped(p) for p in cut_lines[i]):
            return None
    # (the middle of a data line from its own cells: a label standing partly on it moves the line's box)
    tops, bottoms = [], []
    for i in data:
        own = [p for p in per_line[i] if p.x0 >= start - space] or per_line[i]
        tops.append(min(p.top for p in own))
        bottoms.append(max(p.bottom for p in own))
    mids = [(a + b) / 2 for a, b in zip(tops, bottoms)]
    diffs = sorted(b - a for a, b in zip(mids, mids[1:]))
    pitch = median(diffs)
    # (the pitch of rows of one line: rows of a wrapped label are taller)
    row_pitch = diffs[len(diffs) // 4]
    if row_pitch <= 0:
        return None
    # rule 130: a data line's label wrapped over several lines, its values centred on them, makes its
    # row taller than the line: the lines of that label (at the data lines' start, closer than the
    # pitch) reach the row's extent to theirs
    chains: list[list[Phrase]] = []
    for p in sorted((p for i in range(first, last + 1) for p in cut_lines[i] if wrapped(p)),
                    key=lambda p: p.top + p.bottom):
        last_mid = (chains[-1][-1].top + chains[-1][-1].bottom) / 2 if chains else None
        if last_mid is not None and (p.top + p.bottom) / 2 - last_mid < 0.95 * row_pitch:
            chains[-1].append(p)
        else:
            chains.append([p])
    for chain in chains:
        if len(chain) < 2:
            continue
        top, bottom = chain[0].top, chain[-1].bottom
        for k, m in enumerate(mids):
            if top <= m <= bottom:
                tops[k], bottoms[k] = min(tops[k], top), max(bottoms[k], bottom)
    moves: list[tuple[list[Phrase], Line]] = []  # a label's phrases (one per line) -> the line it goes on
    for t in tiers:
        found = sorted(((p.top + p.bottom) / 2, i, p) for i in range(first, last + 1)
                       for p in cut_lines[i] if abs(p.x0 - t) <= space and p.x1 < start
                       and not is_value(p.text))
        # rule 130: the lines of one wrapped label lie closer than the rows
        labels: list[list[tuple[float, int, Phrase]]] = []
        for item in found:
            if labels and item[0] - labels[-1][-1][0] < 0.95 * row_pitch:
                labels[-1].append(item)
            else:
                labels.append([item])
        if len(labels) < 2:
            return None
        g = 0
        for label in labels:
            m = (label[0][0] + label[-1][0]) / 2
            e = next((e for e in range(g, len(data))
                      if abs((tops[g] + bottoms[e]) / 2 - m) <= 0.25 * pitch), None)
            if e is None:
                return None
            if len(label) > 1 or data[g] != label[0][1]:
                moves.append(([p for _m, _i, p in label], lines[data[g]]))
            g = e + 1
        if g != len(data):
            return None
    if not moves:
        return None
    placed: dict[int, dict] = {}  # id(word) -> the word where it goes
    for k, (phrases, target) in enumerate(moves):
        ws = [w for p in phrases for w in sorted(p.words, key=lambda w: w["x0"])]
        x0, x1 = min(p.x0 for p in phrases), max(p.x1 for p in phrases)
        gaps = [0.0] + [max(b["x0"] - a["x1"], 0.0) if b["x0"] > a["x0"] else 0.25 * size
                        for a, b in zip(ws, ws[1:])]
        widths = [w["x1"] - w["x0"] for w in ws]
        f = min(1.0, (x1 - x0 - sum(gaps)) / sum(widths)) if sum(widths) > 0 else 1.0
        if f <= 0.2:
            return None
        x = x0
        for w, gap, width in zip(ws, gaps, widths):
            x += gap
            h = w["bottom"] - w["top"]
            top = target.top + (target.height - h) / 2
            # (tagged: the phrase splitting keeps it apart from the text of the line it goes on, and
            # the page's word it stands for is taken, not left out: confidence)
            placed[id(w)] = dict(w, x0=x, x1=x + f * width, top=top, bottom=top + h, moved_label=k,
                                 moved_from=w)
            x += f * width
    return [placed.get(id(w), w) for w in words]


def _split_over_value_gaps(per_line: list[list[Phrase]], values: int) -> list[list[Phrase]]:
    """Rule 257: a table of one line of values under its headings (key figures across): the heading
    lines count for its columns, and headings set closer than a word space and a half ("Returnees
    Partners" over "5.5M" and "69") read as one phrase over two values. A heading line's phrase is
    cut at a gap of 0.3 em or more that lies inside the gap between two values of that line."""
    gaps = [(a.x1, b.x0) for a, b in zip(per_line[values], per_line[values][1:])]
    out = [list(ps) for ps in per_line]
    for i in range(values):
        new: list[Phrase] = []
        for p in out[i]:
            start = 0
            for j in range(len(p.words) - 1):
                a_x, b_x = p.words[j]["x1"], p.words[j + 1]["x0"]
                if b_x - a_x >= 0.3 * p.size and any(g0 <= a_x and b_x <= g1 for g0, g1 in gaps):
                    new.append(_make_phrase(p.words[start:j + 1], i))
                    start = j + 1
            new.append(p if start == 0 else _make_phrase(p.words[start:], i))
        out[i] = new
    return out


def split_at_aligned_starts(per_line: list[list[Phrase]], core: set[int]) -> list[list[Phrase]]:
    """Rule 107: a label run into the label of the next column ("Horn of Africa Chad": a region
    printed on the first of its rows, beside the first country, the region column as wide as its
    longest name plus two paddings, which can be less than the phrase gap) is cut where the next
    column's texts start. A phrase of words without values is cut between two words more than a
    word space apart (0.4 em) when, on at least a third of the other body lines (and two), a text starts
    at the right word's left edge (within 0.1 em: a left-aligned column) and no word of any other
    body line crosses the place just left of that edge (the gutter is free). Running text does not
    line up word starts with the next lines' starts over a gap wider than a word space."""
    lines = sorted(i for i in core if i < len(per_line))
    if len(lines) < 3:
        return per_line
    starts: dict[int, list[float]] = {}
    for k in lines:
        xs = []
        for p in per_line[k]:
            prev = None
            for w in p.words:
                if prev is None or w["x0"] - prev["x1"] >= 0.4 * p.size:
                    xs.append(w["x0"])
                prev = w
        starts[k] = xs
    out = [list(ps) for ps in per_line]
    for i in lines:
        others = [k for k in lines if k != i]
        need = max(2, (len(others) + 2) // 3)
        new: list[Phrase] = []
        for p in out[i]:
            # rule 282: an item's bullet ("Camp coordination – Support referral") is no value
            if len(p.words) < 2 or any(is_value(w["text"]) and not item_bullet(p.words, j)
                                       for j, w in enumerate(p.words)):
                new.append(p)
                continue
            start = 0
            tol = 0.1 * p.size
            for j in range(len(p.words) - 1):
                a_x, b_x = p.words[j]["x1"], p.words[j + 1]["x0"]
                if b_x - a_x < 0.15 * p.size:
                    continue
                aligned = sum(1 for k in others if any(abs(x - b_x) <= tol for x in starts[k]))
                # rule 255: at a word space, only where the next column's texts start on every
                # other body line but one (three at least): the longest label of a table set at
                # its natural width runs into the next column with no more than a word space
                if aligned < (need if b_x - a_x >= 0.4 * p.size else max(3, len(others) - 1)):
                    continue
                cut = b_x - 0.15 * p.size
                if any(w["x0"] < cut < w["x1"] for k in others for q in per_line[k] for w in q.words):
                    continue
                new.append(_make_phrase(p.words[start:j + 1], i))
                start = j + 1
            new.append(p if start == 0 else _make_phrase(p.words[start:], i))
        out[i] = new
    return out


def _note_mark(figure: dict, w: dict) -> bool:
    """Is ``w`` a note marker set after ``figure``: one or two letters or symbols in a smaller type
    (under 0.85 of the figure's), touching it (within 0.12 of its size) and raised over its
    baseline?"""
    size = figure.get("size") or (figure["bottom"] - figure["top"])
    return (len(w["text"]) <= 2 and not any(c.isdigit() for c in w["text"]) and is_value(figure["text"])
            and (w.get("size") or size) < 0.85 * size and w["x0"] - figure["x1"] <= 0.12 * size
            and w["bottom"] < figure["bottom"] - 0.15 * size)


def _word_runs(words: list[dict], size: float, space: float = 0.4) -> list[list[dict]]:
    """Words parted at gaps wider than a word space (``space`` em)."""
    runs = [[words[0]]]
    for a, b in zip(words, words[1:]):
        if b["x0"] - a["x1"] >= space * size:
            runs.append([b])
        else:
            runs[-1].append(b)
    return runs


def _two_cells_over(per_line: list[list[Phrase]], i: int, left: tuple[float, float],
                    right: tuple[float, float], headings: dict[int, list[Phrase]] | None = None) -> bool:
    """Does a line other than ``i`` hold two neighbouring phrases, one over ``left`` and the next over
    ``right``, the first ending before ``right`` starts and the second starting after ``left`` ends?
    ``headings``: header lines read as their headings (rule 62), in place of their phrases."""
    for k, ps in enumerate(per_line):
        if k == i:
            continue
        ps = (headings or {}).get(k, ps)
        for p, q in zip(ps, ps[1:]):
            if p.x0 < left[1] and p.x1 > left[0] and q.x0 < right[1] and q.x1 > right[0] \
                    and p.x1 < right[0] and q.x0 > left[1]:
                return True
    return False


def _col_range(p: Phrase, cols: list[float]) -> tuple[int, int]:
    """Columns a phrase falls in: the columns it overlaps by a meaningful part of itself."""
    n = len(cols) - 1
    hit = []
    width = max(p.x1 - p.x0, 0.1)
    for c in range(n):
        ov = min(p.x1, cols[c + 1]) - max(p.x0, cols[c])
        if ov > 0.5 and (ov >= 0.2 * width or ov >= 0.5 * (cols[c + 1] - cols[c])):
            hit.append(c)
    if not hit:
        center = p.center
        for c in range(n):
            if cols[c] <= center <= cols[c + 1]:
                return c, c
        return (0, 0) if center < cols[0] else (n - 1, n - 1)
    return hit[0], hit[-1]


def _body_extents(body_ids: list[int], per_line: list[list[Phrase]], cols: list[float]) -> dict[int, tuple[float, float]]:
    """x extent of each column's body text (phrases of the body lines that stay in one column)."""
    ext: dict[int, tuple[float, float]] = {}
    for i in body_ids:
        for p in per_line[i]:
            a, b = _col_range(p, cols)
            if a == b:
                lo, hi = ext.get(a, (p.x0, p.x1))
                ext[a] = (min(lo, p.x0), max(hi, p.x1))
    return ext


def _split_at_edges(phrases: list[Phrase], ext: dict[int, tuple[float, float]], line_index: int,
                    last: bool = False) -> list[Phrase]:
    """Header phrases split where a body column's text edge falls in a gap between their words:
    headings of adjacent right-aligned (or left-aligned) columns can nearly touch ("exclusion rate
    before substitution" over two columns), and the edges of the body text say where one ends.
    ``last``: the last header line, where no heading groups others (rule 51)."""
    # headings centred over their own columns are parted at a gap wider than a word space; on the
    # last header line, at two cell paddings of a table set tight (0.3 em and more)
    space = 0.3 if last else 0.4
    rights = sorted(r for _l, r in ext.values())
    lefts = sorted(l for l, _r in ext.values())
    out: list[Phrase] = []
    for p in phrases:
        current = [p.words[0]]
        for k, (a, b) in enumerate(zip(p.words, p.words[1:])):
            # the edge must part the headings of two columns: the words before it lie over the body
            # text of a column left of it and the rest over one right of it (a centred caption wider
            # than its column reaches into the gutter; a body edge under a word gap there is chance)
            # (rule 379: the words after the edge up to the next wider gap: a heading's second word
            # in the gutter, "Seed | Trmt.", is no heading of the column after it)
            after = _up_to_wider(p.words[k + 1:], b["x0"] - a["x1"])
            at_right = any(a["x1"] - 1.0 <= r <= b["x0"] - 1.0 and abs(a["x1"] - r) <= 1.5
                           and _parted_at(current, after, r, ext) for r in rights)
            at_left = any(a["x1"] + 1.0 <= x <= b["x0"] + 1.0 and abs(b["x0"] - x) <= 1.5
                          and _parted_at(current, after, x, ext) for x in lefts)
            # the next heading runs to the next gap wider than a word space ("People in need"); on the
            # last header line it may end at a gap of two paddings too ("Planned Budget")
            rest = p.words[k + 1:]
            runs = [_next_run(rest, p.size)] + ([_next_run(rest, p.size, space)] if last else [])
            if at_right or at_left or any(_over_own_columns(current, r, ext, p.size, space) for r in runs):
                out.append(_make_phrase(current, line_index))
                current = []
            current.append(b)
        out.append(_make_phrase(current, line_index) if len(current) < len(p.words) else p)
    return out


def _up_to_wider(words: list[dict], gap: float) -> list[dict]:
    """Rule 379: the words up to the first gap between them wider than ``gap`` by half a point (the
    heading that starts at a body edge parted at a word space of ``gap``)."""
    for k, (a, b) in enumerate(zip(words, words[1:])):
        if b["x0"] - a["x1"] > gap + 0.5:
            return words[:k + 1]
    return words


def _parted_at(left: list[dict], right: list[dict], x: float, ext: dict[int, tuple[float, float]]) -> bool:
    """Do the words before a body edge at ``x`` lie over the body text of a column ending at or
    before it, and the words after it over one starting at or after it?"""
    x0, x1 = left[0]["x0"], left[-1]["x1"]
    y0, y1 = right[0]["x0"], right[-1]["x1"]
    return (any(x0 < hi and x1 > lo for lo, hi in ext.values() if hi <= x + 1.5)
            and any(y0 < hi and y1 > lo for lo, hi in ext.values() if lo >= x - 1.5))




def _empty_columns(i: int, per_line: list[list[Phrase]], ext: dict[int, tuple[float, float]],
                   cols: list[float], stacked: list[tuple[float, float]] = (),
                   free: list[tuple[float, float]] = (), guests: list[dict] = ()) -> list[float]:
    """Columns with a heading and no body text in a matrix of marks (an activity nobody does): the
    body's gaps do not show them, so their headings join a neighbour or fall outside. A heading of
    a header line (``i``) that lies over no column's body text, apart from the headings
    beside it (a gap wider than a word space), not starting in lower
    case (the rest of a heading: "no. | of correct answers") and not stacked with a heading of another
    header line that lies over body text (``stacked``: "Total" over "EURbn"), is a column of its own: a boundary is put in the gap
    between it and the neighbouring column's text (``per_line[i]`` is re-split at those gaps).
    ``guests``: words of the other header lines over no body text and beside this line's words, the
    lines of a heading wrapped above and below this line ("Data" / "collection" beside "Outreach"):
    judged with this line's headings (rule 60), then left to their own lines."""
    own_words = [w for p in per_line[i] for w in p.words]
    if len(own_words) < 3 or len(ext) < 2:
        return cols
    words = sorted(own_words + list(guests), key=lambda w: w["x0"])
    size = per_line[i][0].size

    def over_body(ws):
        x0, x1 = min(w["x0"] for w in ws), max(w["x1"] for w in ws)
        return any(x0 < hi and x1 > lo for lo, hi in ext.values())

    runs: list[list[dict]] = [[words[0]]]
    for a, b in zip(words, words[1:]):
        # rule 256: two names of periods (months, quarters) a space apart are two headings: a
        # timeline's periods are columns each, however tight they are set
        if b["x0"] - a["x1"] >= 0.4 * size or (b["x0"] - a["x1"] >= 0.15 * size and PERIOD.match(a["text"])
                                                and PERIOD.match(b["text"])):
            runs.append([b])
        else:
            runs[-1].append(b)
    # a run starting in lower case continues the heading before it ("no. | of correct answers")
    # ... unless it is the second line of a heading that lies over no body text either ("Data" /
    # "collection" over an empty column)
    # rule 311: a period name among the periods of a timeline (three or more on the line) is a column
    # of its own even under a year that lies over the next period's marks ("2025" centred over
    # Q2 | Q3, Q2 with no activity): a year spans its periods, it is no heading of one of them
    periods = sum(1 for r in runs if len(r) == 1 and PERIOD.match(r[0]["text"]))
    orphans = [k for k, r in enumerate(runs) if not over_body(r)
               and (not _under(r, stacked) or periods >= 3 and len(r) == 1 and PERIOD.match(r[0]["text"]))
               and (not r[0]["text"][:1].islower() or _under(r, free))]
    if not orphans or len(runs) - len(orphans) < 2:
        return cols
    new = list(cols)
    for k in orphans:
        r = runs[k]
        x0, x1 = min(w["x0"] for w in r), max(w["x1"] for w in r)
        mid = (x0 + x1) / 2
        if mid > new[-1] and k == len(runs) - 1:
            new[-1] = x1  # the last heading, past the last column's text: the table reaches to it
        c = next((j for j in range(len(new) - 1) if new[j] <= mid <= new[j + 1]), None)
        if c is None:
            continue
        own = [e for e in ext.values() if new[c] <= (e[0] + e[1]) / 2 <= new[c + 1]]
        # an empty column found just before, in the same range, is its own column's owner too
        own += [(min(w["x0"] for w in runs[j]), max(w["x1"] for w in runs[j])) for j in orphans
                if j < k and new[c] <= (min(w["x0"] for w in runs[j]) + max(w["x1"] for w in runs[j])) / 2 <= new[c + 1]]
        if not own:
            continue  # already a column of its own
        lo, hi = own[-1] if x0 >= own[-1][1] else own[0]
        # the text next to the heading on either side: a heading of its line or a column's body
        # text (another line's heading over a column between them has its body text below)
        prev_x1 = max(([max(w["x1"] for w in runs[k - 1])] if k else [])
                      + [e[1] for e in ext.values() if e[1] <= x0], default=None)
        next_x0 = min(([min(w["x0"] for w in runs[k + 1])] if k + 1 < len(runs) else [])
                      + [e[0] for e in ext.values() if e[0] >= x1], default=None)
        if x0 >= hi:
            left = max([hi] + [max(w["x1"] for w in runs[j]) for j in range(k) if min(w["x0"] for w in runs[j]) >= new[c]])
            new.insert(c + 1, (left + x0) / 2)
            # the old right boundary must not cut the heading
            if next_x0 is not None and x0 < new[c + 2] < x1 and c + 2 < len(new) - 1:
                new[c + 2] = (x1 + next_x0) / 2
        elif x1 <= lo:
            right = min([lo] + [min(w["x0"] for w in runs[j]) for j in range(k + 1, len(runs))
                                if max(w["x1"] for w in runs[j]) <= new[c + 1]])
            new.insert(c + 1, (x1 + right) / 2)
            if prev_x1 is not None and x0 < new[c] < x1 and c > 0:
                new[c] = (prev_x1 + x0) / 2
    if new == cols:
        return cols
    # the heading line re-split at the gaps between its runs, so each heading is a phrase of its own
    line = per_line[i][0].line
    mine = {id(w) for w in own_words}
    per_line[i] = [_make_phrase(ws, line) for r in _regroup(runs, new)
                   if (ws := [w for w in r if id(w) in mine])]
    return new


def _turned_to_columns(head_ids: list[int], per_line: list[list[Phrase]],
                       ext: dict[int, tuple[float, float]]) -> bool:
    """Rule 61: turned headings (90 or 45 degrees) that stand a constant distance beside their
    columns' text, not over it (a web page leans a 45-degree heading from its cell's left corner):
    the feet keep the columns' pitch but fall in the gutter before their own column, or over the
    column on the left. The offset is the one under which most feet land on a column's body text
    (half an em of play), one foot per column, the smallest of equals; it is never to the left (a
    heading turned to read upwards leans right from its foot, so its foot is not right of its
    column's text). When it is more than half an em and three feet or more, at least two thirds
    of them, land so, each turned heading is moved by it onto its
    column (a foot landing on no column's text stays at its place plus the offset: an empty
    column's heading). ``per_line`` is changed in place; True when anything moved."""
    feet = [(i, w) for i in head_ids for p in per_line[i] for w in p.words if w.get("turned")]
    if len(feet) < 3 or len(ext) < 3:
        return False
    size = median(w.get("size") or 10.0 for _i, w in feet)
    tol = 0.5 * size

    def landing(d: float) -> dict[int, int]:
        out: dict[int, int] = {}
        for n, (_i, w) in enumerate(feet):
            x = (w["x0"] + w["x1"]) / 2 + d
            hit = [c for c, (lo, hi) in ext.items() if lo - tol <= x <= hi + tol and c not in out.values()]
            if len(hit) == 1:
                out[n] = hit[0]
        return out

    best: tuple[tuple[int, float], float, dict[int, int]] = ((0, 0.0), 0.0, {})
    for _i, w in feet:
        for lo, hi in ext.values():
            d = (lo + hi) / 2 - (w["x0"] + w["x1"]) / 2
            if d < -tol:
                continue  # a heading turned to read upwards leans right from its foot: never past its column
            m = landing(d)
            key = (len(m), -abs(d))
            if key > best[0]:
                best = (key, d, m)
    _key, d, m = best
    if abs(d) <= tol or 3 * len(m) < 2 * len(feet):
        return False
    moved: dict[int, dict] = {}
    for n, (_i, w) in enumerate(feet):
        half = (w["x1"] - w["x0"]) / 2
        x = sum(ext[m[n]]) / 2 if n in m else (w["x0"] + w["x1"]) / 2 + d
        moved[id(w)] = {**w, "x0": x - half, "x1": x + half}
    for i in {i for i, _w in feet}:
        out: list[Phrase] = []
        for p in per_line[i]:
            # a turned heading is a phrase of its own (an upright heading set close beside its
            # foot is no part of it)
            upright = [w for w in p.words if id(w) not in moved]
            if len(upright) == len(p.words):
                out.append(p)
                continue
            if upright:
                out.append(_make_phrase(upright, p.line))
            out.extend(_make_phrase([moved[id(w)]], p.line) for w in p.words if id(w) in moved)
        per_line[i] = sorted(out, key=lambda p: p.x0)
    return True


def _is_matrix(body_ids: list[int], per_line: list[list[Phrase]]) -> bool:
    """Body of marks ("X", "✓") beside labels: most phrases after each line's first are marks;
    rule 256: one text beside the label on each line may be no mark (a workplan's responsible
    party beside the periods' marks)."""
    rest = [p.text.strip() for i in body_ids for p in per_line[i][1:]]
    marks = sum(1 for t in rest if is_mark(t))
    texts = sum(1 for i in body_ids if any(not is_mark(p.text.strip()) for p in per_line[i][1:]))
    return len(rest) >= 3 and (marks >= 0.6 * len(rest) or marks >= 3 and marks >= 0.6 * (len(rest) - texts))


def _under(run: list[dict], stacked) -> bool:
    """Does a heading of another header line, over body text, lie over or under this run (a unit
    line under its column's heading: "Total" / "EURbn")?"""
    x0, x1 = min(w["x0"] for w in run), max(w["x1"] for w in run)
    return any(x0 < b and x1 > a for a, b in stacked)


def _regroup(runs: list[list[dict]], cols: list[float]) -> list[list[dict]]:
    """Runs of one column joined again (a heading of several words stays one phrase)."""
    out: list[list[dict]] = []
    last_col = None
    for r in runs:
        mid = (min(w["x0"] for w in r) + max(w["x1"] for w in r)) / 2
        col = _col_of_x(mid, cols)
        if out and col == last_col:
            out[-1] = out[-1] + r
        else:
            out.append(list(r))
        last_col = col
    return out


def _next_run(words: list[dict], size: float, space: float = 0.4) -> list[dict]:
    """The first heading of some header words: up to the first gap wider than a word space (the
    headings after it are judged in their turn: "Programme Variance Required" over three columns)."""
    run = [words[0]]
    for a, b in zip(words, words[1:]):
        if b["x0"] - a["x1"] >= space * size:
            break
        run.append(b)
    return run


def _over_own_columns(left: list[dict], right: list[dict], ext: dict[int, tuple[float, float]], size: float,
                      space: float = 0.4) -> bool:
    """Headings centred over columns narrower than themselves ("Coverage Budget" over two columns
    of short numbers): the gap between them is wider than a word space, each side lies over the body
    text of one column only and covers its middle."""
    if right[0]["x0"] - left[-1]["x1"] < space * size:
        return False

    def own(ws: list[dict]) -> int | None:
        x0, x1 = min(w["x0"] for w in ws), max(w["x1"] for w in ws)
        over = [c for c, (lo, hi) in ext.items() if x0 < hi and x1 > lo]
        if len(over) != 1:
            return None
        lo, hi = ext[over[0]]
        return over[0] if x0 <= (lo + hi) / 2 <= x1 else None

    a, b = own(left), own(right)
    return a is not None and b is not None and a != b


def _make_phrase(words: list[dict], line_index: int) -> Phrase:
    from app.extract.tables.text import _phrase

    return _phrase(words, line_index)


def _head_range(p: Phrase, cols: list[float], ext: dict[int, tuple[float, float]],
                line_phrases: list[Phrase] | None = None) -> tuple[int, int]:
    """Columns of a header phrase. A heading aligned with the body text of the one column it lies
    over (same right edge, as over right-aligned numbers, or same left edge) belongs to that column
    even where it reaches into the gutter beside it; otherwise the column boundaries decide.
    ``line_phrases``: the other headings of its line when that line is the last header line."""
    hit = [c for c, (lo, hi) in ext.items() if p.x0 < hi - 0.5 and p.x1 > lo + 0.5]
    if len(hit) == 1:
        lo, hi = ext[hit[0]]
        if abs(p.x1 - hi) <= 1.5 or abs(p.x0 - lo) <= 1.5:
            return hit[0], hit[0]
        # centred over it: a heading wider than its column of short numbers reaches over the
        # boundary drawn in the middle of the gutter, but over no other column's text
        if p.x0 <= (lo + hi) / 2 <= p.x1:
            return hit[0], hit[0]
        # rule 50: centred in its cell over figures set right in it, a heading wider than the
        # figures lies mostly in the gutter on their left, over their first digits only; on the
        # last header line (no heading below it to group) over no other heading's column text, it
        # is that column's heading
        if line_phrases is not None and min(p.x1, hi) - max(p.x0, lo) >= 0.25 * p.size and not any(
                q is not p and q.x0 < hi and q.x1 > lo for q in line_phrases):
            return hit[0], hit[0]
    a, b = _col_range(p, cols)
    if not hit and b > a:
        # over no column's body text and across a boundary: a heading set off its column (beside
        # the column's figures, not over them) belongs to the column whose text is much nearer;
        # a group heading centred over the gutter of two columns is as near to both
        dist = sorted((max(lo - p.x1, p.x0 - hi, 0.0), c) for c, (lo, hi) in ext.items() if a <= c <= b)
        if len(dist) >= 2 and dist[0][0] < 0.25 * dist[1][0]:
            return dist[0][1], dist[0][1]
    return a, b


# --------------------------------------------------------------------------------------------- rows


@dataclass
class _Row:
    lines: list[int]
    top: float
    bottom: float
    ruled_above: bool = False


def _line_cols(phrases: list[Phrase], cols: list[float]) -> dict[int, list[Phrase]]:
    out: dict[int, list[Phrase]] = {}
    for p in phrases:
        a, _b = _col_range(p, cols)
        out.setdefault(a, []).append(p)
    return out


def _has_values(line_phr: list[Phrase]) -> bool:
    return any(is_value(p.text) for p in line_phr)


def _is_rtl_table(words: list[dict]) -> bool:
    import unicodedata

    rtl = ltr = 0
    for w in words:
        for ch in w["text"]:
            if ch.isalpha():
                if unicodedata.bidirectional(ch) in ("R", "AL"):
                    rtl += 1
                else:
                    ltr += 1
    return rtl > ltr


_YEAR = re.compile(r"^(?:1[89]|20)\d\d(?:[-–/]\d{2,4})?\*?$")


def _is_body_line(ps_by_col: dict[int, list[Phrase]]) -> bool:
    """A data line: text in the first column and values beside it (not only years: a row of
    years is a header)."""
    if 0 not in ps_by_col:
        return False
    values = [p.text for c, ps in ps_by_col.items() if c > 0 for p in ps if is_value(p.text)]
    if not values:
        return False
    return not (len(values) >= 2 and all(_YEAR.match(v) for v in values))


def _first_body_line(per_line: list[list[Phrase]], line_cols: list[dict[int, list[Phrase]]],
                     spanning: bool = False) -> int:
    n = len(per_line)
    # a column of labels over several rows (rules 108, 120) leaves most data lines without text in
    # the first column: the first line with values starts the body
    for i in range(n if not spanning else 0):
        if _is_body_line(line_cols[i]):
            return i
    # no label column: the first line with values that are not all years
    for i in range(n):
        values = [p.text for p in per_line[i] if is_value(p.text)]
        if len(per_line[i]) >= 2 and values and not all(_YEAR.match(v) for v in values):
            return i
    return 1 if n > 1 else 0


def _wrapped_headings(first_body: int, lines: list[Line], per_line: list[list[Phrase]],
                      cols: list[float]) -> int:
    """Headings wrapped in narrow columns ("Phase / 1", "Total / 2024") put their last words on a
    line of their own, with the label column's heading often set beside them: with values among
    them, that line reads as the first data line. A line right under a header line (no values, two
    headings or more) is the headings' second line when each of its cells beyond the label column
    lies inside one heading above it (one cell under a heading), none of its cells spans a gutter,
    it is in the headings' type, and it is set within one line pitch of them and closer to them
    than to the line below (a heading's lines are closer to each other than to the body)."""
    i = first_body
    while 1 <= i < len(lines) - 1 and i - first_body < 2:
        head, line = per_line[i - 1], per_line[i]
        if len(head) < 2 or any(is_value(p.text) for p in head):
            break
        height = max(lines[i].height, 1.0)
        gap_above = lines[i].top - lines[i - 1].bottom
        gap_below = lines[i + 1].top - lines[i].bottom
        if gap_above > 0.5 * height or gap_below < gap_above + 0.25 * height:
            break
        fonts = {(w.get("fontname"), round(w.get("size") or 0, 1)) for p in head for w in p.words}
        if any((w.get("fontname"), round(w.get("size") or 0, 1)) not in fonts for p in line for w in p.words):
            break
        tol = 0.25 * lines[i].size
        under = 0
        used: set[int] = set()
        ok = True
        for p in line:
            a, b = _col_range(p, cols)
            if a != b:
                ok = False
                break
            if a == 0 and not is_value(p.text):
                continue
            over = [k for k, q in enumerate(head) if q.x0 - tol <= p.x0 and p.x1 <= q.x1 + tol]
            if len(over) != 1 or over[0] in used:
                ok = False
                break
            used.add(over[0])
            under += 1
        if not ok or under < 2:
            break
        i += 1
    return i


def _centred_beside_label(first_body: int, lines: list[Line], line_cols) -> int:
    """The first row may have its label wrapped over two lines and its values centred beside them,
    on a line of their own that overlaps both label lines: that line has no label, so it was not
    taken for a data line and the label's first line went to the header. Such a line of values
    (not years) between two label-only lines it overlaps starts the body at the label's first line."""
    for i in range(1, min(first_body, len(lines) - 1)):
        lc = line_cols[i]
        vals = [p.text for ps in lc.values() for p in ps if is_value(p.text)]
        if 0 in lc or not vals or all(_YEAR.match(v) for v in vals):
            continue
        above, below = lines[i - 1], lines[i + 1]
        if set(line_cols[i - 1]) == {0} and set(line_cols[i + 1]) == {0} \
                and above.bottom > lines[i].top and below.top < lines[i].bottom:
            return i - 1
    return first_body


def _label_lines_above(first_body: int, lines: list[Line], line_cols, across: set[int] = frozenset()) -> int:
    """Lines of label text right above the first data line that belong to its label (a wrapped
    label with the values on its last line: "Regional / initiatives  175,000 ..."): closer to it
    than to the header above, in the same font as the label below, and inside the label column (a
    line reaching across the columns, ``across``, is the header's: headings set close together
    over a matrix read as one phrase)."""
    j = first_body
    if j <= 0 or j >= len(lines):
        return first_body
    body_fonts = {w.get("fontname") for p in line_cols[j].get(0, []) for w in p.words}
    while j - 1 >= 0 and first_body - j < 4:
        i = j - 1
        if set(line_cols[i]) != {0} or i in across:
            break
        gap_below = lines[j].top - lines[i].bottom
        if gap_below > 0.6 * max(lines[i].height, 1.0):
            break
        if i > 0 and lines[i].top - lines[i - 1].bottom <= gap_below + 1.0:
            break
        fonts = {w.get("fontname") for p in line_cols[i][0] for w in p.words}
        if body_fonts and not fonts <= body_fonts:
            break
        j = i
    return j


def _group_row_above(first_body: int, lines: list[Line], line_cols) -> int:
    """A group row right under the header ("Southern Africa" above its countries) has only a
    label, like a heading of the label column wrapped over two lines. It is a group row when the
    body has group rows of its own (label-only lines between two lines with values) in its font,
    and it is set apart from the header at least as far as from the data line under it (a heading's
    lines are closer to each other than to the body)."""
    k = first_body - 1
    if k < 1 or first_body >= len(lines) or set(line_cols[k]) != {0}:
        return first_body
    if not any(set(line_cols[i]) - {0} for i in range(k)):
        return first_body
    if names_continued(_label_text(line_cols, k)):
        return k  # rule 126: the group cut by a page break, named again under the repeated header
    gap_above = lines[k].top - lines[k - 1].bottom
    gap_below = lines[first_body].top - lines[k].bottom
    if gap_above < gap_below - 0.1 * lines[k].height:
        return first_body

    def has_values(i: int) -> bool:
        return any(is_value(p.text) for c, ps in line_cols[i].items() if c > 0 for p in ps)

    font = _label_fonts(line_cols, k)
    # rule 128: in the labels' type and in none of the header line's (bold headings over regular
    # rows), it is no heading, whatever rows follow (a part of two rows after a page break)
    head_fonts = {w.get("fontname") for ps in line_cols[k - 1].values() for p in ps for w in p.words}
    if font and font == _label_fonts(line_cols, first_body) and not font & head_fonts:
        return _section_heads_above(k, lines, line_cols)
    for i in range(first_body + 1, len(lines) - 1):
        if set(line_cols[i]) == {0} and has_values(i - 1) and has_values(i + 1) \
                and _label_fonts(line_cols, i) == font and not _label_text(line_cols, i)[:1].islower():
            return _section_heads_above(k, lines, line_cols)
    return first_body


def _section_heads_above(k: int, lines: list[Line], line_cols) -> int:
    """Rule 123: a section head over the group row ("Assets" over "Current assets", a statement's
    heads at two depths) is a row of the body as well: a label-only line right above the group
    row, set apart from the line above it at least as far as from the group row, starting no
    further right than the group row's label (a head is indented less than what it heads), with a
    header line of several cells still above it. A heading of the label column wrapped over two
    lines has its lines closer to each other than to the body."""
    while k >= 2 and set(line_cols[k - 1]) == {0} and any(set(line_cols[i]) - {0} for i in range(k - 1)):
        j = k - 1
        # rule 144: set in the group row's type and in none of the header line's above it (bold
        # headings over regular rows), it is no heading's second line however close it is set
        font = _label_fonts(line_cols, j)
        head_fonts = {w.get("fontname") for ps in line_cols[j - 1].values() for p in ps for w in p.words}
        body_type = bool(font) and font == _label_fonts(line_cols, k) and not font & head_fonts
        closer_above = lines[j].top - lines[j - 1].bottom < lines[k].top - lines[j].bottom - 0.1 * lines[j].height
        if closer_above and not body_type:
            break
        if line_cols[j][0][0].x0 > line_cols[k][0][0].x0 + 0.1 * lines[j].size \
                or _label_text(line_cols, j)[:1].islower():
            break
        k = j
    return k


def _span_rows_above(first_body: int, per_line: list[list[Phrase]], line_cols) -> int:
    """Rule 241: a row whose figures are replaced by words set across them ("Education | Not
    applicable") right over the first row of figures is the body's first row, not the headings'
    last line: a line under another header line, with a label where the body's labels start (within
    a point) and one other phrase, of words, lying over values of two columns or more on two body
    lines or more (as ``_words_across_values``). Returns the new first body line."""
    while first_body >= 2:
        i = first_body - 1
        ps = per_line[i]
        starts = [line_cols[j][0][0].x0 for j in range(first_body, len(per_line)) if line_cols[j].get(0)]
        if len(ps) != 2 or 0 not in line_cols[i] or not starts or abs(ps[0].x0 - median(starts)) > 1.0 \
                or is_value(ps[0].text):
            break
        body = set(range(first_body, len(per_line))) | {i}
        ws = sorted(ps[1].words, key=lambda w: w["x0"])
        if id(ps[1]) not in _words_across_values(per_line, body) or any(
                b["x0"] - a["x1"] > 0.4 * ps[1].size for a, b in zip(ws, ws[1:])):
            break  # headings set tight read as one phrase have wider gaps than a word space between them
        first_body = i
    return first_body


def _label_text(line_cols, i: int) -> str:
    return " ".join(p.text for p in line_cols[i].get(0, []))


def _below_header_rule(first_body: int, lines: list[Line], line_cols, rules: list[Ruling], width: float) -> int:
    """Label-only lines between the rule that closes the header and the first data line are group
    rows of the body ("East Africa" above its countries), not header lines: the rule says where
    the header ends. So are lines there that hold a figure (a value, not a year) with their label
    column empty (rule 72: a block of names, titles and amounts filed under no document number):
    headings hold no figures."""
    for k in range(first_body - 1, 0, -1):
        figures = [p.text for c, ps in line_cols[k].items() if c > 0 for p in ps
                   if is_value(p.text) and not _YEAR.match(p.text)]
        if set(line_cols[k]) != {0} and not (figures and 0 not in line_cols[k]):
            break
        above, below = lines[k - 1], lines[k]
        if any(above.bottom - EDGE <= h.pos <= below.top + EDGE and h.length >= 0.8 * width for h in rules):
            return k
    return first_body


def _introduction(lines: list[Line], first_body: int) -> int:
    """Number of lines at the top of a table that are the sentence introducing it: up to the last
    header line whose text ends with a colon ("... funding received so far:"). A heading does not
    end with a colon; a sentence pulled into the region (its last line short, or stretched over
    the columns) does."""
    last = None
    for i in range(min(first_body, len(lines) - 1)):
        if lines[i].text.rstrip().endswith(":"):
            last = i
    return 0 if last is None else last + 1


def build_structure(words: list[dict], bbox: tuple[float, float, float, float],
                    hs: list[Ruling], vs: list[Ruling], columns: list[float] | None = None,
                    header_hint: int | None = None, bars: list[tuple] = ()) -> Structure | None:
    """Structure of the table made of ``words`` inside ``bbox`` (x0, top, x1, bottom); ``bars``: the
    page's data bars (``figures.data_bars``, rule 188) and status marks (``figures.status_marks``, rule
    243: a fifth item "mark")."""
    x0, top, x1, bottom = bbox
    if not words:
        return None
    lines = group_lines(words)
    phrases: list[Phrase] = []
    per_line: list[list[Phrase]] = []
    for i, line in enumerate(lines):
        ps = split_phrases(line, line_index=i, gap=max(0.75 * line.size, 3.0))
        per_line.append(ps)
        phrases.extend(ps)
    width = max(x1 - x0, 1.0)
    h_inside = sorted(
        (h for h in hs if top - 2 <= h.pos <= bottom + 2 and h.overlap(x0, x1) >= 0.3 * width),
        key=lambda h: h.pos,
    )
    v_inside = [v for v in vs if x0 - 2 <= v.pos <= x1 + 2 and v.overlap(top, bottom) > 0]

    rtl = _is_rtl_table(words)
    if columns is None and not rtl:
        moved_words = _centred_label_tiers(words, lines, per_line, h_inside_all(hs, top, bottom, x0, x1))
        if moved_words is not None:
            return build_structure(moved_words, bbox, hs, vs, header_hint=header_hint, bars=bars)

    # ---- columns: from the body lines (header lines span and wrap) --------------------------
    fills: list[tuple[float, float, int]] = []
    if columns is None:
        first_value = next(
            (i for i, ps in enumerate(per_line) if len(ps) >= 2 and any(
                is_value(p.text) and not _YEAR.match(p.text) for p in ps[1:])), None)
        core = {i for i, ps in enumerate(per_line) if len(ps) >= 2 and (first_value is None or i >= first_value)}
        if len(core) < 2:
            if first_value is not None and core == {first_value}:
                per_line = _split_over_value_gaps(per_line, first_value)
            core = {i for i, ps in enumerate(per_line) if len(ps) >= 2}
        if not core:
            core = set(range(len(lines)))
        body_lines = set(range(first_value, len(lines))) if first_value is not None else None
        per_line = split_at_gutters(per_line, core)
        per_line = split_at_aligned_starts(per_line, core)
        phrases = [p for ps in per_line for p in ps]
        for bx0, btop, bx1, bbot, *mark in bars:
            mid = (btop + bbot) / 2
            if x0 - 1 <= bx0 and bx1 <= x1 + 1:
                line = next((i for i, ln in enumerate(lines) if ln.top - 1 <= mid <= ln.bottom + 1), None)
                if line is not None:
                    # the first word after the bar, a figure (at the bar's end or at the cell's
                    # right), is the bar's cell's: the bar and it are one cell's ink
                    # (another cell's mark, rules 250 and 260, is no word of it)
                    after = [w for w in lines[line].words if w["x0"] >= bx1 - 1 and not w.get("shade")]
                    first = min(after, key=lambda w: w["x0"], default=None)
                    end = first["x0"] if first is not None and is_value(first["text"]) else bx1
                    if mark:
                        # rule 243: a status mark's cell holds the word it stands before ("● On
                        # track"), not a figure of the next column
                        near = first is not None and first["x0"] - bx1 <= 1.5 * (bbot - btop)
                        end = first["x0"] if near else bx1
                    fills.append((bx0, end, line))
        across = _words_across_values(per_line, core)
        cols = find_columns([p for p in phrases if id(p) not in across], core, x0, x1, v_inside, top, bottom,
                            body_lines, fills)
        found = cols
        h_table = h_inside_all(hs, top, bottom, x0, x1)
        # rule 129 before rule 108: where rules start shows a spanning label's edge exactly, the gap
        # beside the labels only roughly (and a label run into the next column's text hides it)
        per_line, cols = _partial_rule_edges(per_line, first_value, cols, h_table, [v.pos for v in v_inside])
        if cols is found:
            cols = _spanning_label_column(per_line, core, first_value, cols, h_table)
        spanning = cols is not found
        if not spanning:
            per_line, cols = _bullet_list_column(per_line, core, first_value, cols)
        phrases = [p for ps in per_line for p in ps]
    else:
        cols = list(columns)
        spanning = False

    line_cols = [_line_cols(ps, cols) for ps in per_line]
    if rtl:
        # right-to-left: the labels are in the last column; the row logic below reads column 0 as
        # the label column, so it sees the columns mirrored (cells keep their page positions)
        last = len(cols) - 2
        line_cols = [{last - c: ps for c, ps in lc.items()} for lc in line_cols]
    rule_ys = [h.pos for h in h_inside]

    h_all = [h for h in hs if top - 2 <= h.pos <= bottom + 2 and h.overlap(x0, x1) > 0]

    def ruled_between(a: Line, b: Line, xa: float | None = None, xb: float | None = None) -> bool:
        """Is there a horizontal ruling between two lines (across the table, or across [xa, xb])?"""
        lo, hi = a.bottom - 1.0, b.top + 1.0
        if hi < lo:
            lo, hi = (a.top + a.bottom) / 2, (b.top + b.bottom) / 2
        if xa is None:
            return any(lo <= y <= hi for y in rule_ys)
        need = 0.5 * max(xb - xa, 1.0)
        return any(lo <= h.pos <= hi and h.overlap(xa, xb) >= need for h in h_all)

    # ---- header and body lines -------------------------------------------------------------
    first_body = header_hint if header_hint is not None else _first_body_line(per_line, line_cols, spanning)
    if header_hint is None:
        first_body = _wrapped_headings(first_body, lines, per_line, cols)
        first_body = _centred_beside_label(first_body, lines, line_cols)
        across = {i for i, ps in enumerate(per_line) if any(len(set(_col_range(p, cols))) > 1 for p in ps)}
        first_body = _label_lines_above(first_body, lines, line_cols, across)
        first_body = _below_header_rule(first_body, lines, line_cols, h_inside, width)
        first_body = _group_row_above(first_body, lines, line_cols)
        first_body = _span_rows_above(first_body, per_line, line_cols)
        if columns is None:
            intro = _introduction(lines, first_body)
            if intro:
                # the sentence that introduces the table is not part of its header
                rest = [w for ln in lines[intro:] for w in ln.words]
                new_top = max(top, min(w["top"] for w in rest) - 1.0)
                return build_structure(rest, (x0, new_top, x1, bottom), hs, vs)
    centred = None
    if header_hint is None:
        first_body, centred = _centred_text_rows(first_body, lines, line_cols)
    head_ids = list(range(first_body))
    body_ids = list(range(first_body, len(lines)))
    if columns is None and head_ids and len(body_ids) >= 2:
        if _turned_to_columns(head_ids, per_line, _body_extents(body_ids, per_line, cols)):
            line_cols = [_line_cols(ps, cols) for ps in per_line]
            if rtl:
                last = len(cols) - 2
                line_cols = [{last - c: ps for c, ps in lc.items()} for lc in line_cols]
    if columns is None and head_ids and len(body_ids) >= 3 and _is_matrix(body_ids, per_line):
        wider = cols
        ext = _body_extents(body_ids, per_line, cols)
        for i in reversed(head_ids):
            above_body = [(p.x0, p.x1) for j in head_ids if j != i for p in per_line[j]
                          if any(p.x0 < hi and p.x1 > lo for lo, hi in ext.values())]
            free = [(p.x0, p.x1) for j in head_ids if j != i for p in per_line[j]
                    if not any(p.x0 < hi and p.x1 > lo for lo, hi in ext.values())]
            mine = per_line[i]
            guests = [w for j in head_ids if j != i for p in per_line[j]
                      if not any(p.x0 < hi and p.x1 > lo for lo, hi in ext.values())
                      and not any(p.x0 < q.x1 and p.x1 > q.x0 for q in mine) for w in p.words]
            wider = _empty_columns(i, per_line, ext, wider, above_body, free, guests)
        if wider != cols:
            cols = wider
            line_cols = [_line_cols(ps, cols) for ps in per_line]
            if rtl:
                last = len(cols) - 2
                line_cols = [{last - c: ps for c, ps in lc.items()} for lc in line_cols]

    # ---- body rows: ruled bands or continuation rules ----------------------------------------
    band_of = {i: sum(1 for y in rule_ys if y < (lines[i].top + lines[i].bottom) / 2) for i in body_ids}
    bands: dict[int, list[int]] = {}
    for i in body_ids:
        bands.setdefault(band_of[i], []).append(i)

    def stacked(ls: list[int]) -> bool:
        """Two lines of the band hold values in the same column: two data rows, not one."""
        seen: set[int] = set()
        for i in ls:
            if 0 not in line_cols[i] and (share_line(line_cols[i]) or under_figures(line_cols, ls[:ls.index(i)], i)):
                continue  # rules 106 and 270: shares or changes under the row's figures
            cols_i = {c for c, ps in line_cols[i].items() if any(is_value(p.text) for p in ps)}
            if cols_i & seen:
                return True
            seen |= cols_i
        return False

    n_stacked = sum(1 for ls in bands.values() if stacked(ls))
    row_ruled = len(bands) >= 3 and (n_stacked == 0 or (len(bands) >= 10 and n_stacked <= 0.1 * len(bands)))
    if row_ruled:
        rows = [_Row(ls, min(lines[i].top for i in ls), max(lines[i].bottom for i in ls), True)
                for _b, ls in sorted(bands.items())]
    elif centred:
        rows = [_Row(ls, min(lines[i].top for i in ls), max(lines[i].bottom for i in ls)) for ls in centred]
    else:
        sub = [lines[i] for i in body_ids]
        local = _rows_from_lines(sub, [per_line[i] for i in body_ids], [line_cols[i] for i in body_ids],
                                 len(cols) - 1, ruled_between)
        rows = [_Row([body_ids[k] for k in r.lines], r.top, r.bottom) for r in local]

    # ---- header cells ------------------------------------------------------------------------
    ext = _body_extents(body_ids, per_line, cols)
    for fa, fb, line in fills:
        # rule 243: a column of status marks (or data bars) has their extent as its body's
        c = _col_of_x((fa + fb) / 2, cols)
        if line in body_ids and cols[c] - 1 <= fa and fb <= cols[c + 1] + 1:
            lo, hi = ext.get(c, (fa, fb))
            ext[c] = (min(lo, fa), max(hi, fb))
    if columns is None:
        for i in head_ids:
            per_line[i] = _split_at_edges(per_line[i], ext, i, last=i == head_ids[-1])
    head_cells, n_head = _header_cells(head_ids, per_line, lines, cols, ruled_between, ext, h_all)
    rows, spanning, body_phrases = _spanning_labels(rows, lines, per_line, line_cols, cols, h_all)
    body_cells = _cells(rows, body_phrases, cols, lines, v_inside) + spanning
    if not rtl:
        _centred_across(body_cells, cols)
    for b in body_cells:
        b.row += n_head
    cells = head_cells + body_cells
    n_rows = n_head + len(rows)
    if n_rows == 0:
        return None
    head_top = min((lines[i].top for i in head_ids), default=None)
    ys = ([head_top] if n_head else []) + [r.top for r in rows] + [max(ln.bottom for ln in lines)]
    ys = ys[: n_rows + 1] if len(ys) >= n_rows + 1 else ys + [ys[-1]] * (n_rows + 1 - len(ys))
    return Structure(
        n_rows=n_rows, n_cols=len(cols) - 1, cells=cells, header_rows=n_head, columns=cols, rows=ys,
        bbox=(x0, top, x1, bottom), rtl=rtl,
    )


@dataclass
class _Block:
    a: int
    b: int
    top: float
    bottom: float
    items: list[tuple[int, Phrase]] = field(default_factory=list)
    level: int = 0


def _rule_span(p: Phrase, line_phrases: list[Phrase], lower: list[Phrase], rules: list[Ruling], height: float,
               ext: dict[int, tuple[float, float]], a: int, b: int) -> tuple[int, int]:
    """Columns of a group heading underlined by its own rule ("Principles" over P1 P2 P3): a rule
    just under it and wider than it, over which no other heading of its line lies, with two or more
    headings of the lower header lines under it. The group is the columns whose body text lies
    under that rule: a heading centred over a group of columns is often narrower than the group,
    and the rule says how far the group reaches. (A rule under the last header line has no
    headings under it: it closes the header.)"""
    for h in rules:
        if not (p.bottom - EDGE <= h.pos <= p.bottom + 0.8 * height):
            continue
        if not (h.start - EDGE <= p.x0 and p.x1 <= h.end + EDGE) or h.length < 1.2 * (p.x1 - p.x0):
            continue
        if any(q is not p and h.overlap(q.x0, q.x1) > 0 for q in line_phrases):
            continue
        if sum(1 for q in lower if q.top >= h.pos - EDGE and h.start - EDGE <= q.x0 and q.x1 <= h.end + EDGE) < 2:
            continue
        under = sorted(c for c, (lo, hi) in ext.items() if h.overlap(lo, hi) >= 0.5 * max(hi - lo, EDGE))
        if under and under[0] <= a and b <= under[-1] and under == list(range(under[0], under[-1] + 1)):
            return under[0], under[-1]
    return a, b


def _gutter_span(p: Phrase, line_phrases: list[Phrase], lower: list[Phrase], cols: list[float],
                 ext: dict[int, tuple[float, float]], a: int, b: int) -> tuple[int, int]:
    """Columns of a group heading centred over two columns ("2017" over Required / Funded): its
    middle lies in the gutter between the body text of two adjacent columns, it is aligned with the
    body text of neither, no other heading of its line lies over the pair, and the lower header
    lines have a heading in each of the two. (A merged spreadsheet cell over two columns is centred
    on their common edge; a heading of one column lies over that column's text.)"""
    if a != b:
        return a, b
    # the columns of each lower heading, found once for both pairs and every test below
    ranges: dict[int, tuple[int, int]] = {}

    def col_range(q: Phrase) -> tuple[int, int]:
        r = ranges.get(id(q))
        if r is None:
            r = ranges[id(q)] = _col_range(q, cols)
        return r

    for c in (a - 1, a):
        if c not in ext or c + 1 not in ext:
            continue
        lo, hi = ext[c][1], ext[c + 1][0]
        under = [q for q in lower if q.top >= p.bottom - EDGE]
        if not lo < p.center < hi:
            # or centred over the pair as its headings and figures span it (figures right-aligned
            # under wider headings put the pair's middle inside the first column's text)
            left = min([ext[c][0]] + [q.x0 for q in under if col_range(q) == (c, c)])
            right = max([ext[c + 1][1]] + [q.x1 for q in under if col_range(q) == (c + 1, c + 1)])
            tol = max(1.5, 0.15 * p.size)
            # (the pair's cells are centred on: their text, or the boundaries in the gutters)
            if min(abs(p.center - (left + right) / 2), abs(p.center - (cols[c] + cols[c + 2]) / 2)) > tol \
                    or p.x1 - p.x0 >= right - left:
                continue
        if any(abs(p.x1 - e[1]) <= 1.5 or abs(p.x0 - e[0]) <= 1.5 for e in (ext[c], ext[c + 1])):
            continue
        if any(q is not p and q.x1 > ext[c][0] and q.x0 < ext[c + 1][1] for q in line_phrases):
            continue
        # rule 143: centred on a heading of one column under it, it is that heading's first line
        # ("2024" over "$", both centred in a cell wider than its figures set right)
        if any(abs(p.center - q.center) <= 0.25 * p.size and col_range(q) in ((c, c), (c + 1, c + 1))
               for q in under if q.top < p.bottom + p.size):
            continue
        below = {col_range(q) for q in under}
        if (c, c) in below and (c + 1, c + 1) in below:
            return c, c + 1
    return a, b


def _figure_cell(p: Phrase, r: tuple[int, int], ext: dict[int, tuple[float, float]],
                 lower: list[Phrase]) -> tuple[int, int]:
    """Rule 400: headings centred in cells stretched to the text's width over figures set right stand
    in the gutters left of their figures ("Reached  Pledged  Required" over "95  43  62"). A heading
    over no column's text, within the gutter of two neighbouring columns and reaching over the
    boundary drawn in it, whose middle lies where the second column's cell has its middle when its
    figures are set right (halfway between the two columns' right edges, to a quarter em left or
    half an em right of it: a cell's padding), is the second column's heading; unless a heading of
    a lower header line stands in that cell other than its own wrapped line (centred under it): a
    heading over two columns' headings."""
    a, b = r
    if b != a + 1 or a not in ext or b not in ext:
        return r
    (_lo_a, hi_a), (lo_b, hi_b) = ext[a], ext[b]
    if not (hi_a <= p.x0 and p.x1 <= lo_b):
        return r
    mid = (hi_a + hi_b) / 2
    if not (mid - 0.25 * p.size <= p.center <= mid + 0.5 * p.size):
        return r
    if any(q.x0 < hi_b and q.x1 > hi_a and abs(q.center - p.center) > 0.25 * p.size for q in lower):
        return r
    return b, b


def _header_cells(head_ids: list[int], per_line, lines, cols, ruled_between,
                  ext: dict[int, tuple[float, float]] | None = None,
                  rules: list[Ruling] | None = None) -> tuple[list[CellBox], int]:
    """Header cells as a tree: a heading spanning several columns is the parent of the headings
    below it in those columns; each heading is one cell (its lines joined), one header row per
    level, leaves reaching down to the last header row."""
    if not head_ids:
        return [], 0

    def line_ranges(i: int) -> list[tuple[int, int]]:
        return [_head_range(p, cols, ext, per_line[i] if i == head_ids[-1] else None) if ext
                else _col_range(p, cols) for p in per_line[i]]

    spans = _repeated_groups(head_ids, per_line, cols, line_ranges)
    blocks: list[_Block] = []
    for k, i in enumerate(head_ids):
        line = lines[i]
        ranges = [spans.get(id(p)) or r for p, r in zip(per_line[i], line_ranges(i))]
        if ext:
            lower = [q for j in head_ids[k + 1:] for q in per_line[j]]
            ranges = [_figure_cell(p, r, ext, lower) for p, r in zip(per_line[i], ranges)]
        for p, (a, b) in zip(per_line[i], ranges):
            # rule 73: a heading reaching over two columns' text, one of which has a heading of
            # its own on this line, heads the other ("DESCRIPTION ... AMOUNT ($)": the long
            # descriptions run on under the amount's heading)
            for qa, qb in ranges:
                if (qa, qb) != (a, b) and a < b and qa <= qb:
                    if qa == a and qb < b:
                        a = qb + 1
                    elif qb == b and qa > a:
                        b = qa - 1
            if ext and rules:
                lower = [q for k in head_ids if k > i for q in per_line[k]]
                a, b = _rule_span(p, per_line[i], lower, rules, line.height, ext, a, b)
            if ext:
                lower = [q for k in head_ids if k > i for q in per_line[k]]
                a, b = _gutter_span(p, per_line[i], lower, cols, ext, a, b)
            target = None
            for blk in reversed(blocks):
                if blk.a <= a and b <= blk.b and (blk.a, blk.b) != (a, b) and p.top - blk.bottom <= 0.9 * max(
                        line.height, 4.0) and _wrapped_under(p, blk, per_line[i], cols):
                    a, b = blk.a, blk.b
                if blk.a == a and blk.b == b:
                    gap = p.top - blk.bottom
                    between = [o for o in blocks if o is not blk and o.a <= b and o.b >= a
                               and o.top >= blk.bottom - 0.5 and o.bottom <= p.top + 0.5]
                    last_line = lines[blk.items[-1][0]]
                    if gap <= 0.9 * max(line.height, 4.0) and not between and not ruled_between(
                            last_line, line, cols[a], cols[b + 1]):
                        target = blk
                    break
                if blk.a <= b and blk.b >= a and blk.bottom > p.top - 0.5 * line.height:
                    continue
            if target is None:
                target = _Block(a, b, p.top, p.bottom)
                blocks.append(target)
            target.items.append((i, p))
            target.bottom = max(target.bottom, p.bottom)
    # levels: one more than the deepest heading above whose columns include this one's
    blocks.sort(key=lambda blk: blk.top)
    for k, blk in enumerate(blocks):
        parents = [o for o in blocks[:k] if o.a <= blk.a and o.b >= blk.b and o.bottom <= blk.top + 1.0]
        blk.level = 1 + max((o.level for o in parents), default=-1)
    n_levels = 1 + max(blk.level for blk in blocks)
    cells: list[CellBox] = []
    taken: set[tuple[int, int]] = set()
    for blk in blocks:
        has_child = any(o.level > blk.level and o.a >= blk.a and o.b <= blk.b for o in blocks)
        rs = 1 if has_child else n_levels - blk.level
        positions = {(r, c) for r in range(blk.level, blk.level + rs) for c in range(blk.a, blk.b + 1)}
        if positions & taken:
            # two headings claim one place: add this one's words to the cell already there
            for cell in cells:
                if (cell.row, cell.col) in positions or any(
                        (r, c) in positions for r in range(cell.row, cell.row + cell.row_span)
                        for c in range(cell.col, cell.col + cell.col_span)):
                    for i, p in blk.items:
                        for w in p.words:
                            cell.add(i, w)
                    break
            continue
        taken |= positions
        box = CellBox(blk.level, blk.a, rs, blk.b - blk.a + 1)
        for i, p in blk.items:
            for w in p.words:
                box.add(i, w)
        cells.append(box)
    return cells, n_levels


def _wrapped_under(p: Phrase, blk: _Block, line_phrases: list[Phrase], cols: list[float]) -> bool:
    """Rule 146: a heading's next line, centred under its last line or starting where it starts, with
    no other heading of its line under that heading's columns ("People in" over "need", the heading
    over a column of currency signs and figures, the short line over the figures only): the same
    heading, whose columns it takes. Under a heading of a group of columns the line holds a heading
    for each of them."""
    last = blk.items[-1][1]
    tol = 0.25 * p.size
    lined = abs(p.center - last.center) <= tol or abs(p.x0 - last.x0) <= tol
    if not lined or p.top < last.bottom - 0.5 * p.size:
        return False
    lo, hi = cols[blk.a], cols[blk.b + 1]
    return not any(q is not p and q.x0 < hi and q.x1 > lo for q in line_phrases)


def _repeated_groups(
    head_ids: list[int], per_line, cols: list[float], line_ranges,
) -> dict[int, tuple[int, int]]:
    """Rule 131: a header line repeating one sequence of headings over consecutive columns
    ("Expenditure Gap Expenditure Gap Expenditure Gap"), under a line holding one heading over each
    repetition ("2017", "2022", "2023"; the nearest such line above, a line between holding headings
    of other columns only), is a group header: each heading above spans its repetition's
    columns. Centred over the two columns and set close above them, such a heading lies over the
    first column only and was read as the first line of that column's heading ("2017 Expenditure").
    A heading's first line does not fall into step with the repeated headings under it, and is
    centred on its next line or starts where it starts (within a quarter em): such a line is none.
    Returns
    id(phrase) -> its columns, for the headings above."""
    out: dict[int, tuple[int, int]] = {}
    for n_above, lower in enumerate(head_ids[1:], 1):
        below = sorted(((a, p) for p, (a, b) in zip(per_line[lower], line_ranges(lower)) if a == b),
                       key=lambda t: t[0])
        texts = [" ".join(p.text.lower().split()) for _a, p in below]
        found = None
        for k in (2, 3, 4):
            for s0 in range(len(below)):
                n = 0
                while s0 + n < len(below) and below[s0 + n][0] == below[s0][0] + n \
                        and texts[s0 + n] == texts[s0 + n % k]:
                    n += 1
                m = n // k
                if m >= 2 and len(set(texts[s0:s0 + k])) == k:
                    found = [(below[s0 + g * k][0], below[s0 + g * k + k - 1][0]) for g in range(m)]
                    break
            if found:
                break
        if not found:
            continue
        # the nearest line above holding one heading over each repetition, within it (half an em of
        # slack) and read over no column outside it (a heading is only ever widened to its
        # repetition); a line between the two may hold headings of other columns only
        span_lo, span_hi = cols[found[0][0]], cols[found[-1][1] + 1]
        for upper in reversed(head_ids[:n_above]):
            picks: dict[int, tuple[int, int]] = {}
            for a, b in found:
                lo, hi = cols[a], cols[b + 1]
                inside = [(p, r) for p, r in zip(per_line[upper], line_ranges(upper))
                          if lo <= (p.x0 + p.x1) / 2 <= hi]
                if len(inside) != 1:
                    picks = {}
                    break
                p, (ra, rb) = inside[0]
                # (centred on a heading of the line under it, or starting where it starts: that
                # heading's first line, "People in" over "need")
                under = [q for c, q in below if a <= c <= b and q.x0 < p.x1 and q.x1 > p.x0]
                lined = any(min(abs(p.x0 - q.x0), abs(p.x0 + p.x1 - q.x0 - q.x1) / 2) <= 0.25 * p.size
                            for q in under)
                if p.x0 < lo - 0.5 * p.size or p.x1 > hi + 0.5 * p.size or not a <= ra <= rb <= b or lined:
                    picks = {}
                    break
                picks[id(p)] = (a, b)
            if picks:
                out.update(picks)
                break
            if any(p.x1 > span_lo and p.x0 < span_hi for p in per_line[upper]):
                break
    return out


def _centred_text_rows(first_body: int, lines: list[Line], line_cols) -> tuple[int, list[list[int]] | None]:
    """Rule 291: a column of wrapped texts (remarks) centred vertically on their rows. Rows whose label
    and figures are one line beside a text of several lines set at its leading, the text centred on
    them, put the text's first lines above the row's line: they were read as the rest of the row
    above, or as the header's last lines. Where every line of the body (from ``first_body``, or from
    the lines right above it holding that column's text alone) is a row's line (a label or a figure)
    or a line of one text column alone; that column's lines fall into blocks at their leading (a
    wider step between blocks); each block holds exactly one row's line, centred on it (within a
    quarter line; the lines of a label wrapped beside it may be in the block too); and one block at
    least reaches above its row's line, each block is its row's text (a row's line outside every block
    stands alone when it holds figures; a label's line alone outside them undoes the reading).
    Returns the first body line
    and the rows' lines (None when the body is not so)."""
    n = len(lines)

    def anchor(i: int) -> bool:
        return 0 in line_cols[i] or any(is_value(p.text) for ps in line_cols[i].values() for p in ps)

    if n - first_body < 4 or not 0 < first_body:
        return first_body, None
    texts = {c for i in range(first_body, n) if not anchor(i) for c in line_cols[i]}
    if len(texts) != 1:
        return first_body, None
    (col,) = texts
    if any(is_value(p.text) for i in range(first_body, n) for p in line_cols[i].get(col, [])):
        return first_body, None
    if any(not anchor(i) and set(line_cols[i]) != {col} for i in range(first_body, n)):
        return first_body, None
    lowest = first_body
    # (rule 383: and a label's lines wrapped beside the text, centred on the row with it)
    while lowest - 1 > 0 and (set(line_cols[lowest - 1]) == {col} and not anchor(lowest - 1)
                              or set(line_cols[lowest - 1]) == {0} and not _has_values(line_cols[lowest - 1][0])):
        lowest -= 1
    # the lines of that column alone right above the body may be its first row's text or the header's
    for start in range(lowest, first_body + 1):
        rows = _centred_blocks(start, lines, line_cols, col, anchor)
        if rows:
            return start, rows
    return first_body, None


def _centred_blocks(start: int, lines: list[Line], line_cols, col: int, anchor) -> list[list[int]] | None:
    """``_centred_text_rows`` from line ``start``: the rows' lines, or None."""
    n = len(lines)
    height = median(lines[i].height for i in range(start, n))
    with_text = [i for i in range(start, n) if col in line_cols[i]]
    steps = [lines[b].top - lines[a].top for a, b in zip(with_text, with_text[1:])]
    if len(steps) < 3:
        return None
    leading = min(steps)
    blocks = [[with_text[0]]]
    for i, step in zip(with_text[1:], steps):
        if step > leading + 0.15 * height:
            blocks.append([i])
        else:
            blocks[-1].append(i)
    anchors = [i for i in range(start, n) if anchor(i)]
    rows, owned, above = [], set(), False
    for blk in blocks:
        lo, hi = lines[blk[0]].top, lines[blk[-1]].bottom
        mine = [i for i in anchors if lo - 0.1 * height <= (lines[i].top + lines[i].bottom) / 2 <= hi + 0.1 * height]
        # one line of figures, and beside it perhaps the lines of a label wrapped and centred too
        valued = [i for i in mine if set(line_cols[i]) != {0}]
        if len(valued) != 1 or owned & set(mine):
            return None
        a = valued[0]
        if abs((lines[a].top + lines[a].bottom) / 2 - (lo + hi) / 2) > 0.25 * height:
            return None
        above = above or blk[0] < a
        owned |= set(mine)
        rows.append(sorted(set(blk) | set(mine)))
    # a row without text in that column stands alone; a line of a label alone outside every block is
    # a wrapped label's, whose row this reading cannot tell
    if not above or any(set(line_cols[a]) == {0} for a in anchors if a not in owned):
        return None
    rows += [[a] for a in anchors if a not in owned]
    rows.sort()
    if sorted(i for r in rows for i in r) != list(range(start, n)):
        return None
    return rows


def _rows_from_lines(lines: list[Line], per_line: list[list[Phrase]], line_cols: list[dict[int, list[Phrase]]],
                     n_cols: int, ruled_between) -> list[_Row]:
    n = len(lines)
    if n == 0:
        return []
    # (rule 161: from each line's full-size words: a raised note marker lifts no line's top)
    gaps = [_full_size_top(lines[i + 1]) - lines[i].bottom for i in range(n - 1)]
    height = median(ln.height for ln in lines)
    # two-level spacing: within-cell line gaps clearly smaller than between-row gaps (the larger
    # gaps at least a quarter line and almost twice the smaller ones; lines overlapping by more
    # than a fifth of a line are stacked marks, not spacing)
    split_gap = None
    body_gaps = sorted(g for g in gaps if g > -0.2 * height)
    if len(body_gaps) >= 4:
        lo = body_gaps[: len(body_gaps) // 3 or 1]
        hi = body_gaps[-(len(body_gaps) // 3 or 1):]
        small, large = median(lo), median(hi)
        if large - small >= 0.25 * height and large >= 1.8 * max(small, 0.05 * height):
            split_gap = (small + large) / 2

    def values(i: int) -> bool:
        return any(c > 0 and any(is_value(p.text) for p in ps) for c, ps in line_cols[i].items()) or (
            len(line_cols[i]) >= 2 and any(is_numeric(p.text) for ps in line_cols[i].values() for p in ps)
        )

    def label(i: int) -> str:
        ps = line_cols[i].get(0, [])
        return " ".join(p.text for p in ps)

    def only_label(i: int) -> bool:
        return set(line_cols[i]) == {0}

    def shares_under(group: list[int], j: int) -> bool:
        """Rule 106: line j holds only shares in brackets, no label, each under a figure of the row
        ("12,345" over "(56%)"): the second line of those cells, not a row of its own. Rule 270:
        or changes and shares without brackets in smaller type (``under_figures``)."""
        if not line_cols[j] or 0 in line_cols[j]:
            return False
        if not share_line(line_cols[j]):
            return under_figures(line_cols, group, j)
        return all(any(is_value(p.text) and not is_share(p.text) for i in group for p in line_cols[i].get(c, []))
                   for c in line_cols[j])

    def closes_above(group: list[int], j: int) -> bool:
        """Line j holds no label and, in each of its columns, closes a bracket the row's text there
        left open ("348,681 (of which" over "5,694)"): the rest of those cells, wrapped in a narrow
        column, not a row of its own."""
        if not line_cols[j] or 0 in line_cols[j]:
            return False
        for c, ps in line_cols[j].items():
            above = " ".join(p.text for i in group for p in line_cols[i].get(c, []))
            text = " ".join(p.text for p in ps)
            if not (_unclosed(above) and text.count(")") > text.count("(")):
                return False
        return True

    def centred_beside(a: int, b: int, c: int) -> bool:
        """Values on line b centred beside a label wrapped over lines a and c, overlapping both: a and c
        hold text in the same columns, b none of them and a value, a and c none."""
        cols_a = set(line_cols[a])
        return (bool(cols_a) and not values(a) and not values(c) and values(b)
                and not cols_a & set(line_cols[b]) and set(line_cols[c]) <= cols_a
                and lines[b].top < lines[a].bottom and lines[c].top < lines[b].bottom)

    rows: list[_Row] = []
    i = 0
    while i < n:
        group = [i]
        j = i + 1
        while j < n:
            prev = group[-1]
            if ruled_between(lines[prev], lines[j]):
                break
            gap = _full_size_top(lines[j]) - lines[prev].bottom
            pitch = max(lines[prev].height, lines[j].height)
            if gap > 1.2 * pitch:
                break
            if shares_under(group, j) or closes_above(group, j):
                group.append(j)
                j += 1
                continue
            if gap < -0.2 * min(lines[prev].height, lines[j].height) and \
                    _compatible_continuation(group, j, line_cols, values):
                # lines lying over each other are one row (values centred beside a wrapped label)
                group.append(j)
                j += 1
                continue
            if split_gap is not None:
                if gap < split_gap and _compatible_continuation(group, j, line_cols, values):
                    group.append(j)
                    j += 1
                    continue
                if gap >= split_gap:
                    break
            if values(j) and j + 1 < n and not any(values(k) for k in group) \
                    and centred_beside(prev, j, j + 1):
                # values centred beside a label wrapped over two lines, overlapping both (rule 130: in
                # any column, a country beside a region column empty on most lines)
                group.append(j)
                j += 1
                continue
            if j + 2 < n and centred_beside(j, j + 1, j + 2):
                # rule 130: that label's first line starts a row of its own, not a wrapped text cell
                # of the row above
                break
            if _continues_row(group, j, line_cols, values, label, only_label, lines):
                group.append(j)
                j += 1
                continue
            break
        rows.append(_Row(group, min(lines[k].top for k in group), max(lines[k].bottom for k in group)))
        i = j
    # labels whose values are on their last line: a value-less label row directly above a row
    # whose label continues it joins that row
    merged: list[_Row] = []
    k = 0
    while k < len(rows):
        r = rows[k]
        if (k + 1 < len(rows) and not any(values(i) for i in r.lines)
                and all(only_label(i) for i in r.lines) and any(values(i) for i in rows[k + 1].lines)):
            nxt = rows[k + 1]
            first_next = nxt.lines[0]
            # rule 161: a raised note marker ("1,077²") lifts no line's top: the blank above a row is
            # measured from its full-size words
            gap = _full_size_top(lines[first_next]) - lines[r.lines[-1]].bottom
            pitch = lines[first_next].height
            lab_next = label(first_next)
            lab_this = label(r.lines[-1])
            prev_gap = (lines[r.lines[0]].top - lines[rows[k - 1].lines[-1]].bottom) if k > 0 else None
            # a group heading ("Wealth index" over "Lowest", "Second" ...) is set apart by its
            # style; a wrapped label keeps the style of the label it continues
            fonts_this = {w.get("fontname") for i in r.lines for p in line_cols[i].get(0, []) for w in p.words}
            fonts_next = {w.get("fontname") for p in line_cols[first_next].get(0, []) for w in p.words}
            joins = (
                not ruled_between(lines[r.lines[-1]], lines[first_next])
                and gap <= 0.8 * pitch
                and fonts_this <= fonts_next
                and (lab_next[:1].islower() or bool(_CONTINUES.search(lab_this))
                     or (prev_gap is not None and prev_gap > gap + 0.15 * pitch))
            )
            if joins:
                merged.append(_Row(r.lines + nxt.lines, r.top, nxt.bottom))
                k += 2
                continue
        merged.append(r)
        k += 1
    return merged


def _full_size_top(line: Line) -> float:
    """The top of a line's words in its own type (a note marker set smaller and raised is left out)."""
    return min((w["top"] for w in line.words if (w.get("size") or line.size) >= 0.8 * line.size), default=line.top)


def under_figures(line_cols: list[dict[int, list[Phrase]]], group: list[int], j: int) -> bool:
    """Rule 270: line j holds no label, and in each of its columns a change or share printed
    without brackets (a signed figure or a percentage) under a figure of ``group``'s lines in that
    column ("401,908" over "-18.3%"): the second line of those cells, not a row of its own."""
    cols = line_cols[j]
    if not cols or 0 in cols or not group:
        return False
    figures = [p.size for i in group for ps in line_cols[i].values() for p in ps if is_value(p.text)]
    smaller = bool(figures) and max(p.size for ps in cols.values() for p in ps) <= 0.9 * max(figures)
    return qualifier_line([p.text for ps in cols.values() for p in ps], smaller) and all(
        any(is_value(p.text) and not qualifies(p.text) for i in group for p in line_cols[i].get(c, []))
        for c in cols)


def share_line(cols: dict[int, list[Phrase]]) -> bool:
    """Rule 106: every phrase of the line is a share in brackets ("(56%)", "(+3.2%)")."""
    return bool(cols) and all(is_share(p.text) for ps in cols.values() for p in ps)


def _label_fonts(line_cols, i: int) -> set:
    return {w.get("fontname") for p in line_cols[i].get(0, []) for w in p.words}


def _compatible_continuation(group: list[int], j: int, line_cols, values) -> bool:
    """With two-level spacing, a closely following line joins unless both hold values in the same
    column (two rows of numbers), or the group is a heading in another style over a row of values."""
    if values(j) and not any(values(i) for i in group):
        fonts_group = set().union(*(_label_fonts(line_cols, i) for i in group))
        fonts_j = _label_fonts(line_cols, j)
        if fonts_group and fonts_j and not fonts_group <= fonts_j:
            return False
    if values(j) and any(values(i) for i in group):
        cols_j = {c for c, ps in line_cols[j].items() if any(is_value(p.text) for p in ps)}
        cols_g = {c for i in group for c, ps in line_cols[i].items() if any(is_value(p.text) for p in ps)}
        if cols_j & cols_g:
            return False
    return True


def _unclosed(text: str) -> bool:
    """A bracket opened and not closed: the text goes on."""
    return text.count("(") > text.count(")")


def _continues_row(group: list[int], j: int, line_cols, values, label, only_label, lines) -> bool:
    """Does line j continue the row made of ``group`` (wrapped label or wrapped text cells)?"""
    if values(j):
        return False
    cols_j = set(line_cols[j])
    if not cols_j:
        return False
    first = group[0]
    if not any(values(i) for i in group):
        # a label-only row followed by a label-only line: continue only on clear evidence
        if cols_j == {0} and all(set(line_cols[i]) == {0} for i in group):
            lab = label(j)
            return lab[:1].islower() or bool(_CONTINUES.search(label(group[-1])))
        return False
    # the row has values; the line continues its text cells
    text_cols = {c for i in group for c, ps in line_cols[i].items() if not all(is_value(p.text) for p in ps)}
    if 0 not in cols_j:
        return cols_j <= text_cols
    lab = label(j)
    size_j = max((p.size for p in line_cols[j].get(0, [])), default=0.0)
    if cols_j == {0} and size_j <= 0.92 * max((p.size for i in group for p in line_cols[i].get(0, [])), default=0.0):
        # rule 273: a label in type clearly smaller than the row's ("of which: women" under its
        # parent, its figure left blank) starts a row of its own: a wrapped label keeps its type
        return False
    if lab[:1].islower() or bool(_CONTINUES.search(label(group[-1]))):
        return True
    if cols_j == {0} and _unclosed(" ".join(label(i) for i in group)):
        # rule 145: a label whose bracket is still open goes on ("Venezuela (Bolivarian" over
        # "Republic of)", the values on the middle line of three)
        return True
    # indented under the label of the row: a continuation
    first_x = min((p.x0 for p in line_cols[first].get(0, [])), default=None)
    this_x = min((p.x0 for p in line_cols[j].get(0, [])), default=None)
    indent = 0.4 * lines[j].size  # an indent is a good part of an em (a space is about a quarter)
    if first_x is not None and this_x is not None and this_x > first_x + indent and cols_j <= text_cols:
        return True
    return False


# -------------------------------------------------------------------------------------------- cells


def _cells(rows: list[_Row], per_line, cols, lines, v_rulings) -> list[CellBox]:
    cells: list[CellBox] = []
    for r, row in enumerate(rows):
        slots: dict[int, CellBox] = {}
        spans: list[tuple[int, int, int, Phrase]] = []
        for i in row.lines:
            for p in per_line[i]:
                a, b = _col_range(p, cols)
                if b > a:
                    # a phrase crossing a separator: a ruling there splits it word by word
                    if any(_ruled_at(cols[c], p, v_rulings) for c in range(a + 1, b + 1)):
                        for w in p.words:
                            cw = _col_of_x((w["x0"] + w["x1"]) / 2, cols)
                            slots.setdefault(cw, CellBox(r, cw, 1, 1)).add(i, w)
                        continue
                    spans.append((a, b, i, p))
                    continue
                box = slots.setdefault(a, CellBox(r, a, 1, 1))
                for w in p.words:
                    box.add(i, w)
        for a, b, i, p in spans:
            # the spanning phrase takes in whatever else lies in its columns on this row
            box = CellBox(r, a, 1, b - a + 1)
            for w in p.words:
                box.add(i, w)
            for k in [k for k, s in slots.items() if s.col <= b and s.col + s.col_span - 1 >= a]:
                s = slots.pop(k)
                box.absorb(s)
                lo, hi = min(box.col, s.col), max(box.col + box.col_span, s.col + s.col_span)
                box.col, box.col_span = lo, hi - lo
            slots[box.col] = box
        cells.extend(slots[c] for c in sorted(slots))
    return cells


def _centred_across(cells: list[CellBox], cols: list[float]) -> None:
    """Rule 241: words centred over empty cells of value columns ("Not applicable" set across a
    row's figures, narrower than the columns it covers) span them. A body cell of words, past the
    label column, with empty cells beside it (up to the next filled cell, or the table's edge, but
    never the label column), whose middle is within three quarters of an em of the middle of the
    run of those cells and its own, spans the run when each of the run's columns holds figures on
    two other rows at least. In place."""
    by_row: dict[int, list[CellBox]] = {}
    for c in cells:
        by_row.setdefault(c.row, []).append(c)
    n = len(cols) - 1
    valued: dict[int, set[int]] = {}
    for c in cells:
        if c.col_span == 1 and is_value(c.text):
            valued.setdefault(c.col, set()).add(c.row)
    for r, row in by_row.items():
        taken = {k for c in row for k in range(c.col, c.col + c.col_span)}
        for c in row:
            text = c.text
            if c.col < 1 or not c.words or is_value(text) or not _TWO_LETTERS.search(text) \
                    or _TWO_DIGITS.search(text):
                continue
            lo, hi = c.col, c.col + c.col_span - 1
            while lo - 1 >= 1 and lo - 1 not in taken:
                lo -= 1
            while hi + 1 < n and hi + 1 not in taken:
                hi += 1
            if (lo, hi) == (c.col, c.col + c.col_span - 1):
                continue
            ws = c.words
            em = median(w["bottom"] - w["top"] for w in ws)
            mid = (min(w["x0"] for w in ws) + max(w["x1"] for w in ws)) / 2
            if abs(mid - (cols[lo] + cols[hi + 1]) / 2) > 0.75 * em:
                continue
            if all(len(valued.get(k, set()) - {r}) >= 2 for k in range(lo, hi + 1)):
                c.col, c.col_span = lo, hi - lo + 1
                taken |= set(range(lo, hi + 1))


def _ruled_at(x: float, p: Phrase, v_rulings: list[Ruling]) -> bool:
    return any(abs(v.pos - x) <= 2.0 and v.start - 1 <= p.top and v.end + 1 >= p.bottom for v in v_rulings)


def _col_of_x(x: float, cols: list[float]) -> int:
    for c in range(len(cols) - 1):
        if x < cols[c + 1]:
            return c
    return len(cols) - 2
