"""Session 43, helper b (docs/extraction.md, "Obliqued rows, gutters under a quarter em, remarks
starting in lower case"): a row set in an obliqued face (an upright font slanted by its text matrix,
as a crime-statistics sheet sets its TOTAL row) whose figure touches the next column's negative
change; right-aligned figure columns whose gutter is narrower than a quarter em on the rows of long
changes ("1" and "-100.0"), read over the whole page and through a user's rectangle without the
header; remarks centred on their rows whose middle line, starting in lower case, sits 0.6 em after
the last figure. Drawn on reportlab's canvas; one page per case."""

from __future__ import annotations

import random

import pdfplumber
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from app.extract.tables import extract_area, extract_tables
from app.source.pagesource import PageSource

PAD = 0.3
LABELS = ["Murder", "Rape", "Robbery", "Fel. Assault", "Burglary", "Gr. Larceny", "G.L.A.", "Transit",
          "Housing", "Petit Larceny"]


def _change(a: int, b: int) -> str:
    return "-100.0" if a == 0 and b else ("0.0" if a == b else f"{100 * (a - b) / b:.1f}")


def _draw(path, seed: int, gap: float, slant: float = 0.0) -> tuple[list[list[str]], list[float], tuple]:
    """A crime sheet's block: labels right-aligned on one edge, then pairs "2017 | 2016 | % Chg" of
    counts and their change, every column right-aligned. The change column's right edge is ``gap``
    plus the width of "-100.0" past the counts' edge: rows whose change is "-100.0" leave ``gap``
    points between the count and the change. The last row is a TOTAL row; with ``slant`` it is set
    in the same font slanted by its text matrix (an obliqued face), its changes with two decimals.
    Returns the truth rows (header first), the columns' right edges and the body's box (the header
    left out)."""
    rng = random.Random(f"s43b-{seed}")
    font, size = ["Helvetica", "Times-Roman"][seed % 2], [9, 10][seed // 2 % 2]
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont(font, size)
    label_right = 120
    rights = [label_right]
    x = label_right
    for _ in range(2):
        x += 40
        rights.append(x)  # 2017
        x += 36
        rights.append(x)  # 2016
        x += stringWidth("-100.0", font, size) + gap
        rights.append(x)  # % Chg
    heads = ["", "2017", "2016", "% Chg", "2017", "2016", "% Chg"]
    y = 700
    for r, h in zip(rights, heads):
        if h:
            c.drawRightString(r, y, h)
    truth = [heads]
    top = 792 - y + 0.6 * size
    labels = LABELS[:]
    rng.shuffle(labels)
    totals = [0, 0, 0, 0]
    for k, label in enumerate(labels[:8]):
        y -= 1.35 * size
        a, b = rng.randint(0, 30), rng.randint(1, 30)
        if k % 3 == 1:
            a = 0  # a change of -100.0: the narrow gutter
        a2, b2 = rng.randint(40, 900), rng.randint(40, 900)
        row = [label, str(a), str(b), _change(a, b), str(a2), str(b2), _change(a2, b2)]
        totals = [t + v for t, v in zip(totals, (a, b, a2, b2))]
        for r, text in zip(rights, row):
            c.drawRightString(r, y, text)
        truth.append(row)
    y -= 1.35 * size
    a, b = totals[0] + 1000, totals[1] + 1200  # four figures with a thousands separator
    a2, b2 = totals[2] + 7000, totals[3] + 7700

    def fmt(v: int) -> str:
        return f"{v:,}"

    row = ["TOTAL", fmt(a), fmt(b), f"{100 * (a - b) / b:.2f}", fmt(a2), fmt(b2), f"{100 * (a2 - b2) / b2:.2f}"]
    for r, text in zip(rights, row):
        t = c.beginText()
        t.setFont(font, size)
        t.setTextTransform(1, 0, slant, 1, r - stringWidth(text, font, size), y)
        t.textOut(text)
        c.drawText(t)
    truth.append(row)
    bottom = 792 - y + 0.4 * size
    c.showPage()
    c.save()
    return truth, rights, (50, top, rights[-1] + 10, bottom)


def _grid(table) -> list[list[str]]:
    out = [[""] * table.n_cols for _ in range(table.n_rows)]
    for cell in table.cells:
        out[cell.row][cell.col] = cell.text
    return out


@pytest.mark.parametrize("source", ["pdfminer", "pdfium"])
@pytest.mark.parametrize("seed", range(4))
def test_an_obliqued_figure_touching_the_next_columns_change_is_two_cells(tmp_path, seed, source):
    """Rule 330: the TOTAL row in a slanted face: pdfminer slants each glyph's box with the text
    matrix (pdfium's loose box leans the same way), so "1,270" ends past its column's edge and
    touches "-10.79" ("1,270-10.79", one word)."""
    path = tmp_path / "oblique.pdf"
    # the change column a little wider than "-100.0" after the counts: the TOTAL row's change
    # "-10.79" starts about 4 points after the count ends, the slanted boxes touch
    truth, _, _ = _draw(path, seed, gap=0.35 * [9, 10][seed // 2 % 2], slant=0.3)
    with pdfplumber.open(path) as pdf:
        page = PageSource(pdf, path, source=source).page(1) if source == "pdfium" else pdf.pages[0]
        tables = extract_tables(page)
    assert len(tables) == 1
    rows = _grid(tables[0])
    total = next(r for r in rows if r[0] == "TOTAL")
    assert total == truth[-1]


@pytest.mark.parametrize("seed", range(4))
def test_right_aligned_columns_a_narrow_gutter_apart_are_two_columns(tmp_path, seed):
    """Rule 331: counts and their changes right-aligned, "1" and "-100.0" 2.4 points apart (a quarter
    em is 2.5): the columns part on the whole page and in a rectangle drawn over the rows without
    the header."""
    path = tmp_path / "narrow.pdf"
    size = [9, 10][seed // 2 % 2]
    truth, rights, (x0, top, x1, bottom) = _draw(path, seed, gap=0.22 * size)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        tables = extract_tables(page)
        assert len(tables) == 1
        assert _grid(tables[0])[-len(truth) + 1:] == truth[1:]
        # the rectangle over the body only: its first row is the first body row
        area = extract_area(page, (x0, top, x1, bottom))
    assert _grid(area) == truth[1:]



#: remarks of three lines whose middle line starts in lower case, and one-line remarks
THREE = [["Pipeline break in", "April; stocks", "replenished in May."],
         ["Covers 658 households", "in 11 districts, as", "agreed locally."],
         ["Estimate based on", "the 2026 population", "projections."]]
ONE = ["Target revised.", "No funding received.", "Partner reporting late.", "Activity completed."]


def _draw_remarks(path, seed: int) -> list[list[str]]:
    """Labels, two right-aligned figure columns and a remarks column 0.6 em after the last figures
    (0.3 em of padding each side). Remarks of three lines are centred on their row's line: the first
    line above it, the middle one (starting in lower case) on it, the last below; the other rows'
    remarks are one line starting with a capital. Returns the truth rows, header first."""
    rng = random.Random(f"s43b-remarks-{seed}")
    font, size = ["Helvetica", "Times-Roman"][seed % 2], [8, 9, 10][seed % 3]
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont(font, size)
    lead = 1.2 * size
    right = [200, 250]
    start = right[-1] + 0.6 * size
    y = 760
    for x, h in zip([60, *right], ["Programme", "Actual", "Budget"]):
        (c.drawString if x == 60 else c.drawRightString)(x, y, h)
    c.drawString(start, y, "Notes")
    truth = [["Programme", "Actual", "Budget", "Notes"]]
    labels = rng.sample(["Protection", "Shelter repairs", "Guinea", "Awareness campaign", "Education", "Cash transfers",
                         "Health", "Nutrition"], 6)
    y -= 0.6 * lead
    for r, label in enumerate(labels):
        three = r % 2 == 1 or (r == 0 and seed % 2)
        lines = THREE[(seed + r) % 3] if three else [ONE[(seed + r) % 4]]
        y -= (2.4 if three else 1.5) * lead
        figures = [f"{rng.randint(1000, 9999):,}" for _ in right]
        c.drawString(60, y, label)
        for x, f in zip(right, figures):
            c.drawRightString(x, y, f)
        mid = len(lines) // 2
        for k, line in enumerate(lines):
            c.drawString(start, y + (mid - k) * lead, line)
        y -= mid * lead
        truth.append([label, *figures, " ".join(lines)])
    c.showPage()
    c.save()
    return truth


@pytest.mark.parametrize("seed", range(6))
def test_a_remarks_middle_line_in_lower_case_starts_the_remarks_column(tmp_path, seed):
    """Rule 332: a remark's middle line on its row's line, starting in lower case, 0.6 em after the
    row's last figure ("5,268 on the 2026 population"), is the remark's, not the figure's: its
    column's edge is proven by the one-line remarks starting with a capital at the same two edges,
    or by the remarks' other lines starting there."""
    path = tmp_path / "remarks.pdf"
    truth = _draw_remarks(path, seed)
    with pdfplumber.open(path) as pdf:
        found = extract_tables(pdf.pages[0])
    assert len(found) == 1
    assert [[" ".join(x.split()) for x in row] for row in _grid(found[0])] == truth

