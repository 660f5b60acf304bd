"""The section tree editor: the section forest in a QTreeView, with the selected section's text and tags.

Rename in place (F2), promote/demote (Alt+Shift+Left/Right), move (drag and drop, Alt+Shift+Up/Down),
merge with the previous section, split at the paragraph holding the cursor, delete, edit the text
(saved as one change when the editor loses focus or after a short pause in typing) and the tags.
Every edit is an operation built by :mod:`app.project.section_edit` and applied through the workbench.
"""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.project import section_edit as se
from app.document.messages import N_, Message
from app.document.model import DocumentData, Section, Tag
from app.document.tags import find_country, find_region, find_theme, fold, known_tags

from .actions import add_action
from . import i18n
from .i18n import translate_message
from .workbench import Workbench, commit_open_editor, touches_sections


def uncertain(section: Section) -> bool:
    """An inferred heading the extractor is unsure of (see app.extract.sections.headings.UNCERTAIN)."""
    from app.extract.sections.headings import UNCERTAIN

    return section.confidence is not None and section.confidence < UNCERTAIN

MIME = "application/x-briefing-builder-section"
TEXT_IDLE_MS = 1500


class SectionTreeModel(QAbstractItemModel):
    """A Qt model over ``DocumentData.sections``; indexes carry integer keys, never Python pointers."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.data_: DocumentData | None = None
        self._children: dict[str | None, list[str]] = {None: []}
        self._parent: dict[str, str | None] = {}
        #: row of each section under its parent (index_of in O(1): parent() is called all the time)
        self._row: dict[str, int] = {}
        self._sections: dict[str, Section] = {}
        self._keys: dict[str, int] = {}
        self._ids: dict[int, str] = {}
        self.rename = None  # callable(section_id, title) -> bool
        self.move = None  # callable(section_id, parent_id, index) -> None
        self.problem_sections: set[str] = set()

    def set_data(self, data: DocumentData | None) -> None:
        self.beginResetModel()
        self.data_ = data
        self._children = {None: []}
        self._parent = {}
        self._row = {}
        self._sections = {}
        if data is not None:
            def visit(section: Section, parent: str | None) -> None:
                self._sections[section.id] = section
                self._parent[section.id] = parent
                siblings = self._children.setdefault(parent, [])
                self._row[section.id] = len(siblings)
                siblings.append(section.id)
                self._children.setdefault(section.id, [])
                for child in section.children:
                    visit(child, section.id)

            for root in data.sections:
                visit(root, None)
        for sid in self._sections:
            if sid not in self._keys:
                key = len(self._keys) + 1
                self._keys[sid] = key
                self._ids[key] = sid
        self.endResetModel()

    def section(self, index: QModelIndex) -> Section | None:
        if not index.isValid():
            return None
        return self._sections.get(self._ids.get(int(index.internalId()), ""))

    def index_of(self, section_id: str, column: int = 0) -> QModelIndex:
        if section_id not in self._sections:
            return QModelIndex()
        return self.createIndex(self._row[section_id], column, self._keys[section_id])

    # ---- structure ------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        parent_id = self._ids.get(int(parent.internalId())) if parent.isValid() else None
        children = self._children.get(parent_id, [])
        if not 0 <= row < len(children) or not 0 <= column < 2:
            return QModelIndex()
        return self.createIndex(row, column, self._keys[children[row]])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        sid = self._ids.get(int(index.internalId()))
        parent_id = self._parent.get(sid) if sid else None
        if parent_id is None:
            return QModelIndex()
        return self.index_of(parent_id)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        if parent.isValid():
            if parent.column() != 0:
                return 0
            return len(self._children.get(self._ids.get(int(parent.internalId())), []))
        return len(self._children.get(None, []))

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 2

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return self.rowCount(parent) > 0

    # ---- content --------------------------------------------------------------------------------

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        section = self.section(index)
        if section is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return section.title or ("" if role == Qt.ItemDataRole.EditRole else self.tr("(untitled)"))
            if section.end_page and section.end_page != section.page:
                return f"{section.page}–{section.end_page}"
            return str(section.page)
        if role == Qt.ItemDataRole.ToolTipRole:
            tags = ", ".join(i18n.tag_name(t) for t in section.tags)
            pages = (f"{section.page}–{section.end_page}" if section.end_page and section.end_page != section.page
                     else str(section.page))
            lines = [section.title, self.tr("Level {level}, page {pages}").format(level=section.level, pages=pages)]
            if tags:
                lines.append(self.tr("Tags: {tags}").format(tags=tags))
            if section.id in self.problem_sections:
                lines.append(self.tr("Lost characters in the title or text"))
            if uncertain(section):
                lines.append(self.tr("Uncertain heading ({percent} sure): check it").format(
                    percent=QLocale().toString(round(100 * section.confidence)) + "%"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and uncertain(section):
            return QColor("#e0a000")  # an amber mark: headings to check first
        if role == Qt.ItemDataRole.ForegroundRole:
            if section.id in self.problem_sections:
                return QColor("#b03a1a")
            if index.column() == 1:
                return QColor("#666666")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Section"), self.tr("Pages"))[section] if section < 2 else None
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemIsDropEnabled)
        if index.column() == 0:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        section = self.section(index)
        if section is None or role != Qt.ItemDataRole.EditRole or index.column() != 0 or self.rename is None:
            return False
        title = str(value)
        if " ".join(title.split()) == section.title:
            return False
        return bool(self.rename(section.id, title))

    # ---- drag and drop --------------------------------------------------------------------------

    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        ids = []
        for index in indexes:
            section = self.section(index)
            if section is not None and section.id not in ids:
                ids.append(section.id)
        mime = QMimeData()
        mime.setData(MIME, json.dumps(ids).encode())
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if not data.hasFormat(MIME):
            return False
        try:
            ids = json.loads(bytes(data.data(MIME)).decode())
        except ValueError:
            return False
        target = self.section(parent)
        if target is None or len(ids) != 1:
            return len(ids) == 1
        moving = self._sections.get(ids[0])
        return moving is not None and all(s.id != target.id for s in moving.walk())

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if action != Qt.DropAction.MoveAction or not self.canDropMimeData(data, action, row, column, parent):
            return False
        (section_id,) = json.loads(bytes(data.data(MIME)).decode())
        target = self.section(parent)
        parent_id = target.id if target is not None else None
        index = row if row >= 0 else len(self._children.get(parent_id, []))
        if self.move is not None:
            # after the view has finished with the drop: the move resets this model
            QTimer.singleShot(0, lambda: self.move(section_id, parent_id, index))
        return True


class TagDialog(QDialog):
    """Edit the tags of a section: countries (ISO 3166), regions and themes."""

    def __init__(self, tags: list[Tag], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Tags"))
        self.list = QListWidget(self)
        for tag in tags:
            self._add_item(tag)
        self.kind = QComboBox(self)
        for kind, label in (("country", self.tr("country")), ("region", self.tr("region")),
                            ("theme", self.tr("theme"))):
            self.kind.addItem(label, kind)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Country name or ISO code, region or theme"))
        # names as the interface shows them ("Alemania" in Spanish), for the kind chosen
        self.completer = FoldedCompleter(self)
        self.name.setCompleter(self.completer)
        self.kind.currentIndexChanged.connect(self._complete_kind)
        self._complete_kind()
        add = QPushButton(self.tr("Add"), self)
        add.clicked.connect(self.add_current)
        self.name.returnPressed.connect(self.add_current)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(lambda: [self.list.takeItem(self.list.row(i)) for i in self.list.selectedItems()])
        self.message = QLabel("", self)
        self.message.setStyleSheet("color: #b03a1a")
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.name, 1)
        row.addWidget(add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(remove)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(420, 360)

    def _complete_kind(self) -> None:
        names = {i18n.tag_name(tag) for tag in known_tags(self.kind.currentData())}
        self.completer.set_names(sorted(names, key=fold))

    def _add_item(self, tag: Tag) -> None:
        kinds = {"country": self.tr("country"), "region": self.tr("region"), "theme": self.tr("theme")}
        item = QListWidgetItem(f"{kinds.get(tag.kind, tag.kind)}: {i18n.tag_name(tag)} ({tag.code})")
        item.setData(Qt.ItemDataRole.UserRole, tag.to_json())
        self.list.addItem(item)

    def add_current(self) -> bool:
        kind, text = self.kind.currentData(), " ".join(self.name.text().split())
        if not text:
            return False
        try:
            tag = make_tag(kind, text)
        except ValueError as exc:
            self.message.setText(translate_message(exc))
            return False
        if tag not in self.tags():
            self._add_item(tag)
        self.name.clear()
        self.message.clear()
        return True

    def tags(self) -> list[Tag]:
        return [Tag.from_json(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]


def make_tag(kind: str, text: str) -> Tag:
    """A tag from what the user typed: countries must be known (name or ISO code, :func:`app.document.tags.find_country`);
    regions and themes are the known ones when the text names one, in any language."""
    import re

    if kind == "country":
        found = find_country(text)
        if found is None:
            raise ValueError(Message.of(N_("TagDialog", "“{text}” is not a country name or ISO code."),
                                        text=text))
        return found
    # a known region or theme in any of its names ("África Austral", "Objective 2: Addressing ...") is
    # that one, so packs filtered by it find the section; other names make a tag of their own
    known = find_region(text) if kind == "region" else find_theme(text) if kind == "theme" else None
    if known is not None:
        return known
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if not slug:
        raise ValueError(Message.of(N_("TagDialog", "Type a name.")))
    return Tag(kind, slug, text)


class WrappingDelegate(QStyledItemDelegate):
    """Titles wrap within the title column: the row is as tall as the wrapped title needs (Qt's tree
    does not give a delegate the column width, so it is taken from the header here)."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index):  # noqa: N802
        hint = super().sizeHint(option, index)
        if index.column() != 0:
            return hint
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.header().sectionSize(0) - depth * self.tree.indentation() - 8
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if width <= 40 or not opt.text:
            return hint
        from PySide6.QtCore import QRect

        text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000),
                                            int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), opt.text)
        hint.setHeight(max(hint.height(), text.height() + 4))
        return hint


class FoldedCompleter(QCompleter):
    """Completes names whatever the case and accents typed ("cote" offers "Côte d’Ivoire"), and puts the
    name as it is spelt: each name is matched on itself and on its folded form (:func:`fold`)."""

    SEARCHED = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setModel(QStandardItemModel(self))
        self.setCompletionRole(self.SEARCHED)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def set_names(self, names) -> None:
        model = self.model()
        model.clear()
        for name in names:
            item = QStandardItem(name)
            item.setData(f"{name}\n{fold(name)}", self.SEARCHED)
            model.appendRow(item)

    def names(self) -> list[str]:
        model = self.model()
        return [model.item(row).text() for row in range(model.rowCount())]

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802 - Qt's name
        return index.data(Qt.ItemDataRole.DisplayRole) or ""


class FoldedFilter(QSortFilterProxyModel):
    """Shows the sections whose title holds the typed text, ignoring case and accents ("region" finds
    "Región", "cote" finds "Côte d’Ivoire"), with the sections above them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._key = ""

    def set_text(self, text: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            self._key = fold(text)
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self._key = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 - Qt's name
        if not self._key:
            return True
        title = self.sourceModel().index(row, 0, parent).data(Qt.ItemDataRole.DisplayRole)
        return bool(title) and self._key in fold(str(title))


class SectionPanel(QWidget):
    """The Sections dock: tree, and below it the selected section's tags and text."""

    sectionActivated = Signal(str)

    def __init__(self, bench: Workbench, parent=None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.model = SectionTreeModel(self)
        self.model.rename = self.rename
        self.model.move = self.move
        self._loading = False
        self._pending_for = ""

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter sections…"))
        self.filter.setClearButtonEnabled(True)
        self.proxy = FoldedFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter.textChanged.connect(self._filter_changed)

        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(False)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # long section titles wrap onto a second line instead of being cut (the panel is narrow on a
        # laptop screen); rows are laid out again when the title column changes width
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegateForColumn(0, WrappingDelegate(self.tree))
        self.tree.header().sectionResized.connect(self._title_column_resized)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.tags_label = QLabel("", self)
        self.tags_label.setWordWrap(True)
        self.tags_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tags_button = QToolButton(self)
        self.tags_button.setText(self.tr("Tags…"))
        self.tags_button.clicked.connect(self.edit_tags)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("Text of the selected section. Paragraphs are separated by a blank line."))
        self.text.textChanged.connect(self._text_changed)
        self.text.installEventFilter(self)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(TEXT_IDLE_MS)
        self._idle.timeout.connect(self.commit_text)

        self._build_actions()
        tags_row = QHBoxLayout()
        tags_row.setContentsMargins(0, 0, 0, 0)
        tags_row.addWidget(self.tags_label, 1)
        tags_row.addWidget(self.tags_button)
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 2, 0, 0)
        editor_layout.setSpacing(2)
        editor_layout.addLayout(tags_row)
        editor_layout.addWidget(self.text, 1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(2)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.filter, 1)
        for action in (self.promote_action, self.demote_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            tools.addWidget(button)
        more = QToolButton(self)
        more.setText(self.tr("Edit ▾"))
        more.setAutoRaise(True)
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setMenu(self.menu())
        tools.addWidget(more)
        top_layout.addLayout(tools)
        top_layout.addWidget(self.tree, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        bench.projectAboutToChange.connect(self.commit_edits)
        bench.currentDocumentChanged.connect(lambda _sha: self.reload())
        bench.dataChanged.connect(self._on_data_changed)
        bench.sectionSelected.connect(self._on_section_selected)
        bench.tableSelected.connect(self._on_table_selected)
        bench.problemsChanged.connect(self._on_problems)
        self.reload()

    # =================================================================================== actions

    def _act(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        return add_action(self, text, slot, shortcut, tip, local=True)

    def _build_actions(self) -> None:
        self._tips: dict = {}
        a = self._act
        self.rename_action = a(self.tr("Rename Section"), self.start_rename, "F2")
        self.promote_action = a(self.tr("Promote"), lambda: self._edit(se.promote), "Alt+Shift+Left",
                                self.tr("Promote: one level up"))
        self.demote_action = a(self.tr("Demote"), lambda: self._edit(se.demote), "Alt+Shift+Right",
                               self.tr("Demote: under the previous section"))
        self.promote_action.setIconText("◀")
        self.demote_action.setIconText("▶")
        self.move_up_action = a(self.tr("Move Section Up"), lambda: self._edit(lambda d, s: se.move_by(d, s, -1)),
                                "Alt+Shift+Up")
        self.move_down_action = a(self.tr("Move Section Down"), lambda: self._edit(lambda d, s: se.move_by(d, s, +1)),
                                  "Alt+Shift+Down")
        self.merge_action = a(self.tr("Merge With Previous Section"), lambda: self._edit(se.merge_with_previous),
                              "Ctrl+Shift+Backspace", self.tr("Turn this heading into text of the section before it"))
        self.split_action = a(self.tr("Split Section at Paragraph"), self.split_at_cursor, "Ctrl+Shift+Return",
                              self.tr("The paragraph holding the text cursor starts a new section"))
        self.tags_action = a(self.tr("Edit Tags…"), self.edit_tags, "Ctrl+Shift+G")
        self.delete_action = a(self.tr("Delete Section"), self.delete_current, "Delete",
                               self.tr("Delete the section and its sub-sections"))
        self.section_actions = [self.rename_action, self.promote_action, self.demote_action, self.move_up_action,
                                self.move_down_action, None, self.merge_action, self.split_action, None,
                                self.tags_action, None, self.delete_action]
        # Delete must not fire while typing in the text editor: attach it to the tree only
        self.removeAction(self.delete_action)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(self.delete_action)

    def menu(self, parent=None) -> QMenu:
        menu = QMenu(self.tr("&Section"), parent or self)
        self.fill_menu(menu)
        return menu

    def fill_menu(self, menu: QMenu) -> None:
        for action in self.section_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)

    def _context_menu(self, pos) -> None:
        if self.current_section() is None:
            return
        menu = QMenu(self)
        self.fill_menu(menu)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # ================================================================================== loading

    def commit_edits(self) -> None:
        """Save a title being renamed in the tree and the text being typed (before the project changes)."""
        commit_open_editor(self.tree)
        self.commit_text()

    def _title_column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == 0 and self.model.rowCount():
            self.tree.scheduleDelayedItemsLayout()

    def reload(self) -> None:
        self.commit_text()
        data = self.bench.data()
        expanded = self._expanded_ids()
        current = self.bench.current_section
        self.model.set_data(data)
        self._restore_expanded(expanded)
        if current and self.model.index_of(current).isValid():
            self._select(current)
        self._show_section(self.bench.section(current) if current else None)

    def _expanded_ids(self) -> set[str]:
        out: set[str] = set()
        for sid, children in self.model._children.items():
            if sid is None or not children:  # only sections with sub-sections can be expanded
                continue
            index = self.proxy.mapFromSource(self.model.index_of(sid))
            if index.isValid() and self.tree.isExpanded(index):
                out.add(sid)
        return out

    def _restore_expanded(self, expanded: set[str]) -> None:
        if not expanded and self.model.rowCount() and self.model.rowCount() <= 40:
            # first show: open the top level so the structure is visible
            for row in range(self.model.rowCount()):
                self.tree.expand(self.proxy.mapFromSource(self.model.index(row, 0)))
            return
        for sid in expanded:
            index = self.proxy.mapFromSource(self.model.index_of(sid))
            if index.isValid():
                self.tree.expand(index)

    def _on_data_changed(self, sha: str, op: dict) -> None:
        if sha != self.bench.current or not touches_sections(op):
            return
        current = self.bench.current_section
        if current and self.bench.section(current) is None:
            self.bench.current_section = ""
        self.reload()

    def _on_problems(self, sha: str) -> None:
        if sha != self.bench.current:
            return
        problems = self.bench.problems(sha) or []
        marked = {p.section for p in problems if p.section}
        if marked != self.model.problem_sections:
            self.model.problem_sections = marked
            if self.model.rowCount():
                self.tree.viewport().update()

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        if text:
            self.tree.expandAll()

    # ================================================================================ selection

    def current_section(self) -> Section | None:
        return self.model.section(self.proxy.mapToSource(self.tree.currentIndex()))

    def _select(self, section_id: str) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(section_id))
        if index.isValid():
            self._loading = True
            try:
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
            finally:
                self._loading = False

    def select(self, section_id: str) -> None:
        """Select a section (as if clicked)."""
        self._select(section_id)
        self.bench.select_section(section_id)
        self._show_section(self.bench.section(section_id))

    def _current_changed(self, current, _previous) -> None:
        if self._loading:
            return
        self.commit_text()
        section = self.model.section(self.proxy.mapToSource(current))
        self._show_section(section)
        if section is not None:
            self.bench.select_section(section.id)
            self.sectionActivated.emit(section.id)

    def _on_section_selected(self, section_id: str) -> None:
        section = self.current_section()
        if section is not None and section.id == section_id:
            return
        self.commit_text()
        if section_id:
            self._select(section_id)
        self._show_section(self.bench.section(section_id) if section_id else None)

    def _on_table_selected(self, table_id: str, _row: int, _col: int) -> None:
        """The outline follows the table shown: its section is highlighted (the page stays on the table)."""
        table = self.bench.table(table_id) if table_id else None
        if table is None or not table.section or self.bench.section(table.section) is None:
            return
        current = self.current_section()
        if current is not None and current.id == table.section:
            return
        self.commit_text()
        self._select(table.section)
        self.bench.current_section = table.section
        self._show_section(self.bench.section(table.section))

    def _show_section(self, section: Section | None) -> None:
        self._loading = True
        try:
            self._pending_for = ""
            self._idle.stop()
            if section is None:
                self.text.setPlainText("")
                self.text.setEnabled(False)
                self.tags_label.setText(self.tr("No section selected"))
                self.tags_button.setEnabled(False)
            else:
                if self.text.toPlainText() != section.text:
                    self.text.setPlainText(section.text)
                self.text.setEnabled(True)
                tags = ", ".join(i18n.tag_name(t) for t in section.tags)
                self.tags_label.setText(self.tr("Tags: {tags}").format(tags=tags) if tags else self.tr("No tags"))
                self.tags_button.setEnabled(True)
            self._update_actions(section)
        finally:
            self._loading = False

    def _update_actions(self, section: Section | None) -> None:
        """Enable each edit only where it can be made (the document root cannot be moved, demoted or
        deleted, a first section cannot be demoted, ...); the reason is the disabled action's tip."""
        data = self.bench.data()
        checks = {
            self.promote_action: se.promote,
            self.demote_action: se.demote,
            self.move_up_action: lambda d, s: se.move_by(d, s, -1),
            self.move_down_action: lambda d, s: se.move_by(d, s, +1),
            self.merge_action: se.merge_with_previous,
            self.delete_action: se.delete,
        }
        for action in self.section_actions:
            if action is None:
                continue
            tip = self._tips.setdefault(action, action.toolTip())
            enabled, reason = section is not None and data is not None, ""
            check = checks.get(action)
            if enabled and check is not None:
                try:
                    check(data, section.id)
                except se.SectionEditError as exc:
                    enabled, reason = False, translate_message(exc)
            action.setEnabled(enabled)
            action.setToolTip(f"{tip} — {reason}" if reason else tip)

    # ==================================================================================== edits

    def _apply(self, op) -> bool:
        return self.bench.apply(op)

    def _edit(self, build) -> bool:
        section = self.current_section()
        data = self.bench.data()
        if section is None or data is None:
            return False
        self.commit_text()
        try:
            op = build(data, section.id)
        except se.SectionEditError as exc:
            self.bench.error.emit(self.tr("Cannot change the section tree"), translate_message(exc))
            return False
        keep = section.id
        ok = self._apply(op)
        if ok and self.bench.section(keep) is not None:
            self.bench.current_section = keep
            self._select(keep)
            self._show_section(self.bench.section(keep))
        return ok

    def start_rename(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(0))

    def rename(self, section_id: str, title: str) -> bool:
        data = self.bench.data()
        if data is None:
            return False
        try:
            op = se.rename(data, section_id, title)
        except se.SectionEditError as exc:
            self.bench.error.emit(self.tr("Cannot rename the section"), translate_message(exc))
            return False
        return self._apply(op)

    def move(self, section_id: str, parent_id: str | None, index: int) -> bool:
        data = self.bench.data()
        if data is None:
            return False
        try:
            op = se.move(data, section_id, parent_id, index)
        except se.SectionEditError as exc:
            self.bench.message.emit(translate_message(exc))
            return False
        ok = self._apply(op)
        if ok:
            self.bench.current_section = section_id
            self._select(section_id)
        return ok

    def delete_current(self) -> bool:
        return self._edit(se.delete)

    def split_at_cursor(self) -> bool:
        section = self.current_section()
        if section is None:
            return False
        self.commit_text()
        section = self.current_section()
        position = self.text.textCursor().position()
        paragraph = se.paragraph_at(section.text, position)
        # where the paragraph is printed, so the tables after it go to the new part
        paras = se.paragraphs(section.text)
        anchor = None
        if 0 <= paragraph < len(paras):
            # the section's own text ends where its first sub-section starts (the document's text,
            # before its first heading, is on the first pages only)
            end = section.children[0].page if section.children else max(section.page, section.end_page)
            pages = range(section.page, end + 1)
            anchor = se.locate_paragraph(section, paras[paragraph], self.bench.page_features(pages))
        return self._edit(lambda d, s: se.split(d, s, paragraph, anchor=anchor))

    def set_tags(self, tags: list[Tag]) -> bool:
        section = self.current_section()
        data = self.bench.data()
        if section is None or data is None or tags == section.tags:
            return False
        return self._apply(se.set_tags(data, section.id, tags))

    def edit_tags(self) -> None:
        section = self.current_section()
        if section is None:
            return
        dialog = TagDialog(list(section.tags), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_tags(dialog.tags())

    # ---- text -----------------------------------------------------------------------------------

    def _text_changed(self) -> None:
        if self._loading:
            return
        section = self.current_section()
        if section is None:
            return
        self._pending_for = section.id
        self._idle.start()

    @property
    def has_pending_text(self) -> bool:
        return bool(self._pending_for)

    def commit_text(self) -> bool:
        """Save the text being edited as one change (called on focus loss, a pause, or before other edits)."""
        self._idle.stop()
        section_id, self._pending_for = self._pending_for, ""
        if not section_id:
            return False
        data = self.bench.data()
        section = self.bench.section(section_id)
        if data is None or section is None:
            return False
        text = self.text.toPlainText()
        if text == section.text:
            return False
        return self._apply(se.set_text(data, section_id, text))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent

        if obj is self.text and event.type() == QEvent.Type.FocusOut:
            self.commit_text()
        return super().eventFilter(obj, event)
