"""An orderly quit: closing the window or quitting the application with an extraction or an export
running cancels them and waits for them (never "QThread: Destroyed while thread is still running",
which aborts the process); SIGTERM, SIGINT and SIGHUP close the windows as Quit does: what is typed is saved,
the project is closed with its journal complete and its lock released."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt (PySide6) is a runtime dependency; install the package")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from app.project import ops  # noqa: E402
from app.project.project import Project  # noqa: E402
from tests.data import load_document  # noqa: E402
from tests.gui_support import QUIT_TYPED, baseline, make_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "migration-initiatives-2017-sample.pdf"


class SlowExporter:
    """Reports progress for ~10 s; writes its file only at the end."""

    name = "slow"
    label = "Slow test exporter"
    extension = ".txt"
    options: list = []

    def __init__(self) -> None:
        self.started = threading.Event()

    def export(self, pack, destination, options=None, progress=None):
        self.started.set()
        for i in range(200):
            progress(i, 200, "working")
            time.sleep(0.05)
        Path(destination).write_text("done")


def test_closing_the_window_cancels_and_waits_for_a_running_export(qtbot, tmp_path, monkeypatch):
    from widgets.main_window import MainWindow
    from widgets.threads import running

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    path = tmp_path / "p.bbproj"
    project = Project.create(path)
    project.set_extraction(load_document("appeal"), "test")
    project.close()
    window = MainWindow()
    window.bench.workers = 0
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(path)
    window.compose_pack()
    qtbot.waitUntil(lambda: window.pack_composer is not None, timeout=5000)
    composer = window.pack_composer
    exporter = SlowExporter()
    composer.registry.exporters["slow"] = exporter
    target = tmp_path / "pack.txt"
    task = composer.export_to(target, "slow")
    assert exporter.started.wait(10)
    window.close()
    assert not task.isRunning() and task.cancelled  # cancelled and waited for, not left running
    assert task not in running()
    assert not target.exists()


def _project_with_a_correction(tmp_path: Path) -> tuple[Path, str, str]:
    """A project holding the small test PDF (extracted, one correction) and the 76-page sample (not
    extracted yet); returns its path, the sample's sha256 and the corrected cell's old text."""
    pdf = make_pdf(tmp_path)
    path = tmp_path / "quit.bbproj"
    project = Project.create(path)
    small = project.add_pdf(pdf)
    project.set_extraction(baseline(pdf), "test")
    old = project.documents[small.sha256].table("p1-t1").anchor(1, 1).text
    project.apply(small.sha256, ops.set_cell("p1-t1", 1, 1, "corrected", old))
    big = project.add_pdf(SAMPLE)
    project.close()
    return path, big.sha256, small.sha256


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32", reason="POSIX signals")
@pytest.mark.skipif(not SAMPLE.is_file(), reason="the 76-page sample is not in resources/samples")
@pytest.mark.parametrize("name", ["SIGTERM", "SIGINT", "SIGHUP"])
def test_a_signal_mid_extraction_closes_the_window_cleanly(tmp_path, name):
    signum = getattr(signal, name)
    path, big, small = _project_with_a_correction(tmp_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    code = "import sys; from tests.gui_support import quit_driver; quit_driver(sys.argv[1], sys.argv[2])"
    proc = subprocess.Popen([sys.executable, "-c", code, str(path), big], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        line = proc.stdout.readline()  # blocks until the extraction reads pages (or the driver ends)
        assert line.strip() == "EXTRACTING", (line, proc.stderr.read() if proc.poll() is not None else "")
        # to the whole process group, helper processes included, as Ctrl+C in a terminal or the end of
        # a session sends it
        os.killpg(proc.pid, signum)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # its helper processes with it
            proc.wait()
    assert proc.returncode == 0, err
    assert "Destroyed while thread" not in err and "Traceback" not in err, err
    project = Project.open(path)  # writable: the lock was released
    try:
        assert not project.read_only
        table = project.documents[small].table("p1-t1")
        assert table.anchor(1, 1).text == "corrected"  # the journal holds the earlier correction ...
        assert table.anchor(2, 1).text == QUIT_TYPED  # ... and the value being typed at the signal
        assert project.store.journal_count() == 2
    finally:
        project.close()


EXIT_MID_EXPORT = '''
import sys, time
from PySide6.QtWidgets import QApplication
from widgets.pack_tasks import TaskRunner

def slow(progress):
    for i in range(200):
        progress(i, 200, "")
        time.sleep(0.05)

app = QApplication([])
runner = TaskRunner()
runner.start(slow, lambda result: None, lambda message: None)
time.sleep(0.2)
sys.exit(0)  # the interpreter ends with the export running and nobody waiting for it
'''


def test_the_interpreter_ending_mid_export_waits_for_it(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", EXIT_MID_EXPORT], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert "Destroyed while thread" not in done.stderr, done.stderr  # was: that, then abort (134)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(not SAMPLE.is_file(), reason="the 76-page sample is not in resources/samples")
def test_a_running_extraction_is_registered_and_stopped_before_the_end(qtbot, tmp_path):
    from widgets.threads import running, stop_all
    from widgets.workbench import Workbench

    from PySide6.QtWidgets import QWidget

    holder = QWidget()  # the workbench lives in a window, deleted by qtbot at the end
    qtbot.addWidget(holder)
    bench = Workbench(holder)
    bench.workers = 0  # in its thread: the pages take long enough to be stopped midway
    project = Project.create(tmp_path / "x.bbproj")
    doc = project.add_pdf(SAMPLE)
    project.close()
    bench.open_project(tmp_path / "x.bbproj")
    pages = []
    bench.extractionProgress.connect(lambda sha, done, total, message: pages.append(done))
    assert bench.extract(doc.sha256)
    thread = bench._extraction
    qtbot.waitUntil(lambda: bool(pages) and pages[-1] >= 1, timeout=60000)
    assert thread in running()
    assert stop_all(60000)  # what the application runs when it is about to quit
    assert not thread.isRunning() and thread.cancelled
    assert thread not in running()
    bench.close_project()


DROP_AFTER_CANCEL = '''
import gc, sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from tests.gui_support import make_pdf
from widgets.workbench import Workbench

app = QApplication([])
folder = Path(sys.argv[1])
pdf = make_pdf(folder)
for round in range(2):
    bench = Workbench()  # no parent: Python owns it, as a window closed by the user owns its own
    bench.workers = 0
    bench.new_project(folder / f"w{round}.bbproj")
    bench.extract(bench.add_pdf(pdf))
    bench.cancel_extraction()
    bench.close_project()  # waits for the thread; its queued "finished" is not delivered yet
    del bench
    gc.collect()
    end = time.monotonic() + 1.5
    while time.monotonic() < end:  # the thread's queued signals and deferred deletes are delivered
        QCoreApplication.processEvents()
        time.sleep(0.01)
print("DONE", flush=True)
'''


def test_a_workbench_dropped_after_a_cancelled_extraction_leaves_nothing_behind(tmp_path):
    """The extraction thread and what it is connected to must not keep the workbench alive, nor be
    deleted twice when it goes (was: a segfault in the thread's deferred delete, exit -11)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-X", "faulthandler", "-c", DROP_AFTER_CANCEL, str(tmp_path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "DONE" in done.stdout
    assert "Destroyed while thread" not in done.stderr and "Traceback" not in done.stderr, done.stderr[-3000:]


DELETE_MID_EXTRACTION = '''
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget
from app.project.project import Project
from widgets.workbench import Workbench

app = QApplication([])
folder, sample = Path(sys.argv[1]), Path(sys.argv[2])
project = Project.create(folder / "x.bbproj")
doc = project.add_pdf(sample)
project.close()
holder = QWidget()  # a window, closed without its close event (deleted by its own parent, say)
bench = Workbench(holder)
bench.workers = 0
bench.open_project(folder / "x.bbproj")
pages = []
bench.extractionProgress.connect(lambda sha, done, total, message: pages.append(done))
bench.extract(doc.sha256)
end = time.monotonic() + 120
while not (pages and pages[-1] >= 1) and time.monotonic() < end:
    QCoreApplication.processEvents()
    time.sleep(0.005)
print("EXTRACTING" if pages else "NOT STARTED", flush=True)
del holder, bench  # the workbench goes with its parent, its extraction thread still running
end = time.monotonic() + 1.5
while time.monotonic() < end:
    QCoreApplication.processEvents()
    time.sleep(0.01)
print("DONE", flush=True)
'''


@pytest.mark.skipif(not SAMPLE.is_file(), reason="the 76-page sample is not in resources/samples")
def test_a_workbench_deleted_with_its_parent_mid_extraction_stops_its_thread_first(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-X", "faulthandler", "-c", DELETE_MID_EXTRACTION, str(tmp_path),
                           str(SAMPLE)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert "EXTRACTING" in done.stdout, (done.stdout, done.stderr[-3000:])
    # was: "QThread: Destroyed while thread is still running", then abort (exit -6)
    assert "Destroyed while thread" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0 and "DONE" in done.stdout, done.stderr[-3000:]
