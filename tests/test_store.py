"""The project file: durability, migrations, clear errors for bad files."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.document.model import DocumentData, SourceDocument, Table
from app.project.project import Project
from app.project.store import APPLICATION_ID, SCHEMA_V1, SCHEMA_VERSION, ProjectError, ProjectStore

ROOT = Path(__file__).resolve().parents[1]


def make_data(sha: str = "cd" * 32) -> DocumentData:
    doc = SourceDocument(path="/nowhere/appeal.pdf", sha256=sha, pages=2, title="Appeal")
    rows = [["Country", "Total"], ["Kenya", "1,000"], ["Somalia", "2,000"], ["Total", "3,000"]]
    table = Table.from_rows(rows, id="t1", page=1, bbox=(10, 20, 300, 200), header_rows=1, document=sha)
    return DocumentData(doc, [table])


def test_create_and_reopen(tmp_path):
    path = tmp_path / "p.bbproj"
    with ProjectStore.create(path) as store:
        data = make_data()
        store.add_document(data.document, b"%PDF-1.4 fake")
        store.put_extraction(data, "settings-a")
        seq = store.append_journal(data.document.sha256, {"op": "set_cell", "table": "t1", "row": 1, "col": 1,
                                                          "text": "1,500", "old": "1,000"})
        store.save_pack("Kenya pack", {"countries": ["KEN"]})
        store.put_page(data.document.sha256, 1, "settings-a", {"tables": []})
        assert seq == 1
    with ProjectStore.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert [d.sha256 for d in store.documents()] == [data.document.sha256]
        assert store.pdf_bytes(data.document.sha256) == b"%PDF-1.4 fake"
        again, settings = store.get_extraction(data.document.sha256)
        assert settings == "settings-a" and again.to_json() == data.to_json()
        assert [e.op["text"] for e in store.journal()] == ["1,500"]
        assert store.packs() == {"Kenya pack": {"countries": ["KEN"]}}
        assert store.cached_pages(data.document.sha256, "settings-a") == {1: {"tables": []}}
        assert store.cached_pages(data.document.sha256, "other") == {}


def test_project_applies_journal_on_open(tmp_path):
    path = tmp_path / "p.bbproj"
    project = Project.create(path)
    data = make_data()
    project.set_extraction(data, "s")
    sha = data.document.sha256
    project.apply(sha, {"op": "set_cell", "table": "t1", "row": 1, "col": 1, "text": "1,500", "old": "1,000"})
    project.apply(sha, {"op": "set_table", "table": "t1", "attrs": {"title": "Funding"}})
    project.apply(sha, {"op": "set_cell", "table": "t1", "row": 2, "col": 0, "text": "Somaliland"})
    project.undo()
    project.close()

    project = Project.open(path)
    table = project.data(sha).table("t1")
    assert table.anchor(1, 1).text == "1,500" and table.anchor(1, 1).value == 1500
    assert table.title == "Funding"
    assert table.anchor(2, 0).text == "Somalia"  # the undo was journaled too
    # undo history survives the restart: redo brings the undone edit back, undo goes further back
    assert [s.label for s in project.undo_stack] == ["Edit cell B2", "Change table title"]
    project.redo()
    assert table.anchor(2, 0).text == "Somaliland"
    project.undo()
    project.undo()
    assert table.title == ""
    project.close()
    project = Project.open(path)
    assert project.data(sha).table("t1").title == ""
    assert project.data(sha).table("t1").anchor(1, 1).text == "1,500"
    project.close()


def test_reextraction_replays_matching_corrections(tmp_path):
    project = Project.create(tmp_path / "p.bbproj")
    data = make_data()
    sha = data.document.sha256
    project.set_extraction(data, "s1")
    project.apply(sha, {"op": "set_cell", "table": "t1", "row": 1, "col": 1, "text": "1,500", "old": "1,000"})
    project.apply(sha, {"op": "set_cell", "table": "t1", "row": 2, "col": 1, "text": "2,500", "old": "2,000"})
    changed = make_data()
    changed.tables[0].anchor(2, 1).text = "2,200"  # this cell now extracts differently
    report = project.set_extraction(changed, "s2")
    table = project.data(sha).table("t1")
    assert table.anchor(1, 1).text == "1,500"
    assert table.anchor(2, 1).text == "2,200"
    assert report.applied == 1 and len(report.skipped) == 1


# ------------------------------------------------------------------------------------ bad files


def test_non_sqlite_file(tmp_path):
    path = tmp_path / "x.bbproj"
    path.write_text("hello, I am a text file\n")
    with pytest.raises(ProjectError, match="not a Briefing Builder project"):
        ProjectStore.open(path)


def test_empty_file(tmp_path):
    path = tmp_path / "x.bbproj"
    path.write_bytes(b"")
    with pytest.raises(ProjectError, match="empty"):
        ProjectStore.open(path)


def test_missing_file(tmp_path):
    with pytest.raises(ProjectError, match="no such"):
        ProjectStore.open(tmp_path / "nope.bbproj")


def test_truncated_project(tmp_path):
    path = tmp_path / "p.bbproj"
    with ProjectStore.create(path) as store:
        data = make_data()
        store.add_document(data.document, os.urandom(300_000))
        store.put_extraction(data, "s")
    blob = path.read_bytes()
    assert len(blob) > 100_000
    path.write_bytes(blob[: len(blob) // 3])
    with pytest.raises(ProjectError, match="damaged"):
        project = Project.open(path)
        project.close()


def test_foreign_sqlite_database(tmp_path):
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE customers (id INTEGER)")
    db.commit()
    db.close()
    with pytest.raises(ProjectError, match="not a Briefing Builder project"):
        ProjectStore.open(path)


def test_newer_schema_refused(tmp_path):
    path = tmp_path / "p.bbproj"
    ProjectStore.create(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.commit()
    db.close()
    with pytest.raises(ProjectError, match="newer"):
        ProjectStore.open(path)


def test_old_schema_file_opens_and_is_migrated(tmp_path):
    """A version-1 file (as the first release wrote it) opens; its data is kept; it is upgraded."""
    path = tmp_path / "v1.bbproj"
    data = make_data()
    db = sqlite3.connect(path)
    db.executescript(SCHEMA_V1)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    import json

    db.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    db.execute("INSERT INTO documents VALUES (?, 0, ?, ?, 0)",
               (data.document.sha256, data.document.path, json.dumps(data.document.to_json())))
    db.execute("INSERT INTO extractions VALUES (?, 's', ?, 0)", (data.document.sha256, json.dumps(data.to_json())))
    db.execute("INSERT INTO journal(sha256, op, created_at) VALUES (?, ?, 0)",
               (data.document.sha256, json.dumps({"op": "set_cell", "table": "t1", "row": 1, "col": 0,
                                                   "text": "Kenya (corrected)", "old": "Kenya"})))
    db.execute("INSERT INTO packs VALUES ('p', '{}', 0)")
    db.commit()
    db.close()

    project = Project.open(path)
    assert project.store.schema_version == SCHEMA_VERSION
    assert project.data(data.document.sha256).table("t1").anchor(1, 0).text == "Kenya (corrected)"
    assert project.store.packs() == {"p": {}}
    assert project.store.pdf_bytes(data.document.sha256) is None
    project.close()


# ---------------------------------------------------------------------------------- kill -9 test

WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from app.project.project import Project
    project = Project.open(sys.argv[1])
    sha = next(iter(project.documents))
    i = 0
    while True:
        i += 1
        project.apply(sha, {{"op": "set_cell", "table": "t1", "row": 1 + i % 3, "col": 1, "text": str(i)}})
        print(i, flush=True)   # printed only after the correction is committed
    """
)


@pytest.mark.slow
def test_kill_during_burst_of_corrections_loses_nothing(tmp_path):
    path = tmp_path / "p.bbproj"
    project = Project.create(path)
    project.set_extraction(make_data(), "s")
    project.close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(root=str(ROOT)))
    proc = subprocess.Popen([sys.executable, str(script), str(path)], stdout=subprocess.PIPE, text=True)
    acknowledged = 0
    try:
        for line in proc.stdout:
            acknowledged = int(line)
            if acknowledged >= 150:
                break
    finally:
        os.kill(proc.pid, signal.SIGKILL)  # in the middle of the burst: it keeps writing until killed
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert acknowledged >= 150

    project = Project.open(path)
    journal = project.store.journal()
    texts = [e.op["text"] for e in journal]
    # every acknowledged correction is there, in order (more may have committed before the kill)
    assert texts[:acknowledged] == [str(i) for i in range(1, acknowledged + 1)]
    last = len(texts)
    table = project.data(next(iter(project.documents))).table("t1")
    for i in range(max(1, last - 2), last + 1):
        assert table.anchor(1 + i % 3, 1).text == str(i)
    project.close()


HOLDER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from app.project.project import Project
    from app.project.store import ProjectStore
    project = Project.open(sys.argv[1])
    sha = next(iter(project.documents))
    # an extraction thread of this window opens and closes a helper connection
    ProjectStore.open(sys.argv[1], lock=False).close()
    print("ready", flush=True)
    sys.stdin.readline()  # the test's helper process has opened and closed the file meanwhile
    project.apply(sha, {{"op": "set_cell", "table": "t1", "row": 1, "col": 1, "text": "kept"}})
    print("applied", flush=True)
    sys.stdin.readline()
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX record locks: closing any descriptor of a file "
                                                    "drops every lock the process holds on it")
def test_helper_connections_leave_the_window_its_write_ahead_log(tmp_path):
    """A window whose process opened its project file a second time (a helper connection) must keep
    its locks: else a helper process closing its own connection (the assembly process writing the
    extraction) believes it is the last one, folds the write-ahead log into the file and deletes it,
    and the window's next corrections go into a deleted file that a crash takes with it."""
    path = tmp_path / "p.bbproj"
    project = Project.create(path)
    project.set_extraction(make_data(), "s")
    project.close()
    script = tmp_path / "holder.py"
    script.write_text(HOLDER.format(root=str(ROOT)))
    proc = subprocess.Popen([sys.executable, str(script), str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        ProjectStore.open(path, lock=False).close()  # the assembly process's connection
        assert Path(str(path) + "-wal").exists()
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "applied"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    project = Project.open(path)
    try:
        assert [e.op["text"] for e in project.store.journal()] == ["kept"]
    finally:
        project.close()
