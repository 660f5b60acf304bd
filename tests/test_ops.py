"""Corrections as invertible operations."""

from __future__ import annotations

import copy

import pytest

from app.project import ops
from app.document.model import DocumentData, Section, SourceDocument, Table


def data() -> DocumentData:
    doc = SourceDocument(path="a.pdf", sha256="ef" * 32, pages=4)
    t = Table.from_rows([["Country", "Total"], ["Kenya", "1,000"], ["Total", "1,000"]], id="t1", page=1,
                        bbox=(0, 0, 100, 100), header_rows=1)
    kenya = Section("s3", "Kenya", 2, 2, 2, text="Kenya text.")
    somalia = Section("s4", "Somalia", 2, 3, 3, text="Somalia text.")
    region = Section("s2", "East Africa", 1, 2, 3, children=[kenya, somalia])
    other = Section("s5", "Asia", 1, 4, 4, text="Asia text.")
    return DocumentData(doc, [t], [region, other])


OPS = [
    {"op": "set_cell", "table": "t1", "row": 1, "col": 1, "text": "(2,000)"},
    {"op": "set_table", "table": "t1", "attrs": {"header_rows": 2, "total_rows": [2], "title": "T"}},
    {"op": "replace_table", "table": "t2", "new": Table.from_rows([["a"]], id="t2", page=3, bbox=(1, 2, 3, 4)).to_json()},
    {"op": "replace_table", "table": "t1", "new": None},
    {"op": "set_section", "section": "s3", "attrs": {"title": "KENYA", "level": 3, "tags": [{"kind": "country", "code": "KEN", "name": "Kenya"}]}},
    {"op": "insert_section", "parent": "s2", "index": 1, "section": [{"id": "s9", "title": "Uganda", "level": 2, "page": 2, "end_page": 2, "parent": None}]},
    {"op": "delete_section", "section": "s2"},
    {"op": "move_section", "section": "s4", "parent": "s5", "index": 0},
    {"op": "move_section", "section": "s5", "parent": None, "index": 0},
    {"op": "batch", "label": "Merge", "ops": [
        {"op": "set_section", "section": "s3", "attrs": {"text": "Kenya text. Somalia text."}},
        {"op": "delete_section", "section": "s4"},
    ]},
]


@pytest.mark.parametrize("op", OPS, ids=[f"{o['op']}-{i}" for i, o in enumerate(OPS)])
def test_inverse_restores_exactly(op):
    d = data()
    before = d.to_json()
    inverse = ops.apply(d, copy.deepcopy(op))
    after = d.to_json()
    assert after != before
    redo = ops.apply(d, inverse)
    assert d.to_json() == before
    ops.apply(d, redo)
    assert d.to_json() == after


def test_set_cell_parses_value_and_note():
    d = data()
    ops.apply(d, {"op": "set_cell", "table": "t1", "row": 1, "col": 1, "text": "12,500,000¹"})
    cell = d.table("t1").anchor(1, 1)
    assert (cell.value, cell.note) == (12500000, "1")


def test_conflict_when_old_text_differs():
    d = data()
    with pytest.raises(ops.OpConflict):
        ops.apply(d, {"op": "set_cell", "table": "t1", "row": 1, "col": 1, "text": "5", "old": "999"})
    assert d.table("t1").anchor(1, 1).text == "1,000"


def test_unknown_things_are_conflicts_not_crashes():
    d = data()
    with pytest.raises(ops.OpConflict):
        ops.apply(d, {"op": "set_cell", "table": "nope", "row": 0, "col": 0, "text": "x"})
    with pytest.raises(ops.OpConflict):
        ops.apply(d, {"op": "set_cell", "table": "t1", "row": 40, "col": 0, "text": "x"})
    with pytest.raises(ops.OpConflict):
        ops.apply(d, {"op": "set_section", "section": "zz", "attrs": {"title": "x"}})
    with pytest.raises(ops.OpError):
        ops.apply(d, {"op": "format_disk"})


def test_batch_is_atomic():
    d = data()
    before = d.to_json()
    with pytest.raises(ops.OpConflict):
        ops.apply(d, {"op": "batch", "ops": [
            {"op": "set_cell", "table": "t1", "row": 1, "col": 0, "text": "Kenya!"},
            {"op": "set_cell", "table": "t1", "row": 1, "col": 1, "text": "1", "old": "wrong"},
        ]})
    assert d.to_json() == before


def test_cannot_move_section_into_itself():
    d = data()
    with pytest.raises(ops.OpError):
        ops.apply(d, {"op": "move_section", "section": "s2", "parent": "s3"})


def test_replay_skips_conflicts_and_applies_the_rest():
    d = data()
    applied, skipped = ops.replay(d, [
        {"op": "set_cell", "table": "t1", "row": 1, "col": 0, "text": "Kenya (KEN)", "old": "Kenya"},
        {"op": "set_cell", "table": "t1", "row": 2, "col": 0, "text": "x", "old": "not there"},
        {"op": "set_section", "section": "s5", "attrs": {"title": "Asia and the Pacific"}, "old": {"title": "Asia"}},
    ])
    assert applied == 2 and len(skipped) == 1
    assert d.section("s5").title == "Asia and the Pacific"


def test_labels():
    assert ops.describe({"op": "set_cell", "row": 2, "col": 27}) == "Edit cell AB3"
    assert ops.describe({"op": "set_section", "attrs": {"title": "x"}}) == "Rename section"
    assert ops.describe({"op": "batch", "label": "Merge rows"}) == "Merge rows"


def test_an_edited_figure_is_written_like_its_neighbours():
    """"710000" typed in a column printed "700,000" reads "710,000", as its neighbours do, in the
    editor and in every export; undo and redo keep the texts exactly."""
    from app.packs.pack import PackDefinition, build_pack
    from exporters.common import display_text

    d = data()
    t = d.table("t1")
    ops.apply(d, {"op": "set_cell", "table": "t1", "row": 2, "col": 1, "text": "700,000"})
    inverse = ops.apply(d, {"op": "set_cell", "table": "t1", "row": 1, "col": 1, "text": "710000"})
    cell = t.cell_at(1, 1)
    assert (cell.text, cell.value) == ("710,000", 710_000)
    assert inverse["old"] == "710,000"  # undo checks the text the cell really holds
    redo = ops.apply(d, inverse)
    assert t.cell_at(1, 1).text == "1,000"
    ops.apply(d, redo)
    assert t.cell_at(1, 1).text == "710,000"
    # a figure already grouped, a decimal or text is kept as typed
    for typed in ("710 000", "710000.5", "n/a"):
        ops.apply(d, {"op": "set_cell", "table": "t1", "row": 1, "col": 1, "text": typed})
        assert t.cell_at(1, 1).text == typed
    ops.apply(d, {"op": "set_cell", "table": "t1", "row": 1, "col": 1, "text": "710000"})
    view = next(build_pack([d], PackDefinition()).tables()).view
    assert display_text(view.rows[0].cells[1]) == "710,000"


def test_constructors_build_what_the_journal_stores():
    """The constructors return the very dicts callers used to write by hand (same keys, same order: the
    journal stores them as JSON text), and each one applies and undoes."""
    import json

    d = data()
    table_json = d.table("t1").to_json()
    records = [{"id": "s9", "title": "Uganda", "level": 2, "page": 2, "end_page": 2, "parent": None}]
    built = [
        ops.set_cell("t1", 1, 1, "2,000", "1,000"),
        ops.set_table("t1", {"header_rows": 2}, {"header_rows": 1}, "Set 2 header row(s)"),
        ops.set_section("s3", {"title": "KENYA"}, {"title": "Kenya"}),
        ops.insert_section("s2", 1, records),
        ops.move_section("s4", "s5", 0, "s2", 1),
        ops.batch([ops.replace_table("t1", None, table_json)], "Delete table t1"),
    ]
    assert [json.dumps(op) for op in built] == [json.dumps(op) for op in [
        {"op": "set_cell", "table": "t1", "row": 1, "col": 1, "text": "2,000", "old": "1,000"},
        {"op": "set_table", "table": "t1", "attrs": {"header_rows": 2}, "old": {"header_rows": 1},
         "label": "Set 2 header row(s)"},
        {"op": "set_section", "section": "s3", "attrs": {"title": "KENYA"}, "old": {"title": "Kenya"}},
        {"op": "insert_section", "parent": "s2", "index": 1, "section": records},
        {"op": "move_section", "section": "s4", "parent": "s5", "index": 0, "old_parent": "s2", "old_index": 1},
        {"op": "batch", "ops": [{"op": "replace_table", "table": "t1", "new": None, "old": table_json}],
         "label": "Delete table t1"},
    ]]
    for op in built:
        fresh = data()
        before = fresh.to_json()
        ops.apply(fresh, ops.apply(fresh, op))
        assert fresh.to_json() == before
    deleted = ops.delete_section("s2", [{"id": "s2"}, {"id": "s3"}, {"id": "s4"}], "Delete section")
    assert list(deleted) == ["op", "section", "old", "label"]


def test_operations_are_built_by_the_constructors_only():
    """No module of the core or of the editors spells an operation as a literal dict."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    literal = re.compile(r"""\{\s*["']op["']\s*:""")
    found = []
    for path in sorted(p for package in ("briefing_builder", "app", "widgets") for p in (root / package).rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel == "app/project/ops.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if literal.search(line) and not line.lstrip().startswith(("#", "#:")):
                found.append(f"{rel}:{n}")
    assert not found, f"operations built by hand: {found}"


@pytest.mark.parametrize("target", [("set_table", "table", "t1", "header_rows"), ("set_section", "section", "s3", "text")])
def test_attribute_ops_check_what_they_expect(target):
    """set_table and set_section refuse unknown attributes and a stale ``old`` (nothing written), and the
    reason shown to the user stays short even for a section's long text."""
    op, key, ident, attr = target
    d = data()
    before = d.to_json()
    with pytest.raises(ops.OpError):
        ops.apply(d, {"op": op, key: ident, "attrs": {"no_such_attribute": 1}})
    long = "x" * 5000
    with pytest.raises(ops.OpConflict) as info:
        ops.apply(d, {"op": op, key: ident, "attrs": {attr: 2 if attr == "header_rows" else "new"}, "old": {attr: long}})
    assert d.to_json() == before
    assert len(str(info.value)) < 200
    inverse = ops.apply(d, {"op": op, key: ident, "attrs": {attr: 0 if attr == "header_rows" else "new"}})
    ops.apply(d, inverse)
    assert d.to_json() == before
