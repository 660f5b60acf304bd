"""Find and replace across sections and cells as one batch operation; the lost-character assistant."""

from __future__ import annotations

import copy

import pytest

from app.project import find_replace as fr
from app.project import ops
from app.document.model import DocumentData, Section, SourceDocument, Table


def document() -> DocumentData:
    doc = SourceDocument(path="a.pdf", sha256="fe" * 32, pages=3)
    t = Table.from_rows(
        [["Objec\ufffdve", "Kenya", "Somalia"], ["Migration governance", "1,000", "2,000"],
         ["Objective 2", "(cid:7)", "3"]],
        id="t1", page=1, header_rows=1,
    )
    s1 = Section("s1", "Objectives of the programme", 1, 1, 2,
                 text="The objective is migration governance.\n\nEach Objec\ufffdve has partners.")
    s2 = Section("s2", "Kenya", 2, 2, 2, text="Kenya hosts refugees. The ofﬁce in Nairobi leads.")
    s1.children.append(s2)
    return DocumentData(doc, [t], [s1])


def test_find_in_cells_titles_and_text_with_options():
    data = document()
    found = fr.find(data, fr.Query("objective"))
    kinds = [(m.location.kind, m.text) for m in found]
    assert kinds == [("cell", "Objective"), ("title", "Objective"), ("text", "objective")]
    assert all("bjective" in m.context for m in found)
    assert [m.location.kind for m in fr.find(data, fr.Query("Objective", case=True))] == ["cell", "title"]
    assert len(fr.find(data, fr.Query("kenya"))) == 3
    assert len(fr.find(data, fr.Query("kenya", cells=False))) == 2
    assert len(fr.find(data, fr.Query("kenya", texts=False, titles=False))) == 1
    assert len(fr.find(data, fr.Query("objective", whole_word=True))) == 2  # not "Objectives"
    assert [m.text for m in fr.find(data, fr.Query(r"\d,\d{3}", regex=True))] == ["1,000", "2,000"]
    with pytest.raises(fr.FindError):
        fr.find(data, fr.Query("(", regex=True))
    with pytest.raises(fr.FindError):
        fr.find(data, fr.Query(""))


def test_accents_need_not_be_typed_unless_asked():
    """"Haiti" finds "Haïti" and "Haití" (a field laptop's keyboard often has none), "Cote d'Ivoire"
    finds "Côte d’Ivoire"; the match is the document's own text at its own place, and a replacement
    keeps the text round it. "Match accents" and regular expressions match them as written."""
    doc = SourceDocument(path="b.pdf", sha256="fd" * 32, pages=1)
    t = Table.from_rows([["Pays", "USD"], ["Haïti", "5 220 000"], ["Côte d’Ivoire", "900 000"]],
                        id="t1", page=1, header_rows=1)
    s = Section("s1", "Haití y la región", 1, 1, 1, text="En Haití, la OIM apoya al Gobierno.")
    data = DocumentData(doc, [t], [s])
    found = fr.find(data, fr.Query("haiti"))
    assert [(m.location.kind, m.text) for m in found] == [("cell", "Haïti"), ("title", "Haití"), ("text", "Haití")]
    assert found[-1].context == "En Haití, la OIM apoya al Gobierno."
    assert [m.text for m in fr.find(data, fr.Query("Cote d'Ivoire", whole_word=True))] == ["Côte d’Ivoire"]
    assert fr.find(data, fr.Query("haiti", accents=True)) == []
    assert len(fr.find(data, fr.Query("Haïti", accents=True))) == 1
    assert fr.find(data, fr.Query("haiti", regex=True)) == []
    op = fr.replace(data, fr.Query("la oim"), "la Organización")
    ops.apply(data, op)
    assert data.section("s1").text == "En Haití, la Organización apoya al Gobierno."
    op = fr.replace(data, fr.Query("haiti"), "Haïti")
    ops.apply(data, op)
    assert data.section("s1").title == "Haïti y la región" and data.table("t1").anchor(1, 0).text == "Haïti"


def test_replace_all_is_one_undoable_batch():
    data = document()
    before = data.to_json()
    op = fr.replace(data, fr.Query("migration governance"), "Migration Governance")
    assert op["op"] == "batch" and len(op["ops"]) == 2
    assert "(2)" in ops.describe(op)
    inverse = ops.apply(data, copy.deepcopy(op))
    assert data.table("t1").anchor(1, 0).text == "Migration Governance"
    assert data.section("s1").text.startswith("The objective is Migration Governance.")
    ops.apply(data, inverse)
    assert data.to_json() == before


def test_replace_selected_matches_and_regex_groups():
    data = document()
    found = fr.find(data, fr.Query("kenya"))
    op = fr.replace(data, fr.Query("kenya"), "KENYA", matches=[found[-1]])
    ops.apply(data, op)
    assert data.section("s2").text.startswith("KENYA hosts")
    assert data.section("s2").title == "Kenya"
    op = fr.replace(data, fr.Query(r"(\d),(\d{3})", regex=True), r"\1\2")
    ops.apply(data, op)
    assert data.table("t1").anchor(1, 1).text == "1000" and data.table("t1").anchor(1, 1).value == 1000
    assert fr.replace(data, fr.Query("no such words"), "x") is None


def test_replace_is_refused_when_the_text_changed_meanwhile():
    data = document()
    op = fr.replace(data, fr.Query("Kenya"), "Kenia")
    ops.apply(data, {"op": "set_cell", "table": "t1", "row": 0, "col": 1, "text": "Kenya (KEN)"})
    with pytest.raises(ops.OpConflict):
        ops.apply(data, op)
    assert data.section("s2").title == "Kenya"  # the batch is all or nothing


def test_repair_assistant_proposes_and_applies_accepted_fixes():
    data = document()
    report = fr.propose_repairs(data)
    pairs = {(p.old, p.new) for p in report.proposals}
    assert ("Objec\ufffdve", "Objective") in pairs
    assert ("ofﬁce", "office") in pairs
    groups = report.groups()
    assert groups[0][0] == ("Objec\ufffdve", "Objective") and len(groups[0][1]) == 2
    assert report.unresolved == []  # a lone lost glyph ("(cid:7)") has nothing to repair from
    before = data.to_json()
    op = fr.repairs_op(data, groups[0][1])
    inverse = ops.apply(data, copy.deepcopy(op))
    assert data.table("t1").anchor(0, 0).text == "Objective"
    assert "Each Objective has" in data.section("s1").text
    assert "ofﬁce" in data.section("s2").text  # not accepted, not changed
    ops.apply(data, inverse)
    assert data.to_json() == before
    assert fr.repairs_op(data, []) is None


def test_vocabulary_spans_documents():
    other = DocumentData(SourceDocument(path="b.pdf", sha256="aa" * 32, pages=1),
                         sections=[Section("x", "Participation", 1, 1, 1)])
    data = DocumentData(SourceDocument(path="c.pdf", sha256="bb" * 32, pages=1),
                        sections=[Section("y", "Par\ufffdcipa\ufffdon", 1, 1, 1)])
    assert fr.propose_repairs(data).proposals == []
    vocab = fr.build_vocabulary([data, other])
    proposals = fr.propose_repairs(data, vocab).proposals
    assert [(p.old, p.new) for p in proposals] == [("Par\ufffdcipa\ufffdon", "Participation")]


def test_unresolved_words_are_listed_with_candidates_for_the_user():
    data = DocumentData(SourceDocument(path="d.pdf", sha256="dd" * 32, pages=1),
                        sections=[Section("a", "Notes", 1, 1, 1,
                                          text="The cat sat. The cut ran. The c\ufffdt left. Zq\ufffdxv here.")])
    report = fr.propose_repairs(data)
    groups = {old: cands for old, cands, _ in report.unresolved_groups()}
    assert set(groups) == {"c\ufffdt", "Zq\ufffdxv"}
    assert set(groups["c\ufffdt"]) == {"cat", "cut"}  # two words fit: the user chooses, nothing is guessed
    assert groups["Zq\ufffdxv"] == ()
    (old, cands, places), = [g for g in report.unresolved_groups() if g[0] == "c\ufffdt"]
    op = fr.repairs_op(data, fr.choose(places, "cat"))
    ops.apply(data, op)
    assert "The cat left." in data.section("a").text
