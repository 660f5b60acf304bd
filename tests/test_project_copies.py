"""A project folder copied while a window edits the project in it: the copy carries the write-ahead
log and the lock file along. The copied lock file holds no lock (the operating system's lock stays
with the original), so the copy opens for changes; it is whole (SQLite's integrity check), holds every
correction acknowledged two seconds before the copy began (the promise for a copy of the file alone,
docs/project-file.md: a log copied a moment after the file may belong to a later checkpoint), and
lives on its own: edits to one never reach the
other."""

from __future__ import annotations

import shutil
import sqlite3
import time

from app.project.project import Project
from tests.test_project_file import COPY_WRITER, cell_op, new_project, run_py


def test_a_folder_copied_while_the_project_is_edited_opens_whole_and_writable(tmp_path):
    folder = tmp_path / "field"
    folder.mkdir()
    path = folder / "p.bbproj"
    new_project(path).close()
    writer = run_py(COPY_WRITER, str(path), "6")
    copies = []
    try:
        assert writer.stdout.readline()  # the writer holds the project and has made its first edit
        t0 = time.time()
        k = 0
        while time.time() - t0 < 5:
            time.sleep(0.29)
            target = tmp_path / f"copy{k}"
            stamp = time.time()
            shutil.copytree(folder, target)  # the folder as the file manager copies it, log and lock included
            copies.append((stamp, target))
            k += 1
    finally:
        writer.kill()
        out, _ = writer.communicate()
    acks = [float(line.split()[1]) for line in out.splitlines() if line.strip()]
    checked = 0
    assert len(copies) >= 8 and any((target / ".p.bbproj.lock").exists() for _, target in copies)
    for stamp, target in copies:
        expected = sum(1 for t in acks if t <= stamp - 2.0)
        checked += expected > 0
        copy = Project.open(target / "p.bbproj")  # not refused: the copied lock file holds no lock
        try:
            assert not copy.read_only, copy.store.read_only_reason
            have = copy.store.journal_count()
            assert have >= expected, (target.name, have, expected)
            sha = next(iter(copy.documents))
            copy.apply(sha, cell_op("in the copy"))
        finally:
            copy.close()
        db = sqlite3.connect(target / "p.bbproj")
        try:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", target
        finally:
            db.close()
    assert checked >= 5
    original = Project.open(path, read_only=True)
    try:
        sha = next(iter(original.documents))
        assert original.data(sha).tables[0].cell_at(1, 1).text != "in the copy"
    finally:
        original.close()
