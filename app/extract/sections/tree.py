"""Assembling the section tree: headings + body lines in reading order -> :class:`Section` objects."""

from __future__ import annotations

import re
import unicodedata
from operator import itemgetter
from pathlib import PurePath
from typing import Iterator

from app.document.bidi import has_rtl, reads_visual, visual_to_logical
from app.document.model import Section, SourceDocument, Table, metadata_title
from app.document.textfix import PageWords
from app.extract.sections.analysis import Stats
from app.extract.sections.headings import Heading
from app.extract.sections.lines import BODY, HEADING, TABLE, Line
from app.extract.sections.reading import Vocabulary, continues, is_full, join_lines, mark_full_lines, split_paragraphs

from app.extract.sections import ROOT_ID


def _paragraph_texts(lines: list[Line], stats: Stats, vocab: Vocabulary) -> list[str]:
    if not lines:
        return []
    # Column ids are per page: make them unique across pages for the paragraph splitter.
    saved = [(ln, ln.column) for ln in lines]
    for ln in lines:
        ln.column = ln.page * 10000 + ln.column
    try:
        paras = split_paragraphs(lines, stats.pitch, stats.body_size)
    finally:
        for ln, col in saved:
            ln.column = col
    texts: list[str] = []
    prev_last: Line | None = None
    for para in paras:
        text = join_lines(para.lines, vocab)
        if not text:
            continue
        # (S44-7: a paragraph cut by a column or page break goes on in its own type, sizes within a
        # quarter: a deck in 14 pt ending open does not go on in a 9 pt byline in the margin column)
        soft = prev_last is not None and (para.first.page != prev_last.page or para.first.column != prev_last.column) \
            and abs(para.first.size - prev_last.size) <= 0.25 * max(para.first.size, prev_last.size, 1.0)
        full = is_full(prev_last) and _same_size(prev_last, para.first)
        if soft and texts and continues(texts[-1], text, full):
            if texts[-1].endswith("-") and text[:1].isalpha() and texts[-1][-2:-1].isalpha():
                head, _, last = texts[-1].rpartition(" ")
                first, _, rest = text.partition(" ")
                joined = vocab.join_hyphenated(last, first)
                texts[-1] = (head + " " if head else "") + joined + (" " + rest if rest else "")
            else:
                texts[-1] = texts[-1] + " " + text
        else:
            texts.append(text)
        prev_last = para.last
    return texts


def _same_size(a: Line, b: Line) -> bool:
    return abs(a.size - b.size) <= 0.12 * max(a.size, b.size, 1.0)


def assemble(
    document: SourceDocument,
    ordered: dict[int, list[Line]],
    headings: list[Heading],
    tables: list[Table],
    stats: Stats,
    vocab: Vocabulary,
    cover_pages: set[int] | frozenset[int] = frozenset(),
    words: "PageWords | None" = None,
) -> list[Section]:
    """The section tree under one root. Each heading opens a section; its ``text`` is the body text up
    to the next heading; levels nest sections; tables get the id of the section they sit in.

    The root (``ROOT_ID``, level 0) is the document: its title is the document's title, its text the
    text before the first heading except the cover pages' (``cover_pages``: their text is the title
    page's, not content), its page range the whole document. ``words``: the words of the ``ordered``
    lines, counted as the pages arrived (:func:`_repairer`)."""
    pages = sorted(ordered)
    mark_full_lines(ln for p in pages for ln in ordered[p] if ln.role == BODY)
    events: list[tuple[int, float, int, object]] = []
    for p in pages:
        for ln in ordered[p]:
            if ln.role == BODY:
                events.append((p, float(ln.order), 1, ln))
            elif ln.role == HEADING and ln.extra.get("rest"):
                events.append((p, ln.order + 0.5, 1, ln))
    for i, h in enumerate(headings):
        events.append((h.page, float(h.order), 0, h))
    events.sort(key=itemgetter(0, 1, 2))  # the same key, made in C (tens of thousands of lines)

    sections: list[Section] = []
    headings_by_section: list[Heading] = []
    content: dict[int, list[Line]] = {}
    pre_lines: list[Line] = []
    current: int | None = None
    order_keys: list[tuple[int, float]] = []
    last_page: dict[int, int] = {}
    for page, order, kind, obj in events:
        if kind == 0:
            h = obj  # type: ignore[assignment]
            sec = Section(
                id=f"s{len(sections) + 1}",
                title=h.title,
                level=h.level,
                page=h.page,
                end_page=h.page,
                top=round(h.top, 2) if h.top is not None else None,
                bbox=h.bbox,
                confidence=h.confidence,
            )
            sections.append(sec)
            headings_by_section.append(h)
            order_keys.append((h.page, order))
            current = len(sections) - 1
            content[current] = []
            last_page[current] = h.page
        else:
            ln = obj  # type: ignore[assignment]
            if current is None:
                if ln.page not in cover_pages:
                    pre_lines.append(ln)
            else:
                content[current].append(ln)
                last_page[current] = max(last_page[current], ln.page)

    repair = _repairer(ordered, words)
    logical = _logical_order(ordered)

    visual = logical.visual

    def text_of(lines: list[Line]) -> str:
        # most lines are body lines of a document in logical order: taken as they are
        lines = [logical(_rest_line(ln)) if visual or ln.role == HEADING else ln for ln in lines]
        return repair("\n\n".join(_paragraph_texts(lines, stats, vocab)))

    for i, sec in enumerate(sections):
        sec.text = text_of(content.get(i, []))
        if headings_by_section[i].source != "outline":  # a bookmark's title is in logical order
            sec.title = _lines_in_order(sec.title, headings_by_section[i].lines, logical)
        sec.title = repair(sec.title)

    # Tables: the section whose heading precedes them in reading order.
    table_owner: dict[int, int | None] = {}
    for t_index, table in enumerate(tables):
        key = _table_key(table, ordered.get(table.page, []))
        owner = None
        for i, ok in enumerate(order_keys):
            if ok <= key:
                owner = i
            else:
                break
        table_owner[t_index] = owner
        if owner is not None:
            last_page[owner] = max(last_page[owner], table.page)

    # Nest by level.
    roots: list[Section] = []
    stack: list[Section] = []
    for sec in sections:
        sec.level = max(1, sec.level)
        while stack and stack[-1].level >= sec.level:
            stack.pop()
        if stack:
            stack[-1].children.append(sec)
        else:
            roots.append(sec)
        stack.append(sec)
    index_of = {id(s): i for i, s in enumerate(sections)}

    def close(sec: Section) -> int:
        end = last_page.get(index_of[id(sec)], sec.page)
        for child in sec.children:
            end = max(end, close(child))
        sec.end_page = max(sec.page, end)
        return sec.end_page

    for root in roots:
        close(root)

    first, last = (min(pages), max(pages)) if pages else (1, 1)
    title = document_title(document, ordered, headings, stats.body_size, logical)
    root = Section(
        id=ROOT_ID,
        title=repair(title),
        level=0,
        page=first,
        end_page=last,
        text=text_of(pre_lines),
        children=roots,
    )
    for t_index, table in enumerate(tables):
        owner = table_owner.get(t_index)
        table.section = sections[owner].id if owner is not None else root.id
    return [root]


def _repairer(ordered: dict[int, list[Line]], words: "PageWords | None" = None):
    """Repair of characters lost to fonts without a character map ("Objec�ve" -> "Objective") from the
    document's own words (:mod:`app.document.textfix`); words it cannot decide stay as they are.
    ``words``: the words of the ``ordered`` lines when they were counted as the pages arrived."""
    if not any("\ufffd" in ln.text for lines in ordered.values() for ln in lines):
        return lambda text: text
    from app.document.textfix import PageWords, country_words, repair_lost_characters

    def page_texts() -> Iterator[str]:
        for lines in ordered.values():
            yield "\n".join(ln.text for ln in lines)

    if words is None:
        words = PageWords()
        for text in page_texts():
            words.add(text)
    vocabulary = words.vocabulary(page_texts, extra_words=country_words())

    def repair(text: str) -> str:
        if not text or "\ufffd" not in text:
            return text
        return repair_lost_characters(text, vocabulary).text

    return repair


class _LogicalOrder:
    """Right-to-left lines read in logical order when the document gives them in visual order
    (:func:`app.document.bidi.reads_visual`, decided once for the whole document: the rules before
    this step read them in visual order, as the page gives them; the tree shows them as they read)."""

    def __init__(self, visual: bool) -> None:
        self.visual = visual

    def text(self, text: str) -> str:
        return visual_to_logical(text) if self.visual else text

    def __call__(self, ln: Line) -> Line:
        if not self.visual:
            return ln
        text = visual_to_logical(ln.text)
        if text == ln.text:
            return ln
        from dataclasses import replace

        return replace(ln, text=text)


def _logical_order(ordered: dict[int, list[Line]]) -> _LogicalOrder:
    rtl = [ln.text for lines in ordered.values() for ln in lines if has_rtl(ln.text)]
    return _LogicalOrder(bool(rtl) and reads_visual(rtl))


def _rest_line(ln: Line) -> Line:
    """A run-in heading's line contributes only the text after the heading."""
    if ln.role == HEADING and ln.extra.get("rest"):
        from dataclasses import replace

        return replace(ln, text=ln.extra["rest"], role=BODY, extra={})
    return ln


def _table_key(table: Table, page_lines: list[Line]) -> tuple[int, float]:
    inside = [ln.order for ln in page_lines if ln.role == TABLE and _within(ln, table.bbox)]
    if inside:
        return (table.page, min(inside) - 0.25)
    top = table.bbox[1]
    later = [ln.order for ln in page_lines if ln.top >= top]
    return (table.page, (min(later) - 0.25) if later else 1e9)


def _within(ln: Line, bbox) -> bool:
    x0, top, x1, bottom = bbox
    cx = (ln.x0 + ln.x1) / 2
    cy = (ln.top + ln.bottom) / 2
    return x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1


def _lines_in_order(title: str, lines: list[Line], logical: "_LogicalOrder") -> str:
    """A title read off its lines, in reading order with its lines kept top to bottom. The heading
    step gives a right-to-left title over several lines either as drawn, top to bottom (each line in
    the page's order), or as a whole in visual order, its last line first (so that its number reads
    at its end): reversed as one text, the first came out with its second line first, and in a
    document typed in logical order the second kept its lines upside down."""
    parts = [" ".join(ln.text.split()) for ln in lines]
    flat = " ".join(title.split())
    if len(parts) > 1 and has_rtl(flat):
        if flat == " ".join(parts):
            return " ".join(logical.text(part) for part in parts)
        if flat == " ".join(reversed(parts)):
            return logical.text(flat) if logical.visual else " ".join(parts)
    return logical.text(title)


def _odd_word(word: str) -> bool:
    """An accented capital right after a small letter ("tuÄx"), or a bar or a symbol inside a word
    ("W|Ñâà", "atv|™Ç"; the marks ® ™ © of a brand name are no sign)."""
    if len(word) < 2:
        return False
    return any(a.islower() and b.isupper() and not b.isascii() for a, b in zip(word, word[1:])) or any(
        ch == "|" or (unicodedata.category(ch) == "So" and ch not in "®™©") for ch in word)


def garbled(text: str) -> bool:
    """Text read through a font without a usable character map: accented capitals and symbols inside
    words ("[ÉÇÉÜtuÄx VöÅtÜt wx W|ÑâàtwÉá"), in two words or more and at least 0.4 of them (words
    run together, "TheEssentials", or small capitals read as "InForMATIon" still read)."""
    words = text.split()
    odd = sum(map(_odd_word, words))
    return odd >= 2 and odd >= 0.4 * len(words)


_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")


def _belied(meta: str, ordered: dict[int, list[Line]], body_size: float) -> bool:
    """The metadata's title is another document's (a template's properties kept: "Plan stratégique du
    sentier récréatif régional de Prescott et Russell" on a cover reading "Plan directeur de transport
    actif de la municipalité de Chelsea"): page 1 is a cover — fifteen lines of text or fewer, the
    largest 1.5 times the body or more — and fewer than half of the title's words of four letters or
    more appear anywhere on the first three pages with text. A cover that is a picture (no text on
    page 1) says nothing against it, nor does a first page of running text or a table (a page cut out
    of a longer report under the report's title)."""
    words = {w.casefold() for w in _TITLE_WORD.findall(meta)}
    cover = [ln for ln in ordered.get(1, ()) if ln.text.strip()]
    if len(words) < 3 or not cover or len(cover) > 15 or not body_size:
        return False
    if max(ln.size for ln in cover) < 1.5 * body_size:
        return False
    seen: set[str] = set()
    for p in [p for p in sorted(ordered) if any(ln.text.strip() for ln in ordered[p])][:3]:
        for ln in ordered[p]:
            seen.update(w.casefold() for w in _TITLE_WORD.findall(ln.text))
    return len(words & seen) < 0.5 * len(words)


def document_title(document: SourceDocument, ordered: dict[int, list[Line]],
                   headings: list[Heading] | None = None, body_size: float = 0.0,
                   logical: "_LogicalOrder | None" = None) -> str:
    """The document's title: the PDF's own title (its metadata) when it is one, else the largest text
    of the first page with text (the cover's or the first page's title, its lines one under the
    other: a line beside it in another column does not end it; with a line in the same weight at least
    0.6 of its size right under it), else the file name. When nothing on that page is set larger than
    the body (``body_size``), size names no title: the page's first heading of its highest level does
    (a gazette's notice sets its title in the bold of the body's size, under its masthead). A title
    read off the page has each line put in reading order by ``logical`` (right-to-left text given in
    visual order); the metadata's title and the file name are in reading order already."""
    logical = logical or _LogicalOrder(False)
    meta = metadata_title(document.title)
    if meta and not _belied(meta, ordered, body_size):
        return meta
    for p in sorted(ordered):
        lines = [ln for ln in ordered[p] if ln.text.strip() and ln.role not in ("table", "running", "artifact")]
        if not lines:
            continue
        biggest = max(ln.size for ln in lines)
        on_page = [h for h in headings or () if h.page == p and h.title.strip()]
        if on_page and body_size and biggest <= 1.05 * body_size:
            top = min(h.level for h in on_page)
            first = min((h for h in on_page if h.level == top), key=lambda h: h.order)
            return " ".join(_lines_in_order(first.title, first.lines, logical).split())
        run: list[Line] = []
        subtitle = 0.0
        for ln in sorted(lines, key=lambda x: (x.top, x.x0)):
            if run and (ln.x1 <= min(r.x0 for r in run) or ln.x0 >= max(r.x1 for r in run)):
                continue  # beside the title, in another column (a journal's side column)
            below = bool(run) and ln.top - run[-1].bottom < 0.8 * ln.size and ln.x0 < run[-1].x1 and run[-1].x0 < ln.x1
            if not subtitle and abs(ln.size - biggest) <= 0.05 * biggest and (not run or below):
                run.append(ln)
            elif below and ln.bold == run[0].bold and (
                    abs(ln.size - subtitle) <= 0.05 * subtitle if subtitle else 0.6 * biggest <= ln.size < biggest):
                # a title set in two sizes ("MYANMAR" over "Crisis Response Plan 2025"): the second,
                # in the same weight, right under it, finishes it; a smaller or lighter line does not
                subtitle = subtitle or ln.size
                run.append(ln)
            elif run:
                break
            if len(run) == 4:
                break
        title = " ".join(logical.text(" ".join(ln.text.split())) for ln in run)
        if title and any(c.isalpha() for c in title) and len(title) <= 200 and not garbled(title):
            return title
        break
    name = PurePath(document.path or "").stem
    return name or "Document"
