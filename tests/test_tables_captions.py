"""Wrapped column captions wider than their column (rule 19 of docs/extraction.md), drawn with reportlab.

Each column of right-aligned figures carries a short heading ("Principle 2") and under it a caption
wrapped over several lines, centred over the column and wider than its figures, so its lines reach
into the gutters. The drawing places one caption line so that a body edge of its column (the left
edge of the widest figure, or the right edge of the figures) falls exactly in a word space of that
line, with the words on the far side of the edge lying in the gutter: the chance coincidence that
split a caption line and gave its gutter word to the neighbouring column. Several fonts and sizes.
"""

from __future__ import annotations

import pdfplumber
import pytest

from app.extract.tables import extract_tables

CAPTIONS = [
    "Respect international standards and the rights of migrants",
    "Base policies on the data and involve the whole of government",
    "Build on strong and lasting partnerships",
    "Advance the economic and social well-being of migrants and of society",
    "Respond to the mobility dimensions of crises",
]
ROWS = [("Regional initiatives", ["200 000", "300 000", "200 000", "5 700 000", "500 000"]),
        ("Angola", ["250 000", "75 000", "300 000", "139 412", "38 000"]),
        ("Botswana", ["50 000", "1 500 000", "42 000", "100 000", "300 000"]),
        ("Lesotho", ["64 000", "80 000", "1 130 000", "65 000", "814 000"]),
        ("Malawi", ["130 000", "550 000", "90 000", "350 000", "1 200 000"]),
        ("Mozambique", ["1 350 000", "200 000", "75 000", "80 000", "64 000"])]


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(lines[-1] + " " + word, font, size) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _centre_on_edge(lines: list[str], font: str, size: float, edge: float, side: str,
                    gutter: tuple[float, float], body_mid: float) -> float | None:
    """Centre for the caption's lines that puts ``edge`` in a word space of one line, the words on
    the gutter side of it lying wholly in ``gutter`` (None when no line can)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    space = stringWidth(" ", font, size)
    best = None
    for line in lines:
        words = line.split()
        lw = stringWidth(line, font, size)
        for k in range(1, len(words)):
            before = stringWidth(" ".join(words[:k]), font, size)
            if side == "left":  # the edge at the start of word k, words[:k] in the left gutter
                start = edge - before - space
                centre = start + lw / 2
                ok = gutter[0] + 1 < start < (gutter[0] + gutter[1]) / 2
            else:  # the edge at the end of word k-1, words[k:] in the right gutter
                start = edge - before
                centre = start + lw / 2
                ok = (gutter[0] + gutter[1]) / 2 < start + lw < gutter[1] - 1
            if ok and (best is None or abs(centre - body_mid) < abs(best - body_mid)):
                best = centre
    return best


def _layout(font: str, size: float, side: str, pitch: float):
    """Right edges of the value columns, wrapped captions, their centres and the columns whose
    caption was placed on a body edge, for one column pitch."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    cap = 0.82 * size
    rights = [190 + 6.4 * cap + pitch * k for k in range(len(CAPTIONS))]
    widest = [max(stringWidth(r[1][k], font, size) for r in ROWS) for k in range(len(CAPTIONS))]
    wrapped = [_wrap(text, font, cap, (7.4 if k % 2 else 5.6) * cap) for k, text in enumerate(CAPTIONS)]
    centres = [rights[k] - widest[k] / 2 for k in range(len(CAPTIONS))]
    placed: set[int] = set()
    for k in range(1, len(CAPTIONS), 2):
        lo, hi = rights[k] - widest[k], rights[k]
        left_gutter = (rights[k - 1], lo)
        right_gutter = (hi, rights[k + 1] - widest[k + 1]) if k + 1 < len(rights) else (hi, hi + 20)
        edge, gutter = (lo, left_gutter) if side == "left" else (hi, right_gutter)
        got = _centre_on_edge(wrapped[k], font, cap, edge, side, gutter, centres[k])
        if got is not None and abs(got - centres[k]) <= 0.3 * (hi - lo):
            centres[k] = got
            placed.add(k)

    def extent(k: int, j: int) -> tuple[float, float]:
        w = stringWidth(wrapped[k][j], font, cap)
        return centres[k] - w / 2, centres[k] + w / 2

    # neighbouring captions stay apart by more than a phrase gap (0.9 em) on every line
    for k in sorted(placed):
        for n in (k - 1, k + 1):
            if 0 <= n < len(CAPTIONS) and any(
                    extent(min(k, n), j)[1] + 0.9 * cap > extent(max(k, n), j)[0]
                    for j in range(min(len(wrapped[k]), len(wrapped[n])))):
                placed.discard(k)
                centres[k] = rights[k] - widest[k] / 2
    return rights, wrapped, centres, placed


def _draw(path, font: str, size: float, side: str) -> tuple[list[str], set[int]]:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    cap = 0.82 * size
    # the first column pitch (8.4 to 10 em) at which some caption line can be placed on a body edge
    for step in range(17):
        rights, wrapped, centres, placed = _layout(font, size, side, (8.4 + 0.1 * step) * cap)
        if placed:
            break
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 90
    c.setFont(font, size + 3)
    c.drawString(56, y, "Southern Africa: funding requirements (USD)")
    head_y = y - 2.2 * size
    for k, lines in enumerate(wrapped):
        c.setFont(font, size)
        c.drawCentredString(centres[k], head_y, f"Principle {k + 1}")
        c.setFont(font, cap)
        for j, line in enumerate(lines):
            c.drawCentredString(centres[k], head_y - 2.0 * size - j * 1.2 * cap, line)
    body_y = head_y - 2.0 * size - max(map(len, wrapped)) * 1.2 * cap - 1.2 * size
    c.setFont(font, size)
    for r, (label, values) in enumerate(ROWS):
        yy = body_y - r * 1.9 * size
        c.drawString(58, yy, label)
        for k, v in enumerate(values):
            c.drawRightString(rights[k], yy, v)
    c.save()
    return CAPTIONS, placed


@pytest.mark.parametrize("font,size,side", [
    ("Helvetica", 7.5, "left"), ("Helvetica", 7.5, "right"), ("Helvetica", 9.0, "left"), ("Helvetica", 9.0, "right"),
    ("Times-Roman", 8.0, "left"), ("Times-Roman", 10.0, "left"), ("Helvetica", 8.0, "left"), ("Helvetica", 8.0, "right"),
])
def test_wrapped_caption_wider_than_its_column_stays_whole(tmp_path, font, size, side):
    pdf = tmp_path / "captions.pdf"
    captions, placed = _draw(pdf, font, size, side)
    assert placed, "the drawing puts a body edge in a word space of some caption line"
    with pdfplumber.open(pdf) as doc:
        tables = extract_tables(doc.pages[0], 1)
    assert len(tables) == 1
    t = tables[0]
    assert t.header_rows == 2
    grid = {(cell.row, cell.col): cell.text for cell in t.cells}
    for k, text in enumerate(captions):
        assert grid.get((0, k + 1)) == f"Principle {k + 1}", (k, grid.get((0, k + 1)))
        assert grid.get((1, k + 1)) == text, (k, grid.get((1, k + 1)))


@pytest.mark.parametrize("font,size,word,n", [("Helvetica", 8.0, "Year", 5), ("Times-Roman", 9.0, "Phase", 4),
                                              ("Helvetica", 7.0, "Principle", 6)])
def test_numbered_headings_evenly_spaced_are_not_a_chart_axis(tmp_path, font, size, word, n):
    """Headings "Year 1" ... "Year 5" over evenly spaced columns put the numbers 1..5 in an even
    progression along one line, like a chart's tick labels (rule 20 of docs/extraction.md)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "numbered.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    y = A4[1] - 90
    c.setFont(font, size + 3)
    c.drawString(56, y, "Funding by year (USD)")
    rights = [230 + 62 * k for k in range(n)]
    c.setFont(font, size)
    for k in range(n):
        c.drawRightString(rights[k], y - 2.5 * size, f"{word} {k + 1}")
    for r, (label, values) in enumerate(ROWS):
        yy = y - 4.5 * size - r * 1.8 * size
        c.drawString(58, yy, label)
        for k in range(n):
            c.drawRightString(rights[k], yy, values[k % len(values)])
    c.save()
    with pdfplumber.open(pdf) as doc:
        tables = extract_tables(doc.pages[0], 1)
    assert len(tables) == 1
    grid = {(cell.row, cell.col): cell.text for cell in tables[0].cells}
    assert [grid.get((0, k + 1)) for k in range(n)] == [f"{word} {k + 1}" for k in range(n)]
    for r, (label, values) in enumerate(ROWS, 1):
        assert [grid.get((r, k)) for k in range(n + 1)] == [label] + [values[k % len(values)] for k in range(n)]
