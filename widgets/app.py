"""Starting the GUI."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from .main_window import APP_NAME, MainWindow


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Briefing Builder")
    app.setApplicationDisplayName(APP_NAME)
    return app


def run(files: list[str]) -> int:
    app = create_app()
    window = MainWindow()
    window.show()
    for f in files:
        if Path(f).suffix.lower() == ".pdf" or Path(f).exists():
            window.open_path(f)
    return app.exec()
