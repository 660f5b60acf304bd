"""Project files and caches: verified private caches, one writer at a time, copies that are complete,
read-only media and full disks, damaged rows."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from app.project import cache
from app.document.model import DocumentData, SourceDocument, Table
from app.project.project import Project
from app.project.store import DiskFull, ProjectError, ProjectLocked, ProjectReadOnly, ProjectStore

ROOT = Path(__file__).resolve().parents[1]


def make_data(sha: str = "cd" * 32) -> DocumentData:
    doc = SourceDocument(path="/nowhere/appeal.pdf", sha256=sha, pages=2, title="Appeal")
    rows = [["Country", "Total"], ["Kenya", "1,000"], ["Somalia", "2,000"], ["Total", "3,000"]]
    table = Table.from_rows(rows, id="t1", page=1, bbox=(10, 20, 300, 200), header_rows=1, document=sha)
    return DocumentData(doc, [table])


def cell_op(text: str, old: str | None = None) -> dict:
    op = {"op": "set_cell", "table": "t1", "row": 1, "col": 1, "text": text}
    if old is not None:
        op["old"] = old
    return op


def new_project(path: Path, sha: str = "cd" * 32) -> Project:
    project = Project.create(path)
    project.set_extraction(make_data(sha), "s")
    return project


def run_py(code: str, *args: str, **kw) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


# ------------------------------------------------------------------------ 1. verified private cache


def test_embedded_pdf_is_unpacked_to_a_private_verified_cache(tmp_path, simple_pdf):
    project = Project.create(tmp_path / "p.bbproj")
    doc = project.add_pdf(simple_pdf, embed=True)
    project.documents[doc.sha256].document.path = str(tmp_path / "moved-away.pdf")
    planted = b"%PDF-1.4 another document entirely"
    # a file planted by name where the old code looked (a shared temporary folder) ...
    shared = Path(tempfile.gettempdir()) / "briefing-builder"
    shared.mkdir(exist_ok=True)
    (shared / f"{doc.sha256}.pdf").write_bytes(planted)
    # ... and one planted in the cache folder itself
    (cache.folder("pdf") / f"{doc.sha256}.pdf").write_bytes(planted)
    try:
        path = project.source_path(doc.sha256)
        assert path is not None
        assert hashlib.sha256(path.read_bytes()).hexdigest() == doc.sha256
        assert path.read_bytes() == simple_pdf.read_bytes()
        assert Path(tempfile.gettempdir()) not in path.parents or cache.root() in path.parents
        if os.name == "posix":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
            assert stat.S_IMODE(cache.root().stat().st_mode) == 0o700
        # a second call reuses the verified file
        assert project.source_path(doc.sha256) == path
    finally:
        (shared / f"{doc.sha256}.pdf").unlink(missing_ok=True)
        project.close()


def test_embedded_copy_that_is_not_the_document_is_never_used(tmp_path, simple_pdf):
    project = Project.create(tmp_path / "p.bbproj")
    doc = project.add_pdf(simple_pdf, embed=True)
    project.documents[doc.sha256].document.path = str(tmp_path / "gone.pdf")
    project.store.embed_pdf(doc.sha256, b"%PDF-1.4 not the same bytes")
    try:
        assert project.source_path(doc.sha256) is None
    finally:
        project.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_cache_folder_made_private_again(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "c"))
    (tmp_path / "c").mkdir(mode=0o777)
    os.chmod(tmp_path / "c", 0o777)
    cache.folder("pdf")
    assert stat.S_IMODE((tmp_path / "c").stat().st_mode) == 0o700


def test_cached_json_entry_is_verified(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "c"))
    key = cache.entry_key(doc="ab" * 32, settings="x")
    assert cache.put_json("extractions", key, {"tables": [1, 2]})
    assert cache.get_json("extractions", key) == {"tables": [1, 2]}
    path = cache.folder("extractions") / f"{key}.json"
    envelope = json.loads(path.read_text())
    envelope["payload"] = json.dumps({"tables": [666]})  # planted content, old digest
    path.write_text(json.dumps(envelope))
    assert cache.get_json("extractions", key) is None and not path.exists()
    other = cache.entry_key(doc="ef" * 32, settings="x")
    cache.put_json("extractions", other, {"tables": [3]})
    shutil.copy(cache.folder("extractions") / f"{other}.json", path)  # right digest, wrong name
    assert cache.get_json("extractions", key) is None


# ------------------------------------------------------------------------------- 2. one writer

HOLDER = """
import sys, time
from app.project.project import Project
project = Project.open(sys.argv[1])
sha = next(iter(project.documents))
n = int(sys.argv[2])
for i in range(n):
    project.apply(sha, {"op": "set_cell", "table": "t1", "row": 2, "col": 1, "text": f"{i},000"})
print("ready", flush=True)
time.sleep(60)
"""


def test_second_opener_is_refused_and_may_read_or_copy(tmp_path):
    path = tmp_path / "p.bbproj"
    new_project(path).close()
    holder = run_py(HOLDER, str(path), "40")
    try:
        assert holder.stdout.readline().strip() == "ready", holder.stderr.read()
        with pytest.raises(ProjectLocked) as info:
            Project.open(path)
        assert "already open" in str(info.value) and info.value.owner.get("pid") == holder.pid
        # read-only: every correction so far, nothing written
        reader = Project.open(path, read_only=True)
        assert reader.read_only and reader.store.journal_count() == 40
        sha = next(iter(reader.documents))
        assert reader.data(sha).tables[0].cell_at(2, 1).text == "39,000"
        with pytest.raises(ProjectReadOnly):
            reader.apply(sha, cell_op("5"))
        assert reader.data(sha).tables[0].cell_at(1, 1).text == "1,000"  # memory kept in step
        reader.close()
        # or a copy, which is writable
        copy = Project.open_copy(path, tmp_path / "copy.bbproj")
        copy.apply(sha, cell_op("7"))
        assert copy.store.journal_count() == 41
        copy.close()
        # the command line: info opens read-only rather than failing
        done = subprocess.run([sys.executable, "-m", "briefing_builder", "info", str(path), "--json"], cwd=ROOT,
                              capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["corrections"] == 40
    finally:
        holder.kill()
        holder.wait()
    # killed: the operating system released the lock
    again = Project.open(path)
    assert again.store.journal_count() == 40
    skipped = sum(len(r.skipped) for r in again.replay_reports.values())
    assert skipped == 0
    again.close()


WRITER = """
import sys, time
from app.project.project import Project
from app.project.store import ProjectLocked
try:
    project = Project.open(sys.argv[1])
except ProjectLocked:
    print("locked", flush=True)
    sys.exit(3)
sha = next(iter(project.documents))
print("writing", flush=True)
if len(sys.argv) > 4:  # hold the project until told: the other writer tries while this one writes
    sys.stdin.readline()
for i in range(int(sys.argv[2])):
    project.apply(sha, {"op": "set_cell", "table": "t1", "row": 2, "col": 1, "text": f"{sys.argv[3]}{i}"})
project.close()
print("done", flush=True)
"""


def test_two_writers_lose_and_skip_nothing(tmp_path):
    """Two processes try to edit the same file at once: exactly one writes, nothing is lost."""
    path = tmp_path / "p.bbproj"
    new_project(path).close()
    a = run_py(WRITER, str(path), "300", "a", "hold", stdin=subprocess.PIPE)
    assert a.stdout.readline().strip() == "writing"
    b = run_py(WRITER, str(path), "300", "b")
    out_b, err_b = b.communicate(timeout=60)
    # a was still writing when b tried (on a fast machine a could finish 300 edits before b started)
    out_a, err_a = a.communicate("go\n", timeout=60)
    assert a.returncode == 0 and "done" in out_a, err_a
    assert b.returncode == 3 and out_b.strip() == "locked", (out_b, err_b)
    project = Project.open(path)
    assert project.store.journal_count() == 300
    assert sum(len(r.skipped) for r in project.replay_reports.values()) == 0
    sha = next(iter(project.documents))
    assert project.data(sha).tables[0].cell_at(2, 1).text == "a299"
    project.close()


def test_same_process_helper_connection_does_not_conflict(tmp_path):
    path = tmp_path / "p.bbproj"
    project = new_project(path)
    with pytest.raises(ProjectLocked):  # a second writer in the same process is refused too
        Project.open(path)
    helper = ProjectStore.open(path, lock=False)
    helper.put_page("cd" * 32, 1, "s", {"tables": []})
    helper.close()
    project.apply("cd" * 32, cell_op("5"))  # still the writer
    project.close()
    assert not (tmp_path / ".p.bbproj.lock").exists()


# ------------------------------------------------------------------------ 3. copies are complete

COPY_WRITER = """
import sys, time
from app.project.project import Project
project = Project.open(sys.argv[1])
sha = next(iter(project.documents))
end = time.time() + float(sys.argv[2])
i = 0
while time.time() < end:
    burst = 1 + i % 7
    for _ in range(burst):
        project.apply(sha, {"op": "set_cell", "table": "t1", "row": 2, "col": 1, "text": str(i)})
        print(i, time.time(), flush=True)
        i += 1
    time.sleep(0.05 + (i % 5) * 0.1)
time.sleep(30)
"""


def test_copy_of_the_file_alone_holds_every_correction_older_than_two_seconds(tmp_path):
    path = tmp_path / "p.bbproj"
    new_project(path).close()
    writer = run_py(COPY_WRITER, str(path), "7")
    copies = []
    try:
        first = writer.stdout.readline()  # copying starts with the writing, however slow its start
        t0 = time.time()
        k = 0
        while time.time() - t0 < 8:
            time.sleep(0.37)
            target = tmp_path / f"copy{k}.bbproj"
            stamp = time.time()
            shutil.copyfile(path, target)  # the .bbproj only, as a user copies or mails it
            copies.append((stamp, target))
            k += 1
    finally:
        writer.kill()
        out, _ = writer.communicate()
    acks = [(int(a), float(b)) for a, b in (line.split() for line in (first + out).splitlines() if line.strip())]
    assert len(acks) > 20
    checked = 0
    for stamp, target in copies:
        expected = sum(1 for _, t in acks if t <= stamp - 2.0)
        db = sqlite3.connect(target)
        try:
            assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok", target
            have = db.execute("SELECT COUNT(*) FROM journal").fetchone()[0]
        finally:
            db.close()
        assert have >= expected, (target.name, have, expected)
        checked += expected > 0
    assert checked >= 10


def test_copy_to_is_consistent_and_self_contained(tmp_path):
    project = new_project(tmp_path / "p.bbproj")
    for i in range(20):
        project.apply("cd" * 32, cell_op(str(i)))
    project.store.copy_to(tmp_path / "sent.bbproj")
    assert not (tmp_path / "sent.bbproj-wal").exists()
    project.close()
    copy = Project.open(tmp_path / "sent.bbproj")
    assert copy.store.journal_count() == 20 and copy.data("cd" * 32).tables[0].cell_at(1, 1).text == "19"
    copy.close()


# ------------------------------------------------------------------ 4. read-only media, full disks


@contextlib.contextmanager
def tiny_fs(where: Path, size: str):
    """A small tmpfs mounted at ``where`` (needs root); skips otherwise."""
    where.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


@contextlib.contextmanager
def read_only_folder(folder: Path):
    """Make ``folder`` read-only: a read-only remount when root (permissions do not stop root),
    permission bits otherwise."""
    if os.name == "posix" and os.geteuid() == 0:
        done = subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot remount read-only: {done.stderr.strip()}")
        try:
            yield
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(folder)], capture_output=True)
    else:
        for p in folder.iterdir():
            os.chmod(p, 0o444)
        os.chmod(folder, 0o555)
        try:
            yield
        finally:
            os.chmod(folder, 0o755)


def _media(tmp_path: Path):
    if os.name == "posix" and os.geteuid() == 0:
        return tiny_fs(tmp_path / "media", "4m")
    (tmp_path / "media").mkdir()
    return contextlib.nullcontext(tmp_path / "media")


def test_project_on_read_only_media_opens_read_only(tmp_path):
    with _media(tmp_path) as media:
        path = media / "p.bbproj"
        project = new_project(path)
        project.apply("cd" * 32, cell_op("1,500"))
        project.close()
        with read_only_folder(media):
            again = Project.open(path)
            try:
                assert again.read_only and "read-only" in again.store.read_only_reason
                assert again.data("cd" * 32).tables[0].cell_at(1, 1).text == "1,500"
                with pytest.raises(ProjectReadOnly):
                    again.apply("cd" * 32, cell_op("9"))
                again.store.copy_to(tmp_path / "copy.bbproj")  # "Save As" elsewhere still works
            finally:
                again.close()
            done = subprocess.run([sys.executable, "-m", "briefing_builder", "info", str(path), "--json"], cwd=ROOT,
                                  capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
            assert done.returncode == 0 and "damaged" not in done.stderr, done.stderr
    assert Project.open(tmp_path / "copy.bbproj").store.journal_count() == 1


def test_full_disk_says_disk_full(tmp_path):
    with tiny_fs(tmp_path / "small", "256k") as small:
        project = new_project(small / "p.bbproj")
        sha = "cd" * 32
        big = "x" * 20_000
        with pytest.raises(DiskFull) as info:
            for i in range(200):
                project.apply(sha, {"op": "set_table", "table": "t1", "attrs": {"title": f"{i}{big}"}})
        assert "disk is full" in str(info.value)
        # memory stays in step with the file: the change that failed is not shown
        count = project.store.journal_count()
        project.close()
        reopened = Project.open(small / "p.bbproj", read_only=True)
        assert reopened.store.journal_count() == count
        reopened.close()


def test_full_disk_reported_when_sqlite_says_so(tmp_path):
    project = new_project(tmp_path / "p.bbproj")
    real = project.store._db

    class Full:
        def __getattr__(self, name):
            return getattr(real, name)

        def __enter__(self):
            return real.__enter__()

        def __exit__(self, *exc):
            return real.__exit__(*exc)

        def execute(self, sql, *args):
            if sql.startswith("INSERT INTO journal"):
                raise sqlite3.OperationalError("database or disk is full")
            return real.execute(sql, *args)

    project.store._db = Full()
    with pytest.raises(DiskFull, match="disk is full"):
        project.apply("cd" * 32, cell_op("5"))
    assert project.data("cd" * 32).tables[0].cell_at(1, 1).text == "1,000"
    project.store._db = real
    project.close()


def test_create_on_full_disk_says_disk_full(tmp_path):
    with tiny_fs(tmp_path / "small", "64k") as small:
        (small / "filler").write_bytes(b"\0" * (60 * 1024))
        with pytest.raises(DiskFull):
            Project.create(small / "p.bbproj")
