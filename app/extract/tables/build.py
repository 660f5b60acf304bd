"""From table candidates to :class:`~app.document.model.Table` objects."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from operator import gt, itemgetter, le, sub
import re
from statistics import median

from app.source.layout import page_words
from app.source.pagesource import collector_paused
from app.document.model import SHADED, Cell, Table
from app.extract.tables.cells import is_total_label, make_cell
from app.extract.tables.columns import join_bullet_columns, join_currency_columns, join_ditto_columns, join_unit_rows, side_by_side_cut
from app.extract.tables.confidence import confidence, doubts
from app.extract.tables.detect import _BOLD, Candidate, caption_below, find_candidates, grid_words, title_above
from app.extract.tables.figures import (bare_mark_words, data_bars, legend_words, shade_edge, shaded_cells,
                                       status_marks)
from app.extract.tables.lattice import Grid
from app.extract.tables.rotation import sideways_pages
from app.extract.tables.rulings import EDGE, Ruling, page_rulings
from app.extract.tables.structure import CellBox, Structure, build_structure
from app.extract.tables.text import _COMMA_GROUPED, forget_lines, group_lines, is_value, lines_text, split_phrases


_DOTS = set(".·…‧\u2024\u2025")
#: a contents list's numbering ("2", "3.1.") and its page numbers (rule 63: contents are no table)
_SECTION_NUMBER = re.compile(r"\d+(?:\.\d+)*\.?")
_PAGE_NUMBER = re.compile(r"\d{1,4}")


def table_words(page) -> list[dict]:
    """Upright words of the page without dot leaders (runs of dots between a label and its value),
    plus turned column headings (see :func:`turned_headings`)."""
    every_word = page_words(page)
    words = [w for w in every_word if w.get("upright", True)]
    chars = getattr(page, "chars", None) or []
    refit = glyph_boxes(read_once(chars) if overprint_hint(every_word, chars) else chars)
    if refit is not chars:
        from pdfplumber.utils import extract_words

        from app.source.layout import WORD_OPTIONS, split_tight

        chars = refit
        words = [w for w in split_tight(extract_words(chars, **WORD_OPTIONS), chars) if w.get("upright", True)]
    # (_turned's first test written out: most characters have no matrix turning them)
    turned = [ch for ch in chars if (m := ch.get("matrix")) and m[1] and _turned(ch)]
    # (a page printed mostly sideways is read by the sideways search instead)
    if turned and len(turned) <= 0.6 * len(chars):
        from pdfplumber.utils import extract_words

        from app.source.layout import WORD_OPTIONS, split_tight

        # characters at 45 degrees count as upright to pdfminer and make words of one letter each
        gone = set(map(id, turned))
        keep = [ch for ch in chars if id(ch) not in gone]
        words = [w for w in split_tight(extract_words(keep, **WORD_OPTIONS), keep) if w.get("upright", True)]
        words += turned_headings(turned, words)
    if any(_LEADER.search(w["text"]) for w in words):
        words = split_leaders(words, page.chars)
    words = split_at_column_edges(words, chars)
    words = remark_edges(words, chars)
    return without_leaders(words)


#: rule 290: a figure run into the first word of a sentence with no space ("184No", "829Figure")
_GLUED_SENTENCE = re.compile(r"([-+(]?[$€£]?\d[\d,.]*\d%?\)?)([A-Z][a-z]+\W?)")


def remark_edges(words: list[dict], chars: list[dict]) -> list[dict]:
    """Rule 290: a column of remarks set right after a column of figures with no padding. Where two
    lines or more each hold a figure of three characters or more (not their first word: a value
    column's, not a label's) followed at less than a phrase gap, or with no gap at all ("184No"), by
    a word starting with a capital (a sentence), the figures ending at one x and the words starting
    at one x (within a tenth of an em each: a right-aligned column's edge and a left-aligned
    column's), the word starts a cell: it is marked ``remark_edge`` (``text.split_phrases`` cuts
    there) and a word glued across that edge is cut into its figure and its word."""
    if len(words) < 6:
        return words
    glued = [w for w in words if _GLUED_SENTENCE.fullmatch(w["text"]) and len(_GLUED_SENTENCE.fullmatch(w["text"])[1]) >= 3]
    if glued:
        cut: dict[int, tuple[dict, dict]] = {}
        for w in glued:
            mine = sorted((ch for ch in chars if ch["text"].strip() and w["x0"] - 0.01 <= ch["x0"] and ch["x1"] <= w["x1"] + 0.01
                           and w["top"] - 0.01 <= ch["top"] and ch["bottom"] <= w["bottom"] + 0.01), key=_X0)
            if "".join(map(_TEXT, mine)) != w["text"]:
                continue
            k = len(_GLUED_SENTENCE.fullmatch(w["text"])[1])
            a, b = dict(w), dict(w)
            # (the glyph boxes of the two may overlap by a hair: the figure ends where the word starts)
            end = min(mine[k - 1]["x1"], mine[k]["x0"])
            a.update(text=w["text"][:k], x1=end, width=end - w["x0"])
            b.update(text=w["text"][k:], x0=mine[k]["x0"], width=w["x1"] - mine[k]["x0"])
            cut[id(w)] = (a, b)
        candidates = [x for w in words for x in (cut[id(w)] if id(w) in cut else (w,))]
    else:
        cut, candidates = {}, words
    lines = sorted(candidates, key=lambda w: (round(w["top"]), w["x0"]))
    pairs = []
    for p, a, b in zip([None] + lines, lines, lines[1:]):
        # (the cheap tests of the two texts first: most neighbours are no figure before a letter)
        if len(a["text"]) < 3 or not b["text"][:1].isalpha():
            continue
        size = a.get("size") or (a["bottom"] - a["top"])
        # rule 340: a line's first word may be a figure grouped in thousands ("1,972 Training": a
        # pyramid's figures right-aligned against the labels in the middle); a label never is
        first = p is None or abs(p["top"] - a["top"]) > 0.2 * size
        if (first and not _COMMA_GROUPED.fullmatch(a["text"]) or abs(a["top"] - b["top"]) > 0.2 * size
                or not -0.05 * size <= b["x0"] - a["x1"] <= 0.9 * size):
            continue
        if (len(a["text"]) >= 3 and any(c.isdigit() for c in a["text"]) and is_value(a["text"])
                and b["text"][:1].isalpha() and sum(map(str.isalpha, b["text"])) >= 0.6 * len(b["text"])):
            pairs.append((a, b, size))
    if not any(b["text"][:1].isupper() for _, b, _ in pairs):
        return words
    edges = []
    starts = None
    for a, b, size in pairs:
        twins = [q for p_, q, _ in pairs if q is not b and abs(p_["x1"] - a["x1"]) <= 0.1 * size
                 and abs(q["x0"] - b["x0"]) <= 0.1 * size and abs(q["top"] - b["top"]) > 0.5 * size]
        if not twins:
            continue
        if b["text"][:1].isupper() or any(q["text"][:1].isupper() for q in twins):
            edges.append(b)
            continue
        # rule 332: a remark's line starting in lower case ("5,544 replenished in ...", its middle
        # line on the row's line) starts the column too where the column's edge is proven: by a
        # twin starting with a capital at the same two edges (above), or by two lines or more
        # whose first word starts there (the remarks' other lines, alone on their lines)
        if starts is None:
            starts = _line_starts(candidates)
        if sum(1 for x, top in starts if abs(x - b["x0"]) <= 0.1 * size and abs(top - b["top"]) > 0.5 * size) >= 2:
            edges.append(b)
    if not edges:
        return words
    for b in edges:
        b["remark_edge"] = True
    return candidates if any(id(w) in cut for w in words) else words


def _line_starts(words: list[dict]) -> list[tuple[float, float]]:
    """(x0, top) of each text line's first word, lines as words within a fifth of their size of one
    top (rule 332: the left edge of a column of text alone on its lines)."""
    out = []
    last = None
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        size = w.get("size") or (w["bottom"] - w["top"])
        if last is None or abs(w["top"] - last["top"]) > 0.2 * size:
            out.append((w["x0"], w["top"]))
        last = w
    return out


#: rule 93: the gap inside a word (ems) above which a column's left edge may part it
EDGE_GAP = 0.03


class _ColumnLefts:
    """The left edges of a page's words (``lefts``, sorted) that start a column: ``(lo, hi, tol)`` gives
    those among ``lefts[lo:hi]`` with three or more left edges within ``tol`` of them (themselves
    included). Every word of the page asks, and most span dozens of other lines' left edges: the
    edges of a tolerance (a page has a few type sizes) are counted once over all the page's edges,
    and a word's are then found by bisection among them.

    The edges within ``tol`` of one are a run of its neighbours in ``lefts``: it has three when the
    two before it, the two after it or the one on each side are within. How far that is
    (:meth:`_reach`, the least of the three) is worked out once for all tolerances; a tolerance then
    takes the edges whose reach is well under it and counts the ones within a rounding of it as
    before, by bisection (the reach is a difference, the count compares with ``x - tol``)."""

    __slots__ = ("lefts", "known", "reach")

    def __init__(self, lefts: list[float]) -> None:
        self.lefts = lefts
        #: tolerance -> indexes (ascending) of the edges that start a column, and those edges
        self.known: dict[float, tuple[list[int], list[float]]] = {}
        #: the edges' indexes in order of how far their two nearest neighbours on one side or one on
        #: each side reach, and those reaches (None: not worked out yet; empty: the edges are not
        #: all plain numbers of a page's size)
        self.reach: tuple[list[int], list[float]] | tuple[()] | None = None

    def __call__(self, lo: int, hi: int, tol: float) -> list[float]:
        lefts = self.lefts
        known = self.known.get(tol)
        if known is None:
            if self.reach is None:
                self.reach = self._reach(lefts)
            if self.reach and 0 < tol < _FAR:
                order, reach = self.reach
                # (a rounding of these coordinates is under 1e-9: those within _NEAR of the
                # tolerance are counted as before)
                a = bisect_left(reach, tol - _NEAR)
                b = bisect_right(reach, tol + _NEAR, a)
                at = order[:a]
                at += (k for k in order[a:b]
                       if bisect_right(lefts, lefts[k] + tol) - bisect_left(lefts, lefts[k] - tol) >= 3)
                at.sort()
            else:
                at = [k for k, x in enumerate(lefts)
                      if bisect_right(lefts, x + tol) - bisect_left(lefts, x - tol) >= 3]
            known = self.known[tol] = (at, [lefts[k] for k in at])
        at, edges = known
        return edges[bisect_left(at, lo):bisect_left(at, hi)]

    @staticmethod
    def _reach(lefts: list[float]) -> tuple[list[int], list[float]] | tuple[()]:
        n = len(lefts)
        if n < 3 or not all(-_FAR < x < _FAR for x in (lefts[0], lefts[-1])) or not math.isfinite(sum(lefts)):
            return ()
        before, after = lefts[:-2], lefts[2:]
        inf = [math.inf]
        two_before = inf * 2 + list(map(sub, lefts[2:], before))
        two_after = list(map(sub, after, lefts[:-2])) + inf * 2
        one_each = inf + list(map(max, map(sub, lefts[1:-1], before), map(sub, after, lefts[1:-1]))) + inf
        reach = list(map(min, two_before, two_after, one_each))
        order = sorted(range(n), key=reach.__getitem__)
        return order, [reach[k] for k in order]


#: (rule 93) coordinates past this are left to the plain count; differences nearer a tolerance
#: than _NEAR are counted plainly too
_FAR, _NEAR = 1e6, 1e-9


def split_at_column_edges(words: list[dict], chars: list[dict]) -> list[dict]:
    """Rule 93: a word glued across a column's left edge is two words. Cells set without gutters
    (a word processor's table whose text fills its cells) put the last letter of one cell a
    fraction of a point before the first letter of the next on the same line, closer than the word
    tolerance, and the two are read as one word ("percentage" + "and"). Where three words or more
    of other lines start at one x (within 0.05 em: a column of left-aligned text), a word running
    across it is cut there when two of its letters part at that x, the gap between them wider than
    ``EDGE_GAP`` em and than the word's other gaps by as much (letters of one word touch, or keep
    one tracking), the part before the cut two characters or more, the cut between a letter or digit and a
    letter or digit (a minus sign before "50", the stop of "1.57", "I" of "IV." are no cells)."""
    if len(words) < 4 or not chars:
        return words
    lefts = sorted(w["x0"] for w in words)
    out: list[dict] = []
    split = False
    buckets: dict[int, tuple[list[float] | None, list[dict]]] | None = None
    filled: list[int] = []  # the keys of buckets, sorted
    column_lefts = _ColumnLefts(lefts)
    for w in words:
        out.append(w)
        if len(w["text"]) < 3:  # (a cut leaves two characters or more before it and one after)
            continue
        size = w.get("size") or (w["bottom"] - w["top"])
        tol = 0.05 * size
        lo = bisect_right(lefts, w["x0"] + 0.5)
        hi = bisect_left(lefts, w["x1"] - 0.5)
        if lo >= hi:
            continue
        edges = column_lefts(lo, hi, tol)
        if not edges:
            continue
        if buckets is None:
            buckets = _rows_by_left(chars)
            filled = sorted(buckets)
        # the rows int(top)..int(bottom) that hold characters, in order (most of a word's are empty)
        held = filled[bisect_left(filled, int(w["top"])):bisect_right(filled, int(w["bottom"]))]
        # a cut is at a character starting within tol of an edge: where no character of these rows
        # starts near one (most words), there is none (the margin covers rounding of the test below)
        if not _starts_near(held, buckets, edges, tol + 1e-6):
            continue
        left, right, top, bottom = w["x0"] - 0.01, w["x1"] + 0.01, w["top"] - 0.01, w["bottom"] + 0.01
        inside = []
        rows = 0
        for k in held:
            xs, row_chars = buckets[k]
            if xs is None:
                inside += (ch for ch in row_chars if ch["x0"] >= left)
                rows += 2  # in the page's order: sorted below
            else:
                inside += row_chars[bisect_left(xs, left):bisect_right(xs, right)]
                rows += 1
        mine = [ch for ch in inside if ch["x1"] <= right and ch["top"] >= top and ch["bottom"] <= bottom
                and ch["text"].strip()]
        if rows > 1:  # (one sorted row's characters are in order already)
            mine.sort(key=_X0)
        if len(mine) < 2:
            continue
        gaps = [mine[k]["x0"] - mine[k - 1]["x1"] for k in range(1, len(mine))]
        widest = max(gaps)
        # a cut needs a gap of EDGE_GAP or more (most words have none: their letters touch); the
        # test comes before the text's, which costs more
        if widest < EDGE_GAP * size and size > 0 or "".join(map(_TEXT, mine)) != w["text"]:
            continue
        # the widest of the other gaps: the widest gap, or the next one for the widest itself
        at = gaps.index(widest)
        runner_up = max(gaps[:at] + gaps[at + 1:], default=0.0)
        if EDGE_GAP * size + max(widest, 0.0) > widest:
            # no gap is wider than the widest by EDGE_GAP: the widest alone may be a cut
            cuts = [at + 1] if gaps[at] >= EDGE_GAP * size + max(runner_up, 0.0) \
                and any(abs(mine[at + 1]["x0"] - x) <= tol for x in edges) else []
        else:  # (a size of nothing)
            cuts = []
            for k in range(1, len(mine)):
                usual = runner_up if k - 1 == at else widest
                if gaps[k - 1] >= EDGE_GAP * size + max(usual, 0.0) \
                        and any(abs(mine[k]["x0"] - x) <= tol for x in edges):
                    cuts.append(k)
        # each part a piece of text: a sign or a stop before a figure ("-50", "1.57") is no cell
        parts = [mine[a:b] for a, b in zip([0, *cuts], [*cuts, len(mine)])]
        if not cuts or len(parts[0]) < 2 or not parts[0][-1]["text"].isalnum() \
                or any(not part[0]["text"].isalnum() for part in parts[1:]):
            continue
        out.pop()
        split = True
        for a, b in zip([0, *cuts], [*cuts, len(mine)]):
            part = mine[a:b]
            piece = dict(w)
            piece.update(text="".join(ch["text"] for ch in part), x0=part[0]["x0"], x1=part[-1]["x1"],
                         width=part[-1]["x1"] - part[0]["x0"])
            out.append(piece)
    return out if split else words


_X0, _X1, _TEXT = itemgetter("x0"), itemgetter("x1"), itemgetter("text")


def _starts_near(rows: list[int], buckets: dict, edges: list[float], tol: float) -> bool:
    """Whether a character of the rows ``rows`` of ``buckets`` (see :func:`_rows_by_left`) may start
    within ``tol`` of one of ``edges``: by bisection in each row's left edges (a row in the page's
    order, not sorted, may)."""
    for k in rows:
        xs = buckets[k][0]
        if xs is None:
            return True
        n = len(xs)
        for x in edges:
            i = bisect_left(xs, x - tol)
            if i < n and xs[i] <= x + tol:
                return True
    return False


def _rows_by_left(chars: list[dict]) -> dict[int, tuple[list[float] | None, list[dict]]]:
    """A page's characters by the whole point of their top (rule 93 looks at a word's rows only), each
    row's sorted by left edge (stable: equal edges keep the page's order) with those edges, to find a
    word's characters by bisection instead of looking at the whole row for each word. A row where a
    character ends left of its start (or an edge is not a number) keeps the page's order, edges None:
    it is looked at whole, as before."""
    rows: dict[int, list[dict]] = {}
    for ch in chars:
        rows.setdefault(int(ch["top"]), []).append(ch)
    out: dict[int, tuple[list[float] | None, list[dict]]] = {}
    for k, row in rows.items():
        xs = list(map(_X0, row))
        # (x0 <= x1 is False for a missing number too, which would spoil the sort)
        if all(map(le, xs, map(_X1, row))):
            if any(map(gt, xs, xs[1:])):
                row.sort(key=_X0)
                xs = list(map(_X0, row))
            out[k] = (xs, row)
        else:
            out[k] = (None, row)
    return out


def overprint_hint(words: list[dict], chars: list[dict] | None = None) -> bool:
    """Whether a page's words bear the marks of overprinted text, so that :func:`read_once` is worth its
    cost (a pass over every character). A copy drawn onto its own run makes either a word whose letters
    all come twice ("TToottaall": each copy lands right after its original) or a second word of the
    same text at nearly the same place (the copy starts left of where the run ended, so it begins a new
    word). Words are a tenth of the characters, and most texts occur once or a few times a page.
    Given the page's ``chars``, a word whose letters come twice is a mark only where two of its equal
    letters overlap (see :func:`_overlapping_letters`): "11", "22", "__" set side by side are a
    glyph's advance apart, and a third of table pages hold some."""
    doubled = []
    by_text: dict[str, list[dict]] = {}
    for w in words:
        t = w["text"]
        if len(t) >= 2 and len(t) % 2 == 0 and t[0::2] == t[1::2]:
            if chars is None:
                return True
            doubled.append(w)
        by_text.setdefault(t, []).append(w)
    for same in by_text.values():
        if len(same) < 2:
            continue
        same.sort(key=lambda w: w["top"])
        for i, a in enumerate(same):
            near = 0.15 * (a.get("size") or (a["bottom"] - a["top"]) or 1.0)
            for b in same[i + 1:]:
                if b["top"] - a["top"] > near:
                    break
                if abs(b["x0"] - a["x0"]) <= near:
                    return True
    return bool(doubled) and _overlapping_letters(doubled, chars)


def _overlapping_letters(words: list[dict], chars: list[dict]) -> bool:
    """Whether one of ``words`` (each of letters that come twice) holds two equal characters that
    overlap as a copy and its original do: within 0.15 size down and less than half the later one's
    width and 0.15 size across (the test of :func:`read_once`, left or right). True as well where a
    word's characters cannot all be found in its box (a ligature read apart): unsure, it is a mark."""
    letters = set().union(*(w["text"] for w in words))
    # (one pass over the page's characters, in C but for the test of each one's text)
    mine_all = [ch for ch in chars if ch.get("text") in letters]
    for w in words:
        left, right, top, bottom = w["x0"] - 0.01, w["x1"] + 0.01, w["top"] - 0.01, w["bottom"] + 0.01
        mine = [ch for ch in mine_all if ch["x0"] >= left and ch["x1"] <= right and ch["top"] >= top
                and ch["bottom"] <= bottom]
        if len(mine) < len(w["text"]):
            return True
        mine.sort(key=_X0)
        # (either of a pair may be the copy, drawn later: each one's tolerances are tried)
        tols = [(0.15 * (ch.get("size") or 0), 0.5 * (ch["x1"] - ch["x0"])) for ch in mine]
        widest = max(tol_y for tol_y, _ in tols)
        for k, b in enumerate(mine):
            for i in range(k - 1, -1, -1):
                a = mine[i]
                if b["x0"] - a["x0"] > widest:  # (in order of left edge: every earlier one is farther)
                    break
                if a["text"] != b["text"]:
                    continue
                for tol_y, half in (tols[i], tols[k]):
                    tol_x = half if half < tol_y else tol_y
                    if -tol_x <= a["x0"] - b["x0"] <= tol_x and -tol_y <= a["top"] - b["top"] <= tol_y:
                        return True
    return False


def read_once(chars: list[dict]) -> list[dict]:
    """Characters without their overprinted copies. Producers without a bold face fake one by
    drawing a run twice, the second time a fraction of a point to the side (or at the same place);
    read as printed, every character of the run comes twice ("TToottaall", "11,,223344"). A character
    is a copy when an earlier one with the same text, font and size lies within 0.15 size across and
    down and less than half its own width to the side: two equal characters set one after the
    other are at least a glyph's advance apart (0.22 size for the narrowest). The letters of one
    ligature glyph, each with the glyph's box ("f", "f", "i" of "ﬃ", as pdfium reads them), are no
    copies: "efficiency" lost an "f" wherever a page bore marks of overprinting. Returns ``chars``
    itself when none is a copy (the usual case)."""
    # (text, font, size, upright) -> band of 1 size down the page -> (x0, top) of the characters kept
    seen: dict[tuple, dict[int, list[tuple[float, float]]]] = {}
    drop = []
    get = seen.get
    # (a pass over every character of the page: the tests are written out, no min() or abs() calls)
    for i, ch in enumerate(chars):
        text = ch.get("text") or ""
        size = ch.get("size") or 0
        if not text.strip() or size <= 0:
            continue
        x0, top = ch["x0"], ch["top"]
        if text == "f" and i and (not drop or drop[-1] != i - 1):
            prev = chars[i - 1]
            if prev.get("text") == "f" and prev["x0"] == x0 and prev["top"] == top and prev["x1"] == ch["x1"]:
                continue  # the second "f" of one ligature glyph (ﬀ, ﬃ, ﬄ read as letters): no copy
        key = (text, ch.get("fontname"), round(size, 1), ch.get("upright", True))
        band = int(top // size)
        bands = get(key)
        if bands is None:  # the first character of its kind on the page
            seen[key] = {band: [(x0, top)]}
            continue
        tol_y = 0.15 * size
        half = 0.5 * (ch["x1"] - x0)
        tol_x = half if half < tol_y else tol_y
        here = bands.get(band)
        found = False
        for row in (here, bands.get(band - 1), bands.get(band + 1)):
            if row:
                for px, pt in row:
                    if -tol_x <= px - x0 <= tol_x and -tol_y <= pt - top <= tol_y:
                        found = True
                        break
                if found:
                    break
        if found:
            drop.append(i)
        elif here is None:
            bands[band] = [(x0, top)]
        else:
            here.append((x0, top))
    if not drop:
        return chars
    gone = set(drop)
    return [ch for i, ch in enumerate(chars) if i not in gone]


def glyph_boxes(chars: list[dict]) -> list[dict]:
    """Characters whose box comes from a font that declares a wrong ascent or descent, given the
    box their glyphs have. pdfminer places a character's box from the font's declared descent; when
    that is far from the glyphs' (a descent of more than half the size, or an ascent of more than
    1.2 sizes), the box lies mostly below or above the printed glyph and the text lands in the row
    below or above its own. Such characters get a box from their baseline: 0.8 size above it and
    0.2 below, as most fonts' glyphs. Returns ``chars`` itself when none is off (the usual case).

    Rule 330: characters of an obliqued face (an upright font slanted by its text matrix) get the
    box of their advance at the baseline, as a true italic font's have (see :func:`_unslanted`)."""
    off = []
    slanted = []
    for i, ch in enumerate(chars):
        m = ch.get("matrix")
        size = ch.get("size") or 0
        if m and m[2] and not m[1] and size > 0 and "adv" in ch and "y1" in ch:
            slanted.append(i)
            continue
        if not m or size <= 0 or m[1] or m[2] or "y1" not in ch:
            continue
        height = ch["top"] + ch["y1"]  # the page height in this character's frame
        base = height - m[5]  # baseline, from the top
        if ch["bottom"] - base > 0.5 * size or base - ch["top"] > 1.2 * size:
            off.append(i)
    if slanted:
        fixed = {i: box for i in slanted if (box := _unslanted(chars[i])) is not None}
        if fixed:
            chars = list(chars)
            for i, (x0, x1) in fixed.items():
                chars[i] = dict(chars[i], x0=x0, x1=x1, width=x1 - x0)
    if not off:
        return chars
    out = list(chars)
    for i in off:
        ch = dict(chars[i])
        base = ch["top"] + ch["y1"] - ch["matrix"][5]
        dy = (base - 0.8 * ch["size"]) - ch["top"]
        ch["top"] += dy
        ch["bottom"] = ch["top"] + ch["size"]
        ch["y0"] -= dy
        ch["y1"] -= dy
        if "doctop" in ch:
            ch["doctop"] += dy
        out[i] = ch
    return out


def _unslanted(ch: dict) -> tuple[float, float] | None:
    """Rule 330: the box (x0, x1) of a character of an obliqued face at its baseline. pdfminer slants
    a glyph's box with its text matrix: with a slant ``c`` the box reaches ``c`` times the descent
    left of the origin and ``c`` times the rest of the type size right of the advance's end, about
    a third of an em more than the advance. Figures of one such row overrun the right edge their
    column's upright figures share, and the gap after them shrinks by as much: a figure and a change
    set a word space apart touch ("1,270-10.79", one word) and the row's cells leave their columns.
    A true italic font's glyphs get the box of their advance; so do these: from the origin across
    the advance (the box's slant taken off both sides, found from its top and bottom against the
    baseline). Only a box that is exactly the slanted advance (width = advance + slant x height,
    within a hundredth of a point) is changed: characters from another source keep theirs. None:
    not such a box, or leaning more than about 30 degrees (no face leans so far)."""
    a, _b, c, d, _e, f = ch["matrix"]
    if a <= 0 or d <= 0 or abs(c / d) > 0.6:
        return None
    adv, y0, y1 = ch["adv"], ch["y0"], ch["y1"]
    if not adv or adv <= 0:
        return None
    # the box's bottom and top in the text's own units above the baseline
    low, high = (y0 - f) / d, (y1 - f) / d
    if abs((ch["x1"] - ch["x0"]) - (a * adv + abs(c) * (high - low))) > 0.01:
        return None
    x0 = ch["x0"] - min(c * low, c * high)
    return x0, x0 + a * adv


def _turned(ch: dict) -> bool:
    """A character printed at an angle between 20 and 160 degrees (a turned column heading)."""
    m = ch.get("matrix")
    if not m:
        return False
    a, b = m[0], m[1]
    if not b:
        # upright (or upside down): an angle of 0 or 180 degrees, no need to compute it
        return False
    ang = abs(math.degrees(math.atan2(b, a)))
    return 20 <= ang <= 160


def turned_headings(chars: list[dict], words: list[dict]) -> list[dict]:
    """Column headings printed turned (90 or 45 degrees, reading upwards) as words: each run of
    characters along one baseline becomes one word as tall as the heading, one em wide and centred
    on its first character's box: the foot is where a turned heading stands on its column (it leans
    over the next columns further up), and its height keeps an upright heading set beside it, at any
    height of the header row, on the same header line. Runs longer than 60 characters are text printed
    sideways, left to the sideways search."""
    sizes = sorted(w.get("size") or (w["bottom"] - w["top"]) for w in words) or [10.0]
    em = sizes[len(sizes) // 2]
    groups: dict[tuple[int, int], list[tuple[float, dict]]] = {}
    for ch in chars:
        a, b, _c, _d, e, f = ch["matrix"]
        norm = math.hypot(a, b)
        ux, uy = a / norm, b / norm
        ang = round(math.degrees(math.atan2(b, a)) / 5)
        perp = round((-uy * e + ux * f) / (0.4 * em))
        groups.setdefault((ang, perp), []).append((ux * e + uy * f, ch))
    out = []
    for run in groups.values():
        run.sort(key=lambda t: t[0])
        pieces: list[list[tuple[float, dict]]] = [[run[0]]]
        for prev, cur in zip(run, run[1:]):
            gap = cur[0] - prev[0] - float(prev[1].get("adv") or 0)
            if gap > 1.5 * em:
                pieces.append([cur])
            else:
                pieces[-1].append(cur)
        for piece in pieces:
            if len(piece) > 60:
                continue
            text = piece[0][1]["text"]
            for prev, cur in zip(piece, piece[1:]):
                gap = cur[0] - prev[0] - float(prev[1].get("adv") or 0)
                text += (" " if gap > 0.2 * em else "") + cur[1]["text"]
            text = " ".join(text.split())
            if not text:
                continue
            first = piece[0][1]
            mid = (first["x0"] + first["x1"]) / 2
            foot = max(ch["bottom"] for _, ch in piece)
            top = min(ch["top"] for _, ch in piece)
            out.append({"text": text, "x0": mid - em / 2, "x1": mid + em / 2, "top": top, "bottom": foot,
                        "doctop": first.get("doctop", 0) - first["top"] + top, "upright": True,
                        "size": em, "fontname": first.get("fontname", ""), "turned": True,
                        "non_stroking_color": first.get("non_stroking_color")})
    return out


#: a run of leader dots inside a word (an ellipsis "..." is three); underscores typed as a leader
#: line (rule 213)
_LEADER = re.compile(r"[.·․]{4,}|…{2,}|_{4,}")


def split_leaders(words: list[dict], chars: list[dict]) -> list[dict]:
    """Words glued to their dot leaders cut into the text on each side ("Kenya........1,200" ->
    "Kenya", "1,200"): leaders set close to the value, or to the label, leave no space to split
    words at, and label and value would be one cell. Positions come from the characters; a word
    whose characters do not spell it stays whole."""
    out: list[dict] = []
    for w in words:
        t = w["text"]
        if not _LEADER.search(t) or set(t) <= _DOTS or _underscores(t):
            out.append(w)
            continue
        mine = sorted((ch for ch in chars
                       if ch["x0"] >= w["x0"] - 0.5 and ch["x1"] <= w["x1"] + 0.5
                       and min(ch["bottom"], w["bottom"]) - max(ch["top"], w["top"]) > 0.5 * (w["bottom"] - w["top"])
                       and ch["text"].strip()), key=lambda ch: ch["x0"])
        if "".join(ch["text"] for ch in mine) != t:
            out.append(w)
            continue
        # one position per letter of the word: a character may carry several ("ffi", "(cid:3)")
        mine = [ch for ch in mine for _ in ch["text"]]
        start = 0
        for m in [*_LEADER.finditer(t), None]:
            end = m.start() if m else len(t)
            if t[start:end].strip():
                piece = dict(w)
                piece.update(text=t[start:end], x0=mine[start]["x0"], x1=mine[end - 1]["x1"])
                out.append(piece)
            if m:
                start = m.end()
    return out


def without_leaders(words: list[dict]) -> list[dict]:
    words = _without_typed_rules(words)
    dots = [w for w in words if w["text"] and (set(w["text"]) <= _DOTS or _underscores(w["text"]))]
    if not dots:
        return words
    drop = set()
    # the dots by the middle of their line: a dot's neighbours are looked for among the few whose
    # middle is within a point of its own, not among all the page's dots (leader pages have thousands)
    by_mid = sorted(((o["top"] + o["bottom"]) / 2, i) for i, o in enumerate(dots))
    mids = [m for m, _ in by_mid]
    for w in dots:
        if len(w["text"]) >= 3 and w["text"] != "...":
            drop.add(id(w))
            continue
        # single dots in a run: another dot word close on the same line (spaced leaders put their
        # dots less than an em apart)
        mid = (w["top"] + w["bottom"]) / 2
        em = w.get("size") or (w["bottom"] - w["top"])
        # a window a little wider than the test below, which then decides exactly as before
        lo, hi = bisect_left(mids, mid - 1.5), bisect_right(mids, mid + 1.5)
        near = [o for o in (dots[i] for _, i in by_mid[lo:hi])
                if o is not w and abs((o["top"] + o["bottom"]) / 2 - mid) < 1.0
                and (0 <= o["x0"] - w["x1"] < 0.8 * em or 0 <= w["x0"] - o["x1"] < 0.8 * em)]
        if near:
            drop.add(id(w))
    return [w for w in words if id(w) not in drop]


def _underscores(text: str) -> bool:
    """Rule 213: a leader typed as a line of underscores ("Kenya ________ 1,200"), four or more."""
    return len(text) >= 4 and set(text) == {"_"}


_DASHES = {"-", "\u2013", "\u2014", "\u2212"}


def _without_typed_rules(words: list[dict]) -> list[dict]:
    """Rule 75: a rule typed as a row of spaced dashes ("- - - - - - x", a court caption's box on a
    typewritten page) is no row of nil values: four or more lone dashes on one line, each less
    than an em from the next, are set aside like leader dots. A table's columns stand further
    apart than that (a column is as wide as its widest figure)."""
    dashes = [w for w in words if w["text"] in _DASHES]
    if len(dashes) < 4:
        return words
    dashes.sort(key=lambda w: (round((w["top"] + w["bottom"]) / 2), w["x0"]))
    drop: set[int] = set()
    run = [dashes[0]]
    for w in [*dashes[1:], None]:
        prev = run[-1]
        if w is not None and abs((w["top"] + w["bottom"]) / 2 - (prev["top"] + prev["bottom"]) / 2) < 1.0 \
                and 0 <= w["x0"] - prev["x1"] < (prev.get("size") or prev["bottom"] - prev["top"]):
            run.append(w)
            continue
        if len(run) >= 4:
            drop.update(id(d) for d in run)
        run = [w] if w is not None else []
    return [w for w in words if id(w) not in drop] if drop else words


def _round_box(b) -> tuple[float, float, float, float]:
    return tuple(round(float(v), 2) for v in b)  # type: ignore[return-value]


def split_at_rulings(grid: Grid, words: list[dict], chars: list[dict] | None) -> list[dict]:
    """Words cut by a vertical ruling of the grid split into the part on each side, by character.

    Text too long for its cell runs on under the next cell's text and is clipped on screen, but it
    is still in the PDF: pdfminer then glues the clipped end to the next cell's first word without
    a space ("Elizab" + "2165" -> "Elizab2165"). Each character belongs to the cell its middle is
    in."""
    if not chars or grid.n_cols < 2:
        return words
    out: list[dict] = []
    for w in words:
        cy = (w["top"] + w["bottom"]) / 2
        row = next((r for r in range(grid.n_rows) if cy <= grid.ys[r + 1]), grid.n_rows - 1)
        cuts = [grid.xs[c] for c in range(1, grid.n_cols)
                if w["x0"] + 1 < grid.xs[c] < w["x1"] - 1 and grid.v_between(c, row)]
        if not cuts:
            out.append(w)
            continue
        mine = sorted((ch for ch in chars
                       if ch["x0"] >= w["x0"] - 0.5 and ch["x1"] <= w["x1"] + 0.5
                       and min(ch["bottom"], w["bottom"]) - max(ch["top"], w["top"]) > 0.5 * (w["bottom"] - w["top"])
                       and ch["text"].strip()), key=lambda ch: ch["x0"])
        if "".join(ch["text"] for ch in mine) != w["text"]:
            out.append(w)  # the characters do not spell the word (ligature, overlay): keep it whole
            continue
        edges = [-float("inf"), *cuts, float("inf")]
        for a, b in zip(edges, edges[1:]):
            part = [ch for ch in mine if a <= (ch["x0"] + ch["x1"]) / 2 < b]
            if part:
                piece = dict(w)
                piece.update(text="".join(ch["text"] for ch in part), x0=part[0]["x0"], x1=part[-1]["x1"])
                out.append(piece)
    return out


def _lattice_structure(grid: Grid, words: list[dict], chars: list[dict] | None = None) -> Structure:
    cells_words = grid_words(grid, split_at_rulings(grid, words, chars))
    spans = {(r, c): (rs, cs) for r, c, rs, cs in grid.merged_cells()}
    boxes = []
    for (r, c), ws in cells_words.items():
        rs, cs = spans[(r, c)]
        for c0, cs0, part in _column_parts(grid, c, cs, ws):
            box = CellBox(r, c0, rs, cs0)
            for i, line in enumerate(group_lines(part)):
                for w in line.words:
                    box.add(i, w)
            boxes.append(box)
    header = None
    for r in range(grid.n_rows):
        if any(b.row == r and (b.col > 0 and _figure(b.text) or _body_text(b.text)) for b in boxes):
            header = r
            break
    if header is None:
        header = _bold_top_rows(boxes, grid.n_rows)
    header = _group_rows_under_heads(boxes, header)
    return Structure(grid.n_rows, grid.n_cols, boxes, header, list(grid.xs), list(grid.ys), grid.bbox)


def _group_rows_under_heads(boxes: list[CellBox], header: int) -> int:
    """Rule 350: under a row that names two columns or more, two rows in a row with text in the first
    column only are group rows ("1. Code awareness", "2. Forced labour" over their findings): the body
    begins with them, however many follow before the first figure. One such row alone is the stub's
    heading set on the header's last line ("Country" under the column heads) and stays in the header."""
    def columns(r: int) -> set[int]:
        return {b.col for b in boxes if b.row == r and b.text.strip()}

    named = False
    for r in range(header - 1):
        here = columns(r)
        if named and here == {0} and columns(r + 1) == {0}:
            return r
        named = named or len(here) >= 2
    return header


_AMOUNT = re.compile(r"(?:[$€£¥]|US\$)\s?\d|\d[,.\u00a0\u202f]\d{3}\b")


def _column_parts(grid: Grid, c: int, cs: int, ws: list[dict]) -> list[tuple[int, int, list[dict]]]:
    """Rule 83: a merged cell over several columns whose text stands in separate columns (each
    phrase inside one grid column, two columns or more: the headings of a header band drawn as one
    filled box, no rule between them) is one cell per column; otherwise it stays whole."""
    if cs < 2 or not ws:
        return [(c, cs, ws)]
    parts: dict[int, list[dict]] = {}
    for line in group_lines(ws):
        for p in split_phrases(line, gap=0.6 * line.size):
            inside = [k for k in range(c, c + cs) if grid.xs[k] - 1 <= p.x0 and p.x1 <= grid.xs[k + 1] + 1]
            if not inside:
                return [(c, cs, ws)]
            parts.setdefault(inside[0], []).extend(p.words)
    if len(parts) < 2:
        return [(c, cs, ws)]
    return [(k, 1, part) for k, part in sorted(parts.items())]


def _bold_top_rows(boxes: list[CellBox], n_rows: int) -> int:
    """Rule 84: with no figure and no row of list items or sentences to end it, a ruled grid's
    header is its top rows set in bold (up to three) over a row that is not: the headings of a
    table of words ("System organ class | Prevention of ..." over "Anaemia | Common")."""
    def bold(r: int) -> bool | None:
        ws = [w for b in boxes if b.row == r for w in b.words if w["text"].strip()]
        if not ws:
            return None
        return sum(1 for w in ws if _BOLD.search(w.get("fontname") or "")) >= 0.8 * len(ws)

    k = 0
    while k < min(3, n_rows - 1) and bold(k):
        k += 1
    return k if k and bold(k) is False else 0


_BULLETS = ("•", "▪", "●", "◦", "-", "–", "*")


def _body_text(text: str) -> bool:
    """Rule 78: a cell of a body row by its text: a list item (a bullet first, three words or
    more). Headings are no list items; an action plan's rows of text hold no figures, and its
    first figure ("2022*") may come rows below the header."""
    words = text.split()
    return len(words) >= 3 and words[0] in _BULLETS


def _figure(text: str) -> bool:
    """A cell of the body, by its text: a value, or an amount after a qualifier of up to three words
    ("Up to $3,790", "About 1,200", "Less than €500": rule 71). Headings may hold a year or a unit
    ("2019", "USD"), not an amount with a currency sign or thousands separators at their end."""
    if is_value(text):
        return True
    words = text.split()
    return 2 <= len(words) <= 4 and is_value(words[-1]) and bool(_AMOUNT.search(words[-1]))


def _compact(structure: Structure) -> Structure:
    """Drop rows and columns no cell with text starts in or covers alone (slivers of a grid). A cell
    holding a mark that stands for its shading or its coloured mark (rules 250, 260) is a cell of
    the grid, with no text."""
    boxes = [b for b in structure.cells if b.text.strip() or any(w.get("shade") for w in b.words)]
    # keep a row/column only if some text cell starts in it
    start_rows = sorted({b.row for b in boxes})
    start_cols = sorted({b.col for b in boxes})
    row_map = {r: i for i, r in enumerate(start_rows)}
    col_map = {c: i for i, c in enumerate(start_cols)}
    # a cell told by its shading alone (rule 280) stays in the rows and columns text keeps (once: a
    # cell holding its shading's mark word is in already)
    kept = set(map(id, boxes))
    boxes += [b for b in structure.cells if b.row in row_map and b.col in col_map and b.shown == SHADED
              and b.row_span == b.col_span == 1 and not b.text.strip() and id(b) not in kept]
    out = []
    for b in boxes:
        r0 = row_map[b.row]
        c0 = col_map[b.col]
        r_end = sum(1 for r in start_rows if b.row <= r < b.row + b.row_span)
        c_end = sum(1 for c in start_cols if b.col <= c < b.col + b.col_span)
        nb = CellBox(r0, c0, max(1, r_end), max(1, c_end))
        nb.by_line = b.by_line
        out.append(nb)
    header = sum(1 for r in start_rows if r < structure.header_rows)
    cols = [structure.columns[c] for c in start_cols] + [structure.columns[-1]] if structure.columns else []
    rows = [structure.rows[r] for r in start_rows] + [structure.rows[-1]] if structure.rows else []
    return Structure(len(start_rows), len(start_cols), out, header, cols, rows, structure.bbox, structure.rtl)


_DEC_COMMA = re.compile(r"^[(\-−–]?\d{1,3}(?:[ .\u00a0\u202f]\d{3})*,\d{1,2}%?\)?$|^[(\-−–]?\d+,\d{4,}")
_DEC_POINT = re.compile(r"^[(\-−–]?\d{1,3}(?:[ ,\u00a0\u202f]\d{3})*\.\d{1,2}%?\)?$|^[(\-−–]?\d+\.\d{4,}")


def guess_decimal(texts: list[str]) -> str | None:
    """The decimal separator a table's numbers use, when they show it ("3,5" or "12.25"; a
    single separator before exactly three digits is ambiguous and says nothing)."""
    comma = sum(1 for t in texts if _DEC_COMMA.match(t))
    point = sum(1 for t in texts if _DEC_POINT.match(t))
    if comma and not point:
        return ","
    if point and not comma:
        return "."
    return None


def _fill_empty(cells: list[Cell], n_rows: int, n_cols: int, header_rows: int) -> None:
    """Empty cells for the grid positions no cell covers (every position is listed once); an empty
    corner above the label column spans the header rows."""
    covered = [[False] * n_cols for _ in range(n_rows)]
    for c in cells:
        for r in range(c.row, min(c.row + c.row_span, n_rows)):
            for k in range(c.col, min(c.col + c.col_span, n_cols)):
                covered[r][k] = True
    if header_rows > 1 and n_cols > 0 and not any(covered[r][0] for r in range(header_rows)):
        cells.append(Cell(0, 0, "", row_span=header_rows))
        for r in range(header_rows):
            covered[r][0] = True
    for r in range(n_rows):
        for k in range(n_cols):
            if not covered[r][k]:
                cells.append(Cell(r, k, ""))


def _to_table(structure: Structure, page_number: int, index: int, method: str, title: str,
              decimal: str | None, caption: str = "") -> Table:
    if decimal is None:
        decimal = guess_decimal([b.text.strip() for b in structure.cells])
    cells: list[Cell] = []
    for b in structure.cells:
        cells.append(make_cell(b.row, b.col, b.shown, decimal, b.row_span, b.col_span))
    _fill_empty(cells, structure.n_rows, structure.n_cols, structure.header_rows)
    # table box: the text and the rulings that hold it
    x0, top, x1, bottom = structure.bbox
    table = Table(
        id=f"p{page_number}-t{index}", page=page_number, bbox=_round_box((x0, top, x1, bottom)),
        n_rows=structure.n_rows, n_cols=structure.n_cols, cells=cells,
        header_rows=structure.header_rows, title=title, caption=caption, method=method,
        columns=[round(x, 2) for x in structure.columns] if structure.columns else None,
    )
    table.sort_cells()
    label_col = table.n_cols - 1 if structure.rtl else 0
    table.total_rows = [
        c.row for c in table.cells if c.col == label_col and c.row >= table.header_rows and is_total_label(c.text)
    ]
    return table


def _looks_like_contents(s: Structure) -> bool:
    """A table of contents: text entries whose last column holds page numbers that never go down
    (and no other values). A section number ("2", "2.1") leads its entry's title; a number after a
    row label with no title after it is a value, even a plain integer (a small table whose last column
    happens to rise: rule 63). A number alone on its row (a wrapped entry's stray page number) is
    neither."""
    last = s.n_cols - 1
    rows: dict[int, dict[int, str]] = {}
    for b in s.cells:
        if b.row >= s.header_rows and b.text.strip():
            rows.setdefault(b.row, {})[b.col] = b.text.strip()
    numbers = []
    for r in sorted(rows):
        cells = rows[r]
        for c, t in cells.items():
            if c == last or not is_value(t):
                continue
            if not _SECTION_NUMBER.fullmatch(t):
                return False  # values elsewhere: a real table
            if (not any(k > c and k != last and not is_value(u) for k, u in cells.items())
                    and any(k < c and u.strip() and not is_value(u) for k, u in cells.items())):
                return False  # a number after a label and before no title: a value of a real table
        t = cells.get(last, "")
        if _PAGE_NUMBER.fullmatch(t):
            numbers.append(int(t))
    if len(numbers) < 4 or len(numbers) < 0.7 * len(rows):
        return False
    if not any(any(ch.isalpha() for ch in t) for cells in rows.values() for t in cells.values()):
        return False  # contents list titles: numbers alone are a table's figures
    return all(b >= a for a, b in zip(numbers, numbers[1:])) and max(numbers) < 2000


def _usable(s: Structure) -> bool:
    if s.n_rows < 2 or s.n_cols < 2:
        return False
    # a cell holding a mark of its shading or a bare status mark (rules 250, 260) is filled
    rows_with_two = sum(
        1 for r in range(s.n_rows)
        if sum(1 for b in s.cells if b.row == r and (b.text.strip() or any(w.get("shade") for w in b.words))) >= 2
    )
    return rows_with_two >= 2 and not _looks_like_contents(s)


def structure_of(candidate: Candidate, hs, vs, chars: list[dict] | None = None,
                 bars: list = ()) -> Structure | None:
    if candidate.kind == "ruled" and candidate.grid is not None:
        s = _lattice_structure(candidate.grid, candidate.words, chars)
    else:
        s = build_structure(candidate.words, candidate.bbox, hs, vs, bars=bars)
    if s is None:
        return None
    s = _compact(s)
    if candidate.kind == "framed" and candidate.grid is not None:
        s = _grid_header(candidate.grid, candidate.words, chars, s)
    s = join_bullet_columns(join_ditto_columns(join_unit_rows(s)))
    if candidate.kind != "ruled":
        s = join_currency_columns(s)
    return s


def _grid_header(grid: Grid, words: list[dict], chars: list[dict] | None, s: Structure) -> Structure:
    """Rule 410: a ruled grid whose body rows the text decides (several rows of figures in one ruled
    cell: ``detect._undersegmented``) keeps the header its rules draw. Its header rows are the grid's
    rows over the first figure; where they hold the very words of the header the text found, their
    cells are on the same columns (the grid's columns, once empty ones are dropped, are the text's,
    and every body cell of the text lies in its grid column), and every heading cell holds one phrase
    per line, the rules' rows and spans are the header: a heading over two sub-headings over four
    columns ("International" over "Cargo" and "Mail" over "Ton" and "y.o.y") is three rows, each
    heading spanning the columns its box spans, where the text alone read the first two lines as one
    row."""
    if s.header_rows < 1 or s.n_rows <= s.header_rows:
        return s
    g = _compact(_lattice_structure(grid, words, chars))
    # the header ends at the first row with a figure on a line of a cell past the first column (a
    # cell holding several rows' figures is no figure to the grid's own header count)
    k = next((r for r in range(g.n_rows)
              if any(b.row == r and b.col > 0 and any(_figure(lines_text([ln])) for ln in b.lines) for b in g.cells)),
             0)
    if k < 1 or g.n_cols != s.n_cols or len(g.columns) != len(s.columns):
        return s

    def words_of(cells: list[CellBox]) -> list[str]:
        # the words whole: a heading a rule runs through (cut into pieces by ``split_at_rulings``) says
        # the grid's rows are not the header's
        return sorted(w["text"] for b in cells for w in b.words if w["text"].strip())

    top = [b for b in g.cells if b.row < k]
    if not top or any(b.row + b.row_span > k for b in top):
        return s  # a heading cell reaching into the body
    if words_of(top) != words_of([b for b in s.cells if b.row < s.header_rows]):
        return s
    for b in top:
        for line in group_lines(b.words):
            if len(split_phrases(line, gap=0.6 * line.size)) > 1 and b.col_span == 1:
                return s
    xs = g.columns
    for b in s.cells:
        if b.row < s.header_rows:
            continue
        for w in b.words:
            mid = (w["x0"] + w["x1"]) / 2
            if not xs[b.col] - 1 <= mid <= xs[b.col + b.col_span] + 1:
                return s
    if [(b.row, b.col, b.row_span, b.col_span) for b in top] \
            == [(b.row, b.col, b.row_span, b.col_span) for b in s.cells if b.row < s.header_rows] and k == s.header_rows:
        return s
    shift = k - s.header_rows
    cells = list(top)
    for b in s.cells:
        if b.row >= s.header_rows:
            nb = CellBox(b.row + shift, b.col, b.row_span, b.col_span)
            nb.by_line = b.by_line
            cells.append(nb)
    rows = list(g.rows[:k]) + list(s.rows[s.header_rows:]) if s.rows and g.rows else s.rows
    return Structure(s.n_rows + shift, s.n_cols, cells, k, s.columns, rows, s.bbox, s.rtl)


def _side_by_side(cand: Candidate, s: Structure, hs, vs, chars, depth: int = 0,
                  bars: list = ()) -> list[tuple[Candidate, Structure]]:
    """A text candidate that is tables printed side by side, as its pieces (see app.extract.tables.columns)."""
    cut = side_by_side_cut(s) if cand.kind == "borderless" and depth < 4 else None
    if cut is None:
        return [(cand, s)]
    out = []
    for side in ([w for w in cand.words if (w["x0"] + w["x1"]) / 2 < cut],
                 [w for w in cand.words if (w["x0"] + w["x1"]) / 2 >= cut]):
        if not side:
            continue
        box = (min(w["x0"] for w in side), cand.bbox[1], max(w["x1"] for w in side), cand.bbox[3])
        piece = Candidate(box, cand.kind, side, None, cand.title if not out else "", cand.caption)
        ps = structure_of(piece, hs, vs, chars, bars)
        if ps is None:
            continue
        top = min(w["top"] for w in side)
        bottom = max(w["bottom"] for w in side)
        piece.bbox = (box[0], max(box[1], top - 1), box[2], min(box[3], bottom + 1))
        ps.bbox = piece.bbox
        out.extend(_side_by_side(piece, ps, hs, vs, chars, depth + 1, bars))
    return out or [(cand, s)]


def resolve_hyphens(tables: list[Table], vocabulary) -> None:
    """Decide line-end hyphens inside cells (see :func:`app.document.textfix.resolve_soft_hyphens`)."""
    from app.document.textfix import SOFT_HYPHEN, resolve_soft_hyphens

    for table in tables:
        for cell in table.cells:
            if SOFT_HYPHEN in cell.text:
                cell.text = resolve_soft_hyphens(cell.text, vocabulary)


def _page_vocabulary(page):
    from app.document.textfix import Vocabulary

    return Vocabulary.from_words((w["text"] for w in page_words(page)), extra_words=())


def _join_stacked_grids(found: list[tuple[Candidate, Structure]]) -> list[tuple[Candidate, Structure]]:
    """Rule 86: ruled grids stacked with the very same columns (every boundary within 2 pt) and
    less than half a line apart are the sections of one table drawn as separate grids (a header
    grid, then a "Complete" and an "Extra" section). They are one table; a top grid holding no
    figure is its header. A table set a line or more under another is a table of its own (rule
    65)."""
    out: list[tuple[Candidate, Structure]] = []
    for cand, s in sorted(found, key=lambda f: (f[1].bbox[1], f[1].bbox[0])):
        if out:
            pc, ps = out[-1]
            words = [w for b in ps.cells + s.cells for w in b.words]
            em = median(w.get("size") or (w["bottom"] - w["top"]) for w in words) if words else 10.0
            if pc.kind == cand.kind == "ruled" and ps.n_cols == s.n_cols and len(ps.columns) == len(s.columns) \
                    and all(abs(a - b) <= 2.0 for a, b in zip(ps.columns, s.columns)) \
                    and -EDGE <= s.bbox[1] - ps.bbox[3] < 0.5 * em:
                box = (min(ps.bbox[0], s.bbox[0]), ps.bbox[1], max(ps.bbox[2], s.bbox[2]), s.bbox[3])
                joined = _stack([ps, s], box)
                if not any(_figure(b.text) for b in ps.cells):
                    joined.header_rows = ps.n_rows
                merged = Candidate(box, "ruled", pc.words + cand.words, title=pc.title, caption=cand.caption)
                out[-1] = (merged, joined)
                continue
        out.append((cand, s))
    return out


def _tables_in(page, words, hs, vs, page_number: int, decimal: str | None) -> list[Table]:
    tables: list[Table] = []
    if not words:
        return tables
    chars = getattr(page, "chars", None)
    built: list[tuple[Table, Structure]] = []
    found: list[tuple[Candidate, Structure]] = []
    sizes = sorted(w.get("size") or (w["bottom"] - w["top"]) for w in words)
    bars = data_bars(page, words, sizes[len(sizes) // 2]) + status_marks(page, words)
    legend = legend_words(page, words)
    if legend:
        words = [w for w in words if id(w) not in legend]
    # rule 250: cells told by their shading alone hold a mark while rows and columns are found; the
    # edges of their boxes are no rules
    marks, shaded = shaded_cells(page, words)
    # rule 260: a column of coloured marks with no word beside them holds a mark in each cell
    marks = marks + bare_mark_words(page, words, marks)
    if marks:
        words = words + marks
        hs = [r for r in hs if not shade_edge(r, shaded)]
        vs = [r for r in vs if not shade_edge(r, shaded)]
    for whole in find_candidates(page, words, hs, vs):
        s = structure_of(whole, hs, vs, chars, bars)
        if s is None:
            continue
        for cand, s in _side_by_side(whole, s, hs, vs, chars, bars=bars):
            if _usable(s):
                found.append((cand, s))
    for cand, s in _join_stacked_grids(found):
        method = "ruled" if cand.kind in ("ruled", "framed") else "borderless"
        table = _to_table(s, page_number, len(tables) + 1, method, cand.title, decimal, cand.caption)
        built.append((table, s))
        tables.append(table)
    # each table's confidence once the page's tables are known (the words its neighbours took)
    for table, s in built:
        table.confidence, shares = confidence(table, s, words, vs, [b for b in built if b[0] is not table])
        table.doubts = doubts(shares)
    return tables


def extract_tables(page, page_number: int = 1, decimal: str | None = None,
                   resolve: bool = True) -> list[Table]:
    """Every table on a pdfplumber page.

    Words broken by a hyphen at a line end are joined when the page has the joined word
    (``resolve=True``); the pipeline passes ``resolve=False`` and decides with the whole document's
    vocabulary instead (the cell texts then keep a soft hyphen, U+00AD, at such breaks)."""
    with collector_paused():
        return _extract_tables(page, page_number, decimal, resolve)


def _extract_tables(page, page_number: int, decimal: str | None, resolve: bool) -> list[Table]:
    try:
        hs, vs = page_rulings(page)
        tables = _tables_in(page, table_words(page), hs, vs, page_number, decimal)
        for turned in sideways_pages(page):
            ths, tvs = turned._bb_rulings
            for table in _tables_in(turned, without_leaders(turned.words), ths, tvs, page_number, decimal):
                table.bbox = _round_box(turned.turn.unbox(*table.bbox))
                table.columns = None
                tables.append(table)
    finally:
        forget_lines()  # the page's grouped lines are not asked for again: its words can go
    tables.sort(key=lambda t: (t.bbox[1], t.bbox[0]))
    for i, table in enumerate(tables, 1):
        table.id = f"p{page_number}-t{i}"
    if resolve and any("\u00ad" in c.text for t in tables for c in t.cells):
        resolve_hyphens(tables, _page_vocabulary(page))
    return tables


def _clip(r: Ruling, orient: str, x0: float, top: float, x1: float, bottom: float) -> Ruling | None:
    lo, hi = (x0, x1) if orient == "h" else (top, bottom)
    a, b = (top, bottom) if orient == "h" else (x0, x1)
    if not (a - 2 <= r.pos <= b + 2):
        return None
    start, end = max(r.start, lo), min(r.end, hi)
    if end - start < 3:
        return None
    return Ruling(r.orient, r.pos, start, end, r.edge)


def _words_in_grid(grid: Grid, words: list[dict]) -> list[dict]:
    return [w for w in words if grid.xs[0] - 1 <= (w["x0"] + w["x1"]) / 2 <= grid.xs[-1] + 1
            and grid.ys[0] - 1 <= (w["top"] + w["bottom"]) / 2 <= grid.ys[-1] + 1]


def _tabular_lines(words: list[dict]) -> bool:
    """Do these words hold a line laid out as a table row (two phrases or more, one a value)?"""
    from app.extract.tables.text import split_phrases

    return any(len(ps) >= 2 and any(is_value(p.text) for p in ps)
               for ps in (split_phrases(line) for line in group_lines(words)))


def _stack(structures: list[Structure], area) -> Structure:
    """Tables of one user rectangle one under the other, as one structure (each keeps its columns;
    the first one's header rows are the header)."""
    if len(structures) == 1:
        return structures[0]
    cells: list[CellBox] = []
    ys: list[float] = []
    row0 = 0
    for s in structures:
        for b in s.cells:
            nb = CellBox(b.row + row0, b.col, b.row_span, b.col_span)
            nb.by_line = b.by_line
            cells.append(nb)
        ys += s.rows[:-1]
        row0 += s.n_rows
    ys.append(structures[-1].rows[-1])
    widest = max(structures, key=lambda s: s.n_cols)
    return Structure(row0, widest.n_cols, cells, structures[0].header_rows, widest.columns, ys, area,
                     any(s.rtl for s in structures))


def _area_grids(words: list[dict], area, hs, vs, method: str, chars: list[dict] | None = None) -> Structure | None:
    """The structure of a user rectangle from its ruled grids, or None when the text must decide.

    ``auto``: the grids that hold text are used when they hold the rectangle's data: all of it but
    stray words, or all but lines of running text, titles and notes between or around them (those are
    dropped; several grids are stacked). A grid whose cells hold a table of their own (a frame around
    an unruled table) gives its words to the text structure, its rulings only as hints."""
    from app.extract.tables.detect import _undersegmented
    from app.extract.tables.lattice import components, grid_of

    grids = [g for g in (grid_of(c) for c in components(hs, vs)) if g is not None]
    grids.sort(key=lambda g: -(g.bbox[2] - g.bbox[0]) * (g.bbox[3] - g.bbox[1]))
    if not grids:
        return None
    if method == "ruled":
        return _compact(_lattice_structure(grids[0], _words_in_grid(grids[0], words), chars))
    found = []
    claimed: set[int] = set()
    for g in grids:
        if g.n_cols < 2 or g.n_rows < 2:
            continue
        ws = [w for w in _words_in_grid(g, words) if id(w) not in claimed]
        cw = grid_words(g, ws)
        if sum(1 for v in cw.values() if v) < 2:
            continue
        claimed |= {id(w) for w in ws}
        found.append((g, ws, cw))
    if not found:
        return None
    outside = [w for w in words if id(w) not in claimed]
    # stray words (a page number, a mark) do not count; anything more must be text that is not a
    # table row, and the grids must hold most of the rectangle's words
    if len(outside) > 0.1 * len(words) and (len(claimed) < 0.5 * len(words) or _tabular_lines(outside)):
        return None
    structures = []
    for g, ws, cw in sorted(found, key=lambda f: f[0].bbox[1]):
        if _undersegmented(g, cw):
            if len(found) == 1:
                return None  # the text of the whole rectangle decides
            st = build_structure(ws, g.bbox, hs, vs)
        else:
            st = _lattice_structure(g, ws, chars)
        if st is not None:
            structures.append(_compact(st))
    return _stack(structures, area) if structures else None


def extract_area(page, bbox, columns=None, page_number: int = 1, decimal: str | None = None,
                 method: str = "auto") -> Table:
    """The table inside ``bbox`` (x0, top, x1, bottom in points, top-left origin of the page as
    displayed), as a :class:`Table` with ``method="manual"``.

    ``columns``: x positions of column separators chosen by the user (inside the box); the rows
    then come from the text. Otherwise ``method`` decides: ``"ruled"`` takes rows, columns and
    merged cells from the rulings inside the box, ``"borderless"`` from the text alignment (rulings
    only as hints), ``"auto"`` uses the rulings when they form a grid that holds the text.
    """
    if method not in ("auto", "ruled", "borderless"):
        raise ValueError(f"unknown method {method!r}")
    x0, top, x1, bottom = (float(v) for v in bbox)
    if x1 < x0:
        x0, x1 = x1, x0
    if bottom < top:
        top, bottom = bottom, top
    area = (x0, top, x1, bottom)
    words = [
        w for w in table_words(page)
        if x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom
    ]
    all_hs, all_vs = page_rulings(page)
    hs = [c for c in (_clip(r, "h", *area) for r in all_hs) if c is not None]
    vs = [c for c in (_clip(r, "v", *area) for r in all_vs) if c is not None]
    s = None
    if words and columns:
        inner = sorted(float(c) for c in columns if x0 < float(c) < x1)
        s = build_structure(words, area, hs, vs, columns=[x0, *inner, x1])
    elif words and method in ("auto", "ruled"):
        s = _area_grids(words, area, hs, vs, method, page.chars)
    if words and s is None:
        s = _compact(build_structure(words, area, hs, vs))
    if s is None:
        return Table(id=f"p{page_number}-manual", page=page_number, bbox=_round_box(area),
                     n_rows=0, n_cols=0, method="manual")
    size = sorted(w.get("size") or 10.0 for w in words)[len(words) // 2]
    page_words_all = table_words(page)
    table = _to_table(s, page_number, 0, "manual", title_above(page_words_all, area, size), decimal,
                      caption_below(page_words_all, area, size))
    resolve_hyphens([table], _page_vocabulary(page))
    table.id = f"p{page_number}-manual"
    table.bbox = _round_box(area)
    if columns:
        table.columns = [round(x0, 2), *[round(float(c), 2) for c in sorted(columns) if x0 < float(c) < x1],
                         round(x1, 2)]
    return table


__all__ = ["extract_tables", "extract_area", "lines_text"]
