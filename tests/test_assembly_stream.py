"""The document-level steps fed page by page (app/extract/pipeline.py ``Assembly``): the per-page part done
as pages arrive gives the very result of the whole-document computation."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from app.extract import sections
from app.extract.pipeline import Assembly, ExtractSettings, assemble, extract_document, iter_extract

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
MYANMAR = SAMPLES / "myanmar-crisis-response-plan-2025-sample.pdf"
MIGRATION = SAMPLES / "migration-initiatives-2017-sample.pdf"


@pytest.fixture(scope="module", params=[MYANMAR, MIGRATION], ids=["myanmar", "migration"])
def pages(request):
    from app.source.pdf import describe

    document = describe(request.param)
    return request.param, document, list(iter_extract(request.param, workers=0, document=document))


def _fresh(results):
    """Page results as new objects (each build gives the lines it is handed roles and an order)."""
    from app.extract.pipeline import PageResult

    return [PageResult.from_json(r.to_json()) for r in results]


def test_page_lines_made_as_pages_arrive_build_the_same_tree(pages):
    _pdf, document, results = pages
    whole = _fresh(results)
    features = {r.page: r.features for r in whole}
    expected = sections.build_sections(document, features, [t for r in whole for t in r.tables])

    streamed = _fresh(results)
    made = sections.SectionPages()
    for r in random.Random(3).sample(streamed, len(streamed)):  # pages arrive in any order
        made.add(r.page, r.features)
    tables = [t for r in streamed for t in r.tables]
    got = sections.build_sections(document, {r.page: r.features for r in streamed}, tables, None, made)
    assert [s.to_json() for s in got] == [s.to_json() for s in expected]
    assert [t.section for t in tables] == [t.section for r in whole for t in r.tables]


def test_section_pages_hand_over_the_lines_they_made_once():
    features = {"segs": [[10, 10, 100, 20, 10, "F", "#000", 0, 0, "Some text", 0]], "fonts": [], "colors": []}
    made = sections.SectionPages()
    made.add(4, features)
    first = made._lines[4][1]
    assert made.take(4, features)[0] is first  # made when the page arrived
    again, _ = made.take(4, features)  # handed over once: made anew
    assert again is not first and [ln.text for ln in again] == [ln.text for ln in first] == ["Some text"]
    made.add(5, features)
    kept = made._lines[5][1]
    remade, _ = made.take(5, dict(features))  # other features than those it was made from: made from these
    assert remade is not kept and [ln.text for ln in remade] == ["Some text"]


def test_pages_prepared_as_they_arrive_give_the_same_body_style_and_vocabulary(pages):
    """Given its tables as it arrives, a page's lines are marked (table text, line numbers, artefacts),
    weighed for the body style and their words counted for the hyphenation vocabulary and the repair of
    lost characters then: after the last page the same body style and vocabularies come out as from the
    whole document at once, running headers and captions marked later included."""
    from app.extract.sections.lines import BODY, TABLE
    from app.extract.sections.reading import Vocabulary

    _pdf, document, results = pages
    whole = _fresh(results)
    pages_, ordered, stats, _links, _images = sections._analyse({r.page: r.features for r in whole},
                                                                [t for r in whole for t in r.tables])
    expected = Vocabulary.from_lines(ln for p in sorted(ordered) for ln in ordered[p] if ln.role == BODY)

    streamed = _fresh(results)
    made = sections.SectionPages()
    for r in random.Random(5).sample(streamed, len(streamed)):
        made.add(r.page, r.features, r.tables)
    for r in streamed:
        assert made._lines[r.page][2] is not None  # prepared as it arrived
        if any(t.n_rows >= 2 and t.n_cols >= 2 for t in r.tables):
            assert any(ln.role == TABLE for ln in made._lines[r.page][1])  # its table text marked then
    features = {r.page: r.features for r in streamed}
    got = sections._analyse_pages(features, [t for r in streamed for t in r.tables], made)
    pages2, ordered2, stats2, _l, _i, prepared, made2, words = got
    assert sorted(prepared) == sorted(features) and stats2 == stats
    vocabulary = sections._hyphen_vocabulary(ordered2, pages2, prepared, made2)
    assert dict(vocabulary.words) == dict(expected.words) and len(expected.words) > 100
    assert [[(ln.text, ln.role, ln.order) for ln in pages2[p]] for p in sorted(pages2)] == \
        [[(ln.text, ln.role, ln.order) for ln in pages_[p]] for p in sorted(pages_)]
    # the words for the repair of lost characters: those of the lines kept in the reading order
    from app.document.textfix import Vocabulary as TextVocabulary
    from app.document.textfix import country_words

    text = "\n".join(ln.text for p in sorted(ordered2) for ln in ordered2[p])
    whole_text = TextVocabulary.from_texts([text], extra_words=country_words())
    counted = words.vocabulary(lambda: ("\n".join(ln.text for ln in ordered2[p]) for p in sorted(ordered2)),
                               extra_words=country_words())
    assert dict(counted.counts) == dict(whole_text.counts)
    assert {low: counted.spelling[low] for low in counted.spelling} == whole_text.spelling


def test_hyphen_vocabulary_taken_over_counts_as_read_whole():
    """``Vocabulary.from_lines`` given the words of some lines already counted whole reads the others and
    the lines broken by a hyphen at their end (or after one) again: the same counts as reading all."""
    from app.extract.sections.lines import Line
    from app.extract.sections.reading import Vocabulary

    texts = ["The whole-of-gov-", "ernment approach to migra-", "tion data", "is well-",
             "known and well-known", "Nothing broken here", "-", "alone", "mid- and long-term plans",
             "cross-", "border", "x y-", "z-", "re-", "entry of non-", "State actors"]
    lines = [Line(page=1, x0=0, top=i * 12, x1=100, bottom=i * 12 + 10, size=10, font="F", color="#000",
                  flags=0, row=i, text=t) for i, t in enumerate(texts)]
    expected = dict(Vocabulary.from_lines(lines).words)
    for fresh_at in ([], [0], [1, 5], [2, 3, 8], list(range(len(lines)))):
        base = Vocabulary()
        base.add_text("\n".join(ln.text for i, ln in enumerate(lines) if i not in fresh_at))
        base.add_text("lines no longer read")  # a line whose role changed, taken back out
        base.add_text("lines no longer read", -1)
        got = Vocabulary.from_lines(lines, base=base, fresh={id(lines[i]) for i in fresh_at})
        assert dict(got.words) == expected, fresh_at


def test_section_pages_remake_a_page_whose_tables_changed():
    """A page prepared for the boxes of its tables is made afresh when the tree is built with other
    tables on it (its lines were marked for those)."""
    from app.document.model import Table
    from app.extract.sections.lines import TABLE

    seg = lambda top, text: [10, top, 100, top + 10, 10, "F", "#000", 0, int(top), text, 0]
    features = {"segs": [seg(10, "Country Total"), seg(30, "Kenya 12"), seg(200, "Body text here")],
                "fonts": [], "colors": []}
    table = Table(id="t1", page=2, bbox=(5, 5, 120, 45), n_rows=2, n_cols=2)
    made = sections.SectionPages()
    made.add(2, features, [table])
    lines, prepared = made.take(2, features, [tuple(table.bbox)])
    assert prepared is not None and [ln.role for ln in lines][:2] == [TABLE, TABLE]
    made.add(2, features, [table])
    lines, prepared = made.take(2, features, [])  # no table there any more
    assert prepared is None and TABLE not in [ln.role for ln in lines]
    # the words of the page handed over prepared stay counted, once; those of the page remade went
    vocabulary = made.take_vocabulary()
    vocabulary.settle()
    assert vocabulary.words == {"body": 1, "text": 1, "here": 1}


def test_assembly_fed_page_by_page_equals_assemble(pages):
    pdf, document, results = pages
    expected = assemble(document, _fresh(results), path=pdf, settings=ExtractSettings()).to_json()
    assembly = Assembly(ExtractSettings())
    for r in reversed(_fresh(results)):
        assembly.add(r)
    got = assembly.finish(document, path=pdf).to_json()
    assert json.dumps(got, sort_keys=True) == json.dumps(expected, sort_keys=True)


def test_extract_document_makes_the_page_lines_before_the_last_page_is_assembled(monkeypatch):
    """extract_document hands the tree the lines of every page made as the page came in: nothing of
    that per-page work is left after the last page."""
    seen = {}
    build = sections.build_sections

    def spy(document, features, tables, outline=None, lines=None):
        seen["made"] = sorted(lines._lines) if lines is not None else []
        seen["pages"] = sorted(features)
        return build(document, features, tables, outline, lines)

    monkeypatch.setattr(sections, "build_sections", spy)
    data = extract_document(MYANMAR, workers=0)
    assert seen["made"] == seen["pages"] and seen["pages"]
    assert data.sections


def test_the_pages_results_are_out_of_the_collectors_way_while_the_document_is_built(pages, monkeypatch):
    """The pages' results (tens of thousands of objects on a long document) live until the document is
    built: the full collections run meanwhile would walk them again and again for nothing. From the
    pages' arrival until the steps are done they are frozen (``gc.freeze``); afterwards the collector
    has them back (also when the assembly is dropped before its end), and a freeze made by someone
    else is left as it was."""
    import gc

    pdf, document, results = pages
    fed = _fresh(results)
    seen = {}
    tag = sections.build_sections

    def spy(document, features, tables, outline=None, lines=None):
        seen["frozen"] = gc.get_freeze_count()
        # frozen objects are in no generation the collector walks
        seen["walked"] = {id(o) for o in gc.get_objects()} & {id(fed[0].features), id(fed[-1])}
        return tag(document, features, tables, outline, lines)

    monkeypatch.setattr(sections, "build_sections", spy)
    assert gc.get_freeze_count() == 0
    dropped = Assembly(ExtractSettings())
    dropped.add(_fresh(results)[0])
    assert gc.get_freeze_count() > 0
    del dropped  # a cancelled extraction's
    assert gc.get_freeze_count() == 0
    assembly = Assembly(ExtractSettings())
    for r in fed:
        assembly.add(r)
    # the pages are out of the collector's passes as they arrive
    assert not {id(o) for o in gc.get_objects()} & {id(fed[0].features), id(fed[-1])}
    assembly.finish(document, path=pdf)
    assert seen["frozen"] > 0 and not seen["walked"]
    assert {id(o) for o in gc.get_objects()} & {id(fed[0].features), id(fed[-1])}
    assert gc.get_freeze_count() == 0

    theirs = [[]]
    gc.freeze()  # someone else's freeze
    try:
        assembly = Assembly(ExtractSettings())
        for r in _fresh(results):
            assembly.add(r)
        assembly.finish(document, path=pdf)
        assert id(theirs) not in {id(o) for o in gc.get_objects()}
    finally:
        gc.unfreeze()


def _marks(pages_):
    return [[(ln.text, ln.role, ln.order, ln.column) for ln in pages_[p]] for p in sorted(pages_)]


@pytest.mark.parametrize("arrival", ["in order", "reversed", "shuffled", "two halves"])
def test_reading_order_and_body_weights_worked_out_ahead_equal_the_whole_documents(pages, arrival):
    """As a page arrives its reading order and its body-style weights are worked out on a guess of the
    document-level marks (running headers, chart text) from the pages seen so far; after the last page
    they are used where the guess was right and made again where it was not. Whatever the order the
    pages come in, the lines' roles, reading order and columns and the body style are those of the
    whole document at once; and both cases happen (the guess is right on most pages, not on all)."""
    from app.extract.sections import reading

    _pdf, document, results = pages
    whole = _fresh(results)
    expected = sections._analyse({r.page: r.features for r in whole}, [t for r in whole for t in r.tables])

    streamed = _fresh(results)
    if arrival == "reversed":
        streamed.reverse()
    elif arrival == "shuffled":
        streamed = random.Random(7).sample(streamed, len(streamed))
    elif arrival == "two halves":  # two workers' pages, each in order, interleaved
        half = (len(streamed) + 1) // 2
        streamed = [r for pair in zip(streamed[:half], streamed[half:] + [None]) for r in pair if r is not None]
    made = sections.SectionPages()
    for r in streamed:
        made.add(r.page, r.features, r.tables)
    taken = {"ahead": 0, "again": 0}
    take = reading.PageOrder.take

    def counted(self, lines, blocks):
        got = take(self, lines, blocks)
        taken["ahead" if got is not None else "again"] += 1
        return got

    reading.PageOrder.take = counted
    try:
        got = sections._analyse_pages({r.page: r.features for r in streamed}, [t for r in streamed for t in r.tables], made)
    finally:
        reading.PageOrder.take = take
    assert _marks(got[0]) == _marks(expected[0])
    assert {p: [ln.text for ln in lines] for p, lines in got[1].items()} == \
        {p: [ln.text for ln in lines] for p, lines in expected[1].items()}
    assert got[2] == expected[2]
    assert taken["ahead"] > taken["again"] > 0
    # each page's body-style weights as used: those of its lines as they are marked now
    from app.extract.sections.analysis import PageWeights

    prepared = got[5]
    for number, lines in got[0].items():
        if lines:
            used = sections._settled(prepared[number], prepared[number].weights)
            assert used.weights(0) == PageWeights(lines).weights(0), number
    assert sum(prepared[n].settled.still() for n in prepared) > len(prepared) / 2


def test_an_order_worked_out_ahead_is_given_back_for_the_same_lines_and_blocks_only():
    from app.extract.sections.lines import Line
    from app.extract.sections.reading import PageOrder, order_page

    def two_columns():
        return [Line(page=1, x0=x, top=100 + 12 * i, x1=x + 200, bottom=110 + 12 * i, size=10, font="F",
                     color="#000", flags=0, row=i, text=f"{x} {i}", order=7, column=7)
                for x in (50, 300) for i in range(4)]

    lines = two_columns()
    ahead = PageOrder(lines, [])
    assert {(ln.order, ln.column) for ln in lines} == {(7, 7)}  # untouched until given back
    assert ahead.take(lines[:-1], []) is None  # a line fewer (marked running since)
    assert ahead.take(list(reversed(lines)), []) is None  # another order of the same lines
    assert ahead.take(lines, [(45, 80, 260, 95)]) is None  # another block
    got = ahead.take(lines, [])
    fresh = two_columns()
    want = order_page(fresh, blocks=[])
    assert [(ln.text, ln.order, ln.column) for ln in got] == [(ln.text, ln.order, ln.column) for ln in want]
    assert len({ln.column for ln in got}) == 2


def _arrive(results, arrival):
    """Fresh page results in the order ``arrival`` names."""
    fed = _fresh(results)
    if arrival == "reversed":
        fed.reverse()
    elif arrival == "shuffled":
        fed = random.Random(11).sample(fed, len(fed))
    return fed


@pytest.mark.parametrize("arrival", ["in order", "reversed", "shuffled"])
def test_heading_runs_worked_out_ahead_build_the_whole_documents_tree(pages, arrival):
    """The heading runs of a page and their context (rows, column box, rows below), and its captions and
    pull quotes, are worked out as it arrives on the guess of the marks to come, and used where the
    page's lines turn out as guessed: the tree is the one built from the whole document at once
    (nothing worked out ahead)."""
    from app.extract.sections import headings

    _pdf, document, results = pages
    whole = _fresh(results)
    tables = [t for r in whole for t in r.tables]
    expected = sections.build_sections(document, {r.page: r.features for r in whole}, tables)

    streamed = _arrive(results, arrival)
    made = sections.SectionPages()
    for r in streamed:
        made.add(r.page, r.features, r.tables)
    taken = {"ahead": 0, "again": 0}
    take = headings.RunsAhead.take

    def counted(self, body, page_lines, stats):
        got = take(self, body, page_lines, stats)
        taken["ahead" if got is not None else "again"] += 1
        return got

    from app.extract.sections import analysis

    captions = {"ahead": 0, "again": 0}
    take_captions = analysis.CaptionsAhead.take

    def counted_captions(self, ordered, boxes, body_size, body_font):
        got = take_captions(self, ordered, boxes, body_size, body_font)
        captions["ahead" if got is not None else "again"] += 1
        return got

    streamed.sort(key=lambda r: r.page)
    tables2 = [t for r in streamed for t in r.tables]
    headings.RunsAhead.take = counted
    analysis.CaptionsAhead.take = counted_captions
    try:
        got = sections.build_sections(document, {r.page: r.features for r in streamed}, tables2, None, made)
    finally:
        headings.RunsAhead.take = take
        analysis.CaptionsAhead.take = take_captions
    assert [s.to_json() for s in got] == [s.to_json() for s in expected]
    assert [t.section for t in tables2] == [t.section for t in tables]
    assert taken["ahead"] > taken["again"]
    # the captions and pull quotes too (not on every page: the body style so far differs on the first)
    assert captions["ahead"] > 0


def test_heading_runs_worked_out_ahead_are_given_back_only_where_they_hold():
    """``RunsAhead`` gives its runs back for the same body lines, the same lines of the body or table
    role and no join across columns only; then they are :func:`make_runs` and :func:`annotate_runs`'s."""
    from app.extract.sections.analysis import Stats
    from app.extract.sections.headings import RunsAhead, annotate_runs, make_runs
    from app.extract.sections.lines import CAPTION, TABLE, Line

    def line(x, top, text, size=10.0, column=0):
        return Line(page=1, x0=x, top=top, x1=x + 200, bottom=top + size, size=size, font="F", color="#000",
                    flags=0, row=int(top), text=text, column=column)

    stats = Stats(body_size=10.0, body_font="F")
    body = [line(50, 130 + 12 * i, f"Body text line {i} of the page") for i in range(4)]
    cell = line(50, 300, "Kenya 12")
    cell.role = TABLE
    page = body + [cell]

    def context(runs):
        return [([ln.text for ln in r.lines], r.gap_above, r.gap_below, r.same_style_mates, r.row_mates,
                 r.column_box, r.row_below, r.table_below) for r in runs]

    fresh = make_runs(body, stats)
    annotate_runs(fresh, page)
    assert context(RunsAhead(body, page).take(body, page, stats)) == context(fresh)
    assert RunsAhead(body, page).take(body[:-1], page, stats) is None  # a line marked since
    assert RunsAhead(body, page).take(body[::-1], page, stats) is None  # another order
    ahead = RunsAhead(body, page)
    cell.role = CAPTION  # no longer a table's line: the rows below differ
    assert ahead.take(body, page, stats) is None
    # a heading wrapped over two columns: joined with the document's body style, not ahead
    heading = [line(50, 100, "Migration and", 14.0, 0), line(300, 100, "displacement", 14.0, 1)]
    lines = heading + body
    assert RunsAhead(lines, lines).take(lines, lines, stats) is None
    assert len(make_runs(lines, stats)) == len(RunsAhead(lines, lines).runs) - 1


def test_captions_worked_out_ahead_are_given_back_only_where_they_hold():
    """``CaptionsAhead`` gives its captions and pull quotes back for the very same body lines, in the
    same order and columns, the same images and the same body size and font only; then they are
    :func:`caption_and_quote_roles`'s."""
    from app.extract.sections.analysis import CaptionsAhead, caption_and_quote_roles
    from app.extract.sections.lines import Line

    def line(top, text, size=10.0):
        return Line(page=1, x0=50, top=top, x1=250, bottom=top + size, size=size, font="F", color="#000",
                    flags=0, row=int(top), text=text)

    photo = [(50.0, 40.0, 250.0, 120.0)]
    body = [line(122, "A camp near the border, 2017", 8.0)]
    body += [line(160 + 12 * i, f"Body text line {i} of the page") for i in range(4)]
    want = caption_and_quote_roles(body, photo, 10.0, "F")
    assert want  # the line under the photo is its caption
    ahead = CaptionsAhead(body, photo, 10.0, "F")
    assert ahead.take(body, photo, 10.0, "F") == want
    assert ahead.take(body[1:], photo, 10.0, "F") is None  # a line marked since
    assert ahead.take(body[::-1], photo, 10.0, "F") is None  # another order
    assert ahead.take(body, [], 10.0, "F") is None  # other images
    assert ahead.take(body, photo, 11.0, "F") is None  # another body size
    assert ahead.take(body, photo, 10.0, "G") is None  # another body font
    body[2].column = 1  # another reading order's columns
    assert ahead.take(body, photo, 10.0, "F") is None


def test_contents_rows_worked_out_ahead_are_used_for_the_same_body_lines_only():
    """A page's rows as the contents search reads them (``toc.page_rows``) are worked out as it arrives,
    on the guess of its body lines; ``find_toc`` uses them only for the very same body lines in the same
    order, and reads the page afresh otherwise."""
    from app.extract.sections import toc
    from app.extract.sections.lines import Line

    def contents_page():
        rows = [("Contents", None)] + [(f"Chapter {i} of the plan", str(3 + 4 * i)) for i in range(1, 7)]
        out = []
        for i, (title, number) in enumerate(rows):
            top = 100.0 + 20 * i
            out.append(Line(page=2, x0=72, top=top, x1=300, bottom=top + 10, size=10.0, font="F",
                            color="#000", flags=0, row=i, text=title))
            if number:
                out.append(Line(page=2, x0=500, top=top, x1=510, bottom=top + 10, size=10.0, font="F",
                                color="#000", flags=0, row=i, text=number))
        return out

    def entries(found):
        return [(e.title, e.printed, e.toc_page) for e in found]

    want = entries(toc.find_toc({2: contents_page()}, {}, 40))
    assert len(want) == 6
    lines = contents_page()
    rows, column, titled, lists = toc.page_rows(lines)
    assert titled and not lists
    assert entries(toc.find_toc({2: lines}, {}, 40, {2: (list(lines), (rows, column, titled, lists))})) == want
    # rows worked out ahead are what is read for the same lines: told it lists figures, no entries
    lines = contents_page()
    told = (list(lines), (*toc.page_rows(lines)[:3], True))
    assert entries(toc.find_toc({2: lines}, {}, 40, {2: told})) == []
    # other body lines than those worked out ahead (one marked running since, or another order): afresh
    for stale in (lambda ls: ls[:-1], lambda ls: ls[::-1]):
        lines = contents_page()
        ahead = stale(lines)
        told = (ahead, (*toc.page_rows(ahead)[:3], True))
        assert entries(toc.find_toc({2: lines}, {}, 40, {2: told})) == want
