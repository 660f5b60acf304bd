"""The main window's docks and their layout: the default arrangement, the saved one, and the check that
either fits a 1366×768 screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QTabBar, QWidget

from .places import settings

#: Bump when the default dock layout changes, so an old saved layout is not restored over it.
LAYOUT_VERSION = 4
#: The least height the panels under the table editor keep when the Pack panel asks for room.
BELOW_MIN = 120
#: The tallest the window's minimum height may be: a 768-pixel screen less a task bar (40) and a title
#: bar (32). A layout (restored, or grown by a panel) that needs more falls back to the default one.
FIT_HEIGHT = 696
#: Room kept for the title bar when the window is fitted to a screen before it has a frame.
TITLE_BAR = 32


def make_dock(window: QMainWindow, title: str, name: str, widget: QWidget) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    return dock


class DockLayout(QObject):
    """Places the window's docks: sections, pages and documents on the left; the table editor over
    problems/tables/history on the right; the pack composer sharing the table editor's place."""

    def __init__(self, window: QMainWindow, left: list[QDockWidget], editor: QDockWidget,
                 below_editor: list[QDockWidget], pack: QDockWidget) -> None:
        super().__init__(window)
        self.window = window
        self.left = left
        self.editor = editor
        self.below_editor = below_editor
        self.pack = pack
        #: True once a saved layout was restored (its dock sizes are then kept)
        self.state_restored = False

    def all_docks(self) -> list[QDockWidget]:
        return self.left + [self.editor] + self.below_editor + [self.pack]

    def default_layout(self) -> None:
        """Sections, pages and documents on the left; the table editor over problems/tables/history
        on the right: fits 1366×768 with the page in the middle. The pack composer shares the table
        editor's place and is hidden until asked for (Ctrl+Shift+P)."""
        w = self.window
        left_area = Qt.DockWidgetArea.LeftDockWidgetArea
        right_area = Qt.DockWidgetArea.RightDockWidgetArea
        for dock in self.all_docks():
            w.removeDockWidget(dock)
            dock.setFloating(False)
        w.addDockWidget(left_area, self.left[0])
        for before, dock in zip(self.left, self.left[1:]):
            w.tabifyDockWidget(before, dock)
        w.addDockWidget(right_area, self.editor)
        w.splitDockWidget(self.editor, self.below_editor[0], Qt.Orientation.Vertical)
        for before, dock in zip(self.below_editor, self.below_editor[1:]):
            w.tabifyDockWidget(before, dock)
        w.tabifyDockWidget(self.editor, self.pack)
        for dock in self.all_docks():
            dock.show()
        self.pack.hide()
        self.left[0].raise_()
        self.below_editor[0].raise_()
        self.editor.raise_()
        self.default_sizes()

    def default_sizes(self) -> None:
        w = self.window
        width = max(w.width(), 1000)
        height = max(w.height(), 600)
        # the left column is at least as wide as its tabs' names (at 125% scaling 18% of the window cut
        # them to "Secti…", "Pa…"), up to a quarter of the window
        left = max(int(width * 0.18), min(self._left_tabs_width(), int(width * 0.25)))
        w.resizeDocks([self.left[0], self.editor], [left, int(width * 0.37)],
                      Qt.Orientation.Horizontal)
        w.resizeDocks([self.editor, self.below_editor[0]], [int(height * 0.56), int(height * 0.30)],
                      Qt.Orientation.Vertical)

    def make_room(self, dock, need: int) -> None:
        """Give ``dock`` (in the editor's column) ``need`` more pixels of height from the panels under
        it, which keep at least :data:`BELOW_MIN` (a short screen: the Pack panel's filters clipped
        its country list to one row while the Problems list kept its default third)."""
        below = next((d for d in self.below_editor if d.isVisible() and not d.isFloating()), None)
        if need <= 0 or below is None or dock.isFloating() or not dock.isVisible():
            return
        take = min(need, below.height() - BELOW_MIN)
        if take > 0:
            self.window.resizeDocks([dock, below], [dock.height() + take, below.height() - take],
                                    Qt.Orientation.Vertical)

    def _left_tabs_width(self) -> int:
        """The width the left panels' tab bar needs to show every name whole (0 when not tabbed)."""
        titles = {d.windowTitle() for d in self.left}
        for bar in self.window.findChildren(QTabBar):
            if {bar.tabText(i) for i in range(bar.count())} >= titles:
                return sum(bar.tabSizeHint(i).width() for i in range(bar.count())) + 4
        return 0

    def first_shown(self) -> None:
        if not self.state_restored:
            # dock sizes are only honoured once the window has its real size
            QTimer.singleShot(0, self.default_sizes)

    def reset(self) -> None:
        self.default_layout()
        QTimer.singleShot(0, self.default_sizes)

    # ---- saved state ----------------------------------------------------------------------------

    def restore_state(self) -> bool:
        """Restore the saved geometry and docks; True when a saved dock state was found. The caller
        checks the result still fits (:meth:`ensure_fits`) once it has set what is not saved."""
        w = self.window
        s = settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            w.restoreGeometry(geometry)
            self.fit_to_screen()
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.state_restored = w.restoreState(state, LAYOUT_VERSION)
            return True
        return False

    def save_state(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.window.saveGeometry())
        s.setValue("window/state", self.window.saveState(LAYOUT_VERSION))

    # ---- fitting the screen ---------------------------------------------------------------------

    def _screen(self):
        return self.window.screen() or QApplication.primaryScreen()

    def height_limit(self) -> int:
        screen = self._screen()
        if screen is None:
            return FIT_HEIGHT
        return max(400, min(FIT_HEIGHT, screen.availableGeometry().height() - TITLE_BAR))

    def fits(self) -> bool:
        """True when the panels' minimum size leaves the whole window (status bar included) on a
        1366×768 screen and on the current one."""
        need = self.window.minimumSizeHint()
        screen = self._screen()
        width = screen.availableGeometry().width() if screen is not None else 1366
        return need.height() <= self.height_limit() and need.width() <= max(width, 1024)

    def ensure_fits(self) -> bool:
        """Fall back to the default layout when the current one (restored, or grown by a panel)
        cannot fit the screen; returns True when it had to."""
        if self.fits():
            return False
        self.state_restored = False
        self.default_layout()
        if self.window.isVisible():
            QTimer.singleShot(0, self.default_sizes)
        self.window.statusBar().showMessage(
            self.tr("The saved panel layout did not fit the screen; the default layout is used."), 8000)
        return True

    def fit_to_screen(self) -> None:
        fit_to_screen(self.window)


def fit_to_screen(w: QMainWindow) -> None:
    """A window restored from a bigger screen is made to fit this one (title bar included)."""
    screen = w.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    avail = screen.availableGeometry()
    frame = w.frameGeometry().height() - w.geometry().height()
    height = min(w.height(), avail.height() - (frame if frame > 0 else TITLE_BAR))
    width = min(w.width(), avail.width())
    if (width, height) != (w.width(), w.height()):
        w.resize(width, height)
    if not avail.contains(w.frameGeometry().topLeft()):
        w.move(avail.topLeft())
