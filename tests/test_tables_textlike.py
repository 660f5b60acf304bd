"""Rules 41-43 (bb-tables-15), 46-47 (bb-tables-16), 49 and 51 (bb-tables-17): tables set like
running text, checked on generated tables.

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


def _phase_schedule(rng: random.Random, n_heads: int, n_rows: int, width: float,
                    label_head: bool) -> gen.GenTable:
    """A sparse schedule whose headings ("Phase 1") are wrapped by their narrow columns ("Phase / 1"),
    the label column's heading wrapped too ("Country / group") or left empty."""
    heads = [f"{rng.choice(['Phase', 'Round', 'Total'])} {i}" for i in range(1, n_heads + 1)]
    t = _sparse(rng, n_rows=n_rows, lone=1, heads=heads)
    short = rng.sample([c for c in gen.COUNTRIES if len(c) <= 6], n_rows)
    t.cells = [c for c in t.cells if c[1] != 0] + [(r + 1, 0, 1, 1, lab) for r, lab in enumerate(short)]
    if label_head:
        t.cells.append((0, 0, 1, 1, "Country group"))
    t.style.update(col_em=[4.5 if label_head else 8.0] + [width] * n_heads, vpad=0.3, pad=0.6,
                   header_bold=False, leading=1.2)
    return t


@pytest.mark.parametrize("seed", range(5))
def test_wrapped_headings_of_narrow_columns_are_one_header_row(tmp_path, seed):
    """Rule 46: headings wrapped in narrow columns ("Phase / 1") are one header cell each; the line
    holding their last words (with values among them, beside the label heading's last word) is not
    the first data row, and its numbers under the headings' words are no chart axis."""
    rng = random.Random(f"wrapped-head-{seed}")
    t = _phase_schedule(rng, n_heads=4 + seed % 3, n_rows=5 + seed, width=2.5, label_head=seed % 2 == 0)
    doc, pdf = _draw(tmp_path, f"wraphead{seed}", [[gen._title(rng), gen.t_block(t), gen._prose(rng, 30)]],
                     font=FONTS[seed], size=[8, 9, 10, 8.5, 9, 11][seed])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows


def _tight_schedule(rng: random.Random, n_rows: int, value) -> gen.GenTable:
    """A sparse quarterly schedule set without cell padding (as LibreOffice sets it): neighbouring
    values come a word space apart."""
    heads = ["Q1", "Q2", "Q3", "Q4"] * 2
    t = _sparse(rng, n_rows=n_rows, lone=2, heads=heads)
    t.cells = [c if c[0] == 0 or c[1] == 0 else (*c[:4], value()) for c in t.cells]
    # the same row has values side by side in two neighbouring columns at least twice
    for r in rng.sample(range(1, n_rows + 1), 2):
        k = 1 + rng.randrange(len(heads) - 1)
        t.cells = [c for c in t.cells if not (c[0] == r and c[1] in (k, k + 1))]
        t.cells += [(r, k, 1, 1, value()), (r, k + 1, 1, 1, value())]
    t.style.update(pad=0.3, vpad=0.3, align_num="right", natural=True)
    return t


@pytest.mark.parametrize("seed", range(4))
def test_close_values_under_two_headings_are_two_cells(tmp_path, seed):
    """Rule 47: two values a word space apart ("898 871", read as one space-grouped number) are two
    cells when another line (the header here) holds two cells side by side over them."""
    rng = random.Random(f"tight-{seed}")
    t = _tight_schedule(rng, 7 + seed, lambda: str(rng.randint(100, 999)))
    doc, pdf = _draw(tmp_path, f"tight{seed}", [[gen._title(rng), gen.t_block(t), gen._prose(rng, 30)]],
                     font=FONTS[seed], size=[8.5, 9, 8, 10][seed])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows


# (seed 1 draws a row of six numbers set tight, whose groups are not read apart before or after)
@pytest.mark.parametrize("seed", [0, 2, 3])
def test_space_grouped_numbers_in_a_tight_schedule_stay_one_value(tmp_path, seed):
    """The other side of rule 47: "12 345" (a group of three digits after a space) under one heading
    is one value; no line holds two cells over its parts."""
    rng = random.Random(f"tight-fr-{seed}")
    t = _tight_schedule(rng, 7 + seed, lambda: gen.format_number(rng.randint(1000, 99999), "space"))
    t.style.update(pad=0.4)
    doc, pdf = _draw(tmp_path, f"tightfr{seed}", [[gen._title(rng), gen.t_block(t), gen._prose(rng, 30)]],
                     font=FONTS[seed], size=[8.5, 9, 8, 10][seed])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows


def _tight_labels(rng: random.Random, n_rows: int, pad: float) -> gen.GenTable:
    """A small table set at its natural width with little cell padding: every figure has as many
    digits, so the longest label ends two paddings (a word space or less) before its row's figure."""
    heads = rng.sample(["Gap", "Actual", "Funded", "Budget", "Reached"], 2)
    labels = rng.sample([c for c in gen.COUNTRIES + gen.SECTORS if 5 <= len(c) <= 9], n_rows - 1)
    labels.insert(rng.randrange(n_rows), rng.choice(["Livelihoods", "Côte d'Ivoire", "Registration"]))
    cells = [(0, 0, 1, 1, "")] + [(0, 1 + i, 1, 1, h) for i, h in enumerate(heads)]
    for r, lab in enumerate(labels):
        cells.append((r + 1, 0, 1, 1, lab))
        for i in range(2):
            cells.append((r + 1, 1 + i, 1, 1, f"{rng.randint(10, 99)},{rng.randint(0, 999):03d}"))
    return gen.GenTable(cells=cells, n_rows=n_rows + 1, n_cols=3, header_rows=1,
                        kinds=["label", "num", "num"],
                        style=gen._base_style(rng, rules="none", pad=pad, vpad=0.3, align_num="right",
                                              header_bold=True, natural=True))


# (seed 1 keeps a gutter a little wider than the gap that parts a label from a figure: it passes
# before and after; at paddings under 0.15 em the figures' own gutters close and no table is found)
@pytest.mark.parametrize("seed", [0, 1, 3])
def test_label_and_figure_a_word_space_apart_are_two_cells(tmp_path, seed):
    """Rule 49: in a table set tight, the longest label and its row's figure come closer than the
    gap that parts a label from a figure ("Livelihoods 98,791" read as one phrase); the other rows
    leave that gutter open, so the phrase is cut there and the label column stays a column."""
    rng = random.Random(f"tight-label-{seed}")
    t = _tight_labels(rng, 4 + seed, pad=[0.15, 0.18, 0.0, 0.16][seed])
    doc, pdf = _draw(tmp_path, f"tightlab{seed}", [[gen._title(rng), gen.t_block(t), gen._prose(rng, 30)]],
                     font=FONTS[seed], size=[8, 8.5, 0.0, 9][seed])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows


def test_label_and_figure_a_word_space_apart_in_a_generated_page(tmp_path):
    """The same on a development page (panels, reportlab): "Livelihoods 98,791" in a table set tight."""
    assert gen.split_of(718) == "development"
    doc = gen.build_doc("panels", "reportlab", 718)
    doc.pages = [doc.pages[0]]
    pdf = gen.render_reportlab(doc, tmp_path / f"{doc.name}.pdf")
    scores = _scores(doc, pdf)
    assert scores[0]["exact_tables"] == len(doc.tables_by_page()[0])


@pytest.mark.parametrize("seed", range(4))
def test_centred_headings_two_paddings_apart_are_two_cells(tmp_path, seed):
    """Rule 51: a table set tight at its natural width, headings and figures centred in their cells,
    every heading wider than its figures: two neighbouring headings come two paddings apart (0.3-0.4
    em, under the gap of a word space and a little more that parts two headings elsewhere); each
    lies centred over its own column's figures, so on the last header line they are two headings."""
    rng = random.Random(f"tight-heads-{seed}")
    heads = rng.sample(["Pledged", "Required", "Received", "Coverage", "Variance", "Planned", "Budget"], 3)
    labels = rng.sample([c for c in gen.COUNTRIES + gen.SECTORS if len(c) <= 12], 5 + seed)
    cells = [(0, 0, 1, 1, "Sector")] + [(0, 1 + i, 1, 1, h) for i, h in enumerate(heads)]
    for r, lab in enumerate(labels):
        cells.append((r + 1, 0, 1, 1, lab))
        cells += [(r + 1, 1 + i, 1, 1, str(rng.randint(100, 999))) for i in range(3)]
    t = gen.GenTable(cells=cells, n_rows=len(labels) + 1, n_cols=4, header_rows=1,
                     kinds=["label"] + ["num"] * 3,
                     style=gen._base_style(rng, rules="none", pad=[0.17, 0.18, 0.16, 0.19][seed], vpad=0.3,
                                           align_num="center", header_bold=False, natural=True))
    doc, pdf = _draw(tmp_path, f"tighthead{seed}", [[gen._title(rng), gen.t_block(t), gen._prose(rng, 30)]],
                     font=FONTS[seed], size=[8, 8.5, 9, 7.5][seed])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows


def _noted_pair_table(rng: random.Random, n_vals: int, marked: bool) -> gen.GenTable:
    """A wide annex of figures set right in tight cells (padding 0.25 em), thousands in most columns
    but none on the two rows where a two-digit figure stands a word space before the widest figure
    of the next column, which carries a raised note letter ("84 844ᵇ")."""
    k = 1 + rng.randrange(n_vals - 2)
    cells = [(0, 0, 1, 1, "Indicator")] + [(0, 1 + i, 1, 1, h) for i, h in enumerate(gen.MONTHS[:n_vals])]
    labels = rng.sample(["Arrivals", "Returns", "Assisted", "Referred", "Screened", "Women", "Children",
                         "Households"], 7)
    pairs = rng.sample(range(1, 8), 2)
    for r in range(1, 8):
        cells.append((r, 0, 1, 1, labels[r - 1]))
        for i in range(1, n_vals + 1):
            if i == k + 1:
                text = str(rng.randint(10, 99)) if r not in pairs else str(rng.randint(100, 999)) + ("ᵇ" if marked else "")
            elif i == k and r in pairs:
                text = str(rng.randint(10, 99))
            elif r in pairs:
                text = str(rng.randint(100, 999))
            else:
                text = gen.format_number(rng.randint(1000, 9999), "en")
            cells.append((r, i, 1, 1, text))
    return gen.GenTable(cells=cells, n_rows=8, n_cols=n_vals + 1, header_rows=1, kinds=["label"] + ["num"] * n_vals,
                        style=gen._base_style(rng, rules="none", pad=0.25, leading=1.25, align_num="right",
                                              natural=True))


@pytest.mark.parametrize("seed", range(4))
def test_a_note_letter_after_the_second_of_two_close_values_keeps_them_apart(tmp_path, seed):
    """Rule 68: "84 844ᵇ" in a tight annex, two figures a word space apart over a gutter that every
    other line leaves open, the second carrying a raised note letter, are two cells as "84 844" is
    (rule 47's cut): the note letter belongs to its figure and does not make the phrase end in text."""
    for marked in (False, True):
        rng = random.Random(f"noted-{seed}")
        t = _noted_pair_table(rng, 10 + seed, marked)
        doc, pdf = _draw(tmp_path, f"noted{seed}{marked}", [[gen._title(rng), gen.t_block(t), gen._prose(rng, 30)]],
                         font=FONTS[seed], size=[7, 8, 7.5, 8][seed])
        exact, rows = _rows(_scores(doc, pdf))
        assert exact == rows, marked
