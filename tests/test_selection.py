"""Selection: filters over corrected documents (tags with inheritance, rows, columns, keywords)."""

from __future__ import annotations

import pytest

from app.document.model import Cell, DocumentData, Section, SourceDocument, Table, Tag
from app.packs.selection import (
    TOTAL_OF_SELECTED,
    Filters,
    SelectedSection,
    SelectedTable,
    find_country,
    fold,
    make_view,
    present_tags,
    select,
)
from tests.data import load_document


@pytest.fixture
def docs():
    return [load_document("appeal"), load_document("crp")]


def titles(selection, matched_only=False):
    return [i.section.title for i in selection.sections() if i.matched or not matched_only]


def table_ids(selection):
    return [i.table.id for i in selection.tables()]


def test_no_filter_is_the_whole_documents(docs):
    sel = select(docs, Filters())
    n_sections = sum(1 for d in docs for _ in d.all_sections())
    assert len(list(sel.sections())) == n_sections
    assert all(s.matched for s in sel.sections())
    assert sorted(table_ids(sel)) == sorted(t.id for d in docs for t in d.tables)
    # whole tables keep the source's own total rows, untouched
    eha = next(t for t in sel.tables() if t.table.id == "p6-t1")
    assert not eha.view.reduced
    assert [r.kind for r in eha.view.rows][-1] == "total"
    assert all(r.kind != "computed" for r in eha.view.rows)


def test_country_filter_inherits_and_reduces_rows(docs):
    sel = select(docs, Filters(countries=["SOM"]))
    assert titles(sel, matched_only=True) == ["Somalia", "Context", "Funding requirements"]
    # the region is there as context (heading only), not with its text
    context = [s for s in sel.sections() if not s.matched]
    assert [s.section.title for s in context] == ["East and Horn of Africa"]
    eha = next(t for t in sel.tables() if t.table.id == "p6-t1")
    assert eha.view.reduced
    labels = [r.cells[0].text for r in eha.view.rows]
    assert labels == ["Somalia"]  # one country: its own row is its total
    # header rows kept (two of them, with the spanning group heading)
    assert len(eha.view.header) == 2
    assert eha.view.header[0][1].text == "Requirements by objective (USD)"
    assert eha.view.header[0][1].col_span == 3


def test_two_countries_get_a_recomputed_total_never_the_source_total(docs):
    appeal = docs[0]
    source = appeal.table("p6-t1")
    sel = select(docs, Filters(countries=["KEN", "SOM"]))
    view = next(t for t in sel.tables() if t.table.id == "p6-t1").view
    kinds = [r.kind for r in view.rows]
    assert kinds == ["data", "data", "computed"]
    total = view.rows[-1]
    assert total.cells[0].text == TOTAL_OF_SELECTED
    for c in range(1, 5):
        expected = sum(source.cell_at(r, c).value or 0 for r in (3, 4))  # Kenya, Somalia
        assert total.cells[c].value == expected
        assert total.cells[c].value != source.cell_at(source.total_rows[0], c).value


def test_country_by_name_or_code():
    assert find_country("SOM").code == "SOM"
    assert find_country("somalia").code == "SOM"
    assert find_country("Côte d'Ivoire").code == "CIV"
    assert find_country("cote d'ivoire").code == "CIV"
    assert find_country("Narnia") is None


def test_region_filter_keeps_region_tables_whole(docs):
    sel = select(docs, Filters(regions=["west-and-central-africa"]))
    assert titles(sel, matched_only=True) == ["West and Central Africa", "Nigeria", "Niger"]
    assert table_ids(sel) == ["p12-t1"]
    view = next(sel.tables()).view
    assert not view.reduced and [r.cells[0].text for r in view.rows][-1] == "Total"


def test_theme_filter(docs):
    sel = select(docs, Filters(themes=["protection"]))
    assert titles(sel, matched_only=True) == ["Protection"]
    assert titles(sel) == ["Thematic priorities", "Protection"]


def test_kinds_combine_with_and_values_with_or(docs):
    both = select(docs, Filters(countries=["SOM", "NGA"]))
    assert set(titles(both, matched_only=True)) >= {"Somalia", "Nigeria"}
    none = select(docs, Filters(countries=["SOM"], regions=["west-and-central-africa"]))
    assert titles(none, matched_only=True) == []
    assert table_ids(none) == []
    assert none.is_empty()


def test_keyword_is_case_and_accent_insensitive(docs):
    docs[0].section("s-ner").text = "Transit through Agadèz and Zinder."
    sel = select(docs, Filters(keywords=["AGADEZ"]))
    assert titles(sel, matched_only=True) == ["Niger"]
    cells = select(docs, Filters(keywords=["shelter and non-food"]))
    assert "p8-t1" in table_ids(cells)
    assert fold("Côte D’Ivoire") == "cote d'ivoire"


def test_sections_checked_in_the_tree_include_their_subsections(docs):
    sha = docs[0].document.sha256
    sel = select(docs, Filters(sections=[f"{sha}:s-eha"]))
    assert titles(sel, matched_only=True) == ["East and Horn of Africa", "Somalia", "Kenya", "Ethiopia"]
    assert table_ids(sel) == ["p6-t1", "p8-t1"]
    bare = select(docs, Filters(sections=["c-req"]))
    assert titles(bare, matched_only=True) == ["Funding requirements"]


def test_columns_by_header_keep_the_label_column(docs):
    sel = select(docs, Filters(regions=["east-and-horn-of-africa"], columns=["health"]))
    view = next(t for t in sel.tables() if t.table.id == "p6-t1").view
    assert view.columns == [0, 2]
    assert view.column_headers() == ["Country", "Requirements by objective (USD) / Objective 2: Health"]


def test_documents_filter_and_several_documents(docs):
    only_crp = select(docs, Filters(documents=[docs[1].document.sha256]))
    assert {i.document.sha256 for i in only_crp.items} == {docs[1].document.sha256}
    both = select(docs, Filters(countries=["SOM"]))
    assert {i.document.sha256 for i in both.items} == {d.document.sha256 for d in docs}


def test_untagged_row_labels_are_recognised_as_countries():
    doc = SourceDocument(path="x.pdf", sha256="c" * 64, pages=1)
    table = Table.from_rows(
        [["Country", "USD"], ["Kenya", "100"], ["Somalia", "250"], ["Uganda", "50"], ["Total", "400"]],
        id="t", header_rows=1, total_rows=[4],
    )
    for c in table.cells:
        c.value = int(c.text) if c.text.isdigit() else None
    data = DocumentData(doc, tables=[table])
    sel = select([data], Filters(countries=["UGA", "KEN"]))
    view = next(sel.tables()).view
    assert [r.cells[0].text for r in view.rows] == ["Kenya", "Uganda", TOTAL_OF_SELECTED]
    assert view.rows[-1].cells[1].value == 150


def test_corrections_show_up_in_the_selection(docs):
    from app.project import ops

    appeal = docs[0]
    ops.apply(appeal, {"op": "set_cell", "table": "p6-t1", "row": 4, "col": 1, "text": "18,500,000"})
    sel = select(docs, Filters(countries=["SOM", "KEN"]))
    view = next(t for t in sel.tables() if t.table.id == "p6-t1").view
    assert view.rows[1].cells[1].value == 18_500_000
    assert view.rows[-1].cells[1].value == 18_500_000 + 2_750_000


def test_row_spans_in_the_body_are_flattened_and_labels_repeated():
    doc = SourceDocument(path="x.pdf", sha256="d" * 64, pages=1)
    cells = [Cell(0, 0, "Objective"), Cell(0, 1, "Sector"), Cell(0, 2, "USD"),
             Cell(1, 0, "Saving lives", row_span=2), Cell(1, 1, "Shelter"), Cell(1, 2, "10", value=10),
             Cell(2, 1, "Health"), Cell(2, 2, "20", value=20)]
    table = Table("t", 1, (0, 0, 1, 1), 3, 3, cells, header_rows=1,
                  row_tags={2: [Tag("country", "SOM", "Somalia")]})
    view = make_view(table, rows=[2])
    assert [c.text for c in view.rows[0].cells] == ["Saving lives", "Health", "20"]


def test_continued_tables_are_merged():
    doc = SourceDocument(path="x.pdf", sha256="e" * 64, pages=2)
    first = Table.from_rows([["Country", "USD"], ["Kenya", "1"]], id="a", page=1, header_rows=1)
    second = Table.from_rows([["Country", "USD"], ["Somalia", "2"]], id="b", page=2, header_rows=1,
                             continued_from="a")
    for t in (first, second):
        for c in t.cells:
            c.value = int(c.text) if c.text.isdigit() else None
    sel = select([DocumentData(doc, tables=[first, second])], Filters())
    [item] = list(sel.tables())
    assert [r.cells[0].text for r in item.view.rows] == ["Kenya", "Somalia"]
    assert item.pages == [1, 2]


def _valued(table):
    for c in table.cells:
        c.value = int(c.text) if c.text.isdigit() else None
    return table


def test_a_continuation_is_merged_by_the_rule_of_the_merge_edit():
    """Selection and the "merge with continuation" edit share one merge (app/extract/tables/continuation.py):
    a first row that does not repeat the header is data, and a part with an extra column is not lost."""
    doc = SourceDocument(path="x.pdf", sha256="e" * 64, pages=3)
    first = _valued(Table.from_rows([["Country", "USD"], ["Kenya", "1"]], id="a", page=1, header_rows=1))
    second = _valued(Table.from_rows([["Chad", "3"], ["Niger", "4"]], id="b", page=2, header_rows=1,
                                     continued_from="a"))
    third = _valued(Table.from_rows([["Somalia", "2", "(a)"]], id="c", page=3, header_rows=0, continued_from="b"))
    sel = select([DocumentData(doc, tables=[first, second, third])], Filters())
    [item] = list(sel.tables())
    assert [r.cells[0].text for r in item.view.rows] == ["Kenya", "Chad", "Niger", "Somalia"]
    assert item.pages == [1, 2, 3]


def test_present_tags(docs):
    tags = present_tags(docs)
    assert {t.code for t in tags["country"]} >= {"SOM", "KEN", "NGA", "TCD"}
    assert [t.code for t in tags["region"]] == ["east-and-horn-of-africa", "west-and-central-africa"]
    assert {t.code for t in tags["theme"]} == {"protection", "health"}


def test_filters_json_round_trip():
    f = Filters(countries=["som"], keywords=["drought"], sections=["x:s-1"], columns=["Total"])
    again = Filters.from_json(f.to_json())
    assert again.countries == ["SOM"] and again.keywords == ["drought"] and again.columns == ["Total"]
    assert Filters.from_json({"countries": "KEN"}).countries == ["KEN"]


def test_a_section_on_another_country_brings_only_its_paragraphs_naming_the_chosen_one():
    from app.packs.pack import PackDefinition, build_pack

    djibouti = Section("s-dji", "Djibouti", 2, 4, 4, text=(
        "Djibouti hosts a migration response centre in Obock.\n\n"
        "Many migrants crossing Djibouti come from Somalia and Ethiopia.\n\n"
        "The port of Djibouti is a hub for the region."),
        tags=[Tag("country", "DJI", "Djibouti"), Tag("country", "SOM", "Somalia"), Tag("country", "ETH", "Ethiopia")])
    somalia = Section("s-som", "Somalia", 2, 5, 5, text="Somalia faces drought.\n\nDisplacement continues.",
                      tags=[Tag("country", "SOM", "Somalia")])
    region = Section("s-eha", "East and Horn of Africa", 1, 4, 5, text="Regional text.",
                     tags=[Tag("region", "east-and-horn-of-africa", "East and Horn of Africa")],
                     children=[djibouti, somalia])
    data = DocumentData(SourceDocument(path="a.pdf", sha256="ab" * 32, pages=5), sections=[region])
    sel = select([data], Filters(countries=["SOM"]))
    focus = {s.section.id: s.paragraphs for s in sel.sections() if s.matched}
    # Somalia's own section whole; Djibouti's: the one paragraph about Somali migrants
    assert focus == {"s-som": None, "s-dji": [1]}
    pack = build_pack([data], PackDefinition(filters=Filters(countries=["SOM"])))
    text = next(b for b in pack.blocks if b.key.endswith(":s-dji") and b.kind == "text")
    assert text.paragraphs == ["Many migrants crossing Djibouti come from Somalia and Ethiopia."]
    assert text.notes == ["1 of 3 paragraphs: those that name the selection."]
    # a region pack: Djibouti is in the region (its heading is under the region's) - all of it
    sel = select([data], Filters(regions=["east-and-horn-of-africa"]))
    assert all(s.paragraphs is None for s in sel.sections())
    # a tag with no paragraph naming it (given by the user): the whole section
    djibouti.tags.append(Tag("country", "KEN", "Kenya"))
    sel = select([data], Filters(countries=["KEN"]))
    assert [(s.section.id, s.paragraphs) for s in sel.sections() if s.matched] == [("s-dji", None)]


def test_keyword_in_body_cells_only_reduces_the_table_to_those_rows(docs):
    # a "shelter" pack takes the shelter row of a funding table, not the plan's total
    sel = select(docs, Filters(keywords=["shelter and non-food"]))
    som = next(t for t in sel.tables() if t.table.id == "p8-t1")
    assert som.view.reduced
    assert [r.cells[0].text for r in som.view.rows] == ["Shelter and non-food items"]
    # a keyword naming a column or the table keeps it whole
    for keyword in ("people targeted", "requirements by sector"):
        whole = next(t for t in select(docs, Filters(keywords=[keyword])).tables() if t.table.id == "p8-t1")
        assert not whole.view.reduced and whole.view.rows[-1].kind == "total"


def test_keyword_on_a_label_spanning_rows_keeps_all_its_rows():
    data = load_document("crp")
    rows = [["Objective", "Sector", "USD"], ["Saving lives", "Health", "100"], ["", "Shelter", "50"],
            ["Solutions", "Durable solutions", "70"], ["Total", "", "220"]]
    table = Table.from_rows(rows, id="span-t", page=1, bbox=(50, 100, 500, 200), header_rows=1,
                            title="Requirements", method="ruled", total_rows=[4], document=data.document.sha256)
    table.cells = [c for c in table.cells if not (c.row == 2 and c.col == 0)]
    for c in table.cells:
        c.value = int(c.text) if c.row and c.col == 2 else None
    next(c for c in table.cells if c.row == 1 and c.col == 0).row_span = 2
    data.tables = [table]
    for s in data.all_sections():
        s.text = ""
    view = next(t for t in select([data], Filters(keywords=["saving lives"])).tables()).view
    assert [r.cells[1].text for r in view.rows if r.kind == "data"] == ["Health", "Shelter"]
    assert view.rows[-1].kind == "computed" and view.rows[-1].cells[2].text == "150"


def _truth(name: str) -> DocumentData:
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "resources" / "samples" / f"{name}.truth.json"
    return DocumentData.from_json(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("sample,heading", [("migration-initiatives-2017-sample", "Objective 2"),
                                            ("initiatives-migratoires-2017-sample", "Objectif 2")])
def test_a_theme_pack_takes_the_theme_s_columns_of_the_funding_tables(sample, heading):
    """The appeal prints its money in countries x objectives tables under a "Funding requirements"
    chapter that carries no objective: an "Objective 2" pack had the objective's chapters and no figure
    at all. A table whose column headers name the theme now comes with its row labels and that column
    only, whole (its printed total row), and the pack's total is the sum of those printed totals."""
    from app.packs.pack import PackDefinition, build_pack

    data = _truth(sample)
    # (a table whose rows are the objectives keeps its Objective 2 row, as before)
    tables = [t for t in select([data], Filters(themes=["objective-2"])).tables() if t.view.by_theme]
    funding = [t for t in data.tables if any(heading in c.text for c in t.cells if c.row < t.header_rows)]
    assert funding and [t.table.id for t in tables] == [t.id for t in funding]
    printed = 0
    for item in tables:
        view = item.view
        assert view.by_theme and not view.reduced and view.n_cols == 2
        assert view.column_headers()[1].startswith(heading)
        printed += [r for r in view.rows if r.kind == "total"][-1].cells[1].value
    pack = build_pack([data], PackDefinition(filters=Filters(themes=["objective-2"])))
    total = pack.block("key-figures").figures[0]
    assert total.value == printed > 0
    assert all(any("theme" in n or "thème" in n for n in b.notes) for b in pack.tables() if b.view.by_theme)
    assert "objective-2" in {t.code for t in present_tags([data])["theme"]}
    # with a region too, that region's table only; no table whose headers name another objective
    south = list(select([data], Filters(themes=["objective-2"], regions=["southern-africa"])).tables())
    assert len(south) == 1 and south[0].view.n_cols == 2
    assert not any(t.view.by_theme for t in select([data], Filters(themes=["objective-99"])).tables())


def _people_table():
    """Objective x sector rows, people targeted and funding; the printed total of people counts each
    person once (smaller than the column's sum), the funding total is the sum."""
    rows = [["Objective", "Sector", "People targeted", "Funding required (USD)"],
            ["Objective 1", "Health", "100", "10"], ["", "Shelter", "80", "20"], ["", "Protection", "60", "30"],
            ["Objective 2", "Durable solutions", "40", "40"],
            ["Total", "", "150", "100"]]
    table = Table.from_rows(rows, id="t", header_rows=1, total_rows=[5])
    for c in table.cells:
        c.value = int(c.text) if c.text.isdigit() else None
    return table


def test_a_column_the_source_does_not_add_up_is_not_summed_in_a_reduced_table():
    # people targeted across sectors: the source's total (150) is not the sum of its rows (280), so a
    # "Total of selected rows" adding them up (240) would count people twice: it is left empty
    table = _people_table()
    view = make_view(table, rows=[1, 2, 3])
    total = view.rows[-1]
    assert total.kind == "computed"
    assert total.cells[3].value == 60  # funding adds up in the source: summed
    assert total.cells[2].value is None and total.cells[2].text == ""
    assert view.not_summed == [2]


def test_columns_that_add_up_in_the_source_are_summed():
    table = _people_table()
    for c in table.cells:
        if c.row == 5 and c.col == 2:
            c.text, c.value = "280", 280  # now the printed total is the sum of the rows
    view = make_view(table, rows=[1, 2, 3])
    assert view.rows[-1].cells[2].value == 240
    assert view.not_summed == []


def test_selected_rows_note_names_a_sector_beside_its_objective():
    from app.packs.pack import _selected_rows_notes

    view = make_view(_people_table(), rows=[1, 2, 4])
    (rows, *_rest) = _selected_rows_notes(view, "en")
    assert rows == "Selected rows: Objective 1 – Health, Shelter, Objective 2 – Durable solutions."


def test_themes_are_offered_in_the_plan_s_order():
    # the Myanmar plan's themes came as "CRP evidence" (its objective 4) first and "CRP preparedness"
    # (its objective 3) last, sorted by name: the catalogue's order is the plans' own
    import json
    from pathlib import Path

    truth = Path(__file__).resolve().parents[1] / "resources" / "samples" / "myanmar-crisis-response-plan-2025-sample.truth.json"
    if not truth.is_file():
        pytest.skip(f"{truth.name} is not in resources/samples")
    data = DocumentData.from_json(json.loads(truth.read_text(encoding="utf-8")))
    themes = [t.code for t in present_tags([data])["theme"]]
    assert themes == ["crp-objective-1", "crp-objective-2", "crp-preparedness", "crp-evidence"]
