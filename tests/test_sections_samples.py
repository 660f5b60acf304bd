"""The bundled samples against their ground truth (resources/samples/*.truth.json).

The section tree is extracted from the sample PDF with its bookmarks unused (the samples have none,
and the heading inference is what is tested) and with the truth's tables as the table extractor's
result (tables are another stream's job: this keeps the test about sections). Compared with the
truth: every heading (title, level, page), every country section's text after whitespace
normalisation, the tables' sections, every country tag of sections and of table rows.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.model import DocumentData
from app.sections import PREAMBLE_ID, extract_sections
from app.sections.text import normalise_title
from app.tags import tag_document

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
NAMES = ["migration-initiatives-2017-sample", "myanmar-crisis-response-plan-2025-sample"]


def ws(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module", params=NAMES)
def sample(request):
    pdf = SAMPLES / f"{request.param}.pdf"
    truth_path = SAMPLES / f"{request.param}.truth.json"
    if not pdf.is_file() or not truth_path.is_file():
        pytest.skip(f"{request.param} is not in resources/samples")
    truth = DocumentData.from_json(json.loads(truth_path.read_text(encoding="utf-8")))
    tables = [t.copy() for t in truth.tables]
    for t in tables:
        t.section = None
        t.row_tags = {}
    roots = extract_sections(pdf, use_outline=False, tables=tables)
    ours = DocumentData(document=truth.document, tables=tables, sections=roots)
    tag_document(ours)
    return truth, ours


def test_every_heading_at_its_level_and_page(sample):
    truth, ours = sample
    expected = [(normalise_title(s.title), s.level, s.page) for s in truth.all_sections()]
    got = [(normalise_title(s.title), s.level, s.page) for s in ours.all_sections() if s.id != PREAMBLE_ID]
    assert got == expected


def test_heading_titles_as_printed(sample):
    truth, ours = sample
    got = [ws(s.title) for s in ours.all_sections() if s.id != PREAMBLE_ID]
    assert got == [ws(s.title) for s in truth.all_sections()]


def test_tree_shape_and_page_ranges(sample):
    truth, ours = sample
    def shape(data):
        parents = {}
        for s in data.all_sections():
            for c in s.children:
                parents[c.id] = s.id
        return [(s.id, parents.get(s.id), s.page, s.end_page) for s in data.all_sections() if s.id != PREAMBLE_ID]
    assert shape(ours) == shape(truth)


def test_country_section_texts_equal_the_truth(sample):
    truth, ours = sample
    by_key = {(normalise_title(s.title), s.page): s for s in ours.all_sections()}
    checked = 0
    for s in truth.all_sections():
        if not any(t.kind == "country" for t in s.tags):
            continue
        mine = by_key[(normalise_title(s.title), s.page)]
        assert ws(mine.text) == ws(s.text), s.title
        checked += 1
    if truth.document.path.startswith("migration"):
        assert checked > 100


def test_all_section_texts_nearly_equal(sample):
    """Outside country sections, a few hyphenated compounds broken at a line end ("well-founded")
    cannot be decided from the document's own words; everything else matches."""
    import difflib

    truth, ours = sample
    by_key = {(normalise_title(s.title), s.page): s for s in ours.all_sections()}
    for s in truth.all_sections():
        mine = by_key[(normalise_title(s.title), s.page)]
        if ws(mine.text) != ws(s.text):
            ratio = difflib.SequenceMatcher(None, ws(mine.text), ws(s.text), autojunk=False).ratio()
            assert ratio > 0.998, s.title


def test_every_country_tag(sample):
    truth, ours = sample
    by_key = {(normalise_title(s.title), s.page): s for s in ours.all_sections()}
    for s in truth.all_sections():
        expected = {t.code for t in s.tags if t.kind == "country"}
        got = {t.code for t in by_key[(normalise_title(s.title), s.page)].tags if t.kind == "country"}
        assert expected <= got, s.title
        # and every country named in a section's title is its tag
    for mine, table in zip(ours.tables, truth.tables):
        expected = {r: [t.code for t in tags if t.kind == "country"] for r, tags in table.row_tags.items()}
        got = {r: [t.code for t in tags if t.kind == "country"] for r, tags in mine.row_tags.items()}
        got = {r: c for r, c in got.items() if c}
        assert got == expected, table.id


def test_region_and_theme_tags_of_headings(sample):
    truth, ours = sample
    by_key = {(normalise_title(s.title), s.page): s for s in ours.all_sections()}
    for s in truth.all_sections():
        mine = by_key[(normalise_title(s.title), s.page)]
        expected = {t.code for t in s.tags if t.kind == "region"}
        assert expected <= {t.code for t in mine.tags if t.kind == "region"}, s.title
        if any(t.kind == "theme" and t.code.startswith(("principle-", "objective-")) for t in s.tags):
            assert any(t.kind == "theme" for t in mine.tags), s.title


def test_tables_hang_off_their_sections(sample):
    truth, ours = sample
    ids = {s.id: normalise_title(s.title) for s in ours.all_sections()}
    truth_ids = {s.id: normalise_title(s.title) for s in truth.all_sections()}
    for mine, table in zip(ours.tables, truth.tables):
        assert ids[mine.section] == truth_ids[table.section], table.id
