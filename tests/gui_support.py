"""Helpers for the GUI tests (not collected): a workbench document with tables and sections."""

from __future__ import annotations

from pathlib import Path

from app.document.model import DocumentData, Section

WRAPPED_ROWS = [
    ["Country", "Objective 1", "Objective 2", "Total"],
    ["Kenya", "700,000", "300,000", "1,000,000"],
    ["Northern", "", "", ""],
    ["Africa", "100", "200", "300"],
    ["Somalia", "-", "2,500,000", "2,500,000"],
    ["Total", "700,100", "2,800,200", "3,500,000"],
]

SECTION_TEXT = ("The table below lists the funding requirements by country.\n\n"
                "Objec\ufffdves\n\n"
                "Each Objec\ufffdve is followed by partners.")


def make_pdf(tmp_path: Path, name: str = "appeal.pdf", rows=None) -> Path:
    from tests.helpers import make_simple_pdf

    return make_simple_pdf(tmp_path / name, rows=rows or WRAPPED_ROWS)


def baseline(pdf: Path) -> DocumentData:
    """The real extraction of ``pdf`` (inline, no worker processes) plus a known section tree."""
    from app.extract.pipeline import extract_document

    data = extract_document(pdf, workers=0)
    for table in data.tables:
        table.total_rows = []  # the tests mark the totals row themselves
    kenya = Section("s-kenya", "Kenya", 2, 1, 1, text="Kenya hosts refugees; the objectives are shared.", top=300.0)
    somalia = Section("s-somalia", "Somalia", 2, 2, 2, text="Somalia text.", top=200.0)
    funding = Section("s-funding", "Funding requirements", 1, 1, 1, text=SECTION_TEXT, top=72.0,
                      bbox=(56.0, 60.0, 300.0, 80.0), children=[kenya, somalia])
    narrative = Section("s-narrative", "Narrative", 1, 2, 2, text="Kenya and Somalia are covered.", top=72.0,
                        bbox=(56.0, 60.0, 200.0, 80.0))
    data.sections = [funding, narrative]
    return data


def state(project, sha: str) -> dict:
    """What must survive a restart: the document's JSON and the undo/redo history."""
    return {
        "data": project.documents[sha].to_json(),
        "undo": [s.label for s in project.undo_stack],
        "redo": [s.label for s in project.redo_stack],
    }


# --------------------------------------------------------------------------- the kill -9 driver

#: cells edited one after the other by the driver (all different, so each edit stays visible)
KILL_CELLS = [(r, c) for r in range(1, 5) for c in range(1, 4)]


def kill_driver(project_path: str) -> None:
    """Run the real window on a project and make edits through its widgets forever, printing
    "ACK k" after edit k was acknowledged by the GUI. The test kills this process with SIGKILL."""
    import sys

    from PySide6.QtCore import QTimer

    from widgets.app import create_app
    from widgets.main_window import MainWindow

    app = create_app()
    window = MainWindow()
    window.bench.workers = 0
    window.show()
    if not window.open_project(project_path):
        print("FAILED to open", flush=True)
        sys.exit(2)
    bench = window.bench
    bench.select_table("p1-t1")
    editor = window.table_editor
    counter = {"k": 0}

    def step() -> None:
        k = counter["k"]
        if k == 0:
            window.section_panel.select("s-kenya")
            ok = window.section_panel.rename("s-kenya", "Kenya 0")
        elif k == 1:
            bench.select_table("p1-t1")
            editor.select_cell(3, 0)
            ok = editor._rows_edit("merge_up")
        else:
            r, c = KILL_CELLS[(k - 2) % len(KILL_CELLS)]
            ok = editor.edit_cell(r, c, f"e{k}")
        if ok:
            sys.stdout.write(f"ACK {k}\n")
            sys.stdout.flush()
            counter["k"] = k + 1

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(20)
    app.exec()


def check_acknowledged(data, acked: int) -> list[str]:
    """What is missing from ``data`` among the edits 0..acked (empty list: everything is there)."""
    missing = []
    if acked >= 0 and data.section("s-kenya").title != "Kenya 0":
        missing.append("rename")
    table = data.table("p1-t1")
    if acked >= 1 and table.text_grid()[2][0] != "Northern Africa":
        missing.append("merge")
    for k in range(2, acked + 1):
        r, c = KILL_CELLS[(k - 2) % len(KILL_CELLS)]
        later = {f"e{j}" for j in range(k, acked + 2) if KILL_CELLS[(j - 2) % len(KILL_CELLS)] == (r, c)}
        if table.anchor(r, c).text not in later:
            missing.append(f"e{k}")
    return missing


# --------------------------------------------------------------------------- the quit-by-signal driver

QUIT_TYPED = "typed before quitting"


def quit_driver(project_path: str, extract_sha: str) -> None:
    """Run the real window on a project: type into a cell without committing it, start extracting
    document ``extract_sha`` and print "EXTRACTING" once its pages are being read. The test then sends
    SIGTERM or SIGINT."""
    import sys

    from PySide6.QtWidgets import QAbstractItemView

    from widgets.app import close_on_signals, create_app
    from widgets.main_window import MainWindow

    app = create_app()
    window = MainWindow()
    window.show()
    close_on_signals(app)
    if not window.open_project(project_path):
        print("FAILED to open", flush=True)
        sys.exit(2)
    bench, editor = window.bench, window.table_editor
    bench.select_table("p1-t1")
    index = editor.model.index(2, 1)
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    if editor.view.state() != QAbstractItemView.State.EditingState:
        print("FAILED to edit", flush=True)
        sys.exit(2)
    editor.view.indexWidget(index).setText(QUIT_TYPED)
    told = []

    def progress(sha: str, done: int, total: int, message: str) -> None:
        if sha == extract_sha and done >= 1 and not told:
            told.append(1)
            print("EXTRACTING", flush=True)

    bench.extractionProgress.connect(progress)
    bench.extract(extract_sha)
    sys.exit(app.exec())


def shown_main_window(qtbot, size=(1366, 768)):
    """A main window as a user meets it on a 1366x768 laptop, extracting in its own thread (no worker
    processes), shown and exposed; closed with the test."""
    from widgets.main_window import MainWindow

    window = MainWindow()
    window.bench.workers = 0
    qtbot.addWidget(window)
    if size:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def settled(qtbot, read, quiet_ms: int = 250, timeout: int = 10000):
    """``read()`` once it has given the same value for ``quiet_ms``: layouts that Qt finishes in
    later events (dock sizes set once the window has its size) are read when done, not after a fixed
    wait that a loaded machine outruns."""
    import time

    last, since = object(), time.monotonic()

    def check():
        nonlocal last, since
        now = read()
        if now != last:
            last, since = now, time.monotonic()
        assert time.monotonic() - since >= quiet_ms / 1000

    qtbot.waitUntil(check, timeout=timeout)
    return last
