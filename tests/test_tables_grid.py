"""The grid inside one table: rules checked on generated documents (tools/docgen/tables.py), drawn
with reportlab.

Each test draws whole documents of one layout family with the generator (``build_doc``; seeds far
above those of the benchmark, development split, so neither part of the benchmark is reused) and
asserts that the tables the rule is about come out exactly as drawn: every row right, no extra row.
The rules are in docs/extraction.md ("The grid inside a table"). A few pages per test, no external
engine.
"""

from __future__ import annotations

import pdfplumber
import pytest

from app.extract.tables import extract_tables
from tests.benchmarks.bench_generated import score_page
from tools.docgen import tables as gen


def _exact_tables(tmp_path, family: str, seed: int, pages: tuple[int, ...] | None = None) -> list[tuple[int, int]]:
    """(exact tables, tables) of each page (or of ``pages``) of the generated document."""
    assert gen.split_of(seed) == "development"
    doc = gen.build_doc(family, "reportlab", seed)
    pdf = gen.render_reportlab(doc, tmp_path / f"{doc.name}.pdf")
    out = []
    with pdfplumber.open(pdf) as p:
        for number, (page, truth, ignore) in enumerate(zip(p.pages, doc.tables_by_page(), doc.ignore_texts()), 1):
            if pages and number not in pages:
                continue
            found = extract_tables(page, number)
            s = score_page([t.truth() for t in truth], ignore,
                           [[[c.row, c.col, c.row_span, c.col_span, c.text] for c in t.cells] for t in found])
            out.append((s["exact_tables"], s["tables"]))
    return out


def _all_exact(result) -> bool:
    return all(e == n for e, n in result)


# 1. a gap that a few lines cross: the separator goes where nothing crosses
@pytest.mark.parametrize("seed,page", [(30001, 2), (30004, 3), (30006, 3)])
def test_longest_label_and_its_value_reaching_into_the_column_gap(tmp_path, seed, page):
    """A currency table whose longest label ("United Republic of Tanzania") ends close to the
    currency sign of its row: the gap between labels and values is crossed by that one line, and
    a separator in its middle joined label and sign into one cell (the sign's column then stayed
    a column of its own)."""
    assert _all_exact(_exact_tables(tmp_path, "currency", seed, (page,)))


# 2. the sentence that introduces the table
@pytest.mark.parametrize("seed,page", [(30000, 2), (30004, 1), (30005, 1)])
def test_sentence_ending_with_a_colon_is_not_the_header(tmp_path, seed, page):
    assert _all_exact(_exact_tables(tmp_path, "sentence", seed, (page,)))


# 3. space-grouped numbers side by side
@pytest.mark.parametrize("seed,page", [(30001, 2), (30004, 3)])
def test_space_grouped_numbers_in_neighbouring_columns(tmp_path, seed, page):
    """"787 977 460 962": French or space-grouped figures in a tight table; the groups of one number
    are a word space apart, the next column's number further."""
    assert _all_exact(_exact_tables(tmp_path, "numformat", seed, (page,)))


# 4. group rows
@pytest.mark.parametrize("seed,page", [(30013, 2), (30018, 1), (30030, 1)])
def test_group_row_right_under_the_header(tmp_path, seed, page):
    assert _all_exact(_exact_tables(tmp_path, "grouprows", seed, (page,)))


# 5. wrapped labels with values centred beside them
@pytest.mark.parametrize("seed,page", [(30025, 1), (30027, 1), (30032, 1)])
def test_values_centred_beside_a_wrapped_first_label(tmp_path, seed, page):
    assert _all_exact(_exact_tables(tmp_path, "wrapped", seed, (page,)))


# 6. matrices: headings set close, an empty column under a two-line heading
@pytest.mark.parametrize("seed,page", [(30004, 2), (30008, 1)])
def test_matrix_headings_and_empty_columns(tmp_path, seed, page):
    assert _all_exact(_exact_tables(tmp_path, "xmatrix", seed, (page,)))


# 7. a year heading centred over the pair of columns it heads
@pytest.mark.parametrize("seed,page", [(30046, 2)])
def test_group_heading_centred_over_its_pair_of_columns(tmp_path, seed, page):
    assert _all_exact(_exact_tables(tmp_path, "spanning", seed, (page,)))


# ------------------------------------------------------------------------------------------------
# Layouts drawn word by word (the browser and office engines of the benchmark set them so; the
# geometry below is that of such pages, redrawn with reportlab's built-in fonts)


def _draw_words(tmp_path, name: str, words: list[tuple[float, float, str, float]], font: str = "Helvetica",
                align: dict | None = None):
    """A one-page PDF with ``words`` (x, top, text, size); x is the left edge, or the right edge
    when the text starts with ">" (right-aligned figures)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    path = tmp_path / f"{name}.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    for x, top, text, size in words:
        if text.startswith(">"):
            text = text[1:]
            x -= stringWidth(text, font, size)
        c.setFont(font, size)
        c.drawString(x, 842 - top - 0.8 * size, text)
    c.save()
    return path


def _grid_exact(pdf, expected: list[list[list[str]]]) -> bool:
    """Are the tables of the page exactly ``expected`` (tables of rows of cell texts)?"""
    truth = [{"cells": [[r, c, 1, 1, t] for r, row in enumerate(tab) for c, t in enumerate(row) if t]}
             for tab in expected]
    with pdfplumber.open(pdf) as p:
        found = extract_tables(p.pages[0], 1)
    s = score_page(truth, [], [[[c.row, c.col, c.row_span, c.col_span, c.text] for c in t.cells] for t in found])
    return s["exact_tables"] == s["tables"]


def _row(top: float, size: float, *cells) -> list[tuple[float, float, str, float]]:
    return [(x, top, text, size) for x, text in cells]


def test_heading_beside_its_column_not_over_it(tmp_path):
    """"Coverage rate (%)" printed left of its column of figures (ending where they begin), over no
    column's figures and across the boundary drawn in the gutter: it heads the column whose
    figures are much nearer, not both."""
    s = 8
    words = _row(86, s, (60, "Región"), (235, ">Requerido"), (355.4, ">Coverage rate (%)"))
    rows = [("Mexico", "616.205", "56,0%"), ("Kenya", "699.131", "84,7%"), ("Ukraine", "689.374", "97,6%"),
            ("Viet Nam", "10.691", "2,9%"), ("Philippines", "611.962", "8,6%"), ("Cameroon", "471.788", "90,6%")]
    for k, (lab, v, p) in enumerate(rows):
        words += _row(105 + 18.8 * k, s, (60, lab), (260, ">" + v), (380.4, ">" + p))
    pdf = _draw_words(tmp_path, "beside", words)
    assert _grid_exact(pdf, [[["Región", "Requerido", "Coverage rate (%)"], *[list(r) for r in rows]]])


def test_matrix_headings_set_close_are_not_a_wrapped_label(tmp_path):
    """Headings half an em apart over an "X" matrix read as one phrase reaching across the
    columns: that line is the header, not the first line of the first row's label."""
    s = 9
    heads = [(64.7, "Location"), (111.2, "Counselling"), (160.7, "Training"), (197.2, "Outreach"),
             (236.0, "Transport")]
    words = _row(87, s, *heads)
    rows = [("Philippines", 3), ("Colombia", 3), ("Libya", 3), ("Yemen", 3), ("Myanmar", 2),
            ("Ethiopia", 3), ("Rwanda", 3)]
    mark_x = {2: 211.6, 3: 251.3}
    for k, (lab, col) in enumerate(rows):
        words += _row(101.4 + 12.3 * k, s, (64.7, lab), (mark_x[col], "x"))
    pdf = _draw_words(tmp_path, "close", words, font="Times-Roman")
    expected = [[h for _x, h in heads]]
    for lab, col in rows:
        expected.append([lab] + ["x" if c == col + 1 else "" for c in range(1, 5)])
    assert _grid_exact(pdf, [expected])


def test_empty_matrix_column_under_a_two_line_heading(tmp_path):
    """"Data / collection" over a column nobody marks: its second line starts in lower case but
    lies under the first, which is over no column's text either: a heading of its own column."""
    s = 8
    words = _row(80.5, s, (356.7, "Data"))
    heads = [(67.0, "Country"), (170.0, "Transport"), (215.7, "Training"), (256.8, "Advocacy"),
             (300.5, "Screening"), (347.4, "collection"), (393.4, "Assessment"), (446.0, "Distribution"),
             (500.5, "Outreach")]
    words += _row(89.0, s, *heads)
    marks = {"Training": 228.8, "Advocacy": 271.2, "Screening": 316.5, "Assessment": 412.2, "Outreach": 515.0}
    rows = [("Indonesia", ["Training", "Screening", "Assessment"]), ("Ghana", ["Training", "Advocacy", "Screening",
            "Assessment"]), ("Kenya", ["Training", "Advocacy", "Outreach"]), ("Nepal", ["Advocacy", "Outreach"]),
            ("Yemen", ["Training", "Assessment", "Outreach"]), ("Senegal", ["Assessment"])]
    for k, (lab, ms) in enumerate(rows):
        words += _row(103.6 + 15.1 * k, s, (67.0, lab), *[(marks[m], "X") for m in ms])
    pdf = _draw_words(tmp_path, "twoline", words, font="Times-Roman")
    names = ["Country", "Transport", "Training", "Advocacy", "Screening", "Data collection", "Assessment",
             "Distribution", "Outreach"]
    expected = [names] + [[lab] + ["X" if n in ms else "" for n in names[1:]] for lab, ms in rows]
    assert _grid_exact(pdf, [expected])


def test_values_centred_beside_a_wrapped_label_with_loose_leading(tmp_path):
    """A label wrapped over two lines with its values centred between them, the lines overlapping
    the values' line only a little: one row (values first seen with no label)."""
    s = 10
    words = _row(86.7, s, (56.8, "Programme"), (285.5, ">Funded"), (351.0, ">Received"))
    words += _row(105.1, s, (56.8, "Venezuela (Bolivarian Republic"))
    words += _row(113.9, s, (295.4, ">589,783"), (357.7, ">917,723"))
    words += _row(122.7, s, (56.8, "of)"))
    words += [(71.8, 120.9, "1", 8)]
    rows = [("Guinea", "390,801", "442,427"), ("Burundi", "155,614", "887,210"), ("Mali", "704,318", "98,120"),
            ("Chad", "62,904", "501,377")]
    for k, (lab, a, b) in enumerate(rows):
        words += _row(140.6 + 17.8 * k, s, (56.8, lab), (295.4, ">" + a), (357.7, ">" + b))
    pdf = _draw_words(tmp_path, "centred", words)
    expected = [["Programme", "Funded", "Received"], ["Venezuela (Bolivarian Republic of)1", "589,783", "917,723"],
                *[list(r) for r in rows]]
    assert _grid_exact(pdf, [expected])


def _side_by_side(right_pitch: float, right_extra: bool) -> tuple[list, list]:
    s = 8
    words = _row(210.6, s, (65.4, "Partner"), (196.1, ">Funded"), (286.4, ">Expenditure"), (323.9, "Location"),
                 (436.4, ">People in need"))
    left = [("Viet Nam", "488", "455"), ("Assessment", "-433", "740"), ("Peru", "695", "603"),
            ("Kenya", "105", "934")]
    right = [("Yemen", "54,745"), ("Cameroon", "87,166"), ("Haiti", "15,077"), ("Chad", "41,302")]
    if right_extra:
        right.append(("Grand total", "198,290"))
    for k, (lab, a, b) in enumerate(left):
        words += _row(224.9 + 15 * k, s, (65.4, lab), (208.1, ">" + a), (305.2, ">" + b))
    for k, (lab, v) in enumerate(right):
        words += _row(224.1 + right_pitch * k, s, (323.9, lab), (436.4, ">" + v))
    expected = [[["Partner", "Funded", "Expenditure"], *[list(r) for r in left]],
                [["Location", "People in need"], *[list(r) for r in right]]]
    return words, expected


def test_side_by_side_tables_on_their_own_baselines(tmp_path):
    """Two small tables side by side with a narrow gutter, each with its own leading: their rows
    overlap enough to be read as one, but the cells of one table's row share a baseline."""
    words, expected = _side_by_side(12.7, False)
    assert _grid_exact(_draw_words(tmp_path, "baselines", words), expected)


def test_side_by_side_tables_one_longer(tmp_path):
    """Two small tables side by side on the same leading, the right one a row longer ("Grand
    total 198,290" with nothing beside it): a row of the right table the left one does not have."""
    words, expected = _side_by_side(15, True)
    assert _grid_exact(_draw_words(tmp_path, "longer", words), expected)
