"""The pack composer's Outline tab: the pack's blocks in order, to reorder (drag, Ctrl+Up/Down) and
remove (Delete). The view shows a :class:`~app.packs.pack.Pack` and asks for changes by signals;
the composer makes them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.packs.pack import Pack

KEY_ROLE = Qt.ItemDataRole.UserRole


class PackOutlineView(QWidget):
    #: move the selected blocks up (-1) or down (+1)
    moveRequested = Signal(int)
    #: remove the selected blocks
    removeRequested = Signal()
    undoRequested = Signal()
    #: put back removed blocks and the default order
    restoreRequested = Signal()
    #: the user dragged blocks to a new order (read it with :meth:`keys`)
    reordered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.outline = QListWidget(self)
        self.outline.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.outline.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.outline.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.outline.setToolTip(self.tr("Drag to reorder; Delete removes the selected blocks from the pack"))
        self.outline.model().rowsMoved.connect(self._rows_moved)
        layout.addWidget(self.outline, 1)
        self.outline.installEventFilter(self)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, tip in (
            ("up", self.tr("Up"), lambda: self.moveRequested.emit(-1), self.tr("Move the selected block up (Ctrl+Up)")),
            ("down", self.tr("Down"), lambda: self.moveRequested.emit(1),
             self.tr("Move the selected block down (Ctrl+Down)")),
            ("remove", self.tr("Remove"), self.removeRequested.emit, self.tr("Remove the selected blocks (Delete)")),
            ("undo", self.tr("Undo"), self.undoRequested.emit, self.tr("Undo the last reorder or removal in the outline")),
            ("restore", self.tr("Restore all"), self.restoreRequested.emit,
             self.tr("Put back removed blocks and the default order")),
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(buttons)
        self.pack_notes = QLabel(self)
        self.pack_notes.setWordWrap(True)
        self.pack_notes.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.pack_notes)

    def _rows_moved(self, *args) -> None:
        if not self._updating:
            self.reordered.emit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.outline and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
                self.removeRequested.emit()
                return True
            if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.moveRequested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def show_pack(self, pack: Pack) -> None:
        """The blocks of ``pack``; the selection is kept by block key."""
        selected = set(self.selected_keys())
        self._updating = True
        try:
            self.outline.clear()
            for block in pack.blocks:
                item = QListWidgetItem(block.outline_label())
                item.setData(KEY_ROLE, block.key)
                if block.source is not None:
                    item.setToolTip(self.tr("From {source}").format(source=block.source.label()))
                if block.kind in ("cover", "contents", "key_figures", "chart", "sources"):
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.outline.addItem(item)
                if block.key in selected:
                    item.setSelected(True)
        finally:
            self._updating = False
        notes = list(pack.notes)
        self.pack_notes.setText(" ".join(notes))
        self.pack_notes.setVisible(bool(notes))

    def keys(self) -> list[str]:
        return [self.outline.item(i).data(KEY_ROLE) for i in range(self.outline.count())]

    def selected_keys(self) -> list[str]:
        return [item.data(KEY_ROLE) for item in self.outline.selectedItems()]

    def selected_rows(self) -> list[int]:
        return sorted(self.outline.row(i) for i in self.outline.selectedItems())

    def select_keys(self, keys) -> None:
        keys = set(keys)
        for i in range(self.outline.count()):
            self.outline.item(i).setSelected(self.outline.item(i).data(KEY_ROLE) in keys)
