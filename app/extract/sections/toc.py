"""A printed table of contents as evidence for headings.

Real reports print a table of contents: lines ending in a page number (after dot leaders, or with the
number right-aligned), indented by level, often linked (``/Link`` annotations) to the heading they name.
This module finds those pages, reads their entries (title, printed page, indent, style, link target)
and gives each entry a level from its indent and style. :mod:`headings` then places the entries at
their headings. The outline (bookmarks) is never read here.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from operator import is_

from app.extract.sections.analysis import _PAGE_NUMBER
from app.extract.sections.lines import BODY, RUNNING, TOC, Line
from app.extract.sections.reading import ends_open
from app.extract.sections.text import normalise_title, number_first, numbering, right_to_left

_CONTENTS = re.compile(
    r"^(?:table\s+of\s+)?contents?$|^inhalt(?:sverzeichnis)?$|^[ií]ndice(?:\s+general)?$|^sommaire$|"
    r"^table\s+des\s+mati[eè]res$|^obsah$|^содержание$|^оглавление$|^목차$|^차례$|^spis\s+treści$|^inhoud$|"
    r"^contenido(?:s)?$|^conte[uú]do$|^sisällys(?:luettelo)?$|^innehåll$|^目次$|^目录$|^目\s*录$|"
    r"^תוכן(?:\s+העניינים)?$|^ال?محتويات$|^الفهرس$",
    re.IGNORECASE,
)


def is_contents_title(text: str) -> bool:
    """A contents page's title; right-to-left titles also as the PDF gives them (visual order)."""
    text = text.strip().rstrip(":")
    return bool(_CONTENTS.match(text) or _CONTENTS.match(text[::-1].strip().rstrip(":")))
_LISTS = re.compile(
    r"^(?:list\s+of\s+(?:figures|tables|illustrations|boxes|maps|acronyms|abbreviations)|abbildungsverzeichnis|"
    r"tabellenverzeichnis|liste\s+des\s+(?:figures|tableaux)|[ií]ndice\s+de\s+(?:figuras|tablas)|"
    r"seznam\s+(?:obrázků|tabulek)|список\s+(?:рисунков|таблиц))$",
    re.IGNORECASE,
)
_ENTRY = re.compile(
    r"^(?P<title>.*?[^\s.·…_‥])\s*(?P<leader>(?:[.·…_‥∙•]\s*){2,})?\s*(?P<page>\d{1,4}|[ivxlcdm]{1,7})$",
    re.IGNORECASE,
)

#: A row holding only dot leaders and a page number: a wrapped entry's end (a narrow contents column
#: or a long title pushes the leaders onto a line of their own).
_LEADER_ONLY = re.compile(r"^(?:[.·…_‥∙•]\s*){3,}(?P<page>\d{1,4}|[ivxlcdm]{1,7})$", re.IGNORECASE)

#: The last character of an entry (its page number's), as ``_ENTRY`` ends.
_ENDS_LIKE_PAGE = re.compile(r"(?:\d|[ivxlcdm])$", re.IGNORECASE)


@dataclass(eq=False)
class TocEntry:
    title: str
    printed: str
    x0: float
    size: float
    bold: bool
    toc_page: int
    top: float
    lines: list[Line] = field(default_factory=list)
    target_page: int | None = None
    target_top: float | None = None
    level: int = 1
    key: str = ""


def _rtl(row: list[Line]) -> bool:
    """A right-to-left row: its lines come in visual order, an entry's page number and leaders first."""
    return any(right_to_left(ln.text) for ln in row)


def _logical(ln: Line) -> str:
    """A line's text in reading order word by word: a right-to-left line (visual order) has its words
    reversed, so an entry's leaders and page number come last as in a left-to-right one. Each word
    keeps its characters: titles go back to visual order word by word (:func:`_visual`)."""
    return " ".join(reversed(ln.text.split())) if right_to_left(ln.text) else ln.text


def _text(row: list[Line]) -> str:
    """A row's text in reading order (rows are sorted in reading order by :func:`_rows`)."""
    return " ".join(_logical(ln) for ln in row).strip()


#: The page number and leaders opening a right-to-left entry's line in visual order.
_OPENING_LEADERS = re.compile(r"^\s*(?:(?:\d{1,4}|[ivxlcdm]{1,7})\s*)?(?:[.·…_‥∙•]\s*){2,}", re.IGNORECASE)


def _visual(entry: TocEntry) -> str:
    """A right-to-left entry's title as the heading it names is read: each line in visual order, top
    to bottom, without the page number and leaders."""
    parts = []
    for ln in sorted(entry.lines, key=lambda ln: (ln.row, ln.x0)):
        if not _LONE_PAGE.match(ln.text.strip()):
            parts.append(_OPENING_LEADERS.sub("", ln.text).strip())
    return " ".join(" ".join(parts).split())


def _in_reading_order(row: list[Line]) -> list[Line]:
    """A row's lines left to right, or right to left in a right-to-left row."""
    if _rtl(row):
        return sorted(row, key=lambda ln: -ln.x1)
    return sorted(row, key=lambda ln: ln.x0)


def _rows(lines: list[Line]) -> tuple[list[list[Line]], float | None]:
    """The page's rows in reading order (left to right, right to left in a right-to-left row), top to
    bottom, and the right edge of its column of page numbers (:func:`_number_column`) or None."""
    rows: dict[int, list[Line]] = defaultdict(list)
    for ln in lines:
        rows[ln.row].append(ln)
    # most rows hold one line: nothing to sort in them, their top is that line's
    out = [r if len(r) == 1 else _in_reading_order(r) for r in rows.values()]
    out.sort(key=lambda r: r[0].top if len(r) == 1 else min(ln.top for ln in r))
    column = _number_column(out)
    return _attach_lone_numbers(out, column), column


_LONE_PAGE = re.compile(r"^(?:\d{1,4}|[ivxlcdm]{1,7})$", re.IGNORECASE)
_ENDS_IN_LEADERS = re.compile(r"(?:[.·…_‥∙]\s*){3,}$")
#: A scanned row: a title, dot leaders, then one to three short tokens, the page number OCR garbled
#: ("ee 3", "5}") or lost among misread dots.
_GARBLED_END = re.compile(r"^(?P<title>.*?[^\s.·…_‥∙])\s*(?:[.·…_‥∙]\s*){4,}(?P<tail>(?:\S{1,3}\s*){1,3})$")
#: A token at most this long ending at a column of page numbers is a page number read wrong by OCR
#: ("A" for 4, ">" for 7): its row is still an entry, its page unknown.
_MISREAD_PAGE = re.compile(r"^\S{1,2}$")


def _set_apart(row: list[Line]) -> bool:
    """The row's last line is alone or set apart from the text before it (1.5 ems or more)."""
    return len(row) == 1 or _gap_before_last(row) > 1.5 * row[-1].size


def _gap_before_last(row: list[Line]) -> float:
    """The gap between a row's last line and the one before it, in reading order."""
    return row[-2].x0 - row[-1].x1 if _rtl(row) else row[-1].x0 - row[-2].x1


def _number_column(rows: list[list[Line]]) -> float | None:
    """The right edge of a column of page numbers: at least four rows end with a number alone or set
    apart whose right edges agree (within a quarter of an em), in page order (each number at least
    the one above it, but for one in five: a scan misreads some). Contents pages without dot leaders
    (and scanned ones, whose leaders OCR drops) are told by it."""
    ends = []
    for r in rows:
        text = r[-1].text.strip()
        if _LONE_PAGE.match(text) and text.isdigit() and _set_apart(r):
            ends.append((r[-1].x1, int(text), r[-1].size))
    if len(ends) < 4:
        return None
    tol = max(1.5, 0.25 * sorted(e[2] for e in ends)[len(ends) // 2])
    best: list[tuple[float, int, float]] = []
    for x1, _n, _s in ends:
        group = [e for e in ends if abs(e[0] - x1) <= tol]
        if len(group) > len(best):
            best = group
    if len(best) < 4:
        return None
    numbers = [e[1] for e in best]
    falls = sum(1 for a, b in zip(numbers, numbers[1:]) if b < a)
    if falls > 0.2 * (len(numbers) - 1):
        return None
    return sorted(e[0] for e in best)[len(best) // 2]


def _in_column(ln: Line, column: float | None) -> bool:
    return column is not None and abs(ln.x1 - column) <= max(1.5, 0.25 * ln.size)


def _attach_lone_numbers(rows: list[list[Line]], column: float | None = None) -> list[list[Line]]:
    """A contents entry wrapped over two lines in a table cell, its page number in the next cell
    centred on the two (LibreOffice): the number is a row of its own between the entry's lines. It
    goes to the neighbouring row that ends in leaders (and has no number), right of it, within a line.
    A number (or a misread one) in the page's column of page numbers goes to such a row without
    leaders too, the lower one when both are as near (an entry's last line carries its number).
    On a right-to-left page the number stands left of the row (its end in reading order)."""
    lone = [i for i, r in enumerate(rows) if len(r) == 1 and (
        _LONE_PAGE.match(r[0].text.strip()) or (_in_column(r[0], column) and _MISREAD_PAGE.match(r[0].text.strip())))]
    if not lone:
        return rows  # (most pages: the direction of the page is not asked)
    lettered = [r for r in rows if any(ch.isalpha() for ln in r for ch in ln.text)]
    rtl_page = sum(1 for r in lettered if _rtl(r)) > 0.5 * len(lettered)
    moved: set[int] = set()
    for i in lone:
        num = rows[i][0]
        aligned = _in_column(num, column)
        best = None
        for j in (i - 1, i + 1):
            if not 0 <= j < len(rows) or j in lone:
                continue
            row = rows[j]
            text = _text(row)
            gap = max(num.top - max(ln.bottom for ln in row), min(ln.top for ln in row) - num.bottom)
            # (after the row in reading order: left of a right-to-left one)
            rtl = _rtl(row) or (rtl_page and not any(ch.isalpha() for ln in row for ch in ln.text))
            after = num.x1 < min(ln.x0 for ln in row) if rtl else row[-1].x1 < num.x0
            if ((_ENDS_IN_LEADERS.search(text) or (aligned and not _in_column(row[-1], column)))
                    and after and gap < num.size):
                if best is None or gap < best[0] + (0.5 * num.size if aligned else 0):
                    best = (gap, j)
        if best is not None:
            rows[best[1]] = rows[best[1]] + [num]
            moved.add(i)
    return [r for i, r in enumerate(rows) if i not in moved]


def _parse_row(row: list[Line], page_links: list | None = None,
               column: float | None = None) -> tuple[str, str, bool] | None:
    """(title, printed page, has_leader) of a row that reads like a TOC entry: a title and a page
    number after dot leaders, or set apart (right-aligned), or in a row linked to another place of
    the document; or a title and, set apart in the page's column of page numbers, a short token OCR
    misread (page unknown: "")."""
    text = _text(row)
    last = row[-1].text.strip()
    if (len(row) > 1 and _in_column(row[-1], column) and _set_apart(row)
            and _MISREAD_PAGE.match(last) and not _LONE_PAGE.match(last)):
        title = _text(row[:-1]).rstrip(" .·…")
        return (title, "", False) if any(ch.isalpha() for ch in title) else None
    # the entry pattern backtracks over the whole row: most rows end in no page number at all
    if not _ENDS_LIKE_PAGE.match(text[-1:]):
        return None
    m = _LEADER_ONLY.match(text)
    if m:  # the leaders and page number of an entry whose title is on the line(s) above
        return "", m.group("page"), True
    m = _ENTRY.match(text)
    if not m:
        return None
    title = m.group("title").strip()
    if not any(ch.isalpha() for ch in title):
        return None
    page = m.group("page")
    # A roman page number is a word of its own: the "D" of a wrapped entry's first line ending in
    # "... AND" is not page 500.
    if page.isalpha() and text[m.start("page") - 1:m.start("page")].isalpha():
        return None
    leader = bool(m.group("leader"))
    separate = len(row) > 1 and row[-1].text.strip().rstrip(".·… ").strip() == page
    if separate:
        separate = _gap_before_last(row) > 1.5 * row[-1].size
    linked = bool(page_links) and _link_for(row, page_links) is not None
    if not (leader or separate or linked):
        return None
    return title, page, leader


def page_rows(lines: list[Line]) -> tuple[list[list[Line]], float | None, bool, bool]:
    """(rows, column of page numbers, titled, lists) of a page's body lines, as :func:`find_toc` reads
    them: its rows (:func:`_rows`), and whether one of the first four is a contents title or a list of
    figures or tables."""
    rows, column = _rows(lines)
    titled = any(is_contents_title(" ".join(ln.text for ln in r)) for r in rows[:4])
    lists = any(_LISTS.match(" ".join(ln.text for ln in r).strip().rstrip(":")) for r in rows[:4])
    return rows, column, titled, lists


def find_toc(
    pages: dict[int, list[Line]], links: dict[int, list[list]], n_pages: int,
    ahead: dict[int, tuple[list[Line], tuple]] | None = None,
) -> list[TocEntry]:
    """Entries of the document's printed table(s) of contents; marks their lines with role TOC.

    ``ahead``: per page, (body lines, :func:`page_rows` of them) worked out as the page arrived; used
    where the page's body lines are still those very lines, in that order (their rows, texts and
    boxes do not change after a page arrives)."""
    numbers = sorted(pages)
    candidates: dict[int, tuple[list[tuple[list[Line], tuple]], list[list[Line]], bool, bool, float | None]] = {}
    toc_pages: list[int] = []
    early = max(3, int(0.35 * n_pages) + 1)
    prev_toc = None
    for number in numbers:
        lines = [ln for ln in pages[number] if ln.role in (BODY,)]
        if not lines:
            continue
        known = ahead.get(number) if ahead else None
        if known is not None and len(known[0]) == len(lines) and all(map(is_, known[0], lines)):
            rows, column, titled, lists = known[1]
        else:
            rows, column, titled, lists = page_rows(lines)
        parsed = []
        # Only a page that can be a contents page (titled, early, or right after one) has its rows
        # read as entries: the later pages of a long document cannot be one.
        if titled or number <= early or prev_toc == number - 1:
            page_links = links.get(number, [])
            for row in rows:
                p = _parse_row(row, page_links, column)
                if p:
                    parsed.append((row, p))
        candidates[number] = (parsed, rows, titled, lists, column)
        n = len(parsed)
        ratio = n / max(1, len(rows))
        is_toc = False
        if titled and n >= 2:
            is_toc = True
        elif n >= 4 and ratio >= 0.4 and (number <= early or prev_toc == number - 1):
            is_toc = True
        elif prev_toc == number - 1 and n >= 2 and ratio >= 0.3:
            is_toc = True
        if is_toc:
            toc_pages.append(number)
            prev_toc = number
    entries: list[TocEntry] = []
    for number in numbers:
        parsed, rows, titled, lists, _column = candidates.get(number, ([], [], False, False, None))
        if titled and not lists and number not in toc_pages and len(parsed) < 2 and number <= early:
            entries += _unnumbered_entries(number, rows, pages)
    later_by: dict[int, set[str]] = {}
    for number in toc_pages:
        parsed, rows, titled, lists, column = candidates[number]
        if lists:
            for row in rows:
                for ln in row:
                    ln.role = TOC
            continue
        page_links = links.get(number, [])
        entry_rows = {id(r[0]): r for r, _ in parsed}
        pending: list[list[Line]] = []
        for k_row, row in enumerate(rows):
            text = _text(row)
            p = _parse_row(row, page_links, column) if id(row[0]) in entry_rows else None
            if p is None:
                if is_contents_title(text) or _LISTS.match(text.rstrip(":")):
                    pending = []
                    continue
                if not any(ch.isalnum() for ch in text) and _ENDS_IN_LEADERS.search(text):
                    for ln in row:  # the rest of an entry's leaders, wrapped: neither title nor text
                        ln.role = TOC
                    continue
                last = entries[-1] if entries and entries[-1].toc_page == number else None
                # (an entry whose own text already ends in leaders is complete)
                words = [ln for ln in (last.lines if last is not None else []) if not _LONE_PAGE.match(ln.text.strip())]
                if (last is not None and not pending and _ENDS_IN_LEADERS.search(text) and words
                        and not _ENDS_IN_LEADERS.search(_logical(max(words, key=lambda ln: ln.top)).strip())
                        and row[0].top - max(ln.bottom for ln in last.lines) < 1.2 * row[0].size):
                    # the last line of an entry whose page number stands beside an earlier line (a
                    # number centred on a wrapped entry): it ends in leaders, the entry above goes on
                    last.title = " ".join((last.title + " " + _ENDS_IN_LEADERS.sub("", text)).split())
                    last.key = normalise_title(last.title)
                    last.lines += row
                    for ln in row:
                        ln.role = TOC
                    continue
                garbled = _GARBLED_END.match(text) if row[0].extra.get("measured") else None
                if garbled and garbled.group("tail").strip(".·…_‥∙ "):
                    # dot leaders stand on an entry's last line only: a scanned row whose leaders end
                    # in a number OCR garbled ("ee 3", "5}") is an entry, not the first line of the
                    # entry below it
                    for ln in row:
                        ln.role = TOC
                    number_read = re.search(r"\d{1,4}", garbled.group("tail"))
                    entry = TocEntry(title=garbled.group("title"),
                                     printed=number_read.group() if number_read else "", x0=row[0].x0, size=row[0].size, bold=row[0].bold, toc_page=number,
                                     top=row[0].top, lines=list(row))
                    entry.key = normalise_title(entry.title)
                    entries.append(entry)
                    pending = []
                    continue
                # (a row going on in lower case below it is a wrapped entry's first line: the heading
                # it names wraps at the same word)
                goes_on = k_row + 1 < len(rows) and rows[k_row + 1][0].text.lstrip()[:1].islower()
                # (only on a page read by OCR: a born-digital page loses no digit, and there a row
                # without a number is a wrapped entry's first line, the heading wrapped alike)
                if (column is not None and not goes_on and row[0].extra.get("measured")
                        and _lost_number(text, later_by, number, pages)):
                    # an entry of its own whose page number OCR lost (a lone digit), not the first
                    # line of the numbered entry below
                    for ln in row:
                        ln.role = TOC
                    entry = TocEntry(title=" ".join(text.split()), printed="", x0=row[0].x0, size=row[0].size,
                                     bold=row[0].bold, toc_page=number, top=row[0].top, lines=list(row))
                    entry.key = normalise_title(entry.title)
                    entries.append(entry)
                    pending = []
                    continue
                pending.append(row)
                if len(pending) > 2:
                    pending = pending[-2:]
                continue
            title, printed, _ = p
            first = row[0]
            # A wrapped entry: the line(s) just above without a page number, not less indented
            # (leaders alone on a row may start anywhere: the title above is the entry's).
            used = []
            for prev in reversed(pending):
                if numbering(_text(used[0] if used else row))[1]:
                    break  # an entry opens with its number: the line above is another entry's
                near = first.top - max(ln.bottom for ln in prev) < 1.2 * first.size
                # (a right-to-left entry's lines may be set from either edge: LibreOffice sets them
                # from the left in a table cell, each a little apart where leaders open the line)
                aligned = prev[0].x0 <= first.x0 + 2 or (_rtl(prev) and (
                    abs(prev[0].x0 - first.x0) <= 0.5 * first.size or prev[0].x1 >= first.x1 - 2))
                if near and (aligned or (not title and not used)):
                    used.insert(0, prev)
                    first = prev[0]
                else:
                    break
            if not title and not used:
                pending = []
                continue
            if used:
                # (leaders ending an earlier line: its number went to the leaders' own row below)
                title = " ".join(_ENDS_IN_LEADERS.sub("", _text(r)) for r in used) + " " + title
            pending = []
            all_lines = [ln for r in used for ln in r] + list(row)
            for ln in all_lines:
                ln.role = TOC
            entry = TocEntry(
                title=" ".join(title.split()),
                printed=printed,
                x0=first.x0,
                size=first.size,
                bold=first.bold,
                toc_page=number,
                top=first.top,
                lines=all_lines,
            )
            entry.key = normalise_title(entry.title)
            target = _link_for(all_lines, page_links)
            if target is not None:
                entry.target_page, entry.target_top = target
            entries.append(entry)
        placed = [e for e in entries if e.toc_page == number]
        for e in placed:  # read in reading order above; named as the heading's lines read
            if right_to_left(e.title):
                e.title = _visual(e)
                e.key = normalise_title(e.title)
        title = next((r for r in rows if is_contents_title(" ".join(ln.text for ln in r))), None)
        start = min(placed[0].top, title[0].bottom) if placed and title is not None else placed[0].top if placed else 0.0
        for row in rows:
            # With a column of page numbers, the lines among the entries (from the page's title on)
            # are entries whose number OCR lost or misread beyond use ("Abstract", "Contents" over
            # the first numbered one): contents all the same, never headings of this page.
            among = (column is not None and placed and row is not title and start <= row[0].top <= placed[-1].lines[-1].bottom
                     and max(ln.x1 for ln in row) <= column + 2)
            for ln in row:
                if is_contents_title(ln.text) and not among:
                    continue
                if ln.role == BODY and (among or _PAGE_NUMBER.match(ln.text.strip())):
                    ln.role = TOC
    _levels(entries)
    return entries


def _line_below(ln: Line, lines: list[Line], tops: list[float]) -> Line | None:
    """The line right below ``ln`` in its column (overlapping it across, at most a line's height
    under it): where a heading wrapped in a narrow column goes on, which the next line in reading
    order across a row of columns is not. ``lines`` sorted by top, ``tops`` their tops."""
    from bisect import bisect_right

    for o in lines[bisect_right(tops, ln.top):]:
        if o.top - ln.bottom > 1.2 * ln.size:
            break
        if min(o.x1, ln.x1) - max(o.x0, ln.x0) > 0:
            return o
    return None


def _later_lines(number: int, pages: dict[int, list[Line]]) -> set[str]:
    """Normalised texts of the body lines of the pages after ``number``, alone and joined to the next
    line in reading order or to the one right below in its column (a heading wrapped over two)."""
    later: set[str] = set()
    for p, lines in pages.items():
        if p <= number:
            continue
        body = [ln for ln in lines if ln.role == BODY and len(ln.text) < 200]
        by_top = sorted(body, key=lambda ln: ln.top)
        tops = [ln.top for ln in by_top]
        for i, ln in enumerate(body):
            later.add(normalise_title(ln.text))
            if i + 1 < len(body):
                later.add(normalise_title(ln.text + " " + body[i + 1].text))
            below = _line_below(ln, by_top, tops)
            if below is not None:
                later.add(normalise_title(ln.text + " " + below.text))
    return later


def _lost_number(text: str, later_by: dict[int, set[str]], number: int, pages: dict[int, list[Line]]) -> bool:
    """A row without a page number on a contents page with a column of them is an entry whose number
    OCR lost (lone digits are the ones it drops) when its text comes back word for word as a line of
    a later page and stops as a title stops; else it may be a wrapped entry's first line."""
    key = normalise_title(text)
    if not key or len(text.split()) > 20 or text.rstrip().endswith(".") or ends_open(text):
        return False
    if number not in later_by:
        later_by[number] = _later_lines(number, pages)
    return key in later_by[number]


def _unnumbered_entries(number: int, rows: list[list[Line]], pages: dict[int, list[Line]]) -> list[TocEntry]:
    """Entries of a contents page that prints no page numbers: under its "Contents" title, short
    rows (or two rows of one wrapped entry) whose text comes back as a line (or two lines: the next
    in reading order, or the one right below it in its column) of a later page. At least three, and
    most of the rows under the title; else the page is not a contents."""
    later = _later_lines(number, pages)
    start = next(i for i, r in enumerate(rows) if is_contents_title(" ".join(ln.text for ln in r)))
    below = rows[start + 1:]
    found: list[list[list[Line]]] = []
    i = 0
    while i < len(below):
        for k in (1, 2):
            group = below[i:i + k]
            text = " ".join(ln.text for r in group for ln in r)
            key = normalise_title(text)
            if len(group) == k and key and len(text.split()) <= 20 and not text.rstrip().endswith(".") and key in later:
                found.append(group)
                i += k
                break
        else:
            i += 1
    if len(found) < 3 or len([r for g in found for r in g]) < 0.6 * len(below):
        return []
    out = []
    for group in found:
        first = group[0][0]
        lines = [ln for r in group for ln in r]
        for ln in lines:
            ln.role = TOC
        e = TocEntry(title=" ".join(" ".join(ln.text for ln in lines).split()), printed="", x0=first.x0,
                     size=first.size, bold=first.bold, toc_page=number, top=first.top, lines=lines)
        e.key = normalise_title(e.title)
        out.append(e)
    return out


def _link_for(lines: list[Line], page_links: list[list]) -> tuple[int, float | None] | None:
    best = None
    best_overlap = 0.0
    if not lines:
        return None
    # a link wholly above or below the lines overlaps none of them (with no box upside down, an
    # overlap must be more than none): passed over without the test line by line
    lo, hi = min(ln.top for ln in lines), max(ln.bottom for ln in lines)
    upright = all(ln.bottom >= ln.top for ln in lines)
    for x0, top, x1, bottom, page, y in page_links:
        if upright and bottom >= top and (top >= hi or bottom <= lo):
            continue
        for ln in lines:
            v = min(bottom, ln.bottom) - max(top, ln.top)
            h = min(x1, ln.x1) - max(x0, ln.x0)
            if v > 0.4 * min(ln.height, bottom - top) and h > 0:
                overlap = v * h
                if overlap > best_overlap:
                    best_overlap = overlap
                    best = (int(page), None if y is None else float(y))
    return best


def _levels(entries: list[TocEntry]) -> None:
    """Level of each entry: bigger, then bolder, then less indented entries are higher levels.

    Indents closer than about two thirds of an em are one indent (numbers of different widths).
    When style and indent do not separate levels but the entries are numbered at several depths
    ("1", "1.1", "1.1.1"), the numbering depth is the level.
    """
    if not entries:
        return
    # Sizes within 4% are one size.
    sizes = sorted({e.size for e in entries}, reverse=True)
    size_rank: dict[float, int] = {}
    rank = -1
    prev = None
    for s in sizes:
        if prev is None or s < prev * 0.96:
            rank += 1
            prev = s
        size_rank[s] = rank
    em = sorted(e.size for e in entries)[len(entries) // 2]
    # Indents are measured from the left edge of the entries on pages of the same parity (books
    # alternate margins between left and right pages).
    side_left: dict[int, float] = {}
    for e in entries:
        side_left[e.toc_page % 2] = min(side_left.get(e.toc_page % 2, e.x0), e.x0)
    rel = {id(e): e.x0 - side_left[e.toc_page % 2] for e in entries}
    if sum(1 for e in entries if right_to_left(e.title)) > 0.5 * len(entries):
        # A right-to-left contents in visual order opens its lines with page numbers and leaders (no
        # indent at the left edge), and its right edge follows the cell's alignment (LibreOffice sets
        # such lines from the left): its levels come from style and numbering only.
        rel = dict.fromkeys(rel, 0.0)
    xs = sorted(rel.values())
    clusters: list[float] = []
    for x in xs:
        if not clusters or x - clusters[-1] > 0.7 * em:
            clusters.append(x)
    def indent_rank(x: float) -> int:
        best = 0
        for i, c in enumerate(clusters):
            if x >= c - 0.01:
                best = i
        return best
    groups: dict[tuple, list[TocEntry]] = defaultdict(list)
    for e in entries:
        groups[(size_rank[e.size], indent_rank(rel[id(e)]))].append(e)
    keys = {}
    for g, members in groups.items():
        bold = [e for e in members if e.bold]
        regular = [e for e in members if not e.bold]
        split = False
        if len(bold) >= 2 and len(regular) >= 2:
            d_bold = Counter(numbering(number_first(e.title))[1] for e in bold)
            d_reg = Counter(numbering(number_first(e.title))[1] for e in regular)
            if set(d_bold) != set(d_reg) and not (set(d_bold) & set(d_reg) - {0}):
                split = True
            elif set(d_bold) == {0} and set(d_reg) == {0} and len(bold) < len(regular):
                split = True
        for e in members:
            keys[id(e)] = g + ((0 if e.bold else 1) if split else 0,)
    counts = Counter(keys.values())
    distinct = sorted(counts)
    ranked = [k for k in distinct if counts[k] >= 2] if len(entries) >= 6 else distinct
    if not ranked:
        ranked = distinct
    # A lone entry left of every recurring style and at least as large as each is their parent (the
    # one chapter line a scan kept over its sections, the others lost to misread leaders): a level
    # above them, not the level of the closest style.
    above = [k for k in distinct if k not in ranked and all(k[1] < r[1] and k[0] <= r[0] for r in ranked)]
    # A style of entries that head no entry (none is followed by an entry of a style ranked lower)
    # ranked above a style at its indent that does: the same level as that style, not a level above
    # it ("Acknowledgements" and "References" after the last chapter, measured larger on a scan).
    order = [keys[id(e)] for e in entries]
    heads = {a for a, b in zip(order, order[1:]) if b in ranked and a in ranked and ranked.index(b) > ranked.index(a)}
    same_as: dict[tuple, tuple] = {}
    for i, k in enumerate(ranked):
        if k in heads:
            continue
        twin = next((r for r in ranked[i + 1:] if r[1] == k[1] and r in heads), None)
        if twin is not None:
            same_as[k] = twin
    ranked = [k for k in ranked if k not in same_as]
    level_of = {k: 1 for k in above}
    level_of.update({k: i + 1 + bool(above) for i, k in enumerate(ranked)})
    level_of.update({k: level_of[twin] for k, twin in same_as.items()})
    for k in distinct:
        if k not in level_of:  # a lone odd entry ("Index" in bold): the level of the closest style
            same_size = [r for r in ranked if r[0] == k[0]] or ranked
            nearest = min(same_size, key=lambda r: (abs(r[1] - k[1]), abs(r[0] - k[0])))
            level_of[k] = level_of[nearest]
    for e in entries:
        e.level = min(level_of[keys[id(e)]], 9)
    # Numbered entries that style and indent do not separate ("1.1" and "1.1.1" alike): the
    # numbering depth, relative to the shallowest depth of their style, adds levels.
    by_key: dict[tuple, list[TocEntry]] = defaultdict(list)
    for e in entries:
        by_key[keys[id(e)]].append(e)
    for k, members in by_key.items():
        # (a right-to-left entry in visual order has its number last)
        depths = [numbering(number_first(e.title))[1] for e in members]
        numbered = [d for d in depths if d]
        if len(set(numbered)) > 1 and len(numbered) >= 0.6 * len(members):
            base = min(numbered)
            for e, d in zip(members, depths):
                if d:
                    e.level = min(e.level + d - base, 9)


def printed_page_offset(pages: dict[int, list[Line]]) -> int | None:
    """Physical page minus printed page number, from the page numbers printed on the pages."""
    votes: Counter = Counter()
    for number, lines in pages.items():
        for ln in lines:
            if ln.role == RUNNING:
                t = ln.text.strip()
                m = re.search(r"(\d{1,4})", t)
                if m and _PAGE_NUMBER.match(t):
                    votes[number - int(m.group(1))] += 1
    if not votes:
        return None
    offset, count = votes.most_common(1)[0]
    if count >= 3 or (count >= 2 and count >= 0.5 * sum(votes.values())):
        return offset
    return None
