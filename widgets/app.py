"""Starting the GUI."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from . import i18n
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
