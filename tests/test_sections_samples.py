"""The bundled samples against their ground truth (resources/samples/*.truth.json), end to end.

Each sample is extracted ONCE per test run through the real pipeline (``app.extract.pipeline``: table
extraction, page features, section tree, tags; conftest ``sample_run``). Compared with the truth:
every heading (title, level, page), the tree and its page ranges, the text of EVERY section paragraph
by paragraph (whitespace inside a paragraph normalised, paragraph breaks kept), the tables' sections,
every country tag of sections and of table rows, region and theme tags of headings.

A unit-level variant builds the section tree from the same page features with the truth's tables (so
a regression in table extraction cannot hide or cause a section failure).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from app.document.model import DocumentData
from app.extract.sections import ROOT_ID, build_sections
from app.extract.sections.text import normalise_title
from app.document.tags import tag_document

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
NAMES = ["migration-initiatives-2017-sample", "myanmar-crisis-response-plan-2025-sample",
         "initiatives-migratoires-2017-sample", "iniciativas-de-migracion-2017-sample"]


def ws(text: str) -> str:
    return " ".join(text.split())


def paragraphs(text: str) -> list[str]:
    return [ws(p) for p in re.split(r"\n\s*\n", text or "") if p.strip()]


def _truth(name: str) -> DocumentData:
    path = SAMPLES / f"{name}.truth.json"
    if not path.is_file() or not (SAMPLES / f"{name}.pdf").is_file():
        pytest.skip(f"{name} is not in resources/samples")
    return DocumentData.from_json(json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture(scope="session")
def extracted(sample_run):
    """name -> (truth, pipeline result, page features), from the one extraction of each sample."""
    cache: dict[str, tuple] = {}

    def get(name: str):
        if name not in cache:
            truth = _truth(name)
            run = sample_run(name)
            cache[name] = (truth, run.data(), run.features)
        return cache[name]

    return get


@pytest.fixture(scope="module", params=NAMES)
def sample(request, extracted):
    truth, data, _ = extracted(request.param)
    return truth, data


@pytest.fixture(scope="module", params=NAMES)
def unit_sample(request, extracted):
    """The section tree built from the pipeline's page features with the truth's tables."""
    truth, data, features = extracted(request.param)
    tables = [t.copy() for t in truth.tables]
    for t in tables:
        t.section = None
        t.row_tags = {}
    roots = build_sections(data.document, features, tables)
    ours = DocumentData(document=data.document, tables=tables, sections=roots)
    tag_document(ours)
    return truth, ours


def _key(s):
    return (normalise_title(s.title), s.page)


def _sections(data: DocumentData):
    return list(data.all_sections())


def _by_key(data: DocumentData) -> dict:
    return {_key(s): s for s in data.all_sections()}


# ------------------------------------------------------------------------------------------ headings


def _headings(data: DocumentData):
    return [(normalise_title(s.title), s.level, s.page) for s in _sections(data)]


def test_every_heading_at_its_level_and_page(sample):
    truth, ours = sample
    assert _headings(ours) == _headings(truth)


def test_every_heading_with_the_truth_tables(unit_sample):
    truth, ours = unit_sample
    assert _headings(ours) == _headings(truth)


def test_one_document_root_with_the_title_and_document_wide_tags(sample):
    """The document is the root section: level 0, its title, the whole page range, no cover text; the
    countries its title names are its tags (every section inherits them when packs filter)."""
    truth, ours = sample
    assert len(ours.sections) == 1
    root = ours.sections[0]
    assert (root.id, root.level, root.page, root.end_page) == (ROOT_ID, 0, 1, ours.document.pages)
    assert root.title == truth.sections[0].title == ours.document.title
    assert root.text == truth.sections[0].text == ""
    assert [t.code for t in root.tags] == [t.code for t in truth.sections[0].tags]
    assert all(s.level >= 1 for s in root.children) and root.children


def test_heading_titles_as_printed(sample):
    truth, ours = sample
    assert [ws(s.title) for s in _sections(ours)] == [ws(s.title) for s in _sections(truth)]


def _shape(data: DocumentData):
    parents = {}
    for s in data.all_sections():
        for c in s.children:
            parents[c.id] = _key(s)
    return [(_key(s), parents.get(s.id), s.end_page) for s in _sections(data)]


def test_tree_shape_and_page_ranges(sample):
    truth, ours = sample
    assert _shape(ours) == _shape(truth)


# -------------------------------------------------------------------------------------------- texts


def _hyphen_only(ours: str, truth: str, truth_words: Counter) -> bool:
    """The two paragraph lists differ only by line-end hyphens that the document's own words cannot
    decide: truth "post-partum" where ours has "postpartum", the hyphenated form occurring once in the
    whole document (at that line end) and the joined form never (docs/sections.md, limits)."""
    a, b = ours.split(), truth.split()
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x == y:
            continue
        word = y.strip(".,;:()")
        if "-" not in word or x.strip(".,;:()") != word.replace("-", ""):
            return False
        if truth_words[word.casefold()] != 1 or truth_words[word.replace("-", "").casefold()]:
            return False
    return True


def _compare_texts(truth: DocumentData, ours: DocumentData):
    words: Counter = Counter()
    for s in truth.all_sections():
        words.update(w.strip(".,;:()“”\"'’").casefold() for w in s.text.split())
    mine = _by_key(ours)
    exact, hyphens, wrong = [], [], []
    for s in truth.all_sections():
        got = mine.get(_key(s))
        if got is not None and paragraphs(got.text) == paragraphs(s.text):
            exact.append(s.title)
        elif got is not None and len(paragraphs(got.text)) == len(paragraphs(s.text)) and all(
            _hyphen_only(x, y, words) for x, y in zip(paragraphs(got.text), paragraphs(s.text))
        ):
            hyphens.append(s.title)
        else:
            wrong.append(s.title)
    return exact, hyphens, wrong


def test_every_section_text_equals_the_truth(sample):
    """Paragraph by paragraph. The only differences allowed are undecidable line-end hyphens."""
    truth, ours = sample
    exact, hyphens, wrong = _compare_texts(truth, ours)
    assert wrong == []
    assert len(exact) + len(hyphens) == sum(1 for _ in truth.all_sections())
    assert len(hyphens) <= 2  # "well-founded", "post-partum" (MI), "survivor-centred" (Myanmar)


def test_section_texts_with_the_truth_tables(unit_sample):
    truth, ours = unit_sample
    assert _compare_texts(truth, ours)[2] == []


def test_a_number_at_a_justified_line_end_stays_in_its_paragraph(sample):
    truth, ours = sample
    for s in ours.all_sections():
        for para in paragraphs(s.text):
            assert not re.fullmatch(r"[\d.,()%]+", para), (s.title, para)


# --------------------------------------------------------------------------------------------- tags


def test_every_country_tag(sample):
    truth, ours = sample
    mine = _by_key(ours)
    for s in truth.all_sections():
        expected = {t.code for t in s.tags if t.kind == "country"}
        got = {t.code for t in mine[_key(s)].tags if t.kind == "country"}
        assert expected <= got, s.title
    pairs = _table_pairs(truth, ours)
    for table, mine_table in pairs:
        expected = {r: [t.code for t in tags if t.kind == "country"] for r, tags in table.row_tags.items()}
        got = {r: [t.code for t in tags if t.kind == "country"] for r, tags in mine_table.row_tags.items()}
        got = {r: c for r, c in got.items() if c}
        assert got == expected, table.id


def test_currency_is_not_a_country(sample):
    """"in United States dollars" (the funding introduction) does not tag the United States."""
    truth, ours = sample
    for s in ours.all_sections():
        if re.search(r"United States dollars|US\$|USD", s.text) and "United States" not in re.sub(
            r"United States dollars", "", s.text
        ):
            assert "USA" not in {t.code for t in s.tags}, s.title


def test_region_and_theme_tags_of_headings(sample):
    truth, ours = sample
    mine = _by_key(ours)
    for s in truth.all_sections():
        got = mine[_key(s)]
        expected = {t.code for t in s.tags if t.kind in ("region", "theme")}
        assert expected <= {t.code for t in got.tags}, s.title


# ------------------------------------------------------------------------------------------- tables


def _table_pairs(truth: DocumentData, ours: DocumentData):
    """Each truth table with the extracted table on its page that overlaps it most."""
    pairs = []
    for table in truth.tables:
        best, best_area = None, 0.0
        for t in ours.tables:
            if t.page != table.page:
                continue
            x0, y0 = max(t.bbox[0], table.bbox[0]), max(t.bbox[1], table.bbox[1])
            x1, y1 = min(t.bbox[2], table.bbox[2]), min(t.bbox[3], table.bbox[3])
            area = max(0.0, x1 - x0) * max(0.0, y1 - y0)
            if area > best_area:
                best, best_area = t, area
        assert best is not None, f"{table.id} (page {table.page}) not extracted"
        pairs.append((table, best))
    return pairs


def test_tables_hang_off_their_sections(sample):
    truth, ours = sample
    ids = {s.id: _key(s) for s in ours.all_sections()}
    truth_ids = {s.id: _key(s) for s in truth.all_sections()}
    for table, mine in _table_pairs(truth, ours):
        assert ids[mine.section] == truth_ids[table.section], table.id


def test_tables_hang_off_their_sections_with_the_truth_tables(unit_sample):
    truth, ours = unit_sample
    ids = {s.id: _key(s) for s in ours.all_sections()}
    truth_ids = {s.id: _key(s) for s in truth.all_sections()}
    for mine, table in zip(ours.tables, truth.tables):
        assert ids[mine.section] == truth_ids[table.section], table.id
