"""Page segmentation rules (where each table of a page starts and ends), checked on generated pages.

Dashboard pages stack small tables one under another with no blank line between them and set
key-value blocks right under a table; the rules are in docs/extraction.md ("Page segmentation").
Each test draws pages with the generator's building blocks (tools/docgen/tables.py, reportlab) over
several seeds, fonts and sizes, and asserts that every table comes out exactly as drawn.
"""

from __future__ import annotations

import random

import pytest

from tests.test_tables_generated import _draw, _rows, _scores
from tools.docgen import tables as gen

SHORT = [c for c in gen.COUNTRIES + gen.SECTORS if len(c) < 13]
FONTS = ["LiberationSans", "LiberationSerif", "DejaVuSans", "Helvetica"]


def _small_table(rng, n_vals: int, magnitude: int, pad: float | None = None, **kw) -> gen.GenTable:
    pad = rng.choice([0.3, 0.45]) if pad is None else pad
    return gen.make_table(rng, n_rows=rng.randint(3, 5), n_vals=n_vals, magnitude=magnitude, labels=SHORT,
                          label_head=True, style=gen._base_style(rng, rules="none", pad=pad), **kw)


def _panel_column(stack: gen.Block) -> gen.Block:
    """A stack of panels in the first of three columns of a dashboard page (the others left empty)."""
    return gen.Block("row", children=[stack, gen.Block("stack", children=[]), gen.Block("stack", children=[])])


@pytest.mark.parametrize("seed", range(4))
def test_tables_stacked_without_a_blank_are_separate_tables(tmp_path, seed):
    """Two tables one under the other (as in a column of panels), a line's space apart, with columns
    that do not line up (four columns of hundreds and one or two of millions): the block of aligned
    lines is cut between them, each comes out with its own columns. (The tables are set with a
    padding that keeps their header cells apart: a header set so tight that it reads as one
    phrase does not start a table when the columns cross one way only; see the rule.)"""
    rng = random.Random(f"stacked-{seed}")
    upper = _small_table(rng, n_vals=3, magnitude=3, pad=0.45)
    lower = _small_table(rng, n_vals=1 + seed % 2, magnitude=7, pad=0.45)
    if seed % 2:
        upper, lower = lower, upper
    page = [gen.Block("heading", text="Overview"),
            _panel_column(gen.Block("stack", children=[gen.t_block(upper), gen.t_block(lower)]))]
    doc, pdf = _draw(tmp_path, f"stacked{seed}", [page], font=FONTS[seed], size=[8, 8.5, 9, 7.5][seed])
    scores = _scores(doc, pdf)
    exact, rows = _rows(scores)
    assert exact == rows
    assert scores[0]["exact_tables"] == 2


@pytest.mark.parametrize("seed", range(4))
def test_key_value_lines_under_a_table_are_not_its_rows(tmp_path, seed):
    """A key-value block ("Partners:  7,478,806") right under a small table: its wide values run over
    the table's column gaps, so read as rows they merged the table's columns. Runs of two or more
    lines of a label ending with a colon and one value are left out of a table whose own labels
    have no colon."""
    rng = random.Random(f"kv-{seed}")
    t = _small_table(rng, n_vals=2 + seed % 2, magnitude=3)
    kv = gen.Block("kv", pairs=[(k + ":", gen.format_number(rng.uniform(1e6, 1e7), "en"))
                                for k in rng.sample(["Total requirement", "People targeted", "Partners", "Funded",
                                                     "Coverage", "Gap"], rng.randint(2, 3))])
    page = [gen.Block("heading", text="Overview"),
            _panel_column(gen.Block("stack", children=[gen.t_block(t), kv]))]
    doc, pdf = _draw(tmp_path, f"kv{seed}", [page], font=FONTS[seed], size=[8, 8.5, 9, 7.5][seed])
    scores = _scores(doc, pdf)
    exact, rows = _rows(scores)
    assert exact == rows
    assert scores[0]["exact_tables"] == 1


@pytest.mark.parametrize("seed", range(3))
def test_a_table_with_colon_labels_keeps_them(tmp_path, seed):
    """A table whose every label ends with a colon is not a key-value block: its rows stay."""
    rng = random.Random(f"colon-{seed}")
    t = _small_table(rng, n_vals=2, magnitude=4)
    t.cells = [(r, c, rs, cs, text + ":" if c == 0 and r >= t.header_rows and text else text)
               for r, c, rs, cs, text in t.cells]
    doc, pdf = _draw(tmp_path, f"colon{seed}", [[gen.Block("heading", text="Overview"), gen.t_block(t)]],
                     font=FONTS[seed])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows
