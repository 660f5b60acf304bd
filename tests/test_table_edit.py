"""Structural table edits: pure functions Table -> Table, journaled as replace_table."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.project import ops
from app.project import table_edit as te
from app.document.model import DocumentData, SourceDocument, Table, Tag


def funding() -> Table:
    return Table.from_rows(
        [
            ["Country", "Objective 1", "Objective 2", "Total"],
            ["Kenya", "700,000", "300,000", "1,000,000"],
            ["Northern", "-", "", ""],
            ["Africa", "100", "200", "300"],
            ["Total", "700,100", "300,200", "1,000,300"],
        ],
        id="t1", page=3, bbox=(10, 20, 300, 200), header_rows=1, total_rows=[4],
        columns=[60.0, 120.0, 200.0],
        row_tags={1: [Tag("country", "KEN", "Kenya")], 3: [Tag("region", "north-africa", "Africa")]},
    )


def coverage(table: Table) -> dict[tuple[int, int], int]:
    """How many cells cover each grid position (a valid table covers each exactly once)."""
    seen: dict[tuple[int, int], int] = {}
    for cell in table.cells:
        assert cell.row >= 0 and cell.col >= 0 and cell.row_span >= 1 and cell.col_span >= 1
        for r in range(cell.row, cell.row + cell.row_span):
            for c in range(cell.col, cell.col + cell.col_span):
                seen[(r, c)] = seen.get((r, c), 0) + 1
    return seen


def assert_valid(table: Table) -> None:
    seen = coverage(table)
    assert all(n == 1 for n in seen.values()), "overlapping cells"
    assert all(0 <= r < table.n_rows and 0 <= c < table.n_cols for r, c in seen), "cell outside the grid"
    assert 0 <= table.header_rows <= table.n_rows
    assert all(0 <= r < table.n_rows for r in table.total_rows)
    assert all(0 <= r < table.n_rows for r in table.row_tags)


def texts(table: Table) -> list[list[str]]:
    return table.text_grid()


def test_functions_do_not_change_their_argument():
    t = funding()
    before = t.to_json()
    te.insert_row(t, 1)
    te.delete_row(t, 1)
    te.merge_row_up(t, 3)
    te.merge_cells(t, 0, 1, 0, 2)
    te.move_column(t, 0, 3)
    te.split_column(t, 0)
    assert t.to_json() == before


def test_insert_row_shifts_totals_tags_and_keeps_grid_dense():
    t = te.insert_row(funding(), 1)
    assert_valid(t)
    assert t.n_rows == 6
    assert texts(t)[1] == ["", "", "", ""]
    assert texts(t)[2][0] == "Kenya"
    assert t.total_rows == [5]
    assert set(t.row_tags) == {2, 4}
    assert t.header_rows == 1
    top = te.insert_row(funding(), 0)
    assert top.header_rows == 2  # a row above the header is part of the header
    appended = te.insert_rows(funding(), 5, 2)
    assert appended.n_rows == 7 and texts(appended)[6] == ["", "", "", ""]


def test_delete_rows_shrinks_spans_and_updates_attributes():
    t = te.merge_cells(funding(), 1, 0, 3, 0)  # a label spanning rows 1-3
    t = te.delete_rows(t, [2])
    assert_valid(t)
    label = t.anchor(1, 0)
    assert label.row_span == 2 and label.text.startswith("Kenya")
    assert t.total_rows == [3]
    assert set(t.row_tags) == {1, 2}
    with pytest.raises(te.TableEditError):
        te.delete_rows(funding(), range(5))
    with pytest.raises(te.TableEditError):
        te.delete_row(funding(), 9)


def test_move_row():
    t = te.move_row(funding(), 1, 3)
    assert_valid(t)
    assert [r[0] for r in texts(t)] == ["Country", "Northern", "Africa", "Kenya", "Total"]
    assert 3 in t.row_tags and t.row_tags[3][0].code == "KEN"
    assert t.total_rows == [4]
    spanned = te.merge_cells(funding(), 1, 0, 2, 0)
    with pytest.raises(te.TableEditError):
        te.move_row(spanned, 1, 3)  # would tear the merged label apart


def test_merge_row_up_joins_wrapped_labels_and_reparses_values():
    t = te.merge_row_up(funding(), 3)
    assert_valid(t)
    assert t.n_rows == 4
    # a "nothing" marker above a value is replaced, not joined ("- 100" would read as -100)
    assert texts(t)[2] == ["Northern Africa", "100", "200", "300"]
    assert t.anchor(2, 1).value == 100 and t.anchor(2, 2).value == 200
    assert t.total_rows == [3]
    assert [tag.code for tag in t.row_tags[2]] == ["north-africa"]
    with pytest.raises(te.TableEditError):
        te.merge_row_up(funding(), 0)


def test_merge_row_up_into_spanning_cell_above():
    t = te.merge_cells(funding(), 2, 1, 2, 3)  # row 2 columns 1-3 merged
    t = te.merge_row_up(t, 3)
    assert_valid(t)
    assert texts(t)[2][0] == "Northern Africa"
    assert t.anchor(2, 1).text == "100 200 300"  # the merged cell above ("-") takes every part


def test_header_row_absorbing_a_wrapped_header_stays_header():
    t = Table.from_rows([["Objective", "Total"], ["1", "(USD)"], ["Kenya", "5"]], id="h", header_rows=2)
    merged = te.merge_row_up(t, 1)
    assert merged.header_rows == 1
    assert texts(merged)[0] == ["Objective 1", "Total (USD)"]


def test_split_row_by_lines_and_by_numbers():
    t = Table.from_rows([["A", "B"], ["Kenya\nUganda", "1\n2"]], id="x", header_rows=1)
    s = te.split_row(t, 1)
    assert_valid(s)
    assert texts(s) == [["A", "B"], ["Kenya", "1"], ["Uganda", "2"]]
    assert s.anchor(2, 1).value == 2
    t = Table.from_rows([["A", "B", "C"], ["Kenya Uganda", "1,000 2,000", "3 4"]], id="y", header_rows=1)
    s = te.split_row(t, 1)
    assert texts(s) == [["A", "B", "C"], ["Kenya Uganda", "1,000", "3"], ["", "2,000", "4"]]
    bad = Table.from_rows([["1 2", "1 2 3"]], id="z")
    with pytest.raises(te.TableEditError):
        te.split_row(bad, 0)
    with pytest.raises(te.TableEditError):
        te.split_row(funding(), 1)


def test_columns_insert_delete_move_keep_separators_consistent():
    t = te.insert_column(funding(), 1)
    assert_valid(t)
    assert t.n_cols == 5 and texts(t)[0] == ["Country", "", "Objective 1", "Objective 2", "Total"]
    assert t.columns is None
    d = te.delete_column(funding(), 2)
    assert_valid(d)
    assert texts(d)[0] == ["Country", "Objective 1", "Total"]
    assert d.columns == [60.0, 200.0]
    first = te.delete_column(funding(), 0)
    assert first.columns == [120.0, 200.0]
    m = te.move_column(funding(), 3, 1)
    assert texts(m)[0] == ["Country", "Total", "Objective 1", "Objective 2"]
    assert m.columns is None
    with pytest.raises(te.TableEditError):
        te.delete_columns(funding(), range(4))


def test_merge_and_split_columns():
    t = Table.from_rows([["Country", "Req", "(USD)"], ["Kenya", "1,000", ""], ["Uganda 2,000", "", ""]], id="c",
                        header_rows=1, columns=[10.0, 50.0, 90.0, 130.0])
    merged = te.merge_columns(t, 1)
    assert_valid(merged)
    assert texts(merged) == [["Country", "Req (USD)"], ["Kenya", "1,000"], ["Uganda 2,000", ""]]
    assert merged.columns == [10.0, 50.0, 130.0]  # edges convention: the separator between them went
    split = te.split_column(merged, 0)
    assert_valid(split)
    assert texts(split)[2][:2] == ["Uganda", "2,000"]
    assert split.anchor(2, 1).value == 2000
    assert texts(split)[1][:2] == ["Kenya", ""]
    by_sep = te.split_column(Table.from_rows([["a/b"], ["c"]], id="s"), 0, separator="/")
    assert texts(by_sep) == [["a", "b"], ["c", ""]]
    with pytest.raises(te.TableEditError):
        te.merge_columns(t, 2)


def test_merge_cells_grows_to_cover_spans_and_split_undoes_it():
    t = te.merge_cells(funding(), 0, 1, 0, 2)
    assert_valid(t)
    anchor = t.anchor(0, 1)
    assert (anchor.col_span, anchor.text) == (2, "Objective 1 Objective 2")
    grown = te.merge_cells(t, 0, 2, 1, 3)  # cuts through the merged header: grows to cols 1-3
    assert_valid(grown)
    assert grown.anchor(0, 1).col_span == 3 and grown.anchor(0, 1).row_span == 2
    split = te.split_cell(t, 0, 2)
    assert_valid(split)
    assert split.anchor(0, 1).col_span == 1 and split.anchor(0, 2).text == ""
    with pytest.raises(te.TableEditError):
        te.split_cell(funding(), 1, 1)
    with pytest.raises(te.TableEditError):
        te.merge_cells(funding(), 1, 1, 1, 1)


def test_header_and_total_rows():
    t = te.set_header_rows(funding(), 2)
    assert t.header_rows == 2
    with pytest.raises(te.TableEditError):
        te.set_header_rows(funding(), 9)
    t = te.set_total_row(funding(), 1)
    assert t.total_rows == [1, 4]
    assert te.set_total_row(t, 4, False).total_rows == [1]


def test_replace_op_is_journaled_undoable_and_conflicts_when_table_changed():
    doc = SourceDocument(path="a.pdf", sha256="ab" * 32, pages=3)
    data = DocumentData(doc, [funding()])
    old = data.table("t1")
    new = te.merge_row_up(old, 3)
    op = te.replace_op(old, new, "Merge row 4 into row 3")
    assert ops.describe(op) == "Merge row 4 into row 3"
    before = data.to_json()
    inverse = ops.apply(data, copy.deepcopy(op))
    assert data.table("t1").n_rows == 4
    ops.apply(data, inverse)
    assert data.to_json() == before
    # the same op on a table that was re-extracted differently is refused
    other = DocumentData(doc, [te.set_cell_text(funding(), 1, 0, "KENYA")])
    with pytest.raises(ops.OpConflict):
        ops.apply(other, copy.deepcopy(op))


def test_new_table_id_is_unique():
    assert te.new_table_id(["p3-m1", "p3-t1"], 3) == "p3-m2"


# --------------------------------------------------------------------------------- property tests

EDITS = st.sampled_from(["insert_row", "delete_row", "move_row", "merge_row_up", "insert_col", "delete_col",
                         "move_col", "merge_cols", "merge_cells", "split_cell", "split_col"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(EDITS, st.integers(0, 8), st.integers(0, 8), st.integers(0, 8), st.integers(0, 8)),
                max_size=12))
def test_random_edit_sequences_keep_the_table_valid(steps):
    t = funding()
    for name, a, b, c, d in steps:
        try:
            if name == "insert_row":
                t = te.insert_row(t, a % (t.n_rows + 1))
            elif name == "delete_row":
                t = te.delete_row(t, a % t.n_rows)
            elif name == "move_row":
                t = te.move_row(t, a % t.n_rows, b % t.n_rows)
            elif name == "merge_row_up":
                t = te.merge_row_up(t, a % t.n_rows)
            elif name == "insert_col":
                t = te.insert_column(t, a % (t.n_cols + 1))
            elif name == "delete_col":
                t = te.delete_column(t, a % t.n_cols)
            elif name == "move_col":
                t = te.move_column(t, a % t.n_cols, b % t.n_cols)
            elif name == "merge_cols":
                t = te.merge_columns(t, a % t.n_cols)
            elif name == "merge_cells":
                t = te.merge_cells(t, a % t.n_rows, b % t.n_cols, c % t.n_rows, d % t.n_cols)
            elif name == "split_cell":
                t = te.split_cell(t, a % t.n_rows, b % t.n_cols)
            elif name == "split_col":
                t = te.split_column(t, a % t.n_cols)
        except te.TableEditError:
            pass
        assert_valid(t)
        assert len(coverage(t)) == t.n_rows * t.n_cols  # every position covered
        # survives the JSON round trip used by the journal
        assert Table.from_json(t.to_json()).to_json() == t.to_json()


# ------------------------------------------------------------------ tables continued on the next page


def _doc(*tables: Table) -> DocumentData:
    return DocumentData(document=SourceDocument(sha256="x" * 64, path="a.pdf", pages=20), tables=list(tables))


def _part(id_: str, page: int, rows: list[list[str]], top: float, header_rows: int = 0,
          continued_from: str | None = None) -> Table:
    return Table.from_rows(rows, id=id_, page=page, bbox=(50, top, 500, top + 20 * len(rows)),
                           header_rows=header_rows, continued_from=continued_from)


HEAD = ["Country", "Budget"]


def test_merge_with_continuation_is_one_undoable_step():
    first = _part("p14-t1", 14, [HEAD, ["Kenya", "1,000"], ["Somalia", "2,000"]], 500, header_rows=1)
    second = _part("p15-t1", 15, [HEAD, ["Uganda", "3,000"], ["Total", "6,000"]], 60, header_rows=1,
                   continued_from="p14-t1")
    second.anchor(1, 1).value = 3000  # as extraction parses it
    other = _part("p15-t2", 15, [["a", "b"], ["c", "d"]], 400)
    data = _doc(first, second, other)
    before = copy.deepcopy(data.to_json())
    assert te.continuation_of(data.tables, "p14-t1") is second
    op = te.merge_continuation_op(data.tables, first)
    assert op["op"] == "batch" and op["label"] == "Merge p14-t1 with its continuation on page 15"
    inverse = ops.apply(data, op)
    merged = data.table("p14-t1")
    assert [t.id for t in data.tables] == ["p14-t1", "p15-t2"]
    # the repeated header row is dropped, the rows follow in order, values parsed
    assert merged.text_grid() == [HEAD, ["Kenya", "1,000"], ["Somalia", "2,000"], ["Uganda", "3,000"],
                                  ["Total", "6,000"]]
    assert merged.page == 14 and merged.bbox == first.bbox and merged.header_rows == 1
    assert merged.anchor(3, 1).value == 3000 and merged.continued_from is None
    # where the continuation was printed is kept: boxes on both pages, pages for the sources list
    assert merged.boxes() == [(14, first.bbox), (15, second.bbox)] and merged.pages() == [14, 15]
    assert Table.from_json(merged.to_json()).boxes() == merged.boxes()
    assert "parts" not in data.table("p15-t2").to_json()  # one-page tables keep their JSON form
    ops.apply(data, inverse)
    assert data.to_json() == before


def test_merge_relinks_a_third_part_and_checks_columns():
    a = _part("p1-t1", 1, [HEAD, ["A", "1"]], 600, header_rows=1)
    b = _part("p2-t1", 2, [["B", "2"]], 50, continued_from="p1-t1")
    c = _part("p3-t1", 3, [["C", "3"]], 50, continued_from="p2-t1")
    data = _doc(a, b, c)
    ops.apply(data, te.merge_continuation_op(data.tables, a))
    assert data.table("p3-t1").continued_from == "p1-t1"
    ops.apply(data, te.merge_continuation_op(data.tables, data.table("p1-t1")))
    assert data.table("p1-t1").text_grid() == [HEAD, ["A", "1"], ["B", "2"], ["C", "3"]]
    assert data.table("p1-t1").pages() == [1, 2, 3]
    assert te.continuation_of(data.tables, "p1-t1") is None
    with pytest.raises(te.TableEditError):
        te.merge_continuation_op(data.tables, data.table("p1-t1"))
    wide = _part("p2-t1", 2, [["B", "2", "x"]], 50, continued_from="p1-t1")
    with pytest.raises(te.TableEditError, match="columns"):
        te.merge_continuation_op([data.table("p1-t1"), wide], data.table("p1-t1"))


def test_link_and_unlink_a_continuation():
    a = _part("p1-t1", 1, [HEAD, ["A", "1"]], 600, header_rows=1)
    b = _part("p2-t1", 2, [["B", "2"]], 50)
    below = _part("p2-t2", 2, [["x", "y"]], 300)
    data = _doc(a, b, below)
    assert te.link_candidate(data.tables, b) is a
    assert te.link_candidate(data.tables, below) is None  # not the first table of its page
    assert te.link_candidate(data.tables, a) is None  # no page before
    inverse = ops.apply(data, te.link_op(data.tables, b))
    assert data.table("p2-t1").continued_from == "p1-t1"
    assert te.previous_part(data.tables, data.table("p2-t1")) is a
    assert te.link_candidate(data.tables, data.table("p2-t1")) is None  # linked already
    ops.apply(data, inverse)
    assert data.table("p2-t1").continued_from is None
    ops.apply(data, te.link_op(data.tables, data.table("p2-t1")))
    ops.apply(data, te.unlink_op(data.table("p2-t1")))
    assert data.table("p2-t1").continued_from is None
    with pytest.raises(te.TableEditError):
        te.unlink_op(data.table("p2-t1"))


def test_later_parts_carry_the_first_part_s_title():
    """A table printed over three pages has its caption once: every part is known by it, a part with
    its own title keeps it, and a link that loops back (a hand-edited project) ends the walk."""
    a = _part("p1-t1", 1, [HEAD, ["A", "1"]], 600, header_rows=1)
    a.title = "Funding requirements"
    b = _part("p2-t1", 2, [["B", "2"]], 50)
    c = _part("p3-t1", 3, [["C", "3"]], 50)
    b.continued_from, c.continued_from = "p1-t1", "p2-t1"
    data = _doc(a, b, c)
    assert [te.part_title(data.tables, t) for t in data.tables] == ["Funding requirements"] * 3
    assert te.part_name(data.tables, c) == "“Funding requirements”"
    assert te.unlink_op(c, data.tables)["label"] == "Unlink the table on page 3 from “Funding requirements”"
    c.title = "Annex"
    assert te.part_title(data.tables, c) == "Annex"
    a.title, a.continued_from = "", "p2-t1"
    assert te.part_title(data.tables, b) == "" and te.part_name(data.tables, b) == "p2-t1"


# ----------------------------------------------------------------------------------------- clipboard


def test_parse_clipboard_reads_spreadsheet_text():
    assert te.parse_clipboard("a\tb\r\nc\td\r\n") == [["a", "b"], ["c", "d"]]
    assert te.parse_clipboard("1,000\t\t3\n") == [["1,000", "", "3"]]
    assert te.parse_clipboard("a\t") == [["a", ""]]
    assert te.parse_clipboard("\tb\n\nc") == [["", "b"], [""], ["c"]]
    assert te.parse_clipboard('"two\nlines"\t"say ""hi"""\nx') == [["two\nlines", 'say "hi"'], ["x"]]
    assert te.parse_clipboard('12" pipe\t"open') == [['12" pipe', '"open']]
    assert te.parse_clipboard("") == [] and te.parse_clipboard("\n") == []


cell_text = st.text(alphabet=st.sampled_from(list('ab1,."\t\n\r -')), max_size=6)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(cell_text, min_size=2, max_size=2), min_size=1, max_size=3))
def test_copy_then_parse_gives_the_cells_back(rows):
    rows = [[c.replace("\r", "") for c in row] for row in rows]
    table = Table.from_rows(rows, id="t", page=1, bbox=(0, 0, 100, 100))
    text = te.copy_text(table, (0, 0, len(rows) - 1, 1))
    assert te.parse_clipboard(text) == table.text_grid()


def test_paste_is_clipped_to_the_table_and_fills_a_selection():
    table = funding()  # 5 rows x 4 columns
    values, rows_out, cols_out = te.paste_values(table, [["1", "2", "3"], ["4", "5", "6"]], 4, 2)
    assert values == {(4, 2): "1", (4, 3): "2"} and (rows_out, cols_out) == (1, 1)
    values, rows_out, cols_out = te.paste_values(table, [["0"]], 1, 1, fill=(1, 1, 2, 2))
    assert values == {(1, 1): "0", (1, 2): "0", (2, 1): "0", (2, 2): "0"} and (rows_out, cols_out) == (0, 0)
    op, merged = te.set_cells_op(table, {(1, 1): "700,000", (1, 2): "9"}, "Paste")
    assert merged == 0 and [o["col"] for o in op["ops"]] == [2]  # unchanged cells are left alone
    data = _doc(table)
    inverse = ops.apply(data, op)
    assert data.table("t1").anchor(1, 2).text == "9" and data.table("t1").anchor(1, 2).value == 9
    ops.apply(data, inverse)
    assert data.table("t1").to_json() == funding().to_json()


def test_paste_and_clear_skip_the_inside_of_merged_cells():
    table = te.merge_cells(funding(), 1, 1, 1, 2)
    op, merged = te.set_cells_op(table, {(1, 1): "x", (1, 2): "y"}, "Paste")
    assert merged == 1 and [(o["row"], o["col"], o["text"]) for o in op["ops"]] == [(1, 1, "x")]
    cleared = te.clear_values(table, (1, 0, 2, 3))
    assert (1, 2) not in cleared and set(cleared.values()) == {""} and (2, 0) in cleared
    op, _ = te.set_cells_op(table, cleared, "Clear")
    data = _doc(table)
    ops.apply(data, op)
    assert all(not t for t in data.table("t1").text_grid()[1]) and all(not t for t in data.table("t1").text_grid()[2])
    assert te.set_cells_op(data.table("t1"), te.clear_values(data.table("t1"), (1, 0, 2, 3)), "Clear")[0] is None


def test_a_table_merged_over_two_pages_can_be_continued_on_the_third():
    a = _part("p1-t1", 1, [HEAD, ["A", "1"]], 600, header_rows=1)
    b = _part("p2-t1", 2, [["B", "2"]], 50, continued_from="p1-t1")
    data = _doc(a, b)
    ops.apply(data, te.merge_continuation_op(data.tables, a))
    c = _part("p3-t1", 3, [["C", "3"]], 50)
    data.tables.append(c)
    # the merged table's first piece is on page 1, its last on page 2: page 3 continues it
    assert te.link_candidate(data.tables, c) is data.table("p1-t1")


def test_merged_table_sources_name_every_page():
    from app.packs.selection import select

    a = _part("p1-t1", 1, [HEAD, ["A", "1"]], 600, header_rows=1)
    b = _part("p2-t1", 2, [["B", "2"]], 50, continued_from="p1-t1")
    data = _doc(a, b)
    ops.apply(data, te.merge_continuation_op(data.tables, a))
    assert [t.pages for t in select([data]).tables()] == [[1, 2]]


def test_separator_guessed_from_the_columns_cells():
    # a list drawn as a table: "key : text" in one column, the keys of every width (no column edge
    # between them); the separator every filled cell holds is offered for "Split Column at…"
    keys = Table.from_rows([["Ctrl+B : Combat manager"], ["F1 : About"], [""], ["Ctrl+Shift+S : Save as"]], id="k")
    assert te.guess_separator(keys, 0) == ":"
    split = te.split_column(keys, 0, separator=te.guess_separator(keys, 0))
    assert split.text_grid() == [["Ctrl+B", "Combat manager"], ["F1", "About"], ["", ""], ["Ctrl+Shift+S", "Save as"]]
    dashes = Table.from_rows([["IOM – International Organization for Migration"], ["WFP – World Food Programme"]], id="d")
    assert te.guess_separator(dashes, 0) == "–"
    # a thousands comma or a decimal point is no separator; a separator in one cell of three is none
    assert te.guess_separator(Table.from_rows([["1,000"], ["2,500"]], id="n"), 0) is None
    assert te.guess_separator(Table.from_rows([["a: b"], ["c"], ["d"]], id="o"), 0) is None
