"""A read-only project looks read-only: the editing actions are disabled (and stay disabled when a
panel enables them again for a new selection), cells, section titles and section text cannot be
typed into. Copy, find, navigation, composing and exporting a pack still work; the project banner
says why the project is read-only and offers Save a Copy."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QWidget


class ReadOnlyGuard(QObject):
    def __init__(self, parent: QObject, actions: list[QAction], widgets: list[QWidget],
                 views: list[QAbstractItemView], texts: list[QPlainTextEdit]) -> None:
        super().__init__(parent)
        self.read_only = False
        self._actions = actions
        self._widgets = widgets
        self._views = {view: view.editTriggers() for view in views}
        self._texts = texts
        for action in actions:
            action.changed.connect(lambda a=action: self._keep_disabled(a))
        for widget in widgets:
            widget.installEventFilter(self)

    def set_read_only(self, on: bool) -> None:
        if on == self.read_only:
            return
        self.read_only = on
        for view, triggers in self._views.items():
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if on else triggers)
        for text in self._texts:
            text.setReadOnly(on)
        for item in self._actions + self._widgets:
            if on:
                item.setEnabled(False)
        # leaving read-only: the panels enable what fits their selection at their next update

    def _keep_disabled(self, item) -> None:
        if self.read_only and item.isEnabled():
            item.setEnabled(False)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.EnabledChange and self.read_only and watched.isEnabled():
            # not from inside the widget's own change of state
            QTimer.singleShot(0, lambda w=watched: self._keep_disabled(w))
        return super().eventFilter(watched, event)
