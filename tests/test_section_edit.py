"""Section tree edits as operations: reading order kept, levels follow the tree, all undoable."""

from __future__ import annotations

import copy

import pytest

from app.project import ops
from app.project import section_edit as se
from app.document.model import DocumentData, Section, SourceDocument, Tag


def document() -> DocumentData:
    a1 = Section("a1", "Kenya", 2, 2, 2, text="Kenya text.")
    a2 = Section("a2", "Somalia", 2, 3, 3, text="Somalia text.")
    a3 = Section("a3", "Uganda", 2, 3, 4, text="Uganda text.", children=[Section("a3x", "Refugees", 3, 4, 4)])
    a = Section("a", "East Africa", 1, 2, 4, text="Intro.", children=[a1, a2, a3])
    b = Section("b", "Asia", 1, 5, 6, text="Asia text.\n\nObjectives\n\nThe objectives are …\n\nMore.")
    return DocumentData(SourceDocument(path="x.pdf", sha256="11" * 32, pages=6), sections=[a, b])


def order(data):
    return [(s.id, s.level) for s in data.all_sections()]


def tree(data):
    def visit(s):
        return (s.id, [visit(c) for c in s.children]) if s.children else s.id
    return [visit(s) for s in data.sections]


def check_undo(data, op):
    before = data.to_json()
    inverse = ops.apply(data, copy.deepcopy(op))
    after = data.to_json()
    ops.apply(data, inverse)
    assert data.to_json() == before
    ops.apply(data, copy.deepcopy(op))
    assert data.to_json() == after


def test_promote_adopts_following_siblings_and_keeps_reading_order():
    data = document()
    op = se.promote(data, "a2")
    check_undo(document(), op)
    ops.apply(data, op)
    assert tree(data) == [("a", ["a1"]), ("a2", [("a3", ["a3x"])]), "b"]
    assert order(data) == [("a", 1), ("a1", 2), ("a2", 1), ("a3", 2), ("a3x", 3), ("b", 1)]
    with pytest.raises(se.SectionEditError):
        se.promote(data, "a")


def test_demote_puts_section_under_previous_sibling():
    data = document()
    op = se.demote(data, "a2")
    check_undo(document(), op)
    ops.apply(data, op)
    assert tree(data) == [("a", [("a1", ["a2"]), ("a3", ["a3x"])]), "b"]
    assert data.section("a2").level == 3
    with pytest.raises(se.SectionEditError):
        se.demote(data, "a1")
    ops.apply(data, se.demote(data, "b"))  # a root under the previous root, with its level
    assert data.section("b").level == 2 and [s.id for s in data.sections] == ["a"]


def test_move_adjusts_levels_and_refuses_moving_into_itself():
    data = document()
    op = se.move(data, "a3", None, 2)
    check_undo(document(), op)
    ops.apply(data, op)
    assert [s.id for s in data.sections] == ["a", "b", "a3"]
    assert (data.section("a3").level, data.section("a3x").level) == (1, 2)
    with pytest.raises(se.SectionEditError):
        se.move(data, "a3", "a3x", 0)
    data = document()
    ops.apply(data, se.move_by(data, "a1", +1))
    assert [s.id for s in data.section("a").children] == ["a2", "a1", "a3"]
    ops.apply(data, se.move_by(data, "a1", -1))
    assert [s.id for s in data.section("a").children] == ["a1", "a2", "a3"]
    with pytest.raises(se.SectionEditError):
        se.move_by(data, "a1", -1)


def test_merge_with_previous_keeps_text_and_subsections_in_order():
    data = document()
    op = se.merge_with_previous(data, "a3")
    check_undo(document(), op)
    ops.apply(data, op)
    assert tree(data) == [("a", ["a1", "a2", "a3x"]), "b"]
    assert data.section("a2").text == "Somalia text.\n\nUganda\n\nUganda text."
    assert data.section("a2").end_page == 3  # a3 had sub-sections: only its heading page joins
    data = document()
    ops.apply(data, se.merge_with_previous(data, "a1"))  # previous in reading order is the parent
    assert data.section("a").text == "Intro.\n\nKenya\n\nKenya text."
    with pytest.raises(se.SectionEditError):
        se.merge_with_previous(data, "a")


def test_split_at_paragraph_uses_short_paragraph_as_title():
    data = document()
    text = data.section("b").text
    position = text.index("Objectives") + 3
    assert se.paragraph_at(text, position) == 1
    assert se.paragraph_at(text, 0) == 0
    op = se.split(data, "b", 1)
    check_undo(document(), op)
    ops.apply(data, op)
    new = data.sections[-1]
    assert (new.title, new.level, new.text) == ("Objectives", 1, "The objectives are …\n\nMore.")
    assert data.section("b").text == "Asia text."
    data = document()
    long = "This paragraph is long. " * 8
    data.section("b").text = "Asia text.\n\n" + long.strip()
    ops.apply(data, se.split(data, "b", 1))
    assert (data.sections[-1].title, data.sections[-1].text) == ("New section", long.strip())
    with pytest.raises(se.SectionEditError):
        se.split(document(), "b", 0)


def test_split_moves_subsections_to_the_new_part():
    data = document()
    data.section("a3").text = "Uganda text.\n\nRefugee response\n\nDetails."
    ops.apply(data, se.split(data, "a3", 1))
    assert tree(data) == [("a", ["a1", "a2", "a3", ("a3.1", ["a3x"])]), "b"]


def test_rename_text_tags_delete():
    for make in (lambda d: se.rename(d, "a1", "  Kenya   (KEN) "), lambda d: se.set_text(d, "a1", "New."),
                 lambda d: se.set_tags(d, "a1", [Tag("country", "KEN", "Kenya")]), lambda d: se.delete(d, "a3")):
        fresh = document()
        check_undo(fresh, make(fresh))
    data = document()
    ops.apply(data, se.rename(data, "a1", "  Kenya   (KEN) "))
    assert data.section("a1").title == "Kenya (KEN)"
    ops.apply(data, se.set_tags(data, "a1", [Tag("country", "KEN", "Kenya"), Tag("country", "KEN", "Kenya")]))
    assert data.section("a1").tags == [Tag("country", "KEN", "Kenya")]
    ops.apply(data, se.delete(data, "a3"))
    assert "a3x" not in {s.id for s in data.all_sections()}
    with pytest.raises(se.SectionEditError):
        se.rename(data, "a1", "   ")
    with pytest.raises(se.SectionEditError):
        se.rename(data, "zz", "x")


# ------------------------------------------------------------------------ the document root (level 0)


def rooted() -> DocumentData:
    """An extracted document: one level-0 root (the document) over the headings."""
    data = document()
    root = Section("s0", "East Africa Appeal", 0, 1, 6, text="Front matter.\n\nForeword\n\nDear reader.",
                   children=data.sections)
    data.sections = [root]
    return data


def test_the_document_root_cannot_be_moved_demoted_or_deleted():
    data = rooted()
    for edit in (lambda: se.delete(data, "s0"), lambda: se.demote(data, "s0"), lambda: se.move_by(data, "s0", 1),
                 lambda: se.move(data, "s0", "a", 0)):
        with pytest.raises(se.SectionEditError, match="document itself"):
            edit()
    # nothing is promoted out of the document, nor moved beside it
    with pytest.raises(se.SectionEditError, match="top level"):
        se.promote(data, "a")
    with pytest.raises(se.SectionEditError, match="inside the document"):
        se.move(data, "b", None, 0)
    # moving inside it works as before
    op = se.move(data, "b", "s0", 0)
    check_undo(rooted(), op)
    ops.apply(data, op)
    assert tree(data) == [("s0", ["b", ("a", ["a1", "a2", ("a3", ["a3x"])])])]
    assert data.section("b").level == 1


def test_splitting_the_document_text_makes_its_first_section():
    data = rooted()
    op = se.split(data, "s0", 1)
    check_undo(rooted(), op)
    ops.apply(data, op)
    root = data.sections[0]
    assert root.text == "Front matter."
    first = root.children[0]
    assert (first.title, first.level, first.text) == ("Foreword", 1, "Dear reader.")
    assert [c.id for c in root.children[1:]] == ["a", "b"]
    empty = rooted()
    empty.sections[0].text = ""
    with pytest.raises(se.SectionEditError):
        se.split(empty, "s0", 0)


def test_a_first_section_merges_into_the_document_text():
    data = rooted()
    op = se.merge_with_previous(data, "a")
    check_undo(rooted(), op)
    ops.apply(data, op)
    assert tree(data) == [("s0", ["a1", "a2", ("a3", ["a3x"]), "b"])]
    assert data.sections[0].text.endswith("East Africa\n\nIntro.")


def test_merge_and_delete_take_the_sections_tables_along():
    from app.document.model import Table

    def with_tables():
        data = rooted()
        data.tables = [Table.from_rows([["x", "1"]], id=f"t-{sid}", page=2, bbox=(0, 0, 10, 10), section=sid)
                       for sid in ("a1", "a2", "a3x", "b")]
        return data

    data = with_tables()
    op = se.merge_with_previous(data, "a2")
    check_undo(with_tables(), op)
    ops.apply(data, op)
    assert data.table("t-a2").section == "a1" and data.table("t-a1").section == "a1"
    data = with_tables()
    op = se.delete(data, "a3")
    check_undo(with_tables(), op)
    ops.apply(data, op)
    assert data.table("t-a3x").section == "a" and data.table("t-b").section == "b"
    # a section without tables is deleted by one plain operation
    assert se.delete(with_tables(), "a1")["op"] == "batch" and se.delete(rooted(), "a1")["op"] == "delete_section"


# ------------------------------------------- splitting at a missed heading: pages and tables follow


def _missed_heading_pdf(path):
    """Page 1: a region heading, its text and the region's table; page 2: a country name set like body
    text (a heading the extraction cannot see), the country's text and the country's table."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()

    def table(rows):
        t = Table(rows)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        return t

    body = styles["BodyText"]
    story = [
        Paragraph("East and Horn of Africa", styles["Heading1"]),
        Paragraph("The region hosts many displaced people and the programme covers five countries.", body),
        table([["Country", "Total"], ["Kenya", "1,000"], ["Uganda", "2,000"]]),
        Paragraph("Regional coordination continues with the partners of the programme.", body),
        PageBreak(),
        Paragraph("More regional text on the second page before the country part begins here.", body),
        Spacer(1, 12),
        Paragraph("Somalia", body),
        Spacer(1, 12),
        Paragraph("Somalia faces recurrent drought and the response targets the most affected districts.", body),
        table([["District", "Total"], ["Bay", "3,000"], ["Gedo", "4,000"]]),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, title="Appeal", invariant=1).build(story)
    return path


def test_splitting_at_a_located_paragraph_moves_the_pages_and_tables_after_it(tmp_path):
    import pdfplumber

    from app.extract.pipeline import extract_document
    from app.extract.sections import page_features

    pdf = _missed_heading_pdf(tmp_path / "appeal.pdf")
    data = extract_document(pdf, workers=0)
    with pdfplumber.open(pdf) as doc:
        features = [page_features(page, k + 1) for k, page in enumerate(doc.pages)]
    region = next(s for s in data.all_sections() if s.title == "East and Horn of Africa")
    first_table, country_table = sorted(data.tables, key=lambda t: t.page)
    assert (first_table.section, country_table.section) == (region.id, region.id)
    paras = se.paragraphs(region.text)
    k = paras.index("Somalia")
    anchor = se.locate_paragraph(region, paras[k], features)
    assert anchor is not None and anchor[0] == 2 and anchor[1] < country_table.bbox[1]
    # the sentence starting with the same word is not taken for the one-line paragraph
    assert se.locate_paragraph(region, paras[k + 1], features)[1] > anchor[1]
    op = se.split(data, region.id, k, anchor=anchor)
    check_undo(copy.deepcopy(data), op)
    ops.apply(data, op)
    somalia = next(s for s in data.all_sections() if s.title == "Somalia")
    assert (somalia.page, somalia.end_page, somalia.top) == (2, 2, round(anchor[1], 2))
    assert data.section(region.id).end_page == 2  # the region's text still runs onto page 2
    assert data.table(country_table.id).section == somalia.id
    assert data.table(first_table.id).section == region.id
    # without features (text edited, nothing cached) the split still works and moves no table
    fresh = extract_document(pdf, workers=0)
    region = next(s for s in fresh.all_sections() if s.title == "East and Horn of Africa")
    assert se.locate_paragraph(region, "A paragraph the pages do not have at all", features) is None
    ops.apply(fresh, se.split(fresh, region.id, k))
    assert {t.section for t in fresh.tables} == {region.id}


def test_tables_in_the_next_column_come_after_the_paragraph():
    from app.document.model import Table

    anchor = (3, 400.0, 50.0, 280.0)  # a paragraph low in the left column of page 3
    right = Table.from_rows([["a"]], id="r", page=3, bbox=(310, 100, 540, 200))
    left_above = Table.from_rows([["a"]], id="l", page=3, bbox=(50, 100, 280, 200))
    left_below = Table.from_rows([["a"]], id="b", page=3, bbox=(50, 500, 280, 600))
    earlier = Table.from_rows([["a"]], id="e", page=2, bbox=(50, 700, 280, 750))
    assert [se._after(t, anchor) for t in (right, left_above, left_below, earlier)] == [True, False, True, False]


def spans(data):
    return {s.id: (s.page, s.end_page) for s in data.all_sections()}


def test_a_section_spans_the_pages_of_the_sub_sections_it_gains_or_loses():
    # end_page is the last page of a section with its sub-sections (docs/json-format.md)
    data = document()
    op = se.demote(data, "b")  # Asia (5-6) goes under East Africa (2-4)
    check_undo(document(), op)
    ops.apply(data, op)
    assert spans(data)["a"] == (2, 6)
    ops.apply(data, se.promote(data, "b"))
    assert spans(data) == spans(document())  # East Africa ends with Uganda's refugees again

    data = document()
    ops.apply(data, se.move(data, "a3", "b", 0))  # Uganda (3-4) with its refugees under Asia (5-6)
    assert spans(data)["a"] == (2, 3) and spans(data)["b"] == (5, 6)
    ops.apply(data, se.move(data, "b", "a", 3))  # and Asia under East Africa
    assert spans(data)["a"] == (2, 6)


def test_merging_into_a_section_of_the_previous_branch_widens_its_ancestors():
    data = document()
    op = se.merge_with_previous(data, "b")  # Asia's text (5-6) joins Refugees, the last of East Africa
    check_undo(document(), op)
    ops.apply(data, op)
    assert spans(data)["a3x"] == (4, 6) and spans(data)["a3"] == (3, 6) and spans(data)["a"] == (2, 6)


def test_deleting_the_last_sub_section_ends_its_section_with_its_own_pages():
    data = document()
    op = se.delete(data, "a3")  # Uganda (3-4) with its refugees
    check_undo(document(), op)
    ops.apply(data, op)
    assert spans(data)["a"] == (2, 3)
    # a section's own text may go on to the page its first sub-section starts on
    assert Section("u", "Uganda", 2, 3, 5, children=[Section("r", "Refugees", 3, 4, 5)]).own_end_page == 4
