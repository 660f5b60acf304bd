"""The main window: documents, rendered pages, navigation and zoom."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QToolBar,
)

from app import __version__
from app.pdf import PdfError, PdfPasswordError, describe
from app.render import PageRenderer

from .page_view import PageView

APP_NAME = "Briefing Builder"
MAX_RECENT = 10


def settings() -> QSettings:
    return QSettings("Briefing Builder", "Briefing Builder")


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self._documents: list[tuple[Path, str | None]] = []  # (path, password)

        self.page_view = PageView(self)
        self.setCentralWidget(self.page_view)

        self.document_list = QListWidget(self)
        self.document_list.currentRowChanged.connect(self._show_document)
        dock = QDockWidget("Documents", self)
        dock.setObjectName("documents-dock")
        dock.setWidget(self.document_list)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.documents_dock = dock

        self.page_spin = QSpinBox(self)
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda v: self.page_view.set_page(v - 1))
        self.page_count_label = QLabel(" / 0 ", self)
        self.zoom_label = QLabel("100%", self)
        self.statusBar().addPermanentWidget(self.zoom_label)

        self.page_view.pageChanged.connect(self._page_changed)
        self.page_view.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{z * 100:.0f}%"))

        self._build_actions()
        self._restore_state()
        self.statusBar().showMessage("Open a PDF (Ctrl+O) or drop one on the window.")

    # ---- actions --------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action("&Open PDF…", self.open_dialog, QKeySequence.StandardKey.Open,
                                        "Open one or more source PDFs")
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.next_action = self._action("&Next Page", self.page_view.next_page, Qt.Key.Key_PageDown)
        self.prev_action = self._action("&Previous Page", self.page_view.previous_page, Qt.Key.Key_PageUp)
        self.first_action = self._action("&First Page", lambda: self.page_view.set_page(0), "Ctrl+Home")
        self.last_action = self._action(
            "&Last Page", lambda: self.page_view.set_page(self.page_view.page_count - 1), "Ctrl+End"
        )
        self.zoom_in_action = self._action("Zoom &In", self.page_view.zoom_in, QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self._action("Zoom &Out", self.page_view.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self.actual_size_action = self._action("&Actual Size", lambda: self.page_view.set_zoom(1.0), "Ctrl+0")
        self.fit_width_action = self._action("Fit &Width", self.page_view.fit_width, "Ctrl+2")
        self.about_action = self._action("&About Briefing Builder", self._about)

        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu("&View")
        for action in (self.zoom_in_action, self.zoom_out_action, self.actual_size_action, self.fit_width_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        for action in (self.first_action, self.prev_action, self.next_action, self.last_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.documents_dock.toggleViewAction())

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.about_action)

        toolbar = QToolBar("Main", self)
        toolbar.setObjectName("main-toolbar")
        toolbar.addAction(self.open_action)
        toolbar.addSeparator()
        toolbar.addAction(self.prev_action)
        toolbar.addWidget(self.page_spin)
        toolbar.addWidget(self.page_count_label)
        toolbar.addAction(self.next_action)
        toolbar.addSeparator()
        toolbar.addAction(self.zoom_out_action)
        toolbar.addAction(self.zoom_in_action)
        toolbar.addAction(self.fit_width_action)
        self.addToolBar(toolbar)
        self._refresh_recent_menu()

    # ---- documents ------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        start = settings().value("last_dir", str(Path.home()))
        files, _ = QFileDialog.getOpenFileNames(self, "Open PDF", str(start), "PDF documents (*.pdf);;All files (*)")
        for f in files:
            self.open_path(f)

    def open_path(self, path: str | Path, password: str | None = None) -> bool:
        """Open a PDF; asks for a password when needed. Returns False (after telling the user) on failure."""
        p = Path(path)
        while True:
            try:
                doc = describe(p, password=password)
                renderer = PageRenderer(p, password=password)
                break
            except PdfPasswordError as exc:
                prompt = ("The password was not correct. " if exc.wrong else "") + f"Password for {p.name}:"
                password, ok = QInputDialog.getText(self, "Password needed", prompt, QLineEdit.EchoMode.Password)
                if not ok:
                    self.statusBar().showMessage(f"{p.name} was not opened (no password).", 5000)
                    return False
            except PdfError as exc:
                QMessageBox.warning(self, "Cannot open the PDF", str(exc))
                return False
        settings().setValue("last_dir", str(p.parent))
        self._remember_recent(p)
        renderer.close()  # it proved pdfium can read the file; the view opens its own
        for i, (known, _) in enumerate(self._documents):
            if known == p.resolve():
                self.document_list.setCurrentRow(i)
                return True
        self._documents.append((p.resolve(), password))
        item = QListWidgetItem(doc.display_name)
        item.setToolTip(f"{p}\n{doc.pages} pages\nSHA-256 {doc.sha256[:16]}…")
        self.document_list.addItem(item)
        self.document_list.setCurrentRow(len(self._documents) - 1)
        return True

    def _show_document(self, row: int) -> None:
        if row < 0 or row >= len(self._documents):
            self.page_view.set_renderer(None)
            return
        path, password = self._documents[row]
        self.page_view.set_renderer(PageRenderer(path, password=password))  # closes the previous one
        self.setWindowTitle(f"{path.name} — {APP_NAME}")

    def _page_changed(self, index: int, count: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(max(1, count))
        self.page_spin.setValue(index + 1)
        self.page_spin.blockSignals(False)
        self.page_count_label.setText(f" / {count} ")
        self.prev_action.setEnabled(index > 0)
        self.next_action.setEnabled(index < count - 1)

    # ---- recent files ---------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = settings().value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [v for v in (value or []) if v]

    def _remember_recent(self, path: Path) -> None:
        entry = str(path.resolve())
        recent = [entry] + [r for r in self.recent_files() if r != entry]
        settings().setValue("recent_files", recent[:MAX_RECENT])
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for i, entry in enumerate(recent):
            action = self.recent_menu.addAction(f"&{i + 1} {Path(entry).name}")
            action.setToolTip(entry)
            action.triggered.connect(lambda _=False, e=entry: self.open_path(e))
        self.recent_menu.setEnabled(bool(recent))

    # ---- drag and drop --------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(url.toLocalFile())
        event.acceptProposedAction()

    # ---- window state ---------------------------------------------------------------------------

    def _restore_state(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event) -> None:  # noqa: N802
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        super().closeEvent(event)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME}</b> {__version__}<br>Turns appeal PDFs into corrected tables, "
            "section trees and donor briefing packs. Works fully offline.",
        )
