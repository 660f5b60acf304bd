"""Odd numbers survive both exporters exactly: decimals, negatives, percentages, footnote markers."""

from __future__ import annotations

import pdfplumber
from openpyxl import load_workbook

from app.document.model import DocumentData, SourceDocument, Table
from app.document.numbers import parse_number
from app.packs.pack import PackDefinition, build_pack
from exporters.pdf import PdfExporter
from exporters.xlsx import XlsxExporter

ROWS = [
    ["Item", "Amount", "Share"],
    ["Decimal", "1,250.75", "12.5%"],
    ["Negative", "(300)", "-4%"],
    ["Footnote", "1,000¹", "0.25%"],
    ["Nothing", "-", "n/a"],
    ["Big", "1,234,567,890", "100%"],
]


def pack():
    table = Table.from_rows(ROWS, id="t", header_rows=1, title="Odd numbers")
    for c in table.cells:
        parsed = parse_number(c.text) if c.row else None
        c.value, c.note = (parsed.value, parsed.note) if parsed else (None, None)
    return build_pack([DocumentData(SourceDocument("n.pdf", "2" * 64, 1, "Numbers"), tables=[table])],
                      PackDefinition()), table


def test_excel_keeps_values_and_formats(tmp_path):
    p, table = pack()
    XlsxExporter().export(p, tmp_path / "n.xlsx")
    ws = load_workbook(tmp_path / "n.xlsx")["Odd numbers"]
    tname = list(ws.tables)[0]
    first = int(ws.tables[tname].ref.split(":")[0][1:]) + 1
    got = {r[0].value: r for r in ws.iter_rows(min_row=first, max_row=first + 4)}
    assert got["Decimal"][1].value == 1250.75 and got["Decimal"][1].number_format == "#,##0.00"
    assert got["Decimal"][2].value == 12.5 and got["Decimal"][2].number_format == '0.0"%"'
    assert got["Negative"][1].value == -300
    assert got["Footnote"][1].value == 1000 and "Footnote 1" in got["Footnote"][1].comment.text
    # a dash in a column of numbers is nil: 0 shown as "-" (sums and filters work), as the PDF shows it
    assert got["Nothing"][1].value == 0 and got["Nothing"][1].number_format == '#,##0;-#,##0;"-"'
    assert got["Nothing"][2].value == "n/a" and got["Nothing"][2].data_type == "s"  # not applicable: text
    assert got["Big"][1].value == 1_234_567_890


def test_pdf_prints_them_with_separators(tmp_path):
    p, _ = pack()
    PdfExporter().export(p, tmp_path / "n.pdf")
    with pdfplumber.open(tmp_path / "n.pdf") as pdf:
        lines = [" ".join(l.split()) for page in pdf.pages for l in (page.extract_text() or "").splitlines()]
    assert "Decimal 1,250.75 12.5%" in lines
    assert "Negative -300 -4%" in lines
    assert any(l.startswith("Footnote 1,000") and l.endswith("0.25%") for l in lines)
    assert "Nothing - n/a" in lines
    assert "Big 1,234,567,890 100%" in lines
