"""Session 43, helper c (docs/extraction.md, rules 340-349): a pyramid's figures set against the
labels after them, drawn on reportlab's canvas. One page per test."""

from __future__ import annotations

import random

import pdfplumber
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from app.extract.tables import extract_tables

INDICATORS = ["Training", "Returnees", "Outreach", "Migrants in transit", "Distribution", "Refugees and asylum-seekers",
              "Children out of school", "Registration", "Counselling", "Host communities"]


def _grid(t) -> list[list[str]]:
    grid = [[""] * t.n_cols for _ in range(t.n_rows)]
    for cell in t.cells:
        grid[cell.row][cell.col] = " ".join(cell.text.split())
    return grid


def _draw_pyramid(path, seed: int) -> list[list[str]]:
    """Figures right-aligned in the first column, the labels left-aligned in the middle column
    starting right after them (seed % 3: touching, a third of an em, a word space and a half apart),
    figures again in the last column; returns the truth rows."""
    rng = random.Random(f"pyramid-touch-{seed}")
    font, size = ["Helvetica", "Times-Roman"][seed % 2], [7.5, 8, 9][seed % 3]
    gap = [0.05, 0.34, 0.38][seed % 3] * size
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont(font, size)
    right = 100.0  # the first figures' right edge
    start = right + gap  # the labels' left edge
    last = start + 150  # the last figures' right edge
    y = 780
    heads = [["Planned", "Indicator", "Reached"], ["2023", "Sector", "2024"]][seed % 2]
    c.drawRightString(right, y, heads[0])
    c.drawCentredString(start + 60, y, heads[1])
    c.drawRightString(last, y, heads[2])
    truth = [heads]
    for label in rng.sample(INDICATORS, rng.randint(5, 8)):
        y -= 1.5 * size
        a, b = (f"{rng.randint(1000, 9999):,}" for _ in range(2))
        c.drawRightString(right, y, a)
        c.drawString(start, y, label)
        c.drawRightString(last, y, b)
        truth.append([a, label, b])
    c.save()
    assert stringWidth("0", font, size) > 0
    return truth


@pytest.mark.parametrize("seed", range(6))
def test_figures_set_against_the_labels_after_them_are_a_column(tmp_path, seed):
    """Rule 340: a line's first word, a figure grouped in thousands ("1,972"), right before a word
    starting with a capital, closer than a phrase gap, the figures ending at one x and the words
    starting at one x on two lines or more: the figures are a column of their own (rule 290 asked
    for a word before the figure, a label's)."""
    pdf = tmp_path / f"pyramid{seed}.pdf"
    truth = _draw_pyramid(pdf, seed)
    with pdfplumber.open(pdf) as p:
        found = extract_tables(p.pages[0], 1)
    assert len(found) == 1
    assert _grid(found[0]) == truth


# rule 341: a text across a row's columns read into one of them (generator 10's bodyspan)

@pytest.mark.parametrize("text", ["Closed", "Data not available"])
def test_a_text_across_columns_kept_to_one_is_doubted(text):
    """A text centred across the three value columns of its row but read into the middle one alone,
    its neighbours on the row empty: lined up with that column's figures on no edge ("Closed"), or
    running past the column's edge into an empty cell ("Data not available"). The same text set
    right in its column, on its figures' edge, is the printed table's. Fails before (1.0)."""
    from app.extract.tables.confidence import confidence
    from tests.test_tables_confidence import SPANNED, _spanned

    rows = [r[:] for r in SPANNED]
    rows[2] = ["Uganda", text]
    table, s, words = _spanned(rows, {(2, 1): 3, (3, 2): 2}, {(2, 1): "center"})
    assert confidence(table, s, words)[1]["span_lost"] == 0.0
    box = next(b for b in s.cells if b.row == 2 and b.col == 1)
    box.col, box.col_span = 2, 1
    figure, shares = confidence(table, s, words)
    assert shares["span_lost"] == 1.0 and figure <= 0.5
    rows[2] = ["Uganda", "", "Closed", ""]
    table, s, words = _spanned(rows, {(3, 2): 2}, {(2, 2): "right"})
    assert confidence(table, s, words)[1]["span_lost"] == 0.0
