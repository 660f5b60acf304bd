"""The section tree editor, find and replace, and the lost-character assistant, through the real widgets."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt (PySide6) is a runtime dependency; install the package")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402

from app.document.model import Tag  # noqa: E402
from tests.test_gui_workbench import loaded, messages, window  # noqa: E402,F401 (fixtures)


@pytest.fixture
def panel(window, qtbot, tmp_path):
    loaded(window, qtbot, tmp_path)
    return window.section_panel


def titles(window):
    def visit(s):
        return (s.title, [visit(c) for c in s.children]) if s.children else s.title
    return [visit(s) for s in window.bench.data().sections]


def test_tree_shows_the_forest_and_selection_goes_to_the_heading(window, panel):
    model = panel.model
    assert model.rowCount() == 2
    funding = model.index(0, 0)
    assert model.data(funding) == "Funding requirements" and model.rowCount(funding) == 2
    assert model.data(model.index(1, 1)) == "2"
    assert model.parent(model.index(0, 0, funding)) == funding
    panel.select("s-narrative")
    assert window.page_view.page_index == 1
    assert panel.text.toPlainText() == "Kenya and Somalia are covered."


def test_the_filter_ignores_case_and_accents_and_keeps_the_sections_above(window, panel):
    """"KÉNYA" finds "Kenya" with the section it sits in; a text no title holds shows nothing; cleared,
    the whole tree again."""
    proxy = panel.proxy

    def shown(parent=None):
        from PySide6.QtCore import QModelIndex

        parent = parent or QModelIndex()
        out = []
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            children = shown(index)
            out.append((index.data(), children) if children else index.data())
        return out

    panel.filter.setText("KÉNYA")
    assert shown() == [("Funding requirements", ["Kenya"])]
    panel.filter.setText("nothing of the sort")
    assert shown() == []
    panel.filter.setText("")
    assert shown() == [("Funding requirements", ["Kenya", "Somalia"]), "Narrative"]


def test_rename_in_place_and_move_by_drag_and_drop(window, panel):
    model = panel.model
    kenya = model.index_of("s-kenya")
    assert model.setData(kenya, "Kenya (KEN)")
    assert window.bench.data().section("s-kenya").title == "Kenya (KEN)"
    assert window.undo_action.text() == "&Undo Rename “Kenya” to “Kenya (KEN)”"
    # drag "Somalia" onto "Narrative"
    mime = model.mimeData([model.index_of("s-somalia")])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index_of("s-narrative"))
    from PySide6.QtTest import QTest

    QTest.qWait(20)  # the move runs once the view has finished with the drop
    assert titles(window) == [("Funding requirements", ["Kenya (KEN)"]), ("Narrative", ["Somalia"])]
    assert window.bench.data().section("s-somalia").level == 2
    # a section cannot be dropped into itself
    mime = model.mimeData([model.index_of("s-funding")])
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index_of("s-kenya"))
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert titles(window) == [("Funding requirements", ["Kenya", "Somalia"]), "Narrative"]


def test_promote_demote_merge_delete(window, panel):
    panel.select("s-somalia")
    panel.promote_action.trigger()
    assert titles(window) == [("Funding requirements", ["Kenya"]), "Somalia", "Narrative"]
    assert window.bench.data().section("s-somalia").level == 1
    assert panel.current_section().id == "s-somalia"  # the selection follows the section
    panel.demote_action.trigger()
    assert titles(window) == [("Funding requirements", ["Kenya", "Somalia"]), "Narrative"]
    panel.select("s-narrative")
    panel.merge_action.trigger()
    assert titles(window) == [("Funding requirements", ["Kenya", "Somalia"])]
    assert window.bench.data().section("s-somalia").text.endswith("Narrative\n\nKenya and Somalia are covered.")
    panel.select("s-kenya")
    panel.delete_action.trigger()
    assert titles(window) == [("Funding requirements", ["Somalia"])]
    for _ in range(4):
        window.undo_action.trigger()
    assert titles(window) == [("Funding requirements", ["Kenya", "Somalia"]), "Narrative"]


def test_text_edit_is_one_change_on_focus_out_and_split_at_paragraph(window, panel, qtbot):
    panel.select("s-funding")
    text = panel.text
    text.setFocus()
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    text.setTextCursor(cursor)
    qtbot.keyClicks(text, " More.")
    assert panel.has_pending_text
    window.tables_panel.view.setFocus()  # focus leaves the editor: the text is saved as one change
    qtbot.waitUntil(lambda: not panel.has_pending_text)
    section = window.bench.data().section("s-funding")
    assert section.text.endswith("partners. More.")
    assert window.bench.undo_stack.count() == 1 and window.undo_action.text() == "&Undo Edit the text of “Funding requirements”"
    # the cursor in the "Objec�ves" paragraph: split there
    panel.select("s-funding")
    position = section.text.index("Objec")
    cursor = panel.text.textCursor()
    cursor.setPosition(position + 2)
    panel.text.setTextCursor(cursor)
    panel.split_action.trigger()
    names = titles(window)
    assert names[0] == "Funding requirements" and names[1] == ("Objec\ufffdves", ["Kenya", "Somalia"])
    assert window.bench.data().section("s-funding").text == "The table below lists the funding requirements by country."


def test_text_is_saved_after_a_pause_in_typing(window, panel, qtbot, monkeypatch):
    panel._idle.setInterval(50)
    panel.select("s-kenya")
    panel.text.setFocus()
    qtbot.keyClicks(panel.text, "X")
    qtbot.waitUntil(lambda: not panel.has_pending_text, timeout=3000)
    assert window.bench.data().section("s-kenya").text.startswith("X")


def test_a_country_typed_by_the_user_is_named_as_extraction_names_it():
    """One country lookup (app.document.tags): the tag a user adds is the tag extraction gives (Kosovo, by
    name or code, is "Kosovo (UNSCR 1244)" everywhere)."""
    from app.packs.selection import find_country as selection_country
    from app.document.tags import find_country
    from widgets.section_tree import make_tag

    for text in ("Kosovo", "XKX", "Kosovo/UNSCR 1244", "Côte d'Ivoire", "Viet Nam"):
        assert make_tag("country", text) == find_country(text) == selection_country(text), text
    assert make_tag("country", "xkx").name == "Kosovo (UNSCR 1244)"


def test_tags(window, panel):
    from widgets.section_tree import TagDialog, make_tag

    panel.select("s-kenya")
    assert make_tag("country", "ken") == Tag("country", "KEN", "Kenya")
    with pytest.raises(ValueError):
        make_tag("country", "Atlantis")
    dialog = TagDialog([], panel)
    dialog.kind.setCurrentText("country")
    dialog.name.setText("Kenya")
    assert dialog.add_current()
    dialog.kind.setCurrentText("theme")
    dialog.name.setText("Migration governance")
    assert dialog.add_current()
    assert panel.set_tags(dialog.tags())
    tags = window.bench.data().section("s-kenya").tags
    assert tags == [Tag("country", "KEN", "Kenya"), Tag("theme", "migration-governance", "Migration governance")]
    assert "Kenya" in panel.tags_label.text()


def test_find_and_replace_all_is_one_undo_step(window, panel):
    window.find_action.trigger()
    dialog = window.find_dialog
    assert dialog.isVisible()
    dialog.find_edit.setText("sómalia")  # accents need not match, unless asked
    assert not dialog.accents.isChecked() and dialog.find_all() == 4
    dialog.accents.setChecked(True)
    assert dialog.find_all() == 0
    dialog.accents.setChecked(False)
    dialog.find_edit.setText("somalia")
    assert dialog.find_all() == 4  # a cell, a title, two texts
    # a place in a section is named by the section's title, not its id
    places = [dialog.results.topLevelItem(i).text(0) for i in range(4)]
    assert "Section “Somalia” title" in places and not any("s-somalia" in p for p in places), places
    # and a table by its title ("Table p1-t1" told a user nothing)
    from app.project import ops

    assert window.bench.apply(ops.set_table("p1-t1", {"title": "Funding by country"}, {"title": ""}))
    dialog.find_all()
    places = [dialog.results.topLevelItem(i).text(0) for i in range(4)]
    assert "Table “Funding by country”, cell A5" in places, places
    window.undo_action.trigger()
    dialog.replace_edit.setText("Somaliland")
    dialog.cells.setChecked(False)
    assert dialog.find_all() == 3
    assert dialog.replace_all() == 3
    data = window.bench.data()
    assert data.section("s-somalia").title == "Somaliland"
    assert data.table("p1-t1").text_grid()[4][0] == "Somalia"  # cells were left out
    assert window.bench.undo_stack.count() == 1
    window.undo_action.trigger()
    assert window.bench.data().section("s-somalia").title == "Somalia"
    # double-click on a result goes there
    dialog.cells.setChecked(True)
    dialog.find_all()
    dialog._activated(dialog.results.topLevelItem(0))
    assert window.table_editor.table.id == "p1-t1" and window.table_editor.current_cell() == (4, 0)


def test_repair_assistant_bulk_acceptance(window, panel):
    window.repair_action.trigger()
    dialog = window.repair_dialog
    groups = {(item.text(0), item.text(1)) for item in
              (dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount()))}
    assert ("Objec\ufffdve", "Objective") in groups and ("Objec\ufffdves", "Objectives") in groups
    assert dialog.apply_checked()
    text = window.bench.data().section("s-funding").text
    assert "Objectives" in text and "Each Objective is" in text and "\ufffd" not in text
    assert window.bench.undo_stack.count() == 1
    assert window.undo_action.text().startswith("&Undo Repair lost characters")
    assert dialog.tree.topLevelItemCount() == 0  # nothing left to repair
    window.undo_action.trigger()
    assert "Objec\ufffdve" in window.bench.data().section("s-funding").text


def test_splitting_at_a_missed_heading_takes_the_tables_printed_after_it(window, qtbot, tmp_path):
    """The real background extraction (its page cache in the project) tells where the paragraph is."""
    from app.project import section_edit as se
    from tests.test_gui_workbench import wait_extracted
    from tests.test_section_edit import _missed_heading_pdf

    assert window.open_path(_missed_heading_pdf(tmp_path / "appeal.pdf"))
    wait_extracted(qtbot, window)
    bench, panel = window.bench, window.section_panel
    region = next(s for s in bench.data().all_sections() if s.title == "East and Horn of Africa")
    country_table = max(bench.data().tables, key=lambda t: t.page)
    assert country_table.section == region.id
    panel.select(region.id)
    cursor = panel.text.textCursor()
    cursor.setPosition(region.text.index("\n\nSomalia\n\n") + 4)
    panel.text.setTextCursor(cursor)
    panel.split_action.trigger()
    data = bench.data()
    somalia = next(s for s in data.all_sections() if s.title == "Somalia")
    assert (somalia.page, somalia.end_page) == (2, 2) and somalia.top is not None
    assert data.table(country_table.id).section == somalia.id
    assert all(t.section == region.id for t in data.tables if t.id != country_table.id)
    assert se.paragraphs(data.section(region.id).text)[-1].startswith("More regional text")
    window.undo_action.trigger()
    assert bench.data().table(country_table.id).section == region.id


def test_uncertain_headings_are_marked(qtbot):
    """A heading the extractor is unsure of carries an amber mark and says so in its tooltip; a sure
    one, a bookmark (no confidence) and the root carry none."""
    from app.document.model import DocumentData, Section, SourceDocument
    from widgets.section_tree import SectionTreeModel

    root = Section("s0", "Brief", 0, 1, 3, children=[
        Section("s1", "Water Access", 1, 1, 2, confidence=0.95),
        Section("s2", "a) Quiet label", 2, 2, 2, confidence=0.4),
        Section("s3", "From a bookmark", 1, 3, 3),
    ])
    data = DocumentData(document=SourceDocument(path="brief.pdf", sha256="0" * 64, pages=3), sections=[root])
    model = SectionTreeModel()
    model.set_data(data)
    top = model.index(0, 0)
    marks = {}
    for row in range(model.rowCount(top)):
        idx = model.index(row, 0, top)
        marks[model.data(idx)] = (model.data(idx, Qt.ItemDataRole.DecorationRole),
                                  model.data(idx, Qt.ItemDataRole.ToolTipRole))
    assert marks["a) Quiet label"][0] is not None and "Uncertain heading (40% sure)" in marks["a) Quiet label"][1]
    assert marks["Water Access"][0] is None and "Uncertain" not in marks["Water Access"][1]
    assert marks["From a bookmark"][0] is None
    assert model.data(top, Qt.ItemDataRole.DecorationRole) is None


def test_tags_are_named_in_the_interface_s_language(window, panel):
    """The tags line and the Tags dialog name countries as the pack filters do: in the interface's
    language ("Haití" in Spanish, not the English "Haiti")."""
    from widgets import i18n
    from widgets.section_tree import TagDialog

    panel.select("s-kenya")
    assert panel.set_tags([Tag("country", "HTI", "Haiti"), Tag("region", "west-and-central-africa",
                                                                 "West and Central Africa")])
    i18n.install("es")
    try:
        panel.select("s-narrative")
        panel.select("s-kenya")
        assert "Haití" in panel.tags_label.text() and "África Occidental y Central" in panel.tags_label.text()
        dialog = TagDialog(window.bench.data().section("s-kenya").tags, panel)
        assert "Haití (HTI)" in dialog.list.item(0).text()
        # the completer offers names in the interface's language, for the kind of tag chosen
        offered = dialog.completer.names()
        assert "Alemania" in offered and "Germany" not in offered
        # whatever the accents typed, the name as it is spelt
        dialog.completer.setCompletionPrefix("cote")
        assert dialog.completer.currentCompletion() == "Côte d'Ivoire"
        dialog.completer.setCompletionPrefix("HAITÍ")
        assert dialog.completer.currentCompletion() == "Haití"
        dialog.kind.setCurrentIndex(dialog.kind.findData("region"))
        offered = dialog.completer.names()
        assert "África Occidental y Central" in offered and "Alemania" not in offered
        dialog.kind.setCurrentIndex(dialog.kind.findData("theme"))
        assert any(name.startswith("Objetivo 2") for name in dialog.completer.names())
        dialog.name.setText("Objetivo 2")
        assert dialog.add_current() and dialog.tags()[-1].code == "objective-2"
        # a region typed in Spanish is the known region (a pack filtered by it finds the section)
        dialog.kind.setCurrentIndex(dialog.kind.findData("region"))
        dialog.name.setText("África Austral")
        assert dialog.add_current() and dialog.tags()[-1].code == "southern-africa"
        dialog.name.setText("Sahel central")
        assert dialog.add_current() and dialog.tags()[-1].code == "sahel-central"  # a region of the user's own
    finally:
        i18n.install("en")
    panel.select("s-narrative")
    panel.select("s-kenya")
    assert "Haiti," in panel.tags_label.text()
