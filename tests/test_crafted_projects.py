"""Crafted project files (tests/data/crafted_projects, written by tests/data/make_crafted_projects.py):
each opens through the core, the command line's ``info`` and the GUI's open path with no internal
error. Damage inside rows is skipped and listed, the rest kept; unreadable files get a clear sentence."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.project.project import Project
from app.project.store import ProjectError
from tests.data.make_crafted_projects import CASES, OUT, SHA

FILES = sorted(OUT.glob("*.bbproj"))
#: Files that cannot be a project at all: a clear refusal is the right answer.
UNREADABLE = {"truncated", "not-sqlite", "empty", "foreign-application", "newer-format", "missing-journal-table"}


def test_the_set_is_complete():
    assert len(FILES) >= 25
    assert {p.stem for p in FILES} == set(CASES)


def _copy(path: Path, tmp_path: Path) -> Path:
    target = tmp_path / path.name
    shutil.copyfile(path, target)
    return target


def _exercise(project: Project) -> None:
    """What the views and exports read of every document."""
    from app.packs.pack import PackDefinition, build_pack

    for data in project.documents.values():
        for table in data.tables:
            table.grid()
        sum(1 for _ in data.all_sections())
    project.store.packs()
    build_pack(list(project.documents.values()), PackDefinition())


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_core_opens_or_refuses_clearly(path, tmp_path):
    path = _copy(path, tmp_path)
    if path.stem in UNREADABLE:
        with pytest.raises(ProjectError) as info:
            Project.open(path)
        assert str(info.value).endswith(".") and path.name in str(info.value)
        return
    project = Project.open(path)
    try:
        _exercise(project)
        if path.stem == "sound":
            assert project.damaged == []
        # every undamaged thing is kept: the sound document's second table and its correction
        if path.stem.startswith(("journal-", "pack-", "page-cache", "document-")):
            data = project.documents.get(SHA)
            assert data is not None and len(data.tables) == 2, path.stem
            assert data.table("p2-t1").cell_at(1, 1).text == "600"
        if path.stem.startswith(("extraction-billion", "extraction-negative", "extraction-cell", "extraction-huge")):
            assert [t.id for t in project.documents[SHA].tables] == ["p2-t1"]
            assert any("p1-t1" in d for d in project.damaged), project.damaged
        if path.stem.startswith(("journal-bad-json", "journal-array", "journal-integer", "journal-unknown-kind",
                                 "journal-op-not", "journal-replace-billion", "pack-bad", "pack-array",
                                 "document-info")):
            assert project.damaged, path.stem
    finally:
        project.close()


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_cli_info_never_says_internal_error(path, tmp_path, capsys):
    from briefing_builder.cli import main

    path = _copy(path, tmp_path)
    code = main(["info", str(path), "--json"])
    out, err = capsys.readouterr()
    assert "internal error" not in err and "Traceback" not in err
    if path.stem in UNREADABLE:
        assert code == 1 and err.startswith("briefing-builder: ")
    else:
        assert code == 0, err
        info = json.loads(out)
        if path.stem != "sound" and path.stem not in ("journal-other-document", "page-cache-bad-json",
                                                      "document-embedded-not-pdf", "pack-odd-filters",
                                                      "journal-unknown-op", "journal-bad-types",
                                                      "journal-batch-odd", "journal-set-table-odd",
                                                      "no-documents-rows", "meta-garbage"):
            assert info.get("damaged"), path.stem


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_gui_open_path_never_exits(path, tmp_path, qtbot, monkeypatch):
    pytest.importorskip("PySide6.QtWidgets", reason="Qt (PySide6) is a runtime dependency")
    from PySide6.QtWidgets import QMessageBox

    from widgets.main_window import MainWindow

    shown = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, _k=kind, **k: shown.append((_k, a[1:3])) or
                            QMessageBox.StandardButton.Ok)
    # the crafted projects' PDF is nowhere: "Locate it?" is answered No
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window = MainWindow()
    window.bench.workers = 0
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    path = _copy(path, tmp_path)
    opened = window.open_project(path)
    qtbot.wait(50)
    assert window.isVisible()
    assert not any("internal error" in str(a) for _, a in shown)
    if path.stem in UNREADABLE:
        assert not opened and shown
    else:
        assert opened and window.bench.project is not None
        for sha in list(window.bench.project.documents):
            window.bench.set_current_document(sha)
            qtbot.wait(10)
    window.close_project()
