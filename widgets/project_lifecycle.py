"""Project lifecycle in the main window: new, open (projects and PDFs, several at once), add a PDF,
save a copy, close, embed the source PDFs, the recent files, and the questions these raise (a
password, a locked project, a missing PDF)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMainWindow, QMenu, QMessageBox, QWidget

from app.project.store import PROJECT_SUFFIX, ProjectError, ProjectLocked, is_project_file
from app.source.pdf import PdfError, PdfPasswordError, describe, sha256_file

from .places import remember_folder, settings, start_folder
from .i18n import translate_message
from .project_file import COPY, READ_ONLY, copy_name, owner_text
from .workbench import Workbench, untitled_with_work

MAX_RECENT = 10


class RecentFiles:
    """The File ▸ Open Recent menu and the list behind it (kept in the settings)."""

    def __init__(self, parent: QWidget, open_path: Callable[[str], object]) -> None:
        self.menu = QMenu(QCoreApplication.translate("RecentFiles", "Open &Recent"), parent)
        self._open_path = open_path

    def entries(self) -> list[str]:
        value = settings().value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [v for v in (value or []) if v]

    def remember(self, path: Path) -> None:
        entry = str(path.resolve())
        recent = [entry] + [r for r in self.entries() if r != entry]
        settings().setValue("recent_files", recent[:MAX_RECENT])
        self.refresh()

    def refresh(self) -> None:
        self.menu.clear()
        recent = self.entries()
        for i, entry in enumerate(recent):
            kind = (QCoreApplication.translate("RecentFiles", "project") if entry.lower().endswith(PROJECT_SUFFIX)
                    else "PDF")
            name = Path(entry).name.replace("&", "&&")  # "Water & Sanitation.pdf": a "&" is no mnemonic
            action = self.menu.addAction(f"&{i + 1} {name}  ({kind})")
            action.setToolTip(entry)
            action.setStatusTip(entry)
            action.triggered.connect(lambda _=False, e=entry: self._open(e))
        if recent:
            self.menu.addSeparator()
            self.menu.addAction(QCoreApplication.translate("RecentFiles", "Clear List"), self.clear)
        self.menu.setEnabled(bool(recent))

    def _open(self, entry: str) -> None:
        if not Path(entry).exists():
            QMessageBox.warning(self.menu.parentWidget(), QCoreApplication.translate("RecentFiles", "Not found"),
                                QCoreApplication.translate("RecentFiles", "{path} no longer exists.").format(path=entry))
            settings().setValue("recent_files", [r for r in self.entries() if r != entry])
            self.refresh()
            return
        self._open_path(entry)

    def clear(self) -> None:
        settings().setValue("recent_files", [])
        self.refresh()


def suggested_name(project) -> str:
    """The name offered for an untitled project: its first document's file name ("Myanmar
    CRP.bbproj"), as an editor offers a document's title; "Briefing.bbproj" without a document."""
    for data in project.documents.values():
        stem = Path(data.document.path).stem.strip()
        if stem:
            return stem + PROJECT_SUFFIX
    return f"Briefing{PROJECT_SUFFIX}"


class ProjectLifecycle(QObject):
    """What the File menu does to the project. Questions whose answer tests may fix in advance
    (open a PDF as a new project or add it; a project locked by another window) are asked through
    the callables given here."""

    def __init__(self, window: QMainWindow, bench: Workbench, recent: RecentFiles,
                 show_error: Callable[[str, str], None], ask_open_pdf: Callable[[str], str],
                 ask_when_locked: Callable[[QWidget, Path, dict], str]) -> None:
        super().__init__(window)
        self.window = window
        self.bench = bench
        self.recent = recent
        self._show_error = show_error
        self._ask_open_pdf = ask_open_pdf
        self._ask_when_locked = ask_when_locked

    def _confirm_project(self) -> bool:
        """A project to put documents in: the current one, or a new untitled one."""
        if self.bench.project is None:
            try:
                self.bench.new_project()
            except ProjectError as exc:
                self._show_error(self.tr("Cannot create a project"), translate_message(exc))
                return False
        return True

    def new_project(self) -> None:
        try:
            self.bench.new_project()
        except ProjectError as exc:
            self._show_error(self.tr("Cannot create a project"), translate_message(exc))
            return
        self.window.statusBar().showMessage(self.tr("New project. Add PDFs with Ctrl+Shift+O or drop them here."), 8000)

    def open_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Open"), str(start_folder("open")),
            self.tr("PDFs and projects ({patterns})").format(patterns=f"*.pdf *{PROJECT_SUFFIX}")
            + ";;" + self.tr("Projects ({patterns})").format(patterns=f"*{PROJECT_SUFFIX}")
            + ";;" + self.tr("PDF documents ({patterns})").format(patterns="*.pdf")
            + ";;" + self.tr("All files ({patterns})").format(patterns="*"))
        self.open_paths(files)

    def add_pdf_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Add PDF to Project"), str(start_folder("open")),
                                                self.tr("PDF documents ({patterns})").format(patterns="*.pdf") + ";;"
                                                + self.tr("All files ({patterns})").format(patterns="*"))
        for f in files:
            self.add_pdf(f)

    def open_paths(self, paths) -> None:
        """Open several files as one gesture (the Open dialog, a drop, the command line): projects first,
        and PDFs opened with a project join it; otherwise the first new PDF decides (a new project or
        this one) and the others follow it."""
        paths = [Path(p) for p in paths]
        projects = [p for p in paths if p.is_file() and is_project_file(p)]
        pdfs = [p for p in paths if p not in projects]
        for p in projects:
            self.open_project(p)
        if projects:
            for p in pdfs:
                self.add_pdf(p)
            return
        choice = ""
        for p in pdfs:
            if choice:
                self.add_pdf(p)
            elif self.open_path(p):
                choice = "add"

    def open_path(self, path: str | Path, password: str | None = None) -> bool:
        """Open a project file, or a PDF. A PDF opens as a new untitled project, unless the current
        project is empty (it then goes there) or already holds it (it is shown); when the current
        project has other documents the user chooses: a new project or add it to this one.

        Returns False (after telling the user) when it cannot be opened or the user cancelled.
        """
        p = Path(path)
        if p.is_file() and is_project_file(p):
            return self.open_project(p)
        project = self.bench.project
        if project is None or not project.documents:
            return self.add_pdf(p, password)
        known = self._known_document(p)
        if known:
            self.bench.set_current_document(known)
            self.window.statusBar().showMessage(self.tr("{name} is already in the project.").format(name=p.name), 5000)
            return True
        choice = self._ask_open_pdf(p.name)
        if choice == "add":
            return self.add_pdf(p, password)
        if choice == "new":
            return self.add_pdf(p, password, new_project=True)
        return False

    def _known_document(self, path: Path) -> str:
        """The sha256 of ``path`` when the current project holds that document (by place, then content)."""
        project = self.bench.project
        if project is None:
            return ""
        try:
            resolved = str(path.resolve())
        except OSError:
            return ""
        for sha, data in project.documents.items():
            if data.document.path == resolved:
                return sha
        try:
            sha = sha256_file(path)
        except OSError:
            return ""
        return sha if sha in project.documents else ""

    def open_project(self, path: str | Path) -> bool:
        p = Path(path)
        if self.bench.project is not None and self.bench.project.path.resolve() == p.resolve():
            return True
        try:
            try:
                self.bench.open_project(p)
            except ProjectLocked as exc:  # another window edits it: read-only, a copy, or nothing
                answer = self._ask_when_locked(self.window, p, exc.owner)
                if answer == READ_ONLY:
                    self.bench.open_project(p, read_only=True)
                    self.bench.project.store.read_only_reason = self.tr("it is being changed in {owner}").format(
                        owner=owner_text(exc.owner))
                    self.window.project_banner.update_for(self.bench.project)
                elif answer == COPY:
                    target, _ = QFileDialog.getSaveFileName(
                        self.window, self.tr("Open a Copy"), str(copy_name(p)),
                        self.tr("Projects ({patterns})").format(patterns=f"*{PROJECT_SUFFIX}"))
                    if not target:
                        return False
                    if not target.lower().endswith(PROJECT_SUFFIX):
                        target += PROJECT_SUFFIX
                    self.bench.open_project_copy(p, target)
                    p = Path(target)
                else:
                    return False
        except ProjectError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot open the project"), translate_message(exc))
            return False
        remember_folder("open", p)
        settings().setValue("last_project", str(p.resolve()))
        self.recent.remember(p)
        n = len(self.bench.project.documents)
        self.window.statusBar().showMessage(
            ProjectLifecycle.tr("Opened {name}: %n document(s).", "", n).format(name=p.name), 8000)
        return True

    def add_pdf(self, path: str | Path, password: str | None = None, new_project: bool = False) -> bool:
        """Add a PDF to the current project (to a new untitled one when there is none or
        ``new_project`` is set) and start its extraction."""
        p = Path(path)
        while True:
            try:
                describe(p, password=password)  # also checks the password before anything is stored
                break
            except PdfPasswordError as exc:
                password = self.ask_password(p.name, exc.wrong)
                if password is None:
                    self.window.statusBar().showMessage(
                        self.tr("{name} was not opened (no password).").format(name=p.name), 5000)
                    return False
            except PdfError as exc:
                QMessageBox.warning(self.window, self.tr("Cannot open the PDF"), translate_message(exc))
                return False
        if new_project:
            try:
                self.bench.new_project()
            except ProjectError as exc:
                self._show_error(self.tr("Cannot create a project"), translate_message(exc))
                return False
        if not self._confirm_project():
            return False
        # a project made for this PDF (not one the user chose to add it to) may have a predecessor
        fresh = self.bench.is_untitled and not self.bench.documents()
        known = {d.document.sha256 for d in self.bench.documents()}
        try:
            sha = self.bench.add_pdf(p, password=password, embed=self.bench.embeds_pdfs)
        except PdfError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot open the PDF"), translate_message(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - the project file could not be written
            QMessageBox.warning(self.window, self.tr("Cannot add the PDF"),
                                self.tr("The project file could not be written ({reason}).").format(
                                    reason=translate_message(exc)))
            return False
        remember_folder("open", p)
        self.recent.remember(p)
        if self.bench.project is not None:
            settings().setValue("last_project", str(self.bench.project.path))
        if sha in known:
            self.window.statusBar().showMessage(self.tr("{name} is already in the project.").format(name=p.name), 5000)
        if not self.bench.has_extraction(sha):
            self.bench.extract(sha)
        if fresh:
            self._offer_recovery(sha, p.name)
        return True

    def _offer_recovery(self, sha: str, name: str) -> None:
        """The PDF just opened in a new untitled project was corrected before in another untitled
        one (left without a name), or packs were saved beside it there: offer to go on with that work
        rather than start again."""
        project = self.bench.project
        found = untitled_with_work(sha, exclude=project.path) if project is not None else []
        if not found:
            return
        path, count, packs, when = found[0]
        self.window.project_banner.offer_recovery(name, count, when, lambda: self.recover(path, sha), packs)

    def recover(self, path: str | Path, sha: str = "") -> bool:
        """Go on in the untitled project ``path`` (the one just started, holding nothing, is removed)."""
        if not self.open_project(path):
            return False
        project = self.bench.project
        if sha and sha in project.documents:
            self.bench.set_current_document(sha)
            if not self.bench.has_extraction(sha):
                self.bench.extract(sha)
        n = len(project.undo_stack)
        self.window.statusBar().showMessage(
            ProjectLifecycle.tr("Back to your %n correction(s) (Ctrl+Z undoes them one by one).", "", n) if n else
            self.tr("Back to your earlier project: its saved packs are in the Pack panel."), 8000)
        return True

    def ask_password(self, name: str, wrong: bool) -> str | None:
        prompt = self.tr("Password for {name}:").format(name=name)
        if wrong:
            prompt = self.tr("The password was not correct.") + " " + prompt
        password, ok = QInputDialog.getText(self.window, self.tr("Password needed"), prompt,
                                            QLineEdit.EchoMode.Password)
        return password if ok else None

    def save(self) -> None:
        if self.bench.project is None:
            return
        if self.bench.is_untitled:
            self.save_as_dialog()
        else:
            self.window.statusBar().showMessage(
                self.tr("All changes are saved in {name}.").format(name=self.bench.project.path.name), 5000)

    def save_as_dialog(self) -> bool:
        if self.bench.project is None:
            return False
        here = None if self.bench.is_untitled else self.bench.project.path.parent
        start = start_folder("save", here)
        name = self.bench.project.path.name if not self.bench.is_untitled else suggested_name(self.bench.project)
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save Project As"), str(start / name),
                                              self.tr("Projects ({patterns})").format(patterns=f"*{PROJECT_SUFFIX}"))
        if not path:
            return False
        if not path.lower().endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        return self.save_as(path)

    def save_as(self, path: str | Path) -> bool:
        try:
            self.bench.save_as(path)
        except (ProjectError, OSError) as exc:
            QMessageBox.warning(self.window, self.tr("Cannot save the project"), translate_message(exc))
            return False
        settings().setValue("last_project", str(Path(path).resolve()))
        remember_folder("save", path)
        self.recent.remember(Path(path))
        self.window.statusBar().showMessage(
            self.tr("Saved as {name}; you are now working in it.").format(name=Path(path).name), 8000)
        return True

    def close_project(self) -> None:
        self.bench.close_project()  # open editors are saved first (projectAboutToChange)
        settings().remove("last_project")

    def toggle_embed(self, on: bool) -> None:
        if self.bench.project is None:
            return
        try:
            n = self.bench.embed_pdfs(on)
        except Exception as exc:  # noqa: BLE001
            self._show_error(self.tr("Cannot change the embedded PDFs"), translate_message(exc))
            return
        self.window.statusBar().showMessage(
            (ProjectLifecycle.tr("%n PDF(s) embedded: the project can be mailed on its own.", "", n) if on
             else ProjectLifecycle.tr("Embedded copies removed from %n document(s).", "", n)), 8000)

    def reopen_last_project(self) -> None:
        last = settings().value("last_project", "")
        if last and Path(last).is_file() and self.bench.project is None:
            self.open_project(last)

    def remove_document(self) -> None:
        sha = self.bench.current
        data = self.bench.data()
        if not sha or data is None:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Remove document"),
            self.tr("Remove {name} and all its corrections from the project?").format(name=data.document.display_name))
        if answer == QMessageBox.StandardButton.Yes:
            self.bench.remove_document(sha)

    def open_render_document(self, sha: str):
        data = self.bench.data(sha)
        while True:
            try:
                return self.bench.render_document(sha)
            except PdfPasswordError as exc:
                password = self.ask_password(data.document.display_name, exc.wrong)
                if password is None:
                    return None
                self.bench.passwords[sha] = password
            except FileNotFoundError:
                name = Path(data.document.path).name
                answer = QMessageBox.question(
                    self.window, self.tr("The PDF is missing"),
                    self.tr("{name} is no longer where it was ({path}) and the project has no copy of it. "
                            "Locate it now?").format(name=name, path=data.document.path))
                if answer != QMessageBox.StandardButton.Yes:
                    return None
                path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Locate {name}").format(name=name),
                                                      str(start_folder("open")),
                                                      self.tr("PDF documents ({patterns})").format(patterns="*.pdf"))
                if not path:
                    return None
                try:
                    self.bench.locate_document(sha, path)
                except PdfError as exc:
                    QMessageBox.warning(self.window, self.tr("Not the same PDF"), translate_message(exc))
            except PdfError as exc:
                QMessageBox.warning(self.window, self.tr("Cannot show the PDF"), translate_message(exc))
                return None


def ask_open_pdf(parent: QWidget, name: str, n: int) -> str:
    """Ask how to open a PDF while a project with documents is open: "new", "add" or "" (cancel)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ProjectLifecycle", "Open PDF"))
    box.setText(QCoreApplication.translate("ProjectLifecycle", "Open {name} as a new project, or add it to this "
                                                               "project?").format(name=name))
    box.setInformativeText(ProjectLifecycle.tr(
        "This project has %n document(s). A pack composed in a project can draw on all of its documents. "
        "(File ▸ Add PDF to Project…, Ctrl+Shift+O, adds without asking.)", "", n))
    new = box.addButton(QCoreApplication.translate("ProjectLifecycle", "Open as New Project"),
                        QMessageBox.ButtonRole.AcceptRole)
    add = box.addButton(QCoreApplication.translate("ProjectLifecycle", "Add to This Project"),
                        QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(new)
    box.exec()
    clicked = box.clickedButton()
    return "new" if clicked is new else ("add" if clicked is add else "")
