"""Help ▸ User Guide: the guide that ships with the application, in the interface's language.

The guide is Markdown (``resources/guide/{en,fr,es}.md``), shown by Qt's own Markdown support in a
browser that never goes online: field laptops often have none, and the guide must say what this
version does. A contents list jumps to the chapters; Ctrl+F finds words (accents need not be typed, as
in the workbench's Find); links to other sites are shown as text, never opened."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QVBoxLayout,
    QWidget,
)

from app.document.tags import unaccented

from . import i18n
from .places import settings

GUIDE = Path(__file__).resolve().parents[1] / "resources" / "guide"
GEOMETRY_KEY = "guide/geometry"


def guide_path(lang: str | None = None) -> Path:
    """The guide in ``lang`` (default: the interface's language), else the English one."""
    path = GUIDE / f"{lang or i18n.current()}.md"
    return path if path.is_file() else GUIDE / "en.md"


def chapters(markdown: str, links: bool = True) -> list[str]:
    """The guide's chapter titles ("## " headings), in order; with ``links`` False, less a chapter that
    only links to the others (the guide's own contents: the dialog lists the chapters beside it)."""
    found: list[tuple[str, list[str]]] = []
    for line in markdown.splitlines():
        if line.startswith("## "):
            found.append((line[3:].strip(), []))
        elif found and line.strip():
            found[-1][1].append(line.strip())
    return [title for title, body in found
            if links or not body or not all(re.fullmatch(r"- \[[^]]+\]\(#[^)]+\)", b) for b in body)]


class GuideDialog(QDialog):
    """The user guide beside its chapters; stays open beside the window while the user works."""

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User Guide"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)  # links inside the guide jump; others are never opened (offline)
        self.text.anchorClicked.connect(self._follow)
        self.markdown = guide_path(lang).read_text(encoding="utf-8")
        self.text.setMarkdown(native_keys(self.markdown))
        self.contents = QListWidget(self)
        for title in chapters(self.markdown, links=False):
            self.contents.addItem(QListWidgetItem(title))
        self.contents.currentTextChanged.connect(self.show_chapter)
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find in the guide…"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_status = QLabel("", self)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_find)
        QShortcut(QKeySequence.StandardKey.FindNext, self, activated=self.find_next)

        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 560])
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.find_status)
        layout = QVBoxLayout(self)
        layout.addLayout(find_row)
        layout.addWidget(splitter, 1)
        geometry = settings().value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(780, 560)

    def done(self, result: int) -> None:
        settings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    def show_chapter(self, title: str) -> bool:
        """Scroll to the chapter titled ``title``; False when there is none."""
        block = self.text.document().begin()
        while block.isValid():
            if block.text().strip() == title.strip() and block.blockFormat().headingLevel() == 2:
                cursor = QTextCursor(block)
                self.text.setTextCursor(cursor)
                scroll = self.text.verticalScrollBar()
                scroll.setValue(min(scroll.maximum(), int(self.text.document().documentLayout()
                                                            .blockBoundingRect(block).top())))
                return True
            block = block.next()
        return False

    def _follow(self, url: QUrl) -> None:
        """A link of the contents ("#getting-started") goes to its chapter; any other is left alone."""
        if url.scheme() or not url.fragment():
            return
        wanted = url.fragment()
        for title in chapters(self.markdown):
            if anchor(title) == wanted:
                self.show_chapter(title)
                return

    def _focus_find(self) -> None:
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def find_next(self) -> bool:
        """Select the next place holding the words typed (case and accents ignored), from the top again
        at the end; the line beside the field says when there is none."""
        words = folded(self.find_edit.text().strip())
        self.find_status.setText("")
        if not words:
            return False
        plain = folded(self.text.document().toPlainText())
        start = self.text.textCursor().selectionEnd() if self.text.textCursor().hasSelection() else \
            self.text.textCursor().position()
        at = plain.find(words, start)
        if at < 0:
            at = plain.find(words)
        if at < 0:
            self.find_status.setText(self.tr("Not found"))
            return False
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(at)
        cursor.setPosition(at + len(words), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        return True


#: a key in the guide's source: a code span such as `Ctrl+Shift+P`
KEY = re.compile(r"`((?:Ctrl|Alt|Shift|F\d{1,2}|Del|Backspace|Return)(?:\+[^`\s]+)*)`")


def native_keys(markdown: str) -> str:
    """The guide with its keys named as the menus name them in this language ("Ctrl+Maj+P" in French,
    as Qt's own catalogue writes Shift there): the source writes them one way for every language."""
    return KEY.sub(lambda m: "`" + QKeySequence(m.group(1)).toString(QKeySequence.SequenceFormat.NativeText) + "`",
                   markdown)


def folded(text: str) -> str:
    """``text`` with accents and case taken off, one character for one, so that a place found in it is
    the same place in ``text`` (QTextDocument's plain text keeps its positions so too)."""
    fold = unaccented(text).lower()
    if len(fold) != len(text):
        fold = "".join((unaccented(c).lower() or c)[:1] for c in text)
    return fold


def anchor(title: str) -> str:
    """The fragment a contents link gives a chapter, as Markdown renderers make it ("Find, replace and
    repair" -> "find-replace-and-repair"): lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", title.strip().lower()).replace(" ", "-")


