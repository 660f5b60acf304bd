"""Generator 11, second round (docs/extraction.md, "Generator 11, second round"): remarks columns set
with no padding against the figures before them, as LibreOffice sets them ("184No funding received",
"63,262 No funding" a word space apart), drawn on reportlab's canvas; remarks centred vertically on
their rows, generator 11's tables drawn with reportlab. One page per test."""

from __future__ import annotations

import random

import pdfplumber
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from app.extract.tables import extract_tables
from tests.test_tables_gen11 import FONTS
from tests.test_tables_generated import _draw, _rows, _scores
from tools.docgen import tables as gen

REMARKS = ["No funding received under this appeal to date.", "Figure excludes in-kind contributions.",
           "Activity completed ahead of schedule.", "Partner reporting incomplete.",
           "Target revised after the mid-term review.", "Pipeline break in April; stocks replenished."]
LABELS = ["Egypt", "Nigeria", "Burkina Faso", "Senegal", "Education", "Cash assistance", "Myanmar"]
HEADS = ["Reached", "Coverage", "Required", "Planned"]


def _draw_unpadded(path, seed: int) -> list[list[str]]:
    """A table of labels, one to three right-aligned figure columns and a remarks column (its heading
    centred over it) whose text starts exactly where the last figures end (seed even: touching,
    "184No"; odd: a word space apart), each remark on one line or wrapped over two; returns the
    truth rows."""
    rng = random.Random(f"unpadded-{seed}")
    font, size = ["Helvetica", "Times-Roman"][seed % 2], [7.5, 8, 9][seed % 3]
    gap = 0.0 if seed % 2 == 0 else stringWidth(" ", font, size)
    n_vals = 1 + seed % 3
    heads = ["Location"] + HEADS[:n_vals] + ["Observations"]
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont(font, size)
    lead = 1.25 * size
    right = [150 + 45 * k for k in range(n_vals)]  # the figure columns' right edges
    start = right[-1] + gap  # the remarks' left edge
    y = 780
    for k, h in enumerate(heads):
        if k == 0:
            c.drawString(60, y, h)
        elif k <= n_vals:
            c.drawRightString(right[k - 1], y, h)
        else:  # centred over the remarks' width, as LibreOffice sets a heading
            c.drawCentredString(start + 80, y, h)
    truth = [heads]
    for r, label in enumerate(rng.sample(LABELS, 4)):
        y -= 1.6 * lead
        figures = [str(rng.randint(100, 999)) for _ in range(n_vals)]
        remark = REMARKS[(seed + r) % len(REMARKS)] if r != 2 else ""
        c.drawString(60, y, label)
        for x, f in zip(right, figures):
            c.drawRightString(x, y, f)
        words = remark.split()
        lines = [" ".join(words[:3]), " ".join(words[3:])] if r % 2 and len(words) > 3 else [remark]
        for k, line in enumerate(l for l in lines if l):
            c.drawString(start, y - k * lead, line)
        y -= (len(lines) - 1) * lead
        truth.append([label, *figures, remark])
    c.save()
    return truth


@pytest.mark.parametrize("seed", range(6))
def test_remarks_set_against_the_figures_with_no_padding_are_a_column(tmp_path, seed):
    """Rule 290: where two lines or more each hold a figure (not their first word) and right after it,
    at less than a phrase gap or touching it, a word starting with a capital, the figures ending at
    one x and the words starting at one x, the words start a column: a word glued across that edge
    ("184No") is cut there, the phrase is cut there, and the column boundary is there even with no
    gutter at all. Every cell as printed; four of six fail before (the last figures read into the remarks'
    cells: "184No funding received ...", "655 No funding ...")."""
    pdf = tmp_path / f"unpadded{seed}.pdf"
    truth = _draw_unpadded(pdf, seed)
    with pdfplumber.open(pdf) as p:
        found = extract_tables(p.pages[0], 1)
    assert len(found) == 1
    t = found[0]
    grid = [[""] * t.n_cols for _ in range(t.n_rows)]
    for cell in t.cells:
        grid[cell.row][cell.col] = " ".join(cell.text.split())
    assert grid == truth


def _centred(seed: int) -> gen.GenTable:
    """Figures and, in the last column, remarks wrapped over two lines or more, centred vertically on
    their rows (the label and figures one line each, in the middle of the row)."""
    for k in range(400):
        rng = random.Random(f"remarks-centred-{seed}-{k}")
        t = gen.make_remarks(rng, style=gen._base_style(rng, rules=["none", "none", "hrules"][seed % 3],
                                                        pad=[0.45, 0.6][seed % 2], leading=[1.15, 1.25][seed % 2],
                                                        valign=None))
        col = next(iter(t.style["wrap_cols"]))
        long = [c for c in t.cells if c[1] == col and c[0] > 0 and len(c[4]) > 60]
        if col == t.n_cols - 1 and len(long) >= 2 and t.n_rows >= 4:
            return t
    raise AssertionError("no such table")


@pytest.mark.parametrize("seed", range(6))
def test_remarks_centred_vertically_on_their_rows_belong_to_their_rows(tmp_path, seed):
    """Rule 291: a remark wrapped over several lines and centred on its row's one line of label and
    figures puts its first lines above that line. Where every body line is a row's line or a line
    of the remarks column alone, the remarks' lines fall into blocks at their leading, and each
    block holds one row's line centred on it (one block at least reaching above it), each block is
    its row's remark: not the rest of the row above, nor the header's last line. Every row exact;
    all fail before. (With a tighter gutter, 0.3 em of padding, a remark's middle line starting in
    lower case still runs into the row's last figure: left.)"""
    t = _centred(seed)
    rng = random.Random(f"page-{seed}")
    doc, pdf = _draw(tmp_path, f"centred{seed}", [[gen._caption(rng), gen.t_block(t), gen._source(rng)]],
                     font=FONTS[seed % len(FONTS)], size=[8, 9, 10, 8.5][seed % 4])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows
