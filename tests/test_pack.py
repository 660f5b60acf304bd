"""Pack model: definitions saved in the project, blocks with sources, order, chart, re-run after fixes."""

from __future__ import annotations

import pytest

from app.packs.pack import (
    PackDefinition,
    PackError,
    PackMetadata,
    apply_order,
    build_pack,
    load_definition,
    load_definitions,
    pages_label,
    save_definition,
    split_paragraphs,
)
from app.project.project import Project
from app.packs.selection import Filters
from tests.data import load_document


@pytest.fixture
def docs():
    return [load_document("appeal"), load_document("crp")]


@pytest.fixture
def project(tmp_path, docs):
    project = Project.create(tmp_path / "p.bbproj")
    for d in docs:
        project.set_extraction(d, "test")
    yield project
    project.close()


def test_every_body_block_keeps_its_source(docs):
    pack = build_pack(docs, PackDefinition())
    for block in pack.blocks:
        if block.kind in ("heading", "text", "table"):
            assert block.source is not None and block.source.pages, block.key
            assert block.source.document in ("Regional Migration Appeal 2025", "Somalia Crisis Response Plan 2025")
    table = pack.block("table:aaaaaaaaaaaa:p6-t1")
    assert table.source.pages == [6]
    assert table.source.label() == "Regional Migration Appeal 2025, p. 6"
    sources = pack.block("sources").sources
    assert [s.document for s in sources] == ["Regional Migration Appeal 2025", "Somalia Crisis Response Plan 2025"]
    assert 6 in sources[0].pages and 12 in sources[0].pages


def test_fixed_blocks_and_default_order(docs):
    pack = build_pack(docs[:1], PackDefinition())
    kinds = [b.kind for b in pack.blocks]
    assert kinds[:4] == ["cover", "contents", "key_figures", "chart"]
    assert kinds[-1] == "sources"
    # one document: no document heading; sections at their depth
    assert "document" not in kinds
    assert pack.block("heading:aaaaaaaaaaaa:s-som").level == 2
    several = build_pack(docs, PackDefinition())
    assert [b.kind for b in several.blocks].count("document") == 2
    assert several.block("heading:aaaaaaaaaaaa:s-som").level == 3


def test_chart_and_key_figures_for_one_country(docs):
    pack = build_pack(docs, PackDefinition(filters=Filters(countries=["SOM"])))
    chart = pack.block("chart").chart
    source = docs[0].table("p6-t1")
    som_row = 4
    assert chart.categories == ["Objective 1: Protection", "Objective 2: Health", "Objective 3: Durable solutions"]
    assert chart.values == [source.cell_at(som_row, c).value for c in (1, 2, 3)]
    figures = {f.label: f.value for f in pack.block("key-figures").figures}
    # the Somalia plan is another appeal: its total stands beside the regional appeal's, not added to it
    assert figures["Total funding requirements: Regional Migration Appeal 2025"] == source.cell_at(som_row, 4).value
    assert "Total funding requirements: Somalia Crisis Response Plan 2025" in figures
    alone = {f.label: f.value for f in build_pack(docs[:1], PackDefinition(filters=Filters(countries=["SOM"])))
             .block("key-figures").figures}
    assert alone["Total funding requirements"] == source.cell_at(som_row, 4).value
    assert [alone[c] for c in chart.categories] == chart.values  # one figure per objective
    assert "Countries with requirements" not in figures and "Tables" not in figures
    assert chart.unit == "USD"


def test_chart_for_a_region_sums_its_countries(docs):
    pack = build_pack(docs, PackDefinition(filters=Filters(regions=["east-and-horn-of-africa"])))
    chart = pack.block("chart").chart
    table = docs[0].table("p6-t1")
    total_row = table.total_rows[0]
    assert chart.values == [table.cell_at(total_row, c).value for c in (1, 2, 3)]


def test_chart_from_row_labels_when_no_objective_columns():
    crp = load_document("crp")
    pack = build_pack([crp], PackDefinition())
    chart = pack.block("chart").chart
    assert chart.categories == ["Saving lives: camp coordination", "Saving lives: shelter",
                                "Solutions: community stabilisation"]
    assert chart.values == [8_250_000, 11_400_000, 6_100_000]


def test_order_and_removals_survive_a_rebuild(docs):
    pack = build_pack(docs, PackDefinition())
    keys = [b.key for b in pack.blocks]
    som_table = "table:aaaaaaaaaaaa:p8-t1"
    order = [som_table] + [k for k in keys if k != som_table]
    definition = PackDefinition(order=order, removed=["contents", "text:aaaaaaaaaaaa:s-intro"])
    again = build_pack(docs, definition)
    again_keys = [b.key for b in again.blocks]
    assert again_keys[0] == som_table
    assert "contents" not in again_keys and "text:aaaaaaaaaaaa:s-intro" not in again_keys
    assert "contents" in again.available


def test_apply_order_places_new_blocks_after_their_default_predecessor():
    assert apply_order(["a", "b", "c", "d"], ["c", "a"], []) == ["c", "d", "a", "b"]
    assert apply_order(["a", "b", "n", "c"], ["c", "b", "a"], ["x"]) == ["c", "b", "n", "a"]
    assert apply_order(["a", "b"], [], ["a"]) == ["b"]


def test_definition_json_round_trip_and_newer_version_refused():
    d = PackDefinition(filters=Filters(countries=["SOM"]), metadata=PackMetadata(title="Somalia", audience="ECHO"),
                       order=["cover"], removed=["chart"], exporter="xlsx", options={"xlsx": {"hxl": True}})
    again = PackDefinition.from_json(d.to_json())
    assert again.to_json() == d.to_json()
    with pytest.raises(PackError, match="newer"):
        PackDefinition.from_json(dict(d.to_json(), version=99))


def test_saved_in_the_project_and_rerun_after_corrections(project, tmp_path):
    definition = PackDefinition(filters=Filters(countries=["SOM", "KEN"]), metadata=PackMetadata(title="Horn"))
    save_definition(project, "Horn briefing", definition)
    project.close()
    reopened = Project.open(tmp_path / "p.bbproj")
    try:
        loaded = load_definition(reopened, "Horn briefing")
        assert loaded.filters.countries == ["SOM", "KEN"]
        before = build_pack(reopened, loaded).block("table:aaaaaaaaaaaa:p6-t1").view
        assert before.rows[-1].cells[1].value == 18_400_000 + 2_750_000
        # a correction after the pack was saved: the re-run carries the corrected number
        reopened.apply("a" * 64, {"op": "set_cell", "table": "p6-t1", "row": 4, "col": 1,
                                  "text": "19,000,000", "old": "18,400,000"})
        after = build_pack(reopened, load_definitions(reopened)["Horn briefing"]).block("table:aaaaaaaaaaaa:p6-t1")
        assert after.view.rows[1].cells[1].value == 19_000_000
        assert after.view.rows[-1].cells[1].value == 19_000_000 + 2_750_000
    finally:
        reopened.close()
    again = Project.open(tmp_path / "p.bbproj")
    try:
        with pytest.raises(PackError, match="Horn briefing"):
            load_definition(again, "missing")
    finally:
        again.close()


def test_logo_validation(tmp_path):
    meta = PackMetadata()
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"not an image")
    with pytest.raises(PackError, match="not a PNG"):
        meta.set_logo(str(bad))
    from PIL import Image

    good = tmp_path / "good.png"
    Image.new("RGB", (40, 20), (0, 80, 160)).save(good)
    meta.set_logo(str(good))
    assert meta.logo_bytes() == good.read_bytes()
    assert PackMetadata.from_json(meta.to_json()).logo_bytes() == good.read_bytes()


def test_empty_selection_is_reported(docs):
    pack = build_pack(docs, PackDefinition(filters=Filters(countries=["FRA"])))
    assert pack.is_empty()
    assert any("Nothing matches" in n for n in pack.notes)


def test_small_helpers():
    assert pages_label([3, 4, 5, 9]) == "pp. 3–5, 9"
    assert pages_label([7]) == "p. 7"
    assert split_paragraphs("a\nb\n\n c ") == ["a b", "c"]


def _rooted(data, title=None, tags=()):
    """The document as extraction now gives it: one level-0 root (the document) over the headings."""
    from app.document.model import Section, Tag

    root = Section("s0", title or data.document.title, 0, 1, data.document.pages, tags=list(tags),
                   children=data.sections)
    data.sections = [root]
    for table in data.tables:
        table.section = table.section or "s0"
    return data


def test_a_document_root_is_the_document_not_a_heading(docs):
    from app.document.model import Tag

    plain = build_pack(docs, PackDefinition())
    rooted = [_rooted(docs[0], "Regional Migration Appeal 2025 (corrected title)"), _rooted(docs[1])]
    pack = build_pack(rooted, PackDefinition())
    assert "heading:aaaaaaaaaaaa:s0" not in {b.key for b in pack.blocks}
    # the same headings at the same levels as without the root
    def headings(p):
        return [(b.key, b.level) for b in p.blocks if b.kind == "heading"]
    assert headings(pack) == headings(plain)
    assert [b.title for b in pack.blocks if b.kind == "document"] == [
        "Regional Migration Appeal 2025 (corrected title)", "Somalia Crisis Response Plan 2025"]
    one = build_pack(rooted[:1], PackDefinition())
    assert one.block("heading:aaaaaaaaaaaa:s-som").level == 2 and "document" not in [b.kind for b in one.blocks]


def test_countries_of_the_document_root_select_the_whole_document(docs):
    from app.document.model import Tag

    crp = docs[1]
    for s in crp.all_sections():
        s.tags = []  # no section names the country itself ...
    _rooted(crp, tags=[Tag("country", "SOM", "Somalia")])  # ... the document's title does
    pack = build_pack([crp], PackDefinition(filters=Filters(countries=["SOM"])))
    assert {b.key for b in pack.blocks if b.kind == "heading"} == {"heading:bbbbbbbbbbbb:c-ctx", "heading:bbbbbbbbbbbb:c-req"}
    assert any(b.kind == "text" for b in pack.blocks)
    none = build_pack([crp], PackDefinition(filters=Filters(countries=["KEN"])))
    assert not [b for b in none.blocks if b.kind in ("heading", "text")]


def test_a_pack_of_one_document_without_a_metadata_title_is_named_by_its_cover(docs):
    # a scan or a reportlab file says "untitled" in its metadata: the pack was "myanmar-scan.pdf:
    # briefing pack"; the cover's title (the root section, as the user may have corrected it) names it
    from app.packs.pack import default_title

    data = _rooted(docs[1], "Myanmar Crisis Response Plan 2025")
    data.document.title = "untitled"
    data.document.path = "/scans/myanmar-scan.pdf"
    assert default_title(Filters(), [data]) == "Myanmar Crisis Response Plan 2025: briefing pack"
    data.sections = []
    assert default_title(Filters(), [data]) == "myanmar-scan.pdf: briefing pack"
    data.document.title = "Crisis Response Plan, Myanmar"
    assert default_title(Filters(), [data]) == "Crisis Response Plan, Myanmar: briefing pack"


def test_a_sections_text_cites_the_pages_of_its_own_text_not_of_its_sub_sections(docs):
    # East and Horn of Africa starts on page 5 and its first country on page 7: its own text is on 5-7,
    # not on the countries' pages up to 10 (a donor looking it up finds it there)
    pack = build_pack(docs[:1], PackDefinition())
    assert pack.block("text:aaaaaaaaaaaa:s-eha").source.pages == [5, 6, 7]
    assert pack.block("text:aaaaaaaaaaaa:s-som").source.pages == [7, 8]


def _contracts(currencies):
    """A register of contracts, one currency column: amounts in different currencies."""
    from app.document.model import DocumentData, SourceDocument, Table
    from app.extract.tables.cells import make_cell

    rows = [["No.", "Contract", "Supplier", "Contract amount", "Currency"]]
    rows += [[str(i + 1), f"Procurement of item {i + 1}", f"Supplier {i + 1}", amount, currency]
             for i, (amount, currency) in enumerate(zip(["375,102.89", "38,192.83", "76,795.50"], currencies))]
    table = Table.from_rows(rows, id="p1-t1", header_rows=1)
    for c in table.cells:
        parsed = make_cell(c.row, c.col, c.text)
        c.value, c.note = parsed.value, parsed.note
    table.title = "Award of contracts"
    return DocumentData(SourceDocument("contracts.pdf", "c" * 64, 1), tables=[table])


def test_amounts_in_different_currencies_are_never_added_up():
    """A register whose rows are in cedis and pounds (a currency column beside the amounts) gave
    a "Total funding requirements" of 490,091.22 and a "Total of selected rows" adding GHS to GBP: no
    total crosses currencies; the pack says why. One currency throughout is the figures' unit."""
    from app.packs.selection import make_view

    mixed = _contracts(["GHS", "GBP £", "GBP £"])
    view = make_view(mixed.tables[0], rows=[1, 2, 3])
    assert view.mixed_currencies == ["GHS", "GBP"]
    assert not any(r.kind == "computed" for r in view.rows)
    pack = build_pack([mixed], PackDefinition())
    assert not any(b.kind == "chart" for b in pack.blocks)
    figures = pack.block("key-figures").figures
    assert not any("490" in f"{f.value}" for f in figures)
    table_block = next(b for b in pack.blocks if b.kind == "table")
    assert "different currencies (GHS, GBP)" in " ".join(table_block.notes)
    # one currency: summed, and named as the unit
    same = _contracts(["US$", "USD", "US $"])
    assert make_view(same.tables[0], rows=[1, 2]).mixed_currencies == []
    figures = build_pack([same], PackDefinition()).block("key-figures").figures
    assert figures[0].value == 490_091.22 and figures[0].unit == "USD"
