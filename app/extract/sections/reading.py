"""Reading order, paragraphs and clean text.

Reading order (per page) is a recursive cut of the page's segments:

1. Segments are grouped into horizontal *bands* (segments whose vertical extents overlap).
2. Consecutive bands are merged into *groups* while they share a vertical white gutter: a band that
   crosses every gutter of the group (a full-width title, a table, a wide photo caption) starts a new
   group. A group without a gutter is read top to bottom; a group with gutters is cut into columns,
   read left to right, and each column is processed again the same way (columns inside columns).

Paragraphs are rebuilt from the ordered lines (line spacing larger than the body's, first-line
indents, short last lines, style changes), re-joined across columns and pages when a paragraph does
not end a sentence, and hyphenated line ends are joined using the document's own vocabulary.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Iterable

from app.document.textfix import HYPHENATED_WORD as _WORD  # noqa: F401 - the word pattern, one home in textfix
from app.document.textfix import GLYPH_BULLETS, hyphenated_words
from app.extract.sections.lines import Line

#: Narrowest white gap (points) between columns.
MIN_GUTTER = 4.0


# ------------------------------------------------------------------------------------ reading order


def _interior_gaps(lines: Iterable[Line], min_gap: float) -> list[tuple[float, float]]:
    spans = sorted([(ln.x0, ln.x1) for ln in lines])
    if not spans:
        return []
    gaps = []
    cur1 = spans[0][1]
    for a, b in spans[1:]:
        if a > cur1:
            if a - cur1 >= min_gap:
                gaps.append((cur1, a))
            cur1 = b
        else:
            cur1 = max(cur1, b)
    return gaps


#: a line's (top, x0), made in C: the sort key of every band search
_TOP_LEFT = attrgetter("top", "x0")


def _bands(lines: list[Line]) -> list[list[Line]]:
    lines = sorted(lines, key=_TOP_LEFT)
    bands: list[list[Line]] = []
    bottom = None
    for ln in lines:
        height = ln.bottom - ln.top
        tol = 0.25 * (12.0 if 12.0 < height else height)  # min(height, 12.0) without two calls a line
        if bottom is not None and ln.top < bottom - tol:
            bands[-1].append(ln)
            if ln.bottom > bottom:  # max(bottom, ln.bottom)
                bottom = ln.bottom
        else:
            bands.append([ln])
            bottom = ln.bottom
    return bands


def _covered(cover: list[list[float]], lines: Iterable[Line]) -> list[list[float]]:
    """The union of ``cover`` (sorted disjoint [x0, x1] intervals) and the lines' x-extents, as sorted
    disjoint intervals; intervals that touch merge (as in :func:`_interior_gaps`)."""
    spans = [[a, b] for a, b in cover]
    spans.extend([ln.x0, ln.x1] for ln in lines)
    spans.sort()  # one sort of both (sorting each first changed nothing)
    out: list[list[float]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


def _has_gap(cover: list[list[float]], min_gap: float) -> bool:
    return any(b[0] - a[1] >= min_gap for a, b in zip(cover, cover[1:]))


def _new_columns(cover: list[list[float]], band: list[Line], band_gaps: list[tuple[float, float]],
                 bottom: float, min_gap: float) -> bool:
    """A band of columns set apart (more than one and a half line heights of blank) below a group
    of columns (``cover``: its lines' x-extents, ``bottom``: its lowest line's bottom), with a gap
    that holds none of the group's gutters: text columns starting under a table laid across the
    page. Their first line is no row of the table, though it shares one of the table's gutters."""
    height = min(ln.bottom - ln.top for ln in band)
    if min(ln.top for ln in band) - bottom <= 1.5 * height:
        return False
    gutters = [(a[1], b[0]) for a, b in zip(cover, cover[1:]) if b[0] - a[1] >= min_gap]
    return any(not any(min(b, g1) - max(a, g0) >= 0.5 * min_gap for g0, g1 in gutters) for a, b in band_gaps)


def _cut(lines: list[Line], out: list[list[Line]], min_gap: float, depth: int) -> None:
    """Append the leaf regions (each a list of lines in reading order) to ``out``."""
    if len(lines) <= 1 or depth > 12:
        if lines:
            out.append(sorted(lines, key=lambda ln: (ln.top, ln.x0)))
        return
    bands = _bands(lines)
    groups: list[tuple[str, list[Line]]] = []
    cover: list[list[float]] = []  # the x-extent covered by the last "cols" group's lines
    bottom = 0.0  # and the bottom of its lowest line
    regular = all(ln.x0 <= ln.x1 for ln in lines)  # the running cover assumes x0 <= x1
    for band in bands:
        band_gaps = _interior_gaps(band, min_gap) if len(band) > 1 else []  # most bands are one line
        if groups:
            kind, members = groups[-1]
            if kind == "flat" and not band_gaps:
                members.extend(band)
                continue
            if kind == "cols" and not (band_gaps and regular and _new_columns(cover, band, band_gaps, bottom, min_gap)):
                # as _interior_gaps(members + band) is non-empty, kept up band by band (not quadratic)
                merged = _covered(cover, band)
                if (_has_gap(merged, min_gap) if regular else _interior_gaps(members + band, min_gap)):
                    members.extend(band)
                    cover = merged
                    bottom = max(bottom, max(ln.bottom for ln in band))
                    continue
        groups.append(("cols" if band_gaps else "flat", list(band)))
        if band_gaps:
            cover = _covered([], band)
            bottom = max(ln.bottom for ln in band)
    if len(groups) == 1 and groups[0][0] == "flat":
        # Nothing to cut: top to bottom, and left to right within a band.
        out.append(_left_to_right(bands))
        return
    if regular:
        groups = _lines_over_their_column(groups, min_gap)
    for kind, members in groups:
        if kind == "flat":
            _cut_flat(members, out)
            continue
        gaps = _interior_gaps(members, min_gap)
        if not gaps:
            _cut_flat(members, out)
            continue
        columns: list[list[Line]] = [[] for _ in range(len(gaps) + 1)]
        for ln in members:
            k = sum(1 for g in gaps if ln.x0 >= g[1] - 0.01)
            columns[k].append(ln)
        columns = [c for c in columns if c]
        if len(columns) == 1 and len(columns[0]) == len(lines):
            _cut_flat(members, out)
            continue
        for col in columns:
            _cut(col, out, min_gap, depth + 1)


def _lines_over_their_column(groups: list[tuple[str, list[Line]]],
                             min_gap: float) -> list[tuple[str, list[Line]]]:
    """Lines alone on their band right above a group of columns that open a column of it: each inside
    one column (crossing none of the group's gutters), that column going on right under it (its
    next line less than a line's height below) and every column of the group starting within a
    line's height under it. They belong to that column, not above every column:
    a right column opening with a heading larger than the left column's first line sets the
    heading's first line higher than any other, alone on its band, and its wrapped second line went
    to the column with the rest ("3.3 Sustainable Women and" read apart from "Operations")."""
    out = list(groups)
    for k in range(len(out) - 1, 0, -1):
        kind, members = out[k]
        prev_kind, prev = out[k - 1]
        if kind != "cols" or prev_kind != "flat":
            continue
        gaps = _interior_gaps(members, min_gap)
        # the top of each column of the group: all start right under the line (a column starting
        # lower down, a side column of headings beside the text, leaves the line above the group)
        edges = [float("-inf")] + [g for gap in gaps for g in gap] + [float("inf")]
        tops = [min((m.top for m in members if a <= m.x0 and m.x1 <= b), default=None)
                for a, b in zip(edges[::2], edges[1::2])]
        prev_bands = _bands(prev)
        moved = []
        while prev_bands and len(prev_bands[-1]) == 1:
            ln = prev_bands[-1][0]
            height = ln.bottom - ln.top
            if height <= 0 or any(ln.x0 < g1 and ln.x1 > g0 for g0, g1 in gaps):
                break
            below = [m for m in members + moved if m.top > ln.top and min(m.x1, ln.x1) > max(m.x0, ln.x0)]
            if not below or min(m.top for m in below) - ln.bottom > height:
                break
            moved.append(ln)
            prev_bands.pop()
        # (checked under the lowest line moved; nor is a block moved whose line above stands as
        # close as a wrapped line's: lines moved in part would split a heading)
        if not moved or any(t is None or t - moved[0].bottom > moved[0].bottom - moved[0].top for t in tops):
            continue
        top = moved[-1]
        if prev_bands and top.top - max(x.bottom for x in prev_bands[-1]) < 0.5 * (top.bottom - top.top):
            continue
        out[k] = (kind, members + moved)
        rest = [ln for band in prev_bands for ln in band]
        if rest:
            out[k - 1] = (prev_kind, rest)
        else:
            del out[k - 1]
    return out


def _cut_flat(lines: list[Line], out: list[list[Line]]) -> None:
    out.append(_left_to_right(_bands(lines)))


def _left_to_right(bands: list[list[Line]]) -> list[Line]:
    """The bands' lines top to bottom, left to right within a band (most bands hold one line)."""
    flat: list[Line] = []
    for band in bands:
        flat.extend(band if len(band) == 1 else sorted(band, key=lambda ln: ln.x0))
    return flat


def order_page(lines: list[Line], min_gap: float = MIN_GUTTER, blocks: Iterable = ()) -> list[Line]:
    """Lines of one page in reading order; sets ``order`` and ``column`` (leaf region id).

    ``blocks``: boxes of photos and charts; they take part in the cut (a photo at the top of the
    left column makes it a column) and are left out of the result."""
    pseudo = []
    for x0, top, x1, bottom in blocks:
        inside = sum(1 for ln in lines if x0 < (ln.x0 + ln.x1) / 2 < x1 and top < (ln.top + ln.bottom) / 2 < bottom)
        if inside > 1:
            continue  # a background picture with text over it: not a block of its own
        if x1 - x0 > 2 and bottom - top > 2:
            pseudo.append(Line(page=0, x0=x0, top=top, x1=x1, bottom=bottom, size=0.0, font="", color="",
                               flags=0, row=-1, text="", role="block"))
    regions: list[list[Line]] = []
    _cut(list(lines) + pseudo, regions, min_gap, 0)
    side: dict[int, int] = {}
    regions = _side_heads(regions, side)
    ordered = []
    region_id = 0
    for region in regions:
        real = [ln for ln in region if ln.role != "block"]
        if not real:
            continue
        for ln in real:
            ln.column = region_id
            ln.order = len(ordered)
            ordered.append(ln)
        region_id += 1
    if side:  # side heads read into the text keep a column of their own (they are no cells of its rows)
        for ln in ordered:
            if id(ln) in side:
                ln.column = region_id + side[id(ln)]
    return ordered


#: Lines of one side head at most (a heading hanging in a margin column beside its text).
SIDE_HEAD_LINES = 6


def _side_heads(regions: list[list[Line]], side: dict[int, int]) -> list[list[Line]]:
    """A narrow column of side heads read into the column right of it: each head (lines stacked at
    their line spacing, at most ``SIDE_HEAD_LINES``) starts level with a line of that column, the
    column of heads is at most 0.6 times as wide and holds no more lines. Each head is
    read right before the line it stands beside (it opens that text); a column of its own would read
    every head of the page before any text. ``side``: filled with the heads' ids, each mapped to the
    number of its column of heads on the page."""
    out: list[list[Line]] = []
    for region in regions:
        if out and not any(id(ln) in side for ln in out[-1]):
            merged = _interleave(out[-1], region)
            if merged is not None:
                k = len(set(side.values()))
                side.update((id(ln), k) for ln in out[-1])
                out[-1] = merged
                continue
        out.append(region)
    return out


def _interleave(heads: list[Line], text: list[Line]) -> list[Line] | None:
    if len(heads) > len(text) or any(ln.role == "block" for ln in heads + text):
        return None
    right = max(ln.x1 for ln in heads)
    left = min(ln.x0 for ln in text)
    if right >= left or right - min(ln.x0 for ln in heads) > 0.6 * (max(ln.x1 for ln in text) - left):
        return None
    blocks: list[list[Line]] = []
    for ln in sorted(heads, key=lambda ln: ln.top):
        if blocks and ln.top - blocks[-1][-1].bottom <= 0.8 * blocks[-1][-1].height:
            blocks[-1].append(ln)
        else:
            blocks.append([ln])
    at: dict[int, list[Line]] = {}
    for block in blocks:
        if len(block) > SIDE_HEAD_LINES:
            return None
        first = block[0]
        beside = next((k for k, ln in enumerate(text) if min(ln.bottom, first.bottom) - max(ln.top, first.top)
                       >= 0.5 * min(ln.height, first.height)), None)
        if beside is None or beside in at:
            return None
        at[beside] = block
    merged: list[Line] = []
    for k, ln in enumerate(text):
        merged.extend(at.get(k, ()))
        merged.append(ln)
    return merged


class PageOrder:
    """:func:`order_page` of some lines and blocks worked out ahead (as the page arrives, on a guess of
    which of its lines the document-level marks keep), given back only when asked for the very same
    lines, in the same order, and the same blocks: the order is a function of those alone. Working it
    out leaves the lines as they were (``order``, ``column``) until it is given back."""

    __slots__ = ("lines", "blocks", "ordered", "columns")

    def __init__(self, lines: list[Line], blocks: list) -> None:
        self.lines = list(lines)
        self.blocks = list(blocks)
        before = [(ln.order, ln.column) for ln in self.lines]
        self.ordered = order_page(self.lines, blocks=self.blocks)
        self.columns = [ln.column for ln in self.ordered]
        for ln, (order, column) in zip(self.lines, before):
            ln.order, ln.column = order, column

    def take(self, lines: list[Line], blocks: list) -> list[Line] | None:
        """``order_page(lines, blocks=blocks)`` if it was worked out ahead for these, else None."""
        mine = self.lines
        if len(lines) != len(mine) or blocks != self.blocks or any(a is not b for a, b in zip(lines, mine)):
            return None
        for i, (ln, column) in enumerate(zip(self.ordered, self.columns)):
            ln.order = i
            ln.column = column
        return list(self.ordered)


# -------------------------------------------------------------------------------------- vocabulary



#: Words after which a line-end hyphen is a suspended hyphen ("short- and long-term").
_SUSPENDED = {"and", "or", "nor", "to", "und", "oder", "et", "ou", "y", "o", "e", "i", "и", "или"}


def a_word_of(words: Counter, token: str) -> bool:
    return len(token) > 1 and words.get(token.casefold(), 0) > 0


class Vocabulary:
    """Word counts of a document, for joining hyphenated line ends."""

    def __init__(self) -> None:
        self.words: Counter[str] = Counter()
        #: the tokens of the texts added, counted into ``words`` by :meth:`settle`
        self._tokens: Counter[str] = Counter()

    def add_text(self, text: str, sign: int = 1) -> None:
        """Count the words of ``text`` (``sign`` -1: take them back out); they are in ``words`` once
        :meth:`settle` has run (:meth:`from_lines` does)."""
        self.add_words(hyphenated_words(text), sign)

    def add_words(self, words: list[str], sign: int = 1) -> None:
        """Count words :func:`app.document.textfix.hyphenated_words` found (``sign`` -1: take them back
        out): counted in C, as pages add their text one by one."""
        if sign > 0:
            self._tokens.update(words)
        elif words:
            self._tokens.subtract(Counter(words))

    def settle(self) -> None:
        """Count the tokens added so far into ``words``: each distinct spelling once."""
        counts = self.words
        tokens, self._tokens = self._tokens, Counter()
        for word, n in tokens.items():
            if n <= 0:
                continue
            low = word.casefold()
            counts[low] += n
            if "-" in low:  # the parts of a compound are words of the document too
                for part in low.split("-"):
                    if part:
                        counts[part] += n

    @classmethod
    def from_lines(cls, lines: Iterable[Line], base: "Vocabulary | None" = None,
                   fresh: set[int] | None = None) -> "Vocabulary":
        """The words of ``lines`` (in reading order). ``base``: a vocabulary already holding the whole
        texts of these lines but those whose ``id`` is in ``fresh`` (counted as their pages arrived, see
        :class:`app.extract.sections.SectionPages`), taken over: the same counts, as they add up."""
        lines = list(lines)
        if base is None:
            base, fresh = cls(), {id(ln) for ln in lines}
        fresh = fresh or set()
        texts = [ln.text for ln in lines]
        # Broken words are no evidence: the last token of a line ending with a hyphen and the first
        # token of the line after it (lines come in reading order). Only those lines and the fresh ones
        # are read here.
        ends = [i for i, t in enumerate(texts) if t.endswith("-")]
        read = set(ends)
        read.update(i + 1 for i in ends if i + 1 < len(texts))
        if fresh:
            read.update(i for i, ln in enumerate(lines) if id(ln) in fresh)
        # A line counted whole gives back only the tokens cut off (no word runs across the spaces cut
        # at, so the whole's words are the kept part's and the cut parts'): the same counts.
        added, taken_back = [], []
        for i in sorted(read):
            text = texts[i]
            cut = []
            if text.endswith("-"):
                at = text.rfind(" ") + 1
                cut.append(text[at:])
                text = text[:at]
            if i and texts[i - 1].endswith("-"):
                head, _, text = text.partition(" ")
                cut.append(head)
            if id(lines[i]) in fresh:
                added.append(text)
            else:
                taken_back += cut
        # One pass over the text: no word runs across a line break.
        base.add_text("\n".join(added))
        base.add_text("\n".join(taken_back), -1)
        base.settle()
        return base

    def join_hyphenated(self, left: str, right: str) -> str:
        """``left`` ends a line with "-" and ``right`` starts the next one: the joined text.

        "migra-" + "tion" -> "migration" (unless the document writes "migra-tion"); "well-" + "being"
        -> "well-being" when the document writes "well-being" elsewhere or both halves are words it
        uses on their own while the joined form never occurs.
        """
        m_left = _LINE_END_WORD.search(left)
        m_right = _LINE_START_WORD.match(right)
        if not m_left or not m_right:
            return left + right
        if m_right.group(1).casefold() in _SUSPENDED:  # "provincial- and community-level"
            return left + " " + right
        a, b = m_left.group(1), m_right.group(1)
        a_last = a.split("-")[-1]
        w = self.words
        if "-" in a:
            # "day-to-" + "day", "whole-of-" + "government": a compound goes on, unless the break is
            # inside its last word ("migrant-assis-" + "tance").
            fragment = not a_word_of(w, a_last) and w.get(f"{a_last}{b}".casefold(), 0) > 0
            if w.get(f"{a}{b}".casefold(), 0) > w.get(f"{a}-{b}".casefold(), 0) or fragment:
                return left[:-1] + right
            return left + right
        else:
            n_joined = w.get(f"{a_last}{b}".casefold(), 0)
            n_hyphen = w.get(f"{a_last}-{b}".casefold(), 0)
        a_word = w.get(a_last.casefold(), 0) > 0 and len(a_last) > 1
        b_word = w.get(b.casefold(), 0) > 0 and len(b) > 1
        if b[:1].isupper():  # "Afro-" + "American", "Anti-" + "Trafficking"
            keep = True
        elif n_hyphen > n_joined:
            keep = True
        elif n_joined:
            # "migra-" + "tion", "assis-" + "tance": a syllable break of a word the document uses;
            # when both halves are words too ("some-" + "thing") the more frequent form wins.
            keep = a_word and b_word and n_hyphen >= n_joined
        else:
            # The joined form never occurs: keep the hyphen between two words ("real-time",
            # "day-to-" + "day", "whole-of-" + "government"), drop it inside a word.
            keep = b_word and (a_word or "-" in a or len(a_last) >= 3)
        return left + right if keep else left[:-1] + right


# -------------------------------------------------------------------------------------- paragraphs

_TERMINAL = re.compile(r"[.!?:;。？！»”\"')\]]\s*$")
_BULLET = re.compile(r"^\s*(?:[" + GLYPH_BULLETS + r"\-–—*]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+")
#: Bullets that are never written inside running text (dashes and "(a)" / "16)" labels are: an inline
#: enumeration or a dash clause can wrap to the start of a line).
_GLYPH_BULLET = re.compile(r"^\s*[" + GLYPH_BULLETS + r"*]\s+")


def mark_full_lines(lines: Iterable[Line]) -> None:
    """Mark (``extra["full"]``) the body lines of justified text that reach their column's right edge.

    Justified text stretches every line of a paragraph but the last one to the full measure, so a full
    line never ends a paragraph: the line after it goes on with it (even when it starts with a dash or
    an "(a)" that wrapped there), and so does the text after a column or page break. Columns are known
    by their left edge (all pages); a column counts as justified when a large share of its lines end
    at one right edge."""
    by_left: dict[float, list[Line]] = {}
    regions: dict[tuple[int, int], list[Line]] = {}
    for ln in lines:
        regions.setdefault((ln.page, ln.column), []).append(ln)
    for members in regions.values():
        left = round(min(ln.x0 for ln in members))
        by_left.setdefault(left, []).extend(members)
    for members in by_left.values():
        if len(members) < 6:
            continue
        bins = Counter(round(ln.x1 * 2) / 2 for ln in members)
        # the lines within 1 pt of a bin: bins are half points, so those of the five bins around it
        # (summing over every bin for each bin was quadratic in a ragged column's right edges)
        get = bins.get
        near = {x: get(x - 1.0, 0) + get(x - 0.5, 0) + n + get(x + 0.5, 0) + get(x + 1.0, 0)
                for x, n in bins.items()}
        edge = max(bins, key=lambda x: (near[x], x))
        count = near[edge]
        widest = max(ln.x1 for ln in members)
        leftmost = min(ln.x0 for ln in members)  # once: inside the loop it made this quadratic
        if count < 4 or count < 0.35 * len(members) or edge < widest - 0.25 * (widest - leftmost):
            continue
        for ln in members:
            if abs(ln.x1 - edge) <= 1.0 and ln.x1 - ln.x0 > 0.5 * (edge - leftmost):
                ln.extra["full"] = True


def is_full(ln: Line | None) -> bool:
    return ln is not None and bool(ln.extra.get("full"))


@dataclass
class Paragraph:
    lines: list[Line] = field(default_factory=list)

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def last(self) -> Line:
        return self.lines[-1]


def _same_style(a: Line, b: Line) -> bool:
    return abs(a.size - b.size) <= 0.12 * max(a.size, b.size) and (a.bold == b.bold or a.mixed or b.mixed)


def split_paragraphs(ordered: list[Line], pitch: float, body_size: float) -> list[Paragraph]:
    """Group one page's lines (already in reading order, body-like roles only) into paragraphs."""
    paras: list[Paragraph] = []
    prev: Line | None = None
    col_left: dict[int, float] = {}
    col_right: dict[int, float] = {}
    for ln in ordered:  # each column's extent (as min and max would have it, without their calls)
        column, x0, x1 = ln.column, ln.x0, ln.x1
        left = col_left.get(column)
        if left is None:
            col_left[column], col_right[column] = x0, x1
            continue
        if x0 < left:
            col_left[column] = x0
        if x1 > col_right[column]:
            col_right[column] = x1
    for ln in ordered:
        new = prev is None or ln.column != prev.column or ln.block != prev.block
        if not new:
            size = max(min(ln.size, prev.size), 1.0)
            gap = ln.top - prev.bottom
            step = ln.top - prev.top
            line_pitch = pitch if pitch > 0 else 1.25 * size
            if ln.top < prev.top - 0.5 * size:
                new = True  # jumped back up: another region
            elif gap > max(0.75 * size, 0.6 * line_pitch) and step > 1.35 * line_pitch * (size / max(body_size, 1.0)):
                new = True
            elif not _same_style(ln, prev) and not _one_block(prev, ln, col_right[ln.column]):
                new = True
            # (a glyph bullet is a bullet: most lines are tried against one pattern only)
            elif _BULLET.match(ln.text) and (_GLYPH_BULLET.match(ln.text) or not is_full(prev)):
                new = True
            elif ln.lead and not is_full(prev) and _runs_in(ln):
                new = True  # an entry of a definition list ("Ctrl+B : Charger"): a term run in to its text
            elif is_full(prev):
                new = False  # justified text: a full line does not end a paragraph
            elif prev.text.endswith("-") and prev.text[-2:-1].isalpha():
                new = False  # a hyphenated word goes on
            elif paras and _BULLET.match(paras[-1].first.text) and ln.x0 > paras[-1].first.x0 + 0.3 * size:
                new = False  # the hanging indent of a list item
            else:
                left = col_left[ln.column]
                right = col_right[ln.column]
                indent = ln.x0 - left
                prev_indent = prev.x0 - left
                short_prev = prev.x1 < right - 2.5 * size
                if indent > 0.8 * size and indent > prev_indent + 0.8 * size and right - left > 20 * size:
                    new = True  # first-line indent
                elif short_prev and _TERMINAL.search(prev.text):
                    new = True
        if new:
            paras.append(Paragraph([ln]))
        else:
            paras[-1].lines.append(ln)
        prev = ln
    return paras


def _runs_in(ln: Line) -> bool:
    """The line opens with a term in its own style (``lead``) closed by a colon, a stop or a dash, the
    dash in the term or right after it ("Ctrl+B : Charger", "Scope – the plan")."""
    term, rest = ln.text[: ln.lead].rstrip(), ln.text[ln.lead:].lstrip()
    return term[-1:] in (":", ".", "–", "—") or rest[:1] in (":", "–", "—") or term.endswith(" -")


def _one_block(prev: Line, ln: Line, right: float) -> bool:
    """Two short lines of one size that differ only in weight, the first without a final stop, are
    one block: a name over a title in a signature ("William Lacy Swing" / "Director General")."""
    size = max(prev.size, ln.size, 1.0)
    if abs(prev.size - ln.size) > 0.12 * size or prev.italic != ln.italic:
        return False
    short = all(x.width < 20 * size and not is_full(x) and x.x1 < right - 2.5 * size or x.width < 12 * size
                for x in (prev, ln))
    return short and not _TERMINAL.search(prev.text) and ln.top - prev.bottom < 0.8 * size


#: A letter and a hyphen ending a line (tested on the paragraph's last two characters only: searching
#: the growing paragraph each time made long paragraphs quadratic).
_LETTER_HYPHEN = re.compile(r"[^\W\d_]-$")
_A_LETTER = re.compile(r"[^\W\d_]")
#: the word a line ends with a hyphen after, and the word the next line starts with
_LINE_END_WORD = re.compile(r"([^\W\d_][\w'’-]*)-$")
_LINE_START_WORD = re.compile(r"([^\W\d_][\w'’]*)")


def join_lines(lines: list[Line], vocab: Vocabulary) -> str:
    """Text of a paragraph: lines joined with spaces, hyphenated line ends joined."""
    # The text so far in pieces, joined once at the end (adding each line to the whole text copied it
    # twice a line). Every piece but the first is a space and a line, so the last piece holds the
    # text's last two characters; a hyphen joined across lines works on the whole text.
    parts: list[str] = []
    for ln in lines:
        t = " ".join(ln.text.split())
        if not t:
            continue
        if not parts:
            parts.append(t)
            continue
        end = parts[-1]
        if end.endswith("-") and _LETTER_HYPHEN.search(end[-2:]) and _A_LETTER.match(t):
            head, _, last = "".join(parts).rpartition(" ")
            first, _, rest = t.partition(" ")
            joined = vocab.join_hyphenated(last, first)
            parts = [(head + " " if head else "") + joined + (" " + rest if rest else "")]
        elif end.endswith("\u00ad"):
            parts[-1] = end[:-1] + t
        else:
            parts.append(" " + t)
    return "".join(parts).replace("\u00ad", "")


#: Words a sentence does not end with, capitalised or not ("… are identified, profiled and addressed.
#: The" | "CCCM Cluster …").
_OPEN_WORDS = {
    "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "from", "with", "by",
    "into", "onto", "as", "than", "that", "which", "who", "whose", "its", "their", "his", "her", "our", "this",
    "these", "those", "such", "between", "among", "under", "over", "through", "via", "per", "including",
}


def ends_open(text: str) -> bool:
    """The text stops where no title or sentence stops: on a word such as "and", "of", "the" or on a
    hyphen after a letter ("Cross-")."""
    words = text.split()
    return bool(words) and (words[-1].casefold() in _OPEN_WORDS or bool(_LETTER_HYPHEN.search(text[-2:])))


def continues(prev_text: str, next_text: str, prev_full: bool = False) -> bool:
    """True when a paragraph cut by a column or page break goes on in the next one.

    ``prev_full``: the paragraph's last line is a full line of justified text (it would have been
    left short had the paragraph ended there)."""
    if not prev_text or not next_text:
        return False
    if prev_full and not _GLYPH_BULLET.match(next_text):
        return True
    last = prev_text.split()[-1].casefold()
    if last in _OPEN_WORDS and not _BULLET.match(next_text):
        return True
    if _TERMINAL.search(prev_text):
        return False
    if _BULLET.match(next_text):
        return False
    first = next_text.lstrip()[:1]
    if first.islower() or prev_text.endswith((",", "-", "–")):
        return True
    # A sentence does not end without punctuation; a capitalised next word is a proper noun.
    return prev_text[-1:].isalpha() and prev_text.split()[-1][:1].islower()
