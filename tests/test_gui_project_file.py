"""The window and the project file: a second window gets read-only or a copy; banners for read-only
and damaged projects."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt (PySide6) is a runtime dependency; install the package")

from tests.gui_support import shown_main_window  # noqa: E402

from PySide6.QtWidgets import QFileDialog  # noqa: E402

import widgets.main_window as main_window  # noqa: E402
from app.project.project import Project  # noqa: E402
from tests.data.make_crafted_projects import OUT  # noqa: E402
from tests.test_project_file import HOLDER, make_data  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHA = "cd" * 32


@pytest.fixture
def window(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    # the test projects' PDF is nowhere: "Locate it?" is answered No
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    w = shown_main_window(qtbot)
    return w


@pytest.fixture
def held(tmp_path):
    """A project another process has open for writing."""
    path = tmp_path / "shared.bbproj"
    project = Project.create(path)
    project.set_extraction(make_data(), "s")
    project.close()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(HOLDER), str(path), "3"], cwd=ROOT,
                              env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready"
    yield path
    holder.kill()
    holder.wait()


def test_second_window_opens_read_only_with_a_banner(window, held, monkeypatch, qtbot, tmp_path):
    asked = []
    monkeypatch.setattr(main_window, "ask_when_locked", lambda parent, p, owner: asked.append(owner) or "read-only")
    assert window.open_project(held)
    assert asked and asked[0].get("pid")
    project = window.bench.project
    assert project.read_only and project.store.journal_count() == 3
    banner = window.project_banner
    assert banner.isVisible() and "Read-only" in banner.label.text() and banner.copy_button.isVisible()
    assert window.saved_label.text().startswith("Read-only")  # the status bar never says "Saved" here
    window.grab().save(str(tmp_path / "read-only.png"))
    window.bench.set_current_document(SHA)
    assert not window.bench.apply({"op": "set_cell", "table": "t1", "row": 1, "col": 1, "text": "9"})
    assert "read-only" in window.last_error[1]
    assert project.data(SHA).table("t1").cell_at(1, 1).text == "1,000"
    # "Save a Copy…" continues in a writable copy; the banner goes
    target = tmp_path / "mine.bbproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    banner.copy_button.click()
    assert window.bench.project.path == target and not window.bench.project.read_only
    assert not banner.isVisible()
    assert window.bench.apply({"op": "set_cell", "table": "t1", "row": 1, "col": 1, "text": "9"}, SHA)
    assert window.bench.project.store.journal_count() == 4
    assert window.saved_label.text().startswith("✓ Saved")


def test_second_window_may_open_a_copy(window, held, monkeypatch, tmp_path):
    monkeypatch.setattr(main_window, "ask_when_locked", lambda *a: "copy")
    target = tmp_path / "copy.bbproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.open_project(held)
    assert window.bench.project.path == target and not window.bench.project.read_only
    assert not window.project_banner.isVisible()
    assert window.bench.apply({"op": "set_cell", "table": "t1", "row": 1, "col": 1, "text": "9"}, SHA)


def test_cancel_opens_nothing(window, held, monkeypatch):
    monkeypatch.setattr(main_window, "ask_when_locked", lambda *a: "cancel")
    assert not window.open_project(held)
    assert window.bench.project is None


def test_damaged_project_opens_with_a_banner(window, monkeypatch, tmp_path):
    import shutil

    path = tmp_path / "damaged.bbproj"
    shutil.copyfile(OUT / "extraction-billion-rows.bbproj", path)
    assert window.open_project(path)
    banner = window.project_banner
    assert banner.isVisible() and "1 damaged part" in banner.label.text()
    assert banner.details_button.isVisible() and not banner.copy_button.isVisible()
    window.close_project()
    assert not banner.isVisible()


def test_the_lock_question_names_who_holds_the_project(qtbot, monkeypatch, tmp_path):
    """"open by amina on FIELD-LAPTOP", or, with no one named, "in another Briefing Builder window"."""
    from PySide6.QtWidgets import QMessageBox

    from widgets import project_file

    texts = []

    def fake_exec(box):
        texts.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    project_file.ask_when_locked(None, tmp_path / "appeal.bbproj", {"user": "amina", "host": "FIELD-LAPTOP"})
    project_file.ask_when_locked(None, tmp_path / "appeal.bbproj", {})
    assert texts[0] == "appeal.bbproj is already open by amina on FIELD-LAPTOP."
    assert texts[1] == "appeal.bbproj is already open in another Briefing Builder window."
