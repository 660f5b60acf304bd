"""A 5,000-row table exports to PDF and Excel with every row, and header rows repeated."""

from __future__ import annotations

import pytest

from app.document.model import Cell, DocumentData, SourceDocument, Table
from app.packs.pack import PackDefinition, build_pack

N_ROWS = 5000


@pytest.fixture(scope="module")
def big_pack():
    doc = SourceDocument(path="big.pdf", sha256="1" * 64, pages=200, title="Big register")
    cells = [Cell(0, c, h) for c, h in enumerate(["Site", "District", "Households", "People", "USD"])]
    for r in range(1, N_ROWS + 1):
        cells += [Cell(r, 0, f"Site {r}"), Cell(r, 1, f"District {r % 17}"),
                  Cell(r, 2, f"{r * 3:,}", value=r * 3), Cell(r, 3, f"{r * 7:,}", value=r * 7),
                  Cell(r, 4, f"{r * 1250:,}", value=r * 1250)]
    table = Table("big", 1, (0, 0, 500, 700), N_ROWS + 1, 5, cells, header_rows=1, title="Site register")
    return build_pack([DocumentData(doc, tables=[table])], PackDefinition())


def test_5000_rows_to_excel(big_pack, tmp_path):
    from openpyxl import load_workbook

    from exporters.xlsx import XlsxExporter

    path = tmp_path / "big.xlsx"
    XlsxExporter().export(big_pack, path)
    ws = load_workbook(path, read_only=True)["Site register"]
    rows = list(ws.iter_rows(min_row=5, values_only=True))
    data = [r for r in rows if r and isinstance(r[0], str) and r[0].startswith("Site ")]
    assert len(data) == N_ROWS
    assert data[-1] == (f"Site {N_ROWS}", f"District {N_ROWS % 17}", N_ROWS * 3, N_ROWS * 7, N_ROWS * 1250)


def test_5000_rows_to_pdf(big_pack, tmp_path):
    import pypdfium2 as pdfium

    from exporters.pdf import PdfExporter

    path = tmp_path / "big.pdf"
    PdfExporter().export(big_pack, path)
    doc = pdfium.PdfDocument(str(path))
    try:
        text = []
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            text.append(tp.get_text_range())
            tp.close()
            page.close()
    finally:
        doc.close()
    joined = "\n".join(text)
    assert f"Site {N_ROWS} " in joined.replace("\r", "")
    assert "6,250,000" in joined  # the last row's USD
    table_pages = [t for t in text if "Site 1" in t or "Site 2" in t]
    assert len(table_pages) > 50
    assert all("Households" in t for t in table_pages)  # the header row repeated on every page
