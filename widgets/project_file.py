"""The project file's state in the window: a banner for read-only or partly damaged projects, and the
choice given when another window already has the project open."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMessageBox, QPushButton, QSizePolicy, QToolBar,
                               QWidget)

#: Answers of :func:`ask_when_locked`.
READ_ONLY, COPY, CANCEL = "read-only", "copy", "cancel"


def ask_when_locked(parent: QWidget, path: Path, owner: dict) -> str:
    """Another window or program is editing ``path``: open it read-only, open a copy, or not at all."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ProjectFile", "The project is already open"))
    if owner:  # a person on a computer ("amina on FIELD-LAPTOP since 09:40")
        text = QCoreApplication.translate("ProjectFile", "{name} is already open by {owner}.").format(
            name=path.name, owner=owner_text(owner))
    else:
        text = QCoreApplication.translate("ProjectFile", "{name} is already open in another Briefing Builder window.").format(
            name=path.name)
    box.setText(text)
    box.setInformativeText(QCoreApplication.translate(
        "ProjectFile", "Only one window can change a project at a time, so that no correction is lost. You can "
                       "look at it read-only, or work on a copy of it as it is now."))
    read_only = box.addButton(QCoreApplication.translate("ProjectFile", "Open &Read-Only"),
                              QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(QCoreApplication.translate("ProjectFile", "Open a &Copy…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return READ_ONLY
    if clicked is copy:
        return COPY
    return CANCEL


def owner_text(owner: dict) -> str:
    """Who holds a project ("amina on FIELD-LAPTOP since 09:40"), in the interface's language."""
    if not owner:
        return QCoreApplication.translate("ProjectFile", "another Briefing Builder window")
    who = owner.get("user") or QCoreApplication.translate("ProjectFile", "someone")
    host, since = owner.get("host") or "", owner.get("since")
    text = QCoreApplication.translate("ProjectFile", "{user} on {host}").format(user=who, host=host) if host else who
    if since:
        import time

        text = QCoreApplication.translate("ProjectFile", "{who} since {time}").format(
            who=text, time=time.strftime("%H:%M", time.localtime(float(since))))
    return text


def copy_name(path: Path) -> Path:
    """A free name beside ``path`` for a copy: "appeal (copy).bbproj", "appeal (copy 2).bbproj" ..."""
    candidate = path.with_name(f"{path.stem} (copy){path.suffix}")
    k = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} (copy {k}){path.suffix}")
        k += 1
    return candidate


class ProjectBanner(QToolBar):
    """A strip above the workbench saying the project is read-only (and why) or that damaged parts
    of it were skipped, with the way out (save a copy; details)."""

    def __init__(self, parent: QWidget, save_copy: Callable[[], object]) -> None:
        super().__init__(self.tr("Project file"), parent)
        self.setObjectName("projectBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        box = QWidget(self)
        box.setObjectName("projectBannerBox")
        box.setStyleSheet("#projectBannerBox { background: #fff4ce; border-bottom: 1px solid #e0c060; }")
        layout = QHBoxLayout(box)
        layout.setContentsMargins(8, 1, 8, 1)
        self.label = QLabel(box)
        # one line (a wrapped label makes the tool bar three lines tall); clipped, not widening the window
        self.label.setWordWrap(False)
        self.label.setMinimumWidth(120)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        self.copy_button = QPushButton(self.tr("Save a Copy…"), box)
        self.copy_button.clicked.connect(lambda: save_copy())
        layout.addWidget(self.copy_button)
        self.details_button = QPushButton(self.tr("Details…"), box)
        self.details_button.clicked.connect(self.show_details)
        layout.addWidget(self.details_button)
        # a PDF corrected before in an untitled project: go on with those corrections, or not
        self.recover_button = QPushButton(self.tr("Go On with My Corrections"), box)
        self.recover_button.clicked.connect(self._recover)
        layout.addWidget(self.recover_button)
        self.dismiss_button = QPushButton(self.tr("Start Afresh"), box)
        self.dismiss_button.setToolTip(self.tr("Keep this new project; the earlier corrections stay in their "
                                               "untitled project"))
        self.dismiss_button.clicked.connect(lambda: self.update_for(self._project))
        layout.addWidget(self.dismiss_button)
        self.addWidget(box)
        self._damaged: list[str] = []
        self._project = None
        self._recover_with: Callable[[], object] | None = None
        self.hide()

    def offer_recovery(self, name: str, count: int, when: float, recover: Callable[[], object],
                       packs: int = 0) -> None:
        """Say that the PDF ``name`` just opened was corrected before in an untitled project
        (``count`` corrections; ``packs`` packs saved there beside it; the last at ``when``) and
        offer to go on with that work (``recover``)."""
        import time

        from PySide6.QtCore import QDateTime, QLocale

        moment = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(when or time.time())),
                                    QLocale.FormatType.ShortFormat)
        self._recover_with = recover
        if packs:  # a saved pack is work too, with or without corrections
            work = [ProjectBanner.tr("%n correction(s)", "", count)] if count else []
            work.append(ProjectBanner.tr("%n saved pack(s)", "", packs))
            self.label.setText(self.tr(
                "You worked on <b>{name}</b> before in an untitled project ({work}), the last change on "
                "{time}.").format(name=escape(name), work=escape(", ".join(work)), time=escape(moment)))
            self.recover_button.setText(self.tr("Go On with My Work"))
        else:
            self.label.setText(ProjectBanner.tr(
                "You corrected <b>{name}</b> before: %n correction(s), the last on {time}, in an untitled "
                "project.", "", count).format(name=escape(name), time=escape(moment)))
            self.recover_button.setText(self.tr("Go On with My Corrections"))
        self.label.setToolTip(self.label.text())
        self.copy_button.hide()
        self.details_button.hide()
        self.recover_button.show()
        self.dismiss_button.show()
        self.show()

    def _recover(self) -> None:
        recover, self._recover_with = self._recover_with, None
        self.update_for(self._project)
        if recover is not None:
            recover()

    def update_for(self, project) -> None:
        """Show what the user must know about ``project`` (None: nothing)."""
        self._project = project
        self._recover_with = None
        self.recover_button.hide()
        self.dismiss_button.hide()
        parts = []
        read_only = project is not None and project.read_only
        damaged = list(project.damaged) if project is not None else []
        if read_only:
            reason = project.store.read_only_reason
            reason = (QCoreApplication.translate("ProjectStore", reason) if reason
                      else self.tr("opened read-only"))
            parts.append(self.tr("<b>Read-only</b>: {reason}. Changes cannot be saved in this file; "
                                 "save a copy to work on it.").format(reason=escape(reason)))
        if damaged:
            parts.append(ProjectBanner.tr("<b>%n damaged part(s)</b> of this project could not be read and "
                                          "were skipped; everything else is here.", "", len(damaged)))
        self._damaged = damaged
        self.label.setText(" ".join(parts))
        self.label.setToolTip(self.label.text())
        self.copy_button.setVisible(read_only)
        self.details_button.setVisible(bool(damaged))
        self.setVisible(bool(parts))

    def show_details(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Damaged parts of the project"))
        box.setText(ProjectBanner.tr("%n part(s) of the project file could not be read and were skipped:", "",
                                     len(self._damaged)))
        box.setDetailedText("\n".join(self._damaged))
        box.setInformativeText("\n".join(self._damaged[:8]) + ("\n…" if len(self._damaged) > 8 else ""))
        box.exec()


__all__ = ["ProjectBanner", "ask_when_locked", "copy_name", "READ_ONLY", "COPY", "CANCEL"]
