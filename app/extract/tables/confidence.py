"""How well a table's grid explains the words it was made from: a confidence between 0 and 1.

The score multiplies one factor per kind of evidence that the grid is off (docs/extraction.md,
"Confidence"):

* **unassigned words**: words inside the table's box that no cell took;
* **merged values**: body cells holding two values side by side ("317 817"; a space used as a
  thousands separator, "1 234", is one value), the mark of a missed column;
* **ragged columns**: body columns whose texts line up on no edge (left, right or middle);
* **cells crossing rules**: words that a vertical ruling of the table runs through;
* **orphan values**: body rows with values but no label, in a table whose other rows have labels
  (values that slid down a row, or a label that went to the row above); a label spanning rows, or
  a group label printed on the first of its rows beside a column naming every row, labels them;
* **totals that do not add up** (``totals.check_totals``; alone not enough to doubt a table: the
  source itself may be wrong);
* **value columns without a heading** while other columns have one, **no header row** at all, and
  **text lined up with the table** right above or below it (two phrases or more on a line within
  1.6 line pitches: a header or a row left out; a line of running text cut by the box is none);
* **labels holding a figure** ("Livelihoods $ 3,911"), **header lines inside the body**, **rows
  whose filled columns differ from the others'** and **labels starting in lower case** (the rest of
  a wrapped label taken for a row): ``_grid_evidence``;
* where the grid's cells sit among the words (``_cell_evidence``): **a wrapped line left out** (a
  line just outside the box, at a cell's leading and lined up with it), **a cell whose lines line
  up on no edge**, **a wide gap inside a cell** between two words, **a spanning cell that splits
  cleanly at its columns**, **a header line left out** (a line right above whose words fall
  into the table's columns, lined up with their texts) and **a spanning heading read into one
  cell** (its first line centred over its next line and the neighbouring heading on that line),
  **two rows read as one** (a cell's lines spaced as the rows are) and **a row left out below** (a
  line under the box at the row pitch, lined up with the labels);
* **a note that the table goes on read as a row** ("(continued on next page)" as the first or last row);
* spanning headings set wrong (``_cell_evidence``): **a heading over two columns kept to one** (centred
  over the cell under it and the neighbouring heading that spans both header rows) and **a heading
  read into a cell stretched from the left** (its words inside a later column of the span alone,
  lined up with that column);
* **a label set off its rows** (``label_off``: neither level with their lines' top or bottom nor
  centred on them);
* **headings run together and cut wrong** (``head_off``: neighbouring headings no farther apart
  than their words, one of them lined up with its column on no edge);
* with the page's other tables: **a table cut in two** (``_cut_in_two``) and, in a table without a
  header row, **a line of headings right above it** (``heads_above``; a heading may run past the
  box, each word judged by its middle);
* **a line cut between two rows** (``_rows_level``: lines of two rows set level) and **a heading
  holding large figures** (``head_values``: a key-value block's values read into the header row);
* **a bracket cut between two cells** (``bracket_cut``: a cell leaves a bracket open that the next
  cell on its row closes, "(USD" | "million)").
* texts across a body row's columns (``_body_spans``): **a figure run into a text across columns**
  (``span_figure``: "6,382 Funded under the regional plan"), **a text across columns off its span**
  (``span_centre``: centred across five empty columns, read over two), **a phrase cut between two
  cells** (``phrase_cut``: "Not" | "reported", a word space apart) and **a text across columns kept
  to one** (``span_lost``: "Not reported" in one figure column, off its figures, beside empty cells).
* headings and titles read wrong (``_session45_evidence``, rules 390-392): **two headings read into
  one spanning cell** (``heads_in_span``: each column's part lined up with its figures), **a title
  line read as the first header row** (``title_head``: centred on the page's title line above) and
  **dot leaders kept in a cell** (``leaders``).

What the evidence reads as headings: the header rows, extended down as far as their cells span,
or, in a table without header rows, a first line of years over the value columns and the lines
without figures under it (``_years_line``).

The weights (``WEIGHTS``) were chosen for ranking on the generated development part. The figure is meant to rank tables for a person's review (low first), not as a probability.
"""

from __future__ import annotations

import re
from statistics import median

from app.document.model import Table
from app.extract.tables.columns import is_unit
from app.extract.tables.detect import CAPTION, is_note
from app.extract.tables.structure import Structure
from app.extract.tables.text import CONTINUED, group_lines, is_value, qualifier_line, qualifies
from app.extract.tables.totals import _close, check_totals

_GROUP = re.compile(r"^\d{3}(?:[.,]\d+)?%?\)?$")
#: a share or a signed change in parentheses after a count ("1269 (19.9%)", "5,477 (+3.3%)"): one value
#: with its percentage
_SHARE = re.compile(r"^\([-+\u2212]?\d+(?:[.,]\d+)?\s?%\)$")
#: a year closing a label ("Q1 2010", "Population 2009**"): part of the label, not a figure run into it
#: a note under a table that the note rule (``detect.is_note``) does not know: a mark in parentheses
#: ("(*) Forecast.", "(:) Not available.", "(a) …") or an abbreviation explained ("GDP: Gross …")
_NOTE_MARK = re.compile(r"^(?:\([^\w\s]{1,3}\)|\([a-z]\)\s|[A-Z][A-Z0-9-]+:\s)")
_YEAR = re.compile(r"^(?:19|20)\d\d\W*$")
#: rule 274: a row naming a part of the row above ("of which: women", "o/w earmarked", "thereof",
#: "incl. in kind", "dont", "de los cuales"): a row of its own, not the rest of a wrapped label
_PART_ROW = re.compile(r"^[-\u2013\u2014]?\s*(?:of which|o/w|thereof|incl\.?|including|dont|de los cuales|de ellos)(?![a-z])",
                       re.IGNORECASE)
#: a note that the table goes on ("(cont.)", "(continued on next page)", "suite", "continuación"): no row
_GOES_ON = re.compile(r"^\W*" + CONTINUED + r"(?:\s+(?:on|over|from|à|en)\b.*)?\W*$", re.IGNORECASE)


def _merged_values(text: str) -> bool:
    parts = text.split()
    if len(parts) < 2 or not all(is_value(p) for p in parts):
        return False
    return any(not _GROUP.match(p) and not (k == len(parts) - 1 and _SHARE.match(p))
               for k, p in enumerate(parts[1:], 1))


def _figure_over_change(words: list[dict]) -> bool:
    """Rule 270: a cell of two lines, a figure and under it its change or share ("401,908" over
    "-18.3%")."""
    if len(words) < 2:
        return False
    lines = group_lines(words)
    return (len(lines) == 2 and is_value(lines[0].text) and not qualifies(lines[0].text)
            and qualifier_line([lines[1].text], lines[1].size <= 0.9 * lines[0].size))


def _phrases_in_line(words: list[dict], em: float) -> int:
    """The most phrases (runs of words closer than an em) on one line among ``words``; a caption
    ("Table 1:  Real GDP …") or a note ("(*)  Forecast.", "Source: …") set apart from its text is
    one phrase (it is no header or row left out). Lines as ``group_lines`` makes them: a raised or
    lowered sign ("χ²", "=") stays on its line."""
    best = 0
    for line in group_lines(words):
        if CAPTION.match(line.text.strip()) or is_note(line.text) or _NOTE_MARK.match(line.text.strip()):
            continue
        ws = sorted(line.words, key=lambda w: w["x0"])
        cuts = [k for k, (a, b) in enumerate(zip(ws, ws[1:]), 1) if b["x0"] - a["x1"] > em]
        # a term and its colon in the first phrase, what follows set apart: a legend ("Other Sources:
        # LDA   La Distribution …") or a key and its value ("Appeal code:   6,273,715"), no row
        if cuts and any(w["text"].endswith(":") for w in ws[:cuts[0]]):
            continue
        best = max(best, 1 + len(cuts))
    return best


def _years_line(table: Table) -> int:
    """How many rows at the top of a table without a header row are its headings, read from their
    text: a first line of years over the value columns (two or more, besides them headings without a
    figure and a label that is no figure: "| 1994 | 1991 | 1987", "Location | 2017 | 2024", "| 1997 |
    1995* | By leading retailers (1993/4)"), with the lines right under it
    that hold no figure ("Pledged | Targeted" under the years); 0 when the first line is not so."""
    by_row: dict[int, list] = {}
    for c in table.cells:
        if c.text.strip():
            by_row.setdefault(c.row, []).append(c)
    first = [c for c in by_row.get(0, []) if c.col != 0]
    label = [c for c in by_row.get(0, []) if c.col == 0]
    # besides the years, headings holding no figure ("By leading retailers (1993/4)")
    years = [c for c in first if _YEAR.match(c.text.strip())]
    if (len(years) < 2 or any(is_value(w) for c in first if c not in years for w in c.text.split())
            or any(is_value(c.text) for c in label)):
        return 0
    n = 1
    while n < table.n_rows - 1 and by_row.get(n) and not any(is_value(c.text) for c in by_row[n]):
        n += 1
    return n


def _sums_above(rows: dict[int, dict[int, str]], last: int, label_col: int) -> bool:
    """Does every value of row ``last`` add up the figures above it in its column (a total line
    printed without a label, "| 177,737 | 426,349")? Two rows above at least."""
    from app.document.numbers import parse_number

    def number(text: str) -> float | None:
        parsed = parse_number(text)
        return None if parsed is None or parsed.percent else parsed.value

    cols = {k: number(t) for k, t in rows[last].items() if k != label_col and t.strip()}
    if cols and any(v is None for v in cols.values()):
        return _short_sums_above(rows, last, label_col)
    if not cols:
        return False
    for k, total in cols.items():
        parts = [number(rows[r].get(k, "")) for r in rows if r < last and rows[r].get(k, "").strip()]
        if len(parts) < 2 or any(p is None for p in parts) or not _close(total, parts):
            return False
    return True


#: a figure printed short with a magnitude letter ("1.5K", "2.3M", "3.4bn"; rule 186)
_SHORT = re.compile(r"^(-?\(?-?[$€£]?)(\d+(?:\.\d+)?)(K|k|M|mn|bn|B)(\)?)$")
_SCALE = {"K": 1e3, "k": 1e3, "M": 1e6, "mn": 1e6, "bn": 1e9, "B": 1e9}


def _short_figure(text: str) -> tuple[float, float] | None:
    """A printed figure as (value, half its last printed unit): "1.5K" is 1,500 to within 50, "35K"
    35,000 to within 500, "970" 970 exactly; None when it is no figure."""
    from app.document.numbers import parse_number

    t = text.strip().replace(",", "")
    m = _SHORT.match(t)
    if m:
        lead, digits, letter, close = m.groups()
        negative = "-" in lead or ("(" in lead and close)
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        scale = _SCALE[letter]
        return (-1 if negative else 1) * float(digits) * scale, 0.5 * 10 ** -decimals * scale
    parsed = parse_number(text)
    if parsed is None or parsed.percent or parsed.value is None:
        return None
    decimals = len(str(parsed.value).split(".")[1]) if isinstance(parsed.value, float) else 0
    return float(parsed.value), (0.5 * 10 ** -decimals if decimals else 0.0)


def _short_sums_above(rows: dict[int, dict[int, str]], last: int, label_col: int) -> bool:
    """``_sums_above`` for figures printed short: a total "1.5K" over "190", "220", "306", "823" adds
    up when the parts' sum is the total to within the rounding of every figure printed (the total's
    last unit and each part's: "35K", "53K", "43K" add up to "132K")."""
    cols = {k: _short_figure(t) for k, t in rows[last].items() if k != label_col and t.strip()}
    if not cols or any(v is None for v in cols.values()):
        return False
    for k, (total, slack) in cols.items():
        parts = [_short_figure(rows[r].get(k, "")) for r in rows if r < last and rows[r].get(k, "").strip()]
        if len(parts) < 2 or any(p is None for p in parts):
            return False
        if abs(total - sum(v for v, _ in parts)) > slack + sum(h for _, h in parts) + 1e-9:
            return False
    return True


def _power_of_ten(printed: float | None, computed: float | None) -> bool:
    """Is ``printed`` the sum ``computed`` times 10^k (k = ±1 … ±6), to half a percent?"""
    if not printed or not computed:
        return False
    ratio = abs(printed / computed)
    return any(abs(ratio / 10 ** k - 1) <= 0.005 for k in range(-6, 7) if k)


def _spread(xs: list[float]) -> float:
    return max(xs) - min(xs) if xs else 0.0


def _closes(above: str, label: str) -> bool:
    """Does ``label`` close a parenthesis that the label above it left open?"""
    return above.count("(") > above.count(")") and label.count(")") > label.count("(")


def _grid_evidence(rows: dict[int, dict[int, str]], label_col: int,
                   totals: frozenset[int] = frozenset()) -> tuple[float, float, float, float]:
    """Evidence in the grid's texts alone, as shares of the body rows:

    * label cells ending with a figure ("Livelihoods $ 3,911") in a table with value columns: a
      column gap missed between the labels and the first values;
    * lines of headings inside the body (two text cells or more, no value, with rows of values above
      and below): the header of a second table read as rows of the first;
    * rows with values whose filled columns differ from the most common pattern (of rows with
      values): cells that slid sideways, or a neighbour's cells in a column of their own;
    * labels starting in lower case, or closing a parenthesis the label above left open
      ("Venezuela (Bolivarian" over "Republic of)"): the rest of a wrapped label above, taken for a
      row of its own."""
    body = sorted(rows)
    if not body:
        return 0.0, 0.0, 0.0, 0.0
    has_values = any(is_value(t) for cs in rows.values() for k, t in cs.items() if k != label_col and t.strip())
    glued = 0
    for r in body:
        words = rows[r].get(label_col, "").split()
        # a figure closing a parenthesis opened in the label qualifies it ("TBD (women 50%)")
        if (has_values and len(words) >= 2 and not is_value(words[0]) and is_value(words[-1]) and len(words[-1]) >= 3
                and not _YEAR.match(words[-1]) and not (words[-1].endswith(")") and "(" in " ".join(words[1:]))):
            glued += 1
    valued_rows = [r for r in body if any(is_value(t) for k, t in rows[r].items() if k != label_col and t.strip())]
    inner = 0
    for r in body:
        texts = [t for t in rows[r].values() if t.strip()]
        if (valued_rows and valued_rows[0] < r < valued_rows[-1] and len(texts) >= 2
                and not any(is_value(t) for t in texts)):
            inner += 1
    patterns: dict[frozenset, int] = {}
    # a total row may leave a column empty (a percentage not summed)
    valued_rows = [r for r in valued_rows if r not in totals]
    for r in valued_rows:
        key = frozenset(k for k, t in rows[r].items() if t.strip())
        patterns[key] = patterns.get(key, 0) + 1
    off = (len(valued_rows) - max(patterns.values())) / len(valued_rows) if patterns else 0.0
    labels = [rows[r].get(label_col, "").strip() for r in body]

    def filled(r: int) -> frozenset:
        return frozenset(k for k, t in rows[r].items() if k != label_col and is_value(t))

    # a wrapped label split into rows leaves its figures on one of them: a label in lower case whose
    # row holds figures in the very columns the row above fills is a name of its own ("hungary"
    # under "Germany", a font read without its capitals)
    lower = sum(1 for k, t in enumerate(labels)
                if (t[:1].islower() and not _PART_ROW.match(t)
                    and not (k and filled(body[k]) and filled(body[k]) == filled(body[k - 1])))
                or (k and _closes(labels[k - 1], t))) if len(body) >= 3 else 0
    n = len(body)
    return glued / n, inner / n, off, lower / n


def _unit_head(text: str) -> bool:
    """A unit set as a heading of its own: "%", "#", "(%)", "(USD)"."""
    return text in ("%", "#") or is_unit(text)


def _edges(words: list[dict]) -> tuple[float, float, float]:
    left, right = min(w["x0"] for w in words), max(w["x1"] for w in words)
    return left, right, (left + right) / 2


def _lined_up(a: tuple[float, float, float], b: tuple[float, float, float], tol: float) -> bool:
    """Do two texts share an edge (left, right or middle) within ``tol``?"""
    return min(abs(x - y) for x, y in zip(a, b)) <= tol


def _indented(lefts: tuple[float, ...], rights: tuple[float, ...], em: float) -> bool:
    """Are a cell's lines one text under a hanging (or first-line) indent? The lines after the
    first share a left edge (within a quarter em) a quarter em to an em and a half off the first
    line's, and the first line, broken where the next word did not fit, reaches their right edge
    (within half an em): a heading set over another one off its edge is shorter than it."""
    rest = lefts[1:]
    return (_spread(rest) <= 0.25 * em and 0.25 * em <= abs(lefts[0] - min(rest)) <= 1.5 * em
            and rights[0] >= max(rights[1:]) - 0.5 * em)


def _column_of(cols: list[float], x0: float, x1: float) -> int | None:
    for c in range(len(cols) - 1):
        if cols[c] - 1 <= x0 and x1 <= cols[c + 1] + 1:
            return c
    return None


def _cell_evidence(s: Structure, box: tuple, words: list[dict], taken: set[int], em: float) -> dict[str, float]:
    """Evidence in where the grid's cells sit among the page's words (yes/no each):

    * a wrapped line left out: a line of words no cell took, just above or below the box inside one
      column, whose gap to the nearest line of a cell of that column is at most half an em (the
      leading of a wrapped cell, up to 1.5 line spacing) and which lines up with that line (left,
      right or middle within 0.12 em): the first line of a heading ("People in" over "need") or
      the last line of a label ("Congo") cut off;
    * a cell whose lines line up on no edge (left, right or middle, within half an em): the lines
      of a wrapped cell share one, or hang under its first line (``_indented``); two cells' texts
      (a spanning heading and the heading under it, headings of neighbouring columns) read as one
      cell do not;
    * a wide gap inside a cell: two words of one line of a cell, both starting with a letter (the
      first may be a unit's heading, "%", rule 343), more than 2 em apart: two headings or labels
      read as one cell (a column gap missed); a currency
      sign set apart from its figure is not a letter, and a justified line (both its ends where
      another line of the cell has them) is stretched on purpose;
    * a spanning cell that splits cleanly at its columns: a cell over several columns with no word
      across the columns' boundaries, words in each of them, each part starting with a capital or
      a figure: the texts of neighbouring cells ("Funded Targeted Budget Pledged", "84 844")
      read as one spanning cell;
    * a header line left out: a line right above the box (within 1.6 line pitches) no cell took,
      whose words fall whole into two columns or more, two of them lined up with the body texts
      of their column within a quarter em: the table's heading row left outside the grid (words
      set word-spaced apart do not make phrases that ``left_out`` counts);
    * a spanning heading read into one cell: a header cell of two lines or more whose first line is
      not centred on its next line (by more than half an em) but is, within a quarter em, on that
      line together with the neighbouring column's heading level with it;
    * two rows read as one: a cell whose lines are set as far apart as the rows are (their median gap
      less a fifth of an em, up to half an em more) and more than half an em apart;
    * a row left out below: a line no cell took under the box at the rows' gap from the last row,
      whole inside the label column and starting at the labels' left edge with a capital (no note,
      "continued" line, or key and its value)."""
    x0, top, x1, bottom = box
    cols = s.columns
    pitch = 1.3 * em
    boxes = [b for b in s.cells if b.words]
    out = dict.fromkeys(("wrap_out", "unaligned", "cell_gap", "split_span", "header_out", "span_in_cell",
                         "rows_in_cell", "row_out", "span_one_col", "span_off", "label_off", "head_off",
                         "rows_level", "span_figure", "span_centre", "phrase_cut", "span_lost"), 0.0)
    out["rows_level"] = float(_rows_level(boxes, em))

    # words no cell took, their middles just above or below the box
    outside = [w for w in words if id(w) not in taken and x0 - 1 <= w["x0"] and w["x1"] <= x1 + 1
               and (top - 1.6 * pitch <= w["bottom"] and (w["top"] + w["bottom"]) / 2 < top - 1
                    or w["top"] <= bottom + em and (w["top"] + w["bottom"]) / 2 > bottom + 1)]
    for line in group_lines(outside):
        if _cut_by_box(line, words, box, em):
            continue
        below = line.top > (top + bottom) / 2
        edges = (line.x0, line.x1, (line.x0 + line.x1) / 2)
        for b in boxes:
            inside = cols[b.col] - 1 <= line.x0 and line.x1 <= cols[b.col + b.col_span] + 1
            # a heading's first line centred on the rest may run past the column's edge (the values
            # set it), not over the neighbouring headings (a line of running text above the table)
            over = (not below and not inside and b.row < s.header_rows
                    and cols[b.col] <= edges[2] <= cols[b.col + b.col_span]
                    and not any(o.col != b.col and o.row < s.header_rows and o.words
                                and line.x0 < _edges(o.words)[1] and _edges(o.words)[0] < line.x1 for o in boxes))
            if not (inside or over):
                continue
            near = b.lines[-1] if below else b.lines[0]
            gap = line.top - max(w["bottom"] for w in near) if below else min(w["top"] for w in near) - line.bottom
            if over and abs(edges[2] - _edges(near)[2]) > 0.12 * em:
                continue
            # a heading set lower than its row's others (a two-line heading centred on the row,
            # its first line above the box) has its first line up to a line's height above
            reach = 1.0 if not below and b.row < s.header_rows and _set_lower(b, boxes, em) else 0.5
            if -0.2 * em <= gap <= reach * em and _lined_up(edges, _edges(near), 0.12 * em):
                out["wrap_out"] = 1.0
                break

    for b in boxes:
        lines = [ws for ws in b.lines if ws]
        if len(lines) >= 2:
            lefts, rights, mids = zip(*(_edges(ws) for ws in lines))
            if min(_spread(lefts), _spread(rights), _spread(mids)) > 0.5 * em and not _indented(lefts, rights, em):
                out["unaligned"] = 1.0
        spans = [_edges(ws) for ws in lines]
        for k, ws in enumerate(lines):
            ws = sorted(ws, key=lambda w: w["x0"])
            # a justified line, stretched between the edges another line of its cell reaches, has
            # wide gaps of its own
            justified = any(j != k and abs(spans[j][0] - spans[k][0]) <= 0.5 * em
                            and abs(spans[j][1] - spans[k][1]) <= 0.5 * em for j in range(len(lines)))
            # ... and so has a line stretched by less than the next line's first word (that word did
            # not fit on it), the next line without a wide gap of its own ("Number      of" over
            # "financial"; two headings read as one cell keep their gap on every line)
            if not justified and k + 1 < len(lines) and len(ws) >= 2:
                after = sorted(lines[k + 1], key=lambda w: w["x0"])
                stretch = sum(q["x0"] - p["x1"] - 0.3 * em for p, q in zip(ws, ws[1:]))
                justified = (stretch < after[0]["x1"] - after[0]["x0"] + 0.3 * em
                             and not any(q["x0"] - p["x1"] > 2 * em for p, q in zip(after, after[1:])))
            # rule 343: a unit's heading ("%", "(%)") is a heading as a word is ("%    Progress": a
            # percentage's heading and the heading of a column of marks with no text read as one)
            if not justified and any(q["x0"] - p["x1"] > 2 * em and (p["text"][:1].isalpha() or _unit_head(p["text"]))
                                     and q["text"][:1].isalpha() for p, q in zip(ws, ws[1:])):
                out["cell_gap"] = 1.0
        if b.col_span >= 2:
            inner = cols[b.col + 1:b.col + b.col_span]
            if not any(w["x0"] + 1 < v < w["x1"] - 1 for w in b.words for v in inner):
                parts = [[w for w in b.words if _column_of(cols, w["x0"], w["x1"]) == k]
                         for k in range(b.col, b.col + b.col_span)]
                # each part's first word: the leftmost of its first line (a raised note letter
                # sits a little higher than the figure it follows)
                firsts = [min(p, key=lambda w, t=min(v["top"] for v in p): (w["top"] > t + 0.5 * em, w["x0"]))
                          for p in parts if p]
                # in the body, a phrase running on at word spacing over the boundary is one text (a
                # group label wider than its column, "Asia and the | Pacific"), not two cells' texts;
                # headings over narrow columns may be set that close
                ends = [(max(p, key=lambda w: w["x1"]), min(q, key=lambda w: w["x0"]))
                        for p, q in zip(parts, parts[1:]) if p and q] if b.row >= s.header_rows else []
                spaced = any(b_["x0"] - a["x1"] <= 0.5 * em and a["text"][:1].isalpha()
                             and b_["text"][:1].isalpha() and abs(a["top"] - b_["top"]) <= 0.3 * em
                             for a, b_ in ends)
                if len(firsts) == len(parts) and not spaced and all(
                        f["text"][:1].isupper() or f["text"][:1].isdigit() or is_value(f["text"]) for f in firsts):
                    out["split_span"] = 1.0

    # two rows read as one: a cell whose lines are set as far apart as the table's rows are (the
    # median gap between neighbouring rows, less a fifth of an em) and more than half an em apart;
    # the lines of a wrapped cell sit at the leading, closer than its rows
    spans: dict[int, list[float]] = {}
    for b in boxes:
        if b.row_span == 1:
            ys = spans.setdefault(b.row, [min(w["top"] for w in b.words), max(w["bottom"] for w in b.words)])
            ys[0], ys[1] = min(ys[0], min(w["top"] for w in b.words)), max(ys[1], max(w["bottom"] for w in b.words))
    row_gaps = [spans[r + 1][0] - spans[r][1] for r in spans if r + 1 in spans]
    if row_gaps:
        between = median(row_gaps)
        for b in boxes:
            lines = [ws for ws in b.lines if ws]
            # a heading's unit set at the rows' pitch under it (wrapped or not) is its last line (rule 149)
            if b.row < s.header_rows:
                unit = next((k for k in range(1, len(lines))
                             if is_unit(" ".join(w["text"] for ws in lines[k:] for w in ws))), None)
                lines = lines[:unit]
            if any(max(0.5 * em, between - 0.2 * em) <= min(w["top"] for w in c) - max(w["bottom"] for w in a)
                   <= between + 0.5 * em for a, c in zip(lines, lines[1:])):
                out["rows_in_cell"] = 1.0

        # a row left out under the table: a line no cell took right under the box, as far under the
        # last row as the rows are apart (within a fifth of an em), whole inside the label column
        # and starting at its labels' left edge (within a quarter em), with a capital; no note, no
        # "continued" line, no key and its value or legend (a term and its colon)
        labels = [min(w["x0"] for w in b.words) for b in boxes if b.col == 0 and b.row >= s.header_rows]
        last = max(spans)
        under = [w for w in words if id(w) not in taken and x0 - 1 <= w["x0"] and w["x1"] <= x1 + 1
                 and bottom - 1 < w["top"] <= spans[last][1] + between + em]
        for line in group_lines(under):
            text = line.text.strip()
            if (labels and text[:1].isupper() and line.x1 <= cols[1] + 1
                    and abs(line.x0 - median(labels)) <= 0.25 * em
                    and abs(line.top - spans[last][1] - between) <= 0.2 * em
                    and not (CAPTION.match(text) or is_note(text) or _NOTE_MARK.match(text)
                             or _GOES_ON.match(text) or any(w["text"].endswith(":") for w in line.words))):
                out["row_out"] = 1.0

    # a heading spanning two columns read into one of their cells: the cell's first line centred over
    # its next line and the neighbouring heading on that line ("2025" over "People in need | Reached")
    heads = {(b.row, b.col): b for b in boxes if b.row < s.header_rows and b.col_span == 1}
    for (r, c), b in heads.items():
        lines = [ws for ws in b.lines if ws]
        if len(lines) < 2:
            continue
        first, nxt = _edges(lines[0]), _edges(lines[1])
        if abs(first[2] - nxt[2]) <= 0.5 * em:
            continue
        top = min(w["top"] for w in lines[1])
        for k in (c - 1, c + 1):
            other = heads.get((r, k))
            level = [ws for ws in (other.lines if other else []) if ws and abs(min(w["top"] for w in ws) - top) <= 0.3 * em]
            if level:
                both = _edges(lines[1] + level[0])
                if abs(first[2] - both[2]) <= 0.25 * em:
                    out["span_in_cell"] = 1.0

    # a heading over two columns kept to one of them, its neighbour's heading spanning both header
    # rows beside it: the heading centred over the cell under it together with that neighbour's
    # heading level with it, not over the cell under it alone ("2020" over "Expenditure", the
    # "Balance" beside it given both rows)
    starts = {(b.row, b.col): b for b in boxes if b.row < s.header_rows}
    for (r, c), h in starts.items():
        under = starts.get((r + 1, c))
        if h.row_span != 1 or h.col_span != 1 or not under or under.col_span != 1:
            continue
        mid, below = _edges(h.words)[2], _edges(under.words)
        if abs(mid - below[2]) <= 0.5 * em:
            continue
        top = min(w["top"] for w in under.lines[0])
        for n in boxes:
            if n.col in (c - 1, c + 1) and n.col_span == 1 and n.row <= r and n.row + n.row_span > r + 1:
                level = [ws for ws in n.lines if ws and abs(min(w["top"] for w in ws) - top) <= 0.3 * em]
                if level and abs(mid - _edges(under.words + level[0])[2]) <= 0.25 * em:
                    out["span_one_col"] = 1.0

    # a label set off its rows: a label of rows with figures whose lines are neither level with the
    # top of its rows' lines, nor with their bottom, nor centred on them (half an em each; a label's
    # font may sit a little off the figures'): a label spanning a group of rows given one row too
    # many or too few ("Cash assistance" centred on four rows, read over five), or put a row off
    for b in boxes:
        if b.col != 0:
            continue
        rows_of = [w for o in boxes if o is not b and o.row >= b.row and o.row + o.row_span <= b.row + b.row_span
                   for w in o.words]
        if not any(is_value(w["text"]) for w in rows_of):
            continue  # a heading's rows, or a label alone on its line
        t, bt = min(w["top"] for w in b.words), max(w["bottom"] for w in b.words)
        T, B = min(w["top"] for w in rows_of), max(w["bottom"] for w in rows_of)
        if min(abs(t - T), abs(bt - B), abs((t + bt) / 2 - (T + B) / 2)) > 0.5 * em:
            out["label_off"] = 1.0

    body_edges: dict[int, list[tuple[float, float, float]]] = {}
    for b in boxes:
        if b.col_span == 1 and b.row >= s.header_rows:
            body_edges.setdefault(b.col, []).append(_edges(b.words))
    typical = {c: tuple(median(e[i] for e in es) for i in range(3)) for c, es in body_edges.items()}
    out["head_off"] = float(_head_off(s, boxes, typical, em))
    # a cell across columns whose words lie inside a later one of them alone, lined up with that
    # column's body texts or another heading of its own: the heading of that column read into a
    # cell stretched from the left ("2021" over "CHF" in a cell from the label column); a spanning
    # heading is centred over its columns, a group label starts in the first
    for b in boxes:
        if b.col_span >= 2:
            k = _column_of(cols, min(w["x0"] for w in b.words), max(w["x1"] for w in b.words))
            left, right = cols[b.col], cols[b.col + b.col_span]
            edges = _edges(b.words)
            # centred over the span ("Finland" over Female | Male | Total, on the middle one) or
            # starting at its left edge (a narrow first column): the span's own
            if (k is None or k == b.col or abs(edges[2] - (left + right) / 2) <= em
                    or edges[0] - left <= em):
                continue
            marks = [typical[k]] if k in typical else []
            marks += [_edges(o.words) for o in boxes if o.col == k and o.col_span == 1 and o.row < s.header_rows]
            if any(_lined_up(edges, m, 0.25 * em) for m in marks):
                out["span_off"] = 1.0

    out.update(_body_spans(s, boxes, em))

    above = [w for w in outside if w["top"] < top]
    for line in group_lines(above):
        # a caption or note, or a line of running text that goes on past the box (cut by its edge:
        # its next word a word space away outside it; text beside the table is a gutter away)
        text = line.text.strip()
        if CAPTION.match(text) or is_note(text) or _NOTE_MARK.match(text) or _cut_by_box(line, words, box, em):
            continue
        parts: dict[int, list[dict]] = {}
        for w in line.words:
            parts.setdefault(_column_of(cols, w["x0"], w["x1"]), []).append(w)
        if None in parts or len(parts) < 2:
            continue
        fit = sum(1 for c, ws in parts.items() if c in typical and _lined_up(_edges(ws), typical[c], 0.25 * em))
        if fit >= 2 and fit >= 0.5 * len(parts):
            out["header_out"] = 1.0
    return out


def _body_spans(s: Structure, boxes, em: float) -> dict[str, float]:
    """Evidence of a body row's text set across its columns (yes/no each):

    * a figure run into a spanning text (``span_figure``): a body cell over two columns or more whose
      first word is a figure (no year) and whose next word starts with a capital ("6,382 Funded under
      the regional plan"): a column's figure read into the text spanning the columns beside it;
    * a spanning text off its span (``span_centre``): a body cell over two columns or more, the only
      text of its row but the label, whose middle is more than an em off its span's middle and which
      does not start within an em of the span's left edge: a text centred across the row's empty
      columns read over too few or the wrong ones;
    * a phrase cut between two cells (``phrase_cut``): two neighbouring body cells of one line each,
      level (their tops within a quarter em), the left one ending in a word, the right one starting
      in lower case half an em or less after it ("Not | reported"): a text cut at a column edge;
    * a text across columns kept to one (``span_lost``, rule 341): a body cell of one column, a text
      with no figure ("Not reported", "See note 3"), in a column whose other body cells are figures
      sharing an edge (within half an em), lined up with them on no edge (more than an em off) or
      running past its column's edge into a neighbouring cell of its row that is empty, in a column
      holding figures on other rows: a text set across the row's empty columns read into the one
      under its middle."""
    cols = s.columns
    out = {"span_figure": 0.0, "span_centre": 0.0, "phrase_cut": 0.0, "span_lost": 0.0}
    body = [b for b in boxes if b.row >= s.header_rows]
    by_row: dict[int, list] = {}
    for b in body:
        by_row.setdefault(b.row, []).append(b)
    for b in body:
        if b.col_span < 2:
            continue
        ws = sorted(b.words, key=lambda w: (round(w["top"]), w["x0"]))
        if (len(ws) >= 2 and is_value(ws[0]["text"]) and not _YEAR.match(ws[0]["text"])
                and ws[1]["text"][:1].isupper()):
            out["span_figure"] = 1.0
        others = [o for o in by_row.get(b.row, []) if o is not b and o.col != 0]
        left, right = cols[b.col], cols[b.col + b.col_span]
        x0, _x1, mid = _edges(b.words)
        if not others and b.col != 0 and abs(mid - (left + right) / 2) > em and x0 - left > em:
            out["span_centre"] = 1.0
    # the body's figures by column (cells of one column, one line of figures each)
    figures: dict[int, list] = {}
    for b in body:
        if b.col_span == 1 and b.col != 0 and b.words and all(is_value(w["text"]) for w in b.words):
            figures.setdefault(b.col, []).append(b)
    for b in body:
        if b.col_span != 1 or b.col == 0 or b.row_span != 1 or not b.words:
            continue
        text = " ".join(w["text"] for w in sorted(b.words, key=lambda w: (round(w["top"]), w["x0"])))
        if is_value(text) or not text[:1].isalpha() or len(text) < 5:
            continue
        mine = figures.get(b.col, [])
        if len(mine) < 2:
            continue
        shared = [k for k in range(3) if _spread([_edges(o.words)[k] for o in mine]) <= 0.5 * em]
        if not shared:
            continue
        filled = {o.col for o in by_row.get(b.row, [])}
        empty = [k for k in (b.col - 1, b.col + 1) if k >= 1 and k not in filled and k in figures]
        if not empty:
            continue
        edges = _edges(b.words)
        # off every edge its column's figures share, or run past the column's edge into an empty cell
        off = not any(abs(edges[k] - median(_edges(o.words)[k] for o in mine)) <= em for k in shared)
        past = (b.col - 1 in empty and edges[0] < cols[b.col] - 1
                or b.col + 1 in empty and edges[1] > cols[b.col + 1] + 1)
        if off or past:
            out["span_lost"] = 1.0
    for cs in by_row.values():
        cs = sorted((b for b in cs if b.row_span == 1), key=lambda b: b.col)
        for a, b in zip(cs, cs[1:]):
            if a.col + a.col_span != b.col or len([ws for ws in a.lines if ws]) != 1 or len([ws for ws in b.lines if ws]) != 1:
                continue
            end = max(a.words, key=lambda w: w["x1"])
            start = min(b.words, key=lambda w: w["x0"])
            if (end["text"][-1:].isalpha() and start["text"][:1].islower() and abs(end["top"] - start["top"]) <= 0.25 * em
                    and start["x0"] - end["x1"] <= 0.5 * em):
                out["phrase_cut"] = 1.0
    return out


def _rows_level(boxes, em: float) -> bool:
    """Do two rows of the grid hold lines set level with each other (their tops within a quarter em)?
    Rows are bands one under the other: a line of one row level with a line of another is one line
    of the page cut between two rows ("Q2" of a heading "Q2 22" read with the row under it, beside
    the "Q1" of the row above). Cells spanning rows and turned words (taller than wide) are left out."""
    tops = []
    for b in boxes:
        if b.row_span != 1:
            continue
        for ws in b.lines:
            flat = [w for w in ws if w["bottom"] - w["top"] <= 2 * (w["x1"] - w["x0"])]
            if flat:
                tops.append((min(w["top"] for w in flat), b.row))
    tops.sort()
    return any(r1 != r2 and t2 - t1 <= 0.25 * em for (t1, r1), (t2, r2) in zip(tops, tops[1:]))


def _cut_by_box(line, words: list[dict], box: tuple, em: float) -> bool:
    """Is ``line`` (of words inside the box's width) part of a line of running text that goes on past
    the box: a word on its line, partly outside the box, within an em of it? Text set beside a table
    is a gutter away; a wrapped cell's line or a heading left out is not cut so."""
    x0, _top, x1, _bottom = box
    return any(abs(w["top"] - line.top) <= 0.1 * em and (w["x0"] < x0 - 1 or w["x1"] > x1 + 1)
               and line.x0 - em < w["x1"] and w["x0"] < line.x1 + em for w in words)


def _set_lower(b, boxes, em: float) -> bool:
    """Is header cell ``b``'s first line set lower than the first lines of its row's other headings
    (more than a quarter em under the highest of them)?"""
    tops = [min(w["top"] for w in o.lines[0]) for o in boxes if o is not b and o.row == b.row and o.lines]
    return bool(tops) and min(w["top"] for w in b.lines[0]) > min(tops) + 0.25 * em


def _head_off(s: Structure, boxes, typical: dict, em: float) -> bool:
    """Headings of neighbouring columns run together and cut wrong: two header cells side by side,
    one line each and level, one of them of two words or more, set no farther apart than the words
    inside them (the gap between their texts at most the widest word gap inside either, plus a tenth
    of an em), and one of the two lined up with its column's body texts on no edge (left, right or
    middle, within half an em). Headings set so close leave the cut between them to a guess:
    "12-17 F 18-59 M" cut as "12-17 | F 18-59 | M 18-59 F", a cell taking words of its neighbours
    and sitting off its column; headings cut right line up with their figures."""
    heads = {}
    for b in boxes:
        if b.row < s.header_rows and b.col_span == 1 and len([ws for ws in b.lines if ws]) == 1:
            heads[(b.row, b.col)] = sorted(b.words, key=lambda w: w["x0"])

    def off(c: int, ws: list[dict]) -> bool:
        return c in typical and min(abs(a - t) for a, t in zip(_edges(ws), typical[c])) > 0.5 * em

    for (r, c), ws in heads.items():
        nxt = heads.get((r, c + 1))
        if not nxt or (len(ws) < 2 and len(nxt) < 2) or abs(ws[0]["top"] - nxt[0]["top"]) > 0.3 * em:
            continue
        inner = max([q["x0"] - p["x1"] for p, q in zip(ws, ws[1:])] + [q["x0"] - p["x1"] for p, q in zip(nxt, nxt[1:])])
        if nxt[0]["x0"] - ws[-1]["x1"] <= inner + 0.1 * em and (off(c, ws) or off(c + 1, nxt)):
            return True
    return False


#: How much each kind of evidence lowers the figure: a share s of the table (words, cells, rows or
#: columns) gives a factor 1 - min(1, weight * s); yes/no evidence (a total that does not add up, no
#: header, text left out) gives 1 - weight. Chosen for ranking on the generated development part
#: (docs/benchmarks.md, "Confidence").
WEIGHTS = {
    "unassigned": 2.0, "merged": 5.0, "ragged": 0.25, "crossing": 2.0, "orphans": 1.5, "totals": 0.1,
    "unheaded": 0.3, "no_header": 0.1, "left_out": 0.3, "label_value": 3.0, "inner_header": 0.1,
    "pattern": 0.1, "lower": 3.0, "wrap_out": 0.5, "unaligned": 0.5, "cell_gap": 0.5, "split_span": 0.3,
    "header_out": 0.3, "span_in_cell": 0.5, "cut_in_two": 0.5,
    "heads_above": 0.5, "rows_in_cell": 0.5, "row_out": 0.5, "cont_row": 0.5, "span_one_col": 0.5, "span_off": 0.5, "label_off": 0.5,
    "head_off": 0.5, "rows_level": 0.5, "head_values": 0.5, "bracket_cut": 0.5,
    "span_figure": 0.5, "span_centre": 0.5, "phrase_cut": 0.5, "span_lost": 0.5,
    "heads_in_span": 0.5, "title_head": 0.5, "leaders": 0.5,
}


def _cut_in_two(table: Table, s: Structure, others, em: float) -> bool:
    """Is ``table`` one piece of a table cut in two: another table of the page right above or below it
    (within two line pitches, over the same width for the most part), the lower of the two without a
    header row, their column boundaries lined up (within an em, half of the narrower one's at least)?
    A rule under a header or above a summary block cuts a table so; two tables set one under the
    other each have their own headings."""
    x0, top, x1, bottom = table.bbox
    pitch = 1.3 * em
    for o, os_ in others:
        ox0, otop, ox1, obottom = o.bbox
        overlap = min(x1, ox1) - max(x0, ox0)
        if overlap < 0.5 * min(x1 - x0, ox1 - ox0):
            continue
        if -1 <= otop - bottom <= 2 * pitch:
            lower = o
        elif -1 <= top - obottom <= 2 * pitch:
            lower = table
        else:
            continue
        if lower.header_rows or _years_line(lower):
            continue
        mine, theirs = s.columns[1:-1], os_.columns[1:-1]
        fewer, more = sorted((mine, theirs), key=len)
        if not fewer:
            continue
        if sum(1 for v in fewer if any(abs(v - u) <= em for u in more)) >= 0.5 * len(fewer):
            return True
    return False


def confidence(table: Table, s: Structure, words: list[dict], v_rulings=(),
               others=()) -> tuple[float, dict[str, float]]:
    """(confidence, the share behind each factor) of ``table`` built from structure ``s``; ``words``
    are the page's words considered for tables, ``v_rulings`` the page's vertical rulings, ``others``
    the page's other tables (table, structure)."""
    x0, top, x1, bottom = table.bbox
    inside = [w for w in words
              if x0 - 1 <= (w["x0"] + w["x1"]) / 2 <= x1 + 1 and top - 1 <= (w["top"] + w["bottom"]) / 2 <= bottom + 1]
    taken = {id(w) for b in s.cells for w in b.words}
    # a label moved onto its first row's line (rules 122, 130) is the page's word it was moved from
    for b in s.cells:
        for w in b.words:
            while "moved_from" in w:
                w = w["moved_from"]
                taken.add(id(w))
    # words a neighbouring table took are that table's, not text left out of this one (whether the
    # two are one table cut in two is ``_cut_in_two``'s to say)
    theirs = {id(w) for _o, os_ in others for b in os_.cells for w in b.words}
    # a turned word (set upward, taller than wide) whose text a cell of its column holds was read
    # into that cell from the turned page: it is not left over
    held: dict[int, set[str]] = {}
    for c in table.cells:
        for k in range(c.col, c.col + c.col_span):
            held.setdefault(k, set()).add(" ".join(c.text.split()))

    def read_turned(w: dict) -> bool:
        if w["bottom"] - w["top"] <= 2 * (w["x1"] - w["x0"]):
            return False
        mid = (w["x0"] + w["x1"]) / 2
        k = _column_of(s.columns, mid, mid)
        # a turned heading stands in its column or beside it, at the edge of the next one (rule 61)
        return k is not None and any(" ".join(w["text"].split()) in held.get(j, ()) for j in (k - 1, k, k + 1))

    unassigned = sum(1 for w in inside if id(w) not in taken and not read_turned(w)) / max(1, len(inside))

    # the header reaches down as far as its cells span ("Region" over three lines of headings)
    header_rows = table.header_rows or _years_line(table)
    header_rows = max([header_rows] + [c.row + c.row_span for c in table.cells if c.row < header_rows])
    body = [c for c in table.cells if c.row >= header_rows and c.text.strip()]
    values = [c for c in body if is_value(c.text) or _merged_values(c.text)]
    # rule 270: a figure over its change or share in smaller type is one cell, not values run together
    qualified = {(b.row, b.col) for b in s.cells if b.row >= header_rows and _figure_over_change(b.words)}
    merged = sum(1 for c in values if _merged_values(c.text) and (c.row, c.col) not in qualified) / max(1, len(values))

    sizes = [w.get("size") or (w["bottom"] - w["top"]) for w in inside]
    em = median(sizes) if sizes else 10.0
    ragged_cols = checked = 0
    # a table with no header row marked: its first line may be headings, set centred over columns
    # whose texts line up left or right (a text table's "Indicator | Activities"), so it is left out
    first = max(s.header_rows, header_rows, 1 if not header_rows else 0)
    for col in range(table.n_cols):
        boxes = [b for b in s.cells if b.col == col and b.col_span == 1 and b.row >= first and b.words]
        if len(boxes) < 3:
            continue
        lefts = [min(w["x0"] for w in b.words) for b in boxes]
        rights = [max(w["x1"] for w in b.words) for b in boxes]
        mids = [(a + b) / 2 for a, b in zip(lefts, rights)]
        checked += 1
        if min(_spread(lefts), _spread(rights), _spread(mids)) > 1.0 * em:
            ragged_cols += 1
    ragged = ragged_cols / max(1, checked)

    crossed = 0
    for w in inside:
        for v in v_rulings:
            if w["x0"] + 1 < v.pos < w["x1"] - 1 and v.start <= (w["top"] + w["bottom"]) / 2 <= v.end:
                crossed += 1
                break
    crossing = crossed / max(1, len(inside))

    label_col = 0
    rows: dict[int, dict[int, str]] = {}
    for c in body:
        rows.setdefault(c.row, {})[c.col] = c.text
    for c in body:
        # a label spanning rows labels each of them (the rows under it are no orphans)
        if c.col == label_col:
            for r in range(c.row + 1, c.row + c.row_span):
                if r in rows:
                    rows[r][c.col] = c.text
    # a group label printed once, on the first of its rows (rules 107, 122, 130: a region beside its
    # countries), labels the rows under it down to the next one, where a column of labels beside it
    # names every row with values (the rows under it are no orphans and keep the rows' pattern)
    text_cols = sorted(k for k in {k for cs in rows.values() for k in cs}
                       if not any(is_value(cs.get(k, "")) for cs in rows.values()))
    k = 0
    while k + 1 < len(text_cols) and text_cols[k + 1] == text_cols[k] + 1:
        k += 1
    if k and text_cols[0] == label_col:
        names = text_cols[k]
        valued = [r for r in sorted(rows) if any(is_value(t) for t in rows[r].values())]
        if valued and all(rows[r].get(names, "").strip() for r in valued):
            for col in text_cols[:k]:
                held = ""
                for r in sorted(rows):
                    held = rows[r].get(col, "").strip() or held
                    if held and r in valued:
                        rows[r][col] = held
    labelled = [r for r, cs in rows.items() if cs.get(label_col, "").strip()]
    orphan_rows = [r for r, cs in rows.items()
                   if not cs.get(label_col, "").strip() and any(is_value(t) for k, t in cs.items() if k != label_col)]
    if orphan_rows and orphan_rows[-1] == max(rows) and _sums_above(rows, orphan_rows[-1], label_col):
        orphan_rows.pop()  # a total line printed without its label
    orphans = len(orphan_rows) / max(1, len(rows)) if len(labelled) >= 0.5 * max(1, len(rows)) else 0.0

    try:
        found = check_totals(table)
    except Exception:  # a table the checker cannot read says nothing about its grid
        found = []
    # what the grid does not explain: a total a power of ten off its parts' sum was read with a
    # thousands separator taken for a decimal mark ("409,004²" as 409.0042: the figures' reading),
    # and a block of keys and values (every label ending with a colon) holds no total
    keys = [t for t in (cs.get(label_col, "").strip() for cs in rows.values()) if t]
    if keys and all(t.endswith(":") for t in keys):
        found = []
    mismatches = sum(1 for m in found if not _power_of_ten(m.printed, m.computed))

    # columns of values without a heading while others have one (a heading went to a neighbour)
    headed = {c.col for c in table.cells if c.row < header_rows and c.text.strip() and c.col_span == 1}
    value_cols = {c.col for c in values if c.col_span == 1}
    unheaded = (len(value_cols - headed) / max(1, len(value_cols))) if header_rows and len(headed) >= 2 else 0.0

    # text lined up with the table right above or below it (a header or a row left out)
    pitch = 1.3 * em
    near = [w for w in words if id(w) not in taken and id(w) not in theirs and x0 - 1 <= w["x0"] and w["x1"] <= x1 + 1
            and (top - 1.6 * pitch <= w["bottom"] <= top + 1 or bottom - 1 <= w["top"] <= bottom + 1.6 * pitch)]
    # a line of running text that goes on past the box (a list item "1.  441,022 funded as of ...",
    # its item number set apart) is no header or row left out
    near = [w for line in group_lines(near) if not _cut_by_box(line, words, table.bbox, em) for w in line.words]
    left_out = _phrases_in_line(near, em) >= 2
    # no header row, and right above the box a line of headings: no figure but years, no caption or
    # note, each word whole inside one of the table's columns, one over a value column at least
    # ("Location People in need Pledged" set a word space apart, "Budget" alone over its column)
    heads_above = False
    if not header_rows:
        # a heading wider than its column runs past the box (a right-aligned column of short figures
        # under "Targeted"): the words over the box and within an em of it, each judged by its middle
        # below; a line of running text cut by the box keeps a word whose middle lies outside every
        # column (text beside the table is a gutter away)
        over = [w for w in words if id(w) not in taken and id(w) not in theirs and w["x1"] > x0 - em
                and w["x0"] < x1 + em and top - 1.6 * pitch <= w["bottom"] <= top + 1]
        for line in group_lines(over):
            text = line.text.strip()
            if CAPTION.match(text) or is_note(text) or _NOTE_MARK.match(text):
                continue
            if text.endswith(".") or any(is_value(w["text"]) and not _YEAR.match(w["text"]) for w in line.words):
                continue  # a sentence, or a row of figures
            mids = [(w["x0"] + w["x1"]) / 2 for w in line.words]
            where = [_column_of(s.columns, m, m) for m in mids]
            # starting with a capital or a figure (the end of a sentence runs on in lower case)
            first = line.words[0]["text"][:1]
            if (None not in where and any(c != label_col for c in where)
                    and (first.isupper() or first.isdigit())):
                heads_above = True

    # a heading holding two figures or more of four digits or more, no year among them (the values of
    # a key-value block beside the table read into its header row: "3,277,933 4,278,453")
    head_values = any(len(big) >= 2 and not any(_YEAR.match(w) for w in big)
                      for c in table.cells if c.row < header_rows
                      for big in [[w for w in c.text.split() if is_value(w) and sum(ch.isdigit() for ch in w) >= 4]])

    # a bracket left open in a cell and closed by the next cell on its row: one text cut between two
    # columns ("(USD" | "million)": a unit under its heading run past the column's edge)
    by_row: dict[int, list] = {}
    for c in table.cells:
        if c.text.strip():
            by_row.setdefault(c.row, []).append(c)
    bracket_cut = any(a.col + a.col_span == b.col and a.text.count("(") > a.text.count(")")
                      and b.text.count(")") > b.text.count("(")
                      for cs in by_row.values() for a, b in zip(sorted(cs, key=lambda c: c.col),
                                                                sorted(cs, key=lambda c: c.col)[1:]))

    label_value, inner_header, pattern, lower = _grid_evidence(rows, label_col, frozenset(table.total_rows))
    # the first or last row only a note that the table goes on ("(continued on next page)")
    ends = [rows[r] for r in (min(rows), max(rows))] if rows else []
    cont_row = any(len([t for t in cs.values() if t.strip()]) == 1
                   and _GOES_ON.match(" ".join(t for t in cs.values() if t.strip())) for cs in ends)

    shares = {"unassigned": unassigned, "merged": merged, "ragged": ragged, "crossing": crossing,
              "orphans": orphans, "totals": float(mismatches > 0), "unheaded": unheaded,
              "no_header": float(header_rows == 0), "left_out": float(left_out),
              "label_value": label_value, "inner_header": inner_header, "pattern": pattern, "lower": lower,
              "cut_in_two": float(_cut_in_two(table, s, others, em)), "heads_above": float(heads_above),
              "cont_row": float(cont_row), "head_values": float(head_values), "bracket_cut": float(bracket_cut),
              **_cell_evidence(s, table.bbox, words, taken | theirs, em),
              **_session45_evidence(table, s, words, taken | theirs, em, header_rows)}
    score = 1.0
    for kind, share in shares.items():
        score *= 1 - min(1.0, WEIGHTS[kind] * share)
    return round(max(0.0, min(1.0, score)), 3), shares


#: dot leaders closing a text ("Central African Republic \u00b7\u00b7", "Total ....")
_LEADERS = re.compile(r"[A-Za-z\u00c0-\u024f)]\s*(?:[.\u00b7\u2024\u2026_]\s*){2,}$")


def _session45_evidence(table: Table, s: Structure, words: list[dict], taken: set[int], em: float,
                        header_rows: int) -> dict[str, float]:
    """Evidence of rules 390-393 (issue #12, session 45; yes/no each):

    * ``heads_in_span`` (rule 390): a header cell over two columns or more, on one line, holding one
      heading per column: its words, each judged by its middle, fill every column of the span, and
      each column's words line up (left, right or middle within a quarter em) with that column's
      body texts ("Targeted Variance" over two columns of figures, each heading set flush with its
      figures): two headings read as one spanning cell. A heading spanning its columns is centred
      over them, not cut at their boundaries in parts lined up with each;
    * ``title_head`` (rule 391): the first header row holds one text only, on one line, centred
      (within a quarter em) on a line of the page right above the box (within four line pitches)
      that no cell took and that stays within the box's width (within an em; a line of running
      text, justified and centred with the page, runs past it): the last line of the page's centred
      title block read into the table as a heading;
    * ``leaders`` (rule 392): a cell's text ending in dot leaders after a word ("Libya \u00b7\u00b7"): the
      leader run between a label and its figure kept in the label."""
    out = dict.fromkeys(("heads_in_span", "title_head", "leaders"), 0.0)
    cols = s.columns
    boxes = [b for b in s.cells if b.words]
    body: dict[int, list[tuple[float, float, float]]] = {}
    for b in boxes:
        if b.row >= max(header_rows, s.header_rows) and b.col_span == 1:
            body.setdefault(b.col, []).append(_edges(b.words))
    for b in boxes:
        if b.row >= s.header_rows or b.col_span < 2:
            continue
        parts: dict[int, list[dict]] = {}
        for w in b.words:
            k = _column_of(cols, (w["x0"] + w["x1"]) / 2, (w["x0"] + w["x1"]) / 2)
            parts.setdefault(k, []).append(w)
        span = range(b.col, b.col + b.col_span)
        if set(parts) != set(span):
            continue
        ok = True
        for k, ws in parts.items():
            texts = body.get(k, [])
            # each heading starts with a capital or a figure ("Budget (USD thousands)" runs on)
            head = min(ws, key=lambda w: w["x0"])["text"][:1]
            if len(texts) < 2 or not (head.isupper() or head.isdigit()):
                ok = False
                break
            e = _edges(ws)
            # lined up with most of its column's texts on one edge, or centred on the column's own
            # heading under it ("5-11" over "F": age headings over sex headings)
            under = [_edges(h.words) for h in boxes if h.col == k and h.col_span == 1 and b.row < h.row < s.header_rows]
            if not any(sum(1 for t in texts if abs(t[j] - e[j]) <= 0.25 * em) >= 0.5 * len(texts) for j in range(3)) \
                    and not any(abs(u[2] - e[2]) <= 0.25 * em for u in under):
                ok = False
                break
        if ok:
            out["heads_in_span"] = 1.0
    # the first header row: one text only, on one line
    first = [b for b in boxes if b.row == 0 and b.row_span == 1] if s.header_rows >= 2 else []
    if len(first) == 1 and len([ws for ws in first[0].lines if ws]) == 1:
        ws = first[0].words
        mid, top = _edges(ws)[2], min(w["top"] for w in ws)
        above = [w for w in words if id(w) not in taken and w["bottom"] <= top + 1
                 and w["top"] >= top - 4 * 1.3 * em]
        x0, _top, x1, _bottom = table.bbox
        for line in group_lines(above):
            # a line of running text (justified, centred with the page) runs past the table's box
            if line.bottom > top - 0.2 * em or line.x0 < x0 - em or line.x1 > x1 + em:
                continue
            if abs((line.x0 + line.x1) / 2 - mid) <= 0.25 * em and line.x1 - line.x0 > 0.5 * em:
                out["title_head"] = 1.0
    for c in table.cells:
        if _LEADERS.search(c.text.strip()):
            out["leaders"] = 1.0
    return out


def doubts(shares: dict[str, float], most: int = 3) -> list[str]:
    """The kinds of evidence that lowered a table's confidence by a tenth or more, the strongest
    first (at most ``most``): what the workbench names when it asks the user to check a table."""
    cuts = {kind: min(1.0, WEIGHTS[kind] * share) for kind, share in shares.items() if kind in WEIGHTS}
    strong = sorted((k for k, cut in cuts.items() if cut >= 0.1), key=lambda k: (-cuts[k], k))
    return strong[:most]

