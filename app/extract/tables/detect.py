"""Where the tables of a page are: ruled grids and blocks of aligned text.

* Ruled grids (:mod:`.lattice`) holding text in enough of their cells are tables; a grid whose cells
  hold several text columns (shaded row stripes, a frame with only horizontal lines) is a table
  whose columns come from the text.
* Blocks of aligned text: runs of lines with two or more phrases (wide gaps between them) and no
  prose, with column gaps consistent over the block. Blocks grow upwards over header lines (lines
  laid out over the block's columns, stopping at captions, prose and wide gaps) and downwards over
  continuation and totals lines, and snap to horizontal rules that bracket them (booktabs style).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from statistics import median

from app.extract.tables.cells import is_total_label
from app.extract.tables.figures import axis_words, chart_words, looks_like_figure
from app.extract.tables.lattice import Grid, components, grid_of
from app.extract.tables.rulings import EDGE, Ruling, page_frames, panel_boxes
from app.extract.tables.structure import _YEAR, _coverage_gaps
from app.extract.tables.text import (Line, Phrase, _phrase, group_lines, is_mark, is_share, is_value,
                                     item_bullet, join_words, names_continued, qualifier_line, split_phrases)

CAPTION = re.compile(
    # English, French and Spanish (the users' languages), and the German and Italian table words
    r"^(?:table|tab\.|tableau|tabelle|tabla|tabella|cuadro|figure|figura|fig\.|chart|graph|graphique"
    r"|gr[aá]fico|diagramme|exhibit|box|encadr[eé]|recuadro|annex|annexe|anexo|appendix|appendice"
    r"|ap[eé]ndice)\s*[\dA-Z.IVX]*",
    re.IGNORECASE,
)
NOTE = re.compile(
    r"^(?:(?:source|sources|fuente|fuentes|note|notes|nota|notas|nb|n\.b\.|footnote|remark|remarque)s?\b\s*[:.]?|[*†‡§¹²³⁴⁵⁶⁷⁸⁹]|\(\d{1,2}\)|\d{1,2}\)\s"
    r"|[a-z]\)\s|(?-i:\d{1,2}\s+[A-Z][a-z]))",
    re.IGNORECASE,
)
_BARE_NOTE = re.compile(r"^(?:source|note|nota|fuente|remark|remarque)s?$", re.IGNORECASE)


def is_note(text: str) -> bool:
    """A footnote, source or note line ("Source: ...", "* ...", "1 Includes ..."); a numbered line
    with values in it ("1 Kenya 1,200") is a table row, not a note. Rule 124: the word alone, with
    no colon and nothing after it ("Notes", "Source"), is a column's heading: a note says something."""
    text = text.strip()
    if not NOTE.match(text) or _BARE_NOTE.match(text):
        return False
    if text[:1].isdigit():
        return not any(is_value(w) for w in text.split()[1:])
    return True


_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)

# Units. Distances between pieces of text are measured in the text's own font size (an em) or line
# pitch, so the rules hold at any scale; the few absolute tolerances in points are drawing
# tolerances (coordinates of one edge differ by rounding and stroke width: about a point).
#: coordinates this close (points) are the same edge: ``rulings.EDGE`` (imported above)
#: a line lower than this (points) is a mark, not text: floor of a line pitch
MIN_PITCH = 4.0


@dataclass
class Candidate:
    bbox: tuple[float, float, float, float]
    kind: str  # "ruled" | "borderless"
    words: list[dict] = field(default_factory=list)
    grid: Grid | None = None
    #: (rule-banded grids) some cell holds several lines of text; the rules of the bands
    wrapped: bool = False
    text_columns: int = 0
    rules: list = field(default_factory=list)
    title: str = ""
    caption: str = ""


def _inside(w: dict, bbox, pad: float = 1.0) -> bool:
    cx = (w["x0"] + w["x1"]) / 2
    cy = (w["top"] + w["bottom"]) / 2
    return bbox[0] - pad <= cx <= bbox[2] + pad and bbox[1] - pad <= cy <= bbox[3] + pad


def _cell_of(grid: Grid, x: float, y: float) -> tuple[int, int] | None:
    if not (grid.xs[0] <= x <= grid.xs[-1] and grid.ys[0] <= y <= grid.ys[-1]):
        return None
    c = next((i for i in range(grid.n_cols) if x <= grid.xs[i + 1]), grid.n_cols - 1)
    r = next((j for j in range(grid.n_rows) if y <= grid.ys[j + 1]), grid.n_rows - 1)
    return r, c


def grid_words(grid: Grid, words: list[dict]) -> dict[tuple[int, int], list[dict]]:
    """Words of each merged cell (keyed by its top-left grid position)."""
    cells = grid.merged_cells()
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    for r, c, rs, cs in cells:
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                owner[(rr, cc)] = (r, c)
    out: dict[tuple[int, int], list[dict]] = {(r, c): [] for r, c, _rs, _cs in cells}
    for w in words:
        pos = _cell_of(grid, (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2)
        if pos is not None and pos in owner:
            out[owner[pos]].append(w)
    return out


def _within_frame(bbox, frame, words: list[dict]):
    """A text block's box cut back to a page frame holding most of its words: lines outside the frame
    (a running foot under it, a running head above) are no rows of the table inside it."""
    mine = [w for w in words if _inside(w, bbox)]
    inside = [w for w in mine if _inside(w, frame, pad=0.0)]
    if len(inside) == len(mine) or len(inside) <= 0.5 * len(mine):
        return bbox
    return (max(bbox[0], frame[0]), max(bbox[1], frame[1]), min(bbox[2], frame[2]), min(bbox[3], frame[3]))


def _under_masthead(bbox, words: list[dict]):
    """Rule 325: a text block's box cut under the masthead it reached up into. Among its first lines
    (a third of them, six at most), a line with a phrase set in type two fifths larger than any line
    under it (an agency's name, a logo word, a report's name between a volume and a district), or a
    line of one or two phrases one of which, no value or mark (a sparse last column's lone figure),
    lies wholly beyond the lines under it across, an em clear of them (a date or a district set flush
    right over a table narrower than the page), is the sheet's masthead: it and the lines over it are
    no rows. A heading over a column, however long, starts over the column."""
    mine = [w for w in words if _inside(w, bbox)]
    lines = group_lines(mine)
    cut = None
    for i, line in enumerate(lines[:min(6, len(lines) // 3)]):
        below = lines[i + 1:]
        size = median(ln.size for ln in below)
        left, right = min(ln.x0 for ln in below), max(ln.x1 for ln in below)
        ps = split_phrases(line)
        if max(p.size for p in ps) >= 1.4 * max(ln.size for ln in below):
            cut = i
        elif len(ps) <= 2 and any((p.x0 > right + size or p.x1 < left - size)
                                  and not is_value(p.text) and not is_mark(p.text) for p in ps):
            cut = i
    if cut is None and lines:
        # rule 374: the masthead's name set just over the block (on a dark band the block stops
        # under): its date lines are the block's first lines
        size = max(ln.size for ln in lines)
        over = [w for w in words if bbox[1] - 6 * size <= w["bottom"] <= bbox[1] + EDGE
                and w["x1"] > bbox[0] and w["x0"] < bbox[2] and not _inside(w, bbox)]
        # (withdrawn at the deadline: a matrix's title in large type just over its block cut its
        # header lines too: tests/test_tables_grid.py::test_matrix_headings_and_empty_columns)
        if False and any((w.get("size") or 0) >= 1.4 * size for w in over):
            cut = _masthead_lines(lines, -1)
            if cut < 0:
                cut = None
    if cut is None:
        return bbox
    cut = _masthead_lines(lines, cut)
    rest = lines[cut + 1:]
    return (max(bbox[0], min(ln.x0 for ln in rest) - 0.5), max(bbox[1], rest[0].top - 0.5),
            min(bbox[2], max(ln.x1 for ln in rest) + 0.5), bbox[3])


_FIELD_LABEL = re.compile(r"^[^\W\d][^:：]{0,40}[:：](?:\s|$)")
_ITALIC = re.compile(r"italic|oblique", re.IGNORECASE)


def _crosses_gutter(p: Phrase, body: list[list[Phrase]]) -> bool:
    """Does ``p`` reach across a gutter between two columns on most of the body's lines (from the
    cell before it into the cell after)?"""
    hits = sum(1 for ps in body if any(p.x0 < a.x1 and p.x1 > b.x0 for a, b in zip(ps, ps[1:])))
    return hits >= 0.6 * len(body)


def _over_one_column(p: Phrase, body: list[list[Phrase]]) -> bool:
    """Does ``p`` stand over one column of the body, overlapping exactly one of its phrases on most
    of its lines (a column heading's line, "need" under "People in" over its figures)?"""
    hits = sum(1 for ps in body if sum(1 for q in ps if q.x0 < p.x1 and p.x0 < q.x1) == 1)
    return hits >= 0.6 * len(body)


def _off_the_heading_under(p: Phrase, under: list[Phrase], size: float) -> bool:
    """Rule 401: a line centred over the table or the page that stands over one phrase of the line
    under it, its middle an em or more off that phrase's and neither edge within half an em of its
    edges, is no heading of that phrase's column (a heading's first line stands over its next line
    or its column centred, flush left or flush right with it): a strip naming the table in the
    header's own type ("Crime Complaints" over "Required", set off to its right)."""
    hit = [q for q in under if q.x0 < p.x1 and p.x0 < q.x1]
    if len(hit) != 1:
        return False
    q = hit[0]
    return abs(p.center - q.center) >= size and abs(p.x0 - q.x0) > 0.5 * size and abs(p.x1 - q.x1) > 0.5 * size


def _other_type(a: Line, b: Line) -> bool:
    """Are two lines set in type of another size (a tenth apart) or weight?"""
    def bold(ln: Line) -> bool:
        return sum(1 for w in ln.words if _BOLD.search(w.get("fontname") or "")) >= 0.6 * len(ln.words)
    return abs(a.size - b.size) > 0.1 * max(a.size, b.size) or bold(a) != bold(b)


def _sheet_matter(bbox, words: list[dict], page_width: float):
    """Rules 360-362: a statistical sheet's or form's matter round its table, cut off the text
    block's box. Over the table: (360) a title band, lines of one phrase each, no figure, starting
    right of the body's left edge and centred over the body or the page (an em and a half at most off
    its middle: a report's name, its dates, a strip naming the table), reaching across a gutter
    between the body's columns or set in type of another size or weight than the line under it (a
    wrapped heading's first line over its own column, in the header's type, stays; so does a line
    right over the first line of figures: a heading's last line), and (361) a field block, lines
    starting with a "Label:" at the body's left edge (one to five words ending in a colon, then its
    value; no figure on the line but a label's value), with the line under such
    a line whose every phrase starts where one of its fields starts (a value wrapped in its cell, no
    figure); both above the first
    line with two figures and no such label, the cut kept only while three lines of three phrases or
    more stay under it. Under the table
    (362): lines of one phrase of words (no figure: a change printed small under the last figure)
    after its last line of two phrases or more, each reaching across a
    gutter between the body's columns or set in type smaller (by a tenth) or italic unlike the body:
    notes, a band naming the next table. The table starts at its header and ends at its last body
    row."""
    mine = [w for w in words if _inside(w, bbox)]
    lines = group_lines(mine)
    if len(lines) < 4:
        return bbox
    phrases = [split_phrases(ln) for ln in lines]
    body = [ps for ps in phrases if len(ps) >= 3]
    if len(body) < 3:
        return bbox
    left, right = min(ps[0].x0 for ps in body), max(ps[-1].x1 for ps in body)
    size = median(ln.size for ln, ps in zip(lines, phrases) if len(ps) >= 3)
    def field(ps: list[Phrase]) -> bool:
        # a label, and no figure but a label's own value (a key-value block beside the table's rows
        # shares their lines: "Coverage:  7,372,627" beside "Kenya  1,200  800")
        labels = [bool(_FIELD_LABEL.match(p.text)) and len(p.text.split(":")[0].split()) <= 5 for p in ps]
        # over the table: the line starts with a label at the table's left edge (a key-value panel
        # beside a table shares the lines of its header and rows)
        if not (labels[0] and ps[0].x0 <= left + size):
            return False
        # fields across the page (two labels or more), or the label in a type of its own: a tenth
        # smaller than the body's, bold unlike it, or capitals
        lw = ps[0].words
        lab = ps[0].text.split(":")[0]
        if not (sum(labels) >= 2 or median(w.get("size") or size for w in lw) <= 0.9 * size or lab.isupper() and len(lab) > 3
                or sum(1 for w in lw if _BOLD.search(w.get("fontname") or "")) > len(lw) / 2 > body_bold):
            return False
        # a figure is a label's value when it follows the label, or runs on from its value within an
        # em ("+951 555 0951")
        own = [False] * len(ps)
        for k in range(1, len(ps)):
            own[k] = labels[k - 1] or (own[k - 1] and ps[k].x0 - ps[k - 1].x1 < size)
        return not any(is_value(p.text) and not own[k] for k, p in enumerate(ps))

    body_words = [w for ps in body for p in ps for w in p.words]
    body_bold = sum(1 for w in body_words if _BOLD.search(w.get("fontname") or "")) / len(body_words)
    figures = [i for i, ps in enumerate(phrases) if sum(1 for p in ps if is_value(p.text)) >= 2 and not field(ps)]
    if not figures:
        return bbox
    top_cut = None
    starts: list[float] = []
    # a field line right over the block (left out of it by rule 79) starts the field block
    above = group_lines([w for w in words if bbox[1] - 2 * size <= w["top"] and w["bottom"] <= bbox[1] + 0.5
                         and w["x1"] > bbox[0] and w["x0"] < bbox[2] and not _inside(w, bbox)])
    if above and field(split_phrases(above[-1])):
        top_cut, starts = -1, [p.x0 for p in split_phrases(above[-1])]
    # the first line holding a figure (a header's years, a matrix's first mark) and no field
    first = next(i for i, ps in enumerate(phrases) if any(is_value(p.text) for p in ps) and not field(ps))
    clean = True  # no line of the table's own (two phrases or more, no field) above yet
    for i in range(figures[0]):
        ps = phrases[i]
        # (a line flush with the body's right edge is its column heads over right-aligned figures,
        # however near the page's middle it falls)
        if clean and len(ps) == 1 and i < first - 1 and not is_value(ps[0].text) and ps[0].x0 > left + size \
                and abs(ps[0].x1 - right) > 0.3 * size \
                and min(abs(ps[0].center - (left + right) / 2), abs(ps[0].center - page_width / 2)) <= 1.5 * size \
                and (_crosses_gutter(ps[0], body)
                     or _other_type(lines[i], lines[i + 1]) and not _over_one_column(ps[0], body)
                     or _off_the_heading_under(ps[0], phrases[i + 1], size)):
            top_cut = i  # rule 360: a title band (rule 401: or a strip off the heading under it)
        elif field(ps):
            top_cut = i  # rule 361: a field block
            starts = [p.x0 for p in ps]
        elif top_cut == i - 1 and starts and i < figures[0] - 1 and not any(is_value(p.text) for p in ps) \
                and all(any(abs(p.x0 - x) <= 0.3 * size for x in starts) for p in ps):
            top_cut = i  # rule 361: the field block's values wrapped onto a line of their own
        elif len(ps) >= 2:
            clean = False
    if top_cut is not None and (top_cut < 0 or sum(1 for ps in phrases[top_cut + 1:] if len(ps) >= 3) < 3):
        top_cut = None
    last = max(i for i, ps in enumerate(phrases) if len(ps) >= 2)
    bottom_cut = None
    for i in range(len(lines) - 1, last, -1):
        ps = phrases[i]
        ln = lines[i]
        italic = sum(1 for w in ln.words if _ITALIC.search(w.get("fontname") or "")) >= 0.8 * len(ln.words)
        if len(ps) == 1 and not is_value(ps[0].text) and re.search(r"[^\W\d_]{2}", ps[0].text) \
                and (_crosses_gutter(ps[0], body) or ln.size <= 0.9 * size or italic):
            bottom_cut = i
        else:
            break
    if top_cut is None and bottom_cut is None:
        return bbox
    keep = lines[(top_cut + 1 if top_cut is not None else 0):(bottom_cut if bottom_cut is not None else len(lines))]
    if not keep:
        return bbox
    return (bbox[0], max(bbox[1], keep[0].top - 0.5) if top_cut is not None else bbox[1], bbox[2],
            min(bbox[3], keep[-1].bottom + 0.5) if bottom_cut is not None else bbox[3])


def _two_parts_only(bbox, words: list[dict]) -> bool:
    """Rule 377: what is left of a block cut under its masthead is no table when each of its lines
    holds one or two phrases and none a value: the masthead's lines of date and period, a part set
    flush left and one flush right, made a block of two columns with the agency's name over them."""
    lines = group_lines([w for w in words if _inside(w, bbox)])
    return bool(lines) and all(len(ps) <= 2 and not any(is_value(p.text) for p in ps)
                               for ps in (split_phrases(ln) for ln in lines))


def _masthead_lines(lines: list[Line], cut: int) -> int:
    """Rule 372: the masthead's lines of date, period and volume under its name, over a table as
    wide as the page. Below the line rule 325 found, down to the first row (a line of three phrases
    or more), a line of one or two phrases, no value or mark, one of which runs across a gutter of
    those rows (an x range no phrase of theirs covers; the rows with a value and the lines of three
    headings or more none of which runs across one of theirs: a line of headings set tight may part
    in three; "10 July 2024 Through 4 October 2022" over a label and two narrow columns) or ends or starts an em beyond all of them (a date set flush right
    past the last column's figures and its heading), is the masthead's too. A line of headings
    starts over its columns and ends over them, and headings set tight (rule 370) stand over the
    columns; the first such line stops the cut (a heading wrapped over two lines stays the table's)."""
    parted = [(ln, split_phrases(ln)) for ln in lines[cut + 1:]]
    rows = [(ln, ps) for ln, ps in parted if len(ps) >= 3 and any(is_value(p.text) for p in ps)]
    if len(rows) < 2:
        return cut
    size = median(ln.size for ln, _ps in rows)

    def gutters_of(some):
        lo, hi = min(ln.x0 for ln, _ps in some), max(ln.x1 for ln, _ps in some)
        spans = [(p.x0, p.x1, k) for k, (_ln, ps) in enumerate(some) for p in ps]
        return _coverage_gaps(spans, 0, lo, hi, min_width=0.4 * size)

    # the rows' gutters, parted further by lines of headings over them (none of their phrases runs
    # across one: a line of headings set tight in one phrase does)
    body = gutters_of(rows)
    rows += [(ln, ps) for ln, ps in parted if len(ps) >= 3 and not any(is_value(p.text) for p in ps)
             and not any(p.x0 < a + EDGE and p.x1 > b - EDGE for p in ps for a, b in body)]
    left, right = min(ln.x0 for ln, _ps in rows), max(ln.x1 for ln, _ps in rows)
    gutters = gutters_of(rows)
    for j in range(cut + 1, len(lines)):
        ps = split_phrases(lines[j])
        if len(ps) > 2 or any(is_value(p.text) or is_mark(p.text) for p in ps) \
                or _tight_headings(lines[j], gutters, least=2):
            break
        # rule 378: or it goes on in the type of the masthead's line above it, at that line's
        # leading, a type the rows are not set in
        prev = lines[j - 1] if j else None
        goes_on = prev is not None and j - 1 == cut and abs(lines[j].size - prev.size) <= 0.01 * prev.size \
            and abs(lines[j].size - size) > 0.05 * size and lines[j].top - prev.bottom <= lines[j].height
        # (a part flush left or right runs across a gutter: a heading over a group of columns is
        # centred over them)
        if not goes_on and not any((p.x0 <= left + size or p.x1 >= right - size)
                                   and any(p.x0 < a + EDGE and p.x1 > b - EDGE for a, b in gutters)
                                   or p.x1 > right + size or p.x0 < left - size for p in ps):
            break
        cut = j
    return cut


def _undersegmented(grid: Grid, cell_words: dict[tuple[int, int], list[dict]]) -> bool:
    """Do several cells hold more than one column or row of data (their rows or columns need to come
    from the text)? True when merged cells spanning grid columns hold phrases in different grid
    columns, or when cells hold values on several lines."""
    spans = {(r, c): (rs, cs) for r, c, rs, cs in grid.merged_cells()}
    multi = 0
    filled = 0
    total = sum(len(ws) for ws in cell_words.values())
    # each cell's lines and their phrases, read once here for rules 74 and 82 too
    lined: dict[tuple[int, int], list[tuple[Line, list[Phrase]]]] = {}
    for (r, c), ws in cell_words.items():
        if not ws:
            continue
        filled += 1
        # a frame around a table: one cell holds most of the grid's text, laid out as a table of
        # its own (rows of values in aligned columns); the grid's rulings say nothing of its rows
        if len(ws) >= 0.5 * total and _table_inside(ws):
            return True
        _rs, cs = spans.get((r, c), (1, 1))
        lines = group_lines(ws)
        value_lines = 0
        split = False
        pairs = lined[(r, c)] = []
        for line in lines:
            ps = split_phrases(line, gap=0.6 * line.size)
            pairs.append((line, ps))
            if value_lines and ps and qualifier_line([p.text for p in ps], line.size <= 0.9 * lines[0].size):
                continue  # rules 106, 270: a share or change under the cell's figure is its second line
            if any(is_value(p.text) for p in ps):
                value_lines += 1
            if len(ps) >= 2:
                if cs >= 2:
                    cols = {_col_index(grid, p.center) for p in ps}
                    if len(cols) >= 2:
                        split = True
                elif any(is_value(p.text) for p in ps) and any(
                        b.x0 - a.x1 > 1.5 * line.size for a, b in zip(ps, ps[1:])):
                    split = True
        if split or value_lines >= 2:
            multi += 1
    return multi >= 2 or _unruled_gutter(grid, cell_words, lined) or bool(_stacked_rows(grid, cell_words, lined))


#: a grid's non-empty cells' lines, each with its phrases split at 0.6 of its size (as
#: :func:`_undersegmented` reads them)
_Lined = dict[tuple[int, int], list[tuple[Line, list[Phrase]]]]


def _stacked_rows(grid: Grid, cell_words: dict[tuple[int, int], list[dict]], lined: _Lined | None = None) -> list[int]:
    """Rule 82: does a band of the grid hold several rows, the rules between them not drawn (a
    "light" table style: a frame and a rule under the header)? Two or more of its cells hold the
    same number of lines, two or more, on the same baselines, and in most of them every line ends
    with room for the next line's first word: each line was ended on purpose (items set one under
    the other), where a text wrapped in its cell goes on to the next line only when the next word
    does not fit."""
    by_row: dict[int, list[tuple[int, list[Line]]]] = {}
    for (r, c), ws in cell_words.items():
        if ws:
            by_row.setdefault(r, []).append((c, group_lines(ws) if lined is None else [ln for ln, _ps in lined[r, c]]))
    out: list[int] = []
    for r, cells in sorted(by_row.items()):
        stacks = [(c, lines) for c, lines in cells if len(lines) >= 2]
        if len(stacks) < 2 or len({len(lines) for _c, lines in stacks}) != 1:
            continue
        if all(qualifier_line([ln.text for ln in lines[1:]], max(ln.size for ln in lines[1:]) <= 0.9 * lines[0].size)
               for _c, lines in stacks):
            continue  # rules 106, 270: figures over their shares or changes, one row
        size = median(ln.size for _c, lines in stacks for ln in lines)
        aligned = all(abs(a.bottom - b.bottom) <= 0.3 * size
                      for k in range(len(stacks[0][1])) for a, b in zip(
                          [lines[k] for _c, lines in stacks], [lines[k] for _c, lines in stacks[1:]]))
        if not aligned:
            continue

        def forced(c: int, lines: list[Line]) -> bool:
            right = grid.xs[c + 1] - max(min(ln.x0 for ln in lines) - grid.xs[c], 0.0)
            return all(a.x1 + 0.3 * size + (b.words[0]["x1"] - b.words[0]["x0"]) < right
                       for a, b in zip(lines, lines[1:]))

        if 2 * sum(1 for c, lines in stacks if forced(c, lines)) > len(stacks):
            out.append(r)
    return out


def _unruled_gutter(grid: Grid, cell_words: dict[tuple[int, int], list[dict]], lined: _Lined | None = None) -> bool:
    """Rule 74: does a column of the grid hold two columns of text, a rule between them not drawn?
    A gutter at least an em wide runs down the whole column (no line of its cells crosses it) with
    text on both sides on at least three lines and on four lines in five: its rows' texts stand in
    two columns (a table whose rules were drawn round pairs of columns only)."""
    by_col: dict[int, list[tuple[Line, list[Phrase] | None]]] = {}
    for (r, c), ws in cell_words.items():
        if ws:
            by_col.setdefault(c, []).extend(((ln, None) for ln in group_lines(ws)) if lined is None else lined[r, c])
    for c, pairs in by_col.items():
        lines = [ln for ln, _ps in pairs]
        if len(lines) < 3:
            continue
        size = median(ln.size for ln in lines)
        per_line = [split_phrases(ln, gap=0.6 * ln.size) if ps is None else ps for ln, ps in pairs]
        intervals = [(p.x0, p.x1, k) for k, ps in enumerate(per_line) for p in ps]
        lo, hi = grid.xs[c], grid.xs[c + 1]
        for a, b in _coverage_gaps(intervals, 0, lo, hi, min_width=size):
            both = sum(1 for ps in per_line if any(p.x1 <= a + EDGE for p in ps) and any(p.x0 >= b - EDGE for p in ps))
            if both >= 3 and both >= 0.8 * len(lines):
                return True
    return False


def _table_inside(words: list[dict]) -> bool:
    """Do these words (one ruled cell) form a table of their own: at least three lines holding two
    or more values apart from each other, with a column gap running through all of them?"""
    rows = []
    for line in group_lines(words):
        ps = split_phrases(line)
        if sum(1 for p in ps if is_value(p.text)) >= 2:
            rows.append((line, ps))
    if len(rows) < 3:
        return False
    intervals = [(p.x0, p.x1, k) for k, (_line, ps) in enumerate(rows) for p in ps]
    lo = min(a for a, _b, _k in intervals)
    hi = max(b for _a, b, _k in intervals)
    size = median(line.size for line, _ps in rows)
    return bool(_coverage_gaps(intervals, 0, lo, hi, min_width=0.4 * size))


def _multi_phrase_lines(words: list[dict]) -> int:
    return sum(1 for line in group_lines(words) if len(split_phrases(line)) >= 2)


def _col_index(grid: Grid, x: float) -> int:
    return next((i for i in range(grid.n_cols) if x <= grid.xs[i + 1]), grid.n_cols - 1)


# --------------------------------------------------------------------------------------- text blocks


@dataclass
class _LineInfo:
    line: Line
    phrases: list[Phrase]
    prose: bool
    caption: bool
    note: bool

    @property
    def multi(self) -> bool:
        return len(self.phrases) >= 2 and not self.prose

    # The segmentation rules ask these of the same lines for every cut they try (quadratic in a
    # block's lines): worked out once per line.
    @cached_property
    def beside(self) -> list[Phrase]:
        """The phrases after the line's label (:func:`_beside_label`)."""
        return _beside_label(self.phrases)

    @cached_property
    def valued(self) -> bool:
        """A value stands beside the line's label."""
        return any(is_value(p.text) for p in self.beside)


def _line_infos(lines: list[Line], text_width: float) -> list[_LineInfo]:
    """Each line's phrases and what kind of line it is. Prose is told by length: a sentence runs
    over many words (eight or more over a good part of the text width, or twelve anywhere), a
    table cell rarely does; a single phrase over most of the text width with six words or more is
    a line of a paragraph; two phrases of four words or more each and no values are two columns
    of body text side by side."""
    infos = []
    for i, line in enumerate(lines):
        # rule 76: a colon standing alone between a name and the gutter (a caption box's side,
        # "KNOWLES,   :") marks no column
        ps = [p for p in split_phrases(line, line_index=i) if p.text != ":"] or split_phrases(line, line_index=i)
        text = line.text.strip()
        words_in = [len(p.words) for p in ps]
        prose = False
        has_value = any(is_value(p.text) for p in ps)
        for p, n in zip(ps, words_in):
            wide = (p.x1 - p.x0) >= 0.42 * text_width
            # a long text beside values is a table row (a long label), not prose
            if not has_value and ((n >= 8 and wide) or n >= 12) and not _headings_run(p):
                prose = True
        # (rule 62: a run of headings over a wide table is no paragraph line)
        if len(ps) == 1 and (ps[0].x1 - ps[0].x0) >= 0.6 * text_width and words_in[0] >= 6 \
                and not _headings_run(ps[0]):
            prose = True
        if len(ps) >= 2 and not has_value and all(n >= 4 for n in words_in):
            prose = True  # body text in two columns side by side
        if len(ps) == 1 and names_continued(text):
            prose = False  # rule 126: a group named again after a page break ("... (continued)")
        # rule 302: a page number alone (a running foot set right under a table) is no row
        note = is_note(text) or bool(PAGE_NUMBER.match(text))
        infos.append(_LineInfo(line, ps, prose, bool(CAPTION.match(text)), note))
    _list_items(infos)
    return infos


#: rule 300: a list item's number or letter: "5.", "12)", "5.1", "5.1.", "(c)", "c)", "(iv)"
_ITEM_MARK = re.compile(r"(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?|\d{1,2}[.)]|\(?[a-z]{1,4}\)|\(\d{1,2}\))")


def _item_text(line: Line, ps: list[Phrase]) -> float | None:
    """Rule 300: where the text of a numbered or lettered list item starts, if line is one: an item
    number or letter alone ("5.", "5.1", "(c)"), then past a gap of twice a word space or more (the
    hanging indent) running text of four words or more, ending a sentence (".", ";", ":") or of
    eight words or more, and nothing after it. A table's row has a figure or more cells beside its
    label; a label numbered "1. Training" keeps its number a word space from its text."""
    words = line.words
    if len(words) < 5 or not _ITEM_MARK.fullmatch(words[0]["text"]):
        return None
    if len(ps) == 2 and len(ps[0].words) == 1:
        item = ps[1]
    elif len(ps) == 1 and words[1]["x0"] - words[0]["x1"] > 0.6 * line.size:
        # rule 160 read a figure-led item as one phrase with its number; a hanging indent a little
        # under a column gap leaves the number in the phrase too (twice a word space or more)
        item = _phrase(words[1:], 0)
    else:
        return None
    n = len(item.words)
    if n < 4 or is_value(item.text) or not (item.text.rstrip()[-1:] in ".;:" or n >= 8):
        return None
    return item.x0


def _list_items(infos: list[_LineInfo]) -> None:
    """Rule 300: the lines of a numbered or lettered list (:func:`_item_text`) and the lines its
    items wrap onto (one phrase with no figure, starting where the item's text starts, at the
    item's line pitch) are running text, not rows: a table set right under such a list, with no
    caption or gap between them, does not take the items as its header or first rows."""
    start = None
    for k, info in enumerate(infos):
        line = info.line
        x = _item_text(line, info.phrases)
        if x is not None:
            info.prose, start = True, x
            continue
        if start is not None and k and len(info.phrases) == 1 and not is_value(info.phrases[0].text) \
                and abs(line.x0 - start) <= 0.3 * line.size \
                and line.top - infos[k - 1].line.bottom <= 0.6 * max(line.height, MIN_PITCH):
            info.prose = True
            continue
        start = None


def _headings_run(p: Phrase) -> bool:
    """Many capitalised words with no sentence punctuation and gaps wider than word spaces: the
    column headings of a matrix set close together ("Advocacy Referral Assessment Outreach ..."),
    not a sentence, which has lower-case words and spaces of one width."""
    words = [w["text"] for w in p.words]
    if any(t[-1:] in ",;:" for t in words):
        return False
    # an abbreviation's dot ("Tot.", "Avg.") is no full stop
    if any(t.endswith(".") and len(t) > 5 for t in words):
        return False
    gaps = [b["x0"] - a["x1"] for a, b in zip(p.words, p.words[1:])]
    if not gaps:
        return False
    if any(t[:1].islower() for t in words):
        return _sentence_case_headings(words, gaps, p.size)
    if min(gaps) >= 0.4 * p.size and not any(t.endswith(".") for t in words):
        return True
    # the headings of a wide annex table, abbreviations set as close as word spaces, some of two
    # words ("Jan Feb Mar", "Q1 23 Q2 23", "0-4 M 0-4 F", "Tot. F"): eight words or more, 4.5
    # characters long on average (a title in capitals has longer words)
    return len(words) >= 8 and sum(len(t) for t in words) <= 4.5 * len(words)


def _sentence_case_headings(words: list[str], gaps: list[float], size: float) -> bool:
    """Rule 55: headings in sentence case set close together ("Outreach Data collection
    Registration"): every word after a gap wider than a word space (0.4 em) starts in capitals,
    every word in lower case follows a word space clearly narrower than the narrowest of those
    gaps, and there are three headings or more. A sentence's spaces are of one width (stretched
    alike on a justified line), so its lower-case words and its capitalised ones cannot fall on the
    two sides of such a split."""
    wide = [g for g, t in zip(gaps, words[1:]) if g >= 0.4 * size]
    if len(wide) < 2 or not words[0][:1].isupper():
        return False
    if any(g >= 0.4 * size and not t[:1].isupper() for g, t in zip(gaps, words[1:])):
        return False
    narrow = [g for g, t in zip(gaps, words[1:]) if t[:1].islower()]
    return max(narrow) < 0.8 * min(wide)


def _block_columns(infos: list[_LineInfo], members: list[int]) -> list[tuple[float, float]]:
    """Column gaps of a block from its multi-phrase lines: those with values beside a label when
    there are two or more (header cells are centred over their columns and reach into the gutters,
    and in a narrow table set tight they may touch: "Budget Funded Actual"; structure.find_columns
    takes its columns from the body lines too), else all."""
    core = [k for k in members if infos[k].multi]
    valued = [k for k in core if infos[k].valued]
    if len(valued) >= 2:
        core = valued
    intervals = [(p.x0, p.x1, k) for k in core for p in infos[k].phrases]
    if not intervals:
        return []
    lo = min(a for a, _b, _k in intervals)
    hi = max(b for _a, b, _k in intervals)
    # in a long block (eight lines or more) about one line in eight may cross a column gap: group
    # headings and notes that span columns; a gap is at least 0.4 em wide (a word space is ~0.25 em)
    allow = int(0.12 * len(core)) if len(core) >= 8 else 0
    size = median(infos[k].line.size for k in core)
    return _coverage_gaps(intervals, allow, lo, hi, min_width=max(2 * EDGE, 0.4 * size))


def _supported_gaps(infos: list[_LineInfo], members: list[int], gaps) -> int:
    """How many gaps have phrases on both sides in at least two lines."""
    good = 0
    for a, b in gaps:
        n = 0
        for k in members:
            ps = infos[k].phrases
            if any(p.x1 <= a + EDGE for p in ps) and any(p.x0 >= b - EDGE for p in ps):
                n += 1
        if n >= 2:
            good += 1
    return good


def text_blocks(words: list[dict], page_width: float, page_height: float,
                hs: list[Ruling], aside: set[int] | None = None, vs: list[Ruling] | None = None) -> list[Candidate]:
    """Borderless tables: blocks of aligned multi-phrase lines.

    A block whose first or last column is a column of running text (the page's body text in
    two columns, going on above and below the block) loses that column, and a key-value block
    beside a table (rule 59) is taken out: their words are set aside (their ids added to
    ``aside``) and the search runs again."""
    out: list[Candidate] = []
    regions = [words]
    splits = 0
    while regions:
        ws = regions.pop()
        for _attempt in range(3):
            cands, running, pieces = _text_blocks_once(ws, page_width, page_height, hs, splits < 8, vs or [])
            if pieces:
                # two pieces of layout side by side whose lines do not line up: searched apart
                splits += 1
                regions.extend(pieces)
                break
            if not running:
                out.extend(cands)
                break
            if aside is not None:
                aside |= running
            ws = [w for w in ws if id(w) not in running]
        else:
            out.extend(cands)
    return out


def _baselines(ws: list[dict], tol: float) -> list[float]:
    """Distinct baselines (word bottoms) of some words, those closer than ``tol`` taken as one."""
    out: list[float] = []
    for y in sorted(w["bottom"] for w in ws):
        if not out or y - out[-1] > tol:
            out.append(y)
    return out


def _blank_beside(gaps, i: int, words: list[dict], bl: list[float], br: list[float], em: float) -> bool:
    """Small tables side by side with the same leading: their rows line up, but one side has a
    blank band (the space between two stacked tables) where the other goes on with rows. A gap
    (``gaps[i]``) 1.5 em or wider, as wide as the block's other gaps at least, with two or more
    columns on each side and a column of text right after it (the next table's labels), one side
    blank for over 2.2 of its line pitches where the other has a baseline."""
    g0, g1 = gaps[i]
    if g1 - g0 < 1.5 * em or i < 1 or i > len(gaps) - 2:
        return False
    others = [b - a for k, (a, b) in enumerate(gaps) if k != i]
    if others and g1 - g0 < median(others):
        return False
    first = [w for w in words if w["x0"] >= g1 - EDGE and w["x1"] <= gaps[i + 1][0] + EDGE]
    if not first or sum(1 for w in first if is_value(w["text"])) > 0.2 * len(first):
        return False

    def band(a: list[float], b: list[float]) -> bool:
        steps = [y1 - y0 for y0, y1 in zip(a, a[1:])]
        if len(steps) < 2:
            return False
        pitch = median(steps)
        return any(y1 - y0 > 2.2 * pitch and any(y0 + 0.5 * em < z < y1 - 0.5 * em for z in b)
                   for y0, y1 in zip(a, a[1:]))

    return band(bl, br) or band(br, bl)


def _misaligned_sides(infos: list[_LineInfo], block: list[int], gaps, hs: list[Ruling] = ()
                      ) -> list[list[dict]] | None:
    """Pieces of layout set side by side (dashboard panels, a key-value block beside a small table)
    share page lines only by chance: each side has its own leading, so their baselines do not line
    up, while the cells of one row of a table stand on one baseline. When the words left and right
    of a column gap of the block (1.2 em or wider) stand on three or more baselines each and fewer
    than half of either side's baselines has one on the other side (within 0.1 em), the block is two pieces of
    layout: the lines around it are cut at the gap for as long as no word crosses the middle part of
    the gap and no blank runs across the page (above and below the block too), and each side, and
    the rest of the page, is searched on its own. Values
    centred beside a label wrapped over two lines stand between its two baselines: not a cut."""
    words = [w for k in block for w in infos[k].line.words]
    if len(words) < 6:
        return None
    em = median(w.get("size") or (w["bottom"] - w["top"]) for w in words)
    # the cells of one row share their baseline to a rounding; a looser tolerance lets panels of
    # different leading meet by chance
    tol = 0.1 * em
    best = None
    own = _own_rules(infos, block, hs, em)
    for i, (g0, g1) in enumerate(gaps):
        if g1 - g0 < 1.2 * em:
            continue
        if any(h.start < g0 - EDGE and h.end > g1 + EDGE for h in own):
            continue  # rule 141: a table's own rule runs across the gap
        left = [w for w in words if w["x1"] <= g0 + EDGE]
        right = [w for w in words if w["x0"] >= g1 - EDGE]
        bl, br = _baselines(left, tol), _baselines(right, tol)
        if len(bl) < 3 or len(br) < 3:
            continue

        def share(a: list[float], b: list[float]) -> float:
            return sum(1 for y in a if any(abs(y - z) <= tol for z in b)) / len(a)

        if share(bl, br) >= 0.5 or share(br, bl) >= 0.5:
            if not _blank_beside(gaps, i, words, bl, br, em):
                continue
            if best is None or g1 - g0 > best[1] - best[0]:
                best = (g0, g1)
            continue

        def centred(a: list[float], b: list[float]) -> bool:
            # most of a's baselines halfway between two close baselines of b (a two-line cell) or,
            # rule 246, on one of b's (rows of one line and rows of labels wrapped over two, their
            # figures centred, mixed in one table)
            mids = [(y0 + y1) / 2 for y0, y1 in zip(b, b[1:]) if y1 - y0 < 2 * em]
            return sum(1 for y in a if any(abs(y - m) <= tol for m in mids + b)) >= 0.5 * len(a)

        if centred(br, bl) or centred(bl, br):
            continue
        if best is None or g1 - g0 > best[1] - best[0]:
            best = (g0, g1)
    if best is None:
        return None
    pieces = _cut_sides(infos, block[0], block[-1], best, em, hs)
    return [p for p in pieces if p] if pieces else None


def _own_rules(infos: list[_LineInfo], block: list[int], hs: list[Ruling], em: float) -> list[Ruling]:
    """Rule 141: the horizontal rules drawn among a block's lines (between its first and last line)
    that stop short of its width by an em or more on a side: the rules of one table of the block (its
    top, header or bottom rule), not a rule running under a whole row of panels. A gap such a rule
    runs across lies inside that table (between its labels and its figures): no cut between two
    pieces of layout is made there, however the pieces' baselines fall."""
    ws = [w for k in block for w in infos[k].line.words]
    lo, hi = min(w["x0"] for w in ws), max(w["x1"] for w in ws)
    top, bottom = infos[block[0]].line.top, infos[block[-1]].line.bottom
    return [h for h in hs if h.length >= 3 * em and not h.edge and top < h.pos < bottom
            and (h.start > lo + em or h.end < hi - em)]


def _rule_stacks(hs: list[Ruling], em: float, infos: list[_LineInfo] = ()) -> list[list[Ruling]]:
    """Drawn horizontal rules grouped by extent (ends within 2 points), two or more to a group, top
    down: the rules of one table (its top, header and bottom rules, or one under each row). Edges of
    shaded areas are left out: a table may shade each column's cells apart. Rule 89: two rules over
    half an em apart with no line of ``infos`` between them (within their extent) are the bottom
    rule of one table and the top rule of the next one stacked right under it, set alike: the
    group is parted there (a double rule is closer)."""
    stacks = _by_extent(h for h in sorted(hs, key=lambda h: h.pos) if h.length >= 3 * em and not h.edge)
    if infos:
        parted = []
        for st in stacks:
            cur = [st[0]]
            for h in st[1:]:
                a = cur[-1]
                empty = h.pos - a.pos > 0.5 * em and not any(
                    a.pos < (i.line.top + i.line.bottom) / 2 < h.pos
                    and any(w["x1"] > a.start and w["x0"] < a.end for w in i.line.words) for i in infos)
                if empty:
                    parted.append(cur)
                    cur = [h]
                else:
                    cur.append(h)
            parted.append(cur)
        stacks = parted
    return [st for st in stacks if len(st) >= 2]


def _by_extent(rules: Iterable[Ruling]) -> list[list[Ruling]]:
    """Rules grouped by extent, in the order given: both ends within 2 points of the group's first."""
    stacks: list[list[Ruling]] = []
    for h in rules:
        for st in stacks:
            if abs(st[0].start - h.start) <= 2 and abs(st[0].end - h.end) <= 2:
                st.append(h)
                break
        else:
            stacks.append([h])
    return stacks


def _ruled_sides(infos: list[_LineInfo], block: list[int], hs: list[Ruling]) -> list[list[dict]] | None:
    """Panels side by side, each with its own horizontal rules (rule 58): two stacks of rules of
    one extent each, level with each other, the left one ending before the right one starts, and
    text between the rules of each; no rule runs across the gutter between their ends, and no word
    of the lines between the first and the last of their rules crosses its middle. Each stack's
    rules stop at the gutter: two tables, not one whose columns the gutter parts. The lines between
    the rules of both are cut at the gutter, and the lines around them for as long as the gutter
    holds (:func:`_cut_sides`). The rows of two such tables may line up (the same leading), and
    panels under them may run across the gutter: neither hides the gutter here."""
    words = [w for k in block for w in infos[k].line.words]
    if len(words) < 6:
        return None
    em = median(w.get("size") or (w["bottom"] - w["top"]) for w in words)
    lines = [(k, (infos[k].line.top + infos[k].line.bottom) / 2) for k in block]

    def between(st: list[Ruling]) -> list[int]:
        # the block's lines between the stack's first and last rule with a word inside its extent
        return [k for k, y in lines if st[0].pos < y < st[-1].pos
                and any(st[0].start - EDGE <= w["x0"] and w["x1"] <= st[0].end + EDGE for w in infos[k].line.words)]

    stacks = [st for st in _rule_stacks(hs, em, infos) if len(between(st)) >= 2]
    best = None
    for a in stacks:
        for b in stacks:
            g0, g1 = a[0].end, b[0].start
            if g1 - g0 < em:
                continue
            if min(a[-1].pos, b[-1].pos) <= max(a[0].pos, b[0].pos):
                continue
            # every line between the rules of either table: the cut must not part a table
            lo, hi = min(a[0].pos, b[0].pos), max(a[-1].pos, b[-1].pos)
            if any(h.start < g0 - EDGE and h.end > g1 + EDGE and lo - EDGE <= h.pos <= hi + EDGE for h in hs):
                continue
            level = [k for k, y in lines if lo < y < hi]
            if not level:
                continue
            sides = [w for k in level for w in infos[k].line.words]
            if not any(w["x1"] <= g0 + EDGE for w in sides) or not any(w["x0"] >= g1 - EDGE for w in sides):
                continue
            if best is None or g1 - g0 > best[0][1] - best[0][0]:
                best = ((g0, g1), level, a, b)
    if best is None:
        return None
    (g0, g1), level, a, b = best
    pieces = _cut_sides(infos, level[0], level[-1], (g0, g1), em, hs)
    if pieces is None:
        return None
    left, right, rest = pieces
    out = [*_panels_of(left, a, g1 - g0), *_panels_of(right, b, g1 - g0), rest]
    return [p for p in out if p]


def _panels_of(side: list[dict], st: list[Ruling], gutter: float) -> list[list[dict]]:
    """One side of a cut made at a ruled table's gutter (rule 58), its table's column parted at the
    table's first and last rule where the line next to the rule outside holds a value: that line is
    a row of another panel of the same column (a heading over the table, its header above a lone
    header rule, or a note under it, holds none). Words outside the rules' extent stay, unless
    they run on a panel parted off (rule 87)."""
    def cy(w: dict) -> float:
        return (w["top"] + w["bottom"]) / 2

    def mine(w: dict) -> bool:
        return st[0].start - EDGE <= (w["x0"] + w["x1"]) / 2 <= st[0].end + EDGE

    above = [w for w in side if mine(w) and cy(w) < st[0].pos]
    below = [w for w in side if mine(w) and cy(w) > st[-1].pos]
    band = [w for w in side if not mine(w) or st[0].pos <= cy(w) <= st[-1].pos]
    def row_holds_value(words: list[dict], near: dict) -> bool:
        """Does the line of ``near`` (the word next to the rule) hold a value?"""
        return any(is_value(w["text"]) for w in words
                   if abs(cy(w) - cy(near)) <= 0.5 * (near["bottom"] - near["top"]))

    def run_on(panel: list[dict], outside: list[dict]) -> list[dict]:
        """Rule 87: a panel parted off is a table of its own, which may be wider than this table's
        rules: the words outside their extent on its lines that follow its words closer than the
        gutter the cut was made at (a column of that table, not the next column of panels)."""
        taken: list[dict] = []
        for w0 in panel:
            line = sorted((w for w in outside if abs(cy(w) - cy(w0)) <= 0.5 * (w0["bottom"] - w0["top"])),
                          key=lambda w: w["x0"])
            hi = max(w["x1"] for w in panel if abs(cy(w) - cy(w0)) <= 0.5 * (w0["bottom"] - w0["top"]))
            for w in line:
                if w["x0"] >= hi - EDGE and w["x0"] - hi < gutter and all(w is not t for t in taken):
                    taken.append(w)
                    hi = max(hi, w["x1"])
        return taken

    out = []
    if above:
        if row_holds_value(above, max(above, key=lambda w: w["bottom"])):
            more = run_on(above, [w for w in band if cy(w) < st[0].pos and not mine(w)])
            out.append(above + more)
            band = [w for w in band if all(w is not m for m in more)]
        else:
            band = above + band
    if below:
        if row_holds_value(below, min(below, key=lambda w: w["top"])):
            more = run_on(below, [w for w in band if cy(w) > st[-1].pos and not mine(w)])
            out.append(below + more)
            band = [w for w in band if all(w is not m for m in more)]
        else:
            band = band + below
    return [band, *out]


def _cut_sides(infos: list[_LineInfo], first: int, last: int, gap: tuple[float, float], em: float,
               hs: list[Ruling] = ()) -> list[list[dict]] | None:
    """The pieces of layout left and right of a gap of lines ``first``..``last``: the lines around
    them are cut at the gap for as long as no word crosses its middle part and no blank runs across
    the page; each side, and the rest of the page, is searched on its own: [left, right, rest]
    (some may be empty). None when a line of ``first``..``last`` crosses the gap. Beside a table
    drawn with its own rules (``hs``) that stops at the gap, the lines around go on being cut while
    a strip of an em stays free between the two sides' words (rule 88)."""
    g0, g1 = gap
    mid = (g0 + g1) / 2
    # the tables drawn with their own rules whose edge facing the gap is at the gap: the tables of
    # the two columns of panels (a narrower one further down the left column is left out)
    stacks = [st for st in _rule_stacks(hs, em, infos)
              if g0 - EDGE <= st[0].end <= mid or mid <= st[0].start <= g1 + EDGE]
    q = max(0.3 * em, (g1 - g0) / 4)

    def crosses(k: int) -> bool:
        # a line of text running across the gap has a word in its middle part (a word space is
        # narrower than 0.6 em); a heading or a header cell reaching into its edge does not cross it
        return any(w["x0"] < mid + q and w["x1"] > mid - q for w in infos[k].line.words)

    if any(crosses(k) for k in range(first, last + 1)):
        return None

    # rule 88: beside a column of panels drawn with their own rules, the gap may narrow and shift
    # (a wider panel under a narrow one) and still part the columns: a line level with one of
    # those tables (between its first and last rule), and after it lines with words on one side
    # only, go on being cut while a strip of an em is left free between the two sides' words
    free = [g0, g1, False]

    def goes_on(k: int) -> bool:
        if not crosses(k):
            return True
        if not stacks:
            return False
        line = infos[k].line
        # each word on the side of its centre, as the cut puts it
        left = [w for w in line.words if w["x0"] + w["x1"] < 2 * mid]
        right = [w for w in line.words if w["x0"] + w["x1"] >= 2 * mid]
        lo = max([free[0]] + [w["x1"] for w in left])
        hi = min([free[1]] + [w["x0"] for w in right])
        y = (line.top + line.bottom) / 2
        level = any(st[0].pos < y < st[-1].pos for st in stacks)
        # rule 142: words past the far edge of the tables of the columns the gap parts stand in
        # another column of panels: they put nothing on that side of the gap
        ends = [st[0].end for st in stacks if st[0].start >= mid - EDGE]
        starts = [st[0].start for st in stacks if st[0].end <= mid + EDGE]
        near_left = [w for w in left if not starts or w["x1"] > min(starts) - EDGE]
        near_right = [w for w in right if not ends or w["x0"] < max(ends) + EDGE]
        if hi - lo < em or not (level or (free[2] and not (near_left and near_right))):
            return False
        free[:] = [lo, hi, True]
        return True

    def apart(a: int, b: int) -> bool:
        # a blank across the whole page (over 2.2 line pitches) ends a row of panels
        la, lb = infos[a].line, infos[b].line
        return lb.top - la.bottom > 2.2 * max(la.height, lb.height, MIN_PITCH)

    while first > 0 and goes_on(first - 1) and not apart(first - 1, first):
        first -= 1
    free[:] = [g0, g1, False]
    while last + 1 < len(infos) and goes_on(last + 1) and not apart(last, last + 1):
        last += 1
    span = [w for k in range(first, last + 1) for w in infos[k].line.words]
    rest = [w for k in range(len(infos)) if not first <= k <= last for w in infos[k].line.words]
    return [[w for w in span if (w["x0"] + w["x1"]) / 2 < mid], [w for w in span if (w["x0"] + w["x1"]) / 2 >= mid],
            rest]


def _running_column(infos: list[_LineInfo], block: list[int], lo: float, hi: float,
                    gap: tuple[float, float]) -> set[int]:
    """Ids of the words of a column of running text in x-range [lo, hi] that the block's table sits
    beside (across the gap ``gap``): lines with text in that column and none across the gap go on
    above and below the block (or for three lines of prose on one side of it), and the column reads
    as prose inside it. Empty otherwise."""
    g0, g1 = gap
    mid = (g0 + g1) / 2
    left = hi <= g0 + 1  # the running column is left of the gap

    def here(w: dict) -> bool:
        c = (w["x0"] + w["x1"]) / 2
        return c < mid if left else c > mid

    # a ragged edge of the running text reaches into the gap by more or less from line to line: a
    # line crosses the gap only when a word runs over its far edge (into the table's first or last
    # column)
    edge = g1 - 1 if left else g0 + 1

    def only_here(k: int) -> bool:
        line = infos[k].line
        inside = any(here(w) for w in line.words)
        across = any(w["x0"] < edge < w["x1"] for w in line.words)
        return inside and not across

    def prose_here(k: int) -> bool:
        ws = [w for w in infos[k].line.words if here(w)]
        return len(ws) >= 4 and not any(is_value(w["text"]) for w in ws)

    first, last = block[0], block[-1]
    # rule 251: running text is set in the body's type; a title over the table, its source note
    # and a running head or foot are no text going on beside it (judged on that side's words)
    sizes = [w.get("size") or (w["bottom"] - w["top"]) for k in block for w in infos[k].line.words if here(w)]
    size = median(sizes) if sizes else 0.0

    def body(k: int) -> bool:
        ws = [w for w in infos[k].line.words if here(w)]
        text = join_words(ws)
        own = median(w.get("size") or (w["bottom"] - w["top"]) for w in ws)
        caption = text[:1].isupper() and CAPTION.match(text)
        return not (is_note(text) or caption) and abs(own - size) <= 0.1 * size

    # rule 245: and in the type of the column's own lines (a heading over a table and a source
    # line under it, shorter than the paragraphs around, are no column of running text)
    inner = [w["bottom"] - w["top"] for k in block for w in infos[k].line.words if here(w)]
    ref = median(inner) if inner else 0.0

    def same_type(k: int) -> bool:
        hs_ = [w["bottom"] - w["top"] for w in infos[k].line.words if here(w)]
        return bool(hs_) and abs(median(hs_) - ref) <= 0.1 * ref

    above = [k for k in range(max(0, first - 3), first) if only_here(k) and same_type(k)]
    below = [k for k in range(last + 1, min(len(infos), last + 4)) if only_here(k) and same_type(k)]
    # the text goes on above and below the block, or for three lines of prose on one side (a table
    # level with the top or the bottom of the text column beside it)
    if not ((len([k for k in above if body(k)]) >= 2 and any(body(k) for k in below))
            or any(len(side) == 3 and all(prose_here(k) for k in side) for side in (above, below))):
        return set()
    wordy = 0
    inside_lines = 0
    for k in block:
        ws = [w for w in infos[k].line.words if here(w)]
        if ws:
            inside_lines += 1
            wordy += len(ws) >= 3 and not any(is_value(w["text"]) for w in ws[1:])
    if inside_lines == 0 or wordy < 0.6 * inside_lines:
        return set()
    ids: set[int] = set()

    def take(k: int) -> None:
        ids.update(id(w) for w in infos[k].line.words if here(w))

    def goes_on(a: int, b: int) -> bool:
        # running text goes on line after line: a blank of over two line pitches, or a line with
        # a value after its first word on that side (a table's row), ends it
        la, lb = infos[a].line, infos[b].line
        ws = [w for w in infos[b].line.words if here(w)]
        return (lb.top - la.bottom <= 2 * max(la.height, lb.height, MIN_PITCH)
                and not any(is_value(w["text"]) for w in ws[1:]))

    for k in range(first, last + 1):
        take(k)
    k = first - 1
    while k >= 0 and only_here(k) and goes_on(k, k + 1) and goes_on(k + 1, k):
        take(k)
        k -= 1
    k = last + 1
    while k < len(infos) and only_here(k) and goes_on(k - 1, k):
        take(k)
        k += 1
    return ids


_CLOSERS = "\u2019\u201d'\")]\u00bb*"


def _page_columns(infos: list[_LineInfo]) -> list[list[dict]] | None:
    """Rule 382: a table inside one column of a page set in two columns, the page's running text in
    the other. Lines of both columns at one height are one line, so the text beside breaks the
    table's block wherever a line of it is prose, and a paragraph's short last line reads as a row's
    cell. A column of running text: five lines or more each holding a phrase of four words or more
    with no figure, starting at one x (within a point and a half); beside it, past its widest line
    by a word space and level with its lines, a table: two lines or more of several phrases on that
    side with a figure after the first, an em or more clear of the text; and two of the text's lines
    or more above the table's heading (the line with words on the table's side next above its first
    row): running text goes on beside and above the heading, a remarks column or the items of bullet
    lists in cells start under it. The lines level with the text column around the table are cut at
    the gutter for as long as no word runs across its middle part, and each side, and the rest of
    the page (a table under both columns), is searched on its own."""
    running = [(k, p) for k, info in enumerate(infos) for p in info.phrases
               if len(p.words) >= 4 and not info.caption and not any(is_value(w["text"]) for w in p.words)]
    if len(running) < 5:
        return None
    groups: list[list[tuple[int, Phrase]]] = []
    for k, p in sorted(running, key=lambda kp: kp[1].x0):
        if groups and p.x0 - groups[-1][0][1].x0 <= 1.5:
            groups[-1].append((k, p))
        else:
            groups.append([(k, p)])
    for group in groups:
        members = {k for k, _p in group}
        if len(members) < 5:
            continue
        x0 = min(p.x0 for _k, p in group)
        x1 = max(p.x1 for _k, p in group)
        em = median(p.size for _k, p in group)
        top, bottom = min(members), max(members)
        for right in (True, False):
            def side(k: int) -> list[Phrase]:
                return [q for q in infos[k].phrases if (q.x0 > x1 + 0.25 * em if right else q.x1 < x0 - 0.25 * em)]

            rows = [k for k in range(top, bottom + 1) if len(side(k)) >= 2]
            valued = [k for k in rows if any(is_value(q.text) for q in side(k)[1:])]
            if len(valued) < 2:
                continue
            first, last = rows[0], rows[-1]
            ws = [w for k in range(first, last + 1) for w in infos[k].line.words]
            if right:
                gap = (x1, min((w["x0"] for w in ws if w["x0"] > x1), default=x1))
            else:
                gap = (max((w["x1"] for w in ws if w["x1"] < x0), default=x0), x0)
            if gap[1] - gap[0] < em:
                continue
            # the text's lines above, up to a line running into the text's column (a caption over
            # the table may reach into the gutter), from the table's heading: the line with words on
            # the table's side next above its first row (the lines between may be a list's items
            # centred on that row)
            edge = x1 + 0.5 * em if right else x0 - 0.5 * em
            head = next((k for k in range(first - 1, -1, -1) if side(k)), first)
            above = 0
            for k in range(head - 1, -1, -1):
                if any(w["x0"] < edge < w["x1"] for w in infos[k].line.words):
                    break
                above += k in members
            if above < 2:
                continue
            mid = (gap[0] + gap[1]) / 2
            q = max(0.3 * em, (gap[1] - gap[0]) / 4)

            def crosses(k: int) -> bool:
                return any(w["x0"] < mid + q and w["x1"] > mid - q for w in infos[k].line.words)

            if any(crosses(k) for k in range(first, last + 1)):
                continue
            def texted(k: int) -> bool:
                return any(((w["x0"] + w["x1"]) / 2 < mid) == right for w in infos[k].line.words)

            def near(k: int, j: int) -> bool:
                lk, lj = infos[k].line, infos[j].line
                return max(lk.top - lj.bottom, lj.top - lk.bottom) <= 2.2 * max(lk.height, lj.height, MIN_PITCH)

            # the text column's lines: from its first to its last line of four words or more, and a
            # paragraph's short last line right under it
            lo, hi = top, bottom
            while hi + 1 < len(infos) and texted(hi + 1) and near(hi + 1, hi):
                hi += 1
            a, b = first, last
            while a - 1 >= lo and not crosses(a - 1):
                a -= 1
            while b + 1 <= hi and not crosses(b + 1):
                b += 1
            # past the text column's end the table's side goes on alone (its last rows under the
            # text's last line): no word on the text's side, no blank across the page
            while a - 1 >= 0 and a - 1 < lo and not texted(a - 1) and near(a - 1, a):
                a -= 1
            while b + 1 < len(infos) and b + 1 > hi and not texted(b + 1) and near(b + 1, b):
                b += 1
            span = [w for k in range(a, b + 1) for w in infos[k].line.words]
            rest = [w for k in range(len(infos)) if not a <= k <= b for w in infos[k].line.words]
            pieces = [[w for w in span if (w["x0"] + w["x1"]) / 2 < mid],
                      [w for w in span if (w["x0"] + w["x1"]) / 2 >= mid], rest]
            return [p for p in pieces if p]
    return None


def _column_texts(line: Line, gaps) -> list[list[dict]] | None:
    """The line's words in each column between the gaps; None when a word lies across a gap."""
    cols: list[list[dict]] = [[] for _ in range(len(gaps) + 1)]
    for w in line.words:
        k = 0
        for a, b in gaps:
            if w["x0"] < a - EDGE and w["x1"] > b + EDGE:
                return None
            if (w["x0"] + w["x1"]) / 2 > (a + b) / 2:
                k += 1
        cols[k].append(w)
    return cols


def _parallel_text(infos: list[_LineInfo], block: list[int], gaps) -> bool:
    """Rule 69: are the block's columns running text set on one baseline grid (a gazette's wide
    columns, a heading or a date on the lines the search took) rather than a table's rows? From
    one line to the next the text runs on in one column (no full stop at the end, the next line
    going on in lower case or after a hyphen) while a new sentence or paragraph of four words or
    more starts in another (after a full stop, or after a line falling a quarter of the column
    short: a heading, a paragraph's last line). A table's rows start together: a cell that runs
    on keeps its row, so no cell beside it starts afresh. Twice, counting the lines right above
    and below the block that stay inside its columns: once may be a cell of two paragraphs."""
    first, last = block[0], block[-1]
    ks = list(block)
    for k, near in ((first - 1, first), (last + 1, last)):
        if 0 <= k < len(infos):
            a, b = infos[k].line, infos[near].line
            pitch = max(a.height, b.height, MIN_PITCH)
            if max(a.top - b.bottom, b.top - a.bottom) <= pitch:
                ks.append(k)
    ks.sort()
    texts = {k: _column_texts(infos[k].line, gaps) for k in ks}
    n = len(gaps) + 1
    lo = [min((w["x0"] for k in ks if texts[k] for w in texts[k][c]), default=0.0) for c in range(n)]
    hi = [max((w["x1"] for k in ks if texts[k] for w in texts[k][c]), default=0.0) for c in range(n)]

    def ends(ws: list[dict]) -> bool:
        return ws[-1]["text"].rstrip(_CLOSERS)[-1:] in (".", "!", "?", ":")

    def runs_on(a: list[dict], b: list[dict]) -> bool:
        if len(a) < 3 or len(b) < 2 or ends(a) or any(is_value(w["text"]) for w in a + b):
            return False
        return b[0]["text"][:1].islower() or a[-1]["text"][-1:] in ("-", "\u00ad", "\u2010")

    def afresh(a: list[dict], b: list[dict], c: int) -> bool:
        if len(b) < 4 or any(is_value(w["text"]) for w in b):
            return False
        start = b[0]["text"].lstrip("(")
        if not start[:1].isupper():
            return False
        return ends(a) or a[-1]["x1"] < hi[c] - 0.25 * (hi[c] - lo[c])

    mixed = 0
    for ka, kb in zip(ks, ks[1:]):
        ta, tb = texts[ka], texts[kb]
        if ta is None or tb is None:
            continue
        pairs = [c for c in range(n) if ta[c] and tb[c]]
        if any(runs_on(ta[c], tb[c]) for c in pairs) and any(afresh(ta[c], tb[c], c) for c in pairs):
            mixed += 1
    return mixed >= 2


def _text_blocks_once(words: list[dict], page_width: float, page_height: float,
                      hs: list[Ruling], may_split: bool = False, vs: list[Ruling] | None = None
                      ) -> tuple[list[Candidate], set[int], list[list[dict]] | None]:
    if not words:
        return [], set(), None
    lines = group_lines(words)
    if not lines:
        return [], set(), None
    x_lo = min(ln.x0 for ln in lines)
    x_hi = max(ln.x1 for ln in lines)
    text_width = max(x_hi - x_lo, 0.3 * page_width)
    infos = _line_infos(lines, text_width)
    n = len(infos)
    if may_split:
        pieces = _page_columns(infos)
        if pieces:
            return [], set(), pieces
    blocks: list[list[int]] = []
    k = 0
    while k < n:
        if not infos[k].multi or infos[k].caption or _fields_line(infos[k]) \
                or _titles_line(infos, k, infos[k + 1].line.size if k + 1 < n else 0):
            k += 1
            continue
        block = [k]
        j = k + 1
        pending: list[int] = []
        while j < n:
            info = infos[j]
            last = infos[block[-1]].line if not pending else infos[pending[-1]].line
            gap = info.line.top - last.bottom
            pitch = max(info.line.height, last.height, MIN_PITCH)
            # a blank of two lines or more ends the block (one blank line separates groups of rows),
            # unless the rows are set that far apart all along (see _regular_gap)
            if (gap > 2.2 * pitch and not _regular_gap(infos, block, j, gap, pitch)) \
                    or info.prose or info.caption or info.note or _fields_line(info):
                break
            if _titles_line(infos, j, max(infos[m].line.size for m in block + pending)):
                break  # the titles of the next row of panels
            if info.multi:
                block.extend(pending)
                block.append(j)
                pending = []
            else:
                biggest = max(infos[m].line.size for m in block + pending)
                # a one-phrase line in a clearly larger type (an eighth larger: one size step, 10 ->
                # 11.5 pt) is a title: the next table (or none) starts after it
                if len(info.phrases) == 1 and info.line.size > 1.12 * biggest:
                    break
                # up to three one-phrase lines inside a table (a wrapped label, group headings);
                # more is text between two tables, unless each goes on in a cell of the rows above
                # right of their labels (rule 254: the items of a bullet list in a cell)
                pending.append(j)
                if len(pending) > 3 and (len(pending) > 16 or not _pending_in_rows(
                        [infos[m] for m in pending], [infos[r] for r in block if infos[r].multi][-3:])):
                    break
            j += 1
        if len([m for m in block if infos[m].multi]) >= 2:
            blocks.append(block)
            k = block[-1] + 1
        else:
            k += 1
    blocks = _join_groups(infos, blocks, vs or [])
    kv_lines: set[int] = set()
    for block in blocks:
        kv_lines |= _key_value_lines(infos, block)
    # the lines of the other tables a stacked cut made from the same block: the cut is their
    # boundary, so neither grows across it (a word belongs to one table)
    cut_blocks: list[list[int]] = []
    siblings: list[set[int]] = []
    for block in blocks:
        for part in _without(block, kv_lines):
            # panels side by side are searched apart before any stacked cut: a cut made across both
            # sides parts each side's tables at the other side's boundaries
            gaps = _block_columns(infos, part) if may_split else []
            sides = _ruled_sides(infos, part, hs) if may_split else None
            if sides:
                return [], set(), sides
            if gaps and _supported_gaps(infos, part, gaps):
                sides = _misaligned_sides(infos, part, gaps, hs)
                if sides:
                    return [], set(), sides
            pieces = [q for piece in _rejoined(infos, _stacked_tables(infos, part), hs)
                      for q in _opened_by_rule(infos, piece, hs)]
            cut_blocks += pieces
            siblings += [set(part) - set(piece) for piece in pieces]
    blocks = cut_blocks
    candidates: list[Candidate] = []
    # key-value lines are neither rows nor headers of the table beside them
    used: set[int] = set(kv_lines)
    running: set[int] = set()
    for block, others in zip(blocks, siblings):
        gaps = _block_columns(infos, block) or _gaps_above_totals(infos, block) \
            or _tight_value_gaps(infos, block)
        if not gaps or _supported_gaps(infos, block, gaps) == 0:
            continue
        pieces = _misaligned_sides(infos, block, gaps, hs) if may_split else None
        if pieces:
            return [], set(), pieces
        b_lo = min(infos[m].line.x0 for m in block)
        b_hi = max(infos[m].line.x1 for m in block)
        cut = _running_column(infos, block, b_lo, gaps[0][0], gaps[0])
        if not cut:
            cut = _running_column(infos, block, gaps[-1][1], b_hi, gaps[-1])
        if cut:
            running |= cut
            continue
        # numbers or at least three aligned lines make a table
        multi = [m for m in block if infos[m].multi]
        # values beside a label (not only numbers at line starts, like numbered headings)
        numeric_lines = sum(1 for m in multi if infos[m].valued)
        n_cols = len(gaps) + 1
        if numeric_lines < 2 and not (n_cols >= 3 and len(multi) >= 3) and not _key_figures_row(infos, block):
            continue
        if numeric_lines < 2 and _parallel_text(infos, block, gaps):
            continue
        if _repeated_form(infos, block):
            continue
        block = _grow(infos, block, gaps, used | others, hs, vs or [])
        used.update(block)
        ws = [w for m in block for w in infos[m].line.words]
        x0 = min(w["x0"] for w in ws)
        x1 = max(w["x1"] for w in ws)
        top = min(w["top"] for w in ws)
        bottom = max(w["bottom"] for w in ws)
        bbox = _snap_to_rules((x0, top, x1, bottom), hs, infos, block)
        candidates.append(Candidate(bbox, "borderless", [], None, ""))
    # once no panels are left to search apart: a key-value block beside a table on its lines
    kv = _key_value_column(infos)
    if kv:
        return [], running | kv, None
    return candidates, running, None


def _pending_in_rows(pending: list[_LineInfo], rows: list[_LineInfo]) -> bool:
    """More than three one-phrase lines between two rows of a block: each goes on in a cell of the
    rows above (rule 254), or, rule 383, up to three of them are a label's lines wrapped beside a
    list whose row is centred on it (starting where the rows' labels start, within half an em) while
    the others go on in cells."""
    left = min(r.phrases[0].x0 for r in rows)
    loose = [info for info in pending if not _goes_on_in_cell(info, rows, pending)]
    return len(loose) < len(pending) and (not loose or len(loose) <= 3 and all(
        len(info.phrases) == 1 and abs(info.phrases[0].x0 - left) <= 0.5 * info.phrases[0].size
        and not is_value(info.phrases[0].text) for info in loose))


def _goes_on_in_cell(info: _LineInfo, rows: list[_LineInfo], items: list[_LineInfo] = ()) -> bool:
    """Rule 254: a one-phrase line that goes on in a cell of the table's rows above it, right of the
    rows' labels: it starts where a later phrase of one of those rows starts, or an em and a half
    after it (the item's text after its bullet, a wrapped line under the item's text), and ends
    before that row's next phrase. A cell holding a bullet list of several items, each maybe
    wrapped, sets more lines under its row than a wrapped label does; text between two tables
    starts at their left."""
    if len(info.phrases) != 1:
        return False
    p = info.phrases[0]
    em = p.size
    # rule 383: a row whose line holds no label, only an item's last words and the figures (its
    # label wrapped above and below it, centred on the list), starts its cell with its first phrase
    left = min(r.phrases[0].x0 for r in rows) + em
    for row in rows:
        later = row.phrases[1:] if row.phrases[0].x0 <= left else row.phrases
        for q, nxt in zip(later, [*later[1:], None]):
            if q.x0 - 0.5 * em <= p.x0 <= q.x0 + 1.5 * em and (nxt is None or p.x1 < nxt.x0):
                return True
    # rule 380: a bullet list in a column of its own whose rows' labels and figures are centred
    # vertically on the list: no row's line holds an item, so no row has a phrase where the items
    # start; a bulleted line set wholly in the gap between a row's label and its figures (clear
    # of both by a word space) goes on in that row's cell, and so does a line of an item wrapped
    # under its text (starting within an em and a half after the bullet of another such line)
    return any(_in_row_gap(p, row) for row in rows if row.valued) and (item_bullet(p.words, 0) or any(
        it.phrases[0].x0 < p.x0 <= it.phrases[0].x0 + 1.5 * em for it in items
        if len(it.phrases) == 1 and item_bullet(it.phrases[0].words, 0)
        and any(_in_row_gap(it.phrases[0], row) for row in rows if row.valued)))


def _in_row_gap(p: Phrase, row: _LineInfo) -> bool:
    """Rule 380: does ``p`` lie in the gap between two phrases of ``row``, a word space clear of both?"""
    em = p.size
    return any(q.x1 + 0.25 * em <= p.x0 and p.x1 <= nxt.x0 - 0.25 * em
               for q, nxt in zip(row.phrases, row.phrases[1:]))


def _key_figures_row(infos: list[_LineInfo], block: list[int]) -> bool:
    """Rule 258: key figures across, one row of them: a last line of three values or more, nothing
    but values (a year or "Planned" may lead it), under heading lines without values, each value under
    one heading and each heading over one value (the headings' phrases, several lines of one heading
    taken together where they overlap). Two lines of a text table are not enough for a table (a
    numbered heading beside a page number is none); a heading over each value is."""
    last = infos[block[-1]]
    vals = [p for p in last.phrases if is_value(p.text)]
    if len(vals) < 3 or len(last.phrases) - len(vals) > 1:
        return False
    heads: list[list[float]] = []
    for m in block[:-1]:
        if infos[m].valued or infos[m].prose:
            return False
        for p in infos[m].phrases:
            for h in heads:
                if p.x0 < h[1] and p.x1 > h[0]:
                    h[0], h[1] = min(h[0], p.x0), max(h[1], p.x1)
                    break
            else:
                heads.append([p.x0, p.x1])
    over = [[h for h in heads if h[0] - 1 <= (v.x0 + v.x1) / 2 <= h[1] + 1] for v in vals]
    return len(heads) >= len(vals) and all(len(o) == 1 for o in over) \
        and len({id(o[0]) for o in over}) == len(vals)


def _repeated_form(infos: list[_LineInfo], block: list[int]) -> bool:
    """Rule 90: one form printed side by side for each party (signature blocks: "Signed:  Date: 4
    June 2020" twice, a name and a title under each) is no table: a block whose first line is one
    run of phrases repeated two or three times (the same texts in the same order) and whose other
    lines (five at most) hold no figure. A table wrapped into column groups repeats its header
    too, but has figures in its rows."""
    if not 2 <= len(block) <= 6:
        return False
    first = [p.text.strip().casefold() for p in infos[block[0]].phrases]
    n = len(first)
    if not any(n % k == 0 and n >= k and all(first[i * n // k:(i + 1) * n // k] == first[:n // k] for i in range(k))
               for k in (2, 3)):
        return False
    return not any(is_value(w["text"]) for k in block[1:] for w in infos[k].line.words)


def _titles_line(infos: list[_LineInfo], k: int, size: float) -> bool:
    """Rule 64: the titles of panels side by side ("Top donors    Funding"): a line of two to four
    phrases and no value, every phrase in a clearly larger type (an eighth) than the lines of the
    tables under it, each starting where a label (a phrase a value follows) of the next three lines starts (a panel's left
    edge, within half an em): it is no row or header of a table, as a title of one phrase is not.
    Column headings in a larger type sit over their columns, centred or set right, and are more."""
    info = infos[k]
    if not (info.multi and 2 <= len(info.phrases) <= 4 and size > 0):
        return False
    if not all(p.size > 1.12 * size and not is_value(p.text) for p in info.phrases):
        return False
    # labels: a phrase with a value right after it on its line (a heading over two columns is none)
    starts = [p.x0 for m in range(k + 1, min(k + 4, len(infos)))
              for p, q in zip(infos[m].phrases, infos[m].phrases[1:]) if not is_value(p.text) and is_value(q.text)]
    return all(any(abs(p.x0 - x) <= 0.5 * size for x in starts) for p in info.phrases)


def _gaps_above_totals(infos: list[_LineInfo], block: list[int]) -> list[tuple[float, float]]:
    """Column gaps of a block whose last line is a totals line of values alone (no label) that
    closes every gap (rule 48): a totals row set in bold, its sums a digit wider than the figures
    above, fills the narrow gutters of a tight table. The gaps are those of the lines above it, when
    each of its values lies under one column of them; the totals line stays the table's last row.
    Rule 66: the same for a totals line under a totals label ("TOTAL") that ends before the first
    gap: a tight table's bold sum reaches nearer its longest label than the figures above it do."""
    last = infos[block[-1]]
    if len(block) < 4 or not last.multi:
        return []
    values = last.phrases
    # rule 66: or a totals line under its label ("TOTAL  $ 21,034"), its sums as wide
    if is_total_label(values[0].text) and not is_value(values[0].text):
        values = values[1:]
    if not values or not all(is_value(p.text) for p in values):
        return []
    gaps = _block_columns(infos, block[:-1])
    # each value of the totals line lies under one column: none reaches over a whole gap
    if any(p.x0 < a and p.x1 > b for p in values for a, b in gaps):
        return []
    # the label stays in the label column: it ends before the first gap
    if values is not last.phrases and (not gaps or last.phrases[0].x1 > gaps[0][0] + EDGE):
        return []
    return gaps


def _tight_value_gaps(infos: list[_LineInfo], block: list[int]) -> list[tuple[float, float]]:
    """Column gaps of a block of figures set so tight that its gutters are no wider than a word space
    (rule 56): the phrase splitter joins neighbouring figures ("368 316 453"), so no phrase gap runs
    down the block. The gaps are then those between words that run down every line with values
    beside its label, each with a figure right of it on every such line: word spaces inside labels
    do not line up over several lines, and gutters of a numeric table do."""
    core = [k for k in block if infos[k].multi and infos[k].valued]
    if len(core) < 3:
        return []
    intervals = [(w["x0"], w["x1"], k) for k in core for w in infos[k].line.words]
    lo = min(a for a, _b, _k in intervals)
    hi = max(b for _a, b, _k in intervals)
    gaps = _coverage_gaps(intervals, 0, lo, hi, min_width=EDGE / 2)
    good = []
    for a, b in gaps:
        right = [min((w for w in infos[k].line.words if w["x0"] >= b - EDGE), key=lambda w: w["x0"], default=None)
                 for k in core]
        if all(w is not None and is_value(w["text"]) for w in right):
            good.append((a, b))
    # a table of figures: most of its columns hold them (a lone gap after a label is rule 31's case)
    return good if len(good) >= 3 else []


def _crossed(infos: list[_LineInfo], lines: list[int], gap: tuple[float, float], em: float,
             figures: list[Phrase] = ()) -> int:
    """How many of these lines have a cell after their label running over the middle of a column
    gap (by 0.1 em). Labels are left out: a part with short labels has a wide gap after them that
    the long labels of the other part run into, in one table too. ``figures``: the other part's
    phrases that are values (:func:`_wider_figure`)."""
    mid = (gap[0] + gap[1]) / 2
    return sum(1 for k in lines if any(p.x0 < mid - 0.1 * em and p.x1 > mid + 0.1 * em
                                       and not _wider_figure(p, figures, em)
                                       for p in infos[k].beside))


def _wider_figure(p: Phrase, figures: list[Phrase], em: float) -> bool:
    """Is this figure a wider one of a column of the other part (rule 57)? Centred or right-aligned
    over figures of that column (``figures``: the other part's values, picked once a cut; centres or
    right edges within 0.2 em), it runs into the gutter the narrower figures leave, in one table."""
    if not is_value(p.text):
        return False
    c = (p.x0 + p.x1) / 2
    return any(q.x1 - q.x0 < p.x1 - p.x0
               and (abs((q.x0 + q.x1) / 2 - c) <= 0.2 * em or abs(q.x1 - p.x1) <= 0.2 * em)
               for q in figures)


def _core(infos: list[_LineInfo], part: list[int]) -> list[int]:
    """The lines a part's columns come from (as in _block_columns)."""
    core = [k for k in part if infos[k].multi]
    valued = [k for k in core if infos[k].valued]
    return valued if len(valued) >= 2 else core


def _valued(infos: list[_LineInfo], core: list[int]) -> bool:
    return len(core) >= 2 and all(infos[k].valued for k in core)


def _stacked_tables(infos: list[_LineInfo], block: list[int]) -> list[list[int]]:
    """Tables stacked with no blank between them (panels of a dashboard column, a small table right
    under another) make one block of aligned lines. Each has its own columns: the upper part has a
    column gap that two or more lines of the lower part run over with a cell after their label (a
    phrase over its middle), and the lower part one that two or more of the upper part's lines run
    over; or one of the two, when the lower part starts with a header line of its own (two phrases
    or more, no value). In one table no row's cells run over a column gap of the others both ways
    (wider figures further down a column may run into a gap the narrow ones above leave), and no
    header line follows the rows. The block is cut where its two parts, each of three lines or more
    with two lines holding values beside a label, cross so (or where the upper table is closed above
    the lower one's headings: rule 140, :func:`_closed_table`); among such cuts the one before a line
    without values (the lower table's header), then the one with the widest blank above it, wins."""
    if len(block) < 6:
        return [block]
    em = median(infos[k].line.size for k in block)
    shared = _shared_header(infos, block)
    best = None
    for i in range(3, len(block) - 2):
        above, below = block[:i], block[i:]
        if shared and not _headings(infos[below[0]]) \
                and not _closed_table(infos, above, below, em, counts=False):
            continue
        ca, cb = _core(infos, above), _core(infos, below)
        # each part a table with two rows of values at least (a header over its body is no table)
        if not (_valued(infos, ca) and _valued(infos, cb)):
            continue
        need_a, need_b = min(2, len(ca)), min(2, len(cb))
        ga, gb = _block_columns(infos, above), _block_columns(infos, below)
        pa = [p for k in ca for p in infos[k].beside if is_value(p.text)]
        pb = [p for k in cb for p in infos[k].beside if is_value(p.text)]
        down = any(_crossed(infos, cb, g, em, pa) >= need_b for g in ga)
        up = any(_crossed(infos, ca, g, em, pb) >= need_a for g in gb)
        head = not any(is_value(p.text) for p in infos[below[0]].phrases)
        # one way only: when the lower part starts with a header line of its own
        if not (down and up) and not ((down or up) and head and infos[below[0]].multi) \
                and not _closed_table(infos, above, below, em,
                                      counts=not shared or head and infos[below[0]].multi):
            continue
        blank = infos[below[0]].line.top - infos[above[-1]].line.bottom
        if best is None or (head, blank) > best[0]:
            best = ((head, blank), i)
    if best is None:
        return [block]
    i = best[1]
    return _stacked_tables(infos, block[:i]) + _stacked_tables(infos, block[i:])


def _closed_table(infos: list[_LineInfo], above: list[int], below: list[int], em: float,
                  counts: bool = True) -> bool:
    """Rule 140: a table closed above a header of another. The lower part starts with a line of
    headings (no value: two phrases or more, or one heading over the figures, right of the labels
    under it) set after a blank wider than any between the upper part's rows, right under a line
    holding values; and the upper part is done: its last line is its totals (a totals label, or
    values alone), or its rows hold another number of values than the lower part's. Both parts
    line up, so no column gap is crossed (rule 31 finds nothing), but one table's rows go on at
    one pitch under a single header."""
    head, last = infos[below[0]], infos[above[-1]]
    if not head.phrases or any(is_value(p.text) for p in head.phrases) or not infos[below[1]].valued:
        return False
    if not any(is_value(p.text) for p in last.phrases):
        return False
    labels = [p.x0 for k in below[1:4] for p, q in zip(infos[k].phrases, infos[k].phrases[1:])
              if not is_value(p.text) and is_value(q.text)]
    if not labels:
        return False
    values = [p for k in below[1:4] for p in infos[k].beside if is_value(p.text)]
    if len(head.phrases) == 1 and head.phrases[0].x0 < min(labels) + 3 * em \
            and not any(abs(head.phrases[0].words[-1]["x1"] - p.x1) <= 0.2 * em for p in values):
        # a group row: a lone label over the label column (headings set close end over the figures)
        return False
    rows = [k for k in above if infos[k].valued]
    pitch = [infos[b].line.top - infos[a].line.bottom for a, b in zip(rows, rows[1:]) if b == a + 1]
    blank = head.line.top - last.line.bottom
    if not pitch or blank <= max(pitch) + 0.25 * em:
        return False
    if is_total_label(last.phrases[0].text) or all(is_value(p.text) for p in last.phrases):
        return True

    def n_values(part: list[int]) -> int:
        counts = [sum(1 for p in infos[k].beside if is_value(p.text)) for k in part if infos[k].valued]
        return max(sorted(set(counts)), key=counts.count)

    # under a shared header (rule 62) rows leave different columns empty: there only totals, or a
    # line of two headings or more, close a table
    return counts and n_values(above) != n_values(below)


def _opened_by_rule(infos: list[_LineInfo], block: list[int], hs: list[Ruling]) -> list[list[int]]:
    """Rule 65: a table drawn with its own rules (two or more of one extent, two lines or more
    between the first and the last) whose first rule has a line of headings right under it (no
    value, a heading right of the first phrase's column) and a line holding a value right above it
    starts at that rule: the line above is a row (or the totals) of another table stacked right over
    it, which the rule parts from it (rule 58 parts such panels when they stand beside a gutter).
    A line of years above the rule is the table's own upper header line, not a row.
    A rule over a group row (a lone label) or over the totals (one line under it) parts nothing."""
    if len(block) < 4:
        return [block]
    em = median(infos[k].line.size for k in block)
    mids = [(k, (infos[k].line.top + infos[k].line.bottom) / 2) for k in block]
    cuts = set()
    for st in _rule_stacks(hs, em, infos):
        first, last = st[0], st[-1]
        inside = [k for k, y in mids if first.pos < y < last.pos
                  and any(w["x1"] > first.start and w["x0"] < first.end for w in infos[k].line.words)]
        if len(inside) < 2:
            continue
        i = block.index(inside[0])
        if i == 0:
            continue
        above, under = infos[block[i - 1]], infos[inside[0]]
        if not above.line.bottom <= first.pos + EDGE <= under.line.top + 2 * EDGE:
            continue
        if any(is_value(p.text) for p in under.phrases) or not under.phrases:
            continue
        if not any(p.x0 > first.start + 3 * em for p in under.phrases) and not _over_values(infos, block, i + 1, under):
            continue  # a group row: a label at the table's left edge
        values = [p.text for p in above.phrases if is_value(p.text)]
        if not values or len(values) >= 2 and all(_YEAR.match(v) for v in values):
            continue  # no row: a line of years over the headings is the table's own header
        if not any(w["x1"] > first.start and w["x0"] < first.end for w in above.line.words):
            continue
        cuts.add(i)
    if not cuts:
        return [block]
    out, prev = [], 0
    for i in sorted(cuts):
        out.append(block[prev:i])
        prev = i
    out.append(block[prev:])
    return [p for p in out if p]


def _over_values(infos: list[_LineInfo], block: list[int], i: int, under: _LineInfo) -> bool:
    """Rule 89: headings set close together read as one phrase ("Location Funded Required
    Targeted") stand over the figures, right of the labels: two words or more of the line starting
    right of every label of the next three lines (a phrase with a value after it), where a group
    row's label stays over the label column."""
    ends = [p.x1 for k in block[i:i + 3] for p, q in zip(infos[k].phrases, infos[k].phrases[1:])
            if not is_value(p.text) and is_value(q.text)]
    if not ends:
        return False
    return sum(w["x0"] > max(ends) for w in under.line.words) >= 2


def _shared_header(infos: list[_LineInfo], block: list[int]) -> bool:
    """Rule 62: a sparse schedule's rows leave different columns empty, so its upper rows have gaps
    that its lower rows fill and the other way round, as two stacked tables would. When the block
    opens with a line of three headings or more and every cell beside a label further down lies
    under exactly one of those headings, the rows share that header's columns: one table, cut only
    before a header line of its own."""
    head = infos[block[0]]
    if not _headings(head) or len(head.phrases) < 3:
        return False
    cells = [p for k in block[1:] for p in infos[k].beside]
    return bool(cells) and all(sum(1 for h in head.phrases if p.x0 < h.x1 and p.x1 > h.x0) == 1 for p in cells)


def _headings(info: _LineInfo) -> bool:
    """A line of headings: two phrases or more and no value."""
    return info.multi and not any(is_value(p.text) for p in info.phrases)


def _rejoined(infos: list[_LineInfo], pieces: list[list[int]], hs: list[Ruling]) -> list[list[int]]:
    """A stacked cut whose upper table would take the first lines of the lower one as its
    continuation or totals lines (they sit in its columns, a row pitch below) is no boundary
    between two tables: the two pieces are one table again, when together they still leave a
    column gap (no gap at all is no table to rejoin)."""
    out = [pieces[0]]
    for piece in pieces[1:]:
        upper = out[-1]
        gaps = _block_columns(infos, upper)
        if _headings(infos[piece[0]]):
            # a cut just before a line of headings is the lower table's start, whatever its columns
            out.append(piece)
        elif gaps and piece[0] in _grow(infos, upper, gaps, set(), hs) and _block_columns(infos, upper + piece):
            out[-1] = upper + piece
        else:
            out.append(piece)
    return out


def _key_value_lines(infos: list[_LineInfo], block: list[int]) -> set[int]:
    """Key-value lines ("Total requirement:  6,297,984") set right under or above a small table:
    runs of two or more lines of two phrases, a label ending with a colon and one value, in a block
    whose other multi-phrase lines (two or more) have no label ending with a colon. A key-value block
    is not a table row; its wide values run over the table's column gaps."""

    def kv(k: int) -> bool:
        ps = infos[k].phrases
        return len(ps) == 2 and ps[0].text.rstrip().endswith(":") and is_value(ps[1].text)

    flags = [kv(k) for k in block]
    others = [k for k, f in zip(block, flags) if not f and infos[k].multi]
    if len(others) < 2 or any(infos[k].phrases[0].text.rstrip().endswith(":") for k in others):
        return set()
    out: set[int] = set()
    run: list[int] = []
    for k, f in zip(block + [None], flags + [False]):
        if f:
            run.append(k)
            continue
        if len(run) >= 2:
            out.update(run)
        run = []
    return out


def _key_value_column(infos: list[_LineInfo]) -> set[int]:
    """Ids of the words of a key-value block set beside a table on the same lines (rule 59): on two
    lines or more one under the other (lines of the table beside it between them, with no word in
    the block's column, do not part it), a label ending with a colon and one value after it
    ("Coverage:  7,372,627"), the labels starting at one x (within 0.3 em), the pair ending its
    line or followed by text (the next table's label), and on one of those lines or more other
    phrases beside the pair. Rule 30 takes key-value lines out of a block only when they are lines
    of their own; beside a table they share its lines, and their labels and wide values became
    the table's last (or first) columns. The words are set aside and the region is searched again
    without them (as for running text beside a table). Found in each region searched (after
    panels are searched apart), so key-value lines of their own between two tables of one column
    still part them (rule 30). A table whose labels end with colons has more values after them, or no other phrases on
    its lines."""

    def pair(k: int):
        # (index of the label phrase, number of phrases of the pair); the longest label of the block
        # may come closer to its value than a phrase gap: one phrase "Total requirement: 4,575,373"
        ps = infos[k].phrases
        for i, p in enumerate(ps):
            ws = [w["text"] for w in p.words]
            if len(ws) >= 2 and ws[-2].endswith(":") and is_value(ws[-1]) and len(ws) <= 6:
                n = 1
            elif i + 1 < len(ps) and p.text.rstrip().endswith(":") and len(ws) <= 5 and is_value(ps[i + 1].text):
                n = 2
            else:
                continue
            if i + n == len(ps) or not is_value(ps[i + n].text):
                return i, n
        return None

    out: set[int] = set()
    run: list[tuple[int, tuple[int, int]]] = []

    def close() -> None:
        if len(run) >= 2 and any(len(infos[k].phrases) > n for k, (_i, n) in run):
            for k, (i, n) in run:
                out.update(id(w) for p in infos[k].phrases[i:i + n] for w in p.words)

    span = [0.0, 0.0]
    for k in range(len(infos)):
        i = pair(k)
        if i is None:
            # a line of other panels only (a table row beside the block) neither ends nor joins it
            if run and any(w["x1"] > span[0] and w["x0"] < span[1] for w in infos[k].line.words):
                close()
                run = []
            continue
        ps = infos[k].phrases[i[0]:i[0] + i[1]]
        if run:
            pk, (pi, _n) = run[-1]
            prev, line = infos[pk].line, infos[k].line
            em = max(prev.size, line.size)
            if not (abs(infos[pk].phrases[pi].x0 - ps[0].x0) <= 0.3 * em
                    and line.top - prev.bottom <= 1.6 * max(prev.height, line.height, MIN_PITCH)):
                close()
                run = []
        if not run:
            span = [ps[0].x0, ps[-1].x1]
        span[1] = max(span[1], ps[-1].x1)
        run.append((k, i))
    close()
    return out


def _without(block: list[int], drop: set[int]) -> list[list[int]]:
    """The runs of a block left between the dropped lines."""
    out: list[list[int]] = [[]]
    for k in block:
        if k in drop:
            if out[-1]:
                out.append([])
        else:
            out[-1].append(k)
    return [b for b in out if b]


def _regular_gap(infos: list[_LineInfo], block: list[int], j: int, gap: float, pitch: float) -> bool:
    """Rows set far apart all along (generous padding, a leading of two lines or more): a gap as
    wide as the block's earlier gaps between rows, or, on the block's first gap, as the next one,
    within a quarter, does not end the block. Never beyond four line pitches."""
    if gap > 4 * pitch or not infos[j].multi:
        return False
    if len(block) >= 2:
        a, b = infos[block[-2]].line, infos[block[-1]].line
        ref = b.top - a.bottom
    elif j + 1 < len(infos) and infos[j + 1].multi:
        ref = infos[j + 1].line.top - infos[j].line.bottom
    else:
        return False
    return ref > 0 and abs(gap - ref) <= 0.25 * ref


def _row_gap(infos: list[_LineInfo], block: list[int]) -> float:
    """The usual gap between two lines of a block (median), 0 for a block of one line."""
    gaps = sorted(infos[b].line.top - infos[a].line.bottom for a, b in zip(block, block[1:]))
    return gaps[len(gaps) // 2] if gaps else 0.0


def _beside_label(phrases: list[Phrase]) -> list[Phrase]:
    """The phrases after a line's first (its label); for right-to-left text, before its last."""
    text = "".join(p.text for p in phrases)
    import unicodedata

    rtl = sum(1 for c in text if c.isalpha() and unicodedata.bidirectional(c) in ("R", "AL"))
    if rtl > 0.5 * sum(1 for c in text if c.isalpha()):
        return phrases[:-1]
    return phrases[1:]


def _join_groups(infos: list[_LineInfo], blocks: list[list[int]], vs: list[Ruling] | None = None
                 ) -> list[list[int]]:
    """Blocks of one table separated by a blank line (groups of rows: "Urban" rows, then "Rural"
    rows) join when their column gaps line up and nothing but a group label lies between them (not
    a heading in a larger type), and no vertical ruling says they are two tables (rule 81: column
    rules that run down one block end, or start, between the two)."""
    out: list[list[int]] = []
    for block in blocks:
        if out:
            prev = out[-1]
            between = list(range(prev[-1] + 1, block[0]))
            size = max(infos[m].line.size for m in prev + block)
            # a group label is in the table's type; a line clearly larger (one size step, as for
            # titles above) is a heading between two tables
            ok = len(between) <= 2 and not any(
                infos[k].prose or infos[k].caption or infos[k].note or infos[k].multi
                or infos[k].line.size > 1.12 * size for k in between)
            if ok:
                chain = [infos[k].line for k in [prev[-1], *between, block[0]]]
                pitch = max(max(ln.height for ln in chain), MIN_PITCH)
                ok = all(b.top - a.bottom <= 3.2 * pitch for a, b in zip(chain, chain[1:]))
            if ok:
                g1, g2 = _block_columns(infos, prev), _block_columns(infos, block)
                ok = len(g1) == len(g2) > 0 and all(a0 < b1 + 1 and b0 < a1 + 1 for (a0, a1), (b0, b1) in zip(g1, g2))
            if ok and vs:
                ok = not _rules_part(infos[prev[-1]].line, infos[block[0]].line, infos, prev, block, vs)
            if ok:
                out[-1] = prev + between + block
                continue
        out.append(list(block))
    return out


def _rules_part(last: Line, first: Line, infos: list[_LineInfo], prev: list[int], block: list[int],
                vs: list[Ruling]) -> bool:
    """Does a vertical ruling run down the lines of one block and end (or start) between it and
    the other, reaching none of the other's lines? A table's column rules stop with it."""
    lo = min(infos[m].line.x0 for m in prev + block)
    hi = max(infos[m].line.x1 for m in prev + block)
    for v in vs:
        if not lo - EDGE <= v.pos <= hi + EDGE:
            continue
        down_prev = v.start <= infos[prev[0]].line.top + EDGE and v.end >= last.bottom - EDGE
        down_block = v.start <= first.top + EDGE and v.end >= infos[block[-1]].line.bottom - EDGE
        if down_prev and v.end < first.top - EDGE or down_block and v.start > last.bottom + EDGE:
            return True
    return False


def _caption_continuation(infos: list[_LineInfo], k: int) -> bool:
    """Is line k the second or third line of a caption ("Table 10: Indicators of ... / in 2006")?"""
    j = k
    while j > 0 and k - j < 3:
        above, this = infos[j - 1].line, infos[j].line
        if this.top - above.bottom > 0.8 * max(this.height, above.height):
            return False
        if infos[j - 1].caption:
            return True
        j -= 1
    return False


def _grow(infos: list[_LineInfo], block: list[int], gaps, used: set[int], hs: list[Ruling],
          vs: list[Ruling] | None = None) -> list[int]:
    """Add header lines above and continuation/total lines below."""
    block = sorted(block)
    lo_x = min(infos[m].line.x0 for m in block)
    hi_x = max(infos[m].line.x1 for m in block)
    # rule 81: column rules running down the whole block start at the table's top: a line above
    # where they all start is a title, not a header line
    first_top, last_bottom = infos[block[0]].line.top, infos[block[-1]].line.bottom
    down = [v for v in vs or () if lo_x - EDGE <= v.pos <= hi_x + EDGE
            and v.start <= first_top + EDGE and v.end >= last_bottom - EDGE]
    ruled_from = min((v.start for v in down), default=None) if len(down) >= 2 else None
    width = hi_x - lo_x
    em = median(infos[m].line.size for m in block)
    spanning = [h.pos for h in hs if h.overlap(lo_x, hi_x) >= 0.8 * width]
    row_gap = _row_gap(infos, block)
    # upwards: header lines (at most six: a taller stack above a table is a text, not its header)
    k = block[0] - 1
    added = 0
    while k >= 0 and added < 6 and k not in used:
        info = infos[k]
        below = infos[block[0]].line
        gap = below.top - info.line.bottom
        pitch = max(info.line.height, below.height, MIN_PITCH)
        # rule 370: a line of headings set tight over the rows' columns reads as one long phrase
        tight = info.prose and _tight_headings(info.line, gaps)
        if (info.prose and not tight) or info.caption or info.note or gap > max(1.6 * pitch, 1.15 * row_gap):
            break
        # (rule 314: a line of headings set apart, wider gaps than word spaces between them, is no
        # caption's or paragraph's last line, however close under it)
        if (_caption_continuation(infos, k) or _ends_paragraph(infos, k)) and not _spaced_headings(info.line):
            break
        if _fields_line(info):
            break
        if ruled_from is not None and info.line.bottom <= ruled_from + EDGE:
            break
        block_size = median(infos[m].line.size for m in block)
        if _small_note(info, block_size):
            break
        if len(info.phrases) == 1 and info.line.size > 1.12 * block_size or _titles_line(infos, k, block_size):
            break  # a title above the table (or the titles of panels side by side, rule 64)
        if any(info.line.bottom - EDGE <= y <= below.top + EDGE for y in spanning):
            # crossing a rule upwards: only into a header closed by another rule above (booktabs;
            # a header is a few lines: the closing rule is within four line pitches)
            # (rule 62: or into a line of headings set apart, right over the rule: a lone header rule)
            # (rule 125: the lines taken so far may be group rows, a lone label at the table's left
            # edge: the body's first row under the header rule, as at the top of a continued part)
            if not any(info.line.top - 4 * pitch <= y <= info.line.top + EDGE for y in spanning) \
                    and not (all(_group_label(infos[m], lo_x, em) for m in block[:added])
                             and (_headings_run(_phrase(info.line.words, k)) or _spaced_headings(info.line))):
                break
        # a header may overhang the body a little (a long heading over the first or last column)
        overhang = 0.15 * width + 0.5 * em
        if info.line.x0 < lo_x - overhang and not _heading_over_first(info.line, infos, block, em) \
                or info.line.x1 > hi_x + overhang:
            break
        # a header line sits over the columns: a single short phrase must not be a paragraph line
        # (rule 62: unless it is a run of headings, as over a narrow schedule of months)
        if len(info.phrases) == 1 and (info.line.x1 - info.line.x0) > 0.8 * width and len(info.line.words) > 6 \
                and not _headings_run(info.phrases[0]) and not tight:
            break
        block.insert(0, k)
        added += 1
        k -= 1
    # downwards: up to two continuation or totals lines inside the block's width, and any number of
    # lines that wrap a text cell of the rows above (a long text in a right-hand column may wrap wider
    # than anything above it)
    k = block[-1] + 1
    added = 0
    while k < len(infos) and k not in used:
        info = infos[k]
        above = infos[block[-1]].line
        gap = info.line.top - above.bottom
        pitch = max(info.line.height, above.height, MIN_PITCH)
        if info.prose or info.caption or info.note or gap > max(1.2 * pitch, 1.15 * row_gap):
            break
        if len(info.phrases) == 1 and info.line.size > 1.12 * em:
            break  # a lone figure or a heading in a larger type: a totals row is set in the table's type
        if not _wraps_text_cell(infos, block, info, lo_x):
            if added >= 2:
                break
            if info.line.x0 < lo_x - 0.5 * em or info.line.x1 > hi_x + 0.5 * em:
                break
            # a line starting at the table's left edge in capitals is the next paragraph or note
            # (rule 402: unless it is a group row left last before a page break, inside the rule
            # that closes the table)
            if len(info.phrases) == 1 and abs(info.line.x0 - lo_x) < 0.3 * em and not info.line.text[:1].islower():
                if not _group_row_inside_rule(infos, block, info, above, spanning, lo_x, em):
                    break
                block.append(k)
                break  # the rule under it closes the table
        block.append(k)
        added += 1
        k += 1
    return block


def _group_row_inside_rule(infos: list[_LineInfo], block: list[int], info: _LineInfo, above: Line,
                           spanning: list[float], lo_x: float, em: float) -> bool:
    """Rule 402: a lone label at the table's left edge under its last row, with a rule as wide as the
    table right under it (within a line) and none between it and the row above, is a row of the table
    when the table holds group rows like it (a label alone at its left edge, no value, a row with
    figures under it): a group's label left last when the page broke the table, its rows on the next
    page, the closing rule drawn under it ("Commercial" under "Republic of Moldova"; where rules part
    every row at one pitch, the rule over it is one of them). A note or the next paragraph stands
    under the closing rule."""
    if not _group_label(info, lo_x, em):
        return False
    under = [y for y in spanning if info.line.bottom - EDGE <= y <= info.line.bottom + info.line.height + EDGE]
    if not under:
        return False
    between = [y for y in spanning if above.bottom - EDGE <= y <= info.line.top + EDGE]
    if between:
        # (a rule between it and the row above is a row's rule when the rules part every row at
        # one pitch: the one over it as far from the one before as from the one under it)
        step = under[0] - between[-1]
        if not any(abs((between[-1] - y) - step) <= 2 * EDGE for y in spanning if y < between[-1] - EDGE):
            return False
    return any(_group_label(infos[m], lo_x, em) and n < len(block) and any(is_value(p.text) for p in infos[block[n]].phrases)
               for n, m in enumerate(block[:-1], 1))


def _tight_headings(line: Line, gaps, least: int = 3) -> bool:
    """Rule 370: the headings of a table set tight (small padding, narrow columns) run together as
    one long phrase ("Company/Brand Product/Brand Technol. Mat. SCN Resist. Seed Trmt. ..."), which
    reads as a sentence by its length. Over the rows, though, the line parts where the rows' columns
    part: no word of it crosses a gutter of the body (three gutters or more), each of those gutters
    lies in a space of the line wider than its narrowest word space by a third, and it has words over
    three columns or more. A sentence's words fall across gutters, its spaces of one width."""
    ws = line.words
    if len(gaps) < least or len(ws) < least + 1 or not _over_columns(line, gaps, least):
        return False
    # the widest space over each gutter (a heading may reach into a gutter with a word space of its
    # own), against the spaces over none (word spaces inside a heading)
    spaces = [(a["x1"], b["x0"]) for a, b in zip(ws, ws[1:])]
    widest = []
    for lo, hi in gaps:
        at = [b - a for a, b in spaces if min(b, hi) - max(a, lo) > 0]
        if at:
            widest.append(max(at))
    inner = [b - a for a, b in spaces if not any(min(b, hi) - max(a, lo) > 0 for lo, hi in gaps)]
    if not widest:
        return False
    narrow = min(inner, default=None)
    return narrow is None or min(widest) >= max(1.33 * narrow, narrow + 1.0)


def _over_columns(line: Line, gaps, least: int = 3) -> bool:
    """Rules 370-371: a line that stands over the columns of the rows under it: three gutters or
    more, no word of the line across one, words over three of the columns or more."""
    ws = line.words
    if len(gaps) < least:
        return False
    if any(w["x0"] < a + EDGE and w["x1"] > b - EDGE for a, b in gaps for w in ws):
        return False
    cols = set()
    edges = [a for a, _b in gaps]
    for w in ws:
        mid = (w["x0"] + w["x1"]) / 2
        cols.add(sum(1 for e in edges if mid > e))
    return len(cols) >= 3


#: rule 302: a page number alone on its line: "- 101 -", "– 7 –", "Page 7", "Page 7 of 40", "7 / 40"
PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*\d{1,4}\s*[-–—]"
                         r"|(?:page|pág\.?|página)\s*\d{1,4}(?:\s*(?:of|/|de|sur)\s*\d{1,4})?)$", re.IGNORECASE)


def _small_note(info: _LineInfo, size: float) -> bool:
    """Rule 301: a note set over a table in smaller type (its units, the data's date: "All amounts
    in USD.", "Data as of 3 May 2024; provisional."): one phrase of three words or more ending a
    sentence (".", ";"), in type at most 0.9 of the table's, is no header line. Headings name
    their columns; they end no sentence."""
    if len(info.phrases) != 1 or info.line.size > 0.9 * size:
        return False
    text = info.phrases[0].text.strip()
    return len(text.split()) >= 3 and text[-1:] in ".;"


def _spaced_headings(line: Line) -> bool:
    """Rule 314: two to six words, one gap between them at least wider than half an em and than
    twice the narrowest (a caption or a paragraph is set with word spaces), no full stop or comma."""
    ws = line.words
    if not 2 <= len(ws) <= 6 or any(w["text"][-1:] in ".,;:" for w in ws):
        return False
    gaps = [b["x0"] - a["x1"] for a, b in zip(ws, ws[1:])]
    return max(gaps) > max(0.5 * line.size, 2 * min(gaps))


def _heading_over_first(line: Line, infos: list[_LineInfo], block: list[int], em: float) -> bool:
    """Rule 314: a heading set flush left over a column of figures set flush right ("Female" over
    "651", the age bands centred after them) overhangs the body on the left by more than a long
    heading does, yet it stands over the column: its first word ends over the first texts of the
    body's lines (past the start of most of them by half an em), and it is a word or two, no
    sentence."""
    first = line.words[0]
    starts = [infos[m].line.x0 for m in block]
    over = sum(1 for x in starts if first["x1"] >= x + 0.5 * em)
    return len(line.words) <= 6 and over >= max(2, 0.6 * len(starts)) and not line.text.rstrip().endswith(".")


def _group_label(info: _LineInfo, lo_x: float, em: float) -> bool:
    """A group row: one label, no value, at the table's left edge (within half an em)."""
    return len(info.phrases) == 1 and not is_value(info.phrases[0].text) and abs(info.line.x0 - lo_x) <= 0.5 * em


_FIELD = re.compile(r"^\w[^:：]{0,40}[:：](?:\s|$|\S)")


def _fields_line(info: _LineInfo) -> bool:
    """Rule 79: a line of form fields ("Diagnosis:   Sample type: EDTA   Status: normal", "Case
    Tracking Number:   150109-DSP   Agency:   Bureau of ..."): two or more of its phrases are a
    label ending with a colon, its value after it (in the phrase or the next one, not a figure:
    "Reached:  12,500   Target:  20,000" is a dashboard's key figures) or left blank, and most of
    its phrases are such labels and values. Headings are names, not fields, and rows do not label their cells: such a line
    starts no table, ends the one above it and is no header line of the one below it."""
    labels = [bool(_FIELD.match(p.text)) for p in info.phrases]
    # a phrase right after a label ending with its colon is that field's value ("Agency:  Bureau")
    parts = sum(1 for k, lab in enumerate(labels)
                if lab or (k and labels[k - 1] and info.phrases[k - 1].text.rstrip()[-1:] in ":："
                           and not is_value(info.phrases[k].text)))
    return sum(labels) >= 2 and parts > len(info.phrases) / 2


def _ends_paragraph(infos: list[_LineInfo], k: int) -> bool:
    """Is line ``k`` the last line of the paragraph above it (rule 41)? One phrase (word spaces
    only), starting where the prose line right above it starts, at that paragraph's line pitch: a
    table set flush under running text would otherwise take the paragraph's short last line as
    its header."""
    if k == 0 or len(infos[k].phrases) != 1:
        return False
    above, line = infos[k - 1], infos[k].line
    if not above.prose:
        return False
    em = max(line.size, above.line.size)
    pitch = max(above.line.height, line.height, MIN_PITCH)
    return abs(line.x0 - above.line.x0) <= 0.3 * em and line.top - above.line.bottom <= 0.6 * pitch


def _wraps_text_cell(infos: list[_LineInfo], block: list[int], info: _LineInfo, lo_x: float) -> bool:
    """Is this line (below the block) the next line of a text cell of the block's last lines? It
    holds no values, is not in the label column, starts where that cell's text starts (left
    aligned) and stays left of the next cell of that row."""
    line = info.line
    align = 0.2 * line.size  # left edges of one column's lines agree to a fraction of an em
    if line.x0 <= lo_x + 0.3 * line.size or any(is_value(p.text) for p in info.phrases):
        return False
    for m in reversed(block[-4:]):
        ps = infos[m].phrases
        for i, p in enumerate(ps):
            if abs(p.x0 - line.x0) <= align and not is_value(p.text):
                right = ps[i + 1].x0 if i + 1 < len(ps) else float("inf")
                return line.x1 < right - EDGE
    return False


def _snap_to_rules(bbox, hs: list[Ruling], infos, block) -> tuple[float, float, float, float]:
    """Extend the box to horizontal rules just above and below that span it (booktabs)."""
    x0, top, x1, bottom = bbox
    width = x1 - x0
    line_h = median(infos[m].line.height for m in block) if block else 10
    # a rule of the table spans it and overhangs it by little (not a page-wide separator far wider)
    spanning = [h for h in hs if h.overlap(x0, x1) >= 0.8 * width and h.length <= 1.6 * width + 4 * line_h]
    above = [h for h in spanning if top - 1.5 * line_h <= h.pos <= top + EDGE]
    below = [h for h in spanning if bottom - EDGE <= h.pos <= bottom + 1.5 * line_h]
    if above:
        h = max(above, key=lambda h: h.pos)
        top = min(top, h.pos)
        x0, x1 = min(x0, h.start), max(x1, h.end)
    if below:
        h = min(below, key=lambda h: h.pos)
        bottom = max(bottom, h.pos)
        x0, x1 = min(x0, h.start), max(x1, h.end)
    return (x0, top, x1, bottom)


def _is_bold(line: Line) -> bool:
    words = [w for w in line.words if w["text"].strip()]
    return bool(words) and sum(1 for w in words if _BOLD.search(w.get("fontname") or "")) >= 0.6 * len(words)


def title_above(words: list[dict], bbox, body_size: float) -> str:
    """The table's title: a caption ("Table 3: ...") or a short bold or larger line just above it
    (with the lines of the same style right above that one)."""
    x0, top, x1, _bottom = bbox
    width = x1 - x0
    # a title is within about five body lines above the table, over it or overhanging it by an em
    cands = [w for w in words if w["bottom"] <= top + EDGE and top - w["bottom"] <= 5.2 * body_size
             and w["x1"] >= x0 - 0.1 * width - body_size and w["x0"] <= x1 + body_size]
    if not cands:
        return ""
    lines = group_lines(cands)
    lines = [ln for ln in lines if ln.bottom <= top + 1]
    if not lines:
        return ""
    nearest = max(lines, key=lambda ln: ln.bottom)
    if top - nearest.bottom > 2.5 * max(nearest.height, body_size):
        return ""
    text = nearest.text.strip()
    # a caption may wrap: walk up over lines of the same style that end up at a caption start
    chosen = [nearest]
    k = lines.index(nearest)
    while k > 0:
        above = lines[k - 1]
        if chosen[0].top - above.bottom > 0.6 * above.height or abs(above.size - nearest.size) > 0.5:
            break
        chosen.insert(0, above)
        k -= 1
        if CAPTION.match(above.text.strip()):
            break
    full = " ".join(ln.text.strip() for ln in chosen)
    # a headnote or unit line under the caption is the caption's note, not its title
    lead = next((i for i, ln in enumerate(chosen) if i and _headnote(chosen[i:])), len(chosen))
    if lead < len(chosen) and CAPTION.match(chosen[0].text.strip()):
        return _with_unit(_caption_text(chosen[:lead]), chosen[lead:])
    if CAPTION.match(full):
        return full
    if CAPTION.match(text):
        return text
    if _headnote(chosen):
        caption = _caption_over(words, chosen[0], x0, x1, body_size)
        if caption:
            return _with_unit(caption, chosen)
    styled = _is_bold(nearest) or nearest.size > 1.12 * body_size
    short = len(full.split()) <= 25
    if styled and short and all(_is_bold(ln) == _is_bold(nearest) for ln in chosen):
        return full
    return ""


# a unit line ("In thousands of dollars", "(en milliers)", "Unidad: personas") under a caption
_UNIT = re.compile(r"^\(?(?:in|en)\s+(?:thousands|millions|billions|percent|milliers|millions|milliards"
                   r"|miles|millones|porcentaje|pourcentage)\b|^\(?(?:units?|unit[ée]s?|unidad(?:es)?)\s*:",
                   re.IGNORECASE)
#: where a headnote's unit ends
_UNIT_END = re.compile(r"[(.;,\[\]]")


def _headnote(lines: list[Line]) -> bool:
    """Lines that are a table's headnote, set between its caption and the table: a block in
    brackets or parentheses ("[In thousands (11,062.6 represents 11,062,600). Based on ...]"), or a
    unit line ("In millions of dollars", "(en milliers)")."""
    first, last = lines[0].text.strip(), lines[-1].text.strip()
    if (first[:1], last[-1:]) in (("[", "]"), ("(", ")")):
        return True
    return len(lines) == 1 and bool(_UNIT.match(first))


def _with_unit(caption: str, note: list[Line]) -> str:
    """The caption with the unit its headnote gives: the figures are read in it, so a title without it
    would misstate them ("Table 4. Arrests" of "581.8" thousand). A one-line headnote ("(In thousands
    of persons)", "(measured in hundreds)") stays whole; of a note block, its opening unit words
    ("[In thousands (11,062.6 represents 11,062,600). ...]" gives "[In thousands]")."""
    first = note[0].text.strip()
    if len(note) == 1:
        return f"{caption} {first}"
    opening = first[1:].lstrip()
    m = _UNIT.match(opening)
    if not m:
        return caption
    unit = _UNIT_END.split(opening[m.start():], maxsplit=1)[0].strip()
    return f"{caption} {first[0]}{unit}{']' if first[0] == '[' else ')'}"


def _caption_over(words: list[dict], block_top: Line, x0: float, x1: float, body_size: float) -> str:
    """A caption line ("Table 324. Arrests by Sex and Age: 2009") right above a headnote whose top line
    is ``block_top``, with the lines of its style it wraps onto; "" when the line above is no caption."""
    near = 2.5 * max(block_top.height, body_size)
    above = [w for w in words if w["bottom"] <= block_top.top + EDGE and block_top.top - w["bottom"] <= 4 * near
             and w["x1"] >= x0 - body_size and w["x0"] <= x1 + body_size]
    lines = [ln for ln in group_lines(above) if ln.bottom <= block_top.top + 1] if above else []
    if not lines or block_top.top - lines[-1].bottom > 0.6 * max(lines[-1].height, block_top.height):
        return ""
    chosen = [lines[-1]]
    for ln in reversed(lines[:-1]):
        if CAPTION.match(chosen[0].text.strip()):
            break
        if chosen[0].top - ln.bottom > 0.6 * ln.height or abs(ln.size - chosen[0].size) > 0.5:
            break
        chosen.insert(0, ln)
    return _caption_text(chosen) if CAPTION.match(chosen[0].text.strip()) else ""


def _caption_text(lines: list[Line]) -> str:
    """The text of a caption's lines, but for a running head's page number set on its first line far
    to its right (more than 3 em apart)."""
    first = sorted(lines[0].words, key=lambda w: w["x0"])
    cut = next((k for k in range(1, len(first)) if first[k]["x0"] - first[k - 1]["x1"] > 3 * lines[0].size),
               len(first))
    head = " ".join(ln.text.strip() for ln in group_lines(first[:cut]))
    return " ".join([head] + [ln.text.strip() for ln in lines[1:]])


def caption_below(words: list[dict], bbox, body_size: float) -> str:
    """Notes right under a table that belong to it: footnotes ("* ...", "¹ ..."), "Source: ...",
    "Note: ..." lines."""
    x0, _top, x1, bottom = bbox
    width = x1 - x0
    # notes start within about three body lines under the table
    cands = [w for w in words if w["top"] >= bottom - EDGE and w["top"] - bottom <= 3.6 * body_size
             and w["x1"] >= x0 - body_size and w["x0"] <= x1 + 0.1 * width]
    if not cands:
        return ""
    lines = group_lines(cands)
    out: list[str] = []
    last_bottom = bottom
    for line in lines:
        if line.top - last_bottom > 1.6 * max(line.height, body_size * 0.8):
            break
        text = line.text.strip()
        if not out and not is_note(text):
            break
        out.append(text)
        last_bottom = line.bottom
        if len(out) >= 4:
            break
    return " ".join(out)


# -------------------------------------------------------------------------------------------- page


def find_candidates(page, words: list[dict], hs: list[Ruling], vs: list[Ruling]) -> list[Candidate]:
    """Table candidates of a page: ruled grids first, then text blocks in what is left."""
    page_width, page_height = float(page.width), float(page.height)
    out: list[Candidate] = []
    taken: list[tuple[float, float, float, float]] = []
    em = median(w.get("size") or (w["bottom"] - w["top"]) for w in words) if words else 10.0
    for comp in components(hs, vs):
        grid = grid_of(comp)
        if grid is None:
            continue
        bbox = grid.bbox
        # too small to hold two cells of text (a box, a check mark, an underline pair)
        if (bbox[2] - bbox[0]) < 2 * em or (bbox[3] - bbox[1]) < em:
            continue
        inside = [w for w in words if _inside(w, bbox)]
        if len(inside) < 2:
            continue
        cw = grid_words(grid, inside)
        filled = sum(1 for ws in cw.values() if ws)
        total = len(cw)
        # a grid of shaded cells alone (rule 250: their marks are no text) is no table
        if filled < 2 or sum(1 for ws in cw.values() if any(not w.get("shade") for w in ws)) < 2:
            continue
        if total >= 6 and filled < 0.25 * total:
            continue  # a chart's plot area or a drawing: most of its boxes are empty
        if looks_like_figure(page, bbox, inside, grid):
            continue
        if grid.n_cols >= 2 and grid.n_rows >= 2 and not _undersegmented(grid, cw):
            out.append(Candidate(bbox, "ruled", inside, grid))
        elif _multi_phrase_lines(inside) >= 2:
            out.append(Candidate(bbox, "framed", inside, grid))
        taken.append(bbox)
    # overlapping grids: keep the outer one
    out = _drop_nested(out)
    ruled = [c for c in out if c.kind == "ruled"]
    framed = [c for c in out if c.kind != "ruled"]
    axes = axis_words(words) | _key_figures(words) | chart_words(page, words, em)
    rest = [w for w in words if id(w) not in axes and not any(_inside(w, c.bbox, pad=2.0) for c in ruled)]
    blocks = []
    aside: set[int] = set()
    for region in _panel_regions(page, rest, em):
        for cand in text_blocks(region, page_width, page_height, hs, aside, vs):
            if any(_overlap_frac(cand.bbox, c.bbox) > 0.3 for c in ruled):
                continue
            blocks.append(cand)
    # a frame around a text block's table wins; a frame that is a piece of a text block's table
    # (a shaded row, a stripe) joins it
    kept_blocks = []
    for cand in blocks:
        # rule 373: a block cut under its masthead first (rule 325), then weighed against a frame:
        # the headings over a box round the body are counted without the masthead's lines
        cut = _under_masthead(cand.bbox, rest)
        if cut != cand.bbox and _two_parts_only(cut, rest):
            continue
        cand.bbox = cut
        if any(_overlap_frac(cand.bbox, f.bbox) >= 0.8 and not _headings_over(cand.bbox, f.bbox, rest)
               for f in framed):
            continue
        kept_blocks.append(cand)
    for f in list(framed):
        hosts = [c for c in kept_blocks if _overlap_frac(f.bbox, c.bbox) >= 0.5]
        if hosts:
            framed.remove(f)
            host = hosts[0]
            host.bbox = (min(host.bbox[0], f.bbox[0]), min(host.bbox[1], f.bbox[1]),
                         max(host.bbox[2], f.bbox[2]), max(host.bbox[3], f.bbox[3]))
    for cand in _rule_banded(rest, hs, em):
        if any(_overlap(cand.bbox, c.bbox) for c in ruled + framed):
            continue
        over = [c for c in kept_blocks if _overlap(cand.bbox, c.bbox)]
        # a text table that starts inside the stack and runs on under it takes the bands it starts
        # in (its headings); the stack keeps only the bands above it
        under = [c for c in over if _runs_on_under(c.bbox, cand.bbox, rest)]
        if under:
            start = min(c.bbox[1] for c in under)
            above = [h for h in cand.rules if h.pos <= start + EDGE]
            cut = _banded_grid(above, rest, em) if len(above) >= 3 else []
            if not cut:
                continue
            cand = cut[0]
            over = [c for c in kept_blocks if _overlap(cand.bbox, c.bbox)]
        # rows of wrapped text between rules: the rules say where each row ends, better than the
        # text's line spacing; a text block over the same lines gives way
        if over and not (cand.wrapped and cand.text_columns >= max(2, 0.5 * cand.grid.n_cols)) \
                and not _header_band(over, cand):
            continue
        if looks_like_figure(page, cand.bbox, cand.words):
            continue
        kept_blocks = [c for c in kept_blocks if c not in over]
        # rules 360-361: a text block's title band or field block over the rules is no header line
        top = min((_sheet_matter(c.bbox, rest, float(page.width))[1] for c in over), default=cand.bbox[1])
        if top < cand.bbox[1] - EDGE:
            # the text block's header lines above the first rule are the first row
            h0 = cand.rules[0]
            wider = _banded_grid([Ruling("h", top - EDGE, h0.start, h0.end), *cand.rules], rest, em)
            if wider:
                cand = wider[0]
        ruled.append(cand)
    out = ruled + framed
    frames = page_frames(page) if kept_blocks else []
    for cand in kept_blocks:
        for frame in frames:
            cand.bbox = _within_frame(cand.bbox, frame, rest)
        cand.bbox = _sheet_matter(cand.bbox, rest, float(page.width))
        # words set aside by the search (running text, a key-value block beside the table) are
        # no cells even where the table's box reaches over them
        cand.words = [w for w in rest if _inside(w, cand.bbox) and id(w) not in aside]
        x0, top, x1, bottom = cand.bbox
        # axis labels and legends sit about a line outside a chart's plot area
        pad = 1.2 * em
        around = (x0 - pad, top - pad, x1 + pad, bottom + pad)
        if looks_like_figure(page, cand.bbox, [w for w in words if _inside(w, around)]):
            continue
        out.append(cand)
    for cand in out:
        size = median(w.get("size") or (w["bottom"] - w["top"]) for w in cand.words) if cand.words else 10.0
        cand.title = title_above(words, cand.bbox, size)
        cand.caption = caption_below(words, cand.bbox, size)
    out.sort(key=lambda c: (c.bbox[1], c.bbox[0]))
    return out


def _header_band(over: list[Candidate], stack: Candidate) -> bool:
    """Rule 253: text blocks lying wholly in the first band of a stack of three bands or more (between
    its top rule and the next) are the stack's header, not a table the stack is read over: a table
    whose cells hold bullet lists of several lines, set between rules, breaks the text search under
    its header (more one-phrase lines between two rows than a table's wrapped label), which found the
    header lines alone."""
    pos = sorted(r.pos for r in stack.rules)
    if len(pos) < 4:
        return False
    return all(pos[0] - EDGE <= c.bbox[1] and c.bbox[3] <= pos[1] + EDGE for c in over)


def _headings_over(block, frame, words: list[dict]) -> bool:
    """Rule 252: a text block that reaches above a frame by a line of headings (two phrases or more,
    on one to three lines) is a table whose body the frame holds: the rules under each row and the
    edges of its shaded cells (a workplan's periods, marked and shaded) make the frame, its headings
    stand over the top rule. The frame is a piece of the block's table, not the table round it."""
    if block[1] >= frame[1] - EDGE:
        return False
    above = [w for w in words if _inside(w, block) and w["bottom"] <= frame[1] + EDGE]
    lines = group_lines(above)
    if not 1 <= len(lines) <= 3:
        return False
    if any(len(split_phrases(ln)) >= 2 for ln in lines):
        return True
    # rule 375: or one line of headings set tight over the frame's columns (rule 370)
    gaps = _columns_of([w for w in words if _inside(w, frame)], frame[2] - frame[0])
    return any(_tight_headings(ln, gaps) for ln in lines)


def _columns_of(words: list[dict], width: float) -> list[tuple[float, float]]:
    """The column gaps of the lines these words make (``_block_columns`` over all of them)."""
    infos = _line_infos(group_lines(words), width)
    return _block_columns(infos, list(range(len(infos)))) if infos else []


def _panel_regions(page, words: list[dict], em: float) -> list[list[dict]]:
    """Rule 231: the text inside a rounded panel (``rulings.panel_boxes``) holding three lines or
    more, with text outside it, is searched apart from the rest of the page: a small table in a
    panel beside running text shares the running text's lines only by chance (the two set at
    leadings that meet every few lines), and no table runs across a panel's edge."""
    regions: list[list[dict]] = []
    rest = words
    for box in sorted(panel_boxes(page, em), key=lambda b: (b[2] - b[0]) * (b[3] - b[1])):
        inside = [w for w in rest if box[0] <= (w["x0"] + w["x1"]) / 2 <= box[2]
                  and box[1] <= (w["top"] + w["bottom"]) / 2 <= box[3]]
        if len(inside) == len(rest) or len(group_lines(inside)) < 3:
            continue
        # a word across the panel's edge: the box is drawn behind text that runs on, no panel
        if any(w["x0"] < box[0] - 1 or w["x1"] > box[2] + 1 or w["top"] < box[1] - 1
               or w["bottom"] > box[3] + 1 for w in inside):
            continue
        if _headed_box(box, inside, rest, em):
            continue
        regions.append(inside)
        mine = {id(w) for w in inside}
        rest = [w for w in rest if id(w) not in mine]
    return [rest, *regions]


def _headed_box(box, inside: list[dict], words: list[dict], em: float) -> bool:
    """Rule 371: a rounded box drawn round a table's body, its headings set over the box's top edge,
    is no panel: the line right above the box (its bottom within an em and a half of the edge, lying
    across the box's width and no wider) stands over the columns of the lines inside (three gutters
    or more, no word of it across one, words over three columns or more: ``_over_columns``). Those
    lines are the table's header, searched with its rows. A panel set beside running text has no
    line over its columns; the text above it runs across any gutter of its small table."""
    gaps = _columns_of(inside, box[2] - box[0])
    if len(gaps) < 3:
        return False
    mine = {id(w) for w in inside}
    near = [w for w in words if id(w) not in mine and box[1] - 1.5 * em <= w["bottom"] <= box[1] + 1
            and w["x0"] >= box[0] - em and w["x1"] <= box[2] + em]
    return any(_over_columns(ln, gaps) for ln in group_lines(near))


def _runs_on_under(block, stack, words: list[dict]) -> bool:
    """Does a text block start inside a stack of ruled bands (below its first rule) and go on
    under its last rule for more lines than it has inside the stack? Then the bands it starts in
    are its header, not rows of a table of the stack's own (rule 54)."""
    top, bottom = stack[1], stack[3]
    if block[1] <= top + EDGE or block[3] <= bottom + EDGE:
        return False
    ws = [w for w in words if _inside(w, block)]
    inside = group_lines([w for w in ws if (w["top"] + w["bottom"]) / 2 <= bottom])
    below = group_lines([w for w in ws if (w["top"] + w["bottom"]) / 2 > bottom])
    return len(below) > len(inside)


#: a band between two rules with more lines than this is running text, not a table row
MAX_BAND_LINES = 12


def _rule_banded(words: list[dict], hs: list[Ruling], em: float) -> list[Candidate]:
    """Tables whose rows are the bands between horizontal rules of one length and whose columns are
    gutters of text, with no vertical rule (a results framework, a table of text in every column set
    between full-width rules). Neither path above finds them: without vertical rules there is no
    grid, and lines of words without values are prose to the text blocks.

    Three or more rules of the same extent (ends within 2 points) stacked one under the other make
    the bands; a band of more than ``MAX_BAND_LINES`` lines ends the stack (running text between
    page rules). The columns are the gaps at least half an em wide that no word of any band crosses,
    with text on both sides in two bands or more. Each stack gives a grid: its rules and a vertical
    line in every such gap; it is a table when its bands hold text in two columns or more and its
    cells hold one row each (several lines of values in one cell are rows of a table the text must
    decide: ``_undersegmented``)."""
    stacks = _by_extent(sorted((h for h in hs if h.length >= 6 * em),
                               key=lambda h: (round(h.start), round(h.end), h.pos)))
    out = []
    # the words by the height of their middle, to find a band's by bisection (not a pass over the page's
    # words for each band); a band keeps the page's order of its words
    by_middle: list[int] = []
    middles: list[float] = []
    if stacks:
        mids = [(w["top"] + w["bottom"]) / 2 for w in words]
        by_middle = sorted((k for k, m in enumerate(mids) if m == m), key=mids.__getitem__)
        middles = [mids[k] for k in by_middle]
    for st in stacks:
        st.sort(key=lambda h: h.pos)
        # double rules and rules closer than a line are one edge
        rules = [st[0]]
        for h in st[1:]:
            if h.pos - rules[-1].pos >= 0.8 * em:
                rules.append(h)
        run: list[Ruling] = [rules[0]] if rules else []
        for a, b in zip(rules, rules[1:]):
            inside = sorted(by_middle[bisect_left(middles, a.pos):bisect_right(middles, b.pos)]) \
                if a.pos == a.pos and b.pos == b.pos else []  # (a rule at no number has no band)
            band = [w for w in map(words.__getitem__, inside) if w["x0"] >= a.start - 2 and w["x1"] <= a.end + 2]
            if run == [a] and a is rules[0] and len(rules) >= 4 and _caption_band(band):
                # rule 283: a caption between a running head's rule and the table's top rule (the
                # same extent: the text column's) is the table's title, no band of it
                run = [b]
                continue
            if not band or len(group_lines(band)) > MAX_BAND_LINES and not _rows_of_text(band):
                if len(run) >= 3:
                    out.extend(_banded_grid(run, words, em))
                elif len(run) == 1:
                    out.extend(_header_rule_grid(run[0], words, hs, em))
                run = [b]
                continue
            run.append(b)
        if len(run) >= 3:
            out.extend(_banded_grid(run, words, em))
        elif len(run) == 1:
            out.extend(_header_rule_grid(run[0], words, hs, em))
    return out


def _caption_band(band: list[dict]) -> bool:
    """Rule 283: a band holding one line, a caption ("Annex 11. Budget by output", "Table 3:")."""
    lines = group_lines(band)
    return len(lines) == 1 and bool(CAPTION.match(lines[0].text.strip()))


def _header_rule_grid(rule: Ruling, words: list[dict], hs: list[Ruling], em: float) -> list[Candidate]:
    """A table of text whose only rule is the one under its header (a booktabs table that lost its
    own top and bottom borders, as LibreOffice draws them). Headings just above the rule (up to
    three lines, no values, within 1.5 line pitches) over a block of aligned columns of text below
    it: the body runs down line by line until a blank of over 2.2 line pitches, a note or caption,
    a rule across the table or a line reaching out of the rule's extent, and keeps the lines down
    to the last one where every column gap that parts two headings is still open (a line crossing
    one closes it). The header and the body are then read as the bands of a booktabs table
    (``_banded_grid``) between the rule and two drawn at the top of the headings and the foot of
    the body."""
    lo, hi = rule.start - 2, rule.end + 2
    width = rule.length
    near = [w for w in words if w["x1"] > rule.start and w["x0"] < rule.end]
    if len(near) < 4:
        return []
    # most rules have no text right above or right below them (within three heights of the page's
    # tallest word here): nothing to group
    reach = 3 * max(max(w["bottom"] - w["top"] for w in near), MIN_PITCH)
    if not any(rule.pos - reach <= w["bottom"] <= rule.pos + EDGE for w in near) \
            or not any(rule.pos - EDGE <= w["top"] <= rule.pos + reach for w in near):
        return []
    lines = group_lines(near)

    def outside(ln: Line) -> bool:
        return any(w["x0"] < lo or w["x1"] > hi for w in ln.words)

    def ruled_between(y0: float, y1: float) -> bool:
        return any(y0 - EDGE < h.pos < y1 + EDGE and h.overlap(rule.start, rule.end) >= 0.8 * width
                   for h in hs if h is not rule and abs(h.pos - rule.pos) > EDGE)

    def stops(ln: Line) -> bool:
        text = ln.text.strip()
        return outside(ln) or bool(CAPTION.match(text)) or is_note(text)

    above = [ln for ln in lines if ln.bottom <= rule.pos + EDGE]
    below = [ln for ln in lines if ln.top >= rule.pos - EDGE]
    head: list[Line] = []
    edge = rule.pos
    for ln in reversed(above):
        pitch = max(ln.height, MIN_PITCH)
        if len(head) == 3 or edge - ln.bottom > 1.5 * pitch or stops(ln) or ruled_between(ln.bottom, edge) \
                or any(is_value(w["text"]) for w in ln.words):
            break
        head.insert(0, ln)
        edge = ln.top
    body: list[Line] = []
    edge, height = rule.pos, 0.0
    for ln in below:
        if ln.top - edge > 2.2 * max(ln.height, height, MIN_PITCH) or stops(ln) or ruled_between(edge, ln.top):
            break
        body.append(ln)
        edge, height = ln.bottom, ln.height
    if not head or len(body) < 2:
        return []
    size = _size([w for ln in head + body for w in ln.words])

    def parted(hl: list[Line], bl: list[Line]) -> int:
        # column gaps with headings on both sides
        hw = [w for ln in hl for w in ln.words]
        gaps, _lo, _hi = _gutters(hw + [w for ln in bl for w in ln.words], size)
        return sum(1 for g0, g1 in gaps if any(w["x1"] <= g0 + 0.1 for w in hw) and any(w["x0"] >= g1 - 0.1 for w in hw))

    # the header lines parting the most gaps over the first body line (a title above the headings
    # runs across them)
    cols, m = max((parted(head[-m:], body[:1]), m) for m in range(1, len(head) + 1))
    if cols == 0:
        return []
    head = head[-m:]
    # the last line down to which the gaps under the headings are all open: a line crossing one
    # closes it for good, while a narrow gap at a column's left edge opens once three lines start
    # there (``_gutters``)
    n = next(k for k in range(len(body), 0, -1) if parted(head, body[:k]) >= cols)
    body = body[:n]
    if len(body) < 2:
        return []
    band = [w for ln in body for w in ln.words]
    if len(body) > MAX_BAND_LINES and not _rows_of_text(band):
        return []
    top = Ruling("h", min(ln.top for ln in head) - EDGE, rule.start, rule.end)
    bottom = Ruling("h", max(ln.bottom for ln in body) + EDGE, rule.start, rule.end)
    return _banded_grid([top, rule, bottom], words, em)


def _size(words: list[dict]) -> float:
    return median(w.get("size") or (w["bottom"] - w["top"]) for w in words)


#: rule 92: the narrowest gap no word crosses that can part two columns of text (ems), where four
#: words or more start at its right end within 0.05 em
TOUCH = 0.03


def _gutters(words: list[dict], size: float) -> tuple[list[tuple[float, float]], float, float]:
    """The gaps at least half an em wide that no word crosses, and the words' left and right ends.
    A narrower gap (down to 0.15 em) counts where three words or more start at its right end (within
    0.2 em): the left edge of a column of left-aligned text, set closer to the column before it than
    half an em (LibreOffice's cell padding). Rule 92: a gap of columns that touch (down to
    ``TOUCH`` em: a cell's text filled to its edge, the next cell's padding alone between them)
    counts where four words or more start at its right end within 0.05 em (a column's left edge,
    drawn at one x down the table)."""
    spans = sorted((w["x0"], w["x1"]) for w in words)
    lefts = [a for a, _b in spans]
    gaps = []
    reach = spans[0][1]
    for a, b in spans[1:]:
        if a - reach >= 0.5 * size or (a - reach >= 0.15 * size
                                       and bisect_right(lefts, a + 0.2 * size) - bisect_left(lefts, a) >= 3) \
                or (a - reach >= TOUCH * size and bisect_right(lefts, a + 0.05 * size) - bisect_left(lefts, a) >= 4):
            gaps.append((reach, a))
        reach = max(reach, b)
    return gaps, spans[0][0], reach


def _rows_of_text(band: list[dict]) -> bool:
    """Is a band of more than ``MAX_BAND_LINES`` lines the body of a booktabs table rather than
    running text: columns of text apart by gutters, cut by blank strips across all of them
    (``_blank_rows``) into rows of ``MAX_BAND_LINES`` lines at most in each column? (Counted by
    column: cells centred in their row put the lines of neighbouring columns half a line apart.)"""
    size = _size(band)
    gaps, lo, hi = _gutters(band, size)
    if not gaps:
        return False
    xs = [lo - 1] + [(a + b) / 2 for a, b in gaps] + [hi + 1]
    cuts = _blank_rows(band, xs, size)
    if not cuts:
        return False
    edges = [-float("inf"), *cuts, float("inf")]
    for a, b in zip(edges, edges[1:]):
        for c0, c1 in zip(xs, xs[1:]):
            cell = [w for w in band if a <= (w["top"] + w["bottom"]) / 2 < b and c0 <= (w["x0"] + w["x1"]) / 2 < c1]
            if len(group_lines(cell)) > MAX_BAND_LINES:
                return False
    return True


def _banded_grid(rules: list[Ruling], words: list[dict], em: float) -> list[Candidate]:
    from app.extract.tables.lattice import Component

    x0 = min(h.start for h in rules)
    x1 = max(h.end for h in rules)
    top, bottom = rules[0].pos, rules[-1].pos
    inside = [w for w in words if top <= (w["top"] + w["bottom"]) / 2 <= bottom and w["x0"] >= x0 - 2 and w["x1"] <= x1 + 2]
    if len(inside) < 4:
        return []
    size = _size(inside)
    gaps, lo, hi = _gutters(inside, size)
    if not gaps:
        return []
    bands = list(zip(rules, rules[1:]))
    kept = []
    for g0, g1 in gaps:
        both = 0
        for a, b in bands:
            ws = [w for w in inside if a.pos <= (w["top"] + w["bottom"]) / 2 <= b.pos]
            if any(w["x1"] <= g0 + 0.1 for w in ws) and any(w["x0"] >= g1 - 0.1 for w in ws):
                both += 1
        if both >= 2:
            kept.append((g0 + g1) / 2)
    if not kept:
        return []
    kept = _heading_over_next(kept, bands, inside)
    xs = [min(x0, lo - 1)] + kept + [max(x1, hi + 1)]
    vs = [Ruling("v", x, top, bottom) for x in xs]
    hs = [Ruling("h", h.pos, xs[0], xs[-1]) for h in rules]
    for a, b in bands:
        band = [w for w in inside if a.pos <= (w["top"] + w["bottom"]) / 2 <= b.pos]
        hs += [Ruling("h", y, xs[0], xs[-1]) for y in _blank_rows(band, xs, size)]
    hs.sort(key=lambda h: h.pos)
    grid = grid_of(Component(hs=hs, vs=vs))
    if grid is None or grid.n_cols < 2 or grid.n_rows < 2:
        return []
    cw = grid_words(grid, inside)
    stacked = _stacked_rows(grid, cw)
    if stacked:
        # rule 82: the lines of a band set one under the other are its rows (a rule between each)
        for r in stacked:
            lines = group_lines([w for (rr, _c), ws in cw.items() if rr == r for w in ws])
            hs += [Ruling("h", (a.bottom + b.top) / 2, xs[0], xs[-1]) for a, b in zip(lines, lines[1:])]
        hs.sort(key=lambda h: h.pos)
        grid = grid_of(Component(hs=hs, vs=vs))
        if grid is None:
            return []
        cw = grid_words(grid, inside)
    if sum(1 for ws in cw.values() if ws) < 4 or _undersegmented(grid, cw):
        return []
    # a cell holding two or more lines of values alone is several rows (a booktabs body between its
    # header and totals rules): the text must decide; not when a line of words goes with them (a
    # figure wrapped with its words, "13,919 | (women | 50%)", is one cell)
    for ws in cw.values():
        lines = group_lines(ws)
        alone = sum(1 for line in lines if all(is_value(w["text"]) for w in line.words))
        if alone >= 2 and alone == len(lines):
            return []
    cand = Candidate(grid.bbox, "ruled", inside, grid)
    cand.wrapped = any(len(group_lines(ws)) >= 2 for ws in cw.values() if ws)
    # columns of text: three in four of their cells below the first row hold more words than values
    # (two words at least: "1.1 Strengthen national capacities", not "29% households")
    for c in range(grid.n_cols):
        cells = [[not is_value(w["text"]) for w in ws] for (r, cc), ws in cw.items() if cc == c and r > 0 and ws]
        wordy = sum(1 for f in cells if sum(f) >= 2 and sum(f) > len(f) - sum(f))
        if cells and wordy >= 0.75 * len(cells):
            cand.text_columns += 1
    cand.rules = rules
    return [cand]


def _heading_over_next(kept: list[float], bands, words: list[dict]) -> list[float]:
    """Rule 284: a gutter between text found only in the first band (a heading, set left or centred in
    a wide column) and text found only in the bands under it (the column's figures, set right) is no
    column edge: the heading is the figures' ("People targeted" over "4,465,932")."""
    first = [w for w in words if bands[0][0].pos <= (w["top"] + w["bottom"]) / 2 <= bands[0][1].pos]
    rest = [w for w in words if not any(w is f for f in first)]
    edges = [-math.inf, *kept, math.inf]

    def holds(ws: list[dict], k: int) -> bool:
        return any(edges[k] < (w["x0"] + w["x1"]) / 2 < edges[k + 1] for w in ws)

    drop = {k for k in range(1, len(edges) - 1) if holds(first, k - 1) and not holds(rest, k - 1)
            and holds(rest, k) and not holds(first, k)}
    return [x for k, x in enumerate(kept, 1) if k not in drop]


#: a blank strip across all columns this much (in ems) taller than the blank between the lines of
#: one cell ends a row (it holds a cell's padding below and the next one's above)
ROW_BLANK = 0.25


def _blank_rows(band: list[dict], xs: list[float], size: float) -> list[float]:
    """Where a band between two rules (booktabs: a rule above and below the header and at the bottom
    only) holding text in every column is cut into rows: the middle of each blank strip across all
    columns that no word covers, taller by ``ROW_BLANK`` em than the blank between two lines of one
    cell. Inside a cell the lines follow at the text's leading; between rows come the cells'
    padding, so the blank is taller. The blank between lines is the smallest blank between two
    lines of one column that do not touch (a cell of several lines holds one); without a wrapped
    cell there is nothing to compare with and the band is left whole. Rows set at the leading alone (no padding)
    cannot be told apart this way."""
    cols: list[list[Line]] = []
    for c0, c1 in zip(xs, xs[1:]):
        ws = [w for w in band if c0 <= (w["x0"] + w["x1"]) / 2 < c1]
        if not ws:
            return []
        cols.append(group_lines(ws))
    # lines that touch or overlap (a raised note, a tight leading) say nothing of the blank
    inner = [b.top - a.bottom for lines in cols for a, b in zip(lines, lines[1:]) if b.top > a.bottom]
    if not inner:
        return []
    line_blank = min(inner)
    spans = sorted((ln.top, ln.bottom) for lines in cols for ln in lines)
    out = []
    reach = spans[0][1]
    for t, b in spans[1:]:
        if t - reach >= line_blank + ROW_BLANK * size:
            out.append((reach + t) / 2)
        reach = max(reach, b)
    return out


def _overlap(a, b) -> bool:
    return _overlap_frac(a, b) > 0.3 or _overlap_frac(b, a) > 0.3


def _key_figures(words: list[dict]) -> set[int]:
    """Ids of the words of key figures: a figure printed alone in a type 1.3 times the usual size of
    the words on its line (their median), or more, fewer than half of them ("39,377,851" on a dashboard, level with the header of a
    small table beside it). The cells of a table row share a type size; such a figure is no cell,
    and on the line of a table it joined the tables left and right of it into one."""
    out: set[int] = set()
    for line in group_lines(words):
        sizes = [w.get("size") or (w["bottom"] - w["top"]) for w in line.words]
        # against the line's usual size (not its smallest word: a raised note marker is smaller)
        usual = median(sizes)
        big = [w for w, z in zip(line.words, sizes) if z >= 1.3 * usual]
        if not big or len(big) > 3 or 2 * len(big) >= len(line.words):
            continue
        # figures, and signs without letters or digits ("$")
        if all(is_value(w["text"]) or not any(c.isalnum() for c in w["text"]) for w in big) \
                and any(is_value(w["text"]) for w in big):
            out.update(id(w) for w in big)
    return out | _callouts(words)


#: words a key figure may hold beside its figure: a scale, a currency code or sign ("1.2 million",
#: "USD 4.5 billion", "3,2 millones")
_FIGURE_WORD = re.compile(r"^(?:[A-Z]{3}|US\$|[$€£¥%]|(?i:million|billion|thousand|trillion|milliard|millone|mil|"
                          r"mille|bn|m|k)s?)$")


def _callouts(words: list[dict]) -> set[int]:
    """Ids of the words of key-figure call-outs (rule 148): a phrase in a type 1.5 times the page's
    usual size or more (its median), of at most four words, a figure and otherwise only a scale,
    currency or percent sign ("1.2 million", "USD 227.1 million", "56%"), with its label right under
    it: one line in smaller type, within half the figure's size under it, starting under the figure
    (from an em before it to its end), at most six words and no figure ("people in need"). Such a
    stack is no table row, wherever it stands beside a table; its lines had been read as the first
    column of the table next to it."""
    if not words:
        return set()
    usual = median(w.get("size") or (w["bottom"] - w["top"]) for w in words)
    big = [w for w in words if (w.get("size") or (w["bottom"] - w["top"])) >= 1.5 * usual]
    out: set[int] = set()
    for line in group_lines(big):
        size = line.size
        ws = sorted(line.words, key=lambda w: w["x0"])
        phrases, cur = [], [ws[0]]
        for a, b in zip(ws, ws[1:]):
            if b["x0"] - a["x1"] > size:
                phrases.append(cur)
                cur = []
            cur.append(b)
        phrases.append(cur)
        for ph in phrases:
            if len(ph) > 4 or not any(is_value(w["text"]) for w in ph) \
                    or not all(is_value(w["text"]) or _FIGURE_WORD.match(w["text"]) for w in ph):
                continue
            x0, x1, bottom = ph[0]["x0"], ph[-1]["x1"], max(w["bottom"] for w in ph)
            under = [w for w in words if id(w) not in out and w not in ph
                     and (w.get("size") or (w["bottom"] - w["top"])) < 0.8 * size
                     and bottom - 1.0 <= w["top"] <= bottom + 0.5 * size]
            label = group_lines(under)[:1]
            if not label:
                continue
            lw = sorted((w for w in label[0].words if w["x0"] >= x0 - usual), key=lambda w: w["x0"])
            # the label's words run on from the first one under the figure, a word space apart
            if not lw or lw[0]["x0"] > x1:
                continue
            run = lw[:1]
            for w in lw[1:]:
                if w["x0"] - run[-1]["x1"] > 1.2 * label[0].size:
                    break
                run.append(w)
            if len(run) > 6 or any(is_value(w["text"]) for w in run):
                continue
            out.update(id(w) for w in ph)
            out.update(id(w) for w in run)
    return out


def _overlap_frac(a, b) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    area = max((a[2] - a[0]) * (a[3] - a[1]), 1e-6)
    return ix * iy / area


def _drop_nested(cands: list[Candidate]) -> list[Candidate]:
    keep = []
    for c in sorted(cands, key=lambda c: -(c.bbox[2] - c.bbox[0]) * (c.bbox[3] - c.bbox[1])):
        if any(_overlap_frac(c.bbox, k.bbox) > 0.8 for k in keep):
            continue
        keep.append(c)
    return keep
