"""What a donor reads in an exported pack: the cover (organisation, logo, no tool advertisement
unless asked), the sources (file names, never the user's folders), notes that are true for this pack,
print setup of the Excel pack sheet, HXL labels and attributes."""

from __future__ import annotations

import re

import pdfplumber
import pytest
from openpyxl import load_workbook

from briefing_builder.cli import main
from app.packs.pack import PackDefinition, PackMetadata, build_pack
from app.project.project import Project
from app.packs.selection import Filters, fold
from exporters.pdf import PdfExporter
from exporters.xlsx import XlsxExporter, hxl_tags
from tests.data import load_document

SHA = "a" * 64


@pytest.fixture
def docs():
    appeal = load_document("appeal")
    appeal.document.path = "/home/amina/Documents/Field office/Confidential/regional-appeal-2025.pdf"
    return [appeal, load_document("crp")]


def first_page_text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return pdf.pages[0].extract_text() or ""


def all_text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def test_cover_has_no_tool_advertisement_unless_asked(docs, tmp_path):
    pack = build_pack(docs, PackDefinition(metadata=PackMetadata(title="Horn briefing")))
    plain, credited = tmp_path / "plain.pdf", tmp_path / "credit.pdf"
    PdfExporter().export(pack, plain, {})
    PdfExporter().export(pack, credited, {"credit": True})
    assert "Briefing Builder" not in first_page_text(plain)
    assert "Made with Briefing Builder" in first_page_text(credited)
    xlsx = tmp_path / "plain.xlsx"
    XlsxExporter().export(pack, xlsx, {})
    assert "Briefing Builder" not in (load_workbook(xlsx).properties.description or "")


def test_organisation_and_logo_on_the_cover_from_options_or_the_pack(docs, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (200, 30, 30)).save(logo)
    pack = build_pack(docs, PackDefinition(metadata=PackMetadata(title="Horn briefing", organisation="IOM Somalia")))
    out = tmp_path / "cover.pdf"
    PdfExporter().export(pack, out, {"logo": str(logo)})
    assert "IOM Somalia" in first_page_text(out)
    with pdfplumber.open(out) as pdf:
        assert pdf.pages[0].images
    other = tmp_path / "other.pdf"
    PdfExporter().export(pack, other, {"organisation": "IOM Kenya"})
    assert "IOM Kenya" in first_page_text(other) and "IOM Somalia" not in first_page_text(other)
    wb = tmp_path / "cover.xlsx"
    XlsxExporter().export(pack, wb, {"organisation": "IOM Kenya"})
    values = [c.value for row in load_workbook(wb)["Pack"].iter_rows() for c in row]
    assert "Organisation" in values and "IOM Kenya" in values


def test_command_line_cover_options(tmp_path):
    from tests.helpers import make_simple_pdf

    pdf = make_simple_pdf(tmp_path / "simple.pdf")
    out = tmp_path / "pack.pdf"
    assert main(["export", str(pdf), "-o", str(out), "-q", "--option", "organisation=IOM Somalia",
                 "--option", "credit"]) == 0
    text = first_page_text(out)
    assert "IOM Somalia" in text and "Made with Briefing Builder" in text


def test_sources_name_files_and_hashes_never_the_users_folders(docs, tmp_path):
    pack = build_pack(docs, PackDefinition(filters=Filters(countries=["SOM"])))
    out = tmp_path / "pack.xlsx"
    XlsxExporter().export(pack, out, {})
    ws = load_workbook(out)["Sources"]
    cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert "regional-appeal-2025.pdf" in cells
    assert not any("amina" in c or "/" in c and ".pdf" in c for c in cells), cells
    assert any(len(c) == 64 and set(c) <= set("0123456789abcdef") for c in cells)  # the hash stays
    pdf = tmp_path / "pack.pdf"
    PdfExporter().export(pack, pdf, {})
    assert "amina" not in all_text(pdf)


def test_corrected_values_note_only_with_corrections(docs, tmp_path):
    straight = build_pack(docs, PackDefinition())
    assert straight.corrections == 0
    pdf, xlsx = tmp_path / "straight.pdf", tmp_path / "straight.xlsx"
    PdfExporter().export(straight, pdf, {})
    XlsxExporter().export(straight, xlsx, {})
    assert "corrected values" not in all_text(pdf)
    assert not any("corrected values" in str(c.value or "") for r in load_workbook(xlsx)["Sources"].iter_rows()
                   for c in r)

    project = Project.create(tmp_path / "p.bbproj")
    try:
        project.set_extraction(load_document("appeal"), "test")
        plain = build_pack(project, PackDefinition())
        assert plain.corrections == 0
        project.apply(SHA, {"op": "set_cell", "table": "p6-t1", "row": 4, "col": 1, "text": "18,900,000",
                            "old": "18,400,000"})
        corrected = build_pack(project, PackDefinition())
        assert corrected.corrections == 1
        out = tmp_path / "corrected.pdf"
        PdfExporter().export(corrected, out, {})
        assert "corrected values recorded in the Briefing Builder project" in " ".join(all_text(out).split())
    finally:
        project.close()


def test_pack_sheet_prints_one_page_wide(docs, tmp_path):
    out = tmp_path / "pack.xlsx"
    XlsxExporter().export(build_pack(docs, PackDefinition()), out, {})
    ws = load_workbook(out)["Pack"]
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.page_setup.orientation == "landscape"


def test_hxl_option_label_and_whole_word_attributes(docs):
    hxl = next(o for o in XlsxExporter.options if o.name == "hxl")
    assert hxl.title == "HXL"
    import json
    from pathlib import Path

    from app.document.model import DocumentData

    truth = Path(__file__).resolve().parents[1] / "resources/samples/migration-initiatives-2017-sample.truth.json"
    mi = DocumentData.from_json(json.loads(truth.read_text(encoding="utf-8")))
    pack = build_pack(docs + [mi], PackDefinition())  # long captions: "Adhering to international standards …"
    checked = 0
    for block in pack.tables():
        headers = block.view.column_headers()
        for tag, header in zip(hxl_tags(block.view, block.title), headers):
            words = set(re.findall(r"[a-z0-9]+", fold(header)))
            for attribute in tag.split("+")[1:]:
                if attribute in ("name", "code", "num", "funding", "required", "usd", "total", "objective"):
                    continue
                assert all(part in words for part in attribute.split("_")), (tag, header)
                checked += 1
    assert checked > 20


def _mi():
    import json
    from pathlib import Path

    from app.document.model import DocumentData

    truth = Path(__file__).resolve().parents[1] / "resources/samples/migration-initiatives-2017-sample.truth.json"
    return DocumentData.from_json(json.loads(truth.read_text(encoding="utf-8")))


def test_stub_column_is_named_in_excel_and_left_blank_in_the_pdf(tmp_path):
    mi = _mi()
    pack = build_pack([mi], PackDefinition(filters=Filters(regions=["east-and-horn-of-africa"])))
    block = next(pack.tables())
    assert block.view.column_headers()[0] == ""  # the source prints no header over its countries
    out = tmp_path / "eha.xlsx"
    XlsxExporter().export(pack, out, {})
    wb = load_workbook(out)
    ws = next(w for w in wb.worksheets if w.cell(1, 1).value == block.title)
    table = ws.tables[list(ws.tables)[0]]
    header_row = int(table.ref.split(":")[0][1:])
    assert ws.cell(header_row, 1).value == "Country"
    assert not any(str(c.value or "").startswith("Column ") for c in ws[header_row])
    pdf = tmp_path / "eha.pdf"
    PdfExporter().export(pack, pdf, {})
    assert "Column 1" not in all_text(pdf) and "Country" not in all_text(pdf).split(block.title)[-1][:200]


def test_a_dash_in_a_number_column_is_nil_in_both_exports(tmp_path):
    mi = _mi()
    pack = build_pack([mi], PackDefinition(filters=Filters(regions=["east-and-horn-of-africa"])))
    block = next(pack.tables())
    dashes = [(i, k) for i, r in enumerate(block.view.rows) for k, c in enumerate(r.cells)
              if k in block.view.aligned_columns() and c.value is None and c.text.strip() == "-"]
    assert dashes, "the sample prints '-' where nothing is requested"
    out = tmp_path / "eha.xlsx"
    XlsxExporter().export(pack, out, {})
    ws = next(w for w in load_workbook(out).worksheets if w.cell(1, 1).value == block.title)
    header_row = int(ws.tables[list(ws.tables)[0]].ref.split(":")[0][1:])
    for i, k in dashes:
        cell = ws.cell(header_row + 1 + i, k + 1)
        assert cell.value == 0 and cell.number_format == '#,##0;-#,##0;"-"', (i, k)


def test_chart_labels_wrap_instead_of_being_cut(tmp_path):
    import json
    from pathlib import Path

    from app.document.model import DocumentData

    truth = Path(__file__).resolve().parents[1] / "resources/samples/myanmar-crisis-response-plan-2025-sample.truth.json"
    data = DocumentData.from_json(json.loads(truth.read_text(encoding="utf-8")))
    pack = build_pack([data], PackDefinition(removed=["key-figures"]))  # the chart alone names objectives
    chart = pack.block("chart").chart
    longest = max(chart.categories, key=len)
    assert len(longest) > 60
    out = tmp_path / "chart.pdf"
    PdfExporter().export(pack, out, {})
    with pdfplumber.open(out) as pdf:
        page = next(p for p in pdf.pages if "Funding required per objective" in (p.extract_text() or ""))
        text = page.extract_text()
    assert "…" not in text
    words = " ".join(text.split())
    for category in chart.categories:
        assert all(word in words for word in category.split()), category


def test_a_header_word_broken_without_its_hyphen_is_whole_again(tmp_path):
    """A narrow header cell wraps "socioeconom" / "ic well-being" (the PDF carries no hyphen); the page's
    text writes "socioeconomic": the header reads "socioeconomic well-being" in the table and the pack."""
    from reportlab.pdfgen import canvas as rl_canvas

    from app.extract.pipeline import extract_document

    path = tmp_path / "wrapped-header.pdf"
    c = rl_canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    c.setFont("Helvetica", 9)
    c.drawString(60, 800, "Objective 1 is about advancing the socioeconomic well-being of migrants and society.")
    c.drawString(60, 788, "Skills recognition and the socioeconomic inclusion of migrants in host communities.")
    y = 756
    c.setFont("Helvetica-Bold", 8)
    c.drawString(60, y, "Country")
    for x, head in ((300, "Principle 1"), (400, "Objective 1"), (480, "Total")):
        c.drawRightString(x, y, head)
    c.setFont("Helvetica", 7)
    for x, lines in ((300, ["Adhering to", "international"]), (400, ["Advancing the", "socioeconom", "ic well-being"])):
        for k, line in enumerate(lines):
            c.drawRightString(x, y - 10 - 9 * k, line)
    y -= 34
    c.setLineWidth(0.5)
    c.line(60, y, 485, y)
    y -= 12
    c.setFont("Helvetica", 8)
    for name, a, b in (("Kenya", 1_000_000, 2_000_000), ("Somalia", 3_000_000, 4_000_000), ("Uganda", 500_000, 700_000)):
        c.drawString(60, y, name)
        for x, v in ((300, a), (400, b), (480, a + b)):
            c.drawRightString(x, y, f"{v:,}")
        y -= 13
    c.save()
    data = extract_document(path)
    [table] = data.tables
    headers = " | ".join(table.text_grid()[0])
    assert "socioeconomic well-being" in headers and "socioeconom ic" not in headers
