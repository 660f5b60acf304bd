"""Page jobs on the fallback thread report through a relay in the GUI thread (widgets/pool_relay.py):
a service deleted while its job runs must not make the pool thread emit on the deleted object."""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QThread

from widgets.area import PageTextService


def _slow_page_number(page, delay: float) -> int:
    time.sleep(delay)
    return page.page_number


def _fails(page) -> int:
    raise ValueError("no table here")


def _fallback_service() -> PageTextService:
    service = PageTextService()
    service.fallback_reason = "forced by the test"  # the jobs run on the service's pool thread
    return service


def test_fallback_results_arrive_in_the_gui_thread(qtbot, simple_pdf):
    service = _fallback_service()
    seen = []
    service.finished.connect(lambda request, result: seen.append(("ok", request, result, QThread.currentThread())))
    service.failed.connect(lambda request, message: seen.append(("failed", request, message, QThread.currentThread())))
    first = service.submit(simple_pdf, None, 2, _slow_page_number, 0.0)
    second = service.submit(simple_pdf, None, 1, _fails)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=20000)
    gui = QThread.currentThread()
    assert seen[0][:3] == ("ok", first, 2) and seen[0][3] is gui
    assert seen[1][:2] == ("failed", second) and "no table here" in seen[1][2] and seen[1][3] is gui
    assert not service.pending()
    service.close()


def test_service_deleted_while_its_fallback_job_runs(qtbot, simple_pdf, capfd):
    service = _fallback_service()
    service.submit(simple_pdf, None, 1, _slow_page_number, 0.5)
    deadline = time.monotonic() + 10
    while service._pool.activeThreadCount() == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    shiboken6.delete(service)  # the window closed mid-job: its pool waits for the job, which then reports
    qtbot.wait(50)
    err = capfd.readouterr().err
    assert "Error calling Python override" not in err and "Traceback" not in err, err
