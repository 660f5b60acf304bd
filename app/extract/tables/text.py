"""Words into text lines and phrases; phrases into cell text (superscript notes, right-to-left runs).

Words are pdfplumber word dicts from :func:`app.source.layout.page_words` (with ``size`` and ``fontname``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from statistics import median

from app.document.bidi import bidi_join as _bidi_join, has_rtl as _has_rtl, in_logical_order
from app.document.numbers import means_nothing

SOFT_HYPHEN = "\u00ad"
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_NUMERIC = re.compile(
    r"^[(\[]?[-−–+]?(?:US\$|USD|EUR|\$|€|£)?\s?[-−–]?(?:\d{1,3}(?:[ ,.\u00a0\u202f\u2009]\d{3})+|\d+)(?:[.,]\d+)?"
    r"(?<=\d)(?:[KkM]|bn|mn|(?<=\d\d|[.,]\d)B)?"
    r"\s?(?:%|‰|[¹²³⁴⁵⁶⁷⁸⁹⁰*]+)?[)\]]?[*¹²³⁴⁵⁶⁷⁸⁹⁰]*$"
)


def is_numeric(text: str) -> bool:
    """A number as printed in tables ("12,500", "(3.5)", "-4%", "1 234 567", "12.5¹"), also with a
    magnitude letter as dashboards print them (rule 186: "1.2M", "450K", "3.4bn", "12B"; a single
    digit before "B" is an item code, "3B")."""
    t = text.strip()
    return bool(t) and bool(_NUMERIC.match(t))


_CURRENCY = re.compile(r"^(?:[$€£¥₹₽₦₩₪฿]|US\$|[A-Z]{3}|[A-Z]{2}\$|Fr\.?|R\$)$")


def is_currency(text: str) -> bool:
    """A currency sign or an ISO-like code on its own ("$", "US$", "€", "CHF", "USD")."""
    return bool(_CURRENCY.match(text.strip()))


#: marks of a matrix ("X" also means nothing, app.document.numbers): a mark is a value beside its
#: row's label; so are the arrows that flag a result as high or low (rule 80), a sparse column of their own
_MARKS = {"✓", "✔", "✗", "✘", "●", "■", "◆", "+", "↑", "↓", "▲", "▼"}


def is_mark(text: str) -> bool:
    """A mark of a matrix ("X", "x", "✓", "●")."""
    t = text.strip()
    return t in _MARKS or t in ("X", "x")


#: rule 106: a share, change or part printed in brackets under its figure: "(56%)", "(+3.2%)",
#: "(-19.2%)", "(of which 1,234)"; not an accounting negative "(1,234)", a figure of its own
_SHARE = re.compile(
    r"^\(\s*(?:[+\-–−±]\s*[\d.,\u00a0\u202f ]*\d\s*%?|[\d.,\u00a0\u202f ]*\d\s*%"
    r"|(?:of which|incl\.?|including|dont|de los cuales|de ellos)\s+[^()]*\d[^()]*)\s*\)$",
    re.I,
)


def is_share(text: str) -> bool:
    """Rule 106: a share, change or part in brackets ("(56%)", "(+3.2%)", "(of which 1,234)"), set on
    the line under the figure it qualifies; not a bracketed negative figure ("(1,234)")."""
    return bool(_SHARE.match(text.strip()))


#: rule 270: a change or share printed without brackets ("+3.2%", "-18.3%", "45%", "+1,204")
_QUALIFIER = re.compile(r"^(?:[+\-–−±]\s*[\d.,\u00a0\u202f]*\d\s*%?|[\d.,\u00a0\u202f]*\d\s*%)$")


def qualifies(text: str) -> bool:
    """The text of a line under a figure that is the figure's second line, not a row of its own: a
    share, change or part in brackets (rule 106), or a change or share without brackets, a signed
    figure or a percentage (rule 270: "401,908" over "-18.3%", "45%" or "+1,204", often in smaller
    type; the callers ask that the line has no label and sits under figures)."""
    t = text.strip()
    return is_share(t) or bool(_QUALIFIER.match(t))


def qualifier_line(texts: list[str], smaller: bool = False) -> bool:
    """Rule 270: a line of changes or shares under figures: every text qualifies, and one at least
    is a share in brackets, a percentage or carries a plus sign, or the line is set in type clearly
    smaller than the figures (``smaller``: at most 0.9 of their size); a line of negative figures
    alone in the figures' type may be a row of its own (losses, an unlabelled negative total)."""
    return bool(texts) and all(qualifies(t) for t in texts) and (smaller or any(
        is_share(t) or "%" in t or t.lstrip()[:1] in "+\u00b1" for t in texts))


#: the word saying a table or a group goes on: "continued", "cont.", "cont'd", "suite", "continuación"
CONTINUED = r"(?:cont(?:inued|inues|'d|’d|d)?\.?|suite|continuaci[oó]n|continuado|contin[uú]a)"
_NAMED_AGAIN = re.compile(r"\S\s*[(\[]\s*" + CONTINUED + r"\s*[)\]]$", re.I)


def names_continued(text: str) -> bool:
    """Rule 126: a name followed by "(continued)" ("East Africa (cont.)", "(suite)", "(continuación)")
    is a heading or group named again after a page break, never a sentence."""
    return bool(_NAMED_AGAIN.search(text.strip()))


@lru_cache(maxsize=1 << 16)
def is_value(text: str) -> bool:
    """Numeric, a placeholder for "nothing" ("-", "n/a"), or a matrix mark ("✓", "●"). Cached: the rules
    ask it of the same few texts a page over and over (about 15 times each)."""
    return is_numeric(text) or means_nothing(text) or text.strip() in _MARKS


@dataclass
class Line:
    """Words on one text line, left to right."""

    words: list[dict]
    x0: float
    top: float
    x1: float
    bottom: float
    size: float

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def text(self) -> str:
        return join_words(self.words)


@dataclass
class Phrase:
    """Consecutive words of a line with no wide gap between them (a cell's text on that line)."""

    words: list[dict]
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    line: int = 0
    tags: set = field(default_factory=set)

    @property
    def text(self) -> str:
        return join_words(self.words)

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


def make_line(words: list[dict]) -> Line:
    words = sorted(words, key=_x0)
    # one pass for the box and the sizes (called for every line of every grouping of a page)
    first = words[0]
    x0, top, x1, bottom = first["x0"], first["top"], first["x1"], first["bottom"]
    sizes = []
    for w in words:
        t, b = w["top"], w["bottom"]
        if t < top:
            top = t
        if b > bottom:
            bottom = b
        if w["x1"] > x1:
            x1 = w["x1"]
        sizes.append(w.get("size") or (b - t))
    return Line(words, x0, top, x1, bottom, _median(sizes))


def _x0(w: dict) -> float:
    return w["x0"]


def _median(values: list) -> float:
    """``statistics.median`` of a non-empty list, without its checks."""
    values = sorted(values)
    n = len(values)
    if n % 2:
        return values[n // 2]
    return (values[n // 2 - 1] + values[n // 2]) / 2


#: lines already grouped, by the identities of the words asked (in their order): the table rules ask
#: for the lines of the same cells again and again (about three calls in four on ICDAR EU repeat one).
#: The words themselves are kept with them, so no identity is reused while its entry lives; word dicts
#: are never changed once made (a split word is a new dict), so an entry stays true. Emptied at each
#: page's start (:func:`forget_lines`) and when full.
_GROUPED: dict[tuple, tuple[list[dict], list[Line]]] = {}
_GROUPED_MAX = 4096
#: :func:`join_words`'s texts, kept as :data:`_GROUPED` keeps its lines (the words with them)
_JOINED: dict[tuple, tuple[list[dict], str]] = {}


def forget_lines() -> None:
    """Empty the caches of :func:`group_lines` and :func:`join_words` (a page's words are not asked
    for after its tables)."""
    _GROUPED.clear()
    _JOINED.clear()


def group_lines(words: list[dict]) -> list[Line]:
    """Words grouped into text lines by vertical overlap (sorted top to bottom). Each call gets lines of
    its own (callers may change them); the grouping itself is done once per list of words."""
    if not words:
        return []
    return [Line(ln.words[:], ln.x0, ln.top, ln.x1, ln.bottom, ln.size)
            for ln in _once_per_words(_GROUPED, words, _group_lines)]


def _once_per_words(cache: dict, words: list[dict], compute):
    """``compute(words)`` done once per list of words until the page's end (:func:`forget_lines`): keyed
    on the words' identities, the words kept with the answer so those identities stay theirs."""
    key = tuple(map(id, words))
    hit = cache.get(key)
    if hit is None:
        if len(cache) >= _GROUPED_MAX:
            cache.clear()
        hit = cache[key] = (list(words), compute(words))
    return hit[1]


def _group_lines(words: list[dict]) -> list[Line]:
    items = sorted(words, key=lambda w: (w["top"] + w["bottom"]) / 2)
    groups: list[list[dict]] = []
    bands: list[list[float]] = []  # [top, bottom, main height] of each open line
    for w in items:
        top, bottom = w["top"], w["bottom"]
        h = bottom - top
        if h < 0.1:
            h = 0.1
        placed = False
        # compare with the last few lines only (words are sorted by their middle); min and max
        # written out: this loop runs for every word of every grouping of a page
        n = len(groups)
        for k in range(n - 1, n - 4 if n > 3 else -1, -1):
            bt, bb, bh = bands[k]
            if (bottom if bottom < bb else bb) - (top if top > bt else bt) >= 0.4 * (bh if bh < h else h):
                groups[k].append(w)
                # a small raised/lowered word (note, subscript) does not widen the band
                if h >= 0.8 * bh:
                    bands[k] = [top if top < bt else bt, bottom if bottom > bb else bb, h if h > bh else bh]
                placed = True
                break
        if not placed:
            groups.append([w])
            bands.append([top, bottom, h])
    lines = [make_line(g) for part in groups for g in _unstack(part)]
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return _label_beside_shares(lines)


def _label_beside_shares(lines: list[Line]) -> list[Line]:
    """Rule 106: a label centred beside cells of two lines, a figure over its share in brackets
    ("12,345" over "(56%)"), lies between the two lines and on neither: it goes on the figure's line,
    where a label set at the top of its cell would be. The label's line lies wholly left of both
    lines, its middle between theirs, the two lines closer than its height; the lower line is only
    shares, the upper one holds figures. Rule 270: or changes and shares without brackets ("-18.3%",
    "45%"), each under a figure. Rule 271: the middle line may hold figures of one-line cells too
    (centred on the row like the label), when none of its words stands over or under the others'."""
    out: list[Line] = []
    k = 0
    n = len(lines)
    while k < n:
        b = lines[k]
        if out and k + 1 < n:
            a, c = out[-1], lines[k + 1]
            if ((c.words[0]["text"].startswith("(") and c.words[-1]["text"].endswith(")")
                 or _QUALIFIER.match(c.words[0]["text"]))
                    and (a.top + a.bottom) / 2 < (b.top + b.bottom) / 2 < (c.top + c.bottom) / 2
                    and c.top - a.bottom < b.height
                    and (b.x1 < a.x0 and b.x1 < c.x0 or _clear_of(b, a, c))):
                ps_c = split_phrases(c)
                ps_a = split_phrases(a)
                if ps_c and qualifier_line([p.text for p in ps_c], c.size <= 0.9 * a.size) \
                        and any(is_value(p.text) for p in ps_a) \
                        and all(any(q.x0 < p.x1 and p.x0 < q.x1 and is_value(q.text) for q in ps_a) for p in ps_c):
                    out[-1] = make_line(a.words + b.words)
                    k += 1
                    continue
        if out:
            moved = _label_off_shares(out[-1], b)
            if moved:
                out[-1], b = moved
        out.append(b)
        k += 1
    return out


def _clear_of(b: Line, a: Line, c: Line) -> bool:
    """Rule 271: no word of line b stands over or under a word of line a or c (b's cells are in
    other columns: a label and the figures of one-line cells, centred on a row whose other cells
    hold a figure over its change)."""
    return not any(u["x0"] < w["x1"] and w["x0"] < u["x1"] for u in b.words for w in a.words + c.words)


def _label_off_shares(a: Line, c: Line) -> tuple[Line, Line] | None:
    """Rule 127: the label centred between a line of figures and the line of their shares overlaps
    both about alike and may be grouped with the shares ("Senegal (+17.7%) (-28.5%)" under
    "417,176 77,967"). When the lower line is a label wholly left of the upper line, then shares
    only, and the label's middle lies above the shares' middle and below the figures' (between
    the two lines), the label goes on the figures' line as in rule 106. (Figures and shares
    first, as in a line's left-to-right order.) Rule 271: the shares may be changes without
    brackets (rule 270), and the label may have the figures of one-line cells beside it ("Ethiopia
    888,461 +37.6%" under "697,052"): what is not a share under a figure goes on the figures' line
    when none of it stands under a word of that line."""
    # cheap tests first: this is asked of every pair of lines of every grouping
    if a.words[0]["x0"] <= c.x0 or c.top - a.bottom >= a.height \
            or not any(w["text"].endswith((")", "%")) or w["text"][:1] in "+-\u2013\u2212\u00b1" for w in c.words[1:]):
        return None
    ps = split_phrases(c)
    if len(ps) < 2 or is_value(ps[0].text) or qualifies(ps[0].text):
        return None
    ps_a = split_phrases(a)
    if not any(is_value(p.text) for p in ps_a):
        return None
    shares = [p for p in ps[1:] if qualifies(p.text)
              and any(q.x0 < p.x1 and p.x0 < q.x1 and is_value(q.text) and not qualifies(q.text) for q in ps_a)]
    if not shares or not qualifier_line([p.text for p in shares], max(p.size for p in shares) <= 0.9 * a.size):
        return None
    rest = [w for p in ps if p not in shares for w in p.words]
    if any(u["x0"] < w["x1"] and w["x0"] < u["x1"] for u in rest for w in a.words):
        return None
    if len(shares) < len(ps) - 1 and not all(is_value(p.text) for p in ps[1:] if p not in shares):
        return None
    mid = median(_middle(w) for w in ps[0].words)
    low = [w for p in shares for w in p.words]
    if not (a.top + a.bottom) / 2 < mid < median(_middle(w) for w in low):
        return None
    return make_line(a.words + rest), make_line(low)


def _middle(w: dict) -> float:
    return (w["top"] + w["bottom"]) / 2


def _unstack(words: list[dict]) -> list[list[dict]]:
    """One band of overlapping words split into the text lines it chains together.

    A line set half a line lower than its neighbours overlaps both the line above and the line below
    (values centred vertically beside a label wrapped over two lines, as spreadsheets print them), so
    overlap alone chains three lines into one and the label's lines interleave ("DemocraticCongo").
    Words of one text line never lie over each other: when full-height words of the band overlap
    horizontally with their middles apart by more than a third of their height, the band is cut
    into lines of words whose middles agree; small raised or lowered marks go to the nearest."""
    if len(words) < 3:
        return [words]
    tall = max(w["bottom"] - w["top"] for w in words)
    full = sorted((w for w in words if w["bottom"] - w["top"] >= 0.6 * tall), key=lambda w: w["x0"])
    stacked = False
    for k, a in enumerate(full):
        for b in full[k + 1:]:
            if b["x0"] >= a["x1"]:
                break  # sorted by left edge: no later word reaches back over this one
            h = min(a["bottom"] - a["top"], b["bottom"] - b["top"])
            if abs(_middle(a) - _middle(b)) > h / 3 and \
                    min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > 0.5 * min(a["x1"] - a["x0"], b["x1"] - b["x0"]):
                stacked = True
                break
        if stacked:
            break
    if not stacked:
        return [words]
    parts: list[list[dict]] = []
    for w in sorted(full, key=_middle):
        h = w["bottom"] - w["top"]
        if parts and _middle(w) - median(_middle(o) for o in parts[-1]) <= h / 4:
            parts[-1].append(w)
        else:
            parts.append([w])
    centres = [median(_middle(o) for o in part) for part in parts]
    for w in words:
        if w["bottom"] - w["top"] < 0.6 * tall:
            k = min(range(len(parts)), key=lambda k: abs(centres[k] - _middle(w)))
            parts[k].append(w)
    return parts


#: rule 256: the name of a month or quarter heading a timeline's column (English, French, Spanish)
PERIOD = re.compile(r"(?i)^(?:jan|janv|ene|feb|févr|fév|mar|mars|apr|avr|abr|may|mai|jun|juin|jul|juil|"
                    r"aug|août|ago|sep|sept|oct|nov|dec|déc|dic|q[1-4]|t[1-4]|h[12]|s[12])\.?$")


#: rule 313: an age band or a range of small numbers: "25-29", "0–4", "65+", "<5"
_RANGE = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3}|\d{1,3}\+|<\s?\d{1,3}")


def _period(text: str) -> bool:
    """Is this word a period name? (No period name is longer than five characters and its dot, six
    with the line end ``$`` lets through: most words of a line ask, and the length answers first.)"""
    return len(text) <= 6 and PERIOD.match(text) is not None


def _periods_at(words: list[dict], k: int, size: float) -> bool:
    """Rule 310: does a run of period names (two or more, each 0.15 em or more from the next) start
    or go on at ``words[k]``?"""
    if not _period(words[k]["text"]):
        return False
    before = k > 0 and _period(words[k - 1]["text"])
    after = k + 1 < len(words) and _period(words[k + 1]["text"]) \
        and words[k + 1]["x0"] - words[k]["x1"] >= 0.15 * size
    return before or after


def split_phrases(line: Line, gap: float | None = None, line_index: int = 0) -> list[Phrase]:
    """Split a line where the gap between words is wider than ``gap`` (default: 0.9 x font size).

    Two numbers side by side are split at a smaller gap, unless the second is a 3-digit group
    right after a 1-3 digit number (a space used as thousands separator: "1 234")."""
    limit = gap if gap is not None else 0.9 * line.size
    words = line.words
    gaps = [b["x0"] - a["x1"] for a, b in zip(words, words[1:])]
    # a line whose numbers group thousands with commas ("7,057", "1,374") groups none with spaces:
    # "815 250" there is two values set tight, not 815,250
    commas = sum(1 for w in words if "," in w["text"] and _COMMA_GROUPED.fullmatch(w["text"])) >= 2
    phrases: list[Phrase] = []
    current: list[dict] = []
    for k, w in enumerate(words):
        if current:
            prev = current[-1]
            dx = w["x0"] - prev["x1"]
            split = dx > limit
            if split and dx <= 1.3 * line.size and _wordy(prev["text"]) and _wordy(w["text"]):
                # justified text: the spaces on both sides of this one are stretched alike, between
                # words again
                if 2 <= k < len(gaps) and all(0.75 * dx <= g <= 1.33 * dx for g in (gaps[k - 2], gaps[k])) \
                        and _wordy(words[k - 2]["text"]) and _wordy(words[k + 1]["text"]):
                    split = False
            if split and len(current) == 1 and prev["text"] in _BULLETS:
                split = False  # a bullet and its item
            if not split and dx > 0.15 * line.size and is_value(prev["text"]) and is_value(w["text"]) \
                    and (len(w["text"]) >= 3 or commas) \
                    and abs((prev.get("size") or 0) - (w.get("size") or 0)) <= 0.05 * line.size \
                    and (commas or not _thousands_continuation(current, w)):
                # "281,383 183,723" in a bold totals row set tight: two whole numbers of one type
                # size are two values (a raised note marker is smaller; "1 234" is one number)
                split = True
            if not split and _wider_than_groups(words, gaps, k, line.size):
                # "787 977 460 962": two space-grouped numbers in a tight table; a number's groups
                # are set one space apart, the next cell's number further
                split = True
            if not split and dx > 0.1 * line.size and is_value(prev["text"]) and is_currency(w["text"]) \
                    and k + 1 < len(words) and is_value(words[k + 1]["text"]):
                # "548,914 $ 648,072": a value never goes on with a currency sign and a value, so
                # the narrowest gap of a tight table divides them
                split = True
            if not split and dx > 0.4 * line.size:
                a, b = prev["text"], w["text"]
                if is_value(a) and is_value(b) and not _thousands_continuation(current, w):
                    split = True
                # "12.50 $ 7.25", "Tanzania CHF 166,796": a currency sign as its own run, wider
                # apart than a word space, starts the next cell's value
                elif is_currency(b) and k + 1 < len(words) and is_value(words[k + 1]["text"]):
                    split = True
                # "Myanmar 54,706" in a narrow table set tight: a label's words are a word space
                # apart, a label and a figure of three or more characters further
                elif _wordy(a) and is_value(b) and len(b) >= 3 and any(c.isdigit() for c in b):
                    split = True
                # rule 272: "761 Figure excludes": a figure of three or more characters, then a
                # sentence starting in capitals (a remark in the next column) further than a word
                # space: a unit or a word after a number ("12 months") is a word space on, in lower case
                elif len(a) >= 3 and any(c.isdigit() for c in a) and is_value(a) and b[:1].isupper() \
                        and _wordy(b) and len(current) == 1:
                    split = True
            if not split and dx > 0.4 * line.size and prev["text"].endswith(")") and w["text"].startswith("(") \
                    and is_share(join_words(current)):
                # rule 109: "(of which 4,405) (of which 6,456)": a share in brackets ends its cell;
                # the next bracket more than a word space on is the next cell's
                split = True
            if not split and w.get("remark_edge") and is_value(prev["text"]):
                # rule 290: a remark starting where remarks start on other lines, right after a figure
                # ending where figures end (a column set with no padding), starts its own cell
                split = True
            if not split and prev.get("moved_label") != w.get("moved_label"):
                # rule 130: a label moved onto its first row's line (rule 122) is a cell of its own
                split = True
            if not split and (prev.get("shade") or w.get("shade")):
                # rule 285: a shaded cell's mark (rule 250) is a cell of its own, whatever the gap to
                # the text before it ("Ministry of Health" ending close to a shaded first month)
                split = True
            if not split and dx > 0.15 * line.size and (
                    is_value(prev["text"]) and _RANGE.fullmatch(w["text"])
                    or is_value(w["text"]) and _RANGE.fullmatch(prev["text"])):
                # rule 313: "651 25-29": a figure glued to an age band (a range set centred in the
                # label column after it, LibreOffice's tight cells) is two cells: no figure goes on
                # with a range
                split = True
            if not split and dx > 0.4 * line.size and len(current) == 1 and prev["text"] in ("x", "X") \
                    and _wordy(w["text"]):
                # rule 315: "x  Ministry of Interior": a matrix's mark alone, then a word further than
                # a word space (the next column's text, set close to a last period's mark) is two
                # cells, as rule 272 cuts a figure from the remark after it (a letter only: a dot or
                # a tick goes on with its status word or its list item, rules 243 and 212)
                split = True
            if (not split and dx > 0.5 * line.size and w["text"] in _BULLETS and _wordy(prev["text"])
                    and k + 1 < len(words) and words[k + 1]["text"][:1].isupper()
                    and words[k + 1]["x0"] - w["x1"] <= 0.6 * line.size):
                # rule 342: "Mental health and psychosocial support  - Rehabilitate water points": a
                # bullet more than half an em after a word, its item right after it starting with a
                # capital, starts a list item (a cell's bullet list set close after the label column)
                split = True
            if not split and dx >= 0.15 * line.size and _periods_at(words, k, line.size):
                # rule 310: a timeline's period names set as tight as words ("party Q1 Q2 Q3 Q4") are
                # headings each, as rule 256 has them in the header: the line is no phrase of prose
                split = True
            if split:
                phrases.append(_phrase(current, line_index))
                current = []
        current.append(w)
    if current:
        phrases.append(_phrase(current, line_index))
    if len(phrases) == 2 and _list_item(phrases[0], phrases[1]):
        return [_phrase(words, line_index)]
    return phrases


#: an item number of a list: "3.", "12)", "a)", "(iv)", "(12)"
_ITEM_NUMBER = re.compile(r"(?:\d{1,2}[.)]|\(?[a-z]{1,4}\)|\(\d{1,2}\))")


def _list_item(marker: Phrase, item: Phrase) -> bool:
    """Rule 160: a list item whose text opens with a figure ("–  9.6 million people reached ...",
    "3.  194,651 partners in 18 districts") is one phrase: a lone bullet, dash or item number, then
    after the hanging indent a phrase of running text whose first or second word is a figure (a
    dash is also a nil value and an item number a number: the pair read as two values, a row)."""
    if len(marker.words) != 1 or len(item.words) < 3:
        return False
    m = marker.words[0]["text"]
    if m not in _BULLETS and not _ITEM_NUMBER.fullmatch(m):
        return False
    texts = [w["text"] for w in item.words]
    if not any(is_value(t) for t in texts[:2]) or is_value(item.text):
        return False
    rest = texts[1:]
    return sum(1 for t in rest if _wordy(t)) >= max(2, 0.6 * len(rest))


_COMMA_GROUPED = re.compile(r"[(\-−–]?\d{1,3}(?:,\d{3})+(?:\.\d+)?[%)]?")

_BULLETS = {"•", "·", "▪", "■", "◦", "○", "●", "–", "-", "—", "►", "➢", "✓", "", "*"}


def item_bullet(words: list[dict], j: int) -> bool:
    """Rule 282: is ``words[j]`` a list item's bullet ("–", "-", "•" before a word that is no value)?
    A dash before a word is no "nothing" (``is_value``) of a figure column."""
    return words[j]["text"] in _BULLETS and j + 1 < len(words) and not is_value(words[j + 1]["text"])


def _wordy(text: str) -> bool:
    letters = sum(map(str.isalpha, text))  # (counted in C)
    return letters >= max(1, 0.6 * len(text)) and not is_value(text)


def _thousands_continuation(current: list[dict], w: dict) -> bool:
    b = w["text"]
    if not _NEXT_GROUP.fullmatch(b):
        return False
    a = "".join(x["text"] for x in current).replace(" ", "")
    return bool(_GROUPS_BEFORE.fullmatch(a))


_GROUP = re.compile(r"\d{3}(?:[.,]\d+)?%?")
_LEAD = re.compile(r"[(\-−–]?\d{1,3}")
_THREE_DIGITS = re.compile(r"\d{3}")
#: thousands groups set apart: the next group, and a figure of groups before it
_NEXT_GROUP = re.compile(r"\d{3}(?:[.,]\d+)?[%)]?")
_GROUPS_BEFORE = re.compile(r"[(\-−–]?\d{1,3}(?:\d{3})*")


def _groups(a: str, b: str) -> bool:
    """Could ``b`` be the next thousands group of a number whose last word is ``a``?"""
    return bool(_GROUP.fullmatch(b)) and bool(_LEAD.fullmatch(a) or _THREE_DIGITS.fullmatch(a))


def _wider_than_groups(words: list[dict], gaps: list[float], k: int, size: float) -> bool:
    """Is the gap before word ``k``, between two digit groups, clearly wider than the gap between
    the groups beside it (the word space of a number: "787 977 | 460 962")?"""
    if k == 0 or not _groups(words[k - 1]["text"], words[k]["text"]):
        return False
    dx = gaps[k - 1]
    near = []
    if k >= 2 and _groups(words[k - 2]["text"], words[k - 1]["text"]):
        near.append(gaps[k - 2])
    if k + 1 < len(words) and _groups(words[k]["text"], words[k + 1]["text"]):
        near.append(gaps[k])
    if not near:
        return False
    ref = min(near)
    return dx > 1.5 * max(ref, 0.0) and dx - ref > 0.12 * size


def _phrase(words: list[dict], line_index: int) -> Phrase:
    sizes = [w.get("size") or (w["bottom"] - w["top"]) for w in words]
    return Phrase(
        words,
        min(w["x0"] for w in words),
        min(w["top"] for w in words),
        max(w["x1"] for w in words),
        max(w["bottom"] for w in words),
        max(sizes) if sizes else 10.0,
        line_index,
    )


def join_words(words: list[dict]) -> str:
    """Text of words on one line, in reading order: spaces where there are gaps, small raised
    digits after a word turned into superscript note markers, right-to-left lines reversed."""
    if not words:
        return ""
    if len(words) == 1:  # most cells and phrases: the word itself
        text = words[0]["text"]
        return _bidi_join([(text, False)]) if _has_rtl(text) and not in_logical_order(text) else text
    # the rules read the text of the same phrases and cells again and again (three times in four on
    # ICDAR EU): joined once per list of words, as :func:`group_lines` groups them
    return _once_per_words(_JOINED, words, _join_words)


def _join_words(words: list[dict]) -> str:
    words = sorted(words, key=lambda w: w["x0"])
    main = max((w.get("size") or 0) for w in words) or 10.0
    base = max(w["bottom"] for w in words if (w.get("size") or main) >= 0.85 * main) if words else 0
    parts: list[tuple[str, bool]] = []  # (text, attach to previous without space)
    prev = None
    for w in words:
        text = w["text"]
        size = w.get("size") or main
        small = size < 0.8 * main
        raised = w["bottom"] < base - 0.25 * main
        if prev is not None and small and raised and text.isdigit() and len(text) <= 2:
            parts.append((text.translate(_SUPERSCRIPT), True))
        elif prev is not None:
            gap = w["x0"] - prev["x1"]
            parts.append((text, gap < 0.12 * main))
        else:
            parts.append((text, False))
        prev = w
    # (a line drawn as typed, in logical order, keeps its order: app.document.bidi)
    if any(_has_rtl(t) for t, _ in parts) and not in_logical_order(" ".join(t for t, _ in parts)):
        return _bidi_join(parts)
    out = []
    for text, attach in parts:
        if out and not attach:
            out.append(" ")
        out.append(text)
    return "".join(out)


def lines_text(lines: list[list[dict]]) -> str:
    """Text of several lines of one cell joined with spaces; a hyphen at a line end joins words."""
    out = ""
    for words in lines:
        t = join_words(words)
        if not t:
            continue
        if not out:
            out = t
        elif out.endswith(("-", "‐")) and len(out) > 1 and out[-2].isalpha() and t[:1].islower():
            # a hyphen at a line end: a word broken in two ("part-/nerships") or a compound
            # ("whole-of-/government"); marked with a soft hyphen until a vocabulary decides
            # (app.document.textfix.resolve_soft_hyphens)
            out = out[:-1] + SOFT_HYPHEN + t
        elif out.endswith(("-", "‐", "/")) and len(out) > 1 and out[-2].isalpha():
            out = out + t
        else:
            out = out + " " + t
    return out
