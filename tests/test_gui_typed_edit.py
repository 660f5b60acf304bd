"""Typing into the table editor: each committed cell updates in place, without a model reset under the
open editor (which made Qt warn "commitData called with an editor that does not belong to this view")."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt (PySide6) is a runtime dependency; install the package")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView  # noqa: E402

from tests.test_main_window import _loaded_window, window  # noqa: E402,F401 - the fixture


def _type(qtbot, editor, row, col, text, key):
    index = editor.model.index(row, col)
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    qtbot.waitUntil(lambda: editor.view.state() == QAbstractItemView.State.EditingState, timeout=3000)
    widget = editor.view.indexWidget(index)
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, key)
    return widget


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
def test_typed_edits_commit_without_resetting_the_model(window, qtbot, tmp_path, qtlog, key):
    _loaded_window(window, qtbot, tmp_path)
    editor = window.table_editor
    resets = []
    editor.model.modelReset.connect(lambda: resets.append(1))
    _type(qtbot, editor, 1, 1, "701,000", key)
    qtbot.wait(50)
    _type(qtbot, editor, 1, 2, "301,000", key)
    qtbot.wait(50)
    table = window.bench.table("p1-t1")
    assert table.anchor(1, 1).text == "701,000" and table.anchor(1, 2).text == "301,000"
    assert editor.model.data(editor.model.index(1, 1)) == "701,000"
    assert editor.model.table is table  # the editor shows the project's table, not a stale copy
    window.bench.undo_stack.undo()
    assert editor.model.data(editor.model.index(1, 2)) == "300,000"
    assert not [r.message for r in qtlog.records if "does not belong to this view" in r.message]
    assert not resets


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
def test_typed_section_renames_commit_without_a_warning(window, qtbot, tmp_path, qtlog, key):
    _loaded_window(window, qtbot, tmp_path)
    panel = window.section_panel
    tree = panel.tree
    ids = [s.id for s in window.bench.data().all_sections()][:2]
    assert len(ids) == 2
    for sid, title in zip(ids, ("Funding needs", "Narrative text")):
        panel.select(sid)
        index = tree.currentIndex()
        tree.edit(index)
        qtbot.waitUntil(lambda: tree.state() == QAbstractItemView.State.EditingState, timeout=3000)
        widget = tree.indexWidget(index)
        widget.selectAll()
        qtbot.keyClicks(widget, title)
        qtbot.keyClick(widget, key)
        qtbot.wait(50)
        assert window.bench.section(sid).title == title
    assert not [r.message for r in qtlog.records if "does not belong to this view" in r.message]
