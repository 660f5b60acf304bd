"""Where the GUI keeps things and where its file dialogs start.

Settings live in one QSettings file; untitled projects in the application data folder (the platform's
data folder + "Briefing Builder", named once: Qt's AppDataLocation would add the organisation *and*
the application name, "Briefing Builder/Briefing Builder"). File dialogs never start in that hidden
folder: they start in the folder last used for that kind of file, else in the user's documents folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

APP_FOLDER = "Briefing Builder"


def settings() -> QSettings:
    return QSettings("Briefing Builder", "Briefing Builder")


def app_data_folder() -> Path:
    """The application's own data folder (not created here)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base) / APP_FOLDER if base else Path.home() / ".briefing-builder"


def legacy_projects_folder() -> Path:
    """Where earlier versions put untitled projects (the doubled "Briefing Builder/Briefing Builder")."""
    return app_data_folder() / APP_FOLDER / "projects"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(found) if found else Path.home()
    return path if path.is_dir() else Path.home()


def is_hidden_place(path: Path) -> bool:
    """True for the application data folder and anything inside it (not a place to offer the user)."""
    try:
        resolved = path.resolve()
        data = app_data_folder().resolve()
    except OSError:
        return False
    return resolved == data or data in resolved.parents


def start_folder(kind: str, fallback: Path | None = None) -> Path:
    """The folder a file dialog of ``kind`` ("open", "save", "export") starts in: the one last used
    for it, else ``fallback`` (when it is a visible folder), else the documents folder."""
    remembered = settings().value(f"folders/{kind}", "")
    for candidate in (Path(remembered) if remembered else None, fallback):
        if candidate is not None and str(candidate) and candidate.is_dir() and not is_hidden_place(candidate):
            return candidate
    return documents_folder()


def remember_folder(kind: str, path: str | Path) -> None:
    """Remember the folder of ``path`` (a file) for the next dialog of ``kind``."""
    folder = Path(path).parent
    if str(folder) and not is_hidden_place(folder):
        settings().setValue(f"folders/{kind}", str(folder))
