"""Excel exporter: round trip against the corrected model, formula safety, sheets, HXL, failures."""

from __future__ import annotations

import os

import pytest
from openpyxl import load_workbook

from app.project import ops
from app.packs.pack import PackDefinition, PackMetadata, build_pack
from app.packs.selection import TOTAL_OF_SELECTED, Filters
from exporters import ExportError, discover
from exporters.xlsx import XlsxExporter, cut_at_word, unique_headers, valid_sheet_name, valid_table_name
from tests.data import load_document


@pytest.fixture
def docs():
    return [load_document("appeal"), load_document("crp")]


def export(pack, path, **options):
    XlsxExporter().export(pack, path, options)
    return load_workbook(path)


def table_sheet(wb, title):
    for ws in wb.worksheets:
        if ws.cell(1, 1).value == title:
            return ws
    raise AssertionError(f"no sheet for {title!r}")


def body_rows(ws):
    """Rows below the Excel table's header row, as values."""
    [name] = list(ws.tables)
    table = ws.tables[name]
    first = int(table.ref.split(":")[0][1:])
    return [list(r) for r in ws.iter_rows(min_row=first + 1, values_only=True)], first


@pytest.mark.parametrize("filters", [Filters(countries=["SOM", "KEN"]), Filters(regions=["east-and-horn-of-africa"])],
                         ids=["countries", "region"])
def test_round_trip_equals_the_corrected_model(docs, tmp_path, filters):
    # a correction first: the export must carry the corrected number
    ops.apply(docs[0], {"op": "set_cell", "table": "p6-t1", "row": 5, "col": 2, "text": "2,650,000"})
    pack = build_pack(docs, PackDefinition(filters=filters))
    wb = export(pack, tmp_path / "pack.xlsx")
    by_id = {t.id: t for d in docs for t in d.tables}
    for block in pack.tables():
        ws = table_sheet(wb, block.title)
        rows, header_row = body_rows(ws)
        source = by_id[block.key.rsplit(":", 1)[1]]
        view = block.view
        assert len(rows) >= len(view.rows)
        for vrow, got in zip(view.rows, rows):
            for k, c in enumerate(view.columns):
                cell = vrow.cells[k]
                if vrow.source_row is not None:
                    model = source.cell_at(vrow.source_row, c)
                    expected = model.value if model.value is not None else model.text
                    if expected == "-" and k in view.aligned_columns():
                        expected = 0  # nil: stored as 0, shown as a dash
                else:
                    expected = cell.value if cell.value is not None else cell.text
                assert (got[k] if got[k] is not None else "") == expected, (block.title, vrow.source_row, c)
        computed = [r for r in view.rows if r.kind == "computed"]
        if computed:
            got = rows[len(view.rows) - 1]
            assert got[0] == TOTAL_OF_SELECTED
            data_rows = [r.source_row for r in view.rows if r.kind == "data"]
            for k, c in enumerate(view.columns[1:], start=1):
                expected = sum(source.cell_at(r, c).value or 0 for r in data_rows)
                assert got[k] == expected
        # numbers are numbers with a thousands format
        for row in ws.iter_rows(min_row=header_row + 1):
            for cell in row:
                if isinstance(cell.value, (int, float)):
                    assert cell.number_format.startswith("#,##0")
    assert docs[0].table("p6-t1").cell_at(5, 2).value == 2_650_000


def test_sheets_frozen_filtered_tables_and_unique_names(docs, tmp_path):
    docs[1].tables[0].title = "East and Horn of Africa: funding requirements (USD)"  # same title twice
    pack = build_pack(docs, PackDefinition())
    wb = export(pack, tmp_path / "all.xlsx")
    names = wb.sheetnames
    assert names[0] == "Pack" and names[-2:] == ["Sections", "Sources"]
    assert len({n.lower() for n in names}) == len(names)
    assert all(len(n) <= 31 for n in names)
    display_names = []
    for ws in wb.worksheets[1:-2]:
        assert ws.freeze_panes is not None
        [name] = list(ws.tables)
        table = ws.tables[name]
        display_names.append(name.lower())
        assert table.autoFilter is not None
        header_row = int(table.ref.split(":")[0][1:])
        assert int(ws.freeze_panes[1:] if ws.freeze_panes[1].isdigit() else ws.freeze_panes[2:]) == header_row + 1
        headers = [c.value for c in ws[header_row] if c.value is not None]
        assert len(headers) == len(set(headers))
        assert ws.cell(header_row, 1).font.bold
        widths = [ws.column_dimensions[chr(65 + i)].width for i in range(len(headers))]
        assert all(w and w >= 8 for w in widths)
    assert len(display_names) == len(set(display_names)) == 4


def test_sections_and_sources_sheets(docs, tmp_path):
    pack = build_pack(docs, PackDefinition(filters=Filters(countries=["SOM"])))
    wb = export(pack, tmp_path / "s.xlsx")
    sections = list(wb["Sections"].iter_rows(values_only=True))
    assert sections[0] == ("Document", "Title", "Level", "Pages", "Tags", "Text")
    som = next(r for r in sections if r[1] == "Somalia")
    assert som[3] == "pp. 7–8" and som[4] == "Somalia" and "recurrent drought" in som[5]
    sources = list(wb["Sources"].iter_rows(values_only=True))
    assert any(r[0] == "Somalia Crisis Response Plan 2025" and r[3] == "p. 4" for r in sources)
    pack_sheet = {r[0]: r[1] for r in wb["Pack"].iter_rows(values_only=True) if r[0]}
    total = pack_sheet["Total funding requirements: Regional Migration Appeal 2025"]
    assert total == docs[0].table("p6-t1").cell_at(4, 4).value
    # each appeal's total says how it was obtained, as the PDF does under its key figures
    notes = {r[0]: r[4] for r in wb["Pack"].iter_rows(values_only=True) if r[0] and len(r) > 4}
    figures = {f.label: f.note for f in pack.block("key-figures").figures}
    for label in ("Total funding requirements: Regional Migration Appeal 2025",
                  "Total funding requirements: Somalia Crisis Response Plan 2025"):
        assert figures[label] and notes[label] == figures[label]


def test_source_text_never_becomes_a_formula(docs, tmp_path):
    appeal = docs[0]
    evil = ["=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-2+3", "@SUM(A1)", "=1+1"]
    for (row, col), text in zip([(1, 0), (2, 0), (3, 0), (1, 1)], evil[:4]):
        ops.apply(appeal, {"op": "set_cell", "table": "p8-t1", "row": row, "col": col, "text": text})
    appeal.section("s-som").title = evil[4]
    appeal.tables[1].title = "=cmd|' /C calc'!A0"
    pack = build_pack(docs, PackDefinition(metadata=PackMetadata(title="=2*3", notes="@notes")))
    path = tmp_path / "evil.xlsx"
    wb = export(pack, path)
    found = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    found.add(cell.value)
    assert set(evil[:4]) <= found
    assert "=1+1" in found and "=2*3" in found
    # and the raw XML holds no formula element at all
    import zipfile

    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert b"<f>" not in zf.read(name) and b"<f " not in zf.read(name)


def test_hxl_option_adds_hashtags_and_codes(docs, tmp_path):
    pack = build_pack(docs, PackDefinition(filters=Filters(countries=["SOM", "KEN"])))
    wb = export(pack, tmp_path / "hxl.xlsx", hxl=True)
    ws = table_sheet(wb, "East and Horn of Africa: funding requirements (USD)")
    table = ws.tables[list(ws.tables)[0]]
    header_row = int(table.ref.split(":")[0][1:])
    header = [c.value for c in ws[header_row]]
    tags = [c.value for c in ws[header_row + 1]]
    assert header[:2] == ["Country", "ISO 3166 code"]
    assert tags[0] == "#country+name" and tags[1] == "#country+code"
    assert all(t.startswith("#value+funding+required+usd") for t in tags[2:])
    assert tags[-1] == "#value+funding+required+usd+total"
    data = [[c.value for c in row] for row in ws.iter_rows(min_row=header_row + 2)]
    assert [r[:2] for r in data] == [["Kenya", "KEN"], ["Somalia", "SOM"]]  # no totals row for HXL tools
    sector = table_sheet(wb, "Somalia: requirements by sector")
    t2 = sector.tables[list(sector.tables)[0]]
    row = int(t2.ref.split(":")[0][1:]) + 1
    assert [c.value for c in sector[row]] == ["#sector+name", "#targeted+num",
                                              "#value+funding+required+usd+funding_required_usd"]


def test_name_helpers():
    taken: set[str] = set()
    assert valid_sheet_name("Funding: [2025] a/b\\c*?", taken) == "Funding 2025 a b c"
    name = valid_sheet_name("A" * 40, taken)
    assert len(name) == 31
    again = valid_sheet_name("a" * 40, taken)
    assert again != name and again.lower() != name.lower() and len(again) <= 31
    assert valid_sheet_name("'quoted'", taken) == "quoted"
    assert valid_sheet_name("", taken) == "Sheet"
    assert valid_sheet_name("History", taken) != "History"
    for bad in "[]:*?/\\":
        assert bad not in valid_sheet_name(f"x{bad}y", taken)
    tnames: set[str] = set()
    assert valid_table_name("A1", tnames) == "T_a1"
    assert valid_table_name("2025 funding", tnames).startswith("T_")
    assert valid_table_name("Funding", tnames) != valid_table_name("funding", tnames)
    assert unique_headers(["", "Total", "total", "Total"]) == ["Column 1", "Total", "total (2)", "Total (3)"]


def test_sheet_names_are_cut_at_a_word_boundary_and_stay_unique():
    taken: set[str] = set()
    title = "East and Horn of Africa: funding requirements (USD)"
    first = valid_sheet_name(title, taken)
    assert first == "East and Horn of Africa funding"  # not "... funding requi"
    second = valid_sheet_name(title, taken)
    assert second == "East and Horn of Africa (2)" and len(second) <= 31
    third = valid_sheet_name(title.upper(), taken)
    assert third.lower() not in {first.lower(), second.lower()} and len(third) <= 31
    # every cut ends on a whole word of the title, without a dangling separator
    for limit in range(8, 40):
        cut = cut_at_word("Population in need - by sector, 2025", limit)
        assert len(cut) <= limit and "Population in need - by sector, 2025".startswith(cut)
        assert cut[-1] not in " -,", cut
    # nor on a function word left hanging
    assert valid_sheet_name("Central and North America and the Caribbean: funding", set()) == \
        "Central and North America"
    assert cut_at_word("Besoins de financement de la réponse humanitaire", 31) == "Besoins de financement"
    # one long word is cut where it must
    assert len(valid_sheet_name("Bevölkerungsentwicklungsfinanzierungsplan", set())) == 31


def test_key_figure_units_hold_the_unit_alone(docs, tmp_path):
    pack = build_pack(docs, PackDefinition(filters=Filters(countries=["SOM"])))
    figures = pack.block("key-figures").figures
    assert any(f.unit for f in figures)
    for figure in figures:
        figure.unit = f" {figure.unit} " if figure.unit else figure.unit  # as a source may spell it
    ws = export(pack, tmp_path / "som.xlsx")["Pack"]
    units = [ws.cell(r, 3).value for r in range(1, ws.max_row + 1)
             if ws.cell(r, 1).value in {f.label for f in figures}]
    assert units and all(u is None or u == u.strip() for u in units)
    assert "USD" in units


def test_the_chart_s_basis_wraps_under_its_figures_clear_of_the_chart(docs, tmp_path):
    """The sentence saying what the chart adds up is wrapped within the figures' columns: left to run
    on, spreadsheet programs draw it on under the chart beside them and it cannot be read. The bars
    come in the figures' order."""
    pack = build_pack(docs, PackDefinition(filters=Filters(regions=["east-and-horn-of-africa"])))
    charts = [b for b in pack.blocks if getattr(b, "chart", None) is not None and b.chart.basis]
    assert charts, "the region pack draws a chart with its basis"
    ws = export(pack, tmp_path / "region.xlsx")["Pack"]
    [chart] = ws._charts
    chart_column = chart.anchor._from.col  # 0-based
    [basis] = [c for row in ws.iter_rows() for c in row if c.value == charts[0].chart.basis]
    merged = [r for r in ws.merged_cells.ranges if basis.coordinate in r]
    assert merged and merged[0].max_col <= chart_column, (merged, chart_column)
    assert basis.alignment.wrap_text
    assert (ws.row_dimensions[basis.row].height or 0) > 15
    # the bars read top-down in the figures' order, as the rows beside them
    assert chart.x_axis.scaling.orientation == "maxMin" and chart.y_axis.crosses == "max"


def test_a_figure_from_many_tables_names_each_document_once(docs, tmp_path):
    from app.packs.pack import SourceRef
    from exporters.common import sources_label

    refs = [SourceRef("Appeal 2017", "s" * 64, [p]) for p in (9, 7, 10, 11, 7)] + [SourceRef("CRP", "c" * 64, [3])]
    assert sources_label(refs) == "Appeal 2017, pp. 7, 9–11; CRP, p. 3"
    assert [r.pages for r in refs[:2]] == [[9], [7]]  # the pack's own references are left as they are
    pack = build_pack(docs, PackDefinition())  # the whole appeal: its figures add two tables up
    figures = pack.block("key-figures").figures
    assert any(len(f.sources) > 1 for f in figures)
    ws = export(pack, tmp_path / "all.xlsx")["Pack"]
    cells = [ws.cell(r, 4).value for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value in {f.label for f in figures}]
    assert cells
    for text in cells:
        names = [part.rsplit(", p", 1)[0] for part in (text or "").split("; ")]
        assert len(names) == len(set(names)), text


def test_unwritable_destination_is_a_clear_message(docs, tmp_path, monkeypatch):
    pack = build_pack(docs, PackDefinition())
    with pytest.raises(ExportError, match="folder does not exist"):
        XlsxExporter().export(pack, tmp_path / "missing" / "x.xlsx")
    with pytest.raises(ExportError, match="it is a folder"):
        XlsxExporter().export(pack, tmp_path)
    import tempfile

    def read_only(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(ExportError, match="read-only location, or the file is open in another program"):
        XlsxExporter().export(pack, tmp_path / "x.xlsx")


def test_failed_write_leaves_no_half_written_file(docs, tmp_path, monkeypatch):
    pack = build_pack(docs, PackDefinition())
    target = tmp_path / "pack.xlsx"
    target.write_bytes(b"previous version")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError, match="disk is full"):
        XlsxExporter().export(pack, target)
    assert target.read_bytes() == b"previous version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.xlsx"]


def test_file_locked_by_another_program(docs, tmp_path, monkeypatch):
    pack = build_pack(docs, PackDefinition())
    target = tmp_path / "open.xlsx"
    target.write_bytes(b"open in Excel")
    real_replace = os.replace

    def locked(src, dst):
        if str(dst) == str(target):
            raise PermissionError(13, "The process cannot access the file because it is being used")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError, match="open in another program"):
        XlsxExporter().export(pack, target)
    assert target.read_bytes() == b"open in Excel"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["open.xlsx"]


def test_registered_as_xlsx():
    registry = discover()
    assert registry.get("xlsx").extension == ".xlsx"
    assert registry.get(".xlsx").name == "xlsx"


def test_a_table_s_source_and_notes_wrap_over_the_table_s_width(docs, tmp_path):
    # the line under a table's title (its source, the rows kept, what was not added up) ran on in one
    # cell far past the table: a sheet printed one page wide was shrunk to fit that line, the table a
    # strip at the top of the page
    from openpyxl.utils import column_index_from_string, get_column_letter

    pack = build_pack(docs, PackDefinition(filters=Filters(countries=["SOM", "KEN"])))
    block = next(b for b in pack.tables() if b.view.reduced)
    block.notes.append("A note long enough to run far past the table's last column: " + "words " * 60)
    wb = export(pack, tmp_path / "notes.xlsx")
    ws = table_sheet(wb, block.title)
    [name] = list(ws.tables)
    last_col = ws.tables[name].ref.split(":")[1].rstrip("0123456789")
    merged = [str(m) for m in ws.merged_cells.ranges if str(m).startswith("A2:")]
    assert merged == [f"A2:{last_col}2"]
    assert ws["A2"].alignment.wrap_text
    width = sum(ws.column_dimensions[get_column_letter(i)].width for i in range(1, column_index_from_string(last_col) + 1))
    assert ws.row_dimensions[2].height >= 15 * (len(ws["A2"].value) * 1.1 / width)
