"""One writer per project, whatever path leads to it: a project opened by its own path in one window
and through a symbolic link (to the file or to its folder) in another is the same file, so the
second opener is refused the writing like any other second window."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.project.project import Project
from tests.test_project_file import cell_op, new_project

ROOT = Path(__file__).resolve().parents[1]

SECOND = """
    import sys
    from app.project.project import Project
    from app.project.store import ProjectLocked

    try:
        project = Project.open(sys.argv[1])
    except ProjectLocked as exc:
        print("refused:", exc)
    else:
        print("writing:", not project.read_only)
        project.apply(sys.argv[2], {"op": "set_cell", "table": "t1", "row": 1, "col": 1, "text": "second"})
        print("written")
        project.close()
"""


def _links(tmp_path: Path) -> tuple[Path, list[Path]]:
    real = tmp_path / "work" / "appeal.bbproj"
    real.parent.mkdir()
    (tmp_path / "desktop").mkdir()
    links = [tmp_path / "desktop" / "appeal shortcut.bbproj", tmp_path / "linked folder"]
    try:
        links[0].symlink_to(real)
        links[1].symlink_to(real.parent, target_is_directory=True)
    except (OSError, NotImplementedError) as exc:  # Windows without the right to make links
        pytest.skip(f"symbolic links cannot be made here: {exc}")
    return real, [links[0], links[1] / real.name]


def test_a_project_open_by_its_path_is_not_written_through_a_link(tmp_path):
    real, links = _links(tmp_path)
    sha = "cd" * 32
    project = new_project(real, sha)
    project.apply(sha, cell_op("first"))
    try:
        for path in links:
            done = subprocess.run([sys.executable, "-c", textwrap.dedent(SECOND), str(path), sha], cwd=ROOT,
                                  capture_output=True, text=True, timeout=60,
                                  env=dict(os.environ, PYTHONPATH=str(ROOT)))
            assert done.returncode == 0, done.stderr
            assert done.stdout.startswith("refused:") and "already open" in done.stdout, (path, done.stdout)
        assert project.data(sha).tables[0].cell_at(1, 1).text == "first"
    finally:
        project.close()
    again = Project.open(real, read_only=True)
    assert again.store.journal_count() == 1 and again.data(sha).tables[0].cell_at(1, 1).text == "first"
    again.close()
    assert not list(tmp_path.rglob(".*.lock"))  # released, and no lock file left beside a link


def test_the_same_process_meets_one_lock_through_a_link(tmp_path):
    from app.project.store import ProjectLocked

    real, links = _links(tmp_path)
    project = Project.create(links[0])  # created through the link: the lock is beside the file
    try:
        assert (real.parent / f".{real.name}.lock").exists()
        with pytest.raises(ProjectLocked):
            Project.open(real)
    finally:
        project.close()
