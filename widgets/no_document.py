"""Panels that show something of the current document, while there is none: greyed out, with a short
hint over their (empty) list saying what will be there and how to get it, rather than an empty box
that looks broken."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget

from .workbench import Workbench


class NoDocumentHints(QObject):
    """Greys out the panels added with :meth:`add` while the workbench shows no document, and writes
    each one's hint over its list (or hands it to the panel's own ``show`` callable)."""

    def __init__(self, bench: Workbench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self._panels: list[tuple[QWidget, str, Callable[[str], None]]] = []
        self._overlays: dict[QWidget, QLabel] = {}
        bench.projectChanged.connect(self.update)
        bench.documentsChanged.connect(self.update)
        bench.currentDocumentChanged.connect(lambda _sha: self.update())

    def add(self, panel: QWidget, what: str, over: QAbstractScrollArea | None = None,
            show: Callable[[str], None] | None = None, grey: bool = True) -> None:
        """``panel`` needs a document; ``what`` says what it will show ("Its sections will be listed
        here."). The hint is drawn over ``over``'s viewport, or given to ``show`` ("" when a document
        is shown). ``grey``: the panel is disabled meanwhile."""
        if show is None:
            assert over is not None
            label = QLabel(over.viewport())
            label.setObjectName("noDocumentHint")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMargin(12)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            over.viewport().installEventFilter(self)
            self._overlays[over.viewport()] = label
            label.setGeometry(over.viewport().rect())
            show = lambda text, label=label: (label.setText(text), label.setVisible(bool(text)))  # noqa: E731
        self._panels.append((panel if grey else None, what, show))
        self.update()

    def hint(self, what: str) -> str:
        """The hint for a panel, by what the workbench holds: no project, an empty project."""
        project = self.bench.project
        if project is not None and not project.documents:
            how = self.tr("Add a PDF to the project (Ctrl+Shift+O) or drop one on the window.")
        else:
            how = self.tr("Open a PDF or a project (Ctrl+O), or drop one on the window.")
        return self.tr("No document open.") + " " + what + "\n\n" + how

    def update(self) -> None:
        shown = bool(self.bench.project is not None and self.bench.current)
        for panel, what, show in self._panels:
            if panel is not None:
                panel.setEnabled(shown)
            show("" if shown else self.hint(what))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched in self._overlays:
            self._overlays[watched].setGeometry(watched.rect())
        return False
