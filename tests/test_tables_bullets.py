"""Tables whose cells hold bullet lists (generator 9's bullets family) as the fresh seeds draw them:
a dash bullet beside a label set close to it, a table between full-width rules under a caption that a
running head's rule closes above, a heading set in a wide column over figures set right
(docs/extraction.md, rules 282-284)."""

from __future__ import annotations

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.extract.tables import extract_tables
from tools.docgen import tables as gen


DASH_ROWS = [("Food security", ["Register new arrivals", "Support referral of survivors"], "6,492,205"),
             ("Logistics", ["Distribute hygiene kits", "Rehabilitate water points"], "4,599,806"),
             ("Camp coordination", ["Support referral of survivors", "Support voluntary returns",
                                    "Distribute hygiene kits"], "5,736,839"),
             ("Livelihoods", ["Support voluntary returns", "Map service providers"], "6,276,429")]


def _dash_page(path, font: str, size: float, gap: float, dash: str) -> None:
    """Area | Planned activities | People targeted between rules over and under each row: each item on
    its own line after a dash, the longest label ending ``gap`` ems before the dashes (a label column
    at its natural width and a small padding), the figures set right."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c = canvas.Canvas(str(path), pagesize=A4)
    h = A4[1]
    c.setFont(font, size)
    x0 = 60
    dash_x = x0 + max(stringWidth(label, font, size) for label, _i, _f in DASH_ROWS) + gap * size
    item_x = dash_x + stringWidth(dash + " ", font, size)
    fig_x = item_x + max(stringWidth(i, font, size) for _l, items, _f in DASH_ROWS for i in items) + 8 * size
    y = 100
    c.line(x0 - 2, h - y + 1.4 * size, fig_x + 2, h - y + 1.4 * size)
    # headings wrapped over two lines, set at the cells' top
    c.drawString(x0, h - y, "Area"), c.drawString(dash_x, h - y, "Planned")
    c.drawRightString(fig_x, h - y, "People")
    y += 1.25 * size
    c.drawString(dash_x, h - y, "activities"), c.drawRightString(fig_x, h - y, "targeted")
    for label, items, figure in [*DASH_ROWS, (None, [], "")]:
        y += 0.6 * size
        c.line(x0 - 2, h - y, fig_x + 2, h - y)
        if label is None:
            break
        y += 1.25 * size
        c.drawString(x0, h - y, label), c.drawRightString(fig_x, h - y, figure)
        for item in items:
            c.drawString(dash_x, h - y, dash), c.drawString(item_x, h - y, item)
            y += 1.25 * size
        y -= 1.25 * size
    c.showPage()
    c.save()


@pytest.mark.parametrize("seed", range(6))
def test_a_label_set_close_to_a_dash_bullet_is_cut_from_it(tmp_path, seed):
    """Rule 282: a label run into the dash bullet of the item beside it ("Camp coordination – Support
    referral of survivors", 0.45-0.65 em apart: under a phrase gap) is cut where the bullets start on
    the other rows, as rule 255 cuts a label run into the next column: the dash (which in a figure
    column means "nothing") made the phrase one holding a value, never cut, and the label and
    bullets columns were one. Fails before."""
    font, size = ["Helvetica", "Times-Roman", "Helvetica"][seed % 3], [9, 10, 8][seed % 3]
    path = tmp_path / f"dash{seed}.pdf"
    _dash_page(path, font, size, [0.45, 0.55, 0.65][seed % 3], ["–", "-"][seed % 2])
    with pdfplumber.open(path) as p:
        [table] = extract_tables(p.pages[0], 1)
    grid = [[""] * table.n_cols for _ in range(table.n_rows)]
    for cell in table.cells:
        grid[cell.row][cell.col] = cell.text
    dash = ["–", "-"][seed % 2]
    assert grid == [["Area", "Planned activities", "People targeted"]] + [
        [label, " ".join(f"{dash} {i}" for i in items), figure] for label, items, figure in DASH_ROWS]


ITEMS = [("Cash assistance", ["• Run mobile clinics in remote", "areas", "• Repair shelters damaged by", "floods"],
          "4,465,932"),
         ("Displacement tracking", ["• Pre-position emergency stocks", "• Map service providers"], "8,799,426"),
         ("Water, sanitation and hygiene", ["• Rehabilitate water points", "• Pre-position emergency", "stocks"],
          "8,665,674"),
         ("Health", ["• Register new arrivals", "• Distribute hygiene kits"], "5,766,603")]


def _ruled_page(path, caption: str, heading_x: float) -> None:
    """A page: a running head over a rule as wide as the text column, a caption, then a table between
    rules of that width: Area | Planned activities | People targeted, the last heading at
    ``heading_x`` in a wide column whose figures are set right."""
    c = canvas.Canvas(str(path), pagesize=A4)
    h = A4[1]
    x0, x1, size = 63, 533, 10

    def rule(y):
        c.setLineWidth(0.75)
        c.line(x0, h - y, x1, h - y)

    font, _bold = gen._rl_fonts("LiberationSans", False)  # (reportlab's Helvetica has no "•")

    def text(x, y, s, right=False):
        c.setFont(font, size)
        (c.drawRightString if right else c.drawString)(x, h - y, s)

    text(x0, 58, "Flash Appeal | Democratic Republic of the Congo")
    rule(66)
    text(x0, 84, caption)
    rule(94)
    y = 107
    text(67, y, "Area"), text(174, y, "Planned activities"), text(heading_x, y, "People targeted")
    rule(111)
    y = 111
    for label, lines, figure in ITEMS:
        y += 4
        for i, line in enumerate(lines):
            y += 12
            text(174 if line.startswith("•") else 184, y, line)
            # a label wrapped at 100 points
            part = (label if i == 0 else "") if len(label) < 24 else [label[:21], label[22:]][i] if i < 2 else ""
            if part:
                text(67, y, part)
            if i == 0:
                text(529, y, figure, right=True)
        y += 6
        rule(y)
    c.showPage()
    c.save()


@pytest.mark.parametrize("heading_x", [360.0, 375.0, 387.0])
def test_a_caption_under_a_running_head_s_rule_and_a_heading_over_figures_set_right(tmp_path, heading_x):
    """Rules 283-284: the running head's rule is as wide as the table's rules, so the stack of rules
    began over the caption, whose line crossed every gutter (the label and bullets columns merged);
    and "People targeted", set in its wide column's left part over figures set right, was a column of
    its own beside an empty-headed column of figures. The caption is the title, three columns. Fails
    before."""
    path = tmp_path / "ruled.pdf"
    _ruled_page(path, "Annex 11. Budget by output and region", heading_x)
    with pdfplumber.open(path) as p:
        [table] = extract_tables(p.pages[0], 1)
    grid = [[""] * table.n_cols for _ in range(table.n_rows)]
    for cell in table.cells:
        grid[cell.row][cell.col] = cell.text
    assert table.title == "Annex 11. Budget by output and region"
    assert grid[0] == ["Area", "Planned activities", "People targeted"]
    assert [r[0] for r in grid[1:]] == [label for label, _l, _f in ITEMS]
    assert [r[2] for r in grid[1:]] == [figure for _l, _i, figure in ITEMS]
