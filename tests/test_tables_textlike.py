"""Rules 41-43 (bb-tables-15): tables set like running text, checked on generated tables.

Borderless tables in the body font flush with the paragraphs around them, schedules with many empty
cells, and year-headed schedules of marks (generator 4's families texttable, sparse and inline in
tools/docgen/tables.py), drawn with reportlab over several seeds, fonts and sizes; every row must
come out exactly as drawn. The rules are in docs/extraction.md ("Tables set like running text").
"""

from __future__ import annotations

import random

import pytest

from tests.test_tables_generated import _draw, _rows, _scores
from tools.docgen import tables as gen

FONTS = ["LiberationSans", "DejaVuSans", "Helvetica", "LiberationSerif", "Times-Roman", "NotoSans"]


def _flush_table(rng: random.Random, pad: float) -> gen.GenTable:
    """A small table in the body font: no rules, no bold header, rows at the text's line pitch."""
    return gen.make_table(rng, n_rows=rng.randint(2, 4), n_vals=rng.randint(1, 2), magnitude=rng.choice([3, 5]),
                          labels=[c for c in gen.COUNTRIES + gen.SECTORS if len(c) < 16],
                          style=gen._base_style(rng, rules="none", header_bold=False, pad=pad, leading=1.3,
                                                vpad=0.0, flush=True, natural=True))


@pytest.mark.parametrize("seed", range(6))
def test_paragraph_last_line_is_not_the_header_of_a_flush_table(tmp_path, seed):
    """Rule 41: a paragraph whose short last line sits right above a table set flush under it (at
    the text's pitch) keeps that line; the table's header is its own line."""
    rng = random.Random(f"flush-{seed}")
    pages = []
    for k in range(3):
        # 13-40 words: the paragraph's last line is short, over the table's columns
        words = 14 + 9 * k + seed
        pages.append([gen.Block("prose", text=gen._words(rng, words) + "."),
                      gen.t_block(_flush_table(rng, [0.5, 0.7, 0.9][k])),
                      gen._prose(rng, 40)])
    doc, pdf = _draw(tmp_path, f"flush{seed}", pages, font=FONTS[seed], size=[8, 9, 10, 8.5, 11, 9][seed])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows


def test_table_under_a_full_paragraph_line_keeps_its_header(tmp_path):
    """The other side of rule 41: a header line that is no paragraph's last line (a heading of
    several columns, or a one-phrase heading under a full line with a blank between) stays."""
    rng = random.Random("flush-other")
    t = gen.make_table(rng, n_rows=4, n_vals=2, magnitude=4, style=gen._base_style(rng, rules="none", pad=0.6))
    pages = [[gen._prose(rng, 60), gen.Block("sentence", text="Figures for the year:"), gen.t_block(t)]]
    doc, pdf = _draw(tmp_path, "flush-other", pages)
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows


def _sparse(rng: random.Random, n_rows: int, lone: int, heads: list[str], mark: str = "") -> gen.GenTable:
    """A schedule with ``n_rows`` rows, its column ``lone`` holding one value only; the others two
    or three values each, at most two values in a row."""
    n = len(heads)
    cells = [(0, 0, 1, 1, "Activity")] + [(0, 1 + i, 1, 1, h) for i, h in enumerate(heads)]
    labels = rng.sample(gen.ACTIVITIES, n_rows)
    filled = {(rng.randrange(n_rows), lone)}
    for i in range(n):
        if i != lone:
            for r in rng.sample(range(n_rows), rng.randint(2, 3)):
                filled.add((r, i))
    for r, lab in enumerate(labels):
        cells.append((r + 1, 0, 1, 1, lab))
        for i in range(n):
            if (r, i) in filled:
                cells.append((r + 1, 1 + i, 1, 1, mark or f"{rng.randint(1, 99)}%"))
    for r in range(n_rows):
        if not any((r, i) in filled for i in range(n)):
            cells.append((r + 1, 1 + rng.randrange(n), 1, 1, mark or f"{rng.randint(1, 99)}%"))
    kind = "mark" if mark else "num"
    return gen.GenTable(cells=cells, n_rows=n_rows + 1, n_cols=n + 1, header_rows=1, kinds=["label"] + [kind] * n,
                        style=gen._base_style(rng, rules="none", pad=rng.choice([0.8, 1.0, 1.4]), vpad=0.3))


@pytest.mark.parametrize("seed", range(4))
def test_sparse_column_with_one_value_stays_a_column(tmp_path, seed):
    """Rule 42: in a schedule of eight rows or more, a column with a single value (wholly inside
    the gap the other rows leave) is a column, not a line crossing a gap."""
    rng = random.Random(f"sparse-{seed}")
    heads = [f"Phase {i}" for i in range(1, 6)] if seed % 2 else ["Q1", "Q2", "Q3", "Q4", "Q1", "Q2"]
    t = _sparse(rng, n_rows=8 + seed, lone=1 + seed % 3, heads=heads)
    doc, pdf = _draw(tmp_path, f"sparse{seed}", [[gen._title(rng), gen.t_block(t), gen._prose(rng, 30)]],
                     font=FONTS[seed], size=[8, 9, 10, 8.5][seed])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows


@pytest.mark.parametrize("seed", range(4))
def test_years_over_columns_of_marks_are_a_header(tmp_path, seed):
    """Rule 43: a run of years over columns of marks ("x", "*") is a table's header, not a chart's
    axis: the schedule is found."""
    rng = random.Random(f"years-{seed}")
    start = 2018 + seed
    heads = [str(start + i) for i in range(5 + seed % 3)]
    t = _sparse(rng, n_rows=5 + seed, lone=seed % 3, heads=heads, mark=["x", "*", "X", "x"][seed])
    doc, pdf = _draw(tmp_path, f"years{seed}", [[gen._title(rng), gen.t_block(t), gen._prose(rng, 30)]],
                     font=FONTS[seed], size=[8, 9, 10, 8.5][seed])
    scores = _scores(doc, pdf)
    exact, rows = _rows(scores)
    assert scores[0]["exact_tables"] == 1
    assert exact == rows


@pytest.mark.parametrize("seed", range(3))
def test_sparse_last_column_with_one_value_stays_a_column(tmp_path, seed):
    """Rule 42 at the table's right edge: a last column with a single value lies beyond every other
    line's text (no column after it closes the gap); it is a column too."""
    rng = random.Random(f"sparse-last-{seed}")
    heads = [str(2019 + i) for i in range(5)] if seed != 1 else ["Q1", "Q2", "Q3", "Q4"]
    t = _sparse(rng, n_rows=8 + 2 * seed, lone=len(heads) - 1, heads=heads)
    doc, pdf = _draw(tmp_path, f"sparse-last{seed}", [[gen._title(rng), gen.t_block(t), gen._prose(rng, 30)]],
                     font=FONTS[seed + 2], size=[9, 8, 10][seed])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows
