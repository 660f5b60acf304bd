"""The kinds of error of wrong rows (tests/benchmarks/_error_kinds.py), on small grids drawn as lists
of rows: each test draws a truth table and a returned table with one kind of mistake and checks that
the wrong rows get that kind, and that right rows get none."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.benchmarks._error_kinds import KINDS, classify_row, classify_table, format_counts
from tests.benchmarks.bench_generated import _best_shift, _grid, score_page

TRUTH = [
    ["Activity", "Target", "Result"],
    ["Training of officials", "120", "98"],
    ["Shelter kits", "4,500", "4,210"],
    ["Return support", "800", "655"],
    ["Committees", "12", "12"],
]


def _cells(rows: list[list[str]]) -> list[list]:
    return [[r, c, 1, 1, t] for r, row in enumerate(rows) for c, t in enumerate(row) if t]


def _kinds(truth: list[list[str]], pred: list[list[str]] | None) -> dict[int, str | None]:
    g = _grid(_cells(truth))
    if pred is None:
        return {r: classify_row(g, r, None, 0, 0) for r in range(len(truth))}
    p = _grid(_cells(pred))
    _n, dr, dc = _best_shift(g, p)
    return {r: classify_row(g, r, p, dr, dc) for r in range(len(truth))}


def test_exact_table_has_no_wrong_row():
    assert set(_kinds(TRUTH, TRUTH).values()) == {None}


def test_missed_table():
    assert set(_kinds(TRUTH, None).values()) == {"table missed"}


def test_rows_glued_together():
    pred = [TRUTH[0], TRUTH[1], [a + " " + b for a, b in zip(TRUTH[2], TRUTH[3])], TRUTH[4]]
    k = _kinds(TRUTH, pred)
    # the row under them is right but one row higher than the table's shift puts it
    assert k == {0: None, 1: None, 2: "glued below", 3: "glued above", 4: "row offset"}


def test_last_line_of_a_wrapped_cell_glued_to_the_next_row():
    # "Shelter kits" wrapped on two lines ("Shelter" / "kits"); its second line went to the row below
    truth = [["Activity", "Target"], ["Shelter kits for families", "4,500"], ["Return support", "800"]]
    pred = [["Activity", "Target"], ["Shelter kits for", "4,500"], ["families Return support", "800"]]
    k = _kinds(truth, pred)
    assert k[2] == "glued above"
    assert k[0] is None


def test_columns_merged():
    pred = [TRUTH[0], TRUTH[1], ["Shelter kits 4,500", "", "4,210"], TRUTH[3], TRUTH[4]]
    k = _kinds(TRUTH, pred)
    assert k[2] == "columns merged"
    assert [k[r] for r in (0, 1, 3, 4)] == [None] * 4


def test_cell_split_into_rows():
    truth = [["Activity", "Target"], ["Training of officials", "120"], ["Shelter", "4,500"], ["Return", "800"]]
    pred = [["Activity", "Target"], ["Training of", "120"], ["officials", ""], ["Shelter", "4,500"], ["Return", "800"]]
    k = _kinds(truth, pred)
    assert k[1] == "split rows"
    # the rows under the split are found one row lower than the table's shift puts them
    assert k[2] == k[3] == "row offset" or (k[2], k[3]) == (None, None)


def test_cell_split_into_columns():
    pred = [TRUTH[0], ["Training of", "officials", "120", "98"], TRUTH[2], TRUTH[3], TRUTH[4]]
    k = _kinds(TRUTH, pred)
    assert k[1] == "split columns"


def test_column_shift_in_part_of_the_table():
    pred = [TRUTH[0], TRUTH[1], TRUTH[2], ["Return support", "", "800", "655"], TRUTH[4]]
    k = _kinds(TRUTH, pred)
    assert k[3] == "column shift"
    assert k[2] is None


def test_missing_cell():
    pred = [TRUTH[0], TRUTH[1], ["Shelter kits", "4,500", ""], TRUTH[3], TRUTH[4]]
    assert _kinds(TRUTH, pred)[2] == "cell missing"


def test_extra_text_in_a_row():
    pred = [row + [""] for row in TRUTH]
    pred[3][3] = "see note"
    k = _kinds(TRUTH, pred)
    assert k[3] == "extra text"
    assert k[1] is None


def test_text_wrong():
    pred = [TRUTH[0], TRUTH[1], ["Sheltr kits", "4,500", "4,210"], TRUTH[3], TRUTH[4]]
    assert _kinds(TRUTH, pred)[2] == "text wrong"


def test_one_digit_beside_a_value_is_no_glue():
    # "12" is in "121" but a lone "1" of the row above proves nothing
    truth = [["Site", "n"], ["A", "1"], ["B", "12"], ["C", "7"]]
    pred = [["Site", "n"], ["A", "1"], ["B", "121"], ["C", "7"]]
    assert _kinds(truth, pred)[2] != "glued above"


@pytest.mark.parametrize("pred", [
    [TRUTH[0], TRUTH[1], [a + " " + b for a, b in zip(TRUTH[2], TRUTH[3])], TRUTH[4]],
    [TRUTH[0], ["Training of", "officials", "120", "98"], TRUTH[2], TRUTH[3], TRUTH[4]],
    [["Note"], *TRUTH],
])
def test_one_kind_per_wrong_row_in_the_page_score(pred):
    s = score_page([{"cells": _cells(TRUTH)}], [], [_cells(pred)])
    assert sum(s["wrong_rows"].values()) == s["rows"] - s["exact_rows"]
    assert set(s["wrong_rows"]) <= set(KINDS)


def test_format_counts_in_the_order_of_kinds():
    c = Counter({"text wrong": 1, "glued above": 3})
    assert format_counts(c) == "glued above 3, text wrong 1"
    assert format_counts(Counter()) == "none"
    assert classify_table(_grid(_cells(TRUTH)), None, 0, 0) == Counter({"table missed": len(TRUTH)})


def test_table_cut_in_two():
    g = _grid(_cells(TRUTH))
    top, bottom = _grid(_cells(TRUTH[:3])), _grid(_cells(TRUTH[3:]))
    _n, dr, dc = _best_shift(g, top)
    kinds = [classify_row(g, r, top, dr, dc, [bottom]) for r in range(len(TRUTH))]
    assert kinds == [None, None, None, "table split", "table split"]
    s = score_page([{"cells": _cells(TRUTH)}], [], [_cells(TRUTH[:3]), _cells(TRUTH[3:])])
    assert s["wrong_rows"] == Counter({"table split": 2})


def test_header_row_dropped():
    k = _kinds(TRUTH, TRUTH[1:])
    assert k[0] == "row missing"
    assert [k[r] for r in range(1, len(TRUTH))] == [None] * (len(TRUTH) - 1)
