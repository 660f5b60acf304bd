"""Per-page features for the section tree (runs in a worker process, once per page).

The worker turns the page's cached words (:func:`app.source.layout.page_words`) into *segments*: runs of
words on one baseline that are not separated by a wide gap (a column gutter or a table column). Each
segment keeps what heading detection and reading order need — its box, dominant font size, bold /
italic / monospace flags, colour — and nothing else, so the result is small and JSON-able.

It also collects the page's internal links (``/Link`` annotations whose target is a place in the same
document: a table of contents line pointing at its heading), image boxes (photo captions sit next to
them) and the text of vertical words (kept, but never taken for headings).

Layout of the returned dict (version ``FEATURES_VERSION``)::

    {"v": 6, "page": 12, "width": 595.3, "height": 841.9,
     "fonts": ["Arial-BoldMT", ...], "colors": ["#1f4e79", ...],
     "segs": [[x0, top, x1, bottom, size, font, color, flags, row, text, lead], ...],
     "links": [[x0, top, x1, bottom, target_page, target_top], ...],
     "images": [[x0, top, x1, bottom], ...],
     "graphics": [[x0, top, x1, bottom], ...],   # filled coloured shapes
     "rules": [[x0, top, x1, bottom], ...],      # horizontal stroked lines (born-digital pages)
     "vertical": ["text", ...],
     "ocr": 1}                # only on a page read by OCR: sizes measured on the image

``lead`` is the number of leading characters set in a distinct (bold) style when the rest of the
segment is body text — a run-in heading such as "**Objective 2.** IOM will …" — else 0.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from operator import itemgetter
import unicodedata
from typing import Any

from app.source.layout import page_words
from app.document.textfix import clean_text as normalise_ligatures

FEATURES_VERSION = 18

# Flags of a segment.
BOLD = 1
ITALIC = 2
MONO = 4
VERTICAL = 8
#: The segment mixes fonts (e.g. a bold lead-in followed by regular text).
MIXED = 16
#: Set entirely in capitals (letters only).
CAPS = 32
#: Small capitals or a smaller size for most of the segment than its first letters (not used yet).
SMALLER_TAIL = 64

_SUBSET = re.compile(r"^[A-Z]{6}\+")
_X0, _TOP, _X1, _BOTTOM = itemgetter("x0"), itemgetter("top"), itemgetter("x1"), itemgetter("bottom")
#: where a font's family name ends ("Arial-BoldMT", "Calibri,Bold")
_FAMILY_END = re.compile(r"[-,]")
_BOLD = re.compile(
    r"bold|black|heavy|semibold|demibold|extrabold|ultrabold|-demi|-medi\b|-medi(?:ita|um)?$|"
    r"-bd\b|-blk|-hv(?:y|cn|it|obl)?\b|,bold|\bbd$|(?:^|[^a-z])(?:cm|lm|sf|ec|tc|cmss|sfss|lmss)[a-z]*bx|bx\d|cmb\d|-sb\b|"
    r"semibd|demibd|fett|(?:^|[^a-z])[a-z]{2,5}(?:bx|sx|bl|sb)\d{2,4}|^p[a-z]{2}b[a-z]?8[a-z]",
    re.IGNORECASE,
)
_ITALIC = re.compile(
    r"italic|oblique|-it\b|-ital|slanted|kursiv|(?:cm|sf|lm|ec)(?:ti|sl|bxti|bxsl)\d|ti\d\d|-bdit|-boldit|"
    r"-mediita|-it$|italc",
    re.IGNORECASE,
)
_MONO = re.compile(r"mono|courier|cmtt|sftt|lmtt|typewriter|consol|menlo|code|txtt|inconsolata|tt\d*$", re.IGNORECASE)

#: A numbering label alone ("1.2", "A.", "IV", "Chapter 3", "§ 4") that a wide gap separates from its
#: heading text; it is glued back to the next segment on the same row.
_LABEL = re.compile(
    r"^(?:(?:chapter|part|section|annex|appendix|objective|kapitel|teil|chapitre|cap[ií]tulo|parte)\s+)?"
    r"(?:\d{1,3}(?:[.\-]\d{1,3}){0,5}\.?|[A-Z]\.?|[IVXLC]{1,6}\.?|§\s*\d+)$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def font_style(fontname: str) -> int:
    """BOLD / ITALIC / MONO flags from a font name (subset prefix ignored). Cached: a page has a few
    fonts and thousands of words."""
    name = _SUBSET.sub("", fontname or "")
    flags = 0
    if _BOLD.search(name):
        flags |= BOLD
    if _ITALIC.search(name):
        flags |= ITALIC
    if _MONO.search(name):
        flags |= MONO
    return flags


def _colour(value: Any) -> str:
    """A pdfplumber non-stroking colour as "#rrggbb" ("" when unknown or a pattern)."""
    if isinstance(value, (tuple, list)):
        try:
            return _colour_of(tuple(value))
        except TypeError:  # unhashable components (a pattern)
            pass
    return _colour_uncached(value)


@functools.lru_cache(maxsize=4096)
def _colour_of(value: tuple) -> str:
    return _colour_uncached(value)


def _colour_uncached(value: Any) -> str:
    if value is None:
        return "#000000"
    if isinstance(value, (int, float)):
        value = (value,)
    try:
        comps = [float(v) for v in value]
    except (TypeError, ValueError):
        return ""
    if len(comps) == 1:
        r = g = b = comps[0]
    elif len(comps) == 3:
        r, g, b = comps
    elif len(comps) == 4:
        c, m, y, k = comps
        r, g, b = (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    else:
        return ""
    clamp = lambda v: max(0, min(255, round(v * 255)))  # noqa: E731
    return "#{:02x}{:02x}{:02x}".format(clamp(r), clamp(g), clamp(b))


def _rows(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group upright words into rows (one baseline each), sorted left to right.

    A word joins a row when its baseline is the row's (within a third of the smaller height), or
    when it is a small word inside the row's height (a superscript or subscript). Rows do not grow
    with the words they take, so a large heading beside two lines of a neighbouring column does not
    merge those lines."""
    words = sorted(_drop_caps_placed(words), key=lambda w: (w["bottom"], w["x0"]))
    rows: list[list[dict[str, Any]]] = []
    bands: list[tuple[float, float]] = []  # (top, bottom) of each row's first word
    for w in words:
        top, bottom = w["top"], w["bottom"]
        h = max(bottom - top, 0.1)
        placed = False
        for i in range(len(rows) - 1, max(-1, len(rows) - 6), -1):
            rt, rb = bands[i]
            rh = max(rb - rt, 0.1)
            if abs(bottom - rb) <= 0.3 * min(h, rh):
                placed = True
            elif 0.4 * rh <= h < 0.8 * rh and top >= rt - 0.5 * rh and bottom <= rb + 0.35 * rh:
                # superscript / subscript; a line beside a drop cap four lines high is none of its
                placed = True
            if placed:
                rows[i].append(w)
                break
        if not placed:
            rows.append([w])
            bands.append((top, bottom))
    _raised_suffixes_join(rows, bands)
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    rows.sort(key=lambda r: min(w["top"] for w in r))
    return rows


def _drop_caps_placed(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A drop cap (a paragraph's first letter set several lines high, the lines beside it indented) is
    the first letter of the top line beside it: "T" + "his release" is "This release". Its box, from
    the font's size, reaches down to the last line it spans, so it was read into that line ("T December
    2007") and the lines it spans into its row. A single capital letter three times the size of the
    text or more, with a word starting right after it whose middle lies within 1.3 of its size above its
    foot, takes the place and size of the topmost such word."""
    sizes = sorted(float(w.get("size") or 0) for w in words)
    body = sizes[len(sizes) // 2] if sizes else 0.0
    if body <= 0:
        return words
    out = list(words)
    for k, cap in enumerate(words):
        size = float(cap.get("size") or 0)
        if size < 3 * body or len(cap["text"]) != 1 or not cap["text"].isupper():
            continue
        beside = [w for w in words if w is not cap and cap["x1"] - 1 <= w["x0"] <= cap["x1"] + 1.5 * body
                  and cap["bottom"] - 1.3 * size <= (w["top"] + w["bottom"]) / 2 <= cap["bottom"]
                  and float(w.get("size") or 0) < 0.5 * size]
        if beside:
            first = min(beside, key=lambda w: w["top"])
            out[k] = dict(cap, top=first["top"], bottom=first["bottom"], size=first.get("size"), drop_cap=True)
    return out


def _suffix(w: dict[str, Any]) -> bool:
    """A raised ordinal suffix: "th", "st", "er", "e", "o" (1st, 10th, 1er, 2e, 1.º), lower-case letters."""
    t = w["text"]
    return len(t) <= 3 and t.isalpha() and t.islower()


#: A note marker set raised after a word: digits ("2007.¹", "1,2"), or the signs of notes.
_NOTE_MARK = re.compile(r"^(\d{1,3}(?:[,\u2013-]\d{1,3})*|[*\u2020\u2021\u00a7]{1,3})$")
_RAISED_MARK = re.compile("^[\u2070\u00b9\u00b2\u00b3\u2074-\u2079,\u2013*\u2020\u2021\u00a7-]+$")
_RAISED = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")


_TEXT = itemgetter("text")


@functools.lru_cache(maxsize=1 << 16)
def _raised_candidate(text: str) -> bool:
    """A word's text may be a raised ordinal suffix (:func:`_suffix`) or a note marker: by text, so a
    page's words are looked up, not tested one by one (most texts come back on every page)."""
    return (len(text) <= 3 and text.isalpha() and text.islower()) or bool(_NOTE_MARK.match(text))


def _kerned_into(w: dict[str, Any], row: list[dict[str, Any]]) -> bool:
    """A letter or two set inside a word of ``row``: its box reaches into a word's on its left and into
    a word's on its right (or starts or ends where they do): the raised A of "LaTeX" between its L
    and its T. A word of a neighbouring column's line beside a taller line reaches into none."""
    t = w["text"]
    if len(t) > 2 or not t.isalpha():
        return False
    x0, x1 = w["x0"], w["x1"]
    return any(v["x0"] < x0 <= v["x1"] + 0.1 for v in row) and any(v["x0"] - 0.1 <= x1 < v["x1"] for v in row)


def _raised_suffixes_join(rows: list[list[dict[str, Any]]], bands: list[tuple[float, float]]) -> None:
    """A raised word sits above its line's baseline, so in the order by bottom it comes first and
    opens a row of its own: "10th" read as "10" with a stray "th" line that was then lost, and a note
    marker ("million.²") became a paragraph "2" after its line, cutting the paragraph in two. A small
    raised ordinal suffix touching the number it follows, or a small raised note marker touching the
    word it follows, inside the height of a row below, joins that row; a marker's digits are written
    raised ("¹"), as printed. A small raised letter kerned into a word's letters (a logo: the raised "A"
    of "LaTeX" drawn over the L's shoulder) is in the line too: a word smaller than the row below,
    inside its height, whose box overlaps one of its words joins it."""
    for i in range(len(rows) - 1, -1, -1):
        n = len(rows)  # rows below i may have gone
        it, ib = bands[i]
        # a row inside the height of one of the next rows, in smaller type (cheap: first words' bands)
        inside = any(bands[j][0] - 0.5 * (bands[j][1] - bands[j][0]) <= it and ib <= bands[j][1]
                     and ib - it < 0.8 * (bands[j][1] - bands[j][0]) for j in range(i + 1, min(n, i + 4)))
        if not inside and not any(map(_raised_candidate, map(_TEXT, rows[i]))):
            continue  # nearly every row: the rows below are not scanned
        for j in range(i + 1, min(len(rows), i + 4)):
            # the row measured by its words (their middle height, highest top, lowest foot), not by
            # the word that opened it: a smaller word in another face, its foot a little higher, does
            rt = min(v["top"] for v in rows[j])
            rb = max(v["bottom"] for v in rows[j])
            heights = sorted(v["bottom"] - v["top"] for v in rows[j])
            rh = max(heights[len(heights) // 2], 0.1)
            foot = sorted(v["bottom"] for v in rows[j])[len(rows[j]) // 2]  # the line's baseline, nearly
            # the raised word touches the word it follows ("10" + "th", "2007." + "1"): words of a
            # neighbouring column beside a taller line never do
            moved = []
            kerned = False
            for w in rows[i]:
                if max(w["bottom"] - w["top"], 0.1) >= 0.8 * rh or w["top"] < rt - 0.5 * rh or w["bottom"] > rb:
                    continue
                if _kerned_into(w, rows[j]):
                    moved.append(w)  # kerned into a word of the row: one of its letters, raised
                    kerned = True
                    continue
                if not _raised_candidate(w["text"]):
                    continue
                suffix = _suffix(w)
                before = [v for v in rows[j] if abs(w["x0"] - v["x1"]) < 0.3 * max(float(v.get("size") or 0), 4.0)]
                if suffix:
                    before = [v for v in before if v["text"][-1:].isdigit() or v["text"][-2:-1].isdigit()]
                elif not before:
                    # a note's own number raised before its text at the foot of a page ("¹The Linux
                    # Standard Base ..."), touching the line's first word; or a marker set a space
                    # apart from the words on both its sides ("distributions. ¹ Most")
                    em = max(float(rows[j][0].get("size") or 0), 4.0)
                    after = [v for v in rows[j] if 0 <= v["x0"] - w["x1"] < 0.3 * em]
                    left = [v for v in rows[j] if 0 <= w["x0"] - v["x1"] < 0.6 * em]
                    right = [v for v in rows[j] if 0 <= v["x0"] - w["x1"] < 0.6 * em]
                    opens = after and not any(v["x1"] <= w["x0"] for v in rows[j])
                    before = [w] if opens or (left and right) else []
                if before:
                    moved.append(w)
            if kerned:
                # the raised letter opened row i (rows are read by their feet) and words of its line
                # whose feet lie a little higher (code in another face) were read into it: they go
                # back to the line whose foot they share
                moved.extend(w for w in rows[i] if not any(w is m for m in moved)
                             and abs(w["bottom"] - foot) <= 0.3 * min(max(w["bottom"] - w["top"], 0.1), rh))
            if moved:
                for w in moved:
                    if _NOTE_MARK.match(w["text"]):  # (a kerned letter is no marker)
                        w["text"] = w["text"].translate(_RAISED)
                rows[j].extend(moved)
                rows[i] = [w for w in rows[i] if not any(w is m for m in moved)]
                if not rows[i]:
                    break
        if not rows[i]:
            del rows[i], bands[i]


_BULLETS = {"•", "●", "○", "◦", "▪", "■", "□", "➢", "►", "▶", "‣", "∙", "·", "-", "–", "—", "*", "✓", "✔", "\uf0b7", "\uf0a7"}
_NUMBER_TOKEN = re.compile(r"^[(\[]?[-–+]?[\d.,%]+[)\]]?$|^[ivxlcdm]{1,7}$", re.IGNORECASE)


class _RowIndex:
    """The word extents of a page's rows, indexed for :func:`_is_gutter`: per row the words' left
    edges in order (rows are sorted by ``x0``), the running maximum of their right edges and the right
    edges sorted, so each question the gutter test asks of a row is a bisection, not a scan of its
    words (the test is asked for every wide gap, against up to twelve rows around it)."""

    __slots__ = ("tops", "bottoms", "x0s", "reach", "x1s", "sizes")

    def __init__(self, rows: list[list[dict[str, Any]]]):
        self.tops = [row[0]["top"] for row in rows]
        self.bottoms = [max(w["bottom"] for w in row) for row in rows]
        # the row's type size (its middle word's): text in another size is another block
        self.sizes = [float(sorted(float(w.get("size") or 0) for w in row)[len(row) // 2]) for row in rows]
        self.x0s: list[list[float]] = []
        self.reach: list[list[float]] = []
        self.x1s: list[list[float]] = []
        for row in rows:
            x0s = [w["x0"] for w in row]
            x1s = [w["x1"] for w in row]
            self.x0s.append(x0s)
            self.reach.append(list(itertools.accumulate(x1s, max)))
            x1s.sort()
            self.x1s.append(x1s)


def _is_gutter(rows: list[list[dict[str, Any]]], i: int, a: float, b: float, size: float,
               index: _RowIndex | None = None, one_side: bool = False) -> bool:
    """A wide gap ``(a, b)`` between two words of row ``i`` is a column gutter (or a table column)
    when some vertical strip inside it stays empty in the neighbouring rows that have text on both
    of its sides; the wide gaps of justified lines are covered by the words of the lines around them.
    The neighbours are the rows (up to six above and six below, within 160 pt) with a word within
    400 pt of the gap. When
    those say no, the rows of the gap's own block say it alone: the rows up to
    a blank band across the page more than two ems high (``size``) — the first line of two columns
    right under a full-width table, whose cells cover the gutter, is cut at it (a side's heading was
    read into the other column's first line). ``one_side``: the rows above it, or those below it,
    four or more, may prove it alone (see :func:`_split_row`); and where rows in larger type are
    among the neighbours (a deck or standfirst run across the page right above two columns covers
    their gutter), the rows in the gap's own size (within 15%) may, four or more of them on one side.
    ``index``: the page's
    :class:`_RowIndex`, built once by the caller.
    """
    if index is None:
        index = _RowIndex(rows)
    tops, x0s_of, reach_of, x1s_of, sizes = index.tops, index.x0s, index.reach, index.x1s, index.sizes
    top = tops[i]
    lo_limit, hi_limit = a - 400, b + 400
    neighbours = []  # (row, leftmost word end, rightmost word start) among the words near the gap
    own = []  # the same, of the rows in the gap's own block (no blank band of two ems in between)
    sides: list[list] = []
    bottoms = index.bottoms
    band = 2 * size
    for step in (-1, 1):
        sides.append([])
        j = i + step
        taken = 0
        apart = False
        while 0 <= j < len(tops) and taken < 6:
            if abs(tops[j] - top) > 160:
                break
            # a blank band between this row and the one before it (towards the gap)
            nearer = j - step
            if (tops[nearer] - bottoms[j] if step < 0 else tops[j] - bottoms[nearer]) > band:
                apart = True
            x0s, reach = x0s_of[j], reach_of[j]
            k = bisect_left(x0s, hi_limit)  # the words starting before hi_limit
            if k and reach[k - 1] > lo_limit:
                # one of them ends after lo_limit: the row is near
                x1s = x1s_of[j]
                entry = (j, x1s[bisect_right(x1s, lo_limit)], x0s[k - 1])
                neighbours.append(entry)
                sides[-1].append(entry)
                if not apart:
                    own.append(entry)
                taken += 1
            j += step
    if _strip_empty(neighbours, a, b, index):
        return True
    if len(own) < len(neighbours) and _strip_empty(own, a, b, index):
        return True
    if one_side and any(len(side) >= 4 and _strip_empty(side, a, b, index) for side in sides):
        return True
    # a deck or standfirst in larger type run across the page right above two columns covers their
    # gutter: the rows in the gap's own size say it, four or more of them on one side
    same = [e for e in neighbours if abs(sizes[e[0]] - size) <= 0.15 * size]
    return (len(same) < len(neighbours) and any(sizes[e[0]] > 1.15 * size for e in neighbours)
            and any(sum(1 for e in side if e in same) >= 4 for side in sides) and _strip_empty(same, a, b, index))


def _strip_empty(neighbours: list[tuple[int, float, float]], a: float, b: float, index: _RowIndex) -> bool:
    """Some vertical strip inside the gap ``(a, b)`` is empty in ``neighbours`` (rows with their
    leftmost word end and rightmost word start near the gap), two or more of which have text on
    each side of it."""
    x0s_of, reach_of, x1s_of = index.x0s, index.reach, index.x1s
    if len(neighbours) < 2:
        return False
    # every word edge inside the gap (such a word is near it)
    cuts = {a, b}
    for j, _first, _last in neighbours:
        x0s, x1s = x0s_of[j], x1s_of[j]
        cuts.update(x0s[bisect_right(x0s, a):bisect_left(x0s, b)])
        cuts.update(x1s[bisect_right(x1s, a):bisect_left(x1s, b)])
    points = sorted(cuts)
    for lo, hi in zip(points, points[1:]):
        if hi - lo < 3.0:
            continue
        lo_in, hi_in = lo + 0.5, hi - 0.5
        cover = left = right = 0
        for j, first, last in neighbours:
            # a word of the row overlaps the strip: one starting before its right side reaches past its left
            k = bisect_left(x0s_of[j], hi_in)
            if k and reach_of[j][k - 1] > lo_in:
                cover += 1
                continue
            # text left of the strip when the leftmost word end is, right of it when the rightmost start is
            if first <= lo_in:
                left += 1
            if last >= hi_in:
                right += 1
        if left >= 2 and right >= 2 and cover <= max(1, min(left, right) // 3):
            return True
    return False


#: Rows around a wide gap (besides its own) that must start a line at the gap's right edge, or end
#: one at its left edge, with nothing beyond, for the gap to be a column's edge (:func:`_column_edge`).
EDGE_ROWS = 3


def _column_edge(i: int, a: float, b: float, index: _RowIndex) -> bool:
    """A wide gap ``(a, b)`` of row ``i`` is a column's edge with text in the margin beside it (side
    heads hanging in a narrow column left of their text, or right of it in right-to-left documents):
    ``EDGE_ROWS`` or more of the rows around it (up to six each way, within 160 pt) start at the
    gap's right edge with nothing left of it, or end at its left edge with nothing right of it, and
    at most a third as many cross the gap. Justified text never puts a word gap where every other
    line starts or ends; the gutter test asks for text on both sides in two rows, which a margin
    holding a heading here and there never has."""
    tops, x0s_of, reach_of, x1s_of = index.tops, index.x0s, index.reach, index.x1s
    top = tops[i]
    starts = ends = cross = 0
    for step in (-1, 1):
        j = i + step
        taken = 0
        while 0 <= j < len(tops) and taken < 6 and abs(tops[j] - top) <= 160:
            x0s = x0s_of[j]
            taken += 1
            k = bisect_left(x0s, b - 0.5)
            if k and reach_of[j][k - 1] > a + 0.5:
                cross += 1
            elif abs(x0s[0] - b) <= 1.0:
                starts += 1
            elif abs(x1s_of[j][-1] - a) <= 1.0:
                ends += 1
            j += step
    aligned = max(starts, ends)
    return aligned >= EDGE_ROWS and cross <= aligned // 3


#: A gap narrower than the gutter test's 0.9 em but at least this share of an em is a gutter when the
#: text right of it is proven to be a column (:func:`_aligned_gutter`): LibreOffice sets two columns
#: 0.85 em apart.
NARROW_GUTTER_EM = 0.5
#: Rows around the gap (besides its own) that must start a word at the gap's right edge, with text left
#: of the gap and nothing inside it, for a narrow gap to be a gutter.
ALIGNED_ROWS = 4


_SHORT_LABEL = re.compile(r"^[(\[]?[A-Za-z0-9]{1,2}[.):\]]$")


def _label_like(text: str) -> bool:
    """A bullet, a number or a short label ("a)", "(b)", "A.", "iv"): a list item's label, or a printed
    line number."""
    return text in _BULLETS or bool(_NUMBER_TOKEN.match(text) or _SHORT_LABEL.match(text))


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _aligned_gutter(rows: list[list[dict[str, Any]]], i: int, a: float, b: float, index: _RowIndex,
                    need: int = ALIGNED_ROWS) -> bool:
    """A narrow gap ``(a, b)`` of row ``i`` is a column gutter when it is proven by alignment: the rows
    next to it, above and below, start a word of letters at ``b`` (within half a point) with text left
    of the gap and nothing inside it, at least ``ALIGNED_ROWS`` of them before a row whose text crosses
    the gap (looking up to twelve rows each way, within 200 pt). The loose word gaps of a justified line
    never line up so: the lines around them cross them; nor do the dots of contents leaders, set at
    the same places on every row, count (no letters)."""
    tops, x0s_of, reach_of = index.tops, index.x0s, index.reach
    top = tops[i]
    lo_in, hi_in = a + 0.5, b - 0.5
    aligned = 0
    for step in (-1, 1):
        for j in range(i + step, i + 13 * step, step):
            if not 0 <= j < len(tops) or abs(tops[j] - top) > 200:
                break
            x0s, reach = x0s_of[j], reach_of[j]
            k = bisect_left(x0s, hi_in)  # the words starting before the gap's right side
            if not k or x0s[0] > a:
                continue  # no text left of the gap: neither proof nor counter-proof
            if reach[k - 1] > lo_in:
                break  # a word inside the gap ends the column this way
            if k < len(x0s) and x0s[k] <= b + 0.5 and _has_letter(rows[j][k]["text"]):
                aligned += 1
        if aligned >= need:
            return True
    return False


def _box_edge_between(a: dict[str, Any], b: dict[str, Any], fills: list[list[float]], size: float) -> bool:
    """S44-3: the edge of a filled box lies in the gap between words ``a`` and ``b`` (within half a
    point), one of them on the box (a fill at least three ems high: a box, not a highlighted word or a
    band) and the other on no fill: a float's text beside its column's."""
    fa, fb = _fill_under(a, fills), _fill_under(b, fills)
    if (fa is None) == (fb is None):
        return False
    f = fa if fa is not None else fb
    if f[3] - f[1] < 3 * size:
        return False
    edge = f[0] if fb is not None else f[2]
    return a["x1"] - 0.5 <= edge <= b["x0"] + 0.5


def _other_family(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two bold words in different type families, neither of them code (a heading in the text face
    beside the title of a box set in another)."""
    fa, fb = (_SUBSET.sub("", w.get("fontname") or "") for w in (a, b))
    if not fa or not fb or _MONO.search(fa) or _MONO.search(fb) or not (_BOLD.search(fa) and _BOLD.search(fb)):
        return False
    return _FAMILY_END.split(fa, maxsplit=1)[0].lower() != _FAMILY_END.split(fb, maxsplit=1)[0].lower()


def _face_change(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two words in two type families and two weights (neither of them code)."""
    fa, fb = (_SUBSET.sub("", w.get("fontname") or "") for w in (a, b))
    if not fa or not fb or _MONO.search(fa) or _MONO.search(fb) or bool(_BOLD.search(fa)) == bool(_BOLD.search(fb)):
        return False
    return _FAMILY_END.split(fa, maxsplit=1)[0].lower() != _FAMILY_END.split(fb, maxsplit=1)[0].lower()


def _fill_under(w: dict[str, Any], fills: list[list[float]]) -> list[float] | None:
    """The smallest filled shape under the middle of a word, or None."""
    x, y = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    under = [f for f in fills if f[0] <= x <= f[2] and f[1] <= y <= f[3]]
    return min(under, key=lambda f: (f[2] - f[0]) * (f[3] - f[1])) if under else None


def _on_two_grounds(a: dict[str, Any], b: dict[str, Any], fills: list[list[float]]) -> bool:
    """Two words on two filled shapes apart (not touching: a band drawn in strips is one ground). A
    word on a shape and one beside it are not told apart here: a line may run past a box's edge
    (a call-out's background under a float)."""
    fa, fb = _fill_under(a, fills), _fill_under(b, fills)
    if fa is None or fb is None or fa is fb:
        return False
    return fb[0] - fa[2] > 0.5 or fa[0] - fb[2] > 0.5 or fb[1] - fa[3] > 0.5 or fa[1] - fb[3] > 0.5


def _split_row(rows: list[list[dict[str, Any]]], i: int,
               index: _RowIndex | None = None, narrow: bool = True,
               fills: list[list[float]] | None = None,
               gutters: list[tuple] | None = None) -> list[list[dict[str, Any]]]:
    """Split a row at column gutters and table columns (wide gaps that the rows around it share),
    not at the wide word gaps of justified text. ``narrow``: also at narrow gaps proven by alignment
    (:func:`_aligned_gutter`); not on a page read by OCR, whose word edges are the engine's boxes.
    ``fills``: filled shapes of the page; a gap of half an em or more between words on two shapes
    apart splits (a banner's title balanced over two columns, each column's band its own).
    ``gutters``: on a page read by OCR, the column gutters its words proved (x0, top, x1, bottom):
    two words on either side of one across the row split, however close."""
    row = rows[i]
    page_fills, fills = fills, None  # the shapes across the row's height, picked when a gap needs them
    parts = [[row[0]]]
    gaps: list[float] | None = None  # the row's word gaps in order, sorted when a lone number asks
    for k in range(1, len(row)):
        prev, w = row[k - 1], row[k]
        size = max(min(float(prev.get("size") or 0), float(w.get("size") or 0)), 4.0)
        gap = w["x0"] - prev["x1"]
        if gap <= max(0.3 * size, 2.0) and not gutters:
            # a word space: every test below asks for a wider gap (a raised marker's size only widens
            # them), so nearly every word of running text is taken here with no further test
            parts[-1].append(w)
            continue
        if page_fills and fills is None:  # only the shapes across the row's height can be under its words
            top, bottom = min(map(_TOP, row)), max(map(_BOTTOM, row))
            fills = [f for f in page_fills if f[1] <= bottom and f[3] >= top]
        # a raised note marker ("2007.¹ The") is measured in the text's size, not its own
        marker = bool(_RAISED_MARK.match(prev["text"] or "")) \
            and float(prev.get("size") or 0) < 0.8 * float(w.get("size") or 0)
        if marker:
            size = max(float(w.get("size") or 0), 4.0)
        split = False
        if gap > max(0.9 * size, 5.0):
            # A number set apart at the end of a row (a page number in a contents row, a printed line
            # number) - unless the row is justified text whose word gaps are all that wide ("COP 21").
            if gaps is None:
                gaps = sorted(b["x0"] - a["x1"] for a, b in zip(row, row[1:]))
            lone_number = (
                k == len(row) - 1
                and _NUMBER_TOKEN.match(w["text"] or "")
                and not (len(gaps) >= 3 and gap <= 1.5 * gaps[(len(gaps) - 1) // 2])
            )
            # A wide gap where the size changes by a fifth or more: text beside text (a side heading
            # wrapped beside the first line of its paragraph), not one line.
            sizes = sorted((float(prev.get("size") or 0), float(w.get("size") or 0)))
            resized = not marker and sizes[0] > 0 and (sizes[1] > 1.2 * sizes[0]
                                        or (sizes[1] > 1.05 * sizes[0] and _other_family(prev, w)))
            # Where the face changes too (family and weight: a bold sans heading beside a line of
            # the serif text), the rows on one side may prove the gutter alone: a heading at the top
            # of a column, right of the other column's first line, under full-width text.
            index = index or _RowIndex(rows)
            split = (bool(lone_number) or resized or gap > 6 * size
                     or _is_gutter(rows, i, prev["x1"], w["x0"], size, index, one_side=_face_change(prev, w))
                     or _column_edge(i, prev["x1"], w["x0"], index))
        elif (narrow and gap > max(NARROW_GUTTER_EM * size, 3.0) and any(ch.isalnum() for ch in w["text"])
              and not all(_label_like(v["text"]) for v in parts[-1])):
            # (a list's labels before its hanging indent align the items' text too: not a column)
            split = _aligned_gutter(rows, i, prev["x1"], w["x0"], index or _RowIndex(rows))
        if not split and gutters:
            # (the engine read the two columns' lines as one, the OCR step proved the gutter between)
            middle = (w["top"] + w["bottom"]) / 2
            split = any(prev["x1"] <= g[0] + 0.5 and w["x0"] >= g[2] - 0.5 and g[1] <= middle <= g[3] for g in gutters)
        if not split and fills and gap > max(0.5 * size, 3.0):
            # Words on two bands apart are two texts side by side, however close: a banner spanning
            # two columns balanced into them, each column's band its own.
            split = _on_two_grounds(prev, w, fills)
        if (not split and narrow and fills and max(0.3 * size, 2.0) < gap <= max(0.9 * size, 5.0)
                and any(ch.isalnum() for ch in w["text"]) and _box_edge_between(prev, w, fills, size)):
            # S44-3: a float set under half an em from its column (LibreOffice: 5 pt), the edge of its
            # fill in the gap: two rows around aligned at the gap's right edge prove it
            split = _aligned_gutter(rows, i, prev["x1"], w["x0"], index or _RowIndex(rows), need=2)
        if split:
            parts.append([w])
        else:
            parts[-1].append(w)
    # Glue a lone numbering label to the text that follows it ("2.3     Funding").
    out: list[list[dict[str, Any]]] = []
    j = 0
    while j < len(parts):
        part = parts[j]
        if (
            j + 1 < len(parts)
            and len(part) <= 2
            and (_LABEL.match(" ".join(w["text"] for w in part)) or (len(part) == 1 and part[0]["text"] in _BULLETS))
            and parts[j + 1][0]["x0"] - part[-1]["x1"] < 6 * max(float(part[-1].get("size") or 10), 4.0)
        ):
            out.append(part + parts[j + 1])
            j += 2
            continue
        out.append(part)
        j += 1
    return out


#: Arabic lam-alef ligatures (presentation forms): one glyph standing for lam then alef.
_LAM_ALEF = re.compile("[\ufef5-\ufefc]")
#: The same ligature mapped to its two letters (lam, alef), told by the alef after it: two alefs never
#: follow each other in a word, so in a word in visual order "ل" + alef + alef is the ligature's pair.
_LAM_ALEF_LETTERS = re.compile("\u0644([\u0622\u0623\u0625\u0627])(?=[\u0622\u0623\u0625\u0627])")


def _visual_ligatures(text: str) -> str:
    """Right-to-left words come out of pdfminer in visual order (left to right on the page); a lam-alef
    ligature is one glyph whose two letters would come out in logical order inside that reversed
    word. They are put in visual order too (alef, lam), so the whole line reads right in one
    direction: reversed, "ﺔﺑﺎﺠﺘﺳﻻا" gives "الاستجابة", not "األستجابة"; "جامدلإا" (the ligature mapped
    to its letters) gives "الإدماج", not "اإلدماج"."""
    if text.isascii() or ("\u0644" not in text and not _LAM_ALEF.search(text)):
        return text
    text = _LAM_ALEF.sub(lambda m: unicodedata.normalize("NFKC", m.group())[::-1], text)
    return _LAM_ALEF_LETTERS.sub("\\1\u0644", text)


def _join_words(words: list[dict[str, Any]]) -> str:
    """Words joined by spaces, except where pdfplumber split a word only because the font or the
    colour changed (no gap between them)."""
    out = words[0]["text"]
    for prev, w in zip(words, words[1:]):
        size = max(float(w.get("size") or 0), 4.0)
        gap = w["x0"] - prev["x1"]
        raised = w["bottom"] < prev["bottom"] and size < 0.8 * float(prev.get("size") or size)
        if (gap < 0.1 * size or (prev.get("drop_cap") and gap < size)) \
                and (abs(w["bottom"] - prev["bottom"]) < 0.5 * size or (_suffix(w) and raised)):
            out += w["text"]  # the same word split by a change of font or colour, or "10" + raised "th"
        elif raised and gap < 0.3 * max(float(prev.get("size") or 0), 4.0) and _RAISED_MARK.match(w["text"]):
            out += w["text"]  # a note marker after its word ("2007.¹")
        else:
            out += " " + w["text"]
    return _visual_ligatures(out)


def _undouble(words: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], bool]:
    """Text drawn twice at almost the same place (a way to fake bold) comes out with every character
    doubled ("项项目目", "HHeeaaddiinngg"): halve such words and report it (the line is bold)."""
    doubled = 0
    out = []
    for w in words:
        t = w["text"]
        if len(t) >= 4 and len(t) % 2 == 0 and t[::2] == t[1::2] and any(ch.isalpha() for ch in t):
            out.append(dict(w, text=t[::2]))
            doubled += 1
        else:
            out.append(w)
    if doubled and doubled >= 0.6 * len(words):
        return out, True
    return words, False


def _courier_bullet(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Word's second-level bullet is the letter "o" set in Courier New before text in another face:
    it reads as the white bullet it draws ("◦"), so the list reads as a list (an "o" opening a line
    of running text, Spanish "or", is in the text's own face)."""
    if (len(words) > 1 and words[0]["text"] == "o" and "courier" in (words[0].get("fontname") or "").lower()
            and "courier" not in (words[1].get("fontname") or "").lower()):
        return [dict(words[0], text="◦"), *words[1:]]
    return words


#: Dashes that set a run-in term off from its text.
_DASHES = ("–", "—", "-")


def _run_in_term(words: list[dict[str, Any]], flags: list[int]) -> int:
    """The number of leading words of a bold term run in to regular text: followed by a dash
    ("Durable solutions – text", the dash bold or not), or closed by a full stop or a colon
    ("Federal Register. The FAA will", "Scope: the plan", the stop bold or not); else 0."""
    k = 0
    while k < len(words) and flags[k] & BOLD:
        k += 1
    if not k or k == len(words) or any(f & BOLD for f in flags[k:]):
        return 0
    last, after = words[k - 1]["text"], words[k]["text"]
    # a dash standing alone, or an en or em dash touching the term or the text (a hyphen touching a
    # word is a word's)
    if (last in _DASHES and k > 1) or last[-1] in "–—" or after in _DASHES or after[0] in "–—":
        return k
    # a colon standing alone after the term (French sets a space before it: "Ctrl+Maj+Z : Refaire")
    if last in (":", "\uff1a") and k > 1:
        return k
    # a stop or colon ends the term and words follow it: a sentence goes on after the label, which no
    # heading line does ("2." alone is a number, not a term)
    if (last[-1] in ".:" and any(c.isalpha() for c in last)) or (after[0] in ".:" and len(words) > k + 1):
        return k
    return 0


#: A word's type size rounded to a tenth of a point, by the value read (a page has a few sizes and
#: thousands of words): see :func:`_size_of`.
_SIZES: dict[Any, float] = {}


def _size_of(raw: Any) -> float:
    size = round(float(raw), 1)
    if len(_SIZES) < 4096 and isinstance(raw, (int, float)) and size > 0:  # (never -0.0 for 0.0)
        _SIZES[raw] = size
    return size


def _segment(words: list[dict[str, Any]], fonts: dict[str, int], colors: dict[str, int], row: int) -> list:
    words, fake_bold = _undouble(words)
    words = _courier_bullet(words)
    weights: dict[tuple[str, float, str], int] = {}
    keys = []
    flags_by_word = []
    for w in words:
        raw = w.get("size") or (w["bottom"] - w["top"])
        size = _SIZES.get(raw)
        if size is None:
            size = _size_of(raw)
        key = (w.get("fontname") or "", size, _colour(w.get("non_stroking_color")))
        weights[key] = weights.get(key, 0) + len(w["text"])
        keys.append(key)
        flags_by_word.append(font_style(key[0]))
    font, size, colour = max(weights, key=weights.get)
    term = _run_in_term(words, flags_by_word)
    if term:
        # "Term – text", "Term. Text": a bold term run in to its paragraph keeps the paragraph's
        # style, however much of a short line it fills (a label, not a heading)
        rest: dict[tuple[str, float, str], int] = {}
        for w, key in zip(words[term:], keys[term:]):
            rest[key] = rest.get(key, 0) + len(w["text"])
        font, size, colour = max(rest, key=rest.get)
    flags = font_style(font) | (BOLD if fake_bold else 0)
    if len(weights) > 1:
        flags |= MIXED
    text = normalise_ligatures(_join_words(words))
    letters = list(filter(str.isalpha, text))  # (picked and tested in C: a pass over every line's text)
    if len(letters) >= 2 and all(map(str.isupper, letters)):
        flags |= CAPS
    # A run-in heading: the first words bold (or otherwise styled) and the rest regular.
    lead = 0
    if len(words) > 1 and flags_by_word[0] & BOLD and not flags & BOLD:
        k = 0
        while k < len(words) and flags_by_word[k] & BOLD:
            k += 1
        if k < len(words):
            lead = len(normalise_ligatures(_join_words(words[:k])))
    if font not in fonts:
        fonts[font] = len(fonts)
    if colour not in colors:
        colors[colour] = len(colors)
    return [
        round(min(map(_X0, words)), 2),
        round(min(map(_TOP, words)), 2),
        round(max(map(_X1, words)), 2),
        round(max(map(_BOTTOM, words)), 2),
        size,
        fonts[font],
        colors[colour],
        flags,
        row,
        text,
        lead,
    ]


# ------------------------------------------------------------------------------------------- links


def _page_index(pdf) -> dict[int, int]:
    """Object id of each page -> 1-based page number (cached on the pdfplumber PDF)."""
    cached = getattr(pdf, "_bb_page_index", None)
    if cached is None:
        cached = {}
        try:
            from pdfminer.pdfpage import PDFPage

            for i, p in enumerate(PDFPage.create_pages(pdf.doc), start=1):
                cached[p.pageid] = i
        except Exception:
            cached = {}
        pdf._bb_page_index = cached
    return cached


def _resolve(obj):
    from pdfminer.pdftypes import resolve1

    return resolve1(obj)


def _get_dest(pdf, name):
    """pdfminer's ``PDFDocument.get_dest(name)`` (the same steps, the same answer or error), with each
    leaf of the name tree read into a dict once a document: pdfminer builds the dict of a leaf's names
    again for every name looked up (a manual's hundreds of links each built its leaf of hundreds)."""
    from pdfminer.pdfexceptions import PDFKeyError, PDFTypeError
    from pdfminer.pdftypes import dict_value, list_value
    from pdfminer.utils import choplist

    doc = pdf.doc
    leaves = getattr(pdf, "_bb_dest_leaves", None)
    if leaves is None:
        leaves = pdf._bb_dest_leaves = {}

    def lookup(d):
        if "Limits" in d:
            (k1, k2) = list_value(d["Limits"])
            if name < k1 or k2 < name:
                return None
        if "Names" in d:
            kept = leaves.get(id(d))
            if kept is None or kept[0] is not d:
                kept = (d, dict(choplist(2, list_value(d["Names"]))))  # (d kept: its id stays its own)
                leaves[id(d)] = kept
            return kept[1][name]
        if "Kids" in d:
            for c in list_value(d["Kids"]):
                v = lookup(dict_value(c))
                if v:
                    return v
        raise PDFKeyError(("Dests", name))

    try:
        try:
            names = dict_value(doc.catalog["Names"])
        except (PDFTypeError, KeyError) as err:
            raise PDFKeyError(("Dests", name)) from err
        obj = lookup(dict_value(names["Dests"]))
    except KeyError:
        # PDF-1.1 or prior
        if "Dests" not in doc.catalog:
            raise
        d0 = dict_value(doc.catalog["Dests"])
        if name not in d0:
            raise
        obj = d0[name]
    return obj


def _dest_target(pdf, dest) -> tuple[int, float | None] | None:
    """(page number, y from the top in points or None) of an explicit or named destination."""
    from pdfminer.pdftypes import PDFObjRef

    dest = _resolve(dest)
    if isinstance(dest, (bytes, str)) or type(dest).__name__ == "PSLiteral":
        name = dest.name if type(dest).__name__ == "PSLiteral" else dest
        # a name is looked up once a document (a contents page and the text link to the same places;
        # the name tree is searched from its root for each)
        dests = getattr(pdf, "_bb_dests", None)
        if dests is None:
            dests = pdf._bb_dests = {}
        try:
            dest = dests[name]
        except KeyError:
            try:
                dest = _resolve(_get_dest(pdf, name))
            except Exception:
                dest = None
            dests[name] = dest
        except TypeError:  # an unhashable name
            try:
                dest = _resolve(pdf.doc.get_dest(name))
            except Exception:
                return None
        if dest is None:
            return None
    if isinstance(dest, dict):
        dest = _resolve(dest.get("D"))
    if not isinstance(dest, list) or not dest:
        return None
    ref = dest[0]
    index = _page_index(pdf)
    if isinstance(ref, PDFObjRef):
        number = index.get(ref.objid)
    elif isinstance(ref, int):  # remote-style page index (0-based)
        number = ref + 1
    else:
        number = None
    if number is None:
        return None
    y = None
    kind = getattr(_resolve(dest[1]) if len(dest) > 1 else None, "name", "")
    try:
        if kind == "XYZ" and len(dest) > 3 and _resolve(dest[3]) is not None:
            y = float(_resolve(dest[3]))
        elif kind in ("FitH", "FitBH") and len(dest) > 2 and _resolve(dest[2]) is not None:
            y = float(_resolve(dest[2]))
        elif kind == "FitR" and len(dest) > 5:
            y = float(_resolve(dest[5]))
    except (TypeError, ValueError):
        y = None
    if y is not None:
        try:
            target = pdf.pages[number - 1]
            raw = target.page_obj.mediabox  # a destination is in the page's own space: from its top edge
            y = round(max(float(raw[1]), float(raw[3])) - y, 1)
            if not -50 <= y <= float(target.height) + 50:
                y = None
        except Exception:
            y = None
    return number, y


def _links(page) -> list[list]:
    out = []
    try:
        annots = page.annots
    except Exception:
        return out
    pdf = getattr(page, "pdf", None)
    if pdf is None:
        return out
    for a in annots:
        data = a.get("data") or {}
        if _resolve(data.get("Subtype")).__repr__().find("Link") < 0:
            continue
        dest = data.get("Dest")
        if dest is None:
            action = _resolve(data.get("A"))
            if isinstance(action, dict) and getattr(_resolve(action.get("S")), "name", "") == "GoTo":
                dest = action.get("D")
        if dest is None:
            continue
        try:
            target = _dest_target(pdf, dest)
        except Exception:
            target = None
        if target is None:
            continue
        out.append([round(a["x0"], 1), round(a["top"], 1), round(a["x1"], 1), round(a["bottom"], 1), target[0], target[1]])
    return out


def _graphics(page, limit: int = 400) -> list[list[float]]:
    """Boxes of the filled, coloured vector shapes of the page (chart bars, legend keys, shading)."""
    out: list[list[float]] = []
    area = float(page.width) * float(page.height)
    try:
        shapes = list(page.rects) + [c for c in page.curves if c.get("fill")]
    except Exception:
        return out
    for r in shapes:
        if not r.get("fill"):
            continue
        colour = _colour(r.get("non_stroking_color"))
        if colour in ("", "#ffffff"):
            continue
        w = r["x1"] - r["x0"]
        h = r["bottom"] - r["top"]
        if w * h > 0.3 * area or (w < 0.3 and h < 0.3):
            continue
        out.append([round(r["x0"], 1), round(r["top"], 1), round(r["x1"], 1), round(r["bottom"], 1)])
        if len(out) >= limit:
            break
    return out


def _rules(page, limit: int = 200) -> list[list[float]]:
    """Boxes of the horizontal stroked lines of the page (a rule drawn under a heading, as Writer and
    reportlab draw them; browsers fill a thin strip instead, which :func:`_graphics` gives)."""
    out: list[list[float]] = []
    try:
        lines = page.lines
    except Exception:
        return out
    for ln in lines:
        if ln["bottom"] - ln["top"] > 2.0 or ln["x1"] - ln["x0"] <= 20:
            continue
        out.append([round(ln["x0"], 1), round(ln["top"], 1), round(ln["x1"], 1), round(ln["bottom"], 1)])
        if len(out) >= limit:
            break
    return out


# -------------------------------------------------------------------------------------------- main


def _at(w: dict[str, Any], box: tuple) -> bool:
    # a recognised word is drawn from its box's left edge, its width may not fit the box: compare starts
    return box[0] - 0.5 <= w["x0"] <= box[2] and box[1] <= (w["top"] + w["bottom"]) / 2 <= box[3]


def _measured_words(words: list[dict[str, Any]], scanned: dict[str, list]) -> list[dict[str, Any]]:
    """The words of a page drawn from a scan (:mod:`app.source.ocr`): without the doubtful ones (read
    with little confidence: marks of graphics as often as text), each at the size measured on the
    image."""
    out = []
    for w in words:
        if any(_at(w, box) for box in scanned["doubtful"]):
            continue
        size = next((box[4] for box in scanned["sizes"] if _at(w, box)), None)
        out.append(dict(w, size=size) if size else w)
    return out


def page_features(page, number: int) -> dict[str, Any]:
    """What the section tree needs from one page (JSON-able; computed in a worker)."""
    from app.source.ocr import synthetic_page_info

    words = page_words(page)
    scanned = synthetic_page_info(page)
    if scanned is not None:
        words = _measured_words(words, scanned)
    fonts: dict[str, int] = {}
    colors: dict[str, int] = {}
    upright = [w for w in words if w.get("upright", True) and w.get("direction", "ltr") in ("ltr", "rtl")]
    vertical = [w for w in words if not (w.get("upright", True) and w.get("direction", "ltr") in ("ltr", "rtl"))]
    segs = []
    rows = _rows(upright)
    index = _RowIndex(rows)
    graphics = _graphics(page)
    # (a scan's words lie on its one image: no ground tells them apart)
    fills = graphics if scanned is None else None
    for r, row in enumerate(rows):
        for part in _split_row(rows, r, index, narrow=scanned is None, fills=fills,
                               gutters=scanned.get("gutters") if scanned is not None else None):
            segs.append(_segment(part, fonts, colors, r))
    images = []
    try:
        for im in page.images:
            if im["x1"] - im["x0"] > 20 and im["bottom"] - im["top"] > 20:
                images.append([round(im["x0"], 1), round(im["top"], 1), round(im["x1"], 1), round(im["bottom"], 1)])
    except Exception:
        pass
    out = {
        "v": FEATURES_VERSION,
        "page": number,
        "width": round(float(page.width), 2),
        "height": round(float(page.height), 2),
        "fonts": list(fonts),
        "colors": list(colors),
        "segs": segs,
        "links": _links(page),
        "images": images,
        "graphics": graphics,
        "rules": _rules(page) if scanned is None else [],
        "vertical": [normalise_ligatures(w["text"]) for w in vertical][:2000],
    }
    if scanned is not None:
        out["ocr"] = 1
    return out
