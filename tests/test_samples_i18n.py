"""The French and Spanish samples (resources/samples/initiatives-migratoires-2017-sample.pdf,
iniciativas-de-migracion-2017-sample.pdf): French and Spanish number formats, "Objectif"/"Objetivo"
chapters, accented country names, through the real pipeline and out again as country packs.

Each sample is extracted once per test run (conftest ``sample_run``); the tables cell by cell and the
section tree are compared with the truth by test_tables_samples.py and test_sections_samples.py like
every sample. Here: what the printed formats are (so the comparison means something), every figure's
value, tags and filters by the French and Spanish names, and headless packs in the document's
language whose workbook figures are exact numbers.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from app.document.model import DocumentData
from app.document.tags import find_country, find_region, find_theme
from app.packs.pack import PackDefinition, build_pack
from app.packs.selection import Filters

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
FR = "initiatives-migratoires-2017-sample"
ES = "iniciativas-de-migracion-2017-sample"
NNBSP = "\u202f"


def _truth(name: str) -> DocumentData:
    path = SAMPLES / f"{name}.truth.json"
    if not path.is_file() or not (SAMPLES / f"{name}.pdf").is_file():
        pytest.skip(f"{name} is not in resources/samples")
    return DocumentData.from_json(json.loads(path.read_text(encoding="utf-8")))


def _raw_truth(name: str) -> dict:
    return json.loads((SAMPLES / f"{name}.truth.json").read_text(encoding="utf-8"))


def _chars(name: str, page: int) -> str:
    with pdfplumber.open(SAMPLES / f"{name}.pdf") as pdf:
        return "".join(c["text"] for c in pdf.pages[page - 1].chars)


@pytest.mark.parametrize("name,lang", [(FR, "fr"), (ES, "es")])
def test_the_truth_describes_the_committed_pdf(name, lang):
    truth = _truth(name)
    raw = _raw_truth(name)
    assert raw["language"] == lang
    assert truth.document.sha256 == hashlib.sha256((SAMPLES / f"{name}.pdf").read_bytes()).hexdigest()
    assert raw["illustrative"] is False and raw["source_inconsistencies"] == []
    assert len(truth.tables) == 3 and sum(1 for _ in truth.all_sections()) >= 15


def test_the_french_figures_are_printed_with_narrow_no_break_and_plain_spaces():
    """What the comparison is about: the PDF itself groups French figures with U+202F (first table)
    and plain spaces (the Southern Africa table), and writes "30,7 %" with U+202F; the truth's
    logical text writes a plain space, its value the number."""
    truth = _truth(FR)
    t1, shares, t3 = truth.tables
    assert t1.cell_at(22, 7).text == "490 556 044" and t1.cell_at(22, 7).value == 490556044
    assert f"490{NNBSP}556{NNBSP}044" in _chars(FR, t1.page)
    assert t3.cell_at(5, 7).text == "16 470 394" and t3.cell_at(5, 7).value == 16470394
    assert "16 470 394" in _chars(FR, t3.page)
    assert shares.cell_at(5, 2).text == "30,7 %" and shares.cell_at(5, 2).value == pytest.approx(30.7)
    assert f"30,7{NNBSP}%" in _chars(FR, shares.page)


def test_the_spanish_figures_are_printed_with_points_and_decimal_commas():
    truth = _truth(ES)
    t1, t2, shares = truth.tables
    assert t1.cell_at(16, 7).text == "164.574.629" and t1.cell_at(16, 7).value == 164574629
    assert "164.574.629" in _chars(ES, t1.page)
    assert shares.cell_at(5, 2).text == "65,5 %" and shares.cell_at(5, 2).value == pytest.approx(65.5)
    assert "65,5 %" in _chars(ES, shares.page)


def _match(expected, tables):
    same = [t for t in tables if t.page == expected.page and t.n_cols == expected.n_cols]
    return min(same, key=lambda t: abs(t.bbox[1] - expected.bbox[1])) if same else None


@pytest.mark.parametrize("name", [FR, ES])
def test_every_figure_exact_through_the_pipeline(name, sample_run):
    """Every printed figure comes out as its number (the cell texts are compared in
    test_tables_samples.py); the totals are recognised as totals."""
    truth = _truth(name)
    data = sample_run(name).data()
    checked = 0
    for t in truth.tables:
        found = _match(t, data.tables)
        assert found is not None, (t.id, t.title)
        assert (found.n_rows, found.n_cols, found.header_rows, found.total_rows) == (
            t.n_rows, t.n_cols, t.header_rows, t.total_rows)
        for cell in t.cells:
            if cell.row >= t.header_rows:
                got = found.cell_at(cell.row, cell.col)
                assert got is not None and got.value == cell.value and got.text == cell.text, (t.id, cell)
                checked += cell.value is not None
    assert checked >= 150


@pytest.mark.parametrize("name,countries", [
    (FR, {"CIV": "Côte d’Ivoire", "COD": "République démocratique du Congo", "SEN": "Sénégal", "GIN": "Guinée",
          "MUS": "Maurice, couvrant les Seychelles et l’Union des Comores"}),
    (ES, {"HTI": "Haití", "MEX": "México", "DOM": "República Dominicana", "PER": "Perú"}),
])
def test_country_sections_and_rows_tagged_by_their_french_and_spanish_names(name, countries, sample_run):
    data = sample_run(name).data()
    sections = {s.title: {t.code for t in s.tags} for s in data.all_sections()}
    rows = {}
    for table in data.tables:
        for r, tags in table.row_tags.items():
            for tag in tags:
                rows.setdefault(tag.code, []).append(table.cell_at(r, 0).text)
    for code, printed in countries.items():
        assert code in sections[printed], printed
        assert printed in rows[code], (code, rows.get(code))
        assert find_country(printed.split(",")[0]).code == code


@pytest.mark.parametrize("name,region,theme,title", [
    (FR, "Afrique de l’Ouest et du Centre", "Objectif 2",
     "Objectif 2 : Apporter une réponse efficace aux aspects de mobilité des crises"),
    (ES, "Centroamérica, Norteamérica y el Caribe", "Objetivo 2",
     "Objetivo 2: Abordar eficazmente los aspectos relativos a la movilidad en situaciones de crisis"),
])
def test_region_and_objective_filters_by_french_and_spanish_names(name, region, theme, title, sample_run):
    data = sample_run(name).data()
    region_code, theme_code = find_region(region).code, find_theme(theme).code
    chapter = next(s for s in data.all_sections() if s.title == title)
    assert theme_code in {t.code for t in chapter.tags}
    pack = build_pack([data], PackDefinition(filters=Filters(regions=[region_code], themes=[theme_code])))
    headings = [b.title for b in pack.headings()]
    # the chapter's region section and its countries, not the other chapter's region
    assert region in headings and not any(h.startswith(("Objectif 3", "Objetivo 3")) for h in headings)


def _cli(*args: str) -> int:
    from briefing_builder.cli import main

    return main(["export", *args, "-q"])


@pytest.mark.parametrize("name,lang,country,label,total,printed", [
    (FR, "fr", "Côte d'Ivoire", "Côte d’Ivoire", 8940000, f"8{NNBSP}940{NNBSP}000"),
    (ES, "es", "Haití", "Haití", 43920000, "43.920.000"),
])
def test_headless_country_pack_in_the_documents_language(name, lang, country, label, total, printed, tmp_path):
    """``export SAMPLE --country <French/Spanish name> --language fr|es`` as xlsx and pdf: the country's
    funding row comes out with every figure an exact number in the workbook, and printed the
    language's way in the PDF, with the pack's own words in the language."""
    truth = _truth(name)
    pdf_in = SAMPLES / f"{name}.pdf"
    row_table = next(t for t in truth.tables for r in t.row_tags if t.cell_at(r, 0).text == label)
    row = next(r for r in row_table.row_tags if row_table.cell_at(r, 0).text == label)
    want = [row_table.cell_at(row, c).value for c in range(1, row_table.n_cols)]
    assert want[-1] == total

    xlsx = tmp_path / f"{lang}.xlsx"
    assert _cli(str(pdf_in), "--country", country, "--language", lang, "-f", "xlsx", "-o", str(xlsx)) == 0
    wb = load_workbook(xlsx)
    assert wb.sheetnames[0] == {"fr": "Dossier", "es": "Dosier"}[lang]
    found = [r for ws in wb.worksheets for r in ws.iter_rows() if r[0].value == label]
    assert found, f"{label} row missing from the workbook"
    cells = found[0][1:len(want) + 1]
    got = [c.value for c in cells]
    # nothing requested ("-") is stored as 0 and shown as a dash by the number format
    assert got == [v if v is not None else 0 for v in want]
    assert all(c.data_type == "n" and isinstance(c.value, int) for c in cells)

    pdf_out = tmp_path / f"{lang}.pdf"
    assert _cli(str(pdf_in), "--country", country, "--language", lang, "-f", "pdf", "-o", str(pdf_out)) == 0
    with pdfplumber.open(pdf_out) as pdf:
        chars = "".join(c["text"] for p in pdf.pages for c in p.chars)
        text = " ".join((p.extract_text() or "") for p in pdf.pages)
    assert printed in chars
    assert label in text
    assert {"fr": "Chiffres clés", "es": "Cifras clave"}[lang] in text
    # the pack names the country the way its language does, in the title and the selection line
    title = {"fr": f"{country} : dossier d’information", "es": f"{country}: dosier informativo"}[lang]
    assert title.replace("'", "’") in text.replace("'", "’")


def test_a_region_heading_right_above_its_tables_title(shared, tmp_path):
    """The French sample built without the sentence under each region heading: the Southern Africa
    heading then sits right above its table's title, over a header whose labels are separate lines.
    The heading stays a heading; the line right above the table is the table's title."""
    import dataclasses
    import sys

    from app.extract.pipeline import Extraction, ExtractSettings, assemble

    seeds = shared / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"{seeds} is absent: the sample cannot be rebuilt")
    tools = Path(__file__).resolve().parents[1] / "tools" / "samples"
    sys.path.insert(0, str(tools))
    try:
        import layout
        import translated
    finally:
        sys.path.remove(str(tools))
    layout.register_fonts(Path(__file__).resolve().parents[1] / "resources" / "fonts")
    spec = dataclasses.replace(translated.FR, funding=[dataclasses.replace(f, intro="") for f in translated.FR.funding])
    pdf, truth = translated.build(spec, seeds, tmp_path, check=False)
    wanted = [(s["title"], s["level"], s["page"]) for s in truth["sections"] if s["level"] == 2]
    assert ("Afrique australe", 2, 4) in wanted
    run = Extraction(pdf, settings=ExtractSettings(), workers=0)
    results = list(run)
    data = assemble(run.document, results, path=pdf, settings=ExtractSettings(), warnings=list(run.warnings))
    got = [(s.title, s.level, s.page) for s in data.all_sections() if s.level == 2]
    assert got == wanted


@pytest.mark.parametrize("kind,text,code", [
    ("region", "Afrique australe", "southern-africa"), ("region", "Afrique de l’Ouest et du Centre",
                                                         "west-and-central-africa"),
    ("region", "América del Sur", "south-america"), ("region", "Centroamérica, Norteamérica y el Caribe",
                                                     "central-and-north-america-and-the-caribbean"),
    ("theme", "Objectif 3", "objective-3"), ("theme", "Objetivo 2", "objective-2"), ("theme", "Principe 1", "principle-1"),
])
def test_filters_accept_french_and_spanish_region_and_theme_names(kind, text, code):
    """What the command line and the pack filters resolve --region/--theme with."""
    from app.packs.selection import resolve_tag

    assert resolve_tag(kind, text).code == code


def test_headless_pack_by_spanish_region_and_objective(tmp_path):
    _truth(ES)
    out = tmp_path / "sa.xlsx"
    assert _cli(str(SAMPLES / f"{ES}.pdf"), "--region", "América del Sur", "--theme", "Objetivo 3", "--language", "es",
                "-f", "xlsx", "-o", str(out)) == 0
    wb = load_workbook(out)
    texts = {c.value for ws in wb.worksheets for r in ws.iter_rows() for c in r if isinstance(c.value, str)}
    assert {"Perú", "Ecuador", "Paraguay"} <= texts and "Haití" not in texts
