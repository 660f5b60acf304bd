"""Packs in the pack's language: the bundled sample's Somalia pack exported in French and Spanish
through both built-in exporters (and the CLI), read back with pdfplumber and openpyxl. Our own words
(labels, notes, dates, numbers in the PDF, sheet names) are in the pack's language; the source's
text is not translated; figures stay numbers in the workbook."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from app.packs import pack_i18n as i18n
from app.document.model import DocumentData
from app.packs.pack import PackDefinition, PackMetadata, build_pack
from app.packs.selection import Filters
from exporters.pdf import PdfExporter
from exporters.xlsx import XlsxExporter

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
MI_TRUTH = SAMPLES / "migration-initiatives-2017-sample.truth.json"
MI_PDF = SAMPLES / "migration-initiatives-2017-sample.pdf"
NNBSP = "\u202f"

#: Labels the English pack writes that the source never prints: each must be in the English export
#: (so the check can fail) and absent from the French and Spanish ones.
ENGLISH_PDF_LABELS = ["Contents", "Key figures", "Total funding requirements", "Requirements by objective",
                      "Page 1 of", "Source:", "Selected rows:", "Pages used:", "File:", "Countries:",
                      "SELECTION", "December"]
ENGLISH_SHEET_LABELS = {"Pack", "Sections", "Sources", "Key figures", "Figure", "Value", "Unit", "Source",
                        "Category", "Selection", "Date", "Document", "Title", "Level", "Pages", "Tags", "Text",
                        "File", "Pages used", "Item", "Sheet", "Country", "Whole selection"}

EXPECTED = {
    "fr": {
        "pdf": ["Sommaire", "Chiffres clés", "Besoins de financement totaux", "Besoins par objectif (USD)",
                "Page 1 sur", "Source : Migration Initiatives 2017 (sample), p. 7.", "Lignes retenues : Somalia.",
                "Pages utilisées :", "Fichier :", "Pays : Somalie", "SÉLECTION", "3 décembre 2026", "1 tableau"],
        "sheets": ["Dossier", "Sections", "Sources"],
        "pack_labels": ["Date", "Sélection", "Chiffres clés", "Chiffre", "Valeur", "Unité", "Source",
                        "Catégorie"],
        "stub": "Pays",
        "date": "3 décembre 2026",
    },
    "es": {
        "pdf": ["Índice", "Cifras clave", "Necesidades totales de financiación", "Necesidades por objetivo (USD)",
                "Página 1 de", "Fuente: Migration Initiatives 2017 (sample), pág. 7.",
                "Filas seleccionadas: Somalia.", "Páginas usadas:", "Archivo:", "Países: Somalia", "SELECCIÓN",
                "3 de diciembre de 2026", "1 tabla"],
        "sheets": ["Dosier", "Secciones", "Fuentes"],
        "pack_labels": ["Fecha", "Selección", "Cifras clave", "Cifra", "Valor", "Unidad", "Fuente", "Categoría"],
        "stub": "País",
        "date": "3 de diciembre de 2026",
    },
}


@pytest.fixture(scope="module")
def mi():
    if not MI_TRUTH.is_file():
        pytest.skip(f"{MI_TRUTH.name} is not in resources/samples")
    return DocumentData.from_json(json.loads(MI_TRUTH.read_text(encoding="utf-8")))


def _somalia_pack(data, lang: str):
    meta = PackMetadata(title="Somalia", date="2026-12-03", language=lang)
    return build_pack([data], PackDefinition(filters=Filters(countries=["SOM"]), metadata=meta))


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def _flat(text: str) -> str:
    """Lines joined by spaces; the narrow no-break spaces kept (str.split() would take them out)."""
    return re.sub(r"[ \t\r\n]+", " ", text)


def _written_strings(path: Path) -> tuple[list[str], dict]:
    """Sheet names and the strings we write ourselves: the Pack sheet's labels (column A beside a
    value, bold headers), and the header rows of the Sections and Sources sheets."""
    wb = load_workbook(path)
    ours = list(wb.sheetnames)
    pack = wb.worksheets[0]
    for row in pack.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.font is not None and cell.font.bold:
                ours.append(cell.value)
    for ws in wb.worksheets[-2:]:
        ours.extend(c.value for c in ws[1] if isinstance(c.value, str))
    return ours, wb


def _numbers_in_pdf(text: str, lang: str) -> list[str]:
    sep = {"en": ",", "fr": NNBSP, "es": "."}[lang]
    return re.findall(r"\d{1,3}(?:" + re.escape(sep) + r"\d{3})+", text)


def test_english_pack_carries_the_labels_the_other_languages_replace(mi, tmp_path):
    """The absence checks below can fail: English exports do carry every one of these labels."""
    pack = _somalia_pack(mi, "en")
    PdfExporter().export(pack, tmp_path / "en.pdf")
    text = _flat(_pdf_text(tmp_path / "en.pdf"))
    missing = [label for label in ENGLISH_PDF_LABELS if label not in text]
    assert not missing
    XlsxExporter().export(pack, tmp_path / "en.xlsx")
    ours, _ = _written_strings(tmp_path / "en.xlsx")
    assert {"Pack", "Sections", "Sources", "Key figures", "Figure", "Document", "Pages used"} <= set(ours)
    assert "102,720,000" in text


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_pdf_in_the_packs_language(mi, tmp_path, lang):
    pack = _somalia_pack(mi, lang)
    path = tmp_path / f"{lang}.pdf"
    PdfExporter().export(pack, path)
    text = _flat(_pdf_text(path))
    missing = [label for label in EXPECTED[lang]["pdf"] if label not in text]
    assert not missing, f"{lang}: labels missing {missing}"
    left = [label for label in ENGLISH_PDF_LABELS if label in text]
    assert not left, f"{lang}: English labels left {left}"
    # every page says "Page x of y" in the language, with the right total
    with pdfplumber.open(path) as pdf:
        n = len(pdf.pages)
        word = {"fr": "Page {} sur {}", "es": "Página {} de {}"}[lang]
        for i, page in enumerate(pdf.pages, start=1):
            assert word.format(i, n) in (page.extract_text() or "")
    # number formats: 102 720 000 with narrow no-break spaces (fr), 102.720.000 (es); none in English style
    # (read from the characters drawn: pdfplumber's extract_text turns U+202F into a plain space)
    with pdfplumber.open(path) as pdf:
        drawn = "".join(c["text"] for page in pdf.pages for c in page.chars)
    total = {"fr": f"102{NNBSP}720{NNBSP}000", "es": "102.720.000"}[lang]
    assert total in drawn  # the table's total row
    assert (f"55{NNBSP}000{NNBSP}000" if lang == "fr" else "55.000.000") in drawn
    assert not _numbers_in_pdf(text.replace("300,000", ""), "en"), "English-style grouped numbers left"
    # the source's text is not translated
    assert "East and Horn of Africa: funding requirements (USD)" in text
    assert "Principle 2: Using evidence and" in text


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_workbook_in_the_packs_language_with_numbers_kept(mi, tmp_path, lang):
    pack = _somalia_pack(mi, lang)
    path = tmp_path / f"{lang}.xlsx"
    XlsxExporter().export(pack, path)
    ours, wb = _written_strings(path)
    names = wb.sheetnames
    assert names[0] == EXPECTED[lang]["sheets"][0]
    assert names[-2:] == EXPECTED[lang]["sheets"][1:]
    for label in EXPECTED[lang]["pack_labels"]:
        assert label in ours, f"{lang}: {label!r} missing from the Pack sheet"
    left = sorted(set(ours) & (ENGLISH_SHEET_LABELS - set(i18n.strings(lang).values())))
    assert not left, f"{lang}: English labels left {left}"
    pack_ws = wb.worksheets[0]
    values = {row[0].value: row[1].value for row in pack_ws.iter_rows(max_col=2) if row[0].value}
    assert values[i18n.tr(lang, "date")] == EXPECTED[lang]["date"]
    # key figure: a number with a number format, not text
    figure = values[i18n.tr(lang, "total_requirements")]
    assert figure == 102720000 and isinstance(figure, int)
    # the funding table sheet: the label column named in the language, the figures numbers
    table_ws = wb.worksheets[1]
    assert table_ws.title == "East and Horn of Africa funding"  # the source's title, not translated
    rows = list(table_ws.iter_rows())
    header = next(r for r in rows if r[0].value == EXPECTED[lang]["stub"])
    somalia = next(r for r in rows if r[0].value == "Somalia")
    numbers = [c for c in somalia[1:] if c.value is not None]
    assert numbers and all(isinstance(c.value, (int, float)) and c.data_type == "n" for c in numbers)
    assert [c.value for c in numbers][1:] == [2500000, 22500000, 17000000, 55000000, 5720000, 102720000]
    assert all("#,##0" in c.number_format for c in numbers)
    assert header[0].row < somalia[0].row
    source_line = rows[1][0].value
    assert source_line.startswith(i18n.tr(lang, "source_label", source="Migration Initiatives"))


def test_language_travels_with_the_pack_definition():
    definition = PackDefinition(metadata=PackMetadata(language="fr"))
    again = PackDefinition.from_json(json.loads(json.dumps(definition.to_json())))
    assert again.metadata.language == "fr"
    assert PackDefinition.from_json({"metadata": {"language": "de"}}).metadata.language == "en"
    assert PackDefinition.from_json({}).metadata.language == "en"


def test_plural_forms():
    assert [i18n.count("en", n, "table") for n in (0, 1, 2)] == ["0 tables", "1 table", "2 tables"]
    assert [i18n.count("fr", n, "table") for n in (0, 1, 2)] == ["0 tableau", "1 tableau", "2 tableaux"]
    assert [i18n.count("es", n, "table") for n in (0, 1, 2)] == ["0 tablas", "1 tabla", "2 tablas"]
    assert i18n.count("fr", 1500, "paragraph") == f"1{NNBSP}500 paragraphes"
    assert i18n.count("es", 1, "section") == "1 sección" and i18n.count("es", 3, "section") == "3 secciones"


def test_number_and_date_formats():
    assert i18n.format_number(1234567, 0, "fr") == f"1{NNBSP}234{NNBSP}567"
    assert i18n.format_number(1234567, 0, "es") == "1.234.567"
    assert i18n.format_number(1234567.25, 2, "fr") == f"1{NNBSP}234{NNBSP}567,25"
    assert i18n.format_number(-1250.5, 1, "es") == "-1.250,5"
    assert i18n.format_number(1234567.25, 2, "en") == "1,234,567.25"
    assert i18n.format_percent(12.5, 1, "fr") == f"12,5{NNBSP}%"
    assert i18n.format_percent(12.5, 1, "en") == "12.5%"
    assert i18n.format_date("2026-12-03", "fr") == "3 décembre 2026"
    assert i18n.format_date("2026-12-01", "fr") == "1er décembre 2026"
    assert i18n.format_date("2026-12-03", "es") == "3 de diciembre de 2026"
    assert i18n.format_date("2026-12-03", "en") == "3 December 2026"
    assert i18n.pages_label([3, 4, 5, 9], "es") == "págs. 3–5, 9"
    assert i18n.compact_number(1_500_000, "fr") == "1,5\u00a0M"


def test_every_language_has_every_text():
    keys = set(i18n.strings("en"))
    for lang in ("fr", "es"):
        assert set(i18n.strings(lang)) == keys
        same = {k for k in keys if i18n.strings(lang)[k] == i18n.strings("en")[k]}
        # only words that are spelt the same (Date, Sources, Notes ...) may match English
        assert same <= {"date", "sources", "notes", "page", "sha256", "pages", "document", "source",
                        "sheet_sections", "sheet_sources", "sel_sections", "stub_sector", "million",
                        "labelled", "organisation", "text", "unit"}, sorted(same)


@pytest.mark.parametrize("lang,fmt", [("fr", "pdf"), ("es", "xlsx")])
def test_cli_language_flag(tmp_path, lang, fmt):
    from briefing_builder.cli import main

    if not MI_PDF.is_file():
        pytest.skip(f"{MI_PDF.name} is not in resources/samples")
    out = tmp_path / f"somalia.{fmt}"
    code = main(["export", str(MI_PDF), "--country", "SOM", "--language", lang, "-f", fmt, "-o", str(out), "-q"])
    assert code == 0 and out.is_file()
    if fmt == "pdf":
        text = _flat(_pdf_text(out))
        assert "Somalie : dossier d’information" in text and "Chiffres clés" in text
        with pdfplumber.open(out) as pdf:
            assert f"102{NNBSP}720{NNBSP}000" in "".join(c["text"] for p in pdf.pages for c in p.chars)
        assert not [label for label in ENGLISH_PDF_LABELS if label in text]
    else:
        wb = load_workbook(out)
        assert wb.sheetnames[0] == "Dosier" and wb.sheetnames[-2:] == ["Secciones", "Fuentes"]
        assert wb.worksheets[0]["A1"].value == "Somalia: dosier informativo"


def test_cli_rejects_an_unknown_language(capsys):
    from briefing_builder.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["export", str(MI_PDF), "--country", "SOM", "--language", "de", "-o", "x.pdf"])
    assert exc.value.code == 2
    assert "--language" in capsys.readouterr().err


def test_composer_sets_the_pack_language(qtbot, tmp_path):
    pytest.importorskip("PySide6")
    from app.project.project import Project
    from tests.data import load_document
    from widgets.pack_composer import PackComposer

    project = Project.create(tmp_path / "p.bbproj")
    try:
        project.set_extraction(load_document("appeal"), "test")
        composer = PackComposer(project)
        qtbot.addWidget(composer)
        composer.language_combo.setCurrentIndex(composer.language_combo.findData("es"))
        assert composer.definition.metadata.language == "es"
        composer.rebuild()
        composer.wait_for_tasks()
        assert composer.pack is not None and composer.pack.language == "es"
        assert [b.title for b in composer.pack.blocks if b.kind == "contents"] == ["Índice"]
        composer.save_pack("Somalia ES")
        assert project.store.packs()["Somalia ES"]["metadata"]["language"] == "es"
        other = PackComposer(project)
        qtbot.addWidget(other)
        other.load_pack("Somalia ES")
        assert other.language_combo.currentData() == "es"
        other.wait_for_tasks()
        composer.wait_for_tasks()
    finally:
        project.close()


@pytest.mark.parametrize("lang, region", [("fr", "Afrique de l'Est et Corne de l'Afrique"),
                                          ("es", "África Oriental y el Cuerno de África")])
def test_section_tags_named_in_the_packs_language(mi, tmp_path, lang, region):
    """A Spanish pack's Sections sheet listed its tags in English ("East and Horn of Africa, Somalia")."""
    from app.document.tags import find_region, local_name

    assert local_name(find_region("East and Horn of Africa"), lang) == region
    pack = _somalia_pack(mi, lang)
    tags = [t for b in pack.headings() for t in b.tags]
    assert region in tags
    assert "East and Horn of Africa" not in tags
    path = tmp_path / f"{lang}.xlsx"
    XlsxExporter().export(pack, path)
    sections = load_workbook(path).worksheets[-2]
    assert any(region in (row[4].value or "") for row in sections.iter_rows(min_row=2))


def test_sections_sheet_rows_are_tall_enough_for_their_wrapped_text(mi, tmp_path):
    """LibreOffice prints wrapped cells over the next row unless the row is given its height: a long
    section text or a two-line document name must get the room it wraps into."""
    pack = _somalia_pack(mi, "en")
    path = tmp_path / "en.xlsx"
    XlsxExporter().export(pack, path)
    ws = load_workbook(path).worksheets[-2]
    checked = 0
    for row in ws.iter_rows(min_row=2):
        text = row[5].value or ""
        if len(text) > 300:  # several lines in a 100-character column
            checked += 1
            height = ws.row_dimensions[row[0].row].height
            assert height is not None and height >= 15 * min(27, len(text) // 110), (row[1].value, height)
    assert checked


def test_sections_and_sources_sheets_print_one_page_wide(mi, tmp_path):
    """Printed column by column they came out as pages holding one column each."""
    pack = _somalia_pack(mi, "es")
    path = tmp_path / "es.xlsx"
    XlsxExporter().export(pack, path)
    wb = load_workbook(path)
    for ws in wb.worksheets[-2:]:
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.orientation == "landscape", ws.title
        assert ws.print_title_rows == "$1:$1", ws.title
    sources = wb.worksheets[-1]
    long_items = [row[4] for row in sources.iter_rows(min_row=2) if len(row[4].value or "") > 50]
    assert long_items  # a table's title after "Tabla:" in a 50-character column
    for cell in long_items:
        assert cell.alignment.wrap_text
        assert (sources.row_dimensions[cell.row].height or 0) >= 30, cell.value


def test_table_header_row_is_tall_enough_for_its_wrapped_headings(mi, tmp_path):
    """A column heading of an objective ("Respecter les normes internationales et les droits des
    migrants") wraps over three or four lines in its column: a header row of two lines' height showed
    only its middle in LibreOffice and on paper."""
    pack = _somalia_pack(mi, "fr")
    path = tmp_path / "fr.xlsx"
    XlsxExporter().export(pack, path)
    checked = 0
    for ws in load_workbook(path).worksheets:
        for table in ws.tables.values():
            first = ws[table.ref.split(":")[0]]
            row = first.row
            for cell in ws[row]:
                width = ws.column_dimensions[cell.column_letter].width or 8
                text = str(cell.value or "")
                if len(text) > 2 * width:
                    checked += 1
                    assert (ws.row_dimensions[row].height or 15) >= 45, (ws.title, text, width)
    assert checked
