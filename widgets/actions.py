"""One way to make a QAction: text, slot, shortcut(s), tip, icon, added to its owner so the shortcut works."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def add_action(owner, text: str, slot, shortcut=None, tip: str = "", *, icon=None, checkable: bool = False,
               local: bool = False) -> QAction:
    """An action of ``owner`` (a QWidget), triggering ``slot``.

    ``shortcut``: a key sequence, a standard key, or a list of them. ``local``: the shortcut works only
    while focus is inside ``owner`` (editors in docks share keys such as Ctrl+I with other docks). The
    tooltip names the first shortcut, as desktop tools do, so keys are discoverable by hovering."""
    action = QAction(text, owner)
    keys = []
    if shortcut is not None:
        keys = [QKeySequence(s) for s in shortcut] if isinstance(shortcut, (list, tuple)) else [QKeySequence(shortcut)]
        action.setShortcuts(keys)
        if local:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    tip = tip or text.replace("&", "")
    action.setStatusTip(tip)
    named = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
    action.setToolTip(f"{tip} ({named})" if named else tip)
    if icon is not None:
        action.setIcon(owner.style().standardIcon(icon))
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


_LOCAL = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)


def local_keys(focus) -> set[str]:
    """The keys of the actions and shortcuts that a panel binds for itself (``local``) and that work with
    the focus on ``focus``: those of ``focus`` and, for the ones working in a widget's children, of every
    widget above it."""
    keys: set[str] = set()
    widget, first = focus, True
    while widget is not None:
        bindings = [(a.shortcutContext(), a.shortcuts()) for a in widget.actions()]
        bindings += [(s.context(), [s.key()]) for s in widget.findChildren(QShortcut, options=DIRECT)]
        for context, sequences in bindings:
            if context == Qt.ShortcutContext.WidgetWithChildrenShortcut or (
                    first and context == Qt.ShortcutContext.WidgetShortcut):
                keys.update(k.toString() for k in sequences if not k.isEmpty())
        widget, first = widget.parentWidget(), False
    return keys


def _part_of(window, widget) -> bool:
    """``widget`` is in ``window`` or in one of its floating panels (Qt gives a floating dock the
    window's shortcuts too)."""
    top = widget.window()
    return top is window or (isinstance(top, QDockWidget) and top.parentWidget() is window)


class LocalKeysFirst(QObject):
    """A key that a window-wide action shares with a panel's own action or shortcut goes to the panel
    while the focus is inside it: Ctrl+- zooms the page out, and in the table editor deletes rows (as in
    Excel); Ctrl+S saves the project, and in the Pack panel the pack. Qt would find two shortcuts for one
    key, call it ambiguous and trigger neither, so the window's action gives the key up meanwhile."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self._given_up: dict[QAction, list[QKeySequence]] = {}  # action -> all its keys
        #: the window's actions with window-wide keys, found by a search of its children that runs only
        #: from the event loop: a focus change can come while a dialog of the window is half destroyed
        #: (a file dialog's completer closing), and handing its actions to Python aborts the program
        self._wide: set[QAction] = set()
        self._search_pending = False
        self._search()
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def keys(self, action: QAction) -> list[QKeySequence]:
        """All of ``action``'s keys, including one it has given up while the focus is in a panel."""
        return self._given_up.get(action) or action.shortcuts()

    @Slot()
    def _focus_changed(self) -> None:
        # no arguments: the widgets are read back from Qt, never handed over while being destroyed
        self._apply(QApplication.focusWidget())
        if not self._search_pending:  # actions made since (a panel built later) join at the next turn
            self._search_pending = True
            QTimer.singleShot(0, self, self._search)

    def _search(self) -> None:
        self._search_pending = False
        try:
            window = self._window
            wide = {a for a in window.findChildren(QAction) if a.shortcutContext() not in _LOCAL
                    and isinstance(a.parent(), QWidget) and a.parent().window() is window}
        except RuntimeError:  # the window is being deleted
            return
        if wide != self._wide:
            self._wide = wide
            self._apply(QApplication.focusWidget())

    def _apply(self, new) -> None:
        try:
            window = self._window
            if new is not None and not _part_of(window, new):
                return  # a dialog or another window: its own keys are its own
            taken = local_keys(new) if new is not None else set()
        except RuntimeError:  # the window is being deleted
            return
        for action in self._wide | set(self._given_up):
            try:
                keys = self._given_up.get(action) or action.shortcuts()
                kept = [k for k in keys if k.toString() not in taken]
                if len(kept) < len(keys):
                    self._given_up[action] = keys
                elif action in self._given_up:
                    del self._given_up[action]
                if kept != action.shortcuts():
                    action.setShortcuts(kept)
            except RuntimeError:  # deleted with its panel
                self._wide.discard(action)
                self._given_up.pop(action, None)
