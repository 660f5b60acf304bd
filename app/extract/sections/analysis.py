"""Document-wide analysis of lines: body style, running headers and footers, captions, pull quotes.

All rules are general (style statistics and geometry); nothing here knows any particular document.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from math import floor, isfinite
from operator import le

from app.extract.sections.lines import ARTIFACT, BODY, CAPTION, QUOTE, RUNNING, TABLE, Line
from app.extract.sections.text import right_to_left, word_count

_DIGITS = re.compile(r"\d+")
#: A word of running text: two letters or more, at least one of them lower case.
_PROSE_WORD = re.compile(r"(?=[^\W\d_]*[^\W\d_\u0041-\u005a])[^\W\d_]{2,}")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—|]\s*)?(?:(?:page|pág\.?|página|seite|s\.|p\.|стр\.?|strana)\s*)?"
    r"(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|/|de|von|из|z)\s*\d{1,4})?(?:\s*[-–—|])?$",
    re.IGNORECASE,
)
_CAPTION_START = re.compile(
    r"^(?:figure|fig\.|table|tableau|tabelle|abbildung|abb\.|tabla|figura|photo|image|map|chart|graph|"
    r"box|source|sources|note|notes|credit|рис\.|рисунок|таблица|obrázek|tabulka|"
    r"איור|טבלה|תרשים|מפה|شكل|جدول|خريطة|رسم بياني|图|表|地图)\s*[\dIVX:.]",
    re.IGNORECASE,
)


def caption_start(text: str) -> bool:
    """Starts like a caption ("Figure 3.", "Table 2:", "Map 1 –"). Hebrew and Arabic lines come out of
    the PDF in visual order, their first word last: those are also read from the end."""
    text = text.strip()
    return bool(_CAPTION_START.match(text)
                or (right_to_left(text) and _CAPTION_START.match(text[::-1].strip())))
_CREDIT = re.compile(r"©|\(c\)\s*\d{4}|photo\s*:|photo credit|credit\s*:", re.IGNORECASE)
_SOURCE = re.compile(r"\b(?:source|sources|fuente|quelle)\s*:", re.IGNORECASE)
_QUOTE_OPEN = "“\"«„‘'"
_QUOTE_CLOSE = "”\"»“’'"


@dataclass
class Stats:
    body_size: float = 10.0
    body_font: str = ""
    body_family: str = ""
    body_color: str = "#000000"
    body_bold: bool = False
    #: Typical distance between the tops of consecutive body lines.
    pitch: float = 12.0
    #: Typical left edges of body text (for indents).
    n_pages: int = 0
    #: Quiet heading styles (``style_key``): set only slightly larger than the body, used only for
    #: short standalone lines (see :func:`app.extract.sections.headings.quiet_styles`).
    quiet: frozenset = frozenset()


#: Sizes measured on a scanned image (:mod:`app.source.ocr`) differ by a few percent from line to line
#: (one pixel of a glyph's height at 200 dpi is 4% of 10 pt type): sizes within this ratio of a more
#: used size are that size.
MEASURED_SIZE_RATIO = 1.06


def snap_measured_sizes(lines: list[Line]) -> None:
    """Give lines whose sizes were measured on images the document's common sizes: the size carrying
    most text takes every size within ``MEASURED_SIZE_RATIO`` of it, then the next most used of the
    sizes left, and so on (heaviest first, so body text is never pulled towards a heading size)."""
    weights: Counter = Counter()
    for ln in lines:
        weights[ln.size] += len(ln.text)
    left = set(weights)
    target: dict[float, float] = {}
    for size, _w in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0])):
        if size not in left:
            continue
        for other in [o for o in left if max(o, size) <= MEASURED_SIZE_RATIO * min(o, size)]:
            target[other] = size
            left.discard(other)
    for ln in lines:
        ln.size = target.get(ln.size, ln.size)


def style_key(ln: Line) -> tuple:
    return (round(ln.size * 2) / 2, ln.font, ln.color)


@functools.lru_cache(maxsize=1 << 17)
def word_weights(text: str) -> tuple[int, int, int, int]:
    """The words of a line's text as :func:`body_stats` weighs them: (prose words, their letters plus
    one per word, words of letters, their letters plus one per word). Cached by text: the body style
    is worked out twice per document over the same lines, and :class:`SectionPages` asks for each
    line as its page arrives, so little of it is left for after the last page."""
    prose = _PROSE_WORD.findall(text)
    letters = _LETTER_WORD.findall(text)
    return (len(prose), sum(map(len, prose)) + len(prose),
            len(letters), sum(map(len, letters)) + len(letters))


class PageWeights:
    """One page's part of :func:`body_weights`: its lines' word counts as the body style weighs them.
    The weights add up over pages (two lines count as a paragraph only on one page), so a page whose
    roles are settled when it arrives is weighed then (:class:`app.extract.sections.SectionPages`), and
    again after the last page only when a later mark changed what it counts (:meth:`still`)."""

    __slots__ = ("lines", "roles", "counted", "prose", "letters", "_by_pick")

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        #: the roles the weights were worked out with
        self.roles = [ln.role for ln in lines]
        # (position, weights, style) of each line of the body role with words of letters, in one pass: a
        # line without them has no prose words either (a prose word is a word of letters)
        counted = []
        prose = letters = 0
        for i, ln in enumerate(lines):
            if ln.role == BODY and not ln.mono:
                c = word_weights(ln.text)
                if c[2]:
                    counted.append((i, c, style_key(ln)))
                    prose += c[0]
                    letters += c[2]
        self.counted = counted
        self.prose, self.letters = prose, letters
        self._by_pick: dict[int, tuple[Counter, Counter, Counter]] = {}

    def without(self, dropped: set[int]) -> "PageWeights":
        """The weights of the same lines were those whose ``id`` is in ``dropped`` out of the body role
        (a guess of the marks to come, checked by :meth:`still`)."""
        made = PageWeights.__new__(PageWeights)
        made.lines = self.lines
        made.roles = [RUNNING if id(ln) in dropped else role for ln, role in zip(self.lines, self.roles)]
        lines = self.lines
        made.counted = [e for e in self.counted if id(lines[e[0]]) not in dropped]
        made.prose = sum(e[1][0] for e in made.counted)
        made.letters = sum(e[1][2] for e in made.counted)
        made._by_pick = {}
        return made

    def weights(self, pick: int) -> tuple[Counter, Counter, Counter]:
        """The weight of each style counting lines of 8 words or more (or in a paragraph), of 4 or
        more, of any number; words: prose words (``pick`` 0) or words of letters (2)."""
        made = self._by_pick.get(pick)
        if made is not None:
            return made
        # the lines with words: (position, words, weight, style)
        worded = [(i, c[pick], c[pick + 1], key) for i, c, key in self.counted if c[pick]]
        # Lines of a narrow column hold five or six words: they count as long when a neighbour in their
        # style holds four or more too (a paragraph), which labels and table cells seldom do.
        in_paragraph: set[int] = set()
        for (i, na, _wa, ka), (j, nb, _wb, kb) in zip(worded, worded[1:]):
            if j == i + 1 and na >= 4 and nb >= 4 and ka == kb:
                in_paragraph.add(i)
                in_paragraph.add(j)
        made = tuple(Counter() for _ in range(3))
        long_, some, every = made
        for i, n, weight, key in worded:
            if n >= 8 or i in in_paragraph:
                long_[key] += weight
            if n >= 4:
                some[key] += weight
            every[key] += weight
        self._by_pick[pick] = made
        return made

    def still(self) -> bool:
        """The weights hold for the page's lines as they are now: no line a later mark gave another role
        counts, or counted, in them."""
        for ln, role in zip(self.lines, self.roles):
            if (ln.role != role and (ln.role == BODY or role == BODY) and not ln.mono
                    and word_weights(ln.text)[2]):
                return False
        return True


def page_runs(lines: list[Line]) -> list[list[Line]]:
    """``lines`` cut where the page changes."""
    runs: list[list[Line]] = []
    page = None
    for ln in lines:
        if ln.page != page or not runs:
            runs.append([])
            page = ln.page
        runs[-1].append(ln)
    return runs


def body_weights(lines: list[Line], parts: list[PageWeights] | None = None) -> Counter:
    """The text each style (:func:`style_key`) sets in running text: the body style is the heaviest.
    ``parts``: the :class:`PageWeights` of ``lines`` page by page, when the caller has them."""
    # Running text is made of long lines of words: table cells, labels, legends and lists of codes
    # ("U+0061 U+00E0 …") are not the body style. Prose words have a lower-case letter, unless the
    # document is set in capitals.
    if parts is None:
        parts = [PageWeights(run) for run in page_runs(lines)]
    prose = sum(p.prose for p in parts)
    letters = sum(p.letters for p in parts)
    capitals = prose < 0.25 * letters
    pick = 2 if capitals else 0
    # Lines of 8 words or more (or of a paragraph), else of 4 or more, else all: the first that make
    # enough text. Styles enter in the order of their first line, as line by line.
    for k in range(3):
        weights: Counter = Counter()
        for p in parts:
            weights.update(p.weights(pick)[k])
        if sum(weights.values()) >= 500:
            break
    return weights


def body_stats(lines: list[Line], n_pages: int, pitch: bool = True,
               parts: list[PageWeights] | None = None) -> Stats:
    """The body text's style and (``pitch``) line pitch; without ``pitch``, ``Stats.pitch`` is left at
    its default (a first estimate that only needs the body size). ``parts``: see :func:`body_weights`."""
    weights = body_weights(lines, parts)
    if not weights:
        for ln in lines:
            if ln.role == BODY and not ln.mono:
                weights[style_key(ln)] += len(ln.text)
    stats = Stats(n_pages=n_pages)
    if not weights:
        return stats
    (size, font, color), _ = weights.most_common(1)[0]
    stats.body_size = size
    stats.body_font = font
    stats.body_color = color
    sample = next((ln for ln in lines if style_key(ln) == (size, font, color)), None)
    if sample is not None:
        stats.body_family = sample.family
        stats.body_bold = sample.bold
    if not pitch:
        return stats
    # Line pitch: the most common top-to-top distance between consecutive body lines of one column.
    steps: Counter = Counter()
    by_page: dict[int, list[Line]] = defaultdict(list)
    for ln in lines:
        if ln.role == BODY and abs(ln.size - size) < 0.6:
            by_page[ln.page].append(ln)
    for page_lines in by_page.values():
        page_lines.sort(key=lambda ln: (round(ln.x0 / 20), ln.top))
        for a, b in zip(page_lines, page_lines[1:]):
            d = b.top - a.top
            if 0.8 * size < d < 2.5 * size and abs(a.x0 - b.x0) < 30:
                steps[round(d * 2) / 2] += 1
    if steps:
        stats.pitch = steps.most_common(1)[0][0]
    else:
        stats.pitch = round(size * 1.2, 1)
    return stats


# --------------------------------------------------------------------------- running headers/footers


def running_zones(lines: list[Line], height: float) -> list[tuple[str, Line]]:
    """The body lines of a page in the bands where running headers and footers sit: ("top" or
    "bottom", line)."""
    zoned = []
    for ln in lines:
        if ln.role != BODY:
            continue
        if ln.top < 0.13 * height:
            zoned.append(("top", ln))
        elif ln.bottom > 0.87 * height:
            zoned.append(("bottom", ln))
    return zoned


@functools.lru_cache(maxsize=8192)
def running_signature(text: str) -> str:
    """What a running line's text keeps from page to page: case, spacing and numbers set aside.
    Remembered: the pages' running heads repeat their texts, and each page's are read as it arrives
    (:class:`app.extract.sections.SectionPages`) and again after the last page."""
    return _DIGITS.sub("#", " ".join(text.casefold().split()))


def page_number_text(text: str) -> bool:
    """Reads as a page number ("12", "Page 3 of 40", "- iv -")."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def mark_running(pages: dict[int, list[Line]], heights: dict[int, float], body_size_hint: float) -> None:
    """Mark running headers, footers and page numbers (role RUNNING).

    A line in the top or bottom band of the page is running when its text (digits ignored) comes
    back on other pages at about the same height, when it is a page number, or when it sits on the
    same band and in the same style as other running lines (a header that shows the current section).
    """
    n_pages = len(pages)
    if not n_pages:
        return
    zone_lines: list[tuple[str, Line]] = []
    for number, lines in pages.items():
        h = heights.get(number) or max((ln.bottom for ln in lines), default=800.0)
        zone_lines.extend(running_zones(lines, h))
    groups: dict[tuple[str, str], list[Line]] = defaultdict(list)
    for zone, ln in zone_lines:
        groups[(zone, running_signature(ln.text))].append(ln)
    min_pages = 2 if n_pages <= 8 else 3
    running: list[Line] = []
    for (zone, sig), members in groups.items():
        pages_with = {ln.page for ln in members}
        if len(pages_with) < min_pages:
            continue
        # Same height on most occurrences.
        tops = Counter(round(ln.top / 3) for ln in members)
        common, count = tops.most_common(1)[0]
        near = [ln for ln in members if abs(round(ln.top / 3) - common) <= 1]
        near_pages = sorted({ln.page for ln in near})
        if len(near_pages) < min_pages or _too_big(near, body_size_hint, n_pages):
            continue
        # Running text comes back on neighbouring pages (or every other page) or on many pages; a
        # heading that recurs in several chapters at the top of a page does not.
        close = sum(1 for x, y in zip(near_pages, near_pages[1:]) if y - x <= 2)
        if close >= 2 or len(near_pages) >= max(min_pages, 0.25 * n_pages):
            running.extend(near)
    running_set = set(running)
    for zone, ln in zone_lines:
        if page_number_text(ln.text) and ln.size <= 1.6 * body_size_hint:
            mates = [o for o in pages[ln.page] if o.row == ln.row and o is not ln]
            if all(o in running_set for o in mates) and _outermost(ln, pages[ln.page], zone, row_ok=True):
                running.append(ln)
            elif zone == "bottom" and _folio_set_apart(ln, mates, pages[ln.page]):
                running.append(ln)
    for ln in running:
        ln.role = RUNNING
    # Bands: heights (and sizes) where running lines sit on several pages; other lines on the same
    # band in the same style are running too (a header naming the current section).
    bands: Counter = Counter()
    band_pages: dict[tuple, set] = defaultdict(set)
    for ln in running:
        key = (round(ln.top), round(ln.size))
        band_pages[key].add(ln.page)
    for zone, ln in zone_lines:
        if ln.role == RUNNING:
            continue
        for dt in (-1, 0, 1):
            key = (round(ln.top) + dt, round(ln.size))
            if len(band_pages.get(key, ())) >= min_pages:
                # Must be the outermost text on its side of the page.
                if _outermost(ln, pages[ln.page], zone):
                    ln.role = RUNNING
                break
    del bands
    _mark_mastheads(zone_lines, running, body_size_hint)
    _mark_side_folios(pages)


def mark_foot_logos(pages: dict[int, list[Line]], heights: dict[int, float], marks: dict[int, list],
                    body_size: float) -> None:
    """A logo word at the page foot (docs/sections.md, S43-1): a line of one or two words set large or
    bold in the bottom band, nothing under it on its page, beside other text of the band that is no
    page number ("Prepared by / NYPD CompStat Unit" beside "CompStat" at 18 pt) or beside a drawn
    mark or picture (``marks``: images and filled shapes) is footer matter (RUNNING), not a heading:
    a heading heads text under it or overleaf and stands alone on its height. A chapter title ending
    a page in the band, alone there, is kept."""
    for number, lines in pages.items():
        h = heights.get(number) or 842.0
        band = 0.87 * h
        foot = [ln for ln in lines if ln.bottom > band and ln.role in (BODY, RUNNING)]
        for ln in foot:
            if ln.role != BODY or not 1 <= word_count(ln.text) <= 2 or not any(ch.isalpha() for ch in ln.text):
                continue
            if ln.text.rstrip()[-1:] in ".,;:!?" or not (ln.bold or ln.size >= 1.2 * body_size):
                continue
            if not _outermost(ln, lines, "bottom", row_ok=True):
                continue
            height = ln.bottom - ln.top

            def beside(x0: float, top: float, x1: float, bottom: float) -> bool:
                overlap = min(bottom, ln.bottom) - max(top, ln.top)
                apart = x1 <= ln.x0 - 2 or x0 >= ln.x1 + 2
                return apart and overlap >= 0.3 * min(height, bottom - top)

            if _flush_over(ln, lines, same_type=True):
                continue  # the last line of a heading wrapped at a column's foot
            mates = [o for o in foot if o is not ln and o.role == BODY and beside(o.x0, o.top, o.x1, o.bottom)
                     and not page_number_text(o.text) and not _in_paragraph(o, lines)]
            small = [m for m in marks.get(number, ()) if max(m[2] - m[0], m[3] - m[1]) <= 4 * height]
            if not mates and not any(beside(*m[:4]) for m in small):
                continue
            ln.role = RUNNING
            # the foot's text beside it is footer matter too ("Prepared by" over "NYPD CompStat Unit"),
            # with the lines stacked straight over it, flush with it
            for o in mates:
                o.role = RUNNING
                above = o
                for up in sorted((x for x in lines if x.role == BODY and x.bottom <= above.top + 1), key=lambda x: -x.bottom):
                    if abs(up.x0 - above.x0) > 2 or above.top - up.bottom > 0.8 * above.size or up.top < 0.8 * h:
                        break
                    up.role = RUNNING
                    above = up


def _flush_over(ln: Line, lines: list[Line], same_type: bool = False) -> Line | None:
    """The line straight over ``ln``, flush with it on the left and under an em apart (in ``ln``'s
    size and font with ``same_type``), if any."""
    for up in lines:
        if up is ln or abs(up.x0 - ln.x0) > 2 or not 0 <= ln.top - up.bottom < 0.8 * ln.size:
            continue
        if not same_type or (abs(up.size - ln.size) < 0.5 and up.font == ln.font):
            return up
    return None


def _in_paragraph(ln: Line, lines: list[Line]) -> bool:
    """A line of running text: five words or more, or under such a line of its paragraph (the last
    line of a column's paragraph at the page foot, beside a heading ending the other column)."""
    up = _flush_over(ln, lines)
    return word_count(ln.text) >= 5 or (up is not None and word_count(up.text) >= 5)


def _mark_side_folios(pages: dict[int, list[Line]]) -> None:
    """Page numbers outside the bands (a journal's folio in a side column, a fifth of the way down):
    a number alone on its line that is the page's index plus one offset, at one height (within 3
    points), on three pages or more and on a quarter of the pages. Numbers going up by one from page
    to page at one height are folios; a list or a table does not do that."""
    by_offset: dict[int, list[Line]] = defaultdict(list)
    for number, lines in pages.items():
        for ln in lines:
            text = ln.text.strip()
            if ln.role == BODY and text.isdigit() and len(text) <= 5:
                by_offset[int(text) - number].append(ln)
    for members in by_offset.values():
        if len({ln.page for ln in members}) < max(3, 0.25 * len(pages)):
            continue
        tops = Counter(round(ln.top / 3) for ln in members)
        common = tops.most_common(1)[0][0]
        near = [ln for ln in members if abs(ln.top / 3 - common) <= 1]
        if len({ln.page for ln in near}) >= max(3, 0.25 * len(pages)):
            for ln in near:
                ln.role = RUNNING


_RUNNING_PARTS = re.compile(r"\s+[/|•·–—]\s+")


def _mark_mastheads(zone_lines: list[tuple[str, Line]], running: list[Line], body_size: float) -> None:
    """A masthead: a line in the top or bottom band, no larger than the body, whose text is one part
    of the running head or foot of other pages (its parts parted by " / ", " | ", " – "…) of two words
    or more: a gazette's first page prints its name, volume and date apart ("Federal Register"), the
    pages after it in one running head ("Federal Register / Vol. 85, No. 152 / Proposed Rules")."""
    def key(text: str) -> str:
        return running_signature(text).strip("# ")  # a page number glued to the running head's end

    parts: dict[str, set[int]] = defaultdict(set)
    for ln in running:
        for part in _RUNNING_PARTS.split(ln.text.strip()):
            if len(part.split()) >= 2 and any(ch.isalpha() for ch in part):
                parts[key(part)].add(ln.page)
    if not parts:
        return
    for zone, ln in zone_lines:
        if ln.role != BODY or ln.size > 1.05 * body_size:
            continue
        pages_with = parts.get(key(ln.text))
        if pages_with and pages_with - {ln.page}:
            ln.role = RUNNING
    _mark_laid_out_heads(zone_lines, running, key)


def _mark_laid_out_heads(zone_lines: list[tuple[str, Line]], running: list[Line], key) -> None:
    """A running head laid out on one page as a masthead: when three lines or more of a page's band
    are each a different part of one running head of other pages, the band is that head printed apart
    and each of those lines is running matter, whatever its size. A gazette's first page sets the
    last part of "Federal Register / Vol. 85, No. 152 / Thursday, August 6, 2020 / Proposed Rules" at
    18 pt beside the other parts in small type: "Proposed Rules" names the gazette's part, not the
    notice. A report repeating its title in its running head prints the title alone, not with the
    head's other parts, and keeps it."""
    heads: dict[str, tuple[list[str], set[int]]] = {}
    for ln in running:
        split = [key(part) for part in _RUNNING_PARTS.split(ln.text.strip())]
        split = [part for part in split if any(ch.isalpha() for ch in part)]
        if len(split) >= 3:
            heads.setdefault(" / ".join(split), (split, set()))[1].add(ln.page)
    if not heads:
        return
    bands: dict[tuple[int, str], list[Line]] = defaultdict(list)
    for zone, ln in zone_lines:
        if ln.role in (BODY, RUNNING):
            bands[(ln.page, zone)].append(ln)
    for (page, _zone), lines in bands.items():
        for split, pages_with in heads.values():
            if not pages_with - {page}:
                continue
            matched = [ln for ln in lines if key(ln.text) in split]
            if len({key(ln.text) for ln in matched}) >= 3:
                for ln in matched:
                    ln.role = RUNNING


def _folio_set_apart(ln: Line, mates: list[Line], page_lines: list[Line]) -> bool:
    """A bare number at the foot of the page, at the outer end of a row it shares with other text
    (the last note line) a quarter of the text's width away from it, and equal to the page's own
    position in the file, is the page's number (a one-page sheet gives no other page to compare)."""
    if not mates or ln.text.strip() != str(ln.page):
        return False
    left = min(o.x0 for o in page_lines)
    right = max(o.x1 for o in page_lines)
    room = 0.25 * (right - left)
    if ln.x0 - max(o.x1 for o in mates) < room and min(o.x0 for o in mates) - ln.x1 < room:
        return False
    return _outermost(ln, page_lines, "bottom", row_ok=True)


def _too_big(lines: list[Line], body_size: float, n_pages: int) -> bool:
    """Large text repeated on a few pages is more likely a heading style than a running header."""
    size = max(ln.size for ln in lines)
    return size > 1.5 * body_size and len({ln.page for ln in lines}) < 0.3 * n_pages


def _outermost(ln: Line, page_lines: list[Line], zone: str, row_ok: bool = False) -> bool:
    """No other (non-running) text further out from the body than ``ln``; with ``row_ok``, lines on
    the same row are allowed (a page number beside a running title)."""
    for other in page_lines:
        if other is ln or other.role in (TABLE,):
            continue
        if row_ok and other.row == ln.row:
            continue
        if zone == "top" and other.bottom < ln.top - 1:
            if other.role != RUNNING:
                return False
        if zone == "bottom" and other.top > ln.bottom + 1:
            if other.role != RUNNING:
                return False
    return True


# ------------------------------------------------------------------------------- tables, artifacts


def mark_tables(pages: dict[int, list[Line]],
                table_boxes: dict[int, list[tuple[float, float, float, float]]]) -> None:
    """Lines inside a table's box are table text, unless the box cuts through running text: when most
    of its lines (three or more) stick out of it left or right by half an em, the "table" is a grid
    the table step read off something else (stacked heading bands a little narrower than the text
    column, each band a row), and its lines stay as they are."""
    for number, boxes in table_boxes.items():
        lines = pages.get(number, [])
        for x0, top, x1, bottom in boxes:
            inside = [ln for ln in lines if x0 - 1 <= (ln.x0 + ln.x1) / 2 <= x1 + 1
                      and top - 1 <= (ln.top + ln.bottom) / 2 <= bottom + 1]
            out = sum(1 for ln in inside if ln.x0 < x0 - ln.size / 2 or ln.x1 > x1 + ln.size / 2)
            if out >= 3 and 2 * out > len(inside):
                continue
            for ln in inside:
                ln.role = TABLE


def _cuts_a_sentence(inside: list[Line], lines: list[Line], top: float, bottom: float) -> bool:
    """A table's box whose top or foot falls inside a sentence of running text: a line of four words or
    more that ends no sentence (no stop, colon, semicolon, closing bracket or quote, no figure at its
    end) and the next line of its paragraph — the same font, size and left edge, under half an em
    apart — lie one inside the box and one outside it. A table never starts or ends inside a
    sentence: the "table" is a grid read off running text (two text columns read as one table, a
    heading wrapped in one of them read as its rows)."""
    near = 2 * max(ln.size for ln in inside)  # only lines by the box's top or foot can be such a pair
    edge = [ln for ln in inside if ln.top - top < near or bottom - ln.bottom < near]
    ids = {id(ln) for ln in inside}
    outside = [ln for ln in lines if id(ln) not in ids and (abs(ln.bottom - top) < near or abs(ln.top - bottom) < near)]
    for a in edge:
        for b in outside:
            if a.font != b.font or abs(a.size - b.size) > 0.1 or abs(a.x0 - b.x0) > 1:
                continue
            upper, lower = (b, a) if b.top < a.top else (a, b)
            gap = lower.top - upper.bottom
            end = upper.text.rstrip()[-1:]
            if -0.1 * a.size <= gap <= 0.5 * a.size and len(upper.text.split()) >= 4 \
                    and end not in ".:;!?)\"”" and not end.isdigit():
                return True
    return False


def release_box_tables(pages: dict[int, list[Line]],
                       table_boxes: dict[int, list[tuple[float, float, float, float]]],
                       body_size: float) -> None:
    """A "table" that is a text column beside a text box (a floated box read with the column next to
    it as two columns of one table) is no table: when a table's lines include a text box's (marked by
    :func:`mark_boxes`, three lines or more) and lines of the table lie more than four ems left or
    right of the box's, its lines are body text again (the column's wrapped heading was read line by
    line as headings inside a table). A table set on a tinted fill lies within the fill: it stays a
    table. Nor is a "table" holding no text box's line whose box starts or ends inside a sentence
    (:func:`_cuts_a_sentence`): its lines are body text again."""
    for number, boxes in table_boxes.items():
        lines = pages.get(number, [])
        for x0, top, x1, bottom in boxes:
            inside = [ln for ln in lines if ln.role == TABLE and x0 - 1 <= (ln.x0 + ln.x1) / 2 <= x1 + 1
                      and top - 1 <= (ln.top + ln.bottom) / 2 <= bottom + 1]
            boxed = [ln for ln in inside if ln.extra.get("box")]
            if not boxed and inside and _cuts_a_sentence(inside, lines, top, bottom):
                for ln in inside:
                    ln.role = BODY
                continue
            if len(boxed) < 3:
                continue
            bx0, bx1 = min(ln.x0 for ln in boxed), max(ln.x1 for ln in boxed)
            if any(not ln.extra.get("box") and (ln.x1 < bx0 - 4 * body_size or ln.x0 > bx1 + 4 * body_size)
                   for ln in inside):
                for ln in inside:
                    ln.role = BODY


def mark_figures(pages: dict[int, list[Line]], graphics: dict[int, list],
                 body_size: float) -> dict[int, list]:
    """Text of charts (legends, axis labels, bar labels): short lines on or right beside a cluster of
    at least four coloured shapes. Returns the figure boxes per page (for reading order)."""
    figures: dict[int, list] = {}
    for number, boxes in graphics.items():
        body = [ln for ln in pages.get(number, []) if ln.role == BODY]
        regions, marked = figure_lines(body, boxes, body_size)
        if not regions:
            continue
        figures[number] = regions
        for ln in marked:
            ln.role = ARTIFACT
            ln.extra["figure"] = True
    return figures


def figure_lines(body: list[Line], boxes: list, body_size: float) -> tuple[list, list[Line]]:
    """:func:`mark_figures` on one page, marking nothing: the figure boxes and which of the page's
    ``body`` lines (those of the body role) are chart text."""
    if len(boxes) < 4:
        return [], []
    clusters = _cluster_boxes(boxes, 1.5 * body_size)
    regions = [c for c, n in clusters if n >= 4 and not _bullet_column(c, boxes, body, body_size)]
    if not regions:
        return [], []
    marked: list[Line] = []
    for ln in body:
        words = len(ln.text.split())
        if ln.size > 1.1 * body_size or words > (20 if ln.size < 0.9 * body_size else 6):
            continue
        for x0, top, x1, bottom in regions:
            dx = 2.5 * body_size
            dy = 2.0 * body_size
            if ln.x1 > x0 - dx and ln.x0 < x1 + dx and ln.bottom > top - dy and ln.top < bottom + dy:
                marked.append(ln)
                break
    # Axis labels: short lines on the same row as figure text.
    rows = {ln.row for ln in marked}
    if rows:
        chart = set(map(id, marked))
        marked.extend(ln for ln in body if id(ln) not in chart and ln.row in rows
                      and len(ln.text.split()) <= 3 and ln.size < 0.95 * body_size)
    return regions, marked


def _bullet_column(region: tuple, boxes: list, body: list[Line], body_size: float) -> bool:
    """A list's bullets drawn as shapes (a browser's filled circles): every shape of the cluster
    glyph-sized (under an em either way), all at one x (within a point), each on the row of a line
    starting just right of it (within two ems), one of these lines a sentence (more than six words:
    no chart label is). A chart's legend keys have short labels; its bars are larger."""
    x0, top, x1, bottom = region
    members = [b for b in boxes
               if b[0] >= x0 - 0.1 and b[2] <= x1 + 0.1 and b[1] >= top - 0.1 and b[3] <= bottom + 0.1]
    if not members or any(b[2] - b[0] > body_size or b[3] - b[1] > body_size for b in members):
        return False
    if max(b[0] for b in members) - min(b[0] for b in members) > 1.0:
        return False
    long_item = False
    for b in members:
        cy = (b[1] + b[3]) / 2
        item = next((ln for ln in body
                     if ln.top <= cy <= ln.bottom and b[2] <= ln.x0 <= b[2] + 2 * body_size), None)
        if item is None:
            return False
        long_item = long_item or len(item.text.split()) > 6
    return long_item


def _cluster_boxes(boxes: list, gap: float) -> list[tuple[tuple[float, float, float, float], int]]:
    """Single-linkage clusters of boxes closer than ``gap``: (bounding box, member count)."""
    items = sorted((tuple(b) for b in boxes), key=lambda b: (b[1], b[0]))
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    tops = [b[1] for b in items]
    if all(map(le, tops, tops[1:])):
        # the boxes a box may touch are the next ones up to the first starting below its reach: found
        # by bisection, and those beside it picked in one comprehension (a chart's hundreds of shapes
        # on an ICDAR page tried every pair in a loop of its own); the clusters are the same whatever
        # order the pairs are joined in
        lefts = [b[0] for b in items]
        ends = [b[2] + gap for b in items]
        for i, a in enumerate(items):
            reach, x0 = a[2] + gap, a[0]
            near = [j for j in range(i + 1, bisect_right(tops, a[3] + gap, i + 1))
                    if lefts[j] <= reach and x0 <= ends[j]]
            if near:
                ri = find(i)
                for j in near:
                    rj = find(j)
                    if ri != rj:
                        parent[rj] = ri
    else:  # an edge not a number: the pairs in turn, as written
        for i, a in enumerate(items):
            for j in range(i + 1, len(items)):
                b = items[j]
                if b[1] > a[3] + gap:
                    break
                if b[0] <= a[2] + gap and a[0] <= b[2] + gap:
                    ri, rj = find(i), find(j)
                    if ri != rj:
                        parent[rj] = ri
    groups: dict[int, list] = defaultdict(list)
    for i, b in enumerate(items):
        groups[find(i)].append(b)
    out = []
    for members in groups.values():
        box = (min(b[0] for b in members), min(b[1] for b in members),
               max(b[2] for b in members), max(b[3] for b in members))
        out.append((box, len(members)))
    return out


_LINE_NUMBER = re.compile(r"^(\d{1,5})\s+(?=\S)")


def strip_line_numbers(pages: dict[int, list[Line]]) -> None:
    """Remove printed line numbers (drafts, specifications): most lines of a page start with an
    integer that goes up by one from line to line."""
    for lines in pages.values():
        numbered = []
        for ln in sorted(lines, key=lambda l: (l.top, l.x0)):
            m = _LINE_NUMBER.match(ln.text)
            if m:
                numbered.append((int(m.group(1)), ln, m.end()))
        if len(numbered) < 8 or len(numbered) < 0.6 * len(lines):
            continue
        steps = sum(1 for a, b in zip(numbered, numbered[1:]) if b[0] == a[0] + 1)
        if steps < 0.7 * (len(numbered) - 1):
            continue
        for _, ln, end in numbered:
            ln.text = ln.text[end:]
            if ln.lead:
                ln.lead = max(0, ln.lead - end)


def mark_artifacts(pages: dict[int, list[Line]]) -> None:
    for lines in pages.values():
        for ln in lines:
            if ln.role != BODY:
                continue
            t = ln.text.strip()
            if len(t) <= 3 and not any(ch.isalnum() for ch in t):  # the length first: most lines are long
                ln.role = ARTIFACT
            elif ln.size < 3:
                ln.role = ARTIFACT


# ----------------------------------------------------------------------------- captions and quotes


def mark_captions_and_quotes(
    pages: dict[int, list[Line]], images: dict[int, list[tuple[float, float, float, float]]], stats: Stats,
    ahead: dict[int, "CaptionsAhead"] | None = None,
) -> None:
    """Photo/figure captions and credits (near an image, smaller or italic, or a "©" credit) and
    pull quotes (larger or italic text in quotation marks, apart from the body) are neither headings
    nor body text.

    ``ahead``: per page, the marks worked out as the page arrived (:class:`CaptionsAhead`), used where
    they hold."""
    for number, lines in pages.items():
        ordered = sorted((ln for ln in lines if ln.role == BODY), key=lambda ln: ln.order)
        boxes = images.get(number, [])
        made = ahead.get(number) if ahead else None
        marks = made.take(ordered, boxes, stats.body_size, stats.body_font) if made is not None else None
        if marks is None:
            marks = caption_and_quote_roles(ordered, boxes, stats.body_size, stats.body_font)
        for ln, role in marks:
            ln.role = role


class CaptionsAhead:
    """:func:`caption_and_quote_roles` of one page worked out ahead (as the page arrives, on the body
    style so far and the reading order guessed), given back only for the very same body lines in the
    same order and columns, the same images and the same body size and font: the marks are a function
    of those alone (the lines' other attributes are set when the page arrives)."""

    __slots__ = ("body", "columns", "boxes", "size", "font", "marks")

    def __init__(self, ordered: list[Line], boxes: list, body_size: float, body_font: str) -> None:
        self.body = list(ordered)
        self.columns = [ln.column for ln in ordered]
        self.boxes = list(boxes)
        self.size, self.font = body_size, body_font
        self.marks = caption_and_quote_roles(self.body, self.boxes, body_size, body_font)

    def take(self, ordered: list[Line], boxes: list, body_size: float,
             body_font: str) -> list[tuple[Line, str]] | None:
        """The marks if worked out for these, else None."""
        if (body_size != self.size or body_font != self.font or len(ordered) != len(self.body)
                or list(boxes) != self.boxes or any(a is not b for a, b in zip(ordered, self.body))
                or [ln.column for ln in ordered] != self.columns):
            return None
        return self.marks


def caption_and_quote_roles(ordered: list[Line], boxes: list, body_size: float,
                            body_font: str) -> list[tuple[Line, str]]:
    """:func:`mark_captions_and_quotes` on one page, marking nothing: (line, role) of its captions and
    pull quotes among ``ordered`` (its body lines in reading order), ``boxes`` its images."""
    marks: list[tuple[Line, str]] = []
    # Paragraph-ish groups: consecutive lines in one column with the same style.
    groups: list[list[Line]] = []
    for ln in ordered:
        if groups:
            prev = groups[-1][-1]
            if (
                prev.column == ln.column
                and abs(prev.size - ln.size) < 0.6
                and prev.italic == ln.italic
                and 0 <= ln.top - prev.bottom < 0.9 * ln.size
            ):
                groups[-1].append(ln)
                continue
        groups.append([ln])
    quoted_bottom: dict[int, float] = {}
    for group in groups:
        text = " ".join(ln.text for ln in group).strip()
        first = group[0]
        size = max(ln.size for ln in group)
        italic = all(ln.italic for ln in group)
        smaller = size < body_size - 0.4
        x0 = min(ln.x0 for ln in group)
        x1 = max(ln.x1 for ln in group)
        top = min(ln.top for ln in group)
        bottom = max(ln.bottom for ln in group)
        near_image = any(
            (abs(top - b[3]) < 2.5 * size or abs(b[1] - bottom) < 2.5 * size
             or (b[1] - 2 <= top and bottom <= b[3] + 2))
            and min(x1, b[2]) - max(x0, b[0]) > 0.3 * (x1 - x0)
            for b in boxes
        )
        caption = False
        # the text's patterns are tried last: most groups are body text, neither small nor italic
        # nor near an image, and a paragraph's text is long
        marked = smaller or italic or near_image
        if marked and len(group) <= 4 and caption_start(text):
            caption = True
        elif near_image and (smaller or italic) and len(text) < 400:
            caption = True
        elif marked and len(text) < 400 and _CREDIT.search(text):
            caption = True
        elif size < 0.92 * body_size and (italic or _SOURCE.search(text)):
            caption = True  # a side note or source line in small (italic) type
        if caption:
            marks.extend((ln, CAPTION) for ln in group)
            continue
        # Pull quote: quoted, not body-sized (or italic), set apart. A scan loses the face (every
        # measured word is in one), so there the group must be one quotation, marks at both ends.
        # Right-to-left lines come in visual order: read from the right, line by line, the opening
        # mark ends the first line and the closing one starts the last.
        quoted = text
        if text[:1] not in _QUOTE_OPEN and right_to_left(text):
            quoted = " ".join(ln.text.strip()[::-1] for ln in group)
        if (
            quoted[:1] in _QUOTE_OPEN
            and any(ch in _QUOTE_CLOSE for ch in quoted[10:])
            and (size > body_size + 0.9 or (italic and not first.bold and body_size > 0))
            and (first.font != body_font or (first.extra.get("measured") and quoted[-1] in _QUOTE_CLOSE))
            and len(group) >= 2
        ):
            marks.extend((ln, QUOTE) for ln in group)
            quoted_bottom[group[-1].column] = max(ln.bottom for ln in group)
            continue
        # The attribution under a pull quote: small type right below it.
        qb = quoted_bottom.get(first.column)
        if qb is not None and 0 <= first.top - qb < 2.5 * size and smaller and len(group) <= 3:
            marks.extend((ln, QUOTE) for ln in group)
    return marks


def mark_rules_under(pages: dict[int, list[Line]], graphics: dict[int, list], body_size: float) -> None:
    """Lines set above the body's size with a rule drawn right under them (a filled strip or a stroked
    line at most 2 pt high, within 0.8 em below the line, reaching across the whole line; ``graphics``
    holds both) carry ``extra["ruled"]``:
    a heading style may differ from another only by that rule (sections ruled, sub-sections not)."""
    for number, boxes in graphics.items():
        rules = [b for b in boxes if b[3] - b[1] <= 2.0 and b[2] - b[0] > 20]
        if not rules:
            continue
        for ln in pages.get(number, ()):
            if ln.size <= body_size:
                continue
            if any(ln.bottom - 1.0 <= r[1] <= ln.bottom + 0.8 * ln.size and r[0] <= ln.x0 + 1.0 and r[2] >= ln.x1 - 1.0
                   for r in rules):
                ln.extra["ruled"] = True


def mark_boxes(pages: dict[int, list[Line]], graphics: dict[int, list], images: dict[int, list],
               body_size: float) -> int:
    """Boxes, sidebars and call-outs: a filled shape holding running text (three lines of three words
    or more at body size, or twelve such words, words as :func:`text.word_count` counts them) is a text
    box; its lines are marked ``extra["box"]`` so that its title is not taken for a heading of the main
    tree. A fill holding only a heading (a banner, a colour band) is not a box. White text that lies on
    no fill and no image is invisible (``extra["hidden"]``). Returns the number of boxes found."""
    found = 0
    boxes_on: dict[int, list[tuple]] = {}
    for number, lines in pages.items():
        fills = [tuple(b[:4]) for b in graphics.get(number, []) or []]

        def within(x0: float, top: float, x1: float, bottom: float) -> list[Line]:
            return [ln for ln in lines if ln.role in (BODY, TABLE) and x0 - 1 <= (ln.x0 + ln.x1) / 2 <= x1 + 1
                    and top - 1 <= (ln.top + ln.bottom) / 2 <= bottom + 1]

        for x0, top, x1, bottom in _stacked_fills(fills):
            if x1 - x0 < 8 * body_size or bottom - top < 2.4 * body_size:
                continue
            inside = within(x0, top, x1, bottom)
            # (Chinese, Japanese and Korean words are counted as text.word_count counts them: two
            # characters a word, no spaces between them)
            counts = [(ln, word_count(ln.text)) for ln in inside if ln.size <= 1.1 * body_size]
            # (a sidebar under twelve ems wide sets two or three words a line)
            prose = [(ln, n) for ln, n in counts if n >= (2 if x1 - x0 < 12 * body_size else 3)]
            if len(prose) < 3 and sum(n for _ln, n in prose) < 12:
                continue
            found += 1
            boxes_on.setdefault(number, []).append((x0, top, x1, bottom))
            for band in fills:
                if _title_band(band, (x0, top, x1, bottom), lines, body_size):
                    inside += within(*band)
            for ln in inside:
                ln.extra["box"] = True
        covers = fills + [tuple(b[:4]) for b in images.get(number, []) or []]
        for ln in lines:
            if ln.color == "#ffffff" and not any(
                x0 - 2 <= ln.x0 and ln.x1 <= x1 + 2 and top - 2 <= ln.top and ln.bottom <= bottom + 2
                for x0, top, x1, bottom in covers
            ):
                ln.extra["hidden"] = True
    # A box broken by the page's end: its title alone on a fill ending the page, its text in a box
    # opening the next page.
    for number, boxes in boxes_on.items():
        before = pages.get(number - 1)
        if not before:
            continue
        for band in _stacked_fills([tuple(b[:4]) for b in graphics.get(number - 1, []) or []]):
            if any(_title_band_over_page(band, box, before, pages[number], body_size) for box in boxes):
                for ln in before:
                    if (band[0] - 1 <= (ln.x0 + ln.x1) / 2 <= band[2] + 1
                            and band[1] - 1 <= (ln.top + ln.bottom) / 2 <= band[3] + 1):
                        ln.extra["box"] = True
    return found


def _stacked_fills(fills: list[tuple]) -> list[tuple]:
    """Fills one under the other with the same left and right edges (within a point), each touching
    the next (within two points), as one fill: LibreOffice draws a box's background a paragraph at a
    time, so a box of five lines may come as fills of two and three lines, none tall enough alone to
    hold the box's text. Fills standing alone are returned as they are."""
    out: list[list[float]] = []
    # the fills so far by their left edge's whole point, each with its place in ``out``: a fill
    # within a point of the left edge is filed under that point or one beside it (looking through
    # all the fills so far for each was quadratic on a page of shaded table cells)
    by_left: dict[int, list[tuple[int, list[float]]]] = {}
    for x0, top, x1, bottom in sorted(fills, key=lambda f: (f[1], f[0])):
        if not isfinite(x0):
            out.append([x0, top, x1, bottom])  # within a point of no edge (nor any of it)
            continue
        at = floor(x0)
        near = [(k, f) for d in (-1, 0, 1) for k, f in by_left.get(at + d, ())
                if abs(f[0] - x0) <= 1 and abs(f[2] - x1) <= 1 and abs(top - f[3]) <= 2]
        if near:
            f = min(near, key=lambda kf: kf[0])[1]  # the first in ``out``, as a plain search finds it
            f[3] = max(f[3], bottom)
        else:
            f = [x0, top, x1, bottom]
            by_left.setdefault(at, []).append((len(out), f))
            out.append(f)
    return [tuple(f) for f in out]


def _title_band_over_page(band: tuple, box: tuple, lines: list[Line], next_lines: list[Line],
                          body_size: float) -> bool:
    """A box's title band at the foot of a page (LibreOffice breaks a box after its title): a fill
    under six ems high (the fill runs on to the foot of the text area) holding one or two lines, as
    wide as the box on the next page give or take an em (in another column there, maybe), with no
    text under it on its page, while that box opens the next page (no text above it)."""
    bx0, btop, bx1, bbottom = band
    x0, top, x1, bottom = box
    if bbottom - btop >= 6 * body_size or abs((bx1 - bx0) - (x1 - x0)) > body_size:
        return False
    held = [ln for ln in lines if bx0 - 1 <= (ln.x0 + ln.x1) / 2 <= bx1 + 1
            and btop - 1 <= (ln.top + ln.bottom) / 2 <= bbottom + 1]
    if not 1 <= len(held) <= 2:
        return False
    below = any(ln.top > bbottom and ln.role != RUNNING and ln.text.strip() for ln in lines)
    above = any(ln.bottom < top and ln.role != RUNNING and ln.text.strip() for ln in next_lines)
    return not below and not above


def _title_band(band: tuple, box: tuple, lines: list[Line], body_size: float) -> bool:
    """A box's title band (a box drawn as two fills, the title's and the text's): a fill under four
    ems high holding one or two lines (a title wrapped in a narrow column), as wide as the box give or
    take an em, either touching the box's top (within two points) or, where the box breaks across
    columns, ending its column (no text under it there) while the box opens the other column (no
    text above it there): LibreOffice sets a box's title at the foot of one column and its text at
    the top of the next."""
    bx0, btop, bx1, bbottom = band
    x0, top, x1, bottom = box
    if band == box or bbottom - btop >= 4 * body_size:
        return False
    on_top = abs(bbottom - top) <= 2 and abs(bx0 - x0) <= body_size and abs(bx1 - x1) <= body_size
    # the placement first: a box is tried against every fill of its page (a table's shaded cells),
    # and most fail it; the lines held are counted for those that pass
    if not on_top and (abs((bx1 - bx0) - (x1 - x0)) > 2 * body_size or (bx0 < x1 and x0 < bx1)
                       or btop <= top):
        return False
    held = [ln for ln in lines if bx0 - 1 <= (ln.x0 + ln.x1) / 2 <= bx1 + 1
            and btop - 1 <= (ln.top + ln.bottom) / 2 <= bbottom + 1]
    if not 1 <= len(held) <= 2:
        return False
    if on_top:
        return True
    texts = [ln for ln in lines if ln.role != RUNNING and ln.text.strip()]
    below = any(ln.top > bbottom and ln.x0 < bx1 and bx0 < ln.x1 for ln in texts)
    above = any(ln.bottom < top and x0 - 1 <= ln.x0 and ln.x1 <= x1 + 1 for ln in texts)
    return not below and not above
