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


# rule 342: a cell's bullet list set close after the label column, the label centred on its row

SECTORS = ["Mental health and psychosocial support", "Health", "Camp coordination", "Livelihoods", "Logistics",
           "Water, sanitation and hygiene"]
ITEMS = ["Train community health workers", "Provide legal counselling", "Repair shelters damaged by floods",
         "Rehabilitate water points", "Register new arrivals", "Distribute hygiene kits", "Support voluntary returns"]


def _draw_bullets(path, seed: int) -> list[list[str]]:
    """Labels, a column of bullet lists (two to four items, one line each, the bullet before each
    item) starting 0.6-0.8 em after the longest label, figures right-aligned; the labels and figures
    centred vertically on their row's items, no rules (LibreOffice's cells); returns the truth rows."""
    rng = random.Random(f"bullets-close-{seed}")
    font, size = ["Helvetica", "Times-Roman"][seed % 2], [8, 9][seed % 2]
    bullet = ["-", "\u2013"][seed // 3]
    labels = rng.sample(SECTORS, 4)
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont(font, size)
    start = 60 + max(stringWidth(t, font, size) for t in labels) + [0.6, 0.7, 0.8][seed % 3] * size
    indent = stringWidth(bullet + " ", font, size)
    right = start + 240
    lead, pad = 1.5 * size, 0.35 * size
    y = 780
    c.drawString(60, y, "Sector")
    c.drawCentredString(start + 110, y, "Response priorities")
    c.drawRightString(right, y, "Budget")
    truth = [["Sector", "Response priorities", "Budget"]]
    y -= lead + pad
    widest = max(labels, key=lambda t: stringWidth(t, font, size))
    for label in labels:
        # the widest label on the line of an item (an odd number of items): the label and the item
        # are then on one line, closer than a phrase gap
        items = rng.sample(ITEMS, 3 if label == widest else rng.randint(2, 4))
        for k, it in enumerate(items):
            c.drawString(start, y - k * lead, bullet)
            c.drawString(start + indent, y - k * lead, it)
        mid = y - (len(items) - 1) * lead / 2
        figure = f"{rng.randint(1000, 999999):,}"
        c.drawString(60, mid, label)
        c.drawRightString(right, mid, figure)
        truth.append([label, " ".join(f"{bullet} {it}" for it in items), figure])
        y -= (len(items) - 1) * lead + lead + 2 * pad
    c.save()
    return truth


@pytest.mark.parametrize("seed", range(6))
def test_a_bullet_list_set_close_after_the_labels_is_a_column(tmp_path, seed):
    """Rule 342: a bullet more than half an em after a word (the longest label's end), its item
    right after it starting with a capital, starts a phrase: the label and the list item on the
    label's line are two cells, and the list is its own column."""
    pdf = tmp_path / f"bullets{seed}.pdf"
    truth = _draw_bullets(pdf, seed)
    with pdfplumber.open(pdf) as p:
        found = extract_tables(p.pages[0], 1)
    assert len(found) == 1
    assert _grid(found[0]) == truth


# rule 343: a unit's heading set apart from the next heading, read as one cell

def test_a_unit_heading_read_with_the_next_heading_is_doubted():
    """"%" over a percentage column and "Progress" over a column of marks with no text read as one
    heading cell "%  Progress": two words of one line more than 2 em apart, the first a unit's
    heading, the second a word, are two headings (the gap rule asked for two words). The same
    headings in their own cells are trusted. Fails before (1.0)."""
    from app.document.model import Table
    from app.extract.tables.cells import make_cell
    from app.extract.tables.confidence import confidence
    from app.extract.tables.structure import Structure
    from tests.test_tables_confidence import _laid_out

    rows = [["Output indicator", "Target", "%", "Progress"], ["Health consultations", "5,850", "115%", ""],
            ["Kits distributed", "32,459", "56%", ""], ["Households receiving cash", "8,957", "104%", ""]]
    table, s, words = _laid_out(rows, [120.0, 60.0, 40.0, 60.0])
    assert confidence(table, s, words)[1]["cell_gap"] == 0.0
    # the two headings read into one cell over the last two columns' span
    pct = next(b for b in s.cells if b.row == 0 and b.col == 2)
    head = next(b for b in s.cells if b.row == 0 and b.col == 3)
    pct.absorb(head)
    pct.col_span = 2
    cells = [b for b in s.cells if b is not head]
    s2 = Structure(n_rows=s.n_rows, n_cols=s.n_cols, cells=cells, header_rows=1, columns=s.columns, rows=s.rows,
                   bbox=s.bbox)
    t2 = Table(id="t1", page=1, bbox=table.bbox, n_rows=table.n_rows, n_cols=table.n_cols, header_rows=1,
               cells=[c for c in table.cells if not (c.row == 0 and c.col >= 2)] + [make_cell(0, 2, "% Progress", col_span=2)])
    figure, shares = confidence(t2, s2, words)
    assert shares["cell_gap"] == 1.0 and figure <= 0.5
