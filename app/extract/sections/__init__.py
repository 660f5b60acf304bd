"""The section tree: headings, their levels, page ranges and the text under each.

Interface used by the extraction pipeline (see docs/plan.md and docs/sections.md):

* :func:`page_features` runs in a worker process for each page and returns a small JSON-able dict
  (text segments with their style, internal links, image boxes) built from the page's cached words;
* :func:`page_lines` turns one page's features into its lines: the part of the tree's analysis that
  needs nothing but the page, done by the pipeline as each page arrives (:class:`SectionPages`);
* :func:`build_sections` runs once per document in the parent process over all pages' features and
  the tables found, and returns the section forest (it sets each table's ``section``);
* :func:`read_outline` reads the PDF's bookmarks; when there are some, the pipeline passes them to
  :func:`build_sections`, which places each at its heading on the page;
* :func:`extract_sections` does all of it for one file (benchmarks, tests, quick use).

Without bookmarks, headings are inferred from the page content (see :mod:`.headings`). A document
without any heading gives one root section holding all its text.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import TYPE_CHECKING, Any, Iterable

from app.extract.sections.features import FEATURES_VERSION, page_features

if TYPE_CHECKING:  # pragma: no cover
    from app.document.model import Section, SourceDocument, Table

#: Id of the document's root section: level 0, titled with the document's title, holding the text
#: before the first heading (the cover pages' text excepted) or all the text of a document without
#: headings; every heading hangs under it. Real headings are "s1", "s2" ... in document order.
ROOT_ID = PREAMBLE_ID = "s0"

__all__ = [
    "FEATURES_VERSION",
    "PREAMBLE_ID",
    "ROOT_ID",
    "SectionPages",
    "build_sections",
    "extract_sections",
    "page_features",
    "page_lines",
    "read_outline",
]

# The worker processes import this package for page_features only: everything the parent needs
# (analysis, headings, tree) is imported when it is used.


def read_outline(path: str | os.PathLike, password: str | None = None) -> list[dict[str, Any]] | None:
    """The PDF's bookmarks (see :func:`app.extract.sections.outline.read_outline`)."""
    from app.extract.sections.outline import read_outline as _read

    return _read(path, password)


def page_lines(number: int, features: dict[str, Any] | None) -> list:
    """The lines of page ``number`` from its features (:class:`app.extract.sections.lines.Line`, not yet
    given a role): everything :func:`build_sections` does with one page alone."""
    from app.extract.sections.lines import lines_from_features

    return lines_from_features(dict(features or {}, page=number))


def table_boxes(tables: Iterable["Table"]) -> dict[int, list[tuple]]:
    """Per page, the boxes of the tables whose lines are table text: a one-row or one-column "table" is
    a box or a band around text, not a grid."""
    boxes: dict[int, list[tuple]] = {}
    for t in tables:
        if t.n_rows >= 2 and t.n_cols >= 2:
            boxes.setdefault(t.page, []).append(tuple(t.bbox))
    return boxes


def _mark_pages(pages: dict[int, list], boxes: dict[int, list[tuple]]) -> None:
    """The marks that need one page and its tables only, in their order: table text, printed line
    numbers, artefacts."""
    from app.extract.sections.analysis import mark_artifacts, mark_tables, strip_line_numbers

    mark_tables(pages, {n: b for n, b in boxes.items() if n in pages})
    strip_line_numbers(pages)
    mark_artifacts(pages)


class _Prepared:
    """What :class:`SectionPages` did with a page as it arrived: its lines marked for the boxes of its
    tables, their roles and texts then (the hyphenation vocabulary counted the body lines' words), the
    page's body-style weights."""

    __slots__ = ("boxes", "roles", "texts", "weights", "order", "settled", "runs", "captions", "toc")

    def __init__(self, boxes: list[tuple], lines: list, weights) -> None:
        self.boxes = boxes
        self.roles = weights.roles
        self.texts = [ln.text for ln in lines]
        self.weights = weights
        #: the page's reading order worked out ahead (:class:`app.extract.sections.reading.PageOrder`)
        self.order = None
        #: the page's body-style weights once the document-level marks are made, on the same guess
        self.settled = None
        #: the page's heading runs on the same guess (:class:`app.extract.sections.headings.RunsAhead`)
        self.runs = None
        #: its captions and pull quotes on the same guess
        #: (:class:`app.extract.sections.analysis.CaptionsAhead`)
        self.captions = None
        #: its body lines on the same guess and their rows as the contents search reads them
        #: (``find_toc``'s ``ahead``)
        self.toc = None

    def body(self) -> str:
        from app.extract.sections.lines import BODY

        return "\n".join(t for t, r in zip(self.texts, self.roles) if r == BODY)

    def others(self) -> str:
        """The text of the other lines kept in the reading order as far as the page tells (not artefacts)."""
        from app.extract.sections.lines import ARTIFACT, BODY, RUNNING

        return "\n".join(t for t, r in zip(self.texts, self.roles) if r not in (BODY, RUNNING, ARTIFACT))


class _OrderGuess:
    """The reading order of a page worked out as it arrives, for the lines the document-level marks
    will most likely keep: :func:`app.extract.sections.analysis.mark_running` and
    :func:`~app.extract.sections.analysis.mark_figures` need every page and the body size, so they are
    guessed from the pages seen so far (a line in a header or footer band whose text comes back at
    about the same height on pages close by, a page number, a line on the band of such lines; chart
    text by the body size so far). :func:`_analyse_pages` uses the order only when the guess was right
    (the same lines kept, the same blocks), and orders the page afresh otherwise; the same for the
    page's body-style weights after those marks (:meth:`PageWeights.still`) and its heading runs
    (:class:`~app.extract.sections.headings.RunsAhead`, captions and pull quotes guessed by the body
    style so far)."""

    def __init__(self) -> None:
        #: (zone, signature) of the running-header bands' lines -> {page: heights (top / 3) there}
        self._zones: dict[tuple[str, str], dict[int, set[int]]] = {}
        #: (top, size) of the lines guessed running -> their pages
        self._bands: dict[tuple[int, int], set[int]] = {}
        #: the weights of the styles of long prose lines on the pages so far (the body style)
        self._styles: Counter = Counter()

    def order(self, number: int, features: dict[str, Any], lines: list, weights, runs: bool = True):
        """(:class:`~app.extract.sections.reading.PageOrder`, :class:`~app.extract.sections.analysis.PageWeights`,
        :class:`~app.extract.sections.headings.RunsAhead`,
        :class:`~app.extract.sections.analysis.CaptionsAhead`, (body lines, ``toc.page_rows`` of them) or
        None) of page ``number``'s ``lines`` (marked as they are when the page arrives; ``weights``:
        theirs then) as the guess has them; no runs nor captions (None) when not ``runs``."""
        from app.extract.sections.analysis import (CaptionsAhead, figure_lines, page_number_text,
                                                   running_signature, running_zones)
        from app.extract.sections.headings import RunsAhead
        from app.extract.sections.lines import ARTIFACT, BODY, RUNNING
        from app.extract.sections.reading import PageOrder
        from app.extract.sections.toc import page_rows

        self._styles.update(weights.weights(0)[0])
        # the body style so far: its size and font
        (body_size, body_font, _color), _ = self._styles.most_common(1)[0] if self._styles else ((10.0, "", ""), 0)
        height = float(features.get("height") or 0) or 842.0
        zoned = []
        for zone, ln in running_zones(lines, height):
            at = round(ln.top / 3)
            seen = self._zones.setdefault((zone, running_signature(ln.text)), {})
            seen.setdefault(number, set()).add(at)
            zoned.append((ln, at, seen))
        running: list = []  # the lines guessed to leave the body role (all body lines now)
        dropped: set[int] = set()
        for ln, at, seen in zoned:
            # at about this height on pages close by: two pairs of pages at most two apart
            near = [p for p in range(number - 6, number + 7) if p in seen and not seen[p].isdisjoint((at - 1, at, at + 1))]
            close = sum(1 for a, b in zip(near, near[1:]) if b - a <= 2)
            if close >= 2 or (page_number_text(ln.text) and ln.size <= 1.6 * body_size):
                running.append(ln)
                dropped.add(id(ln))
                self._bands.setdefault((round(ln.top), round(ln.size)), set()).add(number)
        for ln, _at, _seen in zoned:
            if id(ln) not in dropped:
                for dt in (-1, 0, 1):
                    if len(self._bands.get((round(ln.top) + dt, round(ln.size)), ())) >= 3:
                        running.append(ln)
                        dropped.add(id(ln))
                        break
        graphics = features.get("graphics") or []
        regions: list = []
        if len(graphics) >= 4:  # fewer make no chart
            body = [ln for ln in lines if ln.role == BODY and id(ln) not in dropped]
            regions, chart = figure_lines(body, [tuple(b) for b in graphics], body_size)
            running.extend(chart)
            dropped.update(map(id, chart))
        keep = [ln for ln in lines if ln.role not in (RUNNING, ARTIFACT) and id(ln) not in dropped]
        body = [ln for ln in lines if ln.role == BODY and id(ln) not in dropped]
        toc = (body, page_rows(body)) if body else None
        settled = weights.without(dropped)
        settled.weights(0)
        images = [tuple(b) for b in features.get("images") or []]
        order = PageOrder(keep, images + regions)
        if not runs:
            return order, settled, None, None, toc
        # the heading runs: the lines given the guessed roles and order for a moment (all of those it
        # changes are body lines), captions and pull quotes marked by the body style so far
        before = [(ln.order, ln.column) for ln in keep]
        for ln in running:
            ln.role = RUNNING
        ordered = order.take(keep, order.blocks)
        captions = CaptionsAhead([ln for ln in ordered if ln.role == BODY], images, body_size, body_font)
        quoted = captions.marks
        for ln, role in quoted:
            ln.role = role
        runs = RunsAhead([ln for ln in ordered if ln.role == BODY], lines, float(features.get("width") or 0))
        for ln in running:
            ln.role = BODY
        for ln, _role in quoted:
            ln.role = BODY
        for ln, (at, column) in zip(keep, before):
            ln.order, ln.column = at, column
        return order, settled, runs, captions, toc


class SectionPages:
    """The pages' lines (:func:`page_lines`) made as their features arrive, for :func:`build_sections`:
    a long document's pages then cost nothing of this after its last page. Each page's lines are used
    by one build only (it gives them roles and an order): :meth:`take` hands them over.

    Given the page's tables (``add(..., tables)``), what needs that page alone is done too: the marks of
    table text, printed line numbers and artefacts, the page's body-style weights
    (:class:`app.extract.sections.analysis.PageWeights`) and the words of its body lines for the
    hyphenation vocabulary (:meth:`take_vocabulary`). A scanned page waits: its sizes are snapped to the
    document's first."""

    def __init__(self) -> None:
        from app.extract.sections.reading import Vocabulary

        from app.document.textfix import PageWords

        self._lines: dict[int, tuple[dict[str, Any] | None, list, _Prepared | None]] = {}
        #: the words of the body lines of the pages prepared and not taken back (:meth:`take_vocabulary`)
        self._vocabulary = Vocabulary()
        #: the words of their other lines but artefacts, for the repair of lost characters (:meth:`take_words`)
        self._words = PageWords()
        self._guess = _OrderGuess()
        #: whether the pages' heading runs are worked out as they arrive: not for a document whose
        #: bookmarks give its headings (:func:`build_sections` then never asks for them)
        self.runs_ahead = True

    def add(self, number: int, features: dict[str, Any] | None, tables: Iterable["Table"] | None = None) -> None:
        from app.document.textfix import hyphenated_words
        from app.extract.sections.analysis import PageWeights, word_weights

        lines = page_lines(number, features)
        for ln in lines:
            word_weights(ln.text)  # cached by text for the body style, worked out after the last page
        prepared = None
        if tables is not None and not (features or {}).get("ocr"):
            boxes = table_boxes(t for t in tables if t.page == number).get(number, [])
            _mark_pages({number: lines}, {number: boxes})
            weights = PageWeights(lines)
            weights.weights(0)  # prose words: the usual pick (a document set in capitals weighs later)
            prepared = _Prepared(boxes, lines, weights)
            guess = self._guess.order(number, features or {}, lines, weights, runs=self.runs_ahead)
            prepared.order, prepared.settled, prepared.runs, prepared.captions, prepared.toc = guess
            body = hyphenated_words(prepared.body())  # one split for both vocabularies
            self._vocabulary.add_words(body)
            self._words.add_words(body)
            self._words.add(prepared.others())
        old = self._lines.get(number)
        if old is not None and old[2] is not None:
            self._forget(number, old[2])
        self._lines[number] = (features, lines, prepared)

    def _forget(self, number: int, prepared: _Prepared) -> None:
        """Count a prepared page's words back out (it is not handed over prepared)."""
        from app.document.textfix import hyphenated_words

        body = hyphenated_words(prepared.body())
        self._vocabulary.add_words(body, -1)
        self._words.add_words(body, -1)
        self._words.add(prepared.others(), -1)

    def take(self, number: int, features: dict[str, Any] | None, boxes: list[tuple] | None = None) -> tuple[list, _Prepared | None]:
        """Page ``number``'s lines, made now unless they were made from these very ``features``, and
        what was done with them as the page arrived (None: nothing), when its tables have these
        ``boxes`` (:func:`table_boxes`)."""
        made = self._lines.pop(number, None)
        if made is not None and made[0] is features:
            if made[2] is None:
                return made[1], None
            if made[2].boxes == list(boxes or []):
                return made[1], made[2]
        if made is not None and made[2] is not None:  # marked for other tables: made afresh
            self._forget(number, made[2])
        return page_lines(number, features), None

    def take_vocabulary(self):
        """The hyphenation vocabulary's counts of the pages taken prepared (their lines' roles and texts
        when they arrived); the pages not taken are dropped (made afresh if asked for later)."""
        from app.extract.sections.reading import Vocabulary

        self._drop_left()
        vocabulary, self._vocabulary = self._vocabulary, Vocabulary()
        return vocabulary

    def take_words(self):
        """The :class:`app.document.textfix.PageWords` of the pages taken prepared (their lines but
        artefacts, as they arrived); the pages not taken are dropped."""
        from app.document.textfix import PageWords

        self._drop_left()
        words, self._words = self._words, PageWords()
        return words

    def _drop_left(self) -> None:
        for number, (_features, _lines, prepared) in self._lines.items():
            if prepared is not None:
                self._forget(number, prepared)
        self._lines.clear()


def _analyse(
    features: dict[int, dict[str, Any]],
    tables: list["Table"],
    lines: SectionPages | None = None,
):
    """(pages, ordered, stats, links, images) of :func:`_analyse_pages`."""
    return _analyse_pages(features, tables, lines)[:5]


def _analyse_pages(
    features: dict[int, dict[str, Any]],
    tables: list["Table"],
    lines: SectionPages | None = None,
):
    """The pages' lines with their roles, in reading order, the body style, links and images; then what
    was done with the pages as they arrived, the :class:`SectionPages` used and the words of the lines
    kept (:class:`app.extract.document.textfix.PageWords`)."""
    from app.extract.sections.analysis import (PageWeights, body_stats, mark_boxes, mark_figures, mark_foot_logos,
                                               mark_rules_under, mark_running, release_box_tables,
                                               snap_measured_sizes)
    from app.extract.sections.lines import ARTIFACT, RUNNING
    from app.extract.sections.reading import order_page

    made = lines if lines is not None else SectionPages()
    boxes = table_boxes(tables)
    pages: dict = {}
    prepared: dict[int, _Prepared] = {}
    heights: dict[int, float] = {}
    links: dict[int, list[list]] = {}
    images: dict[int, list] = {}
    graphics: dict[int, list] = {}
    rules: dict[int, list] = {}
    for number in sorted(features):
        f = features[number] or {}
        pages[number], done = made.take(number, features[number], boxes.get(number))
        if done is not None:
            prepared[number] = done
        heights[number] = float(f.get("height") or 0) or 842.0
        links[number] = list(f.get("links") or [])
        images[number] = [tuple(b) for b in f.get("images") or []]
        graphics[number] = [tuple(b) for b in f.get("graphics") or []]
        rules[number] = [tuple(b) for b in f.get("rules") or []]
    # scanned pages: sizes measured on the image, snapped to the document's common sizes
    measured = [ln for number, lines in pages.items() if (features[number] or {}).get("ocr") for ln in lines]
    for ln in measured:
        ln.extra["measured"] = True  # size and weight measured on the image
        ln.extra["measured_size"] = ln.size  # before the snap (heading levels one point apart)
    snap_measured_sizes(measured)
    _mark_pages({n: lines for n, lines in pages.items() if n not in prepared}, boxes)
    all_lines = [ln for lines in pages.values() for ln in lines]
    weights = {n: prepared[n].weights if n in prepared else PageWeights(lines) for n, lines in pages.items() if lines}
    prelim = body_stats(all_lines, len(pages), pitch=False, parts=list(weights.values()))  # its body size is all that is used
    mark_running(pages, heights, prelim.body_size)
    mark_foot_logos(pages, heights, {n: images[n] + graphics[n] for n in images}, prelim.body_size)
    figures = mark_figures(pages, graphics, prelim.body_size)
    mark_boxes(pages, graphics, images, prelim.body_size)
    mark_rules_under(pages, {n: graphics[n] + rules[n] for n in graphics}, prelim.body_size)
    release_box_tables(pages, boxes, prelim.body_size)
    ordered: dict = {}
    # the words of the lines kept, for the repair of lost characters: those of the pages prepared were
    # counted as they arrived, but for the lines marked running or artefacts since
    words = made.take_words()
    for number, lines in pages.items():
        for ln in lines:
            ln.order = -1
        keep = [ln for ln in lines if ln.role not in (RUNNING, ARTIFACT)]
        done = prepared.get(number)
        if done is None:
            words.add("\n".join(ln.text for ln in keep))
        elif [ln.role for ln in lines] != done.roles:
            gone, back = [], []
            for ln, was in zip(lines, done.roles):
                before, now = was not in (RUNNING, ARTIFACT), ln.role not in (RUNNING, ARTIFACT)
                if before != now:
                    (gone if before else back).append(ln.text)
            words.add("\n".join(gone), -1)
            words.add("\n".join(back))
        blocks = images.get(number, []) + figures.get(number, [])
        ahead = done.order.take(keep, blocks) if done is not None and done.order is not None else None
        ordered[number] = ahead if ahead is not None else order_page(keep, blocks=blocks)
        if ahead is None and done is not None:
            done.runs = None  # worked out for the columns of the order guessed
    parts = [w if w.still() else _settled(prepared.get(n), w) for n, w in weights.items()]
    stats = body_stats(all_lines, len(pages), parts=parts)
    return pages, ordered, stats, links, images, prepared, made, words


def _settled(done: _Prepared | None, weights):
    """A page's body-style weights after the document-level marks: those worked out ahead on the guess
    of its marks when the guess was right, else made again."""
    from app.extract.sections.analysis import PageWeights

    if done is not None and done.settled is not None and done.settled.still():
        return done.settled
    return PageWeights(weights.lines)


def build_sections(
    document: "SourceDocument",
    features: dict[int, dict[str, Any]],
    tables: list["Table"],
    outline: list[dict[str, Any]] | None = None,
    lines: SectionPages | None = None,
) -> list["Section"]:
    """The section forest of a document from its pages' features.

    ``outline``: bookmarks from :func:`read_outline` (or None to infer headings from the pages).
    ``lines``: the pages' lines made as they arrived (:class:`SectionPages`); a page it lacks, or made
    from other features than ``features`` holds, is made here.
    Returns one root section (``ROOT_ID``, level 0, the document's title) with every heading under it
    at its level (1 = chapter). Sets ``table.section`` on every table. Never raises on odd content: a
    document without headings gives the root alone with all its text; no features gives an empty list.
    """
    from app.extract.sections.analysis import mark_captions_and_quotes
    from app.extract.sections.headings import _finish, find_first_text_page, infer_headings, make_runs
    from app.extract.sections.lines import BODY
    from app.extract.sections.outline import place_outline
    from app.extract.sections.reading import Vocabulary
    from app.extract.sections.toc import find_toc
    from app.extract.sections.tree import assemble

    if not features:
        return []
    features = {int(k): v for k, v in features.items()}
    pages, ordered, stats, links, images, prepared, made, words = _analyse_pages(features, tables, lines)
    toc_entries = find_toc(pages, links, max(len(pages), document.pages or 0),
                           {n: done.toc for n, done in prepared.items() if done.toc is not None})
    mark_captions_and_quotes(pages, images, stats,
                             {n: done.captions for n, done in prepared.items() if done.captions is not None})
    vocab = _hyphen_vocabulary(ordered, pages, prepared, made)
    first_text = find_first_text_page(pages, stats)
    cover_pages = {p for p in pages if first_text is not None and p < first_text}
    headings: list
    if outline:
        runs_by_page = {p: make_runs([ln for ln in lines if ln.role == BODY]) for p, lines in ordered.items()}
        headings = place_outline(outline, runs_by_page, pages, stats)
        for h in headings:
            if h.lines:
                _finish(h)
        headings.sort(key=lambda h: (h.page, h.order))
    else:
        widths = {p: float((features.get(p) or {}).get("width") or 0) for p in pages}
        ahead = {n: done.runs for n, done in prepared.items() if done.runs is not None}
        headings = infer_headings(pages, ordered, stats, toc_entries, widths, ahead)
    return assemble(document, ordered, headings, tables, stats, vocab, cover_pages, words)


def _hyphen_vocabulary(ordered: dict, pages: dict, prepared: dict[int, _Prepared], made: SectionPages):
    """``Vocabulary.from_lines`` of the body lines in reading order, the words of the prepared pages'
    lines counted as they arrived: only the lines whose role or text changed since are read again."""
    from app.extract.sections.lines import BODY
    from app.extract.sections.reading import Vocabulary

    base = made.take_vocabulary()
    fresh: set[int] = set()
    gone: list[str] = []
    for number, lines in pages.items():
        done = prepared.get(number)
        if done is None:
            fresh.update(map(id, lines))
            continue
        # a line's text changes only as its page arrives (printed line numbers): its role may change later
        now = [ln.role for ln in lines]
        if now != done.roles:
            for ln, was, role in zip(lines, done.roles, now):
                if was != role:
                    if was == BODY:
                        gone.append(ln.text)
                    elif role == BODY:
                        fresh.add(id(ln))
    if gone:
        base.add_text("\n".join(gone), -1)
    return Vocabulary.from_lines((ln for p in sorted(ordered) for ln in ordered[p] if ln.role == BODY),
                                 base=base, fresh=fresh)


def extract_sections(
    path: str | os.PathLike,
    password: str | None = None,
    use_outline: bool = True,
    pages: list[int] | None = None,
    tables: list["Table"] | None = None,
) -> list["Section"]:
    """Section tree of a PDF in one call (single process; for tests, benchmarks and scripts).

    ``use_outline=False`` never reads the bookmarks (heading inference only).
    """
    from app.source.pdf import describe, open_pdf

    doc = describe(path, password=password)
    wanted = [p for p in (pages or range(1, doc.pages + 1)) if 1 <= p <= doc.pages]
    feats: dict[int, dict[str, Any]] = {}
    with open_pdf(path, password) as pdf:
        for number in wanted:
            page = pdf.pages[number - 1]
            try:
                feats[number] = page_features(page, number)
            except Exception:  # one bad page must not stop the document
                feats[number] = {"page": number, "segs": []}
            finally:
                page.close()
    outline = read_outline(path, password) if use_outline else None
    return build_sections(doc, feats, list(tables or []), outline)
