"""Rule 350: group rows stacked under a ruled table's column heads begin its body, not its header."""

from __future__ import annotations

import pdfplumber
import pytest

from app.extract.tables import extract_tables

LONG = "The factory only hired workers who were 18 years old or above when they applied"


def _draw(path, spanned: bool, fill: bool):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import landscape, A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    small = ParagraphStyle("s", fontName="Helvetica", fontSize=7, leading=8.5)
    p = lambda t: Paragraph(t, small)  # noqa: E731
    rows = [
        ["", "Findings", "", "Remediation", ""],
        ["Code / issue", "Benchmark", "Monitor's findings", "Remediation plan", "Follow-up"],
        ["1. Code awareness", "", "", "", ""],
        ["2. Forced labour", "", "", "", ""],
        ["3. Child labour", "", "", "", ""],
        ["Other", p("Code, non-discrimination: no person shall be subject to any discrimination"), p(LONG),
         p("Management has amended the recruitment regulations"), "Nil"],
        ["4. Health and safety", "", "", "", ""],
        ["Sanitation", p("Benchmark, health and safety: facilities shall be clean"), p("No supplies of paper"),
         p("Provided as advised"), "Nil"],
    ]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)),
             ("FONTSIZE", (0, 0), (-1, -1), 7), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if fill:
        style += [("BACKGROUND", (0, 0), (-1, 1), colors.orange)]
    for r in (2, 3, 4, 6):
        if spanned:
            style.append(("SPAN", (0, r), (-1, r)))
        if fill:
            style.append(("BACKGROUND", (0, r), (-1, r), colors.lightgreen))
    table = Table(rows, colWidths=[90, 150, 150, 150, 90])
    table.setStyle(TableStyle(style))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build([table])
    return path


@pytest.mark.parametrize("spanned", [False, True], ids=["cells", "spanned"])
@pytest.mark.parametrize("fill", [False, True], ids=["plain", "filled"])
def test_stacked_group_rows_under_the_column_heads_are_body_rows(tmp_path, spanned, fill):
    path = _draw(tmp_path / "groups.pdf", spanned, fill)
    with pdfplumber.open(path) as pdf:
        tables = extract_tables(pdf.pages[0])
    assert len(tables) == 1
    table = tables[0]
    assert table.header_rows == 2
    firsts = [row[0].text for row in table.rows()]
    assert firsts[table.header_rows] == "1. Code awareness"


def test_a_stub_heading_under_the_column_heads_stays_in_the_header(tmp_path):
    # one label alone on the last header line ("Country" under the column heads) is the stub's heading
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    rows = [["", "Cases", "Deaths", "Recovered"], ["Country", "", "", ""], ["Kenya", "1,200", "1,300", "1,450"],
            ["Somalia", "2,100", "2,350", "2,500"], ["Uganda", "900", "950", "1,010"]]
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    path = tmp_path / "stub.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([table])
    with pdfplumber.open(path) as pdf:
        t = extract_tables(pdf.pages[0])[0]
    assert t.header_rows == 2
