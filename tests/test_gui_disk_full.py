"""The disk fills up while the user types corrections into the window: the edit that does not fit is
refused with a sentence saying so (the cell keeps its text, the undo history holds only what was
saved), the edits before it stay saved, and once space is freed editing goes on. Reopened, the
project holds every edit the window showed as made."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from app.project.project import Project  # noqa: E402
from tests.data import load_document  # noqa: E402
from tests.test_project_file import tiny_fs  # noqa: E402


@pytest.fixture
def window(qtbot, monkeypatch):
    from widgets.main_window import MainWindow

    # the project's document comes without its PDF: do not look for it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    w = MainWindow()
    w.bench.workers = 0
    w.shown_errors = shown
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w


def test_a_full_disk_refuses_the_edit_that_does_not_fit_and_keeps_the_others(window, qtbot, tmp_path):
    with tiny_fs(tmp_path / "stick", "1m") as stick:
        path = stick / "appeal.bbproj"
        project = Project.create(path)
        project.set_extraction(load_document("appeal"), "test")
        project.close()
        assert window.open_path(path)
        sha = window.bench.current
        window.bench.select_table("p6-t1")
        qtbot.wait(100)
        model = window.table_editor.model
        filler = stick / "filler"
        free = os.statvfs(stick).f_bavail * os.statvfs(stick).f_frsize
        filler.write_bytes(b"\0" * max(0, free - 64 * 1024))

        made: dict[tuple[int, int], str] = {}
        refused = None
        for i in range(200):
            cell = (1 + i % 5, 1 + i // 5 % 3)
            index = model.index(*cell)
            before = model.data(index)
            text = f"{i} " + "x" * 3000
            model.setData(index, text, Qt.ItemDataRole.EditRole)
            qtbot.wait(10)
            if window.shown_errors:
                refused = (cell, before)
                break
            assert model.data(index) == text
            made[cell] = text
        assert refused is not None and len(made) >= 1, "the disk never filled up"
        title, text = window.shown_errors[0]
        assert title == "The change could not be saved"
        assert "The disk is full" in text and "appeal.bbproj" in text and "Free some space" in text, text
        cell, before = refused
        assert model.data(model.index(*cell)) == before  # the refused edit is not shown as made
        saved = window.bench.undo_stack.count()
        assert saved == i  # the undo history holds the saved edits only

        filler.unlink()  # the user frees some space and goes on
        model.setData(model.index(*cell), "after", Qt.ItemDataRole.EditRole)
        qtbot.wait(10)
        assert len(window.shown_errors) == 1 and model.data(model.index(*cell)) == "after"
        made[cell] = "after"
        window.close()

        reopened = Project.open(path)
        try:
            assert reopened.store.journal_count() == saved + 1
            table = reopened.data(sha).table("p6-t1")
            assert {c: table.cell_at(*c).text for c in made} == made
        finally:
            reopened.close()
