"""The document model and its JSON form."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.document.model import Cell, DocumentData, PageWarning, Section, SourceDocument, Table, Tag, sections_from_json


def sample_data() -> DocumentData:
    doc = SourceDocument(
        path="/tmp/a.pdf", sha256="ab" * 32, pages=3, title="Appeal",
        metadata={"Author": "IOM"}, page_sizes=[(595.28, 841.89)] * 3,
    )
    table = Table(
        id="t1", page=2, bbox=(50.0, 100.5, 545.0, 400.25), n_rows=3, n_cols=3,
        cells=[
            Cell(0, 0, "Country"), Cell(0, 1, "Funding (USD)", col_span=2),
            Cell(1, 0, "United Republic of Tanzania"), Cell(1, 1, "2,000,000", value=2000000),
            Cell(1, 2, "12,500,000¹", value=12500000, note="1"),
            Cell(2, 0, "Total"), Cell(2, 1, "-", value=None), Cell(2, 2, "0.5", value=0.5),
        ],
        header_rows=1, title="East and Horn of Africa", method="borderless", total_rows=[2],
        row_tags={1: [Tag("country", "TZA", "United Republic of Tanzania")]}, document="ab" * 32,
        columns=[50.0, 200.0, 300.0, 545.0],
    )
    child = Section("s2", "Kenya", 2, 3, 3, text="Kenya text", tags=[Tag("country", "KEN", "Kenya")])
    root = Section("s1", "East and Horn of Africa", 1, 2, 3, text="Intro",
                   tags=[Tag("region", "east-and-horn-of-africa", "East and Horn of Africa")], children=[child])
    table.section = "s1"
    return DocumentData(doc, [table], [root], [PageWarning(3, "no text layer")])


def test_round_trip_is_exact():
    data = sample_data()
    text = json.dumps(data.to_json())
    again = DocumentData.from_json(json.loads(text))
    assert again == data
    assert again.to_json() == data.to_json()


def test_required_extract_fields_present():
    out = sample_data().to_json()
    assert set(out) >= {"document", "tables", "sections", "warnings"}
    assert set(out["document"]) >= {"path", "sha256", "pages"}
    t = out["tables"][0]
    assert set(t) >= {"id", "page", "bbox", "header_rows", "title", "cells", "section"}
    assert set(t["cells"][0]) >= {"row", "col", "row_span", "col_span", "text", "value"}
    s = out["sections"][1]
    assert set(s) >= {"id", "title", "level", "page", "end_page", "parent", "tags", "text"}
    assert s["parent"] == "s1"
    assert out["warnings"] == [{"page": 3, "message": "no text layer"}]


def test_grid_follows_spans():
    table = sample_data().tables[0]
    grid = table.text_grid(spans="repeat")
    assert grid[0] == ["Country", "Funding (USD)", "Funding (USD)"]
    assert table.text_grid()[0] == ["Country", "Funding (USD)", ""]
    assert table.cell_at(0, 2) is table.anchor(0, 1)
    assert table.anchor(0, 2) is None


def test_numbers_normalised_in_json():
    cell = Cell(0, 0, "3", value=3.0)
    assert cell.to_json()["value"] == 3 and isinstance(cell.to_json()["value"], int)
    assert Cell(0, 0, "x", value=float("nan")).to_json()["value"] is None


def test_tags_are_validated():
    with pytest.raises(ValueError):
        Tag("planet", "MRS")
    with pytest.raises(ValueError):
        Tag("country", "")


def test_newer_json_version_refused():
    data = sample_data().to_json()
    data["version"] = 99
    with pytest.raises(ValueError, match="newer"):
        DocumentData.from_json(data)


def test_sections_need_parents_first():
    with pytest.raises(ValueError):
        sections_from_json([{"id": "b", "title": "B", "level": 2, "page": 1, "parent": "a"}])


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@st.composite
def tables(draw):
    n_rows = draw(st.integers(0, 6))
    n_cols = draw(st.integers(1, 5))
    cells = [
        Cell(r, c, draw(texts), value=draw(st.none() | st.integers(-10**12, 10**12) | st.floats(-1e9, 1e9, allow_nan=False)))
        for r in range(n_rows) for c in range(n_cols)
    ]
    return Table(
        id=draw(st.text(min_size=1, max_size=8)), page=draw(st.integers(1, 500)),
        bbox=(0.0, 1.5, 100.25, 200.0), n_rows=n_rows, n_cols=n_cols, cells=cells,
        header_rows=draw(st.integers(0, n_rows)), title=draw(texts),
    )


@settings(max_examples=60, deadline=None)
@given(tables())
def test_table_json_round_trip_property(table):
    again = Table.from_json(json.loads(json.dumps(table.to_json())))
    assert again.to_json() == table.to_json()


def test_section_confidence_is_optional_in_json():
    """A heading's confidence is written when known (rounded) and read back; absent, null or not a
    number it is None; out of range it is clamped."""
    from app.document.model import Section, sections_from_json, sections_to_json

    root = Section("s0", "Doc", 0, 1, 2, children=[Section("s1", "A", 1, 1, 1, confidence=0.4567),
                                                   Section("s2", "B", 1, 2, 2)])
    records = sections_to_json([root])
    assert "confidence" not in records[0] and "confidence" not in records[2]
    assert records[1]["confidence"] == 0.46
    back = sections_from_json(records)[0]
    assert back.children[0].confidence == 0.46 and back.children[1].confidence is None
    for bad, want in (("high", None), (None, None), (True, None), (7, 1.0), (-1, 0.0)):
        records[1]["confidence"] = bad
        assert sections_from_json(records)[0].children[0].confidence == want
