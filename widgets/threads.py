"""The GUI's own threads (the extraction, exports and the pack preview), kept until they end and
stopped before the application does.

A :class:`QThread` still running when its object is destroyed ends the process ("QThread: Destroyed
while thread is still running", then abort): at the end of the application (Python's finalisation
collects the objects) or with a parent deleted under it. Every such thread is registered here with a
way to cancel it; :func:`stop_all` cancels them and waits. It runs when the application is about to
quit (:func:`widgets.app.create_app` connects it) and at interpreter exit; a window closing stops its
own first (``MainWindow.closeEvent``).
"""

from __future__ import annotations

import atexit
from typing import Callable

from PySide6.QtCore import QThread

#: running threads and how to cancel each (also what keeps an unparented thread alive)
_RUNNING: dict[QThread, Callable[[], None]] = {}


def register(thread: QThread, cancel: Callable[[], None]) -> None:
    """Keep ``thread`` (started or about to be) until it finishes; ``cancel()`` asks it to stop soon."""
    _RUNNING[thread] = cancel
    thread.finished.connect(lambda t=thread: _RUNNING.pop(t, None))


def running() -> list[QThread]:
    alive = []
    for thread in list(_RUNNING):
        try:
            if thread.isRunning():
                alive.append(thread)
        except RuntimeError:  # its C++ object is gone: it cannot be running
            _RUNNING.pop(thread, None)
    return alive


def stop_all(msecs: int = 30000) -> bool:
    """Cancel every registered thread and wait for them (at most ``msecs`` each); True when all ended."""
    threads = running()
    for thread in threads:
        try:
            _RUNNING.get(thread, lambda: None)()
        except RuntimeError:
            pass
    ended = True
    for thread in threads:
        try:
            ended = thread.wait(msecs) and ended
        except RuntimeError:
            pass
    return ended


atexit.register(stop_all)
