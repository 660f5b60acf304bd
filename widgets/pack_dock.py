"""The pack composer's dock in the main window: the composer is made for the open project the first
time it is asked for, and made again when the project changes."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from .pack_composer import PackComposer
from .workbench import Workbench


class PackDock(QObject):
    #: a composer was made for the project, or the last one went (see :attr:`composer`)
    composerChanged = Signal()

    def __init__(self, window: QMainWindow, bench: Workbench, ensure_fits: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.bench = bench
        self._ensure_fits = ensure_fits
        self.composer: PackComposer | None = None
        self.dock = QDockWidget(self.tr("Pack"), window)
        self.dock.setObjectName("pack-dock")
        self.dock.setWidget(self._note(self.tr("Open a project to compose a pack.")))
        # View > Panels > Pack raises the panel with its composer, as the toolbar's Pack does; a
        # restored layout or a tab clicked shows it too
        self.dock.toggleViewAction().triggered.connect(lambda checked: checked and self.show())
        self.dock.visibilityChanged.connect(self._shown)
        # the status names tables whose figures do not add up, from the problems the window finds
        bench.problemsChanged.connect(lambda _sha: self.composer is not None and self.composer.show_status())

    def _shown(self, visible: bool) -> None:
        if visible and self.composer is None and self.bench.project is not None:
            self.rebuild(create=True)

    def _note(self, text: str) -> QLabel:
        """What the dock shows without a composer (wrapped: a translation must not widen the panel)."""
        label = QLabel(text, self.window)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def rebuild(self, create: bool = False) -> None:
        """(Re)create the composer for the current project: at once when it is on screen or
        ``create`` is set, otherwise the first time the user asks for it (it follows every edit)."""
        old = self.composer
        if self.bench.project is not None and (create or old is not None or self.dock.isVisible()):
            try:
                # the window's Undo and Redo act on the composer's edits: no shortcuts of its own
                self.composer = PackComposer(self.bench.project, self.window, own_shortcuts=False)
                self.composer.problems_of = self.bench.problems
                self.dock.setWidget(self.composer)
            except Exception as exc:  # noqa: BLE001 - a broken composer must not stop the workbench
                self.composer = None
                self.dock.setWidget(self._note(self.tr("The pack composer could not start: {reason}").format(reason=exc)))
        else:
            self.composer = None
            self.dock.setWidget(self._note(self.tr("Open a project to compose a pack.")))
        if old is not None or self.composer is not None:
            self.composerChanged.emit()
        if old is not None:
            old.deleteLater()
        self._ensure_fits()

    def show(self) -> None:
        if self.composer is None and self.bench.project is not None:
            self.rebuild(create=True)
        self.dock.show()
        self.dock.raise_()
        self._ensure_fits()
