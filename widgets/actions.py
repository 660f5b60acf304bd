"""One way to make a QAction: text, slot, shortcut(s), tip, icon, added to its owner so the shortcut works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence


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
