"""Every exporter found by discovery survives hostile text and shapes: characters XML cannot carry,
formula look-alikes, markup, 300-column tables and 40,000-character cells. The result must reopen:
workbooks with openpyxl (no formula, quote prefix on formula look-alikes), PDFs with pdfium."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.project import ops
from app.document.model import Cell, DocumentData, Section, SourceDocument, Table
from app.packs.pack import PackDefinition, PackMetadata, build_pack
from exporters import discover
from tests.data import load_document

EXPORTERS = discover().names()

HOSTILE = ["\ufffe", "\uffff", "\ud800", "\udfff", "\U0001fffe", "\ufdd0", "\x00", "\x1b", "\x7f", "\t",
           "\n\n", "=SUM(A1)", "+1", "-2+3", "@x", "<b>", "</para>", "&amp;", "&", "\u202e", "ناس",
           "x" * 300, "€", "\u200b"]

hostile_text = st.lists(
    st.one_of(st.sampled_from(HOSTILE), st.text(alphabet=st.characters(codec=None), max_size=12)),
    max_size=6,
).map("".join)


def _pack(title: str, header: list[str], rows: list[list[str]], section_text: str, section_title: str = "S"):
    doc = SourceDocument(path="hostile.pdf", sha256="3" * 64, pages=2, title="Hostile")
    cells = [Cell(0, c, h) for c, h in enumerate(header)]
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row):
            value = int(text) if text.isascii() and text.isdigit() else None
            cells.append(Cell(r, c, text, value=value))
    table = Table("t1", 1, (0, 0, 500, 700), len(rows) + 1, len(header), cells, header_rows=1, title=title)
    section = Section("s1", section_title, 1, 1, 2, text=section_text)
    meta = PackMetadata(title=title or "Pack", notes=section_text[:200])
    return build_pack([DocumentData(doc, tables=[table], sections=[section])], PackDefinition(metadata=meta))


def _check_output(name: str, path) -> list[str]:
    """Reopen the export; return the texts of a workbook (empty list for other formats)."""
    assert path.is_file() and path.stat().st_size > 0
    if name == "xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path)
        texts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                    if isinstance(cell.value, str):
                        texts.append(cell.value)
                        if cell.value[:1] in "=+-@":
                            assert cell.quotePrefix, (ws.title, cell.coordinate, cell.value)
        return texts
    if name == "pdf":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
        try:
            assert len(doc) >= 1
        finally:
            doc.close()
    return []


def _export(name: str, pack, path):
    exporter = discover().get(name)
    exporter.export(pack, path)
    return _check_output(name, path)


@pytest.mark.parametrize("name", EXPORTERS)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=hostile_text, header=st.lists(hostile_text, min_size=1, max_size=4),
       cell=hostile_text, text=hostile_text)
def test_hostile_text_exports_and_reopens(name, tmp_path, title, header, cell, text):
    rows = [[cell] + ["12"] * (len(header) - 1), ["Kenya"] + [cell] * (len(header) - 1)]
    pack = _pack(title, header, rows, text, section_title=cell)
    _export(name, pack, tmp_path / f"out.{name}")


@pytest.mark.parametrize("name", EXPORTERS)
def test_non_characters_in_a_correction_and_a_section(name, tmp_path):
    appeal = load_document("appeal")
    ops.apply(appeal, {"op": "set_cell", "table": "p8-t1", "row": 1, "col": 0, "text": "Kenya\ufffe"})
    ops.apply(appeal, {"op": "set_cell", "table": "p8-t1", "row": 2, "col": 0, "text": "\uffff=1+1"})
    appeal.section("s-som").text += " \ufffe\uffff\ud800 end"
    pack = build_pack([appeal], PackDefinition())
    texts = _export(name, pack, tmp_path / f"out.{name}")
    if name == "xlsx":
        assert "Kenya" in texts and "=1+1" in texts
        assert not any(ch in t for t in texts for ch in "\ufffe\uffff\ud800")


def test_formula_look_alikes_carry_the_quote_prefix(tmp_path):
    pack = _pack("=T", ["=H", "+H"], [["-1+2", "@x"], ["=A1", "ok"]], "text")
    texts = _export("xlsx", pack, tmp_path / "q.xlsx")
    assert {"=T", "=H", "+H", "-1+2", "@x", "=A1"} <= set(texts)


def _pdf_text(path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            out.append(tp.get_text_range())
            tp.close()
            page.close()
        return "\n".join(out).replace("\r", "")
    finally:
        doc.close()


@pytest.mark.parametrize("name", EXPORTERS)
def test_300_column_table(name, tmp_path):
    header = ["Country"] + [f"Col {i}" for i in range(1, 300)]
    rows = [[f"Row {r}"] + [str(r * 1000 + i) for i in range(1, 300)] for r in range(1, 6)]
    path = tmp_path / f"wide.{name}"
    _export(name, _pack("Wide", header, rows, "text"), path)
    if name == "pdf":
        text = _pdf_text(path)
        # every value is there, and every part repeats the row labels
        for r in range(1, 6):
            for i in (1, 150, 299):
                assert str(r * 1000 + i) in text.replace(",", "")
        parts = [p for p in text.split("Page ") if "Col 299" in p or "Col 150" in p or "Col 1 " in p]
        assert parts and all("Row 5" in p for p in parts)


@pytest.mark.parametrize("name", EXPORTERS)
def test_40000_character_cell_and_header(name, tmp_path):
    long_text = " ".join(f"w{i}" for i in range(6700))  # ~40,000 characters
    assert len(long_text) > 38000
    pack = _pack("Long", ["Country", "Note " + long_text[:3000]], [["Kenya", long_text], ["Chad", "x"]], long_text)
    path = tmp_path / f"long.{name}"
    _export(name, pack, path)
    if name == "pdf":
        text = " ".join(_pdf_text(path).split())
        assert "w6699" in text and "Chad" in text
