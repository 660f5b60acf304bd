"""The bundled sample documents (exact ground truth) exported for one country and for one region:
PDF read back with pdfplumber, workbook with openpyxl — every number and cell equals the model."""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from app.document.model import DocumentData
from app.packs.pack import PackDefinition, PackMetadata, build_pack
from app.packs.selection import TOTAL_OF_SELECTED, Filters
from exporters.common import display_text
from exporters.pdf import PdfExporter
from exporters.xlsx import XlsxExporter

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
MI = SAMPLES / "migration-initiatives-2017-sample.truth.json"


@pytest.fixture(scope="module")
def mi():
    if not MI.is_file():
        pytest.skip(f"{MI.name} is not in resources/samples")
    return DocumentData.from_json(json.loads(MI.read_text(encoding="utf-8")))


def _region_with_countries(data):
    for section in data.all_sections():
        for tag in section.tags:
            if tag.kind == "region" and any(
                t.section == section.id and t.row_tags for t in data.tables
            ):
                return tag.code
    pytest.fail("the sample has no region section with a tagged funding table")


def _two_countries(data):
    for table in data.tables:
        codes = [tags[0].code for _, tags in sorted(table.row_tags.items()) if tags and tags[0].kind == "country"]
        if len(codes) >= 3:
            return codes[1:3]
    pytest.fail("the sample has no table with country rows")


@pytest.mark.parametrize("kind", ["countries", "region"])
def test_sample_pack_round_trip(mi, tmp_path, kind):
    filters = Filters(countries=_two_countries(mi)) if kind == "countries" else Filters(regions=[_region_with_countries(mi)])
    pack = build_pack([mi], PackDefinition(filters=filters))
    tables = list(pack.tables())
    assert tables, "the selection should hold a funding table"
    by_id = {t.id: t for t in mi.tables}

    pdf_path = tmp_path / "pack.pdf"
    PdfExporter().export(pack, pdf_path)
    with pdfplumber.open(pdf_path) as pdf:
        lines = [" ".join(l.split()) for p in pdf.pages for l in (p.extract_text() or "").splitlines()]
    xlsx_path = tmp_path / "pack.xlsx"
    XlsxExporter().export(pack, xlsx_path)
    wb = load_workbook(xlsx_path)

    for block in tables:
        source = by_id[block.key.rsplit(":", 1)[1]]
        view = block.view
        ws = next(ws for ws in wb.worksheets if ws.cell(1, 1).value == block.title)
        table = ws.tables[list(ws.tables)[0]]
        first = int(table.ref.split(":")[0][1:]) + 1
        sheet = [list(r) for r in ws.iter_rows(min_row=first, values_only=True)]
        for i, vrow in enumerate(view.rows):
            # PDF: the row as printed; label cells may wrap, so look for the numbers in order
            numbers = " ".join(display_text(c) for c in vrow.cells[1:] if c.anchor and (c.text or c.value is not None))
            assert any(l.endswith(numbers) for l in lines), numbers
            for k, c in enumerate(view.columns):
                cell = vrow.cells[k]
                got = sheet[i][k]
                if vrow.source_row is not None:
                    model = source.cell_at(vrow.source_row, c)
                    want = model.value if model.value is not None else model.text
                    if want == "-" and k in view.aligned_columns():
                        want = 0  # nil: stored as 0, shown as a dash
                    assert (got if got is not None else "") == want
                elif k:
                    data_rows = [r.source_row for r in view.rows if r.kind == "data"]
                    expected = sum(source.cell_at(r, c).value or 0 for r in data_rows)
                    assert got == expected == cell.value
        if kind == "countries":
            assert view.rows[-1].kind == "computed" and sheet[len(view.rows) - 1][0] == TOTAL_OF_SELECTED
        else:
            assert not view.reduced and view.rows[-1].kind == "total"


CRP = SAMPLES / "myanmar-crisis-response-plan-2025-sample.truth.json"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_objective_pack_of_the_crisis_plan_adds_up_funding_but_not_people(tmp_path, lang):
    # the plan's sector table prints "People targeted" 640,000 in total over sectors adding up to
    # 1,435,000 (each person counted once): a pack keeping one objective's sectors must not print
    # their sum as a total, and its note names the objective once, not one blank per sector row
    if not CRP.is_file():
        pytest.skip(f"{CRP.name} is not in resources/samples")
    data = DocumentData.from_json(json.loads(CRP.read_text(encoding="utf-8")))
    pack = build_pack([data], PackDefinition(filters=Filters(themes=["crp-objective-1"]), metadata=PackMetadata(language=lang)))
    block = next(b for b in pack.tables() if b.view.reduced and len(b.view.columns) == 4)
    view = block.view
    total = view.rows[-1]
    assert total.kind == "computed"
    people = next(i for i, h in enumerate(view.column_headers()) if "eople" in h or "ersonnes" in h)
    funding = next(i for i in view.numeric_columns() if i != people)
    assert total.cells[people].value is None
    assert total.cells[funding].value == sum(r.cells[funding].value for r in view.rows if r.kind == "data")
    notes = " ".join(block.notes)
    assert ", ," not in notes and ", ." not in notes
    assert view.column_headers()[people] in notes
    pdf_path = tmp_path / "pack.pdf"
    PdfExporter().export(pack, pdf_path)
    with pdfplumber.open(pdf_path) as pdf:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    data_people = sum(r.cells[people].value for r in view.rows if r.kind == "data")
    assert f"{data_people:,}".replace(",", "") not in text.replace(",", "").replace(" ", "").replace("\u202f", "")
