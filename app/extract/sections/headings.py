"""Heading inference from page content (no bookmarks).

1. *Runs*: consecutive lines of one column in the same style, close together (a heading may wrap).
2. *Candidates*: short runs whose style stands out from the body (bigger, bolder, capitals, another
   colour or family, numbered), that do not read like a sentence, a caption or a list item.
3. *Labels* ("CHAPTER" / "ONE", "Part", a lone "3") are glued to the heading that follows them.
4. *Evidence from a printed table of contents* (:mod:`toc`): entries are placed at their headings
   (through their links when there are any, else by title on the printed page); they fix the level
   of their heading style for the whole document.
5. *Levels*: one level per style signature across the document, ordered by prominence (size, weight,
   capitals, colour), with numbering depth ("2.3.1" -> 3) taking precedence when the document is
   numbered.
"""

from __future__ import annotations

import difflib
import functools
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from itertools import combinations
from dataclasses import dataclass, field

from app.extract.sections.analysis import Stats, caption_start, style_key
from app.extract.sections.lines import ARTIFACT, BODY, HEADING, RUNNING, TABLE, Line
from app.extract.sections.reading import ends_open
from app.extract.sections.text import (LABEL_WORDS, normalise_title, number_first, numbering, quoted_sentence,
                                      right_to_left, word_count)
from app.extract.sections.toc import TocEntry, _levels as toc_levels, is_contents_title, printed_page_offset

_LABEL_ONLY = re.compile(
    rf"^(?:(?:{LABEL_WORDS})|(?:{LABEL_WORDS})\s+\S+|\d{{1,3}}|[IVXLC]{{1,7}}|[A-Z]|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty)[.:]?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;,]$")
_QUOTE_OPENS = "“\"«„‘"
_QUOTE_CLOSES = "”\"»“’"

#: A lower-case name of a command, file or package ("cd-hit-dup", "plot_len.pl"), which a heading may
#: start with; never an abbreviation ("e.g.").
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9]+(?:[-_.][A-Za-z0-9]{2,})+[,:]?(?=\s|$)")


@dataclass(eq=False)
class Heading:
    title: str
    level: int
    page: int
    lines: list[Line] = field(default_factory=list)
    top: float | None = None
    bbox: tuple[float, float, float, float] | None = None
    #: Position in reading order on its page (order of its first line), for interleaving with text.
    order: float = 0.0
    source: str = "style"
    numbered_depth: int = 0
    sig: tuple = ()
    #: 0-1, set by :func:`score_confidence` (None for bookmarks).
    confidence: float | None = None
    #: Lines above the heading that open its section as text (a notice's heading block).
    block: list[Line] = field(default_factory=list)

    @property
    def key(self) -> str:
        return normalise_title(self.title)


def signature(ln: Line) -> tuple:
    caps = ln.caps and sum(map(str.isalpha, ln.text)) >= 3  # letters counted in C
    return (round(ln.size * 2) / 2, ln.bold, ln.italic, caps, ln.family + ("~m" if _medium(ln.font) else ""), ln.color)


@functools.lru_cache(maxsize=1024)
def _medium(font: str) -> bool:
    # (",Bold" after it: the medium cut filled and stroked, LibreOffice's bold of it, still that cut)
    return bool(re.search(r"-medi(?:um)?(?:ita|italic)?(?:,\w+)*$", font, re.IGNORECASE))


def unify_caps(headings: list["Heading"], stats: Stats | None = None) -> None:
    """Capitals separate two heading styles only when both forms recur (chapters in capitals,
    sections not); an acronym title ("IOM X") or a style set in capitals throughout is one style.
    Nor do they when both forms open sections right under a larger heading: siblings whose titles
    happen to be capitals ("DELETE", "INSERT_SELECTION" beside "The PRIMARY Selection"). A form that
    contains the other never comes first under a larger heading (the other follows it). A lone
    heading under a larger one opens nothing (one read out of its columns' order after the last
    chapter would make siblings of chapters' sections in capitals and their sub-sections). Only for
    sizes above the body's: at body size, capitals are often all that sets a heading style apart."""
    forms: dict[tuple, Counter] = defaultdict(Counter)
    for h in headings:
        if h.sig:
            forms[h.sig[:3] + h.sig[4:]][h.sig[3]] += 1
    ordered = sorted((h for h in headings if h.sig), key=lambda h: (h.page, min((ln.order for ln in h.lines), default=0)))
    first_under_larger: dict[tuple, set] = defaultdict(set)
    for base in forms:
        size = base[0]
        if stats is None or size < 1.12 * stats.body_size:
            continue
        prev = None
        opener = None
        seen: list = []
        for h in ordered + [None]:
            if h is not None and h.sig[0] < size:
                continue  # smaller headings sit inside either form
            if h is None or h.sig[0] > size:  # a larger heading's section ends
                if opener is not None and len(seen) >= 2:
                    first_under_larger[base].add(opener)
                opener = None
                seen = []
            elif h.sig[:3] + h.sig[4:] == base:
                if prev is not None and prev.sig[0] > size:
                    opener = h.sig[3]
                seen.append(h.sig[3])
            prev = h
    for h in headings:
        if not h.sig:
            continue
        base = h.sig[:3] + h.sig[4:]
        c = forms[base]
        caps, plain = c[True], c[False]
        if min(caps, plain) < 2 or min(caps, plain) < 0.1 * (caps + plain) or len(first_under_larger[base]) == 2:
            majority = caps > plain
            h.sig = h.sig[:3] + (majority,) + h.sig[4:]


def unify_measured_weight(headings: list["Heading"]) -> None:
    """On scanned pages the weight is measured on the image, line by line: a heading of a recurring
    heading style measured regular (or bold) against the rest is that style, not a level of its own
    pushing the levels below it down. A signature of scanned headings that differs from the most used
    one of its size only by weight, and heads at most a third as many sections, takes that one. In a
    numbered document the numbering, not a measured weight, tells the levels apart: a signature whose
    scanned headings are all unnumbered takes, whatever their count, a numbered one it differs from
    only by weight (front and back matter set like the chapters, "Abstract", "References", measured
    regular beside chapters measured bold, were a level below them)."""
    by_size: dict[float, Counter] = defaultdict(Counter)
    numbered: Counter = Counter()
    for h in headings:
        if h.sig and h.lines and h.lines[0].extra.get("measured"):
            by_size[h.sig[0]][h.sig] += 1
            numbered[h.sig] += bool(h.numbered_depth)
    numbered_doc = sum(numbered.values()) >= max(2, 0.4 * sum(sum(c.values()) for c in by_size.values()))
    remap: dict[tuple, tuple] = {}
    for counts in by_size.values():
        if numbered_doc:
            for sig in counts:
                alike = [s for s in counts if s != sig and s[0] == sig[0] and s[2:] == sig[2:]
                         and 2 * numbered[s] >= counts[s] >= 2]
                if not numbered[sig] and len(alike) == 1:
                    remap[sig] = alike[0]
        (major, n), = counts.most_common(1)
        if n < 3:
            continue
        for sig, m in counts.items():
            if sig not in remap and sig != major and sig[0] == major[0] and sig[2:] == major[2:] and 3 * m <= n:
                remap[sig] = major
    _same_parents_one_weight(headings, by_size, remap)
    if not remap:
        return
    for h in headings:
        if h.sig in remap and h.lines and h.lines[0].extra.get("measured"):
            h.sig = remap[h.sig]


def _same_parents_one_weight(headings: list["Heading"], by_size: dict[float, Counter],
                             remap: dict[tuple, tuple]) -> None:
    """Two signatures of scanned headings that differ only by the measured weight are one level when
    each opens sections whose first heading is of one same smaller signature more often than it is
    followed by the other (the more used one at least twice): a level below the other would open the
    other's sections, not those of the level below both (19 pt chapters in capitals measured bold six
    times and regular three, the regular ones just under the bold threshold, made a level between the
    chapters and their sections). The more used signature stands."""
    ordered = sorted((h for h in headings if h.sig), key=_position)
    follows: dict[tuple, Counter] = defaultdict(Counter)
    for h, after in zip(ordered, ordered[1:]):
        if h.lines and h.lines[0].extra.get("measured"):
            follows[h.sig][after.sig] += 1
    for counts in by_size.values():
        for a, b in combinations(sorted(counts, key=lambda s: -counts[s]), 2):
            if a in remap or b in remap or a[0] != b[0] or a[2:] != b[2:]:
                continue
            for c in follows[a]:
                if (c[0] < a[0] and follows[a][c] >= 2 and follows[b][c] >= 1
                        and follows[a][c] > follows[a][b] and follows[b][c] > follows[b][a]):
                    remap[b] = a
                    break


#: A size (to half a point) at which this many scanned headings of one style were measured is a size
#: class of that style (:func:`unmerge_measured_sizes`).
MEASURED_CLASS_MIN = 3
#: Beyond this many size classes in one chain (each within 6% of the next) their cuttings are not
#: all weighed (:func:`_size_levels`).
MEASURED_CLASSES_MAX = 8


def unmerge_measured_sizes(headings: list["Heading"], listed: frozenset = frozenset()) -> None:
    """Sizes measured on a scan are snapped to the document's common sizes (6%: a pixel of a glyph is
    4% of 10 pt type), which merges heading levels one point apart (15 and 14 pt). The headings' sizes
    as measured, before the snap, to half a point: a size at which ``MEASURED_CLASS_MIN`` headings of
    one style (weight, italic, capitals, family, colour) or more were measured is a class, and each
    scanned heading of that style takes the nearest class within 6% of its size; midway between two
    classes, the one whose headings share its standing in the printed contents (``listed``: ids of
    the headings placed from it), as the contents lists some levels and not others; else the more
    used. The classes are then cut into levels (:func:`_size_levels`): two classes within 6% stay
    apart only when their order proves two levels; else (a level measured at two sizes by chance)
    they are one, the more used."""
    measured = [h for h in headings if h.sig and h.lines and "measured_size" in h.lines[0].extra]
    if not measured:
        return
    raw = {id(h): round(h.lines[0].extra["measured_size"] * 2) / 2 for h in measured}
    by_style: dict[tuple, list[Heading]] = defaultdict(list)
    for h in measured:
        by_style[h.sig[1:]].append(h)
    ordered = sorted((h for h in headings if h.sig), key=lambda h: (h.page, min((ln.order for ln in h.lines), default=0)))
    for style, members in by_style.items():
        counts = Counter(raw[id(h)] for h in members)
        classes = sorted((c for c, n in counts.items() if n >= MEASURED_CLASS_MIN), reverse=True)
        if len(classes) == 1:
            # one class: a heading measured off it, within 6%, is that style at that size (a chapter
            # measured 15.6 pt among chapters measured 15.1 is no level of its own above them)
            c = classes[0]
            snapped = Counter(h.sig[0] for h in members if raw[id(h)] == c).most_common(1)[0][0]
            for h in members:
                if raw[id(h)] != c and max(c, raw[id(h)]) <= 1.06 * min(c, raw[id(h)]):
                    h.sig = (snapped,) + h.sig[1:]
        if len(classes) < 2:
            continue
        size_of: dict[int, float] = {}
        listed_in = {c: Counter(id(h) in listed for h in members if raw[id(h)] == c) for c in classes}
        for h in members:
            near = [c for c in classes if max(c, raw[id(h)]) <= 1.06 * min(c, raw[id(h)])]
            if near:
                size_of[id(h)] = min(near, key=lambda c: (abs(c - raw[id(h)]), -listed_in[c][id(h) in listed],
                                                          -counts[c]))
        merged = _size_levels(classes, counts, style, size_of, ordered)
        for h in members:
            if id(h) in size_of:
                h.sig = (merged[size_of[id(h)]],) + h.sig[1:]


def _size_levels(classes: list[float], counts: Counter, style: tuple, size_of: dict[int, float],
                 ordered: list["Heading"]) -> dict[float, float]:
    """The size classes of one scanned style (largest first) cut into levels: each level a run of
    neighbouring classes within 6% of each other that takes its most used size. The cuttings of a
    chain of classes (each within 6% of the next) are weighed as a whole, since where one level ends
    depends on its neighbours (chapters measured 16 and 15.5 pt, sections 15 and 14.5: tested pair by
    pair, a section class opened sections of its own and its sub-sections looked out of order under
    it). A cut is proven when the two levels' sizes are more than 6% apart or when their order
    proves two levels (:func:`_nested`); the cutting with the fewest unproven cuts stands, then the
    one with the most levels, then the fewest headings out of order. Classes more than 6% apart are
    never one level: the chains are cut one after the other, the largest first, whose levels open
    the sections in which the next chain's order is read."""
    chains = [[classes[0]]]
    for big, small in zip(classes, classes[1:]):
        if big > 1.06 * small:
            chains.append([small])
        else:
            chains[-1].append(small)
    runs_above: list[list[float]] = []
    main_above: list[float] = []
    for j, chain in enumerate(chains):
        # the next chain, one level for now: how the headings below nest weighs this chain's cuttings
        below = [chains[j + 1]] if j + 1 < len(chains) else []
        best: tuple | None = None
        # a long chain is cut where its runs would spread past 6% (2^(n-1) cuttings are too many)
        masks = range(1 << (len(chain) - 1)) if len(chain) <= MEASURED_CLASSES_MAX else [None]
        for mask in masks:
            runs = [[chain[0]]]
            for i, c in enumerate(chain[1:]):
                if (runs[-1][0] > 1.06 * c) if mask is None else (mask >> i & 1):
                    runs.append([c])
                else:
                    runs[-1].append(c)
            if any(run[0] > 1.06 * run[-1] for run in runs):
                continue  # a level spread wider leaves room for a level between (16, 15.5 | 15 | 14.5, 14)
            main = [max(run, key=lambda c: (counts[c], c)) for run in runs]
            levels = runs_above + runs + below
            mains = main_above + main + [max(run, key=lambda c: (counts[c], c)) for run in below]
            level_of = {c: k for k, run in enumerate(levels) for c in run}
            out_of_order = unproven = 0
            for k in range(max(0, len(runs_above) - 1), len(levels) - 1):
                support, violations = _nested(k, levels[k][0], level_of, style, size_of, ordered)
                out_of_order += violations
                if mains[k] <= 1.06 * mains[k + 1] and not (support >= 2 and violations <= support // 4):
                    unproven += 1
            key = (-unproven, len(runs), -out_of_order)
            if best is None or key > best[0]:
                best = (key, runs, main)
        runs_above += best[1]
        main_above += best[2]
    return {c: main_above[k] for k, run in enumerate(runs_above) for c in run}


def _nested(k: int, big: float, level_of: dict[float, int], style: tuple, size_of: dict[int, float],
            ordered: list["Heading"]) -> tuple[int, int]:
    """Do the headings of level ``k + 1`` of a scanned style nest under those of level ``k``? Within
    the sections opened by a higher level of the style (or by a heading of another style larger than
    ``big``), the sections where one follows a heading of level ``k`` (support), and the headings of
    level ``k + 1`` before any of level ``k`` (violations)."""
    support = violations = 0
    seen_big = counted = False
    for h in ordered:
        size = size_of.get(id(h)) if h.sig[1:] == style else None
        level = level_of.get(size) if size is not None else None
        if level is None:
            if h.sig[0] > big + 0.5:
                seen_big = counted = False  # a larger heading opens a section
        elif level < k:
            seen_big = counted = False
        elif level == k:
            seen_big = True
        elif level == k + 1:
            if not seen_big:
                violations += 1
            elif not counted:
                support += 1
                counted = True
    return support, violations


def prominence(sig: tuple, stats: Stats) -> tuple:
    size, bold, italic, caps, family, color = sig
    return (size, 1 if bold else 0, 1 if caps else 0, 1 if color != stats.body_color else 0, 0 if italic else 1)


# ------------------------------------------------------------------------------------------- runs


@dataclass(eq=False)
class Run:
    lines: list[Line]
    gap_above: float = 1e9
    gap_below: float = 1e9
    prev: Line | None = None
    next: Line | None = None

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def text(self) -> str:
        lines = self.lines
        if len(lines) == 1:  # most runs: its words joined have no space to strip
            return " ".join(lines[0].text.split())
        return " ".join([" ".join(ln.text.split()) for ln in lines]).strip()


def _same_run(a: Line, b: Line) -> bool:
    if a.page != b.page:
        return False
    if round(a.size * 2) != round(b.size * 2):
        return False
    same_face = a.flags == b.flags and a.font == b.font and a.color == b.color  # the common case, no property calls
    if not same_face and (a.bold != b.bold or a.italic != b.italic or a.color != b.color or a.family != b.family):
        # A wrapped heading whose second line has a word in another font is still one heading.
        if not ((a.mixed or b.mixed) and a.bold == b.bold):
            return False
    gap = b.top - a.bottom
    return -_overlap_allowed(a, b) <= gap <= 0.9 * a.size and (
        a.column == b.column or abs(a.x0 - b.x0) < 2 * a.size or abs((a.x0 + a.x1) - (b.x0 + b.x1)) < 4 * a.size)


def _same_style(a: Line, b: Line) -> bool:
    return (round(a.size * 2) == round(b.size * 2) and a.bold == b.bold and a.italic == b.italic
            and a.color == b.color and a.family == b.family)


def _overlap_allowed(a: Line, b: Line) -> float:
    """How far line ``b`` may reach up over line ``a`` above it and still go on from it: 0.3 of the
    size; on a scan 0.5 when ``b`` starts at least 0.75 of the size below ``a``'s top (OCR's boxes
    run from the ink's top to its descenders, and a heading set solid, its lines a size apart,
    overlapped by 0.31: "Emergency Planning and" | "Approach" made two headings)."""
    if a.extra.get("measured") and b.top - a.top >= 0.75 * a.size:
        return 0.5 * a.size
    return 0.3 * a.size


def _measured_alike(a: Line, b: Line) -> bool:
    """Two scanned lines of one style: sizes measured within 8% (OCR measures each line on its own
    ink, and the sizes snapped to the document's common ones can fall on two sides of one: a chapter
    title's two parts measured 17.0 and 16.5 pt took 18 and 15.6 pt), the same weight and face."""
    ma, mb = a.extra.get("measured_size"), b.extra.get("measured_size")
    return (bool(ma and mb) and abs(ma - mb) <= 0.08 * max(ma, mb) and a.bold == b.bold
            and a.italic == b.italic and a.color == b.color and a.family == b.family)


#: Words that join two parts of a title and never open one: a run opening with one goes on a title.
_JOINING = {"and", "or", "nor", "&", "of"}


def _reversed_out(ln: Line) -> bool:
    """Light text (each of red, green and blue at 0.8 or more): set on a fill, a banner's title."""
    c = ln.color
    return len(c) == 7 and c[0] == "#" and all(int(c[k:k + 2], 16) >= 204 for k in (1, 3, 5))


def _join_across_columns(runs: list[Run], stats: Stats) -> list[Run]:
    """A heading whose lines go on at the top of the next column: a run in a heading style that stops
    open (on "and", "of", a hyphen...), or is numbered, or is followed by a run starting in lower
    case or on a joining word ("AND REGIONS"), or is light text on a band (a banner across both
    columns, its band broken at the gutter), and a run of the
    same style with no number of its own that starts at the same height in a column to its right, are
    one heading (LibreOffice lays a wrapped heading at the head of two balanced columns that way). Two
    parallel headings side by side each end as a title ends. So are a run at the foot of a column
    that stops open (or whose next part starts in lower case) and the run of its style that opens the
    next column higher up, right after it in reading order (a browser breaks a heading's lines across
    columns: "3.1 Community-based Livelihoods and" | "Displacement")."""
    out: list[Run] = []
    taken: set[int] = set()
    for i, run in enumerate(runs):
        if id(run) in taken:
            continue
        first = run.first
        if len(run.lines) <= 4 and distinct_style(first, stats):
            right = max(ln.x1 for ln in run.lines)
            for k, other in enumerate(runs[i + 1:]):
                o = other.first
                if (id(other) in taken or o.column == first.column or o.x0 <= right
                        or not (_same_style(first, o) or _measured_alike(first, o))):
                    continue
                # or broken at the foot of a column, going on at the top of the next, which starts
                # higher (the next run in reading order); it must stop open there
                foot = (k == 0 and o.column != run.lines[-1].column and o.top < first.top
                        and (ends_open(run.text) or o.text[:1].islower()))
                if abs(o.top - first.top) > 0.3 * first.size and not foot:
                    continue
                together = run.lines + other.lines
                if len(together) > 4 and not (len(together) <= 8 and _display_lines(together, stats)):
                    continue  # (a long title set large in narrow columns may take five lines or more)
                # (a numbered first part goes on in an unnumbered second: "3 Regional" | "Preparedness";
                # a parallel heading of a numbered document carries its own number)
                opens = other.text.split()[:1]
                if numbering(other.text)[1] or not (
                        ends_open(run.text) or other.text[:1].islower() or numbering(run.text)[1]
                        or (opens and opens[0].casefold() in _JOINING)
                        or (_reversed_out(first) and _reversed_out(o))
                        or (not foot and _next_word_overflows(run, other, runs))):
                    continue
                run = Run(run.lines + other.lines)
                taken.add(id(other))
                break
        out.append(run)
    return out


def _next_word_overflows(run: Run, other: Run, runs: list[Run]) -> bool:
    """S44-2: the first word of ``other`` (a run of the same style on the same baseline in a column to
    the right) would not have fitted on the last line of ``run`` in its column — its right edge being
    the furthest any line of that column reaches — so the title broke there and went on atop the next
    column ("NATIONAL" | "RESILIENCE"). A run ending a sentence or a phrase (a stop, colon, semicolon)
    never goes on; parallel headings, each a whole title, leave room for the other's first word, and
    the text right under the second part must go on from the left column's (starting in lower case:
    the columns are one flow under one title, where a parallel heading opens a text of its own)."""
    last = run.lines[-1]
    if re.search(r"[.:;!?]$", last.text.rstrip()):
        return False
    k = next((i for i, r in enumerate(runs) if r is other), None)
    after = runs[k + 1].first if k is not None and k + 1 < len(runs) else None
    if after is None or after.column != other.lines[-1].column or not after.text.lstrip()[:1].islower():
        return False
    col = [ln for r in runs for ln in r.lines if ln.column == last.column and ln.page == last.page]
    edge = max((ln.x1 for ln in col if ln is not last and ln.top > last.bottom), default=None)
    o = other.first
    text = o.text.strip()
    words = text.split()
    if edge is None or not words or edge - last.x0 < 4 * last.size:
        return False
    word = o.width * len(words[0]) / max(len(text), 1)
    return last.x1 + 0.25 * last.size + word > edge + 1


def _display_lines(lines: list[Line], stats: Stats) -> bool:
    """Lines carrying a title's words, set large: at 1.3 times the body or more, at most three words a
    line and fourteen in all, on a born-digital page (a long heading set large in a narrow column)."""
    first = lines[0]
    return (first.size >= 1.3 * stats.body_size and not first.extra.get("measured")
            and word_count(" ".join(ln.text for ln in lines)) <= min(14, 3 * len(lines)))


def make_runs(ordered: list[Line], stats: Stats | None = None) -> list[Run]:
    """Runs over one page's lines in reading order (only lines that may be body or heading); with
    ``stats``, a heading cut over two columns is one run (:func:`_join_across_columns`)."""
    runs = _group_runs(ordered)
    if stats is not None:
        runs = _join_across_columns(_join_split_runs(runs, stats), stats)
    _link_runs(runs)
    return runs


def _group_runs(ordered: list[Line]) -> list[Run]:
    runs: list[Run] = []
    for ln in ordered:
        if runs and _same_run(runs[-1].lines[-1], ln) and len(runs[-1].lines) < 8:
            runs[-1].lines.append(ln)
        else:
            runs.append(Run([ln]))
    return runs


def _join_split_runs(runs: list[Run], stats: Stats) -> list[Run]:
    """A short run ending its reading-order region and a short run of another region that goes on
    right under it (a run's next line: same style, at a wrapped line's distance, lined up), with no
    line in the gap between them, are one run: the page's cut put a region between a heading's two
    lines (a floated box's narrow text beside the heading's first line: "Community-based" |
    "Dialogue and Response"). In a heading style, lined up (left edges within half an em, or centres
    within a quarter), at most four lines together."""
    out = list(runs)
    i = 0
    while i < len(out) - 1:
        run = out[i]
        last = run.lines[-1]
        if len(run.lines) <= 3 and out[i + 1].first.column != last.column and distinct_style(last, stats):
            for j in range(i + 2, len(out)):
                other = out[j]
                b = other.first
                if b.column == last.column or len(run.lines) + len(other.lines) > 4 or b.top <= last.top:
                    continue
                if not _same_run(last, b) or not (abs(b.x0 - last.x0) < 0.5 * b.size
                                                   or abs(b.x0 + b.x1 - last.x0 - last.x1) < 0.5 * b.size):
                    continue
                between = any(ln.bottom > last.bottom and ln.top < b.top
                              and min(ln.x1, b.x1) > max(ln.x0, b.x0)
                              for r in out[i + 1:j] for ln in r.lines)
                if not between:
                    out[i] = Run(run.lines + other.lines)
                    del out[j]
                break
        i += 1
    return out


def _link_runs(runs: list[Run]) -> None:
    """Each run's neighbours and the gaps to them."""
    for i, run in enumerate(runs):
        if i > 0:
            prev = runs[i - 1].lines[-1]
            run.prev = prev
            if prev.column == run.first.column or prev.bottom <= run.first.top:
                run.gap_above = run.first.top - prev.bottom
        if i + 1 < len(runs):
            nxt = runs[i + 1].first
            run.next = nxt
            run.gap_below = nxt.top - run.lines[-1].bottom


class RunsAhead:
    """:func:`make_runs` and :func:`annotate_runs` of one page worked out ahead (as the page arrives, its
    lines given the roles and reading order a guess expects), given back only when the page's body
    lines are the very same, in the same order, its lines of the body or table role too, and the
    joins across columns and regions (the steps that need the document's body style) join nothing there,
    and its lines of text boxes the same: the
    runs and their context are functions of those alone (the lines' columns included: use it only
    where the reading order worked out ahead was used)."""

    __slots__ = ("body", "marked", "boxed", "runs")

    def __init__(self, body: list[Line], page_lines: list[Line], page_width: float = 0.0) -> None:
        self.body = list(body)
        self.marked = [ln for ln in page_lines if ln.role in (BODY, TABLE)]
        self.boxed = [ln for ln in page_lines if ln.extra.get("box")]  # (the context reads boxes' lines)
        self.runs = _group_runs(self.body)
        _link_runs(self.runs)
        annotate_runs(self.runs, page_lines, page_width)

    def take(self, body: list[Line], page_lines: list[Line], stats: Stats) -> list[Run] | None:
        """``make_runs(body, stats)`` annotated for ``page_lines`` if worked out ahead for these, else None."""
        if not _same_lines(body, self.body) or not _same_lines([ln for ln in page_lines if ln.role in (BODY, TABLE)],
                                                               self.marked) \
                or not _same_lines([ln for ln in page_lines if ln.extra.get("box")], self.boxed):
            return None
        joined = _join_across_columns(_join_split_runs(self.runs, stats), stats)
        if not _same_lines(joined, self.runs):
            return None
        return self.runs


def _same_lines(a: list, b: list) -> bool:
    """The same objects in the same order."""
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))


def _cells_on_one_baseline(row: list[Line]) -> int:
    """How many of a row's lines share one baseline: the cells of a table row are set on one; lines of
    text columns laid side by side (a floated box beside the text) drift a point or more apart from row
    to row, and are not cells of one row."""
    bottoms = sorted(ln.bottom for ln in row)
    best = 0
    for i, b in enumerate(bottoms):
        tol = 0.1 * max(row[0].size, 1.0)
        best = max(best, bisect_right(bottoms, b + tol) - i)
    return best


def annotate_runs(runs: list[Run], page_lines: list[Line], page_width: float = 0.0) -> None:
    """Context used by :func:`candidate_reason`: same-style text on the same row (a table header,
    not a heading of a parallel text column), column box, table rows right below."""
    rows: dict[int, list[Line]] = defaultdict(list)
    cols: dict[int, list[float]] = {}
    for ln in page_lines:
        if ln.role in (BODY, "table"):
            rows[ln.row].append(ln)
        if ln.role == BODY:
            box = cols.setdefault(ln.column, [ln.x0, ln.x1])
            box[0] = min(box[0], ln.x0)
            box[1] = max(box[1], ln.x1)
    width = page_width or max((ln.x1 for ln in page_lines), default=600.0)

    def wide(column: int) -> bool:
        box = cols.get(column)
        return box is not None and box[1] - box[0] >= 0.25 * width

    def cells_seen_from(entry: tuple, column: int) -> int:
        """A row's cells seen from a run in ``column``: body lines of the other wide text columns are
        the parallel text, not cells (pages set on a baseline grid align their columns' lines); nor
        are the lines of a text box in another column (S44-5: a float beside the text)."""
        if entry[1] < 3:
            return entry[1]
        lines = rows[entry[5]]
        keep = [ln for ln in lines if not (ln.column != column and ln.extra.get("box"))]
        if wide(column):
            keep = [ln for ln in keep if not (ln.role == BODY and ln.column != column and wide(ln.column))]
        elif len(keep) == len(lines):
            return entry[1]
        return _cells_on_one_baseline(keep)

    # most rows hold one line: their entry is read off it (what the general case gives for one line)
    row_tops = sorted(
        (r[0].top, 1, r[0].x0, r[0].x1, r[0].role == "table", row) if len(r) == 1 else
        (min(ln.top for ln in r), _cells_on_one_baseline(r), min(ln.x0 for ln in r), max(ln.x1 for ln in r),
         any(ln.role == "table" for ln in r), row)
        for row, r in rows.items()
    )
    tops = [r[0] for r in row_tops]  # the rows below a run are found by bisection: pages have hundreds of rows
    for run in runs:
        mates = False
        cells: list[Line] = []
        # a run whose lines are alone on their rows (most runs) has mates of neither kind
        if not all(r is None or (len(r) == 1 and r[0] is ln) for ln in run.lines for r in (rows.get(ln.row),)):
            own = set(map(id, run.lines))
            style = signature(run.first)[:3]
            family = run.first.family
            for ln in run.lines:
                for o in rows.get(ln.row, []):
                    if id(o) in own:
                        continue
                    if (round(o.size * 2) / 2, o.bold, o.italic) == style:
                        # same style: a mate, unless a heading of the parallel column
                        if o.family == family and not (o.column != ln.column and wide(o.column) and wide(ln.column)):
                            mates = True
                    elif o.role == BODY and (o.column == ln.column or not (wide(o.column) or wide(ln.column))):
                        # A cell of a table row: other text of another style on the same row, in the same
                        # column or in another narrow one (the cells of a table no grid was found for).
                        cells.append(o)
        run.same_style_mates = mates  # type: ignore[attr-defined]
        run.row_cells = cells  # type: ignore[attr-defined]
        run.row_mates = bool(cells)  # type: ignore[attr-defined]
        box = cols.get(run.first.column)
        run.column_box = tuple(box) if box else None  # type: ignore[attr-defined]
        last = run.lines[-1]
        size = run.first.size
        right = max(ln.x1 for ln in run.lines)
        lo, hi = last.bottom - 1, last.bottom + 4 * size
        below = [r for r in row_tops[bisect_right(tops, lo):bisect_left(tops, hi)]
                 if lo < r[0] < hi and r[3] > run.first.x0 and r[2] < right + 200]
        first_below = below[0] if below else None
        run.row_below = first_below[5] if first_below is not None else None  # type: ignore[attr-defined]
        run.table_below = bool(  # type: ignore[attr-defined]
            (first_below is not None and first_below[4] and first_below[0] < last.bottom + 2.5 * size)
            or sum(1 for r in below[:3] if cells_seen_from(r, run.first.column) >= 3) >= 2
        )


def one_title_per_table(runs: list[Run], stats: Stats) -> None:
    """A table has one title, the text set apart right above it. When a run that looks like a table's
    title has right below it another such run set apart from the body (bold, larger, caps, colour), the
    lower one is the title; the upper one, set at 1.3 times the body or more, is a heading above the
    title (a region heading with no sentence between it and its table), not a second title."""
    by_row: dict[int, list[Run]] = defaultdict(list)
    for run in runs:
        by_row[run.first.row].append(run)
    for run in runs:
        row = getattr(run, "row_below", None)
        if not getattr(run, "table_below", False) or row is None or run.first.size < 1.3 * stats.body_size:
            continue
        if any(b is not run and getattr(b, "table_below", False) and distinct_style(b.first, stats)
               and b.first.size < run.first.size for b in by_row.get(row, [])):
            run.table_below = False  # type: ignore[attr-defined]


# ------------------------------------------------------------------------------------- candidates


def distinct_style(ln: Line, stats: Stats) -> bool:
    """The line's style stands out from the body text."""
    ratio = ln.size / max(stats.body_size, 1.0)
    if ln.mono:
        return False
    if ratio >= 1.12:
        return True
    if stats.quiet and style_key(ln) in stats.quiet:
        return True
    if ratio < 0.85:
        return False
    if ln.bold and not stats.body_bold:
        return True
    if ln.caps and sum(map(str.isalpha, ln.text)) >= 4 and (ln.family != stats.body_family or ln.color != stats.body_color or ratio >= 1.04):
        return True
    if ln.color != stats.body_color and ratio >= 1.04 and not ln.italic:
        return True
    if ln.family != stats.body_family and ratio >= 1.04 and not ln.italic:
        return True
    return False


#: The label of a quiet sub-heading: "(1)", "1)", "a)", "(b)", "(iv)".
# "(1) ", "a) ", "(iv) "; a Chinese "（一）", "(一)" or "（1）" needs no space after it (its script has none)
_SUB_LABEL = re.compile(
    r"^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+|（\d{1,2}）\s*|[(（][一二三四五六七八九十]{1,3}[)）]\s*)(?=\S)")

#: Dot leaders ending a line (four dots or more: not an ellipsis): a contents entry whose page
#: number was lost (OCR reads a contents' number column badly), never a heading.
_LEADERS_END = re.compile(r"\w\s*(?:[.·…_‥∙]\s*){4,}$")


def quiet_styles(ordered: dict[int, list[Line]], stats: Stats) -> frozenset:
    """Heading styles set only slightly larger than the body (by 0.4 pt to 12%, same weight), which no
    size rule sees: a style whose every line (at least three, on two pages or more) is a short
    standalone line — at most twelve words, no final stop or comma, not lower-case, the lines before and
    after it in another style, running text right after it. A larger lead paragraph or a pull quote
    has long lines and fails."""
    lines_by_style: dict[tuple, list[tuple[str, Line, Line | None, Line | None]]] = defaultdict(list)
    for p in sorted(ordered):
        body = [ln for ln in ordered[p] if ln.role == BODY]
        i = 0
        while i < len(body):
            ln = body[i]
            if ln.mono or not (stats.body_size + 0.4 <= ln.size < 1.12 * stats.body_size):
                i += 1
                continue
            key = style_key(ln)
            # a heading wrapped over two or three lines is one item: its lines follow each other
            # closely in one style
            j = i + 1
            while (j < len(body) and j - i < 3 and style_key(body[j]) == key
                   and 0 <= body[j].top - body[j - 1].bottom < 0.8 * ln.size):
                j += 1
            prev = body[i - 1] if i else None
            nxt = body[j] if j < len(body) else None
            lines_by_style[key].append((" ".join(b.text for b in body[i:j]), ln, prev, nxt))
            i = j
    quiet = set()
    for key, items in lines_by_style.items():
        if len(items) < 3 or len({ln.page for _, ln, _, _ in items}) < 2:
            continue
        good = 0
        for raw, _ln, prev, nxt in items:
            text = " ".join(raw.split())
            body = text[_SUB_LABEL.match(text).end():] if _SUB_LABEL.match(text) else text
            if (
                word_count(text) <= 12 and not _SENTENCE_END.search(text) and not text.endswith(":")
                and body[:1].isalnum() and not body[:1].islower()
                and (prev is None or style_key(prev) != key) and nxt is not None and style_key(nxt) != key
                and abs(nxt.size - stats.body_size) < 0.3 and word_count(nxt.text) >= 5
            ):
                good += 1
        if good >= 0.9 * len(items):
            quiet.add(key)
    return frozenset(quiet)


#: A form's field: a label of one to four words with no figure, a colon, and a value on the line
#: ("Base Mayoría: Votos Emitidos", "Presidente: DOMINGUEZ, Julián"), see S45-L4.
_FIELD = re.compile(r"^(?:[^\W\d_][^\s:\d]*)(?:\s+[^\s:\d]+){0,3}:\s+\S")


def candidate_reason(run: Run, stats: Stats) -> str | None:
    """None when the run may be a heading, else why not (for debugging)."""
    first = run.first
    # More than four lines: a paragraph, unless a title's words set large in a narrow column (two or
    # three words a line, fourteen in all, at 1.3 times the body or more) on a born-digital page: on a
    # scan, sizes are measured and lines of two columns may be read as one (validation scans' levels
    # 0.66 -> 0.60 with it)
    if len(run.lines) > 4 and not (len(run.lines) <= 8 and _display_lines(run.lines, stats)):
        return "too many lines"
    text = run.text  # made after the line count: a paragraph's run need not be joined
    if len(text) > 260:
        return "too long"
    letters = sum(map(str.isalpha, text))
    if letters < 2 and not _LABEL_ONLY.match(text):
        return "no letters"
    if not distinct_style(first, stats):
        return "body style"
    if first.size <= stats.body_size + 0.4 and not numbering(text)[1] and _reference_number(text):
        return "reference number"
    if first.extra.get("box"):
        return "box title"  # the title of a box, sidebar or call-out: not in the main tree
    if first.extra.get("hidden"):
        return "hidden"
    if _LEADERS_END.search(text):
        return "contents leaders"
    label, depth, rest = numbering(text)
    body = rest if depth else text
    sub = _SUB_LABEL.match(body)
    if sub:  # "(1) Title", "a) Title": a sub-heading's label, also after a number ("1. (1) Title")
        body = body[sub.end():]
    if body[:1].islower() and not depth and not _IDENTIFIER.match(body):
        return "starts lower case"
    if caption_start(text):
        return "caption"
    if text[:1] in _QUOTE_OPENS and not any(ch in _QUOTE_CLOSES for ch in text[1:]):
        # a quotation opened and not closed: a pull quote broken by a column or page end, whose rest
        # (and attribution) comes next; a heading quoting something closes the quote
        return "open quote"
    # a pull quote on one line or set in the body's face, which the pull quote marks miss (right-to-left
    # lines come in visual order: each is reversed, in reading order)
    if quoted_sentence(" ".join(ln.text.strip()[::-1] for ln in run.lines) if right_to_left(text) else text):
        return "quotation"
    if _SENTENCE_END.search(text) and len(text.split()) > 6 and not (depth and len(text.split()) <= 12):
        return "sentence"
    if text.endswith(","):
        return "ends open"  # a line ending with a comma goes on (a signer's name, an address): no title ends so
    if len(run.lines) == 1 and first.size < 1.15 * stats.body_size and _FIELD.match(text) \
            and any(o is not None and o.page == first.page and _FIELD.match(" ".join(o.text.split()))
                    and abs(o.size - first.size) < 0.15 * first.size
                    and min(abs(o.top - first.bottom), abs(first.top - o.bottom)) < 2 * stats.body_size
                    for o in (run.prev, run.next)):
        return "form field"  # S45-L4: "Label: value" with another field right above or under it
    words = text.split()
    if len(words) > 30:
        return "too many words"
    start = body.lstrip()[:1]
    if start and not (start.isalnum() or start in "“\"'‘«¿¡„"):
        return "starts with a symbol"
    if depth and _in_numbered_list(run):
        return "list item"
    ratio = first.size / max(stats.body_size, 1.0)
    # Table header rows and label rows: other text of the same style on the same row.
    # Lines of a text box beside the run (a floated box's title on its row) are the box's, no cells:
    # boxes are marked once the whole document is read, after the runs were annotated.
    cells = [o for o in getattr(run, "row_cells", ()) if not o.extra.get("box")]
    if ratio < 1.3 and (getattr(run, "same_style_mates", False) or cells):
        return "table row"
    nxt = run.next
    if _scanned_run_in_line(run, nxt, stats, depth):
        return "run-in label"
    # Definition lists: the term is followed by its description indented further.
    # (right-to-left text starts at its right end: there the next line is set in from the right)
    set_in = (nxt.x1 < max(ln.x1 for ln in run.lines) - 1.2 * stats.body_size if right_to_left(text)
              else nxt.x0 > first.x0 + 1.2 * stats.body_size) if nxt is not None else False
    if (
        ratio < 1.15
        and nxt is not None
        and nxt.page == first.page
        and set_in
        and 0 <= nxt.top - run.lines[-1].bottom < 2.5 * stats.body_size
    ):
        return "definition term"
    # Indented boxes (notes, admonitions): a label set in from the text just above it, not centred.
    prev = run.prev
    if (
        ratio < 1.3
        and prev is not None
        and prev.page == first.page
        and 0 <= first.top - prev.bottom < 5 * first.size
        and prev.x0 < first.x0 - 2 * stats.body_size
        and prev.x1 > first.x0
    ):
        col = getattr(run, "column_box", None)
        centre = (first.x0 + max(ln.x1 for ln in run.lines)) / 2
        # Right-to-left text starts at the right edge: set in from the left is its normal place, and
        # it is set in only when it starts left of where the text above starts (a list's items are
        # set in from the right; the heading after them starts at the column's edge).
        flush_right = right_to_left(text) and max(ln.x1 for ln in run.lines) > prev.x1 - 2 * stats.body_size
        if (col is None or abs(centre - (col[0] + col[1]) / 2) > 2 * stats.body_size) and not flush_right:
            return "indented"
    # A table title: the rows right below are table rows (three or more cells).
    if getattr(run, "table_below", False):
        return "table title"
    return None


def _scanned_run_in_line(run: Run, nxt: Line | None, stats: Stats, depth: int) -> bool:
    """On a scan, the first line of a paragraph that opens with a run-in label ("Durable solutions -
    Information of" | "information sanitation by ..."): the weight of a scanned line is measured over
    the whole line, so a bold label and the text after it read as one bold line at the body's size.
    Such a line, unnumbered, fills its column as the next line does, and that line follows at the
    body's line pitch in the body style, going on from it (the line stops open or the next starts in
    lower case); a heading at the body's size ends as a title ends and is followed by a sentence."""
    first = run.first
    if (not first.extra.get("measured") or len(run.lines) != 1 or depth or nxt is None
            or nxt.page != first.page or first.size >= 1.12 * stats.body_size or distinct_style(nxt, stats)):
        return False
    size = stats.body_size
    return (abs(nxt.x0 - first.x0) < size and first.x1 >= nxt.x1 - 2 * size
            and -0.3 * size <= nxt.top - first.bottom < 0.5 * size
            and (ends_open(run.text) or nxt.text.lstrip()[:1].islower()))


#: How alike a scanned contents row and the heading it lists must be (titles as keys): OCR garbles
#: one or the other a letter or two ("3 ntegrated Mobility and Framework" on a banner).
_ROW_TITLE_SIMILAR = 0.9


def _without_scanned_contents_rows(headings: list[Heading], placed: set[int]) -> list[Heading]:
    """``headings`` without the rows of a scanned contents the contents step did not read (OCR lost
    or garbled their page numbers and leaders) that came out as headings: scanned headings, not
    placed from the contents (ids in ``placed``), whose title (numbering and case aside, within
    ``_ROW_TITLE_SIMILAR``) comes back as a heading on a later page, two or more of them on one page.
    A printed contents lists the headings that follow; one repeated title alone may be a heading
    that recurs (a chapter's "Overview"), not a list of them."""
    keys = [(h, normalise_title(h.title)) for h in headings]
    rows = [h for h, key in keys if id(h) not in placed and h.lines and h.lines[0].extra.get("measured")
            and len(key) >= 4 and any(g.page > h.page and _similar(key, k, _ROW_TITLE_SIMILAR) >= _ROW_TITLE_SIMILAR
                                      for g, k in keys)]
    pages = Counter(h.page for h in rows)
    drop = {id(h) for h in rows if pages[h.page] >= 2}
    return [h for h in headings if id(h) not in drop] if drop else headings


def _reference_number(text: str) -> bool:
    """A reference number on a line of its own ("RIN 2120–AA64", "Ref. AB-2021"): a code mixing letters
    and at least four digits, and no other word than labels of at most three letters ("COVID-19" and
    "H1N1" have fewer digits: names, which a heading may be)."""
    words = [w.strip(".,:;()[]") for w in text.split()]
    code = any(sum(map(str.isdigit, w)) >= 4 and any(ch.isalpha() for ch in w) for w in words)
    return code and len(words) <= 4 and all(
        (any(ch.isdigit() for ch in w) and any(ch.isalpha() for ch in w)) or (w.isalpha() and len(w) <= 3)
        for w in words)


def _next_number(a: tuple[int, ...] | None, b: tuple[int, ...] | None) -> bool:
    """``b`` is the number right after ``a`` at the same depth (2. -> 3., 4.1 -> 4.2)."""
    return bool(a and b and len(a) == len(b) and a[:-1] == b[:-1] and b[-1] == a[-1] + 1)


def _in_numbered_list(run: Run) -> bool:
    """Items of a numbered list, line after line: the run's lines start with numbers that follow
    each other, or the line glued above or below it (within a line's height, starting where it
    starts) carries the number before or after its own. A heading wrapped over two lines does not
    start its second line with the next number, and the next heading is set apart."""
    numbers = [_digit_label(ln.text) for ln in run.lines]
    if any(_next_number(a, b) for a, b in zip(numbers, numbers[1:])):
        return True
    own = numbers[0]
    first, last = run.first, run.lines[-1]
    for other, before in ((run.prev, True), (run.next, False)):
        if other is None or other.page != first.page or abs(other.x0 - first.x0) > 0.5 * first.size:
            continue
        gap = first.top - other.bottom if before else other.top - last.bottom
        if not 0 <= gap < first.size:
            continue
        theirs = _digit_label(other.text)
        if _next_number(theirs, own) if before else _next_number(numbers[-1] or own, theirs):
            return True
    return False


def _merge_labels(cands: list[Run], stats: Stats) -> list[Run]:
    """Glue label runs ("CHAPTER", "ONE", "3", "Part II") to the heading run that follows them."""
    out: list[Run] = []
    i = 0
    while i < len(cands):
        run = cands[i]
        labels = []
        j = i
        while j < len(cands) and _LABEL_ONLY.match(cands[j].text) and len(cands[j].lines) == 1:
            labels.append(cands[j])
            j += 1
        if labels and j < len(cands):
            nxt = cands[j]
            last = labels[-1].lines[-1]
            if nxt.page == last.page and 0 <= nxt.first.top - last.bottom < 5 * max(nxt.first.size, last.size):
                merged = Run([ln for r in labels for ln in r.lines] + nxt.lines)
                merged.prev = labels[0].prev
                merged.next = nxt.next
                merged.gap_above = labels[0].gap_above
                merged.gap_below = nxt.gap_below
                merged.extra_label = " ".join(r.text for r in labels)  # type: ignore[attr-defined]
                merged.main = nxt  # type: ignore[attr-defined]
                out.append(merged)
                i = j + 1
                continue
        out.append(run)
        i += 1
    return out


def _title_of(run: Run) -> str:
    main = getattr(run, "main", None)
    if main is None:
        return run.text
    label = getattr(run, "extra_label", "")
    label_words = label.split()
    if label_words and re.match(rf"^(?:{LABEL_WORDS})$", label_words[0], re.IGNORECASE):
        return f"{label}: {main.text}" if not label.endswith(":") else f"{label} {main.text}"
    return f"{label} {main.text}"


def _main_line(run: Run) -> Line:
    main = getattr(run, "main", None)
    return main.first if main is not None else run.first


# ----------------------------------------------------------------------------------- TOC placement

#: similarity a TOC title needs to a heading's text
TOC_MATCH = 0.82


def _similar(a: str, b: str, at_least: float = 0.0) -> float:
    """Similarity of two titles (0-1). With ``at_least``, a pair that cannot reach it gets 0.0
    without the full comparison (difflib's cheap upper bounds first: most pairs are far apart)."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if len(a) > 12 and len(b) > 12 and (a.startswith(b) or b.startswith(a)):
        return 0.95 * min(len(a), len(b)) / max(len(a), len(b)) + 0.05
    if at_least:
        # difflib's real_quick_ratio and quick_ratio, computed before building the matcher (its
        # index of ``b`` is most of the cost), with the same arithmetic so the cut is unchanged
        length = len(a) + len(b)
        if 2.0 * min(len(a), len(b)) / length < at_least:
            return 0.0
        if 2.0 * sum((_letters(a) & _letters(b)).values()) / length < at_least:
            return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


@functools.lru_cache(maxsize=4096)
def _letters(text: str) -> Counter:
    """The characters of a title, counted (never changed by a caller): a contents entry and a line are
    each compared with many others."""
    return Counter(text)


def _units(runs: list[Run]) -> list[tuple[Run, int]]:
    """Runs plus their prefixes (a TOC title may match the first lines of a run only)."""
    out = []
    for r in runs:
        out.append((r, len(r.lines)))
        for k in range(1, min(len(r.lines), 4)):
            out.append((r, k))
    return out


def place_toc(
    entries: list[TocEntry],
    runs_by_page: dict[int, list[Run]],
    pages: dict[int, list[Line]],
    stats: Stats,
) -> list[Heading]:
    """Headings for the TOC entries that can be found on their pages."""
    if not entries:
        return []
    offset = printed_page_offset(pages)
    if offset is None:
        offset = _offset_by_titles(entries, runs_by_page)
    headings: list[Heading] = []
    used: set[int] = set()
    norm = functools.lru_cache(maxsize=None)(normalise_title)  # each line is tried against many entries
    keys: dict[tuple[int, int], str] = {}  # (id of a run, lines taken) -> their title key
    cursor = 0
    last_page = max(runs_by_page) if runs_by_page else 0
    found: list[tuple[TocEntry, Heading]] = []
    for e in entries:
        if not e.key:
            continue
        pages_to_try: list[int] = []
        if e.target_page:
            pages_to_try = [e.target_page, e.target_page + 1]
        elif e.printed.isdigit() and offset is not None:
            p = int(e.printed) + offset
            pages_to_try = [p, p + 1, p - 1]
        elif not e.printed:
            # contents without page numbers: the entries come in document order, each at or after
            # the one before it
            start = max(cursor, e.toc_page + 1)
            pages_to_try = list(range(start, min(start + 8, last_page) + 1))
        else:
            continue
        best = None
        for p in pages_to_try:
            for run, k in _units(runs_by_page.get(p, [])):
                if id(run.lines[0]) in used:
                    continue
                lines = run.lines[:k]
                first = lines[0]
                key = keys.get((id(run), k))
                if key is None:  # each unit is tried against the entries of its page and the pages around
                    key = keys[(id(run), k)] = norm(" ".join(ln.text for ln in lines))
                # a score under the bar is never used (a pair passes on its better score): cut short
                score = _similar(e.key, key, TOC_MATCH)
                lead_score = 0.0
                if first.lead and k == 1:
                    lead_text = first.text[: first.lead]
                    lead_score = _similar(e.key, norm(lead_text), TOC_MATCH)
                if score < TOC_MATCH and lead_score < TOC_MATCH:
                    continue
                if not distinct_style(first, stats) and lead_score < TOC_MATCH:
                    if not (e.target_top is not None and p == e.target_page and first.bold):
                        continue
                s = max(score, lead_score)
                if e.target_top is not None and p == e.target_page:
                    d = first.top - e.target_top
                    if d < -2.5 * first.size:
                        s -= 0.3
                    else:
                        s -= min(d, 400) / 2000
                if p != pages_to_try[0]:
                    s -= 0.1 if e.printed else 0.02 * pages_to_try.index(p)
                if best is None or s > best[0]:
                    best = (s, run, k, p, lead_score > score)
        if best is None:
            continue
        _, run, k, p, is_lead = best
        if not is_lead:
            k = _title_goes_on(run, k)
        lines = run.lines[:k]
        used.add(id(lines[0]))
        cursor = max(cursor, p)
        h = Heading(
            title=e.title if not is_lead else lines[0].text[: lines[0].lead].strip(),
            level=e.level,
            page=p,
            lines=lines,
            source="toc",
        )
        if is_lead:
            h.title = lines[0].text[: lines[0].lead].strip().rstrip(".:").strip()
            lines[0].extra["rest"] = lines[0].text[lines[0].lead:].strip()
        else:
            # (a right-to-left heading over several lines reads as a whole in visual order, last line
            # first, as a heading found by its style)
            order = reversed(lines) if len(lines) > 1 and right_to_left(e.title) else lines
            h.title = " ".join(" ".join(ln.text for ln in order).split())
        headings.append(h)
        found.append((e, h))
    _rank_scanned_contents(entries, found)
    return headings


def _title_goes_on(run: Run, k: int) -> int:
    """How many of ``run``'s lines a heading found from the contents takes when its contents entry
    matched its first ``k`` lines: a title never stops on "and", "of" or a hyphen, so while those
    lines stop open, or the last of them was wrapped (:func:`_wrapped`), the heading goes on over the
    run's next line (same style, a line's pitch below). OCR can lose a wrapped contents row's second
    line ("3.1 Targeted Protection and" | "Labour"), and a contents may shorten a long title or lose
    its wrapped end (born-digital, session 40: "1 Durable Training for targeted standards in early"
    | "preparedness and border districts"); the entry then matched the heading's first line better
    than the whole of it."""
    column = getattr(run, "column_box", None)
    while k < len(run.lines) and (ends_open(
            " ".join(ln.text for ln in run.lines[:k])) or _wrapped(run.lines[k - 1], run.lines[k], column)):
        k += 1
    return k


def _wrapped(line: Line, nxt: Line, column: tuple | None) -> bool:
    """``line`` was wrapped before ``nxt``: the first word of ``nxt`` (at ``nxt``'s width per
    character, a space before it) would not have fit between ``line``'s end and the right edge of its
    column (``column``: (left, right)). A title's line that ends short ended the title."""
    words = nxt.text.split()
    if column is None or not words:
        return False
    per_char = (nxt.x1 - nxt.x0) / max(len(nxt.text.strip()), 1)
    return line.x1 + per_char * (len(words[0]) + 1) > column[1]


def _rank_scanned_contents(entries: list[TocEntry], found: list[tuple[TocEntry, Heading]]) -> None:
    """On a contents read by OCR, the levels are ranked again among the entries whose heading was found
    in the document: a row OCR garbled (leaders read as letters, "TL GN CADAC ....", or a row of
    leaders whose label was lost) names no heading, yet measured at its own size it made a style of its
    own, ranked a level above the chapters, and every heading went one level down."""
    placed = [e for e, _h in found]
    if len(placed) == len(entries) or len(placed) < 3:
        return
    if not all(e.lines and e.lines[0].extra.get("measured") for e in entries):
        return
    toc_levels(placed)
    for e, h in found:
        h.level = e.level


def _offset_by_titles(entries: list[TocEntry], runs_by_page: dict[int, list[Run]]) -> int | None:
    index: dict[str, list[int]] = defaultdict(list)
    for p, runs in runs_by_page.items():
        for r in runs:
            if len(r.lines) <= 4:
                index[normalise_title(r.text)].append(p)
    votes: Counter = Counter()
    for e in entries:
        if not e.printed.isdigit() or not e.key:
            continue
        for p in index.get(e.key, [])[:3]:
            votes[p - int(e.printed)] += 1
    if not votes:
        return None
    offset, count = votes.most_common(1)[0]
    return offset if count >= 2 else None


# ------------------------------------------------------------------------------------------ levels


def find_first_text_page(pages: dict[int, list[Line]], stats: Stats) -> int | None:
    """The first page with running text (five lines in body style, or contents lines); the pages
    before it are cover pages. None when no page has running text."""
    for p in sorted(pages):
        n_body = sum(1 for ln in pages[p] if ln.role in (BODY, "toc") and not distinct_style(ln, stats))
        if n_body >= 5:
            return p
    return None


def infer_headings(
    pages: dict[int, list[Line]],
    ordered: dict[int, list[Line]],
    stats: Stats,
    toc_entries: list[TocEntry],
    page_widths: dict[int, float] | None = None,
    ahead: dict[int, "RunsAhead"] | None = None,
) -> list[Heading]:
    """All headings of the document with levels (bookmarks not used). ``ahead``: pages' runs worked out
    as they arrived (:class:`RunsAhead`), used where they hold."""
    page_widths = page_widths or {}
    stats.quiet = quiet_styles(ordered, stats)
    runs_by_page: dict[int, list[Run]] = {}
    for p, lines in ordered.items():
        body = [ln for ln in lines if ln.role == BODY]
        made = ahead.get(p) if ahead else None
        runs = made.take(body, pages[p], stats) if made is not None else None
        if runs is None:
            runs = make_runs(body, stats)
            annotate_runs(runs, pages[p], page_widths.get(p, 0.0))
        runs_by_page[p] = runs
        one_title_per_table(runs, stats)
    # Cover pages (before the first page with running text) hold titles, not headings.
    first_text_page = find_first_text_page(pages, stats)
    toc_headings = place_toc(toc_entries, runs_by_page, pages, stats)
    toc_first = {id(h.lines[0]) for h in toc_headings}
    toc_pages = {e.toc_page for e in toc_entries}

    # Style candidates.
    cands_by_page: dict[int, list[Run]] = {}
    text_runs_by_sig: Counter = Counter()
    cand_runs_by_sig: Counter = Counter()
    deferred: list[tuple[int, Run]] = []
    cand_titles_by_sig: dict[tuple, set] = defaultdict(set)
    for p, runs in runs_by_page.items():
        cands = []
        for run in runs:
            if id(run.first) in toc_first:
                continue
            reason = candidate_reason(run, stats)
            if reason == "table title" and p in toc_pages and is_contents_title(run.text):
                # the title of a printed contents whose first entries the table step read as a table
                reason = None
            if reason == "table title":
                for ln in run.lines:  # the title of a table is the table's, not body text
                    ln.role = "caption"
                continue
            if reason == "definition term" and scheme_label(run.text) is not None:
                deferred.append((p, run))  # a numbered title over a list set in: see _scheme_runs
            if reason is None:
                cands.append(run)
                cand_runs_by_sig[signature(run.first)] += 1
                cand_titles_by_sig[signature(run.first)].add(normalise_title(run.text))
            elif reason in ("too many lines", "too long", "sentence", "too many words", "inside a paragraph"):
                text_runs_by_sig[signature(run.first)] += 1
        cands_by_page[p] = _merge_labels(cands, stats)
    # Styles used mostly for running text are not heading styles. A title met again and again counts
    # once: a form's answers are set in a style of their own, some paragraphs, most "N/A" or "None".
    bad_sigs = {s for s, n in text_runs_by_sig.items() if n > max(2, len(cand_titles_by_sig.get(s, ())))}

    style_headings: list[Heading] = []
    for p, cands in cands_by_page.items():
        if first_text_page is not None and p < first_text_page:
            continue
        for run in cands:
            main = _main_line(run)
            sig = signature(main)
            if sig in bad_sigs:
                continue
            title = " ".join(_title_of(run).split())
            if len(run.lines) > 1 and getattr(run, "main", None) is None and right_to_left(title):
                # each line of a right-to-left heading comes in visual order: so does the whole, its
                # last line first (read from its end it is the heading, its number at its end)
                title = " ".join(" ".join(ln.text.split()) for ln in reversed(run.lines))
            label, depth, rest = numbering(number_first(title))
            if not normalise_title(title):
                continue
            style_headings.append(
                Heading(title=title, level=0, page=p, lines=list(run.lines), numbered_depth=depth, sig=sig)
            )
    style_headings += _scheme_runs(style_headings, [(p, r) for p, r in deferred if (
        first_text_page is None or p >= first_text_page) and signature(_main_line(r)) not in bad_sigs], stats)
    for h in toc_headings:
        h.sig = signature(h.lines[0])
        label, depth, rest = numbering(number_first(h.title))
        h.numbered_depth = depth
    style_headings += _headings_inside_tables(pages, style_headings + toc_headings, stats, first_text_page)
    first = min(pages) if pages else None
    style_headings = drop_title_block(style_headings, toc_headings, first, pages.get(first) if pages else None,
                                      stats.body_size)
    style_headings = merge_heading_blocks(style_headings, ordered, stats)
    # (box titles first: the list rules compare a list's spacing with the headings' own)
    style_headings = drop_labelled_box_titles(style_headings, toc_headings, stats, pages)
    style_headings = drop_wrapped_float_titles(style_headings, toc_headings, pages, stats)
    style_headings = drop_run_in_terms(style_headings, toc_headings, pages, stats)
    style_headings = drop_numbered_items(style_headings, toc_headings, stats)
    style_headings = drop_floating_lists(style_headings, toc_headings, stats)
    style_headings = drop_lists_at_paragraph_spacing(style_headings, toc_headings, ordered, stats)
    style_headings = drop_one_off_lead_ins(style_headings, toc_headings, stats)
    unify_caps(toc_headings + style_headings, stats)
    unify_measured_weight(toc_headings + style_headings)
    unmerge_measured_sizes(toc_headings + style_headings, frozenset(id(h) for h in toc_headings))

    if toc_headings and len(toc_headings) >= max(3, 0.5 * len([e for e in toc_entries if e.key])):
        _levels_of_a_flat_contents(toc_headings, stats)
        headings = _levels_with_toc(toc_headings, style_headings, stats, [e.key for e in toc_entries if e.key])
    else:
        scheme_depths(style_headings + toc_headings)
        headings = _levels_by_style(style_headings + toc_headings, stats)
    headings = attach_labels(headings, runs_by_page, stats)
    headings = add_numbered_sequence(headings, runs_by_page, stats, first_text_page)
    headings = add_roman_sequence(headings, runs_by_page, stats, first_text_page)
    headings = fill_numbered_gaps(headings, runs_by_page, stats)
    headings = _without_scanned_contents_rows(headings, {id(h) for h in toc_headings})
    for h in headings:
        _finish(h)
    score_confidence(headings, stats, toc_headings)
    headings.sort(key=lambda h: (h.page, h.order))
    return headings


#: Below this a heading is shown as uncertain (the user checks it first).
UNCERTAIN = 0.6


def score_confidence(headings: list[Heading], stats: Stats, toc_headings: list[Heading]) -> None:
    """A confidence per inferred heading, from the evidence behind it: listed in the printed contents
    (strongest), numbered in the document's scheme, a style that stands out clearly (12% larger than
    the body, or bold) and heads several sections, the level agreeing with the contents; weaker for a
    quiet style, a style used once or twice, a long title, a title that stops open, a level only a
    style's prominence gave."""
    placed = {id(h) for h in toc_headings}
    per_sig = Counter(h.sig for h in headings if h.sig)
    numbered_doc = sum(1 for h in headings if h.numbered_depth) >= 0.4 * max(len(headings), 1)
    list_like = _list_like(headings, placed)
    for h in headings:
        if id(h) in placed or h.source == "toc":
            h.confidence = 0.95
            continue
        first = h.lines[0] if h.lines else None
        score = 0.55
        if h.source == "style+toc":
            score += 0.2  # its style's level comes from the contents
        if h.numbered_depth:
            score += 0.15 if numbered_doc else 0.05
        elif numbered_doc:
            score -= 0.1  # unnumbered in a numbered document
        if h.source == "numbering":
            score -= 0.05  # set like body text: only its number says it is a heading
        if first is not None:
            ratio = first.size / max(stats.body_size, 1.0)
            if ratio >= 1.12:
                score += 0.1
            elif not (first.bold and not stats.body_bold):
                score -= 0.15  # a quiet style: slightly larger, or colour / capitals only
        n = per_sig.get(h.sig, 0)
        if n >= 3:
            score += 0.1
        elif h.sig and n <= 1:
            score -= 0.15
        if len(h.title.split()) > 12:
            score -= 0.1
        if ends_open(h.title):
            score -= 0.2  # most often a fragment: a wrapped heading's first line, a box's line
        if id(h) in list_like:
            score -= 0.35  # as likely the items of a numbered list: the user checks them first
        if _byline(h, headings):
            score -= 0.35  # people's names ("M. Okafor, K. Tanaka"): most often the authors' line
        h.confidence = round(max(0.05, min(score, 0.99)), 2)


def _list_like(headings: list[Heading], placed: set[int]) -> set[int]:
    """Headings as likely to be the items of a numbered list ("1. Strengthen local data", bold) as
    sub-headings, which :func:`drop_floating_lists` kept because their place does not tell: a style
    whose headings carry single numbers (all but one line, "2.3.1" sections aside), none placed by the
    contents, each sequence opening at 1 under a heading of a higher level (chapters "1.", "2." at
    the top level are no list); and a heading numbered "n" in a document numbering its sections "N.M"
    set after a section "n.M" or beyond, or before one below "n.1" (chapter n, open already or not yet,
    is not where it sits: it is no chapter)."""
    def pos(h: Heading) -> tuple:
        return (h.page, min((ln.order for ln in h.lines), default=h.order))

    ordered = sorted(headings, key=pos)
    labels = [_digit_label(number_first(h.title)) for h in ordered]
    out: set[int] = set()
    by_sig: dict[tuple, list[int]] = defaultdict(list)
    for i, h in enumerate(ordered):
        if h.sig:
            by_sig[h.sig].append(i)
    for idx in by_sig.values():
        single = [i for i in idx if labels[i] is not None and len(labels[i]) == 1]
        deeper = sum(1 for i in idx if labels[i] is not None and len(labels[i]) > 1)
        if len(single) < 2 or len(idx) - len(single) - deeper > 1 or labels[single[0]][0] != 1:
            continue
        if any(id(ordered[i]) in placed for i in single):
            continue
        if all(any(o.level < ordered[i].level for o in ordered[:i]) for i in single if labels[i][0] == 1):
            out.update(id(ordered[i]) for i in single)
    sections = [(i, lab[0]) for i, lab in enumerate(labels) if lab is not None and len(lab) > 1]
    if len(sections) >= 2:
        for i, h in enumerate(ordered):
            if labels[i] is None or len(labels[i]) != 1 or id(h) in placed:
                continue
            n = labels[i][0]
            before = [c for j, c in sections if j < i]
            after = [c for j, c in sections if j > i]
            # chapter n comes after the sections of chapters below n and before those of n or beyond
            if (before and before[-1] >= n) or (after and after[0] < n):
                out.add(id(h))
    return out


def drop_title_block(style_headings: list[Heading], toc_headings: list[Heading], first_page: int | None,
                     first_page_lines: list[Line] | None = None, body_size: float = 0.0) -> list[Heading]:
    """The title block of a first page that also carries running text (a paper, a brief): the
    document's title is the largest text of that page, larger (by 15%) than every heading style used on
    other pages and in a style found on that page only; it and the lines in one-off styles around it
    (masthead, subtitle, authors, affiliations) are not headings. The block ends at the first line in a
    style that heads sections elsewhere ("Abstract", "1 Introduction"). A line of the authors' names
    before that line is never a heading (:func:`_byline`), title or not."""
    if first_page is None:
        return style_headings
    def pos(h: Heading) -> tuple:
        return (h.page, min((ln.order for ln in h.lines), default=0))

    on_first = sorted((h for h in style_headings if h.page == first_page), key=pos)
    if not on_first:
        return style_headings
    elsewhere = [h for h in style_headings + toc_headings if h.page != first_page]
    recurring = {h.sig for h in elsewhere} | {h.sig for h in toc_headings}
    # the authors' names before the first heading of a style that heads sections elsewhere, whatever
    # their style (on a scan measured like the body's 12 pt bold sub-sections; born-digital, set in the
    # bold the sub-headings use, so their style recurs) and whether a title is found
    bylines = set()
    for h in on_first:
        if h.lines and _byline(h, style_headings + toc_headings):
            bylines.add(id(h))
        elif h.sig in recurring:
            break
    if bylines:
        style_headings = [h for h in style_headings if id(h) not in bylines]
        on_first = [h for h in on_first if id(h) not in bylines]
        if not on_first:
            return style_headings
    title = max(on_first, key=lambda h: h.sig[0] if h.sig else 0)
    if not title.sig or title.sig in recurring:
        return style_headings
    # A style of one scanned heading elsewhere is no heading style to compare with: OCR reads a
    # contents' leaders or a graphic as large "words" ("VN Y" at 27 pt beside a 31 pt title).
    seen = Counter(h.sig for h in elsewhere)
    compared = [h.sig[0] for h in elsewhere
                if h.sig and not (seen[h.sig] == 1 and h.lines and h.lines[0].extra.get("measured"))]
    if elsewhere and title.sig[0] < 1.15 * max(compared, default=0):
        return style_headings
    drop = []
    end = None
    for i, h in enumerate(on_first):
        if pos(h) > pos(title) and (h.sig in recurring or _opens_sequence(h, on_first[i + 1:])):
            end = h
            break
        if h.sig not in recurring:
            drop.append(h)
    # Only a real title block: beside the title, a subtitle (not bold) or a line of names ("A. Rahman,
    # M. Okafor"), also one set like body text, between the title and the first heading, or a masthead
    # or a kicker above it. A manual whose title is its one top heading, over its chapters, keeps it.
    bottom = max(ln.bottom for ln in title.lines)
    limit = min(ln.top for ln in end.lines) if end is not None else float("inf")
    names_below = any(ln.top >= bottom - 1 and ln.bottom <= limit + 1 and _NAMES.search(ln.text)
                      for ln in first_page_lines or [])
    # (a masthead only in a document of several pages: on a single page a running head is not told apart)
    masthead = bool(elsewhere) and _masthead(title, first_page_lines or [], body_size)
    # a kicker above the title ("Item 265", "Chapter 5": a word or two and a number) opens the block
    kicker = any(h is not title and pos(h) < pos(title) and _KICKER.match(h.title) for h in drop)
    if not names_below and not masthead and not kicker \
            and not any(h is not title and (not h.sig[1] or _NAMES.search(h.title)) for h in drop):
        if not _heads_no_text(title, on_first, first_page_lines):
            return style_headings
        # a bare title straight over the next heading: the block is the title and what sits above it
        drop = [h for h in drop if pos(h) <= pos(title)]
    dropped = set(map(id, drop))
    return [h for h in style_headings if id(h) not in dropped]


def _heads_no_text(title: Heading, on_first: list[Heading], first_page_lines: list[Line] | None) -> bool:
    """The page-1 title stands straight over the next heading on its page, no text of its own between
    them (a report's title over its executive summary or first chapter): it names the document and
    heads nothing. A manual's title over an introduction of its own heads that text (the outlines
    corpus's bookmarks make it level 1 over the chapters). A numbered line ("3 Regional Operations") is
    a chapter, not the document's title."""
    if numbering(number_first(title.title))[1]:
        return False
    end = max(ln.order for ln in title.lines)
    nxt = min((min(ln.order for ln in h.lines) for h in on_first if h.lines and h is not title
               and min(ln.order for ln in h.lines) > end), default=None)
    if nxt is None or first_page_lines is None:
        return False
    inside = {id(ln) for ln in title.lines}
    return not any(end < ln.order < nxt and id(ln) not in inside and ln.role not in (RUNNING, ARTIFACT)
                   and ln.text.strip() for ln in first_page_lines)


_KICKER = re.compile(r"^\S+(?:\s\S+)?\s+(?:No\.?\s*)?\d+[\w.-]*$")
_PERSON = r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?:[-' ][A-Z][a-z]+)?"
#: A line that is a list of people's names, each an initial or initials and a surname.
_BYLINE = re.compile(rf"^{_PERSON}(?:\s*(?:,|;|&|,?\s+and)\s*{_PERSON})*$")


def drop_numbered_items(style_headings: list[Heading], toc_headings: list[Heading],
                        stats: Stats) -> list[Heading]:
    """Numbered items of a list in the text ("1. Strengthen cross-border data sharing", bold, its text
    below): in a document numbering its sections "N.M" (two headings or more), a candidate with a
    single number ("1.", "2)") set less prominently than every style of those sections would be a
    chapter, a level above them. A chapter is never set below its own sections: such lines are the
    items of a numbered list. A contents entry keeps its place (the contents name it)."""
    def depth(h: Heading) -> int:  # (a right-to-left title carries its number at its end)
        return len(_digit_label(number_first(h.title)) or ())

    sections = [h for h in style_headings + toc_headings if depth(h) >= 2]
    if len(sections) < 2:
        return style_headings
    lowest = min(prominence(h.sig, stats) for h in sections)
    return [h for h in style_headings if not (depth(h) == 1 and prominence(h.sig, stats) < lowest)]


def drop_floating_lists(style_headings: list[Heading], toc_headings: list[Heading],
                        stats: Stats) -> list[Heading]:
    """Numbered items of lists in the text, numbered or unnumbered document alike: a style whose every
    candidate carries a single number ("1.", "2)"; four or more), counting up by one and starting again
    at 1 (two sequences or more), and that no contents entry places. A heading level sits under one
    level: each sequence of sub-headings "1., 2., …" opens under a heading of the level above, the
    same style every time, once per such heading. A list sits wherever the text goes on: its
    sequences open under headings of two styles or more (after a chapter's opening text, after a
    section's), or twice under one heading (a sequence starting again at 1 inside body text). Such
    lines are list items, not headings. A sequence under no more prominent heading is the top level
    (chapters numbered again in a second part): the style is kept. The test is made on the style's
    single-numbered lines: its "2.3.1" sections (sub-sections set like the items) stay and count as
    headings an item may sit under, and one other line of the style (page 1's names) is allowed."""
    placed = {id(h) for h in toc_headings}

    def pos(h: Heading) -> tuple:
        return (h.page, min((ln.order for ln in h.lines), default=h.order))

    ordered = sorted((h for h in style_headings + toc_headings if h.sig), key=pos)
    by_sig: dict[tuple, list[int]] = defaultdict(list)
    for i, h in enumerate(ordered):
        by_sig[h.sig].append(i)
    dropped: set[int] = set()
    labels = [_digit_label(number_first(h.title)) for h in ordered]
    for sig, every in by_sig.items():
        # the style's single-numbered candidates; its multi-part numbered ones ("2.3.1") are sections
        # set like the items, and one other line (a line of names on page 1) may share the type
        idx = [i for i in every if labels[i] is not None and len(labels[i]) == 1]
        if len(idx) < 4 or len(every) - len(idx) - sum(1 for i in every if labels[i] and len(labels[i]) > 1) > 1:
            continue
        if any(id(ordered[i]) in placed for i in idx):
            continue
        nums = [labels[i][0] for i in idx]
        starts = [k for k, n in enumerate(nums) if n == 1]
        steps = sum(1 for a, b in zip(nums, nums[1:]) if b in (1, a + 1))
        if len(starts) < 2 or steps < 2 / 3 * (len(nums) - 1):
            continue
        rank = prominence(sig, stats)

        def above(j: int) -> tuple | None:  # a heading an item may sit under, by its level's key
            if prominence(ordered[j].sig, stats) > rank:
                return ordered[j].sig, 0
            if ordered[j].sig == sig and labels[j] is not None and len(labels[j]) > 1:
                return sig, len(labels[j])
            return None

        parents = []  # the closest heading above each sequence's first item (and its level's key)
        for k in starts:
            i = idx[k]
            parents.append(next(((j, above(j)) for j in range(i - 1, -1, -1) if above(j)), None))
        if None in parents:
            continue  # a sequence under no heading is the top level (chapters, or a part's)
        if len({key for _j, key in parents}) >= 2 or len({j for j, _key in parents}) < len(parents):
            dropped.update(id(ordered[i]) for i in idx)
    return [h for h in style_headings if id(h) not in dropped]


def _body_type(ln: Line, stats: Stats) -> bool:
    return ln.role == BODY and ln.font == stats.body_font and abs(ln.size - stats.body_size) < 0.6


def paragraph_gap(ordered: dict[int, list[Line]], stats: Stats) -> float | None:
    """The blank between two paragraphs of the body text (points): the most common gap between a
    line of body type and the next in reading order, also of body type, below it in its column, that
    is wider than the gap between the lines of a paragraph (the most common one) by a quarter em;
    None when the text shows no such gap. (Lines next to each other in reading order: a gap across a
    heading or a list item between them is no paragraph break.)"""
    size = stats.body_size
    gaps: Counter = Counter()
    for lines in ordered.values():
        for a, b in zip(lines, lines[1:]):
            if a.column == b.column and 0 < b.top - a.top < 3.5 * size and abs(a.x0 - b.x0) < 30 \
                    and _body_type(a, stats) and _body_type(b, stats):
                gaps[round((b.top - a.bottom) * 2) / 2] += 1
    if not gaps:
        return None
    line_gap = gaps.most_common(1)[0][0]
    wider = Counter({g: n for g, n in gaps.items() if g >= line_gap + 0.25 * size})
    if not wider or wider.most_common(1)[0][1] < 3:
        return None
    return wider.most_common(1)[0][0]


def _gap_above(ln: Line, page_lines: list[Line], stats: Stats) -> float | None:
    """The blank between a line and the body text right above it in its column (None when what is
    right above is no body text: a heading, a figure, nothing)."""
    above = None
    for o in page_lines:
        if o is ln or o.bottom > ln.top + 1 or min(o.x1, ln.x1) - max(o.x0, ln.x0) <= 0:
            continue
        if above is None or o.bottom > above.bottom:
            above = o
    if above is None or not _body_type(above, stats) or ln.top - above.bottom > 4 * stats.body_size:
        return None
    return ln.top - above.bottom


def drop_lists_at_paragraph_spacing(style_headings: list[Heading], toc_headings: list[Heading],
                                    ordered: dict[int, list[Line]], stats: Stats) -> list[Heading]:
    """Numbered items set apart from the text above as paragraphs are, not as headings are. A heading
    stands off the text before it by more than a paragraph break (it opens a part; the space above
    it is what sets it apart); the items of a list sit in the running text at its paragraph spacing.
    So a style in the body's size whose candidates carry single numbers ("1.", "2."; all but one
    line, "2.3.1" sections aside), counting up by one (two steps in three) from a "1." and placed by
    no contents entry, is a list and no heading style when most of its lines right under body text
    (two at least) stand no further from it than the document's paragraphs do from each other (a
    fifth of an em allowed) while the document's other headings stand further (by half an em); or
    when they stand closer than the headings of every other style by a quarter (a word processor
    adds an item's space above to the paragraph's space below). Where its place cannot tell (the
    document's only list, or lists that sit once under each heading of one level:
    :func:`drop_floating_lists`), the spacing does."""
    placed = {id(h) for h in toc_headings}
    size = stats.body_size
    by_sig: dict[tuple, list[Heading]] = defaultdict(list)
    for h in style_headings:
        if h.sig and h.lines:
            by_sig[h.sig].append(h)
    items_of: dict[tuple, list[Heading]] = {}
    for sig, hs in by_sig.items():
        labels = [_digit_label(number_first(h.title)) for h in hs]
        single = [h for h, lab in zip(hs, labels) if lab is not None and len(lab) == 1]
        deeper = sum(1 for lab in labels if lab is not None and len(lab) > 1)
        if len(single) < 2 or len(hs) - len(single) - deeper > 1 or any(id(h) in placed for h in single):
            continue
        if sig[0] > 1.05 * size:
            continue  # larger than the body: a heading's type (an item is set in the text's size)
        nums = [_digit_label(number_first(h.title))[0] for h in sorted(single, key=_position)]
        steps = sum(1 for a, b in zip(nums, nums[1:]) if b in (1, a + 1))
        if 1 in nums and steps >= 2 / 3 * (len(nums) - 1):  # (an item "1." run in is no candidate)
            items_of[sig] = single
    if not items_of:
        return style_headings
    para = paragraph_gap(ordered, stats)
    gap_of: dict[int, float] = {}
    for h in style_headings + toc_headings:
        if h.lines:
            g = _gap_above(h.lines[0], ordered.get(h.page, ()), stats)
            if g is not None:
                gap_of[id(h)] = g

    def median(values: list[float]) -> float:
        return sorted(values)[len(values) // 2]

    dropped: set[int] = set()
    for sig, items in items_of.items():
        mine = [gap_of[id(h)] for h in items if id(h) in gap_of]
        if len(mine) < 2:
            continue
        per_style: dict[tuple, list[float]] = defaultdict(list)
        for h in style_headings + toc_headings:
            if h.sig != sig and id(h) in gap_of:
                per_style[h.sig].append(gap_of[id(h)])
        others = [g for gs in per_style.values() for g in gs]
        if len(others) < 2:
            continue
        # at the paragraphs' spacing, where the document's headings stand further (a document that sets
        # its headings no further apart than its paragraphs says nothing by its spacing)
        at_para = (para is not None and sum(1 for g in mine if g <= para + 0.2 * size) >= 2 / 3 * len(mine)
                   and median(others) >= para + 0.5 * size)
        # or closer to the text above than the headings of every other style by a quarter (a word
        # processor adds an item's space above to the paragraph's space below, so the items stand off
        # more than paragraphs do, still well short of any heading)
        styles = [median(gs) for gs in per_style.values() if len(gs) >= 2]
        closer = bool(styles) and median(mine) <= 0.75 * min(styles)
        if at_para or closer:
            dropped.update(id(h) for h in items)
    return [h for h in style_headings if id(h) not in dropped]


def drop_one_off_lead_ins(style_headings: list[Heading], toc_headings: list[Heading],
                          stats: Stats) -> list[Heading]:
    """A line ending in a colon ("Major features and Benefits:"), in a type no other candidate of the
    document shares, set less prominently than a heading style met twice or more, is the lead-in of
    what follows it (a list, a table), not a heading: a heading names its part, it does not announce
    the next lines, and a style of one line would make a level of its own between the real ones
    (every heading below pushed a level down). Numbered lines and contents entries keep their place."""
    counts = Counter(h.sig for h in style_headings + toc_headings if h.sig)
    recurring = [prominence(s, stats) for s, n in counts.items() if n >= 2]
    placed = {id(h) for h in toc_headings}

    def lead_in(h: Heading) -> bool:
        return (bool(h.sig) and counts[h.sig] == 1 and id(h) not in placed and h.title.rstrip().endswith(":")
                and not numbering(number_first(h.title))[1]
                and any(p > prominence(h.sig, stats) for p in recurring))

    return [h for h in style_headings if not lead_in(h)]


#: A kind label opening a title, before a colon: a phrase of two to four words, the first capitalised, the
#: others in lower case ("Key message: …", "Why it matters: …", "Voices from the field: …"); a name
#: ("South Sudan: …") or a single word ("Sudan: …", "Note: …") is none.
_KIND_LABEL = re.compile(r"^\s*([A-Z][a-z]+(?:\s+[a-z]+){1,3})\s*:(?:\s+\S|\s*$)")
#: S44-6: a kind label with the box's number after it ("In focus 1.1:", "Good practice 4.2:"), or a
#: single word ("Spotlight:", "Definition:": a kind only when a box found opens with it).
_NUMBERED_KIND = re.compile(r"^\s*([A-Z][a-z]+(?:\s+[a-z]+){1,3})\s+\d{1,2}(?:\.\d{1,2}){0,2}\s*:\s+\S")
_WORD_KIND = re.compile(r"^\s*([A-Z][a-z]{2,})\s*:\s+\S")


def _box_number(title: str) -> str | None:
    """The number after a kind label before its colon ("In focus 1.1: …" -> "1.1"), else None."""
    m = _NUMBERED_KIND.match(title)
    return re.search(r"\d{1,2}(?:\.\d{1,2}){0,2}\s*:", m.group(0)).group(0).rstrip(": ") if m else None


def _kind_label(title: str, word: bool = False) -> str | None:
    """The kind label opening ``title`` (casefolded, no plural s), else None; ``word``: a single
    capitalised word too."""
    m = _NUMBERED_KIND.match(title)
    if m:
        return m.group(1).casefold().rstrip("s")
    m = _KIND_LABEL.match(title) or (_WORD_KIND.match(title) if word else None)
    if not m or numbering(number_first(title))[1]:
        return None
    return m.group(1).casefold().rstrip("s")  # "Key messages" is "Key message"'s kind


def drop_labelled_box_titles(style_headings: list[Heading], toc_headings: list[Heading],
                             stats: Stats, pages: dict[int, list[Line]] | None = None) -> list[Heading]:
    """Box titles named by their kind (docs/sections.md, S43-2): a title opening with a kind label (a
    phrase, :data:`_KIND_LABEL`) and a colon ("Key message: Safe water", "Why it matters: …") whose
    label opens another candidate too, or whose type only such labelled titles share, or one of three
    such titles or more in the document, titles a box, filled or not ("Key
    message" boxes with a rule or a bar, or nothing at all, a floated sidebar): headings of the tree
    name their part, they do not say what kind of block it is, and a kind comes back across the
    document. The line straight under such a title in its type is the title's second line. Contents
    entries and numbered titles ("Annex 2: …", "Chapter 3: …") keep their place.

    S44-4: the titles of the boxes found (``pages``: lines marked ``extra["box"]``) count among the
    labelled titles (a "Key message" box found beside a "Key message" title with no fill); and the
    second line may stand up to 1.5 of its size under the first when it is the next line read (a box
    ruled under every line sets its lines that far apart); a label may end its line ("Key messages:"
    over the title's words)."""
    placed = {id(h) for h in toc_headings}
    boxed: Counter = Counter()  # the labels of the titles of boxes found (a box's line opening with one)
    for lines in (pages or {}).values():
        for ln in lines:
            if ln.extra.get("box") and ":" in ln.text[:60]:
                label = _kind_label(" ".join(ln.text.split()), word=True)
                if label:
                    boxed[label] += 1
    labels = {}
    for h in style_headings:
        if id(h) not in placed:
            label = _kind_label(h.title)
            if label is None:  # a single word names a kind when a box found opens with it
                label = _kind_label(h.title, word=True)
                label = label if label in boxed else None
            labels[id(h)] = label
    ordered = sorted(style_headings, key=lambda h: (h.page, h.lines[0].order if h.lines else 0))

    def under(a: Heading, b: Heading) -> bool:
        gap = b.lines[0].top - a.lines[-1].bottom
        size = a.lines[-1].size
        return 0 <= gap < 0.6 * size or (0 <= gap < 1.5 * size and b.lines[0].order == a.lines[-1].order + 1)

    second = {id(b): a for a, b in zip(ordered, ordered[1:])
              if labels.get(id(a)) and not labels.get(id(b)) and id(b) not in placed and a.page == b.page
              and a.sig == b.sig and a.lines and b.lines and abs(b.lines[0].x0 - a.lines[0].x0) < 2 and under(a, b)}
    by_label = Counter(v for v in labels.values() if v)
    by_label.update(boxed)
    plain_sigs = {h.sig for h in style_headings + toc_headings if not labels.get(id(h)) and id(h) not in second}
    labelled_sigs = Counter(h.sig for h in style_headings if labels.get(id(h)))
    family = sum(by_label.values()) >= 3  # kinds of boxes met across the document
    # S45-3: a kind label with a number a heading of the document opens with ("Good practice 4.2: …"
    # in a document with "4.2 Regional Monitoring"): a part is numbered once, the second 4.2 names a
    # box of that part
    numbers = {numbering(number_first(h.title))[0].rstrip(".") for h in style_headings + toc_headings} - {""}
    owned = {id(h) for h in style_headings if labels.get(id(h)) and _box_number(h.title) in numbers}
    drop = {id(h) for h in style_headings if labels.get(id(h)) and (
        family or by_label[labels[id(h)]] >= 2 or (h.sig not in plain_sigs and labelled_sigs[h.sig] >= 2)
        or id(h) in owned)}
    drop |= {b for b, a in second.items() if id(a) in drop}
    return [h for h in style_headings if id(h) not in drop]


def drop_wrapped_float_titles(style_headings: list[Heading], toc_headings: list[Heading],
                              pages: dict[int, list[Line]] | None, stats: Stats) -> list[Heading]:
    """S45-1, a title the running text wraps round (docs/sections.md): a title set in a narrower
    measure than the text it stands in, the text's lines beside it on its start side (left of it, right
    of it in a right-to-left title) cut short of it, while the same text's lines right above and
    below the lines beside it run on across its place. Such a title heads a float (a sidebar, a
    call-out, a pull quote with a title) the text flows round, not a part of the text: a heading
    starts its part across its column, and the text of a column beside it stays in that column (a
    heading atop the second of two columns has the first column's lines beside it, which run no
    further above or below it). The text fills its measure up to the float: most of the lines beside
    the title end within two ems of it (a call-out's own short lines are no such text); the
    float's own text starts under its title (within two and a half of its size), flush with it; and no column's edge lies between the
    text cut short and the title (three lines starting there: two columns a narrow gutter apart,
    whose rows read as one line across both). Contents entries keep their place."""
    if not pages:
        return style_headings
    placed = {id(h) for h in toc_headings}
    head_lines = {id(ln) for h in style_headings + toc_headings for ln in h.lines}
    body = stats.body_size
    drop: set[int] = set()
    page_text: dict[int, list[Line]] = {}
    for h in style_headings:
        if id(h) in placed or not h.lines or h.page not in pages:
            continue
        size = max(h.lines[0].size, 1.0)
        rtl = right_to_left(h.title)
        top, bottom = h.lines[0].top, h.lines[-1].bottom
        x0 = min(ln.x0 for ln in h.lines)
        x1 = max(ln.x1 for ln in h.lines)
        if h.page not in page_text:
            page_text[h.page] = [ln for ln in pages[h.page] if ln.role in (BODY, HEADING) and ln.text.strip()]
        own = set(map(id, h.lines))
        lines = [ln for ln in page_text[h.page] if id(ln) not in own]

        def start(ln: Line) -> float:
            return ln.x1 if rtl else ln.x0

        def short_of(ln: Line) -> bool:  # ends before the title begins, half an em or more apart
            return ln.x0 > x1 + 0.5 * size if rtl else ln.x1 < x0 - 0.5 * size

        def across(ln: Line) -> bool:  # runs on two ems or more into the title's place
            return ln.x0 < x1 - 2 * body if rtl else ln.x1 > x0 + 2 * body

        beside = [ln for ln in lines if id(ln) not in head_lines and short_of(ln)
                  and abs(ln.size - body) <= 0.15 * body
                  and min(ln.bottom, bottom) - max(ln.top, top) > 0.5 * min(ln.bottom - ln.top, size)]
        if not beside:
            continue
        edge = start(beside[0])
        if any(abs(start(ln) - edge) > 2 for ln in beside):
            continue
        flow = sorted((ln for ln in lines if abs(start(ln) - edge) <= 2), key=lambda ln: ln.top)
        if not flow:
            continue
        # the run of the text's lines cut short about the title, line after line (a paragraph's gap
        # at most between them), and the lines that close it above and below
        i = min(k for k, ln in enumerate(flow) if ln in beside)
        j = max(k for k, ln in enumerate(flow) if ln in beside)
        while i > 0 and not across(flow[i - 1]) and short_of(flow[i - 1]) \
                and flow[i].top - flow[i - 1].bottom < 1.6 * body:
            i -= 1
        while j + 1 < len(flow) and not across(flow[j + 1]) and short_of(flow[j + 1]) \
                and flow[j + 1].top - flow[j].bottom < 3.5 * body:
            j += 1
        above = flow[i - 1] if i > 0 else None
        below = flow[j + 1] if j + 1 < len(flow) else None
        if above is None or below is None or not (across(above) and across(below)):
            continue
        if flow[i].top - above.bottom >= 1.6 * body or below.top - flow[j].bottom >= 3.5 * body:
            continue
        if top - flow[i].top > 3 * body:  # the float starts with the text beside it, not inside it
            continue
        # the text fills its measure up to the float: most of its lines beside the title end within
        # two ems of it (a call-out's own short lines beside a heading the text wraps round do not)
        run = flow[i:j + 1]
        gap = [(ln.x0 - x1) if rtl else (x0 - ln.x1) for ln in beside]
        if sum(1 for g in gap if g <= 2 * body) < (len(beside) + 1) // 2:
            continue
        # the float's own text under its title, flush with it
        lead = x1 if rtl else x0
        if not any(0 <= ln.top - bottom < 2.5 * size and abs(start(ln) - lead) <= 2
                   and abs(ln.size - body) <= 0.15 * body for ln in lines):
            continue
        # and no second column's edge between the text cut short and the title: three lines or more
        # starting there are a column beside the first (two columns a narrow gutter apart, their
        # rows read as one line across both above and below the title)
        inner = (min(ln.x0 for ln in run), x1) if rtl else (max(ln.x1 for ln in run), x0)
        edges = Counter(round(start(ln)) for ln in lines if abs(ln.top - top) < 15 * body
                        and (inner[1] + 2 < start(ln) < inner[0] - 1 if rtl else inner[0] + 1 < start(ln) < inner[1] - 2))
        if any(n >= 3 for n in edges.values()):
            continue
        drop.add(id(h))
    return [h for h in style_headings if id(h) not in drop]


#: A title's last word a dash after a space ("Early recovery –"): a term its text follows.
_DASH_END = re.compile(r"\s[\u2013\u2014-]\s*$")


def drop_run_in_terms(style_headings: list[Heading], toc_headings: list[Heading],
                      pages: dict[int, list[Line]] | None, stats: Stats) -> list[Heading]:
    """S45-2, a run-in term the line break left alone (docs/sections.md): a line in the body's size
    ending with a dash after a space ("Early recovery –"), the next line read right under it at the
    body's line spacing, flush with it, in the body type: the term a paragraph opens with ("Term –
    text"), broken off its text at the end of the line (set beside a float, its measure held no more),
    not a heading. A heading ends with its words, not with a dash that leads into a text. Contents
    entries keep their place."""
    if not pages:
        return style_headings
    placed = {id(h) for h in toc_headings}
    body = stats.body_size
    drop: set[int] = set()
    for h in style_headings:
        if id(h) in placed or not h.lines or h.page not in pages or not _DASH_END.search(h.title):
            continue
        last = h.lines[-1]
        if abs(last.size - body) > 0.1 * body:
            continue
        nxt = next((ln for ln in pages[h.page] if ln.order == last.order + 1), None)
        if nxt is None:
            continue
        flush = abs(nxt.x1 - last.x1) <= 1.5 if right_to_left(h.title) else abs(nxt.x0 - last.x0) <= 1.5
        if nxt is None or abs(nxt.size - body) > 0.1 * body or nxt.bold or not flush:
            continue
        if 0 <= nxt.top - last.bottom < 0.6 * body:
            drop.add(id(h))
    return [h for h in style_headings if id(h) not in drop]


def _byline(h: Heading, headings: list[Heading]) -> bool:
    """A line of the title block that lists people's names ("M. Okafor, K. Tanaka"): the authors,
    not a heading, whatever style it is set in. One name alone is a lettered heading instead when a
    heading of the document carries the letter before or after its initial ("A. Background" beside
    "B. Context")."""
    if not _BYLINE.match(h.title.strip()):
        return False
    if "," in h.title or " and " in h.title or "&" in h.title or ";" in h.title:
        return True
    letter = h.title.strip()[0]
    near = {chr(ord(letter) - 1), chr(ord(letter) + 1)}
    return not any(other is not h and _top_numeral(other.title) in near for other in headings)
_NAMES = re.compile(r"\b[A-Z]\.\s?[A-Z][a-z]+|[A-Z][a-z]+ [A-Z][a-z]+, [A-Z]")


def merge_heading_blocks(style_headings: list[Heading], ordered: dict[int, list[Line]], stats: Stats) -> list[Heading]:
    """A heading block: three headings or more stacked one under the other in one style (capitals
    aside), nothing between them but lines smaller than the body (a docket number), the last one
    followed by text, at most one of them numbered. Siblings of one style with nothing in them are
    no sections: the block is one heading, its last line (a gazette's notice: "DEPARTMENT OF
    TRANSPORTATION" / "Federal Aviation Administration" / "14 CFR Part 39" / its title), and the
    lines above it open that section as its first text."""
    by_page: dict[int, list[Heading]] = defaultdict(list)
    for h in style_headings:
        if h.lines:
            by_page[h.page].append(h)
    dropped: set[int] = set()
    for p, heads in by_page.items():
        if len(heads) < 3:
            continue
        heads.sort(key=lambda h: min(ln.order for ln in h.lines))
        page_lines = sorted((ln for ln in ordered.get(p, []) if ln.role != RUNNING and ln.text.strip()),
                            key=lambda ln: ln.order)
        orders = [ln.order for ln in page_lines]

        def between(a: Heading, b: Heading | None) -> list[Line]:
            lo = max(ln.order for ln in a.lines)
            hi = min(ln.order for ln in b.lines) if b is not None else float("inf")
            return [ln for ln in page_lines[bisect_right(orders, lo):] if ln.order < hi]

        def empty(a: Heading, b: Heading) -> bool:
            gap = between(a, b)
            return len(gap) <= 3 and all(ln.size < 0.95 * stats.body_size for ln in gap)

        def alike(a: Heading, b: Heading) -> bool:
            return bool(a.sig) and a.sig[:3] + a.sig[4:] == b.sig[:3] + b.sig[4:]

        stack: list[Heading] = []
        for i, h in enumerate(heads + [None]):  # type: ignore[list-item]
            if h is not None and stack and alike(stack[-1], h) and empty(stack[-1], h):
                stack.append(h)
                continue
            if len(stack) >= 3 and sum(1 for x in stack if x.numbered_depth) <= 1:
                last = stack[-1]
                after = between(last, h)
                if any(ln.size >= 0.95 * stats.body_size for ln in after):
                    dropped.update(id(x) for x in stack[:-1])
                    top = stack[0]
                    last.block = [ln for ln in page_lines if min(ln.order for ln in top.lines) <= ln.order
                                  < min(ln.order for ln in last.lines)]
            stack = [h] if h is not None else []
    if not dropped:
        return style_headings
    return [h for h in style_headings if id(h) not in dropped]


def _top_numeral(title: str) -> str | None:
    """The numeral of a depth-1 label without its punctuation ("1." -> "1", "A)" -> "A"), else None."""
    label, depth, _rest = numbering(number_first(title))
    return label.rstrip(".:)").strip() if depth == 1 else None


def _first_label(title: str) -> str | None:
    """The numeral of a depth-1 label ("1.", "I", "A)") when it is the first of its kind, else None."""
    core = _top_numeral(title)
    return core if core in ("1", "I", "A") else None


def _opens_sequence(h: Heading, later: list[Heading]) -> bool:
    """The heading opens a numbered sequence ("1. Call to order" followed by "2. Public comment" in its
    style): numbered sections start the body, never a title block. What matters on a one-page document
    (an agenda, a brief), where no heading style recurs on other pages to end the block."""
    first = _first_label(h.title)
    if first is None:
        return False
    second = {"1": "2", "I": "II", "A": "B"}[first]
    return any(_same_measured_style(other, h) and _top_numeral(other.title) == second for other in later)


def _same_measured_style(a: "Heading", b: "Heading") -> bool:
    """One style; on a scan the weight is measured line by line, so two scanned headings that differ
    in weight only are one style too (a chapter "1" measured regular beside a "2" measured bold)."""
    if a.sig == b.sig:
        return True
    scanned = all(h.sig and h.lines and h.lines[0].extra.get("measured") for h in (a, b))
    return scanned and a.sig[0] == b.sig[0] and a.sig[2:] == b.sig[2:]


def _masthead(title: Heading, lines: list[Line], body_size: float) -> bool:
    """A masthead above the title ("POLICY BRIEF | No. 23 | 2021"): the only text above it on the
    page is in body text's role, smaller than the body and short (a series line, a kicker), not a
    running header (those recur on other pages and are set aside before)."""
    top = min(ln.top for ln in title.lines)
    above = [ln for ln in lines if ln.bottom <= top + 1 and ln.role != RUNNING and ln.text.strip()]
    return bool(above) and all(ln.role == BODY and ln.size < body_size and word_count(ln.text) <= 12 for ln in above)


_MULTI = re.compile(r"^((?:\d{1,3}|[A-Z])(?:\.\d{1,3}){1,5})\.?\s+(\S.*)$")


def _number_parts(text: str) -> tuple[str, ...] | None:
    m = _MULTI.match(text.strip())
    return tuple(m.group(1).split(".")) if m else None


def _headings_inside_tables(
    pages: dict[int, list[Line]], headings: list[Heading], stats: Stats, first_text_page: int | None
) -> list[Heading]:
    """Two tables read as one (by the table extractor) across the heading between them: a line in a
    table box, alone on its row, with table rows above and below it, set in a larger style that heads
    at least two sections outside tables, is a heading. A table's own title row (nothing above it in
    the box) stays the table's.

    S44-1: such a heading wrapped over two or three lines — the next line in its style, flush with
    it, within a line space under it, with no other text within an em of it on its row (a float's
    text further off may share the row), after a line ending no sentence — is one
    heading (two text columns and a float read as one table gave "Safe Response and" | "Operations")."""
    sigs = Counter(h.sig for h in headings)
    out: list[Heading] = []
    for p, lines in pages.items():
        if first_text_page is not None and p < first_text_page:
            continue
        cells = [ln for ln in lines if ln.role == TABLE]
        if len(cells) < 3:
            continue
        per_row = Counter(ln.row for ln in cells)
        taken: set[int] = set()  # wrapped lines joined to the heading above them
        for ln in sorted(cells, key=lambda c: c.top):
            # (the signature last: most table lines fail a test before it)
            if id(ln) in taken or per_row[ln.row] != 1 or ln.size < 1.12 * stats.body_size or ln.mono \
                    or ln.extra.get("box"):
                continue
            sig = signature(ln)
            if sigs[sig] < 2:
                continue
            parts = [ln]
            while len(parts) < 3 and not _SENTENCE_END.search(parts[-1].text.rstrip()):
                last = parts[-1]
                nxt = [o for o in cells if o is not last and abs(o.x0 - ln.x0) <= 1
                       and -0.1 * ln.size <= o.top - last.bottom <= 0.8 * ln.size and signature(o) == sig]
                # alone on its row but for text of another column an em or more away (a float beside it)
                if len(nxt) == 1 and any(c.row == nxt[0].row and c is not nxt[0] and c.x0 < nxt[0].x1 + ln.size
                                         and c.x1 > nxt[0].x0 - ln.size for c in cells):
                    break
                if len(nxt) != 1:
                    break
                parts.append(nxt[0])
            text = " ".join(" ".join(o.text for o in parts).split())
            if (
                len(text.split()) > 12 or sum(c.isalpha() for c in text) < 2 or _SENTENCE_END.search(text)
                or (text[:1].islower() and not _IDENTIFIER.match(text))
            ):
                continue
            near = 3 * ln.size
            end = parts[-1]
            above = any(o.row != ln.row and 0 <= ln.top - o.bottom < near and o.x1 > ln.x0 and o.x0 < ln.x1 + 200
                        for o in cells)
            below = any(o.row != end.row and 0 <= o.top - end.bottom < near and o.x1 > end.x0 and o.x0 < end.x1 + 200
                        and not any(o is q for q in parts) for o in cells)
            if above and below:
                for o in parts:
                    o.role = BODY
                    taken.add(id(o))
                label, depth, rest = numbering(text)
                out.append(Heading(title=text, level=0, page=p, lines=parts, numbered_depth=depth, sig=sig))
    return out


#: A one-part label of a numbering scheme before a title: "I." / "A." / "1." / "a." / "iv." (or with
#: a closing bracket, "(a)", "b)"); the roman and letter forms are told apart by their sequence.
_SCHEME = re.compile(r"^\(?(?:([IVXLC]{1,6})|([A-Z])|(\d{1,3})|([a-z])|([ivxlc]{1,6}))[.)]\s+(?=\S)")
#: Chinese one-part labels: "一、" (sections) and "（一）" (their sub-sections), no space after them.
_CJK_SCHEME = re.compile(r"^(?:([一二三四五六七八九十]{1,3})、|[(（]([一二三四五六七八九十]{1,3})[)）])\s*(?=\S)")
_CJK_DIGITS = {c: k for k, c in enumerate("一二三四五六七八九", 1)}


def _cjk_value(numeral: str) -> int | None:
    """一 1, 十 10, 十二 12, 二十 20, 二十三 23; None for other strings."""
    tens, _ten, units = numeral.partition("十")
    if not _ten:
        return _CJK_DIGITS.get(numeral) if len(numeral) == 1 else None
    t = _CJK_DIGITS.get(tens, 0 if not tens else -1)
    u = _CJK_DIGITS.get(units, 0 if not units else -1)
    return None if t < 0 or u < 0 else 10 * (t or 1) + u
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman_value(text: str) -> int | None:
    """The value of a roman numeral written the usual way ("iv" 4), else None ("iiii", "ic")."""
    total = 0
    values = [_ROMAN_VALUES[ch] for ch in text.lower()]
    for k, v in enumerate(values):
        total += -v if k + 1 < len(values) and values[k + 1] > v else v
    return total if 0 < total < len(_ROMANS) + 1 and _ROMANS[total - 1] == text.upper() else None


def scheme_label(text: str) -> tuple[str, ...] | None:
    """The schemes a title's one-part label may belong to, each with its value: ("R", 2) for "II.",
    ("A", 3) or ("R", 100) for "C.", ("1", 4) for "4.", ("a", 1) for "(a)", ("C", 3) for "三、", ("(C)", 2)
    for "（二）"; None without such a label."""
    m = _SCHEME.match(text)
    if not m:
        c = _CJK_SCHEME.match(text)
        value = c and _cjk_value(c.group(1) or c.group(2))
        return (("C" if c.group(1) else "(C)"), value) if value else None
    upper_roman, upper, digits, lower, lower_roman = m.groups()
    if digits:
        return ("1", int(digits))
    out: list = []
    for roman, scheme in ((upper_roman, "R"), (lower_roman, "r")):
        value = _roman_value(roman) if roman else None
        if value:
            out += [scheme, value]
    letter = upper or lower or (upper_roman if upper_roman and len(upper_roman) == 1 else None) or (
        lower_roman if lower_roman and len(lower_roman) == 1 else None)
    if letter:
        out += ["A" if letter.isupper() else "a", ord(letter.lower()) - ord("a") + 1]
    return tuple(out) or None


def _schemes_in_order(items: list[tuple[tuple, object]]) -> list[tuple[str, int, object]]:
    """Each labelled item's scheme and value, in document order: a roman-looking letter ("C.", "I.")
    is a roman number when it follows the roman sequence ("I." first, or one more than the last
    roman number), else a letter."""
    out = []
    last: dict[str, int] = {}
    for label, item in items:
        options = [(label[k], label[k + 1]) for k in range(0, len(label), 2)]
        choice = None
        for scheme, value in options:
            if scheme in "Rr" and (value == 1 or last.get(scheme) == value - 1):
                choice = (scheme, value)
                break
        if choice is None:
            letters = [(sc, v) for sc, v in options if sc not in "Rr"]
            choice = letters[0] if letters else options[0]
        last[choice[0]] = choice[1]
        out.append((choice[0], choice[1], item))
    return out


def _scheme_runs(headings: list[Heading], deferred: list[tuple[int, Run]], stats: Stats) -> list[Heading]:
    """A numbered title over a list set in ("A. Mesure du pH" over bulleted lines) looks like a
    definition term; it is a heading when headings of its style carry labels of its numbering scheme
    and its label follows the one before it in that style and scheme (or starts the sequence)."""
    if not deferred:
        return []
    def pos(item) -> tuple:
        return (item.page, item.first.order) if isinstance(item, Run) else (item.page, item.lines[0].order)
    items = [(label, h) for h in headings if h.lines for label in (scheme_label(h.title),) if label]
    items += [(label, r) for p, r in deferred for label in (scheme_label(" ".join(r.text.split())),) if label]
    items.sort(key=lambda it: pos(it[1]))
    seen: set = set()
    ordered = []
    for scheme, value, item in _schemes_in_order(items):
        sig = signature(item.first if isinstance(item, Run) else item.lines[0])
        ordered.append((scheme, value, sig, item))
        if isinstance(item, Heading):
            seen.add((sig, scheme))
    out = []
    last: dict[tuple, int] = {}
    for scheme, value, sig, item in ordered:
        key = (sig, scheme)
        if isinstance(item, Run) and key in seen and (value == 1 or last.get(key) == value - 1) \
                and _standalone(item, stats) and not item.first.mono and len(item.lines) <= 2:
            lines = _title_lines(item, stats)
            title = " ".join(" ".join(ln.text for ln in lines).split())
            out.append(Heading(title=title, level=0, page=item.page, lines=lines,
                               numbered_depth=numbering(number_first(title))[1], sig=sig))
        last[key] = value
    return out


def scheme_depths(headings: list[Heading]) -> None:
    """Headings numbered in several one-part schemes ("I." / "A." / "1." / "a."), each sequence
    starting again under the headings of the schemes before it: the schemes are levels in the order
    they first appear (I. 1, A. 2, 1. 3, a. 4). A scheme is nested only when its sequence starts
    again (its first value twice or more) and a heading of an earlier scheme comes before each new
    start; a sequence that never starts again (appendices "A.", "B." after chapters "1.", "2.") is no
    level below the one before it. Not in documents with multi-part numbers ("2.3")."""
    hs = sorted((h for h in headings if h.lines), key=lambda h: (h.page, h.lines[0].order))
    if any(numbering(number_first(h.title))[1] >= 2 for h in hs):
        return
    items = [(label, h) for h in hs for label in (scheme_label(h.title),) if label]
    if len(items) < 4:
        return
    ordered = _schemes_in_order(items)
    first_seen: dict[str, int] = {}
    for k, (scheme, _value, _h) in enumerate(ordered):
        first_seen.setdefault(scheme, k)
    ranked: list[str] = []
    for scheme in sorted(first_seen, key=first_seen.get):
        mine = [k for k, (sc, _v, _h) in enumerate(ordered) if sc == scheme]
        if len(mine) < 2:
            continue
        if ranked:
            starts = [k for k in mine if ordered[k][1] == 1]
            earlier = set(ranked)
            prev_end = -1
            ok = len(starts) >= 2
            for k in starts:
                if ok and not any(ordered[j][0] in earlier for j in range(prev_end + 1, k)):
                    ok = False
                prev_end = k
            # each run of the scheme under a heading of an earlier one counts from its first value
            # ("a)", "b)" under "(1)"): runs that start further on ("c)" alone after "(2)"), more
            # than a quarter of them, show two ways of labelling one level, not a level below
            context = [(sc, v) for sc, v, _h in ordered if sc in earlier or sc == scheme]
            runs = off = 0
            for (sc0, v0), (sc1, v1) in zip([("", 0)] + context, context):
                if sc1 == scheme and sc0 != scheme:
                    runs += 1
                    off += v1 != 1
                elif sc1 == scheme and v1 != v0 + 1:
                    off += 1
            if not ok or 4 * off > runs:
                continue
        ranked.append(scheme)
    if len(ranked) < 2:
        return
    rank = {scheme: k + 1 for k, scheme in enumerate(ranked)}
    for scheme, _value, h in ordered:
        if scheme in rank:
            h.numbered_depth = rank[scheme]
            h.scheme = True  # type: ignore[attr-defined]


def add_numbered_sequence(
    headings: list[Heading], runs_by_page: dict[int, list[Run]], stats: Stats, first_text_page: int | None
) -> list[Heading]:
    """Headings set like body text but numbered in the document's scheme ("3.1.1 Unix" after the
    heading "3.1 …"): a short standalone line whose multi-level number extends the current heading's
    number or follows the previous one is a heading too, at the level its depth gives."""
    numbered = [(h, _number_parts(h.title)) for h in headings]
    offsets = Counter(h.level - len(parts) for h, parts in numbered if parts)
    if not offsets:
        return headings
    offset = offsets.most_common(1)[0][0]
    known = {id(ln) for h in headings for ln in h.lines}
    by_page: dict[int, list[Heading]] = defaultdict(list)
    for h in headings:
        by_page[h.page].append(h)
    out = list(headings)
    last: tuple[str, ...] | None = None
    for p in sorted(runs_by_page):
        if first_text_page is not None and p < first_text_page:
            continue
        page_heads = {id(h.lines[0]): h for h in by_page.get(p, []) if h.lines}
        for run in runs_by_page[p]:
            h = page_heads.get(id(run.first))
            if h is not None:
                last = _number_parts(h.title) or last
                continue
            if id(run.first) in known:
                continue
            first = run.first
            text = " ".join(first.text.split())
            parts = _number_parts(text)
            if parts is None or last is None or len(text.split()) > 14 or _SENTENCE_END.search(text):
                continue
            if first.mono:
                continue
            if len(run.lines) > 1 and first.x1 > run.lines[1].x1 - 3 * stats.body_size:
                continue  # a full line running on into the next: a numbered paragraph
            follows = (
                parts[:-1] == last  # first child: 3.1 -> 3.1.1
                or (len(parts) <= len(last) and parts[:-1] == last[: len(parts) - 1]
                    and parts[-1].isdigit() and last[len(parts) - 1].isdigit()
                    and int(parts[-1]) == int(last[len(parts) - 1]) + 1)  # next sibling at some depth
            )
            if not follows:
                continue
            if run.gap_above < 0.5 * stats.pitch and run.prev is not None and run.prev.page == p:
                continue  # glued to the text above: a numbered list item, not a heading
            new = Heading(title=text, level=max(1, min(len(parts) + offset, 9)), page=p,
                          lines=[first], source="numbering", numbered_depth=len(parts))
            out.append(new)
            known.add(id(first))
            last = parts
    return out


_ROMAN_HEAD = re.compile(r"^([IVXL]{1,5})\.\s+(\S.{0,80})$")
_ROMAN_LETTERS = frozenset("IVXL")  # what a text _ROMAN_HEAD matches starts with
_ROMAN_WORD = re.compile(r"[IVXL]{1,5}\.\Z")  # and its first word (the text's words are set one space apart)
_LETTER_HEAD = re.compile(r"^([A-Z])\.\s+(\S.{0,80})$")
_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
           "XVI", "XVII", "XVIII", "XIX", "XX"]


def _standalone(run: Run, stats: Stats, numbered_title: str | None = None) -> bool:
    """Set apart from the text above it (or first in its column) and not a sentence. A numbered
    title of at most twelve words may end with a stop, as :func:`candidate_reason` allows it."""
    text = numbered_title or run.text
    if any(q in text for q in "“”\""):
        return False
    if _SENTENCE_END.search(text) and not (numbered_title and len(text.split()) <= 12 and text.endswith(".")):
        return False
    above = run.prev is None or run.prev.page != run.first.page or run.prev.column != run.first.column
    return above or run.gap_above >= 0.5 * stats.pitch


def add_roman_sequence(
    headings: list[Heading], runs_by_page: dict[int, list[Run]], stats: Stats, first_text_page: int | None
) -> list[Heading]:
    """Sections numbered "I.", "II.", "III." … with sub-sections "A.", "B." … (the style of many
    papers), set in capitals or small capitals at body size or below, so no style rule sees them: a
    standalone short line whose roman number follows the previous one is a level-1 heading when the
    sequence runs from I to at least III; when those are set in capitals, unnumbered standalone lines
    in the same capitals style after them ("REFERENCES", "APPENDIX A") are level 1 too; a standalone "A. Title" line whose letter follows
    the previous one (from A after each level-1 heading) is level 2."""
    if any(_ROMAN_HEAD.match(h.title) for h in headings):
        return headings  # the style rules found them
    known = {id(ln) for h in headings for ln in h.lines}
    runs = [(p, r) for p in sorted(runs_by_page) if first_text_page is None or p >= first_text_page
            for r in runs_by_page[p] if id(r.first) not in known]
    romans: list[tuple[int, Run]] = []
    for p, run in runs:
        # the run's text starts with its first line's first word (after spaces): most runs do not
        # start with a roman number and its stop alone ("IV."), and their text need not be made
        for ln in run.lines:
            t = ln.text.lstrip()
            if t:
                break
        else:
            continue
        if t[0] not in _ROMAN_LETTERS or not _ROMAN_WORD.match(t[:7].split(None, 1)[0]):
            continue
        m = _ROMAN_HEAD.match(" ".join(run.text.split()))
        if not m or len(run.lines) > 2 or run.first.mono or len(m.group(2).split()) > 10:
            continue
        letters = [c for c in m.group(2) if c.isalpha()]
        if not letters or not (all(c.isupper() for c in letters) or m.group(2)[:1].isupper()):
            continue
        expected = _ROMANS[len(romans)] if len(romans) < len(_ROMANS) else None
        if m.group(1) == expected and _standalone(run, stats):
            romans.append((p, run))
    if len(romans) < 3:
        return headings
    style = romans[0][1].first
    roman_ids = {id(r.first) for _, r in romans}
    first_roman = (romans[0][0], romans[0][1].first.order)
    out = list(headings)
    letter = 0
    for p, run in runs:
        if (p, run.first.order) < first_roman:
            continue
        text = " ".join(run.text.split())
        level = 0
        if id(run.first) in roman_ids:
            level = 1
        elif (
            len(run.lines) <= 2 and run.first.caps and style.caps and run.first.family == style.family
            and abs(run.first.size - style.size) <= 0.3
            and text[:1].isalpha() and re.search(r"[^\W\d_]{3}", text)
            and run.first.bold == style.bold and len(text.split()) <= 8 and _standalone(run, stats)
            and not run.first.mono
        ):
            level = 1  # "REFERENCES", "APPENDIX A" in the sections' style
        else:
            m = _LETTER_HEAD.match(text)
            if (
                m and len(run.lines) == 1 and ord(m.group(1)) - ord("A") == letter and len(m.group(2).split()) <= 8
                and m.group(2)[:1].isupper() and _standalone(run, stats)
                and not run.first.mono
            ):
                level = 2
                letter += 1
        if level == 1:
            letter = 0
        if level:
            out.append(Heading(title=text, level=level, page=p, lines=list(run.lines), source="numbering",
                               numbered_depth=level))
    return out


def _digit_label(text: str) -> tuple[int, ...] | None:
    """(4,) for "4. Title", (2, 3) for "2.3 Title"; None for other numbering or none."""
    label, depth, rest = numbering(text)
    parts = label.rstrip(".").split(".")
    return tuple(int(x) for x in parts) if depth and rest.strip() and all(x.isdigit() for x in parts) else None


def _title_lines(run: Run, stats: Stats) -> list[Line]:
    """A numbered title's own lines: those starting where it starts, or hung under its number within
    three ems (not a centred line below it)."""
    first = run.first
    lines = [first]
    for ln in run.lines[1:]:
        if not -stats.body_size <= ln.x0 - first.x0 <= max(stats.body_size, 3 * first.size):
            break
        lines.append(ln)
    return lines


def fill_numbered_gaps(headings: list[Heading], runs_by_page: dict[int, list[Run]], stats: Stats) -> list[Heading]:
    """A heading missing from its own numbering: between the headings numbered "3." and "5." (or
    "2.3" and "2.5"), a standalone run numbered "4." in the style of either neighbour (size, weight,
    family) is a heading at that neighbour's level, whatever rule set it aside (a centred line below it
    made it look like a definition term). Only a gap of one, closed on both sides."""
    numbered = sorted((((h.page, h.lines[0].order), h, _digit_label(h.title)) for h in headings if h.lines),
                      key=lambda item: item[0])
    numbered = [(pos, h, n) for pos, h, n in numbered if n]
    known = {id(ln) for h in headings for ln in h.lines}
    out = list(headings)
    for (pos_a, a, na), (pos_b, b, nb) in zip(numbered, numbered[1:]):
        if len(na) != len(nb) or na[:-1] != nb[:-1] or nb[-1] - na[-1] != 2:
            continue
        want = na[:-1] + (na[-1] + 1,)
        styles = [(h.lines[0].size, h.lines[0].bold, h.lines[0].family) for h in (a, b)]
        for p in range(pos_a[0], pos_b[0] + 1):
            found = None
            for run in runs_by_page.get(p, []):
                if not pos_a < (p, run.first.order) < pos_b or id(run.first) in known or len(run.lines) > 3:
                    continue
                first = run.first
                lines = _title_lines(run, stats)
                text = " ".join(" ".join(ln.text for ln in lines).split())
                if (_digit_label(text) == want and _standalone(run, stats, numbered_title=text) and not first.mono
                        and any(abs(first.size - size) <= 0.5 and first.bold == bold and first.family == family
                                for size, bold, family in styles)):
                    found = Heading(title=text, level=a.level, page=p, lines=lines, source="numbering",
                                    numbered_depth=len(want))
                    break
            if found is not None:
                out.append(found)
                known.update(id(ln) for ln in found.lines)
                break
    return out


def attach_labels(headings: list[Heading], runs_by_page: dict[int, list[Run]], stats: Stats) -> list[Heading]:
    """A label printed on its own line above a heading ("Chapter 1", "CHAPTER" / "ONE", "Part II",
    "3") becomes part of that heading; a heading made only of such a label is dropped."""
    owner = {id(h.lines[0]): h for h in headings if h.lines}
    absorbed: set[int] = set()
    for p, runs in runs_by_page.items():
        index = {id(r.first): i for i, r in enumerate(runs)}
        for r_i, run in enumerate(runs):
            h = owner.get(id(run.first))
            if h is None or getattr(h, "_labelled", False):
                continue
            labels = []
            j = r_i - 1
            top = run.first.top
            while j >= 0:
                cand = runs[j]
                if (
                    len(cand.lines) == 1
                    and _LABEL_ONLY.match(cand.text)
                    and distinct_style(cand.first, stats)
                    and 0 <= top - cand.lines[-1].bottom < 5 * max(cand.first.size, run.first.size)
                ):
                    labels.insert(0, cand)
                    top = cand.first.top
                    j -= 1
                else:
                    break
            if not labels:
                continue
            label = " ".join(r.text for r in labels)
            first_word = label.split()[0]
            sep = ": " if re.match(rf"^(?:{LABEL_WORDS})$", first_word, re.IGNORECASE) and not label.endswith(":") else " "
            if normalise_title(h.title) and not numbering(h.title)[0]:
                h.title = f"{label}{sep}{h.title}"
            h.lines = [ln for r in labels for ln in r.lines] + h.lines
            h._labelled = True  # type: ignore[attr-defined]
            for r in labels:
                absorbed.add(id(r.first))
        del index
    return [h for h in headings if not (h.lines and id(h.lines[0]) in absorbed and not getattr(h, "_labelled", False))]


def _finish(h: Heading) -> None:
    for ln in h.lines:
        ln.role = HEADING
    h.top = min(ln.top for ln in h.lines)
    h.bbox = (
        round(min(ln.x0 for ln in h.lines), 2),
        round(h.top, 2),
        round(max(ln.x1 for ln in h.lines), 2),
        round(max(ln.bottom for ln in h.lines), 2),
    )
    h.order = min(ln.order for ln in h.lines + h.block)


def _levels_of_a_flat_contents(toc_headings: list[Heading], stats: Stats) -> None:
    """A contents that lists every entry alike (one level: one size, weight and indent) says nothing
    of the levels. When the headings it names are set in the body in two styles or more, each style
    heading two sections or more and none as prominent as another, the styles' order of prominence
    gives the levels (chapters at 22 pt and sections at 15 pt, all listed flush left in one type).
    Born-digital pages only: a scan's measured sizes may split one style."""
    if len(toc_headings) < 4 or len({h.level for h in toc_headings}) != 1:
        return
    if any(ln.extra.get("measured") for h in toc_headings for ln in h.lines):
        return
    counts = Counter(h.sig for h in toc_headings)
    ranked = sorted(counts, key=lambda s: prominence(s, stats), reverse=True)
    if len(ranked) < 2 or min(counts.values()) < 2 or len({prominence(s, stats) for s in ranked}) < len(ranked):
        return
    for h in toc_headings:
        h.level = ranked.index(h.sig) + 1


def _levels_with_toc(toc_headings: list[Heading], style_headings: list[Heading], stats: Stats,
                     entry_keys: list[str] = ()) -> list[Heading]:
    """Levels when a printed table of contents placed some headings: their styles keep the TOC's
    levels; other heading styles (deeper levels the TOC leaves out) go below the closest more
    prominent known style, in order of prominence."""
    numbered_toc = sum(1 for h in toc_headings if h.numbered_depth) >= 0.5 * len(toc_headings)
    lost_top = numbered_toc and _scanned_contents_lost_top(toc_headings)
    by_sig: dict[tuple, Counter] = defaultdict(Counter)
    for h in toc_headings:
        by_sig[h.sig][h.level] += 1
    sig_level = {s: c.most_common(1)[0][0] for s, c in by_sig.items()}
    max_level = max(sig_level.values())
    out = list(toc_headings)
    unseen: dict[tuple, list[Heading]] = defaultdict(list)
    unnumbered_sigs = {h.sig for h in toc_headings if not h.numbered_depth}
    toc_keys = {h.key for h in toc_headings}
    recurring = Counter(h.key for h in style_headings)
    matter = _front_back_matter(toc_headings, style_headings) if numbered_toc else set()
    for h in style_headings:
        if numbered_toc and not h.numbered_depth:
            # In a numbered document an unnumbered line is a heading only in a style the TOC also
            # uses unnumbered, or as front or back matter in the chapters' style, and not when it
            # is a label that comes back again and again ("Note").
            if (h.sig not in unnumbered_sigs and id(h) not in matter) or (recurring[h.key] >= 3 and h.key not in toc_keys):
                continue
        if h.sig in sig_level:
            h.level = sig_level[h.sig]
            h.source = "style+toc"
            out.append(h)
        else:
            unseen[h.sig].append(h)
    _deeper_than_the_contents(toc_headings, out, sig_level, entry_keys)
    accepted: dict[tuple, list[Heading]] = {}
    top = min(sig_level.values())
    for sig, hs in unseen.items():
        if not any(prominence(s, stats) > prominence(sig, stats) for s in sig_level):
            if lost_top:
                # the level the scanned contents lost: headings numbered above its top ("3" over "3.1")
                for h in hs:
                    label = _digit_label(h.title)
                    if label is not None and len(label) < top:
                        h.level = len(label)
                        h.source = "style+toc"
                        out.append(h)
            continue  # more prominent than every TOC style: a title, a cover, a part page
        if numbered_toc:
            hs = [h for h in hs if h.numbered_depth]
        elif len(hs) < 2 or len({h.page for h in hs}) < 2:
            continue  # a one-off style (a signature, a label) is not a heading level
        if hs:
            accepted[sig] = hs
    levels = dict(sig_level)
    for sig in sorted(set(sig_level) | set(accepted), key=lambda s: prominence(s, stats), reverse=True):
        if sig in sig_level:
            continue
        more = [s for s in levels if prominence(s, stats) > prominence(sig, stats)]
        closest = min(more, key=lambda s: prominence(s, stats))
        same = [s for s in levels if prominence(s, stats) == prominence(sig, stats)]
        # A style as prominent as one the contents list, in another family, that the contents leave
        # out is one level deeper (a serif sub-heading under a sans heading of the same size).
        levels[sig] = levels[same[0]] + 1 if same else levels[closest] + 1
        # So is one set exactly like a listed style but for its colour whose headings come after a
        # heading of that style (sub-sections in the accent colour under sections in black: the
        # colour's prominence would rank them above the sections they belong to).
        twin = _colour_twin(sig, accepted[sig], sig_level, out)
        if twin is not None:
            levels[sig] = sig_level[twin] + 1
        if levels[sig] > max_level + 3:
            continue
        for h in accepted[sig]:
            h.level = min(levels[sig], 9)
            h.source = "style+toc"
            out.append(h)
    if numbered_toc:
        out += _unnumbered_subsections(out, style_headings, stats)
        _levels_from_numbering(toc_headings, out)
    return out


def _colour_twin(sig: tuple, hs: list[Heading], sig_level: dict[tuple, int], placed: list[Heading]) -> tuple | None:
    """The style the contents list that ``sig`` (a style they leave out) copies in all but colour,
    when most of its headings (three in four, two at least) come right after a heading of that
    style or of their own (the closest heading before them in another style is of that style): a
    colour that tells sub-sections from sections. None otherwise."""
    twins = [s for s in sig_level if s[:5] == sig[:5] and s[5] != sig[5]]
    if len(twins) != 1 or len(hs) < 2:
        return None
    twin = twins[0]
    ordered = sorted(placed + hs, key=_position)
    after = 0
    for i, h in enumerate(ordered):
        if h.sig != sig:
            continue
        before = next((o for o in reversed(ordered[:i]) if o.sig != sig), None)
        after += before is not None and before.sig == twin
    return twin if after >= max(2, 0.75 * len(hs)) else None


def _deeper_than_the_contents(toc_headings: list[Heading], placed: list[Heading], sig_level: dict[tuple, int],
                              entry_keys: list[str]) -> None:
    """A contents of two levels or more stops at a depth: headings in the style of its deepest level
    that it leaves out, each coming after a listed heading of that level with no other heading
    between, in no entry of the contents (placed or not), are one level deeper (sub-sections set
    like the sections: LibreOffice gives a Chinese or Arabic document's headings one fallback font,
    whatever family their style asks for). Two such headings at least, under a quarter of the listed
    headings of that level at least (a few in a row may be sections the contents missed); not after
    the last listed heading when the contents stopped short."""
    deepest = max(sig_level.values())
    if deepest < 2 or len({h.level for h in toc_headings}) < 2:
        return

    def pos(h: Heading) -> tuple:
        return (h.page, min((ln.order for ln in h.lines), default=0))

    # (an entry the contents hold but did not place, or glued to the entry above, still lists it)
    cands = [h for h in placed if h.source == "style+toc" and sig_level.get(h.sig) == deepest
             and h.key and not any(h.key in k or k in h.key for k in entry_keys)]
    taken = set(map(id, cands))
    # the headings around them: the listed ones and those set in a style the contents list at
    # another level (a chapter the contents name but that was not placed)
    others = sorted((h for h in placed if id(h) not in taken), key=pos)
    starts = [pos(h) for h in others]
    listed = set(map(id, toc_headings))
    # the contents stopped short (a lost column or page) when a heading of a shallower listed style
    # comes after its last entry unlisted: after that entry nothing is told
    last = max(pos(h) for h in toc_headings)
    cut = any(id(h) not in listed and pos(h) > last and sig_level.get(h.sig, deepest) < deepest for h in placed)
    left_out = []
    parents = set()
    for h in cands:
        i = bisect_right(starts, pos(h)) - 1
        if (pos(h) < last or not cut) and i >= 0 and id(others[i]) in listed and others[i].level == deepest and others[i].sig == h.sig:
            left_out.append(h)
            parents.add(id(others[i]))
    # under a quarter of the listed headings of that level at least, two at least: a pattern of the
    # document, not a few entries the contents lost in a row
    heads = sum(1 for h in toc_headings if h.level == deepest)
    if len(left_out) >= 2 and len(parents) >= max(2, heads / 4):
        for h in left_out:
            h.level = min(deepest + 1, 9)


def _scanned_contents_lost_top(toc_headings: list[Heading]) -> bool:
    """On a contents read by OCR whose numbered entries' levels follow their numbering depth at a
    negative offset ("1.1" at level 1, "1.1.1" at level 2: at least 80% of them, at least three), the
    rows of the top level were lost (chapter rows garbled, or set in a style OCR read as headings
    of the contents page): a multi-part number names its parent, so the numbered entries take their
    depth as level and the unnumbered ones move down as much. Returns whether levels moved."""
    placed = [h for h in toc_headings if h.numbered_depth]
    if len(placed) < 3 or not all(h.lines and h.lines[0].extra.get("measured") for h in toc_headings):
        return False
    offset, n = Counter(h.level - h.numbered_depth for h in placed).most_common(1)[0]
    if offset >= 0 or n < 0.8 * len(placed):
        return False
    for h in toc_headings:
        h.level = h.numbered_depth if h.numbered_depth else h.level - offset
    return True


def _front_back_matter(toc_headings: list[Heading], style_headings: list[Heading]) -> set[int]:
    """Ids of the unnumbered headings of a numbered document set in its chapters' style (the style
    of most depth-1 numbered headings) before its first chapter or after its last: front and back
    matter ("Abstract", "References"). They are headings also when the contents list no unnumbered
    entry in that style (on a scan the contents' last rows can be lost)."""

    def pos(h: Heading) -> tuple:
        return (h.page, min((ln.order for ln in h.lines), default=0))

    chapters = [h for h in toc_headings + style_headings if h.numbered_depth == 1]
    if len(chapters) < 2:
        return set()
    sig = Counter(h.sig for h in chapters).most_common(1)[0][0]
    spans = [pos(h) for h in chapters if h.sig == sig]
    first, last = min(spans), max(spans)
    # (not the contents' own title: manuals' bookmarks leave it out, reports' own lists keep it)
    matter = {id(h) for h in style_headings
              if not h.numbered_depth and h.sig == sig and not first <= pos(h) <= last and not is_contents_title(h.title)}
    if matter:
        matter |= {id(h) for h in style_headings if _scanned_contents_title(h, sig, first)}
    return matter


def _scanned_contents_title(h: Heading, sig: tuple, first: tuple) -> bool:
    """On a scan, the contents' own title in the chapters' style before the first chapter, in a
    document with other unnumbered headings in that style before or after its chapters: a report that
    lists its contents as it lists "Abstract" or "References". On a born-digital page the contents'
    unnumbered rows in that style tell so; on a scan OCR often loses or garbles those rows (the last
    of a contents), and the contents' title was left out."""
    return (not h.numbered_depth and h.sig == sig and (h.page, min((ln.order for ln in h.lines), default=0)) < first
            and is_contents_title(h.title) and bool(h.lines) and bool(h.lines[0].extra.get("measured")))


def _levels_from_numbering(toc_headings: list[Heading], headings: list[Heading]) -> None:
    """When the contents' levels follow the numbering depth ("2.1" at level 2, "2.1.1" at level 3: at
    least 80% of the numbered entries placed, at one offset), the numbering depth gives the level of
    every numbered heading, also where one style serves several levels or the contents stop at a
    depth."""
    placed = [h for h in toc_headings if h.numbered_depth]
    if len(placed) < 3:
        return
    offset, n = Counter(h.level - h.numbered_depth for h in placed).most_common(1)[0]
    if n < 0.8 * len(placed):
        return
    for h in headings:
        if h.numbered_depth and h.source != "toc":
            h.level = max(1, min(h.numbered_depth + offset, 9))


def _unnumbered_subsections(placed: list[Heading], style_headings: list[Heading], stats: Stats) -> list[Heading]:
    """In a numbered document, a top-level numbered section with no numbered sub-section ("Annex A",
    "Appendix B") may have sub-headings of its own, unnumbered: the most prominent style that comes
    back at least three times among its unnumbered candidates (once, when it is the numbered sections'
    style), less prominent than its heading, gives them, one level below it (not labels of a list
    sharing their first word, "Default: 10pt")."""

    def pos(h: Heading) -> tuple:
        return (h.page, min((ln.order for ln in h.lines), default=0))

    ordered = sorted(placed, key=pos)
    taken = {id(h) for h in placed}
    # the style of the numbered sections ("1.1 Background"), set for one level below a chapter: one
    # unnumbered line in it under an annex is that annex's sub-heading
    section_sigs = {h.sig for h in placed if h.numbered_depth == 2}
    out: list[Heading] = []
    for i, head in enumerate(ordered):
        if head.numbered_depth != 1:
            continue
        j = next((k for k in range(i + 1, len(ordered)) if ordered[k].level <= head.level), len(ordered))
        if any(h.numbered_depth for h in ordered[i + 1:j]):
            continue  # the numbering goes on inside: unnumbered lines there are not its sub-sections
        start, end = pos(head), (pos(ordered[j]) if j < len(ordered) else (10**9, 0))
        cands = [h for h in style_headings if id(h) not in taken and not h.numbered_depth and start < pos(h) < end
                 and prominence(h.sig, stats) < prominence(head.sig, stats)]
        counts = Counter(h.sig for h in cands)
        # labels of a list ("Default: 10pt", "Default: black") share their first word: not sub-headings
        firsts = Counter((h.sig, h.title.split()[0].casefold()) for h in cands if h.title.split())
        styles = [sig for sig, n in counts.items()
                  if (n >= 3 or sig in section_sigs)
                  and (n == 1 or max(m for (s2, _), m in firsts.items() if s2 == sig) <= n / 2)]
        if not styles:
            continue
        best = max(styles, key=lambda sig: prominence(sig, stats))
        for h in cands:
            if h.sig == best:
                h.level = min(head.level + 1, 9)
                h.source = "style+toc"
                out.append(h)
    return out


def _levels_by_style(headings: list[Heading], stats: Stats) -> list[Heading]:
    if not headings:
        return []
    sigs = Counter(h.sig for h in headings)
    order = sorted(sigs, key=lambda s: prominence(s, stats), reverse=True)
    numbered = [h for h in headings if h.numbered_depth]
    numbered_doc = len(numbered) >= max(2, 0.4 * len(headings))
    sig_level: dict[tuple, int] = {}
    if numbered_doc:
        depth_by_sig: dict[tuple, Counter] = defaultdict(Counter)
        count_by_sig: Counter = Counter()
        for h in headings:
            count_by_sig[h.sig] += 1
            if h.numbered_depth:
                depth_by_sig[h.sig][h.numbered_depth] += 1
        for s in order:
            c = depth_by_sig.get(s)
            if c and sum(c.values()) >= 0.5 * count_by_sig[s]:
                sig_level[s] = c.most_common(1)[0][0]
        # Unnumbered styles more prominent than depth-1 numbered ones that recur (parts) push the
        # numbered levels down by one.
        shift = 0
        depth1 = [s for s, lv in sig_level.items() if lv == 1]
        if depth1:
            top1 = max(prominence(s, stats) for s in depth1)
            # a part opens before its first chapter: a larger style first met after the first chapter
            # (a "further reading" section between chapters) is no part over them
            first_at: dict[tuple, tuple] = {}
            for h in sorted(headings, key=_position):
                first_at.setdefault(h.sig, _position(h))
            first_chapter = min(first_at[s] for s in depth1)
            above = [s for s in order if s not in sig_level and prominence(s, stats) > top1 and sigs[s] >= 2
                     and first_at[s] < first_chapter]
            if above:
                shift = 1
        for s in list(sig_level):
            sig_level[s] += shift
        for s in order:
            if s in sig_level:
                continue
            more = [sig_level[t] for t in order if t in sig_level and prominence(t, stats) > prominence(s, stats)]
            sig_level[s] = (max(more) + 1) if more else 1
        for h in headings:
            if h.numbered_depth and (h.sig not in sig_level or abs(h.numbered_depth + shift - sig_level[h.sig]) <= 2):
                h.level = h.numbered_depth + shift
            else:
                h.level = sig_level[h.sig]
    else:
        # Merge signatures of the same prominence into one level. A style of one scanned heading
        # makes no level of its own: its size and weight are measured, its italic, face and colour
        # lost, so a call-out or box line read so is no level above or between the recurring ones.
        once = {h.sig for h in headings if sigs[h.sig] == 1 and h.lines and h.lines[0].extra.get("measured")}
        levels: dict[tuple, int] = {}
        level = 0
        prev = None
        for s in order:
            p = prominence(s, stats)[:3]
            if s in once and p != prev:
                levels[s] = level + 1 if level else 1
                continue
            if p != prev:
                level += 1
                prev = p
            levels[s] = level
        _split_by_family(headings, levels)
        _split_by_family(headings, levels, 5)  # one size, weight and face, told apart by colour
        # one type in all, told apart by a rule drawn under one of them
        ruled = {h.sig + (_ruled(h),): levels[h.sig] for h in headings}
        if len(ruled) > len(levels):
            _split_by_family(headings, ruled, 6, key=lambda h: h.sig + (_ruled(h),))
        for h in headings:
            h.level = ruled[h.sig + (_ruled(h),)]
    for h in headings:
        h.level = max(1, min(h.level, 9))
    close_level_gaps(headings)
    return headings


def _position(h: Heading) -> tuple:
    return (h.page, min((ln.order for ln in h.lines), default=0))


def close_level_gaps(headings: list[Heading]) -> None:
    """No level is skipped: a style (at one level) whose every heading sits two levels or more below
    the heading it falls under (the closest heading before it at a higher level, or the document)
    moves up to one level below it ("(a) Comments Due Date" at level 3 under a level-1 "PART 39—…",
    the levels between never used there). A multi-part number ("2.3") keeps the level it gives."""
    ordered = sorted(headings, key=_position)
    firm = {id(h) for h in ordered if numbering(number_first(h.title))[1] >= 2}
    for _ in range(9):
        gaps: dict[tuple, int] = {}
        stack: list[int] = []
        for h in ordered:
            while stack and stack[-1] >= h.level:
                stack.pop()
            gap = h.level - (stack[-1] if stack else 0) - 1
            key = (h.sig, h.level)
            gaps[key] = 0 if id(h) in firm else min(gaps.get(key, gap), gap)
            stack.append(h.level)
        lift = {key: gap for key, gap in gaps.items() if gap > 0}
        if not lift:
            return
        for h in ordered:
            h.level -= lift.get((h.sig, h.level), 0)


def _ruled(h: Heading) -> bool:
    """A rule is drawn right under the heading's last line (see ``mark_rules_under``)."""
    return bool(h.lines) and bool(h.lines[-1].extra.get("ruled"))


def _split_by_family(headings: list[Heading], levels: dict[tuple, int], index: int = 4, key=None) -> None:
    """Two heading styles alike in size, weight and capitals but in two font families (a sans and a
    serif heading of one size; ``index`` 5: in two colours, an accent colour and black) are one level
    unless their order says otherwise: when, within every section of the level above, the headings of
    one family come only after a heading of the other (never first), in two sections or more, they
    are its sub-headings: one level deeper (and the levels below it one deeper too). Where one section
    only is above them (the document, or one title over everything), two headings of the first family
    each followed by headings of the other, twice as many, will do. ``key``: the key of a heading in
    ``levels`` (its signature unless given)."""
    key = key or (lambda h: h.sig)
    ordered = sorted(headings, key=lambda h: (h.page, min((ln.order for ln in h.lines), default=0)))
    level = 1
    while level <= max(levels.values(), default=0):
        sigs = [s for s in levels if levels[s] == level]
        families = list(dict.fromkeys(s[index] for s in sigs))
        deeper = None
        for a in families:
            for b in families:
                if a == b:
                    continue
                seen_a = nested = False
                parents_with_b = 0
                ok = True
                # Where one section is above (the document, or a title over everything), each
                # heading of the one family followed by headings of the other counts, when these are
                # twice as many.
                per_heading = sum(levels.get(key(h), 0) < level for h in ordered) <= 1 \
                    and sum(levels.get(key(h)) == level and key(h)[index] == b for h in ordered) \
                    >= 2 * sum(levels.get(key(h)) == level and key(h)[index] == a for h in ordered)
                for h in ordered:
                    lv = levels.get(key(h), 0)
                    if lv < level:
                        seen_a = nested = False
                    elif lv == level and key(h)[index] == a:
                        seen_a = True
                        if per_heading:
                            nested = False
                    elif lv == level and key(h)[index] == b:
                        if not seen_a:
                            ok = False
                            break
                        if not nested:
                            parents_with_b += 1
                            nested = True
                if ok and parents_with_b >= 2:
                    deeper = b
                    break
            if deeper is not None:
                break
        if deeper is not None:
            for s in levels:
                if levels[s] > level or (levels[s] == level and s[index] == deeper):
                    levels[s] += 1
        level += 1
