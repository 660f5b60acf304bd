"""Rule 410 (docs/extraction.md, "Real development documents, session 45"): a ruled grid whose body rows
the text decides keeps the header rows and spans its rules draw."""

from __future__ import annotations

import pdfplumber
import pytest

from app.extract.tables import extract_tables
from app.source.pagesource import open_pages

MONTHS = [["Apr", "May", "Jun"], ["Jul", "Aug", "Sep"], ["Oct", "Nov", "Dec"]]


def _draw(path, font: str, size: float, levels: int, stub: bool):
    """A traffic sheet: ``levels`` heading rows over eight figure columns (a group heading over four
    columns, sub-headings over two, leaf headings over one; with two levels the group heading spans all
    eight), a quarter's three months in one ruled band (the figures of its rows one under the other
    in each cell), a totals row per quarter. ``stub``: the label column's heading is a word set on the
    header's last line."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    leaf = ["Ton", "y.o.y(%)"] * 4
    head: list[list[str]] = []
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("FONTNAME", (0, 0), (-1, -1), font),
             ("FONTSIZE", (0, 0), (-1, -1), size), ("LEADING", (0, 0), (-1, -1), size * 1.2),
             ("ALIGN", (0, 0), (-1, levels - 1), "CENTER"), ("ALIGN", (1, levels), (-1, -1), "RIGHT"),
             ("SPAN", (0, 0), (0, levels - 1))]
    if levels == 3:
        head.append(["", "Inbound", "", "", "", "Outbound", "", "", ""])
        style += [("SPAN", (1, 0), (4, 0)), ("SPAN", (5, 0), (8, 0))]
    else:
        head.append(["", "Quarter ended", "", "", "", "", "", "", ""])
        style += [("SPAN", (1, 0), (8, 0))]
    r = len(head)
    head.append(["", "Freight", "", "Parcels", "", "Freight", "", "Parcels", ""])
    style += [("SPAN", (c, r), (c + 1, r)) for c in (1, 3, 5, 7)]
    head.append(["Month" if stub else ""] + leaf)
    if stub:
        style = [s for s in style if s[0] != "SPAN" or s[1] != (0, 0)] + [("SPAN", (0, 0), (0, levels - 2))]
    body = []
    for q, months in enumerate(MONTHS):
        cells = ["\n".join(m for m in months)]
        for c in range(8):
            vals = [f"{(q + 1) * 1000 + i * 37 + c * 113:,}" if c % 2 == 0 else f"{95 + (i * 7 + c + q) % 11}.{(i + c) % 10}"
                    for i in range(3)]
            cells.append("\n".join(vals))
        body.append(cells)
        body.append([f"Q{q + 1} total"] + [f"{(q + 1) * 3111 + c * 339:,}" if c % 2 == 0 else f"{99 + c}.5"
                                          for c in range(8)])
    table = Table(head + body, colWidths=[70] + [58, 48] * 4)
    table.setStyle(TableStyle(style))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([table])
    return path, len(head)


CASES = [("Helvetica", 8, 3, False), ("Times-Roman", 9, 3, False), ("Courier", 7, 3, False),
         ("Helvetica", 9, 2, False), ("Times-Roman", 8, 3, True), ("Helvetica-Bold", 7.5, 2, True)]


@pytest.mark.parametrize("font,size,levels,stub", CASES)
def test_a_grid_read_by_its_text_keeps_the_header_its_rules_draw(tmp_path, font, size, levels, stub):
    path, n_head = _draw(tmp_path / "sheet.pdf", font, size, levels, stub)
    for source in ("pdfminer", "pdfium"):
        with open_pages(path, source=source) as pages:
            (table,) = [t for n, page in pages for t in extract_tables(page, n)]
        assert table.header_rows == n_head
        assert table.n_rows == n_head + 3 * 4 and table.n_cols == 9
        grid = table.text_grid()
        spans = {(c.row, c.col): c.col_span for c in table.cells if c.text}
        if levels == 3:
            assert (grid[0][1], grid[0][5]) == ("Inbound", "Outbound")
            assert spans[(0, 1)] == spans[(0, 5)] == 4
        else:
            assert grid[0][1] == "Quarter ended" and spans[(0, 1)] == 8
        sub = n_head - 2
        assert [grid[sub][c] for c in (1, 3, 5, 7)] == ["Freight", "Parcels"] * 2
        assert all(spans[(sub, c)] == 2 for c in (1, 3, 5, 7))
        assert grid[n_head - 1][1:] == ["Ton", "y.o.y(%)"] * 4
        assert grid[n_head][0] == "Apr" and grid[n_head + 3][0] == "Q1 total"
