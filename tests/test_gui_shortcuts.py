"""Every key does one thing where the focus is: a panel's own key wins over the window's while the focus is
in the panel (Ctrl+- deletes rows in the table editor and zooms the page out elsewhere; Ctrl+S saves the
pack in the Pack panel and the project elsewhere). Qt triggers neither of two shortcuts bound to one key."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt (PySide6) is a runtime dependency; install the package")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAction, QShortcut  # noqa: E402
from PySide6.QtWidgets import QMenu, QWidget  # noqa: E402

from tests.test_gui_tables import editor, grid  # noqa: E402,F401 (fixtures)
from tests.test_gui_workbench import loaded, make_pdf, messages, wait_extracted, window  # noqa: E402,F401

LOCAL = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)


def _focus(qtbot, widget) -> None:
    widget.window().show()
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_ctrl_minus_deletes_rows_in_the_table_editor_and_zooms_out_the_page_elsewhere(window, editor, qtbot):
    before = grid(window)
    editor.select_cell(2, 1)
    _focus(qtbot, editor.view)
    qtbot.keyClick(editor.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert grid(window) == before[:2] + before[3:]
    zoom_out = window.zoom_out_action  # gives the key up meanwhile; the Keyboard Shortcuts list still names it
    assert "Ctrl+-" not in [k.toString() for k in zoom_out.shortcuts()]
    assert "Ctrl+-" in [k.toString() for k in window.local_keys_first.keys(zoom_out)]
    window.undo_action.trigger()
    assert grid(window) == before
    # the same in the table editor floated beside the window (Qt gives a floating panel the window's keys)
    window.editor_dock.setFloating(True)
    editor.select_cell(2, 1)
    _focus(qtbot, editor.view)
    qtbot.keyClick(editor.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert grid(window) == before[:2] + before[3:]
    window.undo_action.trigger()
    window.editor_dock.setFloating(False)
    view = window.page_view
    zoom = view.zoom
    _focus(qtbot, window.section_panel.tree)
    qtbot.keyClick(window.section_panel.tree, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom < zoom and grid(window) == before


def test_ctrl_s_in_the_pack_panel_saves_the_pack(window, qtbot, tmp_path):
    window.open_path(make_pdf(tmp_path))
    wait_extracted(qtbot, window)
    window.compose_pack_action.trigger()
    qtbot.waitUntil(lambda: window.pack_composer is not None, timeout=5000)
    composer = window.pack_composer
    save_pack = [s for s in composer.findChildren(QShortcut) if s.key().toString() == "Ctrl+S"]
    assert len(save_pack) == 1
    pack_saves, project_saves = [], []
    save_pack[0].activated.disconnect()
    save_pack[0].activated.connect(lambda: pack_saves.append(1))
    window.save_action.triggered.disconnect()
    window.save_action.triggered.connect(lambda: project_saves.append(1))
    _focus(qtbot, composer.title_edit)
    qtbot.keyClick(composer.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (pack_saves, project_saves) == ([1], [])
    _focus(qtbot, window.section_panel.tree)
    qtbot.keyClick(window.section_panel.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (pack_saves, project_saves) == ([1], [1])


def _bindings(widget, own: bool):
    """(action or shortcut, key) of the panel's own keys ``widget`` holds (menus show actions, they
    own none)."""
    if isinstance(widget, QMenu):
        return []
    out = [(a, a.shortcutContext(), k.toString()) for a in widget.actions() for k in a.shortcuts()]
    out += [(s, s.context(), s.key().toString()) for s in widget.findChildren(QShortcut) if s.parent() is widget]
    return [(o, k) for o, c, k in out if k and (c == Qt.ShortcutContext.WidgetWithChildrenShortcut
                                               or (own and c == Qt.ShortcutContext.WidgetShortcut))]


def test_no_key_is_bound_twice_wherever_the_focus_is(window, qtbot, tmp_path):
    window.open_path(make_pdf(tmp_path))
    wait_extracted(qtbot, window)
    window.compose_pack_action.trigger()
    qtbot.waitUntil(lambda: window.pack_composer is not None, timeout=5000)
    window.show()
    owners = [w for w in window.findChildren(QWidget) if _bindings(w, own=True)]
    assert window.table_editor in owners and window.pack_composer in owners
    keys_first = window.local_keys_first
    keys_first._search()  # what the event loop's next turn does after a focus change
    for owner in owners:
        keys_first._apply(owner)
        active = {(a, k.toString()) for a in window.findChildren(QAction) if a.shortcutContext() not in LOCAL
                  and isinstance(a.parent(), QWidget) and a.parent().window() is window for k in a.shortcuts()}
        widget, own = owner, True
        while widget is not None:
            active.update(_bindings(widget, own))
            widget, own = widget.parentWidget(), False
        twice = [k for k, n in Counter(k for _o, k in active).items() if n > 1]
        assert not twice, (type(owner).__name__, twice)


_ADD_BY_TYPING = r"""
import sys
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from widgets.main_window import MainWindow

app = QApplication(sys.argv)
window = MainWindow()
window.bench.workers = 0
window.resize(1366, 768)
window.show()


def answer():
    dialog = QApplication.activeModalWidget()
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    edit.setFocus()
    QTest.keyClicks(edit, sys.argv[1])  # the completer's popup opens under the typed path
    QTest.qWait(200)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def add():
    QTimer.singleShot(300, answer)
    window.projects.add_pdf_dialog()
    print("added", len(window.bench.project.documents) if window.bench.project else 0, flush=True)
    app.quit()


QTimer.singleShot(300, add)
app.exec()
"""


def test_adding_a_pdf_typed_into_the_file_dialog_does_not_abort_the_program(tmp_path):
    # Add PDF to Project, the path typed (its completer popping up) and Return: the dialog's actions,
    # half destroyed, were handed to Python by a focus-change handler searching the window's actions
    # and the program aborted ("std::bad_typeid"); run apart, so an abort fails this test only
    import os
    import subprocess
    import sys

    pdf = make_pdf(tmp_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    run = subprocess.run([sys.executable, "-c", _ADD_BY_TYPING, str(pdf)], capture_output=True, text=True,
                         env=env, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "added 1" in run.stdout
