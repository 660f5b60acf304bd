"""What the page area shows while no document is: a start page, as office suites and PDF readers have,
rather than an empty grey area. It offers to open a PDF or project (or, in an empty project, to add a
PDF), the files used last, the bundled sample appeal in the interface's language (a first-time user's
way in, offline) and the user guide."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QLabel, QPushButton, QVBoxLayout

from . import i18n
from .workbench import Workbench

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
# the bundled sample appeal in each interface language
SAMPLE_FILES = {"en": "migration-initiatives-2017-sample.pdf", "fr": "initiatives-migratoires-2017-sample.pdf",
                "es": "iniciativas-de-migracion-2017-sample.pdf"}
MAX_RECENT_SHOWN = 6


def sample_path(lang: str | None = None) -> Path | None:
    """The sample appeal in ``lang`` (default: the interface's), else the English one; None when the
    installation has no samples."""
    for name in (SAMPLE_FILES.get(lang or i18n.current(), ""), SAMPLE_FILES["en"]):
        if name and (SAMPLES / name).is_file():
            return SAMPLES / name
    return None


class StartPage(QObject):
    """A card over ``area``'s viewport while the workbench shows no document. ``actions`` give what
    its buttons do: "open", "add" (a PDF to the empty project), "guide", and ``open_path`` opens a
    recent file or the sample."""

    def __init__(self, bench: Workbench, area: QAbstractScrollArea, recent: Callable[[], list[str]],
                 open_path: Callable[[str], object], actions: dict, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self._recent = recent
        self._open_path = open_path
        self._actions = actions
        self._viewport = area.viewport()
        self.card = QFrame(self._viewport)
        self.card.setObjectName("startPage")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setAutoFillBackground(True)
        self._layout = QVBoxLayout(self.card)
        self._layout.setContentsMargins(24, 20, 24, 20)
        self._layout.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        self._viewport.installEventFilter(self)
        bench.projectChanged.connect(self.update)
        bench.documentsChanged.connect(self.update)
        bench.currentDocumentChanged.connect(lambda _sha: self.update())
        self.update()

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = {}

    def _button(self, key: str, text: str, slot, tip: str = "") -> QPushButton:
        button = QPushButton(text, self.card)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        self.buttons[key] = button
        self._layout.addWidget(button)
        return button

    def _heading(self, text: str) -> None:
        label = QLabel(text, self.card)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self._layout.addWidget(label)

    def update(self) -> None:
        shown = self.bench.project is not None and bool(self.bench.current)
        self.card.setVisible(not shown)
        if shown:
            return
        self._clear()
        title = QLabel("Briefing Builder", self.card)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self._layout.addWidget(title)
        empty_project = self.bench.project is not None and not self.bench.project.documents
        if empty_project:
            self._button("add", self.tr("Add a PDF to This Project…"), self._actions["add"].trigger,
                         self._actions["add"].toolTip())
        self._button("open", self.tr("Open a PDF or a Project…"), self._actions["open"].trigger,
                     self._actions["open"].toolTip())
        sample = sample_path()
        if sample is not None:
            self._button("sample", self.tr("Try the Sample Appeal"), lambda: self._open_path(str(sample)),
                         self.tr("Open {name}, an appeal bundled with the application").format(name=sample.name))
        self._button("guide", self.tr("User Guide"), self._actions["guide"].trigger,
                     self._actions["guide"].toolTip())
        recent = [entry for entry in self._recent() if Path(entry).exists()][:MAX_RECENT_SHOWN]
        if recent:
            self._heading(self.tr("Recent"))
            for i, entry in enumerate(recent):
                button = self._button(f"recent{i}", Path(entry).name.replace("&", "&&"),
                                      lambda _=False, e=entry: self._open_path(e), entry)
                button.setFlat(True)
                button.setStyleSheet("text-align: left;")
        self._place()

    def _place(self) -> None:
        """The card in the middle of the page area, at its own size."""
        self.card.adjustSize()
        size = self.card.sizeHint()
        width = min(max(size.width(), 320), max(self._viewport.width() - 24, 0))
        height = min(size.height(), max(self._viewport.height() - 24, 0))
        self.card.setGeometry((self._viewport.width() - width) // 2, max((self._viewport.height() - height) // 3, 12),
                              width, height)
        self.card.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._viewport and event.type() in (QEvent.Type.Resize, QEvent.Type.Show) \
                and not self.card.isHidden():
            self._place()
        return False

