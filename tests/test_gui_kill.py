"""Kill the real application mid-session (SIGKILL): reopening restores every acknowledged edit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt (PySide6) is a runtime dependency; install the package")

from app.project.project import Project  # noqa: E402
from tests.gui_support import baseline, check_acknowledged, make_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
KILL_AFTER = 9  # acknowledged edits (fewer than the distinct cells the driver edits)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_killed_gui_loses_no_acknowledged_edit(tmp_path, qtbot):
    pdf = make_pdf(tmp_path)
    project = Project.create(tmp_path / "killed.bbproj")
    doc = project.add_pdf(pdf)
    project.set_extraction(baseline(pdf), "test")
    project.close()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    code = "import sys; from tests.gui_support import kill_driver; kill_driver(sys.argv[1])"
    proc = subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "killed.bbproj")], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    acked = -1
    deadline = time.monotonic() + 120
    try:
        while acked < KILL_AFTER and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith("ACK "):
                acked = int(line.split()[1])
        os.kill(proc.pid, signal.SIGKILL)  # mid-session: the driver keeps editing until killed
    finally:
        proc.wait(30)
        stderr = proc.stderr.read()
    assert proc.returncode == -signal.SIGKILL, stderr
    assert acked == KILL_AFTER, f"the driver acknowledged only {acked + 1} edits:\n{stderr[-2000:]}"

    # a fresh process: the Qt-free project
    reopened = Project.open(tmp_path / "killed.bbproj")
    assert check_acknowledged(reopened.data(doc.sha256), acked) == []
    assert len(reopened.undo_stack) >= acked + 1
    reopened.close()

    # and a fresh window: the same state, undoable
    from widgets.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(tmp_path / "killed.bbproj")
    assert check_acknowledged(window.bench.data(), acked) == []
    assert window.bench.undo_stack.count() >= acked + 1 and window.bench.in_step()
    window.bench.select_table("p1-t1")
    r, c = (1, 1)
    assert window.table_editor.model.data(window.table_editor.model.index(r, c)) == "e2"
    window.close()
