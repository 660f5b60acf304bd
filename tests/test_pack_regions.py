"""Region packs of an appeal whose regional funding tables sit on consecutive pages, each under its own
region heading (issue: a region pack mixed two regions and added their totals up)."""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber
import pytest

from briefing_builder.cli import main
from app.document.model import Cell, DocumentData, Section, SourceDocument, Table, Tag
from app.packs.pack import PackDefinition, PackMetadata, build_pack
from app.packs.selection import Filters, select
from tests.helpers import APPEAL_REGIONS, appeal_region_total, make_regional_appeal_pdf

EHA, MENA, ASIA = "East and Horn of Africa", "Middle East and North Africa", "Asia and the Pacific"


@pytest.fixture(scope="module")
def appeal_pdf(tmp_path_factory):
    return make_regional_appeal_pdf(tmp_path_factory.mktemp("appeal") / "regional-appeal.pdf")


def pdf_text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.mark.parametrize("region,other", [(EHA, MENA), (MENA, EHA)])
def test_region_pack_carries_its_own_table_and_total_only(appeal_pdf, tmp_path, region, other):
    out = tmp_path / "pack.pdf"
    assert main(["export", str(appeal_pdf), "--region", region, "-o", str(out), "-q"]) == 0
    text = pdf_text(out)
    mixed = appeal_region_total(EHA) + appeal_region_total(MENA)
    assert f"{appeal_region_total(region):,}" in text
    assert f"{mixed:,}" not in text
    own_rows = {row[0] for row in APPEAL_REGIONS[region]}
    other_rows = {row[0] for row in APPEAL_REGIONS[other]}
    assert all(name in text for name in own_rows)
    assert not any(name in text for name in other_rows), "the other region's table or sections came along"
    assert "Bangladesh" not in text  # the next region's table, under a heading of its own


def test_continued_table_belongs_to_the_region_it_continues(appeal_pdf, tmp_path):
    out = tmp_path / "asia.pdf"
    assert main(["export", str(appeal_pdf), "--region", ASIA, "-o", str(out), "-q"]) == 0
    text = pdf_text(out)
    squeezed = "".join(text.split())  # a long label may wrap in its cell
    assert all("".join(row[0].split()) in squeezed for row in APPEAL_REGIONS[ASIA])  # both pages of the table
    assert f"{appeal_region_total(ASIA):,}" in text
    assert "Djibouti" not in text and "Egypt" not in text
    # the note says the parts are joined, without repeating the pages the source line gives
    flat = " ".join(text.split())
    assert "runs over 2 pages in the source" in flat and "Continued over" not in flat


def _funding_table(tid: str, page: int, top: float, region: str, title: str = "", continued_from=None) -> Table:
    rows = APPEAL_REGIONS[region][:3]
    cells = [Cell(0, 0, ""), Cell(0, 1, "Funding (USD)")]
    for r, (name, *values) in enumerate(rows, start=1):
        cells += [Cell(r, 0, name), Cell(r, 1, f"{sum(values):,}", value=sum(values))]
    return Table(id=tid, page=page, bbox=(50, top, 500, top + 100), n_rows=len(rows) + 1, n_cols=2,
                 header_rows=1, title=title, cells=cells, continued_from=continued_from)


def test_a_link_across_a_region_heading_is_not_a_continuation():
    """The second region's table was linked as the continuation of the first one (no title of its own,
    top of the next page): the region heading between them says it is not."""
    doc = SourceDocument("appeal.pdf", "b" * 64, 2)
    root = Section("s0", "Appeal", 0, 1, 2, children=[
        Section("s1", EHA, 1, 1, 1, top=300.0, tags=[Tag("region", "east-and-horn-of-africa", EHA)]),
        Section("s2", MENA, 1, 2, 2, top=60.0, tags=[Tag("region", "middle-east-and-north-africa", MENA)]),
    ])
    first = _funding_table("p1-t1", 1, 600.0, EHA)
    second = _funding_table("p2-t1", 2, 90.0, MENA, continued_from="p1-t1")
    first.section, second.section = "s1", "s2"
    data = DocumentData(document=doc, sections=[root], tables=[first, second])
    for region, rows in ((EHA, 3), (MENA, 3)):
        code = region.lower().replace(" ", "-")
        selection = select([data], Filters(regions=[code]))
        tables = list(selection.tables())
        assert len(tables) == 1 and len(tables[0].view.rows) == rows, region
        pack = build_pack([data], PackDefinition(filters=Filters(regions=[code])))
        figure = pack.block("key-figures").figures[0]
        assert figure.value == sum(sum(r[1:]) for r in APPEAL_REGIONS[region][:3])


def test_the_continued_table_raises_no_false_sum_warning(appeal_pdf):
    """The Asia and the Pacific table runs from page 5 onto page 6, where its Total row is: neither the
    extraction's warnings nor the problems panel may claim that page 6's rows do not add up to it."""
    from app.extract.pipeline import extract_document
    from app.extract.problems import check_document

    data = extract_document(appeal_pdf)
    part = next(t for t in data.tables if t.page == 6)
    assert part.continued_from and part.total_rows
    assert not [w for w in data.warnings if "printed total" in w.message]
    assert not [p for p in check_document(data) if p.kind in ("column_sum", "row_sum", "rounding")]


# ------------------------------------------------------------------- key figures on the bundled samples

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


@pytest.fixture(scope="module")
def mi_extracted():
    from app.extract.pipeline import extract_document

    pdf = SAMPLES / "migration-initiatives-2017-sample.pdf"
    if not pdf.is_file():
        pytest.skip(f"{pdf.name} is not in resources/samples")
    return extract_document(pdf)


def test_every_region_pack_of_the_sample_gives_that_regions_printed_total(mi_extracted):
    truth = json.loads((SAMPLES / "migration-initiatives-2017-sample.truth.json").read_text(encoding="utf-8"))
    checked = 0
    for table in truth["tables"]:
        region = table["title"].split(":")[0]
        last = max(table["total_rows"])
        printed = max(c["value"] for c in table["cells"] if c["row"] == last and c.get("value") is not None)
        code = region.lower().replace(",", "").replace(" ", "-")
        pack = build_pack([mi_extracted], PackDefinition(filters=Filters(regions=[code])))
        titles = [b.title for b in pack.tables()]
        assert titles == [table["title"]], region
        figures = pack.block("key-figures").figures
        assert figures[0].label == "Total funding requirements"
        assert figures[0].value == printed, region  # as printed (Asia: 275,128,654, its rows add to ...653)
        checked += 1
    assert checked == 9


def test_key_figures_are_what_a_donor_reads():
    """Total requirement (the source's, not counted twice from its by-sector and by-objective
    tables), one figure per objective, people targeted; no counts of tables or sections."""
    data = DocumentData.from_json(json.loads(
        (SAMPLES / "myanmar-crisis-response-plan-2025-sample.truth.json").read_text(encoding="utf-8")))
    pack = build_pack([data], PackDefinition())
    figures = {f.label: f.value for f in pack.block("key-figures").figures}
    assert figures["Total funding requirements"] == 63_400_000  # was 84,500,000: both breakdowns added
    assert figures["People targeted"] == 640_000
    assert sum(v for k, v in figures.items() if k.startswith("Objective")) == 63_400_000
    assert not {"Tables", "Sections", "Source documents", "Countries with requirements"} & set(figures)


def _sample(name: str) -> DocumentData:
    return DocumentData.from_json(json.loads((SAMPLES / f"{name}.truth.json").read_text(encoding="utf-8")))


def test_the_same_appeal_in_two_languages_counts_once():
    """A project holding an appeal and its French edition: their funding tables print the same
    figures under translated headings. The region's total is the printed one, not twice it, and the
    key figure says why."""
    english, french = _sample("migration-initiatives-2017-sample"), _sample("initiatives-migratoires-2017-sample")
    alone = build_pack([english], PackDefinition(filters=Filters(regions=["southern-africa"])))
    both = build_pack([english, french], PackDefinition(filters=Filters(regions=["southern-africa"])))
    total = alone.block("key-figures").figures[0]
    twice = both.block("key-figures").figures[0]
    assert twice.value == total.value > 0
    assert "prints the same figures as" in twice.note and french.document.title in twice.note
    # the chart names each objective once, in the edition met first
    assert both.block("chart").chart.values == alone.block("chart").chart.values
    # documents printing other figures are no editions of each other
    myanmar = _sample("myanmar-crisis-response-plan-2025-sample")
    mixed = build_pack([english, myanmar], PackDefinition())
    assert "prints the same figures" not in mixed.block("key-figures").figures[0].note


def test_different_appeals_are_never_added_up():
    """A Myanmar pack from a project holding the 2017 appeal (Myanmar's row of a countries x objectives
    table) and the Myanmar plan of 2025 (sectors as rows): each appeal keeps its own total, named after
    it; neither is dropped (the plan's was, "the first kind wins") and they are not added."""
    appeal, plan = _sample("migration-initiatives-2017-sample"), _sample("myanmar-crisis-response-plan-2025-sample")
    filters = Filters(countries=["MMR"])
    alone = [build_pack([d], PackDefinition(filters=filters)).block("key-figures").figures[0] for d in (appeal, plan)]
    assert all(f.value > 0 for f in alone) and alone[0].value != alone[1].value
    both = build_pack([appeal, plan], PackDefinition(filters=filters))
    totals = [f for f in both.block("key-figures").figures if f.label.startswith("Total funding requirements")]
    assert [(f.label, f.value) for f in totals] == [
        (f"Total funding requirements: {appeal.document.title}", alone[0].value),
        (f"Total funding requirements: {plan.document.title}", alone[1].value)]
    assert [s.sha256 for s in totals[1].sources] == [plan.document.sha256]
    chart = both.block("chart").chart
    assert chart.values == build_pack([appeal], PackDefinition(filters=filters)).block("chart").chart.values
    assert appeal.document.title in chart.title
    french = build_pack([appeal, plan], PackDefinition(filters=filters, metadata=PackMetadata(language="fr")))
    assert french.block("key-figures").figures[1].label == f"Besoins de financement totaux : {plan.document.title}"


def test_a_country_pack_gives_its_rows_printed_total():
    """Vanuatu's row of the sample's Asia and the Pacific table prints 7,259,146 in its Total column while
    its parts add up to 7,259,145 (a rounding in the source). The pack's table shows the printed figure;
    the key figure said 7,259,145, a second requirement for the same country. Now the printed one, and the
    note says where it comes from; the figures per objective stay the row's own."""
    appeal = _sample("migration-initiatives-2017-sample")
    pack = build_pack([appeal], PackDefinition(filters=Filters(countries=["VUT"])))
    figures = pack.block("key-figures").figures
    assert (figures[0].label, figures[0].value) == ("Total funding requirements", 7_259_146)
    assert figures[0].note == "As printed in the Total column of the selected rows."
    assert sum(f.value for f in figures[1:]) == 7_259_145
    french = build_pack([appeal], PackDefinition(filters=Filters(countries=["VUT"]),
                                                 metadata=PackMetadata(language="fr")))
    assert french.block("key-figures").figures[0].note == "Tel qu’imprimé dans la colonne Total des lignes retenues."


def _countries_table(rows: list[tuple[str, int | None, int | None, int | None]]) -> DocumentData:
    doc = SourceDocument("a.pdf", "c" * 64, 1, "Appeal")
    cells = [Cell(0, 0, ""), Cell(0, 1, "Objective 1"), Cell(0, 2, "Objective 2"), Cell(0, 3, "Total")]
    for r, row in enumerate(rows, start=1):
        cells.append(Cell(r, 0, row[0]))
        cells += [Cell(r, c, "" if v is None else f"{v:,}", value=v) for c, v in enumerate(row[1:], start=1)]
    table = Table(id="p1-t1", page=1, bbox=(50, 100, 500, 300), n_rows=len(rows) + 1, n_cols=4, header_rows=1,
                  title="Funding requirements (USD)", cells=cells)
    data = DocumentData(document=doc, tables=[table])
    from app.document.tags import ensure_tagged

    ensure_tagged(data)
    return data


def test_row_totals_count_only_where_every_selected_row_prints_one():
    data = _countries_table([("Chad", 100, 201, 300), ("Niger", 50, 50, 100), ("Mali", 10, 20, None)])
    figure = lambda codes: build_pack([data], PackDefinition(filters=Filters(countries=codes))).block(
        "key-figures").figures[0]
    assert (figure(["TCD", "NER"]).value, figure(["TCD", "NER"]).note) == (
        400, "As printed in the Total column of the selected rows.")
    # Mali prints no total: the selection's figure is the sum of its parts, and says so
    assert figure(["TCD", "MLI"]).value == 331
    assert figure(["TCD", "MLI"]).note.startswith("Sum of the selected rows")
