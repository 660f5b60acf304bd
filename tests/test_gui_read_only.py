"""A read-only project looks read-only: the banner, and the editors' editing actions disabled (also
after a new table or section is selected), cells and section text not editable, the pack composer
unable to save a pack; copying, composing and exporting still work. A writable project afterwards
edits as before."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from tests.gui_support import shown_main_window  # noqa: E402

from PySide6.QtWidgets import QAbstractItemView, QMessageBox  # noqa: E402

from app.project.project import Project  # noqa: E402
from tests.data import load_document  # noqa: E402


def make_project(path):
    project = Project.create(path)
    project.set_extraction(load_document("appeal"), "test")
    project.close()
    return path


@pytest.fixture
def window(qtbot, monkeypatch):
    # the project's document comes without its PDF: do not look for it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    w = shown_main_window(qtbot)
    yield w
    if w.pack_composer is not None:
        w.pack_composer.wait_for_tasks()


def editing(window) -> dict[str, bool]:
    editor, sections = window.table_editor, window.section_panel
    return {
        "merge cells": editor.merge_cells_action.isEnabled(),
        "delete rows": editor.delete_rows_action.isEnabled(),
        "paste": editor.paste_action.isEnabled(),
        "header rows": editor.header_spin.isEnabled(),
        "cells typed into": editor.view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers,
        "rename section": sections.rename_action.isEnabled(),
        "delete section": sections.delete_action.isEnabled(),
        "section text": not sections.text.isReadOnly(),
        "draw table": window.draw_action.isEnabled(),
        "re-extract": window.reextract_action.isEnabled(),
    }


def select(window, qtbot):
    window.bench.select_table("p6-t1")
    window.section_panel.select("s-som")
    qtbot.wait(50)


def test_a_read_only_project_greys_out_the_editors(window, qtbot, tmp_path):
    path = make_project(tmp_path / "ro.bbproj")
    window.bench.open_project(path, read_only=True)
    assert window.project_banner.isVisible()
    select(window, qtbot)
    assert window.table_editor.table is not None  # the table is shown ...
    assert not any(editing(window).values()), editing(window)  # ... but nothing can be edited
    assert window.table_editor.copy_action.isEnabled()  # copying still works
    window.bench.select_table("p8-t1")  # a new selection does not bring the actions back
    qtbot.wait(50)
    assert not any(editing(window).values()), editing(window)
    window.compose_pack()
    qtbot.waitUntil(lambda: window.pack_composer is not None, timeout=5000)
    composer = window.pack_composer
    assert not composer.save_button.isEnabled() and not composer.delete_button.isEnabled()
    assert composer.export_button.isEnabled()  # a pack can still be composed and exported

    other = make_project(tmp_path / "rw.bbproj")
    assert window.open_project(other)
    select(window, qtbot)
    assert all(editing(window).values()), editing(window)
    assert window.pack_composer is None or window.pack_composer.save_button.isEnabled()


def test_undo_and_redo_are_greyed_out_in_a_read_only_project(window, qtbot, tmp_path):
    from app.project import ops

    path = make_project(tmp_path / "history.bbproj")
    project = Project.open(path)
    sha = next(iter(project.documents))
    table = project.documents[sha].table("p6-t1")
    old = table.anchor(1, 1).text
    project.apply(sha, ops.set_cell("p6-t1", 1, 1, "typed", old))
    project.close()

    window.bench.open_project(path, read_only=True)
    select(window, qtbot)
    assert window.bench.undo_stack.count() == 1  # the history is shown ...
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()  # ... not undone
    assert not window.undo_view.isEnabled()
    window.table_editor.view.setFocus()  # focus back on the corrections' views does not bring Undo back
    qtbot.wait(20)
    assert not window.undo_action.isEnabled()
    window.undo()  # the shortcut's path: nothing happens, no error
    assert window.bench.data().table("p6-t1").anchor(1, 1).text == "typed"

    project = Project.open(path)
    project.close()  # the lock is free: the same file opened writable can be undone
    window.bench.close_project()
    window.bench.open_project(path)
    assert window.undo_action.isEnabled() and window.undo_view.isEnabled()
    window.undo_action.trigger()
    assert window.bench.data().table("p6-t1").anchor(1, 1).text == old
