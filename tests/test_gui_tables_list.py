"""The tables list while a document extracts: the first tables are shown at once, later ones at
least once per refresh interval however fast pages keep coming."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt (PySide6) is a runtime dependency; install the package")

from tests.test_gui_workbench import loaded, messages, window  # noqa: E402,F401 (fixtures)


def _page_op(bench, sha, table, page):
    data = bench.data(sha)
    data.tables.append(table)
    bench.dataChanged.emit(sha, {"op": "page", "page": page, "tables": [table.id]})


def test_the_first_table_of_a_running_extraction_is_listed_at_once(window, qtbot, tmp_path):
    sha = loaded(window, qtbot, tmp_path)
    bench, panel = window.bench, window.tables_panel
    data = bench.data(sha)
    tables = list(data.tables)
    data.tables.clear()
    panel.refresh()
    assert panel.model.rowCount() == 0
    _page_op(bench, sha, tables[0], tables[0].page)
    assert panel.model.rowCount() == 1  # no wait for a timer


def test_pages_coming_faster_than_the_interval_do_not_hold_the_list_back(window, qtbot, tmp_path):
    sha = loaded(window, qtbot, tmp_path)
    bench, panel = window.bench, window.tables_panel
    first = bench.data(sha).tables[0]
    assert panel.model.rowCount() == 1
    timer = panel._refresh_timer
    copies = []
    for k in range(3):
        copy = type(first).from_json({**first.to_json(), "id": f"p{k + 2}-t1", "page": k + 2})
        copies.append(copy)
    _page_op(bench, sha, copies[0], 2)
    assert timer.isActive()
    qtbot.wait(timer.interval() // 2)
    left = timer.remainingTime()
    _page_op(bench, sha, copies[1], 3)  # another page within the interval: the refresh stays due
    assert timer.remainingTime() <= left
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=timer.interval() + 500)
