"""Starting the GUI."""

from __future__ import annotations

import signal
import socket
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from . import i18n, threads
from .main_window import APP_NAME, MainWindow

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"


def register_fonts(app: QApplication) -> str | None:
    """Register the bundled Noto Sans fonts and make Noto Sans the application font, so the window
    looks the same on every machine (and the offscreen platform has fonts at all)."""
    family = None
    for path in sorted(FONTS.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0 and path.name.startswith("NotoSans-"):
            families = QFontDatabase.applicationFontFamilies(font_id)
            if families:
                family = families[0]
    if family:
        font = QFont(family)
        font.setPointSizeF(9.0)
        app.setFont(font)
    return family


def create_app(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The application object, with its fonts and the interface's language (``language``: "en", "fr"
    or "es" for this run; default: the one chosen in the Language menu, else $BRIEFING_LANGUAGE, else
    the system's)."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Briefing Builder")
    app.setApplicationDisplayName(APP_NAME)
    if not app.property("bb-fonts"):
        register_fonts(app)
        app.setProperty("bb-fonts", True)
        # threads still running when the event loop ends are cancelled and waited for (see widgets.threads)
        app.aboutToQuit.connect(threads.stop_all)
    if language:
        i18n.install(language)
    else:
        i18n.ensure()
    return app


def run(files: list[str], smoke_screenshot: str | None = None, language: str | None = None) -> int:
    from .workbench import sweep_untitled

    app = create_app(language=language)
    sweep_untitled()  # untitled projects left behind without a correction (e.g. after a crash)
    window = MainWindow(restore_session=not files and not smoke_screenshot)
    window.show()
    close_on_signals(app)
    if smoke_screenshot:
        _arm_smoke_test(app, window, smoke_screenshot)
    window.open_paths(files)
    return app.exec()


def _arm_smoke_test(app: QApplication, window: MainWindow, screenshot: str, limit_s: int = 300) -> None:
    """Check that a built application really works (packaging/smoke.sh): once the opened document is
    extracted, save a picture of the window, report what the workbench holds and quit; exit status 1
    when nothing was extracted within ``limit_s`` seconds."""
    from PySide6.QtCore import QTimer

    def finish(_sha: str = "", message: str = "") -> None:
        def grab() -> None:
            ok = window.grab().save(screenshot)
            tables = sum(len(getattr(d, "tables", []) or []) for d in window.bench.documents())
            print(f"gui smoke test: {tables} tables shown; screenshot {'saved' if ok else 'NOT saved'}"
                  f"{': ' + message if message else ''}", flush=True)
            app.exit(0 if ok and tables else 1)

        QTimer.singleShot(800, grab)

    def give_up() -> None:
        print(f"gui smoke test: no extraction finished within {limit_s} s", flush=True)
        app.exit(1)

    window.bench.extractionFinished.connect(finish)
    QTimer.singleShot(limit_s * 1000, give_up)


#: the signals that close the application cleanly: ``kill``, Ctrl+C in a terminal, the terminal closed
CLOSING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))


def close_on_signals(app: QApplication, signals=CLOSING_SIGNALS) -> None:
    """SIGTERM, SIGINT and SIGHUP (``kill``, Ctrl+C in the terminal, the terminal closed) close the
    windows as the window's Quit does: what is typed is saved, running work is cancelled and waited for,
    the project is closed with its journal complete, then the application quits. Python runs a signal handler only when
    the interpreter gets control, which Qt's event loop does not give it: the signal's byte on a socket
    (``signal.set_wakeup_fd``) wakes the loop instead."""
    from PySide6.QtCore import QSocketNotifier

    if app.property("bb-signals"):
        return
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        signal.set_wakeup_fd(writer.fileno())
    except ValueError:  # not the main thread: leave the default handling
        reader.close()
        writer.close()
        return
    for number in signals:
        signal.signal(number, lambda *_: None)  # the work happens in the event loop, below

    def on_signal() -> None:
        try:
            reader.recv(64)
        except OSError:
            pass
        for number in signals:  # a second signal while closing ends the process at once (the journal is
            signal.signal(number, signal.SIG_DFL)  # safe at every instant: tests/test_gui_kill.py)
        app.closeAllWindows()
        app.quit()

    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(on_signal)
    app.setProperty("bb-signals", True)
    app._bb_signal_sockets = (reader, writer, notifier)  # kept as long as the application
