"""The pack composer's edits go through one undo stack, with redo: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y in the
composer, Edit ▸ Undo/Redo of the main window naming the edit while the composer has the focus, one
step a gesture, and the edits and their history kept in the project across reopening."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from tests.gui_support import shown_main_window  # noqa: E402

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.project.project import Project  # noqa: E402
from tests.data import load_document  # noqa: E402
from widgets.pack_composer import PackComposer  # noqa: E402

CODE = Qt.ItemDataRole.UserRole + 1


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "p.bbproj"
    project = Project.create(path)
    project.set_extraction(load_document("appeal"), "test")
    project.set_extraction(load_document("crp"), "test")
    project.close()
    return path


@pytest.fixture
def project(path):
    project = Project.open(path)
    yield project
    project.close()


def make_composer(qtbot, project) -> PackComposer:
    widget = PackComposer(project)
    qtbot.addWidget(widget)
    widget.resize(700, 800)
    return widget


@pytest.fixture
def composer(qtbot, project):
    widget = make_composer(qtbot, project)
    yield widget
    widget.wait_for_tasks()


def item(widget, code):
    for i in range(widget.count()):
        if widget.item(i).data(CODE) == code:
            return widget.item(i)
    raise AssertionError(code)


def checked(widget) -> list[str]:
    return [widget.item(i).data(CODE) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def section_item(composer, key_end: str):
    tree = composer.section_tree
    todo = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while todo:
        node = todo.pop()
        if (node.data(0, Qt.ItemDataRole.UserRole) or "").endswith(key_end):
            return node
        todo.extend(node.child(i) for i in range(node.childCount()))
    raise AssertionError(key_end)


def labels(composer) -> list[str]:
    stack = composer.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def test_each_kind_of_edit_is_one_step_undone_and_redone(composer, qtbot):
    """Country, section, title (typed), language, option, format, outline move and removal: each one
    step with its name; undo shows the form and the pack as they were, redo as they became."""
    stack = composer.undo_stack
    start = composer.definition.to_json()
    steps = []

    def gesture(name, do, seen):
        before = composer.definition.to_json()
        do()
        composer.rebuild()
        steps.append((name, before, composer.definition.to_json(), seen))
        assert stack.count() == len(steps) and stack.index() == len(steps), name
        assert seen(), name

    gesture("country", lambda: item(composer.country_list, "SOM").setCheckState(Qt.CheckState.Checked),
            lambda: checked(composer.country_list) == ["SOM"] and composer.title_edit.text() == "Somalia: briefing pack")
    gesture("section", lambda: section_item(composer, ":s-som").setCheckState(0, Qt.CheckState.Checked),
            lambda: any(k.endswith(":s-som") for k in composer.definition.filters.sections))
    gesture("title", lambda: qtbot.keyClicks(composer.title_edit, " ECHO"),
            lambda: composer.title_edit.text() == "Somalia: briefing pack ECHO")
    gesture("language", lambda: composer.language_combo.setCurrentIndex(composer.language_combo.findData("fr")),
            lambda: composer.language_combo.currentData() == "fr")
    option = next(name for name, w in composer._option_widgets.items() if hasattr(w, "setChecked"))
    gesture("option", lambda: composer._option_widgets[option].setChecked(
        not composer._option_widgets[option].isChecked()),
        lambda: composer.definition.options.get("pdf", {}).get(option) is not None)
    gesture("move", lambda: (composer.outline.setCurrentRow(composer.outline_keys().index("sources")),
                             composer.move_selected(-1)),
            lambda: composer.outline_keys()[-2] == "sources")
    gesture("remove", lambda: composer.remove_blocks(["chart"]), lambda: "chart" not in composer.outline_keys())
    gesture("format", lambda: composer.exporter_combo.setCurrentIndex(composer.exporter_combo.findData("xlsx")),
            lambda: composer.current_exporter().name == "xlsx")
    assert labels(composer) == ["Choose countries", "Choose sections", "Change title", "Change pack language",
                                f"Change option “{option}”", "Move block", "Remove block", "Choose format"]

    for name, before, after, seen in reversed(steps):
        stack.undo()
        assert composer.definition.to_json() == before, name
    assert composer.definition.to_json() == start
    assert checked(composer.country_list) == [] and composer.exporter_combo.currentData() == "pdf"
    assert composer.title_edit.text() == start["metadata"]["title"] and "chart" in composer.outline_keys()
    for name, before, after, seen in steps:
        stack.redo()
        assert composer.definition.to_json() == after, name
        assert seen(), name
    assert stack.count() == len(steps)  # no entry added by showing the undone and redone values


def test_ctrl_z_ctrl_shift_z_and_ctrl_y_in_the_composer(composer, qtbot):
    composer.show()
    qtbot.waitExposed(composer)
    composer.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is composer, timeout=5000)
    item(composer.country_list, "SOM").setCheckState(Qt.CheckState.Checked)
    composer.country_list.setFocus()
    qtbot.keyClick(composer.country_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert composer.definition.filters.countries == [] and checked(composer.country_list) == []
    qtbot.keyClick(composer.country_list, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert composer.definition.filters.countries == ["SOM"] and checked(composer.country_list) == ["SOM"]
    qtbot.keyClick(composer.country_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(composer.country_list, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert composer.definition.filters.countries == ["SOM"]
    assert composer.undo_stack.count() == 1


def test_outline_undo_button_undoes_outline_changes_only(composer):
    composer.remove_blocks(["chart"])
    assert composer.outline_view.buttons["undo"].isEnabled()
    item(composer.country_list, "SOM").setCheckState(Qt.CheckState.Checked)
    assert not composer.outline_view.buttons["undo"].isEnabled()
    composer.undo_outline()  # the last change was no outline change: nothing happens
    assert composer.definition.filters.countries == ["SOM"] and "chart" in composer.definition.removed


def test_edits_and_history_are_kept_across_reopening(path, qtbot):
    project = Project.open(path)
    composer = make_composer(qtbot, project)
    item(composer.country_list, "SOM").setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(composer.audience_edit, "ECHO")
    composer.remove_blocks(["contents"])
    composer.undo_stack.undo()  # the removal waits on the redo stack
    composer.save_pack("Somalia")
    keys = composer.outline_keys()
    texts = labels(composer), composer.undo_stack.index()
    composer.wait_for_tasks()
    composer.close()
    project.close()

    project = Project.open(path)  # the window is gone: a new one, a new composer, the same pack
    try:
        again = make_composer(qtbot, project)
        assert checked(again.country_list) == ["SOM"] and again.audience_edit.text() == "ECHO"
        assert again.title_edit.text() == "Somalia: briefing pack" and again.outline_keys() == keys
        assert again.saved_combo.currentData() == "Somalia"
        assert (labels(again), again.undo_stack.index()) == texts == (
            ["Choose countries", "Change “Prepared for”", "Remove block"], 2)
        again.undo_stack.redo()
        assert "contents" not in again.outline_keys()
        again.undo_stack.undo()
        again.undo_stack.undo()
        again.undo_stack.undo()
        assert checked(again.country_list) == [] and again.audience_edit.text() == ""
        again.wait_for_tasks()
    finally:
        project.close()


def test_loading_a_saved_pack_is_undone(composer, project):
    item(composer.country_list, "SOM").setCheckState(Qt.CheckState.Checked)
    composer.save_pack("Somalia")
    item(composer.country_list, "SOM").setCheckState(Qt.CheckState.Unchecked)
    item(composer.country_list, "KEN").setCheckState(Qt.CheckState.Checked)
    composer.save_pack("Kenya")
    composer.load_pack("Somalia")
    assert checked(composer.country_list) == ["SOM"] and composer.saved_combo.currentData() == "Somalia"
    assert labels(composer)[-1] == "Load pack “Somalia”"
    composer.undo_stack.undo()
    assert checked(composer.country_list) == ["KEN"] and composer.saved_combo.currentData() == "Kenya"


# ------------------------------------------------------------------------------------ main window

@pytest.fixture
def window(qtbot, path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    # the project's documents come without their PDFs: do not look for them
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    w = shown_main_window(qtbot)
    assert w.open_project(path)
    yield w
    if w.pack_composer is not None:
        w.pack_composer.wait_for_tasks()


def test_main_window_undo_names_and_undoes_the_pack_edit_while_the_composer_has_focus(window, qtbot):
    window.compose_pack()
    qtbot.waitUntil(lambda: window.pack_composer is not None and window.pack_dock.isVisible(), timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    composer = window.pack_composer
    composer.country_list.setFocus()
    item(composer.country_list, "SOM").setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: window.undo_action.text() == "&Undo Choose countries", timeout=2000)
    assert window.undo_action.isEnabled()
    corrections = window.bench.undo_stack.count()
    qtbot.keyClick(composer.country_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert checked(composer.country_list) == [] and composer.definition.filters.countries == []
    assert window.redo_action.text() == "&Redo Choose countries"
    qtbot.keyClick(composer.country_list, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert composer.definition.filters.countries == ["SOM"]
    window.undo_action.trigger()  # Edit ▸ Undo
    assert composer.definition.filters.countries == []
    window.redo_action.trigger()
    assert composer.definition.filters.countries == ["SOM"]
    assert window.bench.undo_stack.count() == corrections  # the corrections were not touched
    # focus back on the workbench: Undo is the corrections' again
    window.tables_panel.setFocus()
    window.tables_panel.view.setFocus()
    qtbot.waitUntil(lambda: window.undo_group.activeStack() is window.bench.undo_stack, timeout=2000)
    assert not window.undo_action.text().endswith("Choose countries")
