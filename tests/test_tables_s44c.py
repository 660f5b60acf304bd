"""Session 44, helper c (docs/extraction.md, rules 380-389): bullet lists whose rows' labels and
figures are centred vertically on them, drawn on reportlab's canvas. One page per test."""

from __future__ import annotations

import random

import pdfplumber
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from app.extract.tables import extract_tables

SECTORS = ["Border management", "Protection", "Camp coordination", "Food security", "Education", "Logistics",
           "Health"]
ITEMS = ["Train community health workers", "Provide legal counselling", "Repair shelters damaged by floods",
         "Rehabilitate water points", "Register new arrivals", "Distribute hygiene kits", "Support voluntary returns",
         "Monitor protection incidents", "Deliver psychosocial support sessions", "Map service providers"]


def _grid(t) -> list[list[str]]:
    grid = [[""] * t.n_cols for _ in range(t.n_rows)]
    for cell in t.cells:
        grid[cell.row][cell.col] = " ".join(cell.text.split())
    return grid


def _draw_centred_lists(path, seed: int, close: bool = False) -> list[list[str]]:
    """Labels, a column of bullet lists of two or four items (an even number: the row's label and
    figures, centred vertically on the list, fall between two items, so no line holds a label and an
    item), the bullets 1.5-5 em after the longest label, one or two columns of figures; seed % 2:
    rules between the rows (a browser's table) or none (LibreOffice's cells); seed % 3 == 2: items
    wrapped onto a second line under their text. ``close``: the bullets a third of an em after the
    longest label, which has three items (the label on its middle item's line, one phrase with it).
    Returns the truth rows."""
    rng = random.Random(f"bullets-centred-{seed}" + ("-close" if close else ""))
    font, size = ["Helvetica", "Times-Roman"][seed % 2], [9, 10][seed // 3 % 2]
    bullet = ["-", "\u2013"][seed % 2]
    labels = rng.sample(SECTORS, 3)
    n_vals = 1 + seed % 2
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont(font, size)
    start = 60 + max(stringWidth(t, font, size) for t in labels) + ([1.5, 3.0, 5.0][seed % 3] if not close else 0.32) * size
    widest = max(labels, key=lambda t: stringWidth(t, font, size))
    indent = stringWidth(bullet + " ", font, size)
    wrap = seed % 3 == 2
    right = start + 200 + 30 * size
    lead, pad = 1.4 * size, 0.5 * size
    y = 780
    heads = ["People targeted", "Budget (USD)"][:n_vals]
    c.drawString(60, y, "Sector")
    c.drawString(start, y, "Key activities")
    for k, h in enumerate(heads):
        c.drawRightString(right + 90 * k, y, h)
    truth = [["Sector", "Key activities", *heads]]
    ruled = seed % 2 == 0
    x1 = right + 90 * (n_vals - 1) + 5

    def rule(yy: float) -> None:
        if ruled:
            c.setLineWidth(0.6)
            c.line(55, yy, x1, yy)

    y -= lead / 2 + pad
    rule(y)
    y -= pad + size
    for label in labels:
        items = rng.sample(ITEMS, 3 if close and label == widest else rng.choice([2, 4]))
        lines = []
        for it in items:
            words = it.split()
            if wrap and len(words) >= 3 and not close:
                lines.append((bullet, " ".join(words[:-1])))
                lines.append(("", words[-1]))
            else:
                lines.append((bullet, it))
        for k, (b, text) in enumerate(lines):
            if b:
                c.drawString(start, y - k * lead, b)
            c.drawString(start + indent + (0 if b else 0.3 * size), y - k * lead, text)
        mid = y - (len(lines) - 1) * lead / 2
        figures = [f"{rng.randint(1000, 9_999_999):,}" for _ in heads]
        c.drawString(60, mid, label)
        for k, f in enumerate(figures):
            c.drawRightString(right + 90 * k, mid, f)
        truth.append([label, " ".join(f"{bullet} {it}" for it in items), *figures])
        y -= (len(lines) - 1) * lead + pad
        rule(y - size * 0.3)
        y -= lead + pad
    c.save()
    return truth


@pytest.mark.parametrize("seed", range(6))
def test_a_bullet_list_centred_rows_are_one_table_with_a_list_column(tmp_path, seed):
    """Rules 380-381: the rows' labels and figures centred on lists of an even number of items stand
    between two items, so no line holds a label and an item: the items' lines (and the lines they
    wrap onto) lie in the gap between a row's label and its figures and go on in that row's cell
    (rule 380: the table was missed, or cut at the first list), and the bullets that line up past
    the labels are a column of their own (rule 381: the items joined the labels' or the figures'
    column). Fails before on every seed."""
    pdf = tmp_path / f"centred{seed}.pdf"
    truth = _draw_centred_lists(pdf, seed)
    with pdfplumber.open(pdf) as p:
        found = extract_tables(p.pages[0], 1)
    assert len(found) == 1
    assert _grid(found[0]) == truth


@pytest.mark.parametrize("seed", range(6))
def test_a_label_close_before_the_list_on_an_items_line_is_cut_at_the_bullet(tmp_path, seed):
    """Rule 381: the longest label a third of an em short of the bullets, on the line of its middle
    item, is one phrase with the item (closer than a phrase gap and than rule 342's half an em); the
    bullets lined up on the other lines prove the list's column, and the phrase is cut at the bullet
    standing there. Fails before the cut (rules 380-381 without it) on every seed."""
    pdf = tmp_path / f"close{seed}.pdf"
    truth = _draw_centred_lists(pdf, seed, close=True)
    with pdfplumber.open(pdf) as p:
        found = extract_tables(p.pages[0], 1)
    assert len(found) == 1
    assert _grid(found[0]) == truth


# rule 383: labels wrapped beside their lists, a row's line holding an item's last words

LONG_LABELS = [("Return and", "reintegration"), ("Mental health and", "psychosocial support"),
               ("Water, sanitation", "and hygiene"), ("Displacement", "tracking"), ("Camp coordination", "and management")]
SHORT_ITEMS = ["Run mobile clinics", "Map service providers", "Register new arrivals", "Distribute hygiene kits",
               "Repair shelters"]
WRAPPED = [("Provide cash assistance to", "vulnerable households"), ("Deliver psychosocial support", "sessions"),
           ("Pre-position emergency", "stocks")]


def _draw_wrapped_labels(path, seed: int) -> list[list[str]]:
    """Rows whose label is wrapped over two lines and whose list has four items, the second wrapped
    onto a second line: five list lines, the figures on the middle one (the wrapped item's last
    words), the label's two lines half a line above and below it, between the list's lines; the
    bullets 1.5-4 em after the longest label line. Returns the truth rows."""
    rng = random.Random(f"wrapped-labels-{seed}")
    font, size = ["Helvetica", "Times-Roman"][seed % 2], [8, 9, 10][seed % 3]
    bullet = ["-", "\u2013"][seed // 3]
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont(font, size)
    labels = rng.sample(LONG_LABELS, 3)
    start = 60 + max(stringWidth(t, font, size) for pair in labels for t in pair) + [1.5, 2.5, 4.0][seed % 3] * size
    indent = stringWidth(bullet + " ", font, size)
    right = start + 40 * size
    lead = 1.3 * size
    y = 780.0
    c.drawString(60, y, "Sector")
    c.drawString(start, y, "Response priorities")
    c.drawRightString(right, y, "Target")
    c.drawRightString(right + 80, y, "Partners")
    truth = [["Sector", "Response priorities", "Target", "Partners"]]
    y -= 2 * lead
    for first, second in labels:
        short = rng.sample(SHORT_ITEMS, 3)
        wrapped = rng.choice(WRAPPED)
        lines = [(bullet, short[0]), (bullet, wrapped[0]), ("", wrapped[1]), (bullet, short[1]), (bullet, short[2])]
        for k, (b, text) in enumerate(lines):
            if b:
                c.drawString(start, y - k * lead, b)
            c.drawString(start + indent, y - k * lead, text)
        mid = y - 2 * lead
        c.drawString(60, mid + lead / 2, first)
        c.drawString(60, mid - lead / 2, second)
        figures = [f"{rng.randint(1000, 9_999_999):,}" for _ in range(2)]
        c.drawRightString(right, mid, figures[0])
        c.drawRightString(right + 80, mid, figures[1])
        items = [short[0], " ".join(wrapped), short[1], short[2]]
        truth.append([f"{first} {second}", " ".join(f"{bullet} {it}" for it in items), *figures])
        y -= 5 * lead + 0.8 * size
    c.save()
    return truth


@pytest.mark.parametrize("seed", range(6))
def test_labels_wrapped_beside_lists_centred_on_their_rows(tmp_path, seed):
    """Rule 383: between two rows' lines stand the rest of one list, the start of the next and the
    two labels' lines wrapped beside them: more than three one-phrase lines, two of them no cell's
    (the labels' lines, starting where the labels start), and the row's line holds no label, only
    the wrapped item's last words and the figures, so no row showed where the items start. The block
    goes on: up to three lines at the labels' x among lines going on in cells, and a row's first
    phrase starting an em or more right of the labels shows where its cell's lines start. Fails
    before on every seed."""
    pdf = tmp_path / f"wrapped{seed}.pdf"
    truth = _draw_wrapped_labels(pdf, seed)
    with pdfplumber.open(pdf) as p:
        found = extract_tables(p.pages[0], 1)
    assert len(found) == 1
    assert _grid(found[0]) == truth


# rule 382: a table in one column of a page set in two columns, running text in the other

WORDS = ("the response plan covers part of the requirements while national authorities lead the "
         "coordination with partners in every region where needs remain high and funding received so far "
         "covers protection health shelter and education the figures are provisional and will be updated "
         "as reports come in from the field offices").split()
COUNTRIES = ["Colombia", "Myanmar", "Philippines", "Indonesia", "Senegal", "Mexico", "Tunisia", "Jordan", "Peru"]


def _paragraphs(rng: random.Random, font: str, size: float, width: float, n_lines: int) -> list[str]:
    """Lines of running text filling ``width``, paragraphs of three to six lines (the last one short,
    ending with a full stop)."""
    out: list[str] = []
    while len(out) < n_lines:
        para = rng.randint(3, 6)
        for k in range(para):
            words = []
            limit = width if k < para - 1 else width * rng.uniform(0.2, 0.5)
            while True:
                w = rng.choice(WORDS)
                if stringWidth(" ".join([*words, w]), font, size) > limit:
                    break
                words.append(w)
            text = " ".join(words)
            out.append(text[0].upper() + text[1:] if k == 0 else text + ("." if k == para - 1 else ""))
    return out[:n_lines]


def _draw_two_columns(path, seed: int) -> list[list[str]]:
    """A page in two columns: running text filling one column from the top to far below the table
    (seed % 2: the text on the left or the right), in the other a heading, a title and a small
    table without rules whose rows are set at another leading than the text (so their lines and the
    text's meet at one height now and then). Returns the truth rows."""
    rng = random.Random(f"two-columns-{seed}")
    font, size = ["Helvetica", "Times-Roman"][seed % 2], [8, 9][seed // 2 % 2]
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    col_w, gutter = 230.0, 26.0
    text_x, table_x = (56.0, 56.0 + col_w + gutter) if seed % 2 == 0 else (56.0 + col_w + gutter, 56.0)
    lead = 1.3 * size
    y = 790.0
    c.setFont(font, size)
    for k, line in enumerate(_paragraphs(rng, font, size, col_w, 40)):
        c.drawString(text_x, y - k * lead, line)
    c.setFont(font + ("-Bold" if font == "Helvetica" else ""), size + 2)
    c.drawString(table_x, y, "Needs remain high in every region")
    c.setFont(font, size)
    for k, line in enumerate(_paragraphs(rng, font, size, col_w, 4)):
        c.drawString(table_x, y - (k + 2) * lead, line)
    y -= 7 * lead
    c.drawString(table_x, y, f"Table {seed + 3}: Budget by country (USD)")
    heads = ["Country", "Budget", "Funded"] + (["Gap"] if seed % 3 == 0 else [])
    xs = [table_x + 2, table_x + 110, table_x + 160, table_x + 210][: len(heads)]
    y -= 1.8 * lead
    # padded rows: two lines of text or so apart
    row_lead = [2.2, 2.0, 2.35][seed % 3] * size
    c.drawString(xs[0], y, heads[0])
    for x, h in zip(xs[1:], heads[1:]):
        c.drawRightString(x, y, h)
    truth = [heads]
    for name in rng.sample(COUNTRIES, rng.randint(5, 7)):
        y -= row_lead
        figures = [f"{rng.randint(1000, 99999):,}" for _ in heads[1:]]
        c.drawString(xs[0], y, name)
        for x, f in zip(xs[1:], figures):
            c.drawRightString(x, y, f)
        truth.append([name, *figures])
    for k, line in enumerate(_paragraphs(rng, font, size, col_w, 3)):
        c.drawString(table_x, y - (k + 2) * lead, line)
    c.save()
    return truth


@pytest.mark.parametrize("seed", range(6))
def test_a_table_beside_the_running_text_of_a_two_column_page(tmp_path, seed):
    """Rule 382: lines of the two columns at one height are one line, so the running text beside the
    table breaks its block wherever one of its lines is prose, and a paragraph's short last line reads
    as a row's cell. A column of running text (five lines or more starting at one x) going on above
    the table's heading, a table beside it an em or more clear: each side is searched on its own.
    Two of the six pages fail before (the text on the right: a paragraph's last line and a line of the
    text read into the rows as a fourth column; the heading and first rows left out)."""
    pdf = tmp_path / f"twocol{seed}.pdf"
    truth = _draw_two_columns(pdf, seed)
    with pdfplumber.open(pdf) as p:
        found = extract_tables(p.pages[0], 1)
    assert len(found) == 1
    assert _grid(found[0]) == truth
