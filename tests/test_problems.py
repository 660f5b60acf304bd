"""Suspicious values: sums against totals, text in number columns, lost characters, empty columns."""

from __future__ import annotations

from app.document.model import DocumentData, Section, SourceDocument, Table
from app.extract.problems import check_document, check_table, number_columns, problems_by_cell, total_column


def table(rows, header_rows=1, total_rows=(), **kw) -> Table:
    from app.project.ops import parsed_value

    values = [[parsed_value(text)[0] for text in row] for row in rows]
    return Table.from_rows(rows, id="t", page=2, header_rows=header_rows, values=values,
                           total_rows=list(total_rows), **kw)


GOOD = [
    ["Country", "Objective 1", "Objective 2", "Total"],
    ["Kenya", "700,000", "300,000", "1,000,000"],
    ["Somalia", "-", "2,500,000", "2,500,000"],
    ["Total", "700,000", "2,800,000", "3,500,000"],
]


def kinds(problems):
    return sorted((p.kind, p.row, p.col) for p in problems)


def test_a_consistent_table_has_no_problems():
    t = table(GOOD, total_rows=[3])
    assert number_columns(t) == [1, 2, 3]
    assert total_column(t) == 3
    assert check_table(t) == []


def test_wrong_column_total_is_flagged_at_the_total_cell():
    rows = [r[:] for r in GOOD]
    rows[3][2] = "2,900,000"
    problems = check_table(table(rows, total_rows=[3]))
    col = [p for p in problems if p.kind == "column_sum"]
    assert [(p.row, p.col) for p in col] == [(3, 2)]
    assert "2,800,000" in col[0].message and "2,900,000" in col[0].message
    # without a marked totals row nothing is claimed about column sums
    assert not [p for p in check_table(table(rows)) if p.kind == "column_sum"]


def test_wrong_row_total_is_flagged_in_the_total_column():
    rows = [r[:] for r in GOOD]
    rows[1][1] = "600,000"
    problems = check_table(table(rows, total_rows=[3]))
    assert ("row_sum", 1, 3) in kinds(problems)
    assert ("column_sum", 3, 1) in kinds(problems)


def test_rounding_within_half_a_unit_per_figure_is_accepted():
    rows = [["Sector", "2019", "2020", "Total"], ["Health", "1.3", "2.4", "3.8"], ["Food", "0.6", "0.6", "1.2"],
            ["Total", "1.9", "3.0", "5.0"]]
    assert check_table(table(rows, total_rows=[3])) == []
    rows[1][3] = "3.9"  # 0.2 off: more than rounding can explain for two figures
    assert ("row_sum", 1, 3) in kinds(check_table(table(rows, total_rows=[3])))


def test_subtotals_and_grand_total():
    rows = [["Region", "USD"], ["Kenya", "10"], ["Uganda", "20"], ["East", "30"], ["Chad", "5"], ["West", "5"],
            ["Grand total", "35"]]
    assert check_table(table(rows, total_rows=[3, 5, 6])) == []
    rows[6][1] = "40"
    assert kinds(check_table(table(rows, total_rows=[3, 5, 6]))) == [("column_sum", 6, 1)]


def test_text_in_number_column_lost_characters_and_cids():
    rows = [r[:] for r in GOOD]
    rows[2][1] = "see note"
    rows[1][0] = "Ken�a"
    rows[2][0] = "Soma(cid:21)ia"
    found = kinds(check_table(table(rows, total_rows=[3])))
    assert ("text_in_numbers", 2, 1) in found
    assert ("lost_character", 1, 0) in found
    assert ("cid", 2, 0) in found
    # the label column is not a number column: its texts are not flagged
    assert not [k for k in found if k[0] == "text_in_numbers" and k[2] == 0]


def test_empty_column_and_row():
    rows = [["A", "", "B"], ["x", "", "1"], ["", "", ""], ["y", "", "2"]]
    found = kinds(check_table(table(rows)))
    assert ("empty_column", None, 1) in found
    assert ("empty_row", 2, None) in found


def test_percent_columns_are_not_summed():
    rows = [["Country", "USD", "Share", "Total"], ["Kenya", "10", "40%", "10"], ["Chad", "15", "60%", "15"],
            ["Total", "25", "100%", "25"]]
    assert check_table(table(rows, total_rows=[3])) == []


def test_document_check_covers_sections_and_index_by_cell():
    doc = SourceDocument(path="a.pdf", sha256="cd" * 32, pages=3)
    rows = [r[:] for r in GOOD]
    rows[3][1] = "1"
    data = DocumentData(doc, [table(rows, total_rows=[3])],
                        [Section("s1", "Objec\ufffdve", 1, 1, 2, text="Fine."),
                         Section("s2", "Other", 1, 2, 3, text="Mo(cid:3)ement")])
    problems = check_document(data)
    assert [p.section for p in problems if p.section] == ["s1", "s2"]
    assert problems[0].table == "t" and problems[0].page == 2
    index = problems_by_cell([p for p in problems if p.table])
    assert (3, 1) in index


def test_whole_number_slips_are_reported_as_rounding():
    """Funding amounts are whole dollars: a total one dollar off is a slip worth showing, at low severity."""
    rows = [["Country", "P1", "P2", "Total"], ["Vanuatu", "4,259,145", "3,000,000", "7,259,146"],
            ["Fiji", "100,000", "-", "100,000"], ["Total", "4,359,146", "3,000,000", "7,359,146"]]
    found = check_table(table(rows, total_rows=[3]))
    assert ("rounding", 1, 3) in kinds(found)      # the row misses its total by 1
    assert ("rounding", 3, 1) in kinds(found)      # the column misses its total by 1
    assert not [p for p in found if p.kind in ("row_sum", "column_sum")]
    rows[1][3] = "7,259,145"
    rows[3][1] = "4,359,145"
    rows[3][3] = "7,359,145"
    assert not [p for p in check_table(table(rows, total_rows=[3])) if p.kind == "rounding"]


def test_sample_source_inconsistencies_are_all_surfaced():
    """Every inconsistency the sample generator documents in the real source is flagged."""
    import json

    from app.document.model import DocumentData
    from tests.helpers import ROOT

    truth = json.loads((ROOT / "resources/samples/migration-initiatives-2017-sample.truth.json").read_text())
    data = DocumentData.from_json(truth)
    flagged = {t.title for t in data.tables if any(p.kind in ("rounding", "row_sum", "column_sum")
                                                      for p in check_table(t))}
    documented = {t["title"] for t in truth["tables"]
                  if any(i.get("table") in (t["id"], t["title"]) for i in truth.get("source_inconsistencies", []))}
    assert documented, "the truth documents the source's inconsistencies"
    assert documented <= flagged


# ------------------------------------------------ continued and hierarchical tables (warnings right or absent)

PART_1 = [["Country", "Objective 1", "Objective 2", "Total"],
          ["Kenya", "700,000", "300,000", "1,000,000"],
          ["Somalia", "-", "2,500,000", "2,500,000"]]
PART_2 = [["Country", "Objective 1", "Objective 2", "Total"],
          ["Uganda", "100,000", "200,000", "300,000"],
          ["Total", "800,000", "3,000,000", "3,800,000"]]


def continued_parts(total_row=None):
    first = table(PART_1)
    first.id, first.page = "p2-t1", 2
    rows = [r[:] for r in PART_2]
    if total_row is not None:
        rows[2] = total_row
    second = table(rows, total_rows=[2])
    second.id, second.page, second.continued_from = "p3-t1", 3, "p2-t1"
    return first, second


def test_a_continued_table_is_not_checked_as_if_its_rows_were_all_on_this_page():
    first, second = continued_parts()
    assert not [p for p in check_table(second) if p.kind in ("column_sum", "rounding")]
    assert check_table(second, [first]) == []
    data = DocumentData(SourceDocument("x.pdf", "b" * 64, 3), tables=[first, second])
    assert check_document(data) == []


def test_a_wrong_total_of_a_continued_table_is_still_flagged():
    first, second = continued_parts(["Total", "800,000", "3,100,000", "3,900,000"])
    data = DocumentData(SourceDocument("x.pdf", "b" * 64, 3), tables=[first, second])
    found = [p for p in check_document(data) if p.kind == "column_sum"]
    assert [(p.table, p.row, p.col) for p in found] == [("p3-t1", 2, 2), ("p3-t1", 2, 3)]
    assert "3,000,000" in found[0].message and "3,100,000" in found[0].message


HIERARCHY = [["Objective / sector", "Funding required (USD)"],
             ["Objective 1: Saving lives", "30,000,000"],
             ["Shelter", "10,000,000"], ["Health", "20,000,000"],
             ["Objective 2: Driving solutions", "31,000,000"],
             ["Durable solutions", "25,000,000"], ["Community stabilization", "6,000,000"],
             ["Total", "61,000,000"]]


def test_objective_subtotals_are_not_counted_twice():
    assert check_table(table(HIERARCHY, total_rows=[7])) == []
    closed = [HIERARCHY[0], HIERARCHY[2], HIERARCHY[3], ["Objective 1", "30,000,000"], HIERARCHY[5], HIERARCHY[6],
              ["Objective 2", "31,000,000"], HIERARCHY[7]]  # subtotals under their parts
    assert check_table(table(closed, total_rows=[7])) == []


def test_a_wrong_grand_total_over_subtotals_is_flagged_with_the_subtotals_sum():
    rows = [r[:] for r in HIERARCHY]
    rows[7][1] = "62,000,000"
    found = check_table(table(rows, total_rows=[7]))
    assert kinds(found) == [("column_sum", 7, 1)]
    assert "adds up to 61,000,000" in found[0].message  # not 122,000,000: the subtotals, once


def test_people_counted_in_several_sectors_and_a_share_column_raise_no_warning():
    rows = [["Sector", "People targeted", "Funding (USD)", "Share of total"],
            ["Health", "260,000", "7,800,000", "60.0%"], ["Shelter", "150,000", "5,200,000", "40.0%"],
            ["Total", "300,000", "13,000,000", "100.0%"]]
    assert check_table(table(rows, total_rows=[3])) == []
    assert total_column(table(rows, total_rows=[3])) is None
    rows[3][2] = "13,500,000"  # a money column still adds up
    assert kinds(check_table(table(rows, total_rows=[3]))) == [("column_sum", 3, 2)]


def test_extraction_warnings_follow_the_same_rules():
    from app.extract.tables.totals import check_totals

    first, second = continued_parts()
    assert check_totals(second) == [] and check_totals(second, [first]) == []
    first, second = continued_parts(["Total", "800,000", "3,100,000", "3,900,000"])
    assert {(m.row, m.col, m.computed) for m in check_totals(second, [first])} == {(None, 2, 3_000_000),
                                                                                   (None, 3, 3_800_000)}
    assert check_totals(table(HIERARCHY, total_rows=[7])) == []
    rows = [r[:] for r in HIERARCHY]
    rows[7][1] = "62,000,000"
    assert [(m.col, m.computed) for m in check_totals(table(rows, total_rows=[7]))] == [(1, 61_000_000)]


def test_a_total_beside_one_part_of_it_or_repeated_per_group_is_no_sum():
    """Survey indicators set "Total | Rural" under each survey round: the rural figure is a part of the
    total, not all of it, and the second round's total does not add up the first round's columns."""
    from app.extract.tables.totals import check_totals

    rows = [["Indicator", "2012-13", "", "2007-08", ""],
            ["", "Total", "Rural", "Total", "Rural"],
            ["Children weighed at birth", "38.8", "41.0", "85.9", "89.3"],
            ["Children breastfed within one hour", "42.9", "46.5", "50.6", "52.9"]]
    t = table(rows, header_rows=2)
    assert total_column(t) == 3
    assert [p for p in check_table(t) if p.kind in ("row_sum", "rounding")] == []
    assert check_totals(t) == []
    # a group of two parts and its total is still checked
    rows = [["Indicator", "2012-13", "", "", "2007-08", "", ""],
            ["", "Urban", "Rural", "Total", "Urban", "Rural", "Total"],
            ["Households", "1,200", "800", "2,000", "1,000", "900", "2,100"],
            ["Schools", "30", "50", "80", "35", "52", "87"]]
    t = table(rows, header_rows=2)
    assert kinds([p for p in check_table(t) if p.kind == "row_sum"]) == [("row_sum", 2, 6)]
    assert [m.row for m in check_totals(t)] == [2]


def test_rates_numbering_rows_and_merged_cells_raise_no_false_sum_warning():
    """Survey tables print rates (a "Total" of 88.8 beside Rural 88.6 and Urban 91.1 is their average),
    percent distributions whose Total is 100 while some columns are subtotals of others, and a row
    numbering the columns under the headings; a figure set once for two merged rows counts once in its
    column. None of these is a wrong sum. Money columns are still checked."""
    from app.document.model import Cell
    from app.extract.tables.totals import check_totals

    rows = [["District", "Total", "Rural", "Urban"],
            ["1", "2", "3", "4"],
            ["Barpeta", "88.8", "88.6", "91.1"],
            ["Cachar", "85.3", "84.9", "86.8"],
            ["All districts", "87.1", "86.3", "92.3"]]
    t = table(rows)
    assert total_column(t) == 1
    rates = [["District", "Rural", "Urban", "Total"], ["1", "2", "3", "4"],
             ["Barpeta", "88.6", "91.1", "88.8"], ["Cachar", "84.9", "86.8", "85.3"],
             ["All districts", "86.3", "89.0", "87.1"]]
    t = table(rates, total_rows=[4])
    assert [p for p in check_table(t) if p.kind in ("row_sum", "column_sum", "rounding")] == []
    assert check_totals(t) == []
    distribution = [["Group", "Any method", "Modern", "Traditional", "Not using", "Total"],
                    ["Urban", "74.8", "55.8", "19.0", "25.2", "100.0"],
                    ["Rural", "59.3", "39.0", "20.3", "40.7", "100.0"]]
    t = table(distribution)
    assert [p for p in check_table(t) if p.kind in ("row_sum", "rounding")] == []
    assert check_totals(t) == []

    # one figure for two merged rows ("8" halt stations for two states) counts once
    texts = [["State", "Stations", "Days"], ["Delhi", "8", "17"], ["Rajasthan", "", ""],
             ["Gujarat", "6", "13"], ["Total", "14", "30"]]
    merged = table(texts, total_rows=[4])
    cells = [c for c in merged.cells if not (c.row == 2 and c.col in (1, 2))]
    cells = [Cell(c.row, c.col, c.text, row_span=2, value=c.value) if c.row == 1 and c.col in (1, 2) else c
             for c in cells]
    merged = Table(id="t", page=2, bbox=(0, 0, 0, 0), n_rows=5, n_cols=3, cells=cells, header_rows=1,
                   total_rows=[4])
    assert [p for p in check_table(merged) if p.kind in ("column_sum", "rounding")] == []
    assert check_totals(merged) == []

    # money is no rate: a wrong total is still reported
    money = [r[:] for r in GOOD]
    money[1][3] = "900,000"
    assert ("row_sum", 1, 3) in kinds(check_table(table(money, total_rows=[3])))


def test_a_total_heading_its_group_adds_up_the_columns_after_it():
    """"Total | Male | Female" under each survey round: the total comes first and sums the columns after
    it, up to the next total."""
    from app.extract.tables.totals import check_totals

    rows = [["Region", "2015", "", "", "2020", "", ""],
            ["", "Total", "Male", "Female", "Total", "Male", "Female"],
            ["1", "2", "3", "4", "5", "6", "7"],
            ["North", "1,500", "700", "800", "1,700", "900", "800"],
            ["South", "2,000", "1,100", "900", "2,200", "1,000", "1,200"]]
    t = table(rows, header_rows=2)
    assert check_table(t) == []
    assert check_totals(t) == []
    rows[3][1] = "1,600"  # the first round's total is wrong: only the extraction warnings check it
    rows[4][4] = "2,400"  # the last round's total too
    t = table(rows, header_rows=2)
    assert kinds([p for p in check_table(t) if p.kind == "row_sum"]) == [("row_sum", 4, 4)]
    assert sorted(m.row for m in check_totals(t)) == [3, 4]


def test_a_table_without_a_label_column_adds_up_its_first_column_too():
    """A survey's answer counts ("Agree | Disagree | ... | Total") have no label column: the first
    column is a part of the total."""
    from app.extract.tables.totals import check_totals

    rows = [["Strongly agree", "Agree", "Disagree", "Strongly disagree", "Total"],
            ["157", "60", "16", "14", "247"], ["42", "120", "50", "42", "254"]]
    assert check_totals(table(rows)) == []
    rows[2][4] = "250"
    assert [m.row for m in check_totals(table(rows))] == [2]


def test_a_total_of_the_columns_next_to_it_is_checked_against_those():
    """"Total schools that participated" adds up the participating and the substitute schools beside
    it, not the sampled schools further left; a row where that run does not add up is still wrong."""
    from app.extract.tables.totals import check_totals

    rows = [["System", "Sampled", "Eligible", "Participated", "Substitutes", "Total participating"],
            ["A", "290", "284", "275", "5", "280"], ["B", "160", "158", "158", "0", "158"],
            ["C", "170", "169", "142", "27", "169"], ["D", "150", "150", "115", "12", "130"]]
    t = table(rows)
    assert kinds([p for p in check_table(t) if p.kind in ("row_sum", "rounding")]) == [("row_sum", 4, 5)]
    assert [m.row for m in check_totals(t)] == [4]


CROPS = [  # totals rows leading their group, lone items between them, subtotals closing the blocks
    ["Product", "2011/12", "2012/13", "Change"],
    ["Cotton", "1,390.4", "890.7", "(499.7)"],
    ["Total peanut", "93.9", "100.6", "6.7"],
    ["Peanut 1st crop", "82.1", "86.3", "4.2"],
    ["Peanut 2nd crop", "11.8", "14.3", "2.5"],
    ["Rice", "2,426.7", "2,389.7", "(37.0)"],
    ["Total beans", "3,262.1", "2,952.7", "(309.4)"],
    ["Beans 1st crop", "1,241.4", "1,122.6", "(118.8)"],
    ["Beans 2nd crop", "1,394.6", "1,275.4", "(119.2)"],
    ["Beans 3rd crop", "626.1", "554.7", "(71.4)"],
    ["Soybean", "25,042.2", "27,715.2", "2,673.0"],
    ["Subtotal", "32,215.3", "34,048.9", "1,833.6"],
    ["Oat", "153.0", "168.7", "15.7"],
    ["Wheat", "2,166.2", "1,895.4", "(270.8)"],
    ["Subtotal", "2,319.2", "2,064.1", "(255.1)"],
]


def test_a_total_leading_its_group_adds_up_the_rows_after_it():
    from app.extract.tables.totals import check_totals

    totals = [2, 6, 11, 14]
    assert check_table(table(CROPS, total_rows=totals)) == []
    assert check_totals(table(CROPS, total_rows=totals)) == []
    rows = [r[:] for r in CROPS]
    rows[6][2] = "2,962.7"  # one wrong figure of a leading total: checked against its own crops
    found = check_table(table(rows, total_rows=totals))
    assert kinds(found) == [("column_sum", 6, 2)] and "adds up to 2,952.70" in found[0].message
    assert [(m.col, m.computed) for m in check_totals(table(rows, total_rows=totals))] == [(2, 2952.7)]
    rows = [r[:] for r in CROPS]
    rows[11][1] = "32,315.3"  # a closing subtotal still counts each crop once
    assert kinds(check_table(table(rows, total_rows=totals))) == [("column_sum", 11, 1)]


def test_a_grand_total_over_its_groups_is_no_total_leading_a_chance_run():
    from app.extract.tables.totals import check_totals

    # the first column's running sum passes the total after three rows by chance (5 + 2 + 3 = 10);
    # the second column's does not: one column is no group
    rows = [
        ["Offence", "Arrests", "Cases"],
        ["Total", "10", "9"],
        ["Violent", "5", "7"],
        ["Murder", "2", "3"],
        ["Assault", "3", "4"],
        ["Property", "5", "2"],
        ["Burglary", "1", "1"],
        ["Theft", "4", "1"],
    ]
    assert check_totals(table(rows, total_rows=[1])) == []
    assert [p for p in check_table(table(rows, total_rows=[1])) if p.kind == "column_sum"] == []
