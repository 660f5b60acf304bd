"""Edits of a pack definition as commands, undone and redone like corrections and kept in the project
the moment they are made.

Qt-free. One :class:`PackEdit` per user gesture (a country checked, a block moved, a title typed): it
names the parts of the :class:`~app.packs.pack.PackDefinition` it changes and holds each part's value
before and after, as JSON. Applying it either way needs nothing else, so the same edits replayed from
the project file give the same definition, whatever the machine's settings.

:class:`PackHistory` is the composer's working definition with its undo and redo stacks. Every change
(a new edit, an undo, a redo) is one committed row of the project's ``meta`` table before it is made
in memory (keys ``pack-journal:<seq>``, see docs/project-file.md); opening the project replays them.
Older versions of the application ignore those rows. Typing in one field makes one edit: consecutive
edits with the same ``merge`` key are one step, on screen and on replay alike.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from app.document.messages import N_
from app.packs.pack import PackDefinition, PackMetadata
from app.packs.selection import Filters

#: Prefix of the project's ``meta`` keys holding the composer's journal (one row a change).
JOURNAL_PREFIX = "pack-journal:"
#: Parts of a definition an edit may change. ``metadata.<field>`` for every text field of
#: :class:`PackMetadata`; ``options.<exporter>`` for one exporter's options.
WHOLE_PARTS = ("filters", "outline", "exporter", "definition", "name", "metadata.logo")
#: Metadata fields edited as text (the logo is ``metadata.logo``: its name and data together).
TEXT_FIELDS = ("title", "audience", "date", "prepared_by", "organisation", "notes", "subject", "language")
#: How each filter reads in an edit's label ("Choose countries").
FILTER_LABELS = {
    "countries": N_("Operations", "Choose countries"),
    "regions": N_("Operations", "Choose regions"),
    "themes": N_("Operations", "Choose themes"),
    "sections": N_("Operations", "Choose sections"),
    "documents": N_("Operations", "Choose documents"),
    "keywords": N_("Operations", "Change keywords"),
    "columns": N_("Operations", "Change columns"),
    "include_text": N_("Operations", "Include section text"),
    "include_tables": N_("Operations", "Include tables"),
}
FIELD_LABELS = {
    "title": N_("Operations", "Change title"),
    "audience": N_("Operations", "Change “Prepared for”"),
    "date": N_("Operations", "Change date"),
    "prepared_by": N_("Operations", "Change “Prepared by”"),
    "organisation": N_("Operations", "Change organisation"),
    "notes": N_("Operations", "Change notes"),
    "subject": N_("Operations", "Change subject"),
    "language": N_("Operations", "Change pack language"),
}


#: The other edits' labels (marked at import, so the interface can read a journal's labels back).
LABELS = {
    "change_filters": N_("Operations", "Change filters"),
    "leave_out_text": N_("Operations", "Leave out section text"),
    "leave_out_tables": N_("Operations", "Leave out tables"),
    "set_logo": N_("Operations", "Set logo"),
    "remove_logo": N_("Operations", "Remove logo"),
    "choose_format": N_("Operations", "Choose format"),
    "change_option": N_("Operations", "Change option “{option}”"),
    "move_blocks": N_("Operations", "Move blocks"),
    "move_block": N_("Operations", "Move block"),
    "reorder_blocks": N_("Operations", "Reorder blocks"),
    "remove_blocks": N_("Operations", "Remove blocks"),
    "remove_block": N_("Operations", "Remove block"),
    "restore_blocks": N_("Operations", "Restore all blocks"),
    "load_pack": N_("Operations", "Load pack “{name}”"),
}


class PackEditError(ValueError):
    """An edit that cannot be applied (a damaged journal row)."""


@dataclass
class PackEdit:
    """One undoable change of a pack definition."""

    label: str
    #: part -> value before the edit / after it (JSON values)
    before: dict[str, Any]
    after: dict[str, Any]
    #: consecutive edits with this key are one step (typing in one field); "" never merges
    merge: str = ""
    #: an edit of the outline (block order and removals): the Outline tab's own Undo button
    kind: str = field(default="")

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "before": self.before, "after": self.after, "merge": self.merge,
                "kind": self.kind}

    @classmethod
    def from_json(cls, data: Any) -> "PackEdit":
        if not isinstance(data, dict) or not isinstance(data.get("before"), dict) \
                or not isinstance(data.get("after"), dict) or set(data["before"]) != set(data["after"]):
            raise PackEditError("not a pack edit")
        for part in data["after"]:
            _check_part(part)
        return cls(str(data.get("label") or ""), dict(data["before"]), dict(data["after"]),
                   str(data.get("merge") or ""), str(data.get("kind") or ""))


def _check_part(part: str) -> None:
    if part in WHOLE_PARTS:
        return
    head, _, tail = part.partition(".")
    if (head == "metadata" and tail in TEXT_FIELDS) or (head == "options" and tail):
        return
    raise PackEditError(f"unknown part {part!r}")


# ------------------------------------------------------------------------------------ parts

def get_part(definition: PackDefinition, name: str, part: str) -> Any:
    """The JSON value of one part of ``definition`` (``name``: the saved pack it is, "" when unsaved)."""
    _check_part(part)
    if part == "filters":
        return definition.filters.to_json()
    if part == "outline":
        return {"order": list(definition.order), "removed": list(definition.removed)}
    if part == "exporter":
        return definition.exporter
    if part == "definition":
        return definition.to_json()
    if part == "name":
        return name
    if part == "metadata.logo":
        return {"name": definition.metadata.logo_name, "data": definition.metadata.logo_data}
    head, _, tail = part.partition(".")
    if head == "metadata":
        return getattr(definition.metadata, tail)
    return dict(definition.options.get(tail, {}))


def set_part(definition: PackDefinition, part: str, value: Any) -> str | None:
    """Set one part of ``definition`` from its JSON value; returns the new name for ``"name"``."""
    _check_part(part)
    if part == "filters":
        definition.filters = Filters.from_json(value)
    elif part == "outline":
        definition.order = [str(k) for k in (value or {}).get("order", [])]
        definition.removed = [str(k) for k in (value or {}).get("removed", [])]
    elif part == "exporter":
        definition.exporter = str(value or "pdf")
    elif part == "definition":
        new = PackDefinition.from_json(value)
        definition.filters, definition.metadata = new.filters, new.metadata
        definition.order, definition.removed = new.order, new.removed
        definition.exporter, definition.options = new.exporter, new.options
    elif part == "name":
        return str(value or "")
    elif part == "metadata.logo":
        definition.metadata.logo_name = str((value or {}).get("name") or "")
        definition.metadata.logo_data = str((value or {}).get("data") or "")
    else:
        head, _, tail = part.partition(".")
        if head == "metadata":
            setattr(definition.metadata, tail, str(value if value is not None else ""))
        elif value:
            definition.options[tail] = dict(value)
        else:
            definition.options.pop(tail, None)
    return None


def make_edit(definition: PackDefinition, label: str, after: dict[str, Any], *, name: str = "",
              merge: str = "", kind: str = "") -> PackEdit | None:
    """An edit setting the parts in ``after``; None when it would change nothing."""
    before = {part: get_part(definition, name, part) for part in after}
    after = {part: json.loads(json.dumps(value)) for part, value in after.items()}  # plain JSON, copied
    changed = {part for part in after if before[part] != after[part]}
    if not changed:
        return None
    return PackEdit(label, {p: before[p] for p in changed}, {p: after[p] for p in changed}, merge, kind)


# ------------------------------------------------------------------------ typed constructors

def set_filters(definition: PackDefinition, filters: Filters, *, title: str | None = None,
                label: str = "") -> PackEdit | None:
    """Choose ``filters``; ``title`` too when the title follows the filters. The label says which
    filter changed ("Choose countries"), or "Change filters" for several."""
    old, new = definition.filters.to_json(), filters.to_json()
    if not label:
        changed = [key for key in new if old.get(key) != new.get(key)]
        label = FILTER_LABELS.get(changed[0], LABELS["change_filters"]) if len(changed) == 1 \
            else LABELS["change_filters"]
        if changed in (["include_text"], ["include_tables"]) and not new[changed[0]]:
            label = (LABELS["leave_out_text"] if changed == ["include_text"]
                     else LABELS["leave_out_tables"])
    after: dict[str, Any] = {"filters": new}
    if title is not None:
        after["metadata.title"] = title
    typing = label in (FILTER_LABELS["keywords"], FILTER_LABELS["columns"])
    return make_edit(definition, label, after, merge=f"filters:{label}" if typing else "")


def set_field(definition: PackDefinition, name: str, value: str, *, extra: dict[str, Any] | None = None
              ) -> PackEdit | None:
    """Change one metadata field (typing in it is one step); ``extra`` parts change with it."""
    if name not in TEXT_FIELDS:
        raise PackEditError(f"unknown metadata field {name!r}")
    after = {f"metadata.{name}": value, **(extra or {})}
    typing = name not in ("date", "language")
    return make_edit(definition, FIELD_LABELS[name], after, merge=f"metadata.{name}" if typing else "")


def set_logo(definition: PackDefinition, path: str | None) -> PackEdit | None:
    """Set the logo from an image file (None: remove it); raises PackError for a bad image."""
    probe = PackMetadata()
    probe.set_logo(path)
    return make_edit(definition, LABELS["set_logo"] if path else LABELS["remove_logo"],
                     {"metadata.logo": {"name": probe.logo_name, "data": probe.logo_data}})


def set_exporter(definition: PackDefinition, exporter: str) -> PackEdit | None:
    return make_edit(definition, LABELS["choose_format"], {"exporter": exporter})


def set_option(definition: PackDefinition, exporter: str, option: str, value: Any, *, typing: bool = False
               ) -> PackEdit | None:
    values = dict(definition.options.get(exporter, {}))
    values[option] = value
    return make_edit(definition, LABELS["change_option"].format(option=option),
                     {f"options.{exporter}": values},
                     merge=f"options.{exporter}.{option}" if typing else "")


def set_outline(definition: PackDefinition, order: Sequence[str], removed: Iterable[str], label: str
                ) -> PackEdit | None:
    return make_edit(definition, label, {"outline": {"order": list(order), "removed": list(removed)}},
                     kind="outline")


def move_blocks(definition: PackDefinition, shown: Sequence[str], moving: Iterable[str], step: int
                ) -> PackEdit | None:
    """Move the blocks ``moving`` one place up (``step`` -1) or down (+1) in the outline ``shown``."""
    keys = list(shown)
    rows = sorted(keys.index(k) for k in moving if k in keys)
    if not rows or (step < 0 and rows[0] == 0) or (step > 0 and rows[-1] == len(keys) - 1):
        return None
    for r in (rows if step < 0 else reversed(rows)):
        keys[r], keys[r + step] = keys[r + step], keys[r]
    return set_outline(definition, keys, definition.removed, LABELS["move_blocks"] if len(rows) > 1
                       else LABELS["move_block"])


def reorder_blocks(definition: PackDefinition, shown: Sequence[str]) -> PackEdit | None:
    """The outline dragged into the order ``shown``."""
    return set_outline(definition, shown, definition.removed, LABELS["reorder_blocks"])


def remove_blocks(definition: PackDefinition, shown: Sequence[str], keys: Iterable[str]) -> PackEdit | None:
    removed = list(definition.removed)
    for key in keys:
        if key not in removed:
            removed.append(key)
    n = len(removed) - len(definition.removed)
    return set_outline(definition, list(shown), removed, LABELS["remove_blocks"] if n > 1
                       else LABELS["remove_block"])


def restore_blocks(definition: PackDefinition) -> PackEdit | None:
    return set_outline(definition, [], [], LABELS["restore_blocks"])


def load_saved(definition: PackDefinition, current_name: str, saved: PackDefinition, name: str) -> PackEdit | None:
    """Work on the saved pack ``name`` (``saved``) instead of the current definition."""
    return make_edit(definition, LABELS["load_pack"].format(name=name),
                     {"definition": saved.to_json(), "name": name},
                     name=current_name)


# ------------------------------------------------------------------------------------ history

@dataclass
class _Entry:
    kind: str  # "base", "do", "undo", "redo", "name"
    edit: PackEdit | None = None
    definition: dict[str, Any] | None = None
    name: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        if self.edit is not None:
            out["edit"] = self.edit.to_json()
        if self.definition is not None:
            out["definition"] = self.definition
        if self.kind in ("base", "name"):
            out["name"] = self.name
        return out


class PackHistory:
    """The composer's working definition, its name ("" while unsaved), and its undo/redo stacks.

    ``store`` is the project's :class:`~app.project.store.ProjectStore` (None: nothing is kept). A
    read-only project keeps its edits in memory only: the pack can still be composed and exported.
    """

    def __init__(self, store: Any = None, definition: PackDefinition | None = None) -> None:
        self.store = store
        self.definition = definition or PackDefinition()
        self.name = ""
        self.undo_stack: list[PackEdit] = []
        self.redo_stack: list[PackEdit] = []
        #: rows of the journal that could not be read (they are skipped)
        self.damaged: list[str] = []
        self._last_kind = ""
        self._seq = 0
        self._based = False

    # ---- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, store: Any, default: PackDefinition | None = None) -> "PackHistory":
        """Replay the project's journal; ``default`` is the definition of a project without one."""
        history = cls(store, default)
        rows = sorted((k, v) for k, v in (store.meta() if store is not None else {}).items()
                      if k.startswith(JOURNAL_PREFIX))
        for key, text in rows:
            try:
                history._seq = max(history._seq, int(key[len(JOURNAL_PREFIX):]))
                history._replay(json.loads(text))
            except Exception as exc:  # noqa: BLE001 - a damaged row is skipped, the others are kept
                history.damaged.append(f"{key}: {type(exc).__name__}")
        return history

    def _replay(self, row: dict[str, Any]) -> None:
        kind = row.get("kind")
        if kind == "base":
            self.definition = PackDefinition.from_json(row.get("definition"))
            self.name = str(row.get("name") or "")
            self.undo_stack.clear()
            self.redo_stack.clear()
            self._based = True
        elif kind == "do":
            self._do(PackEdit.from_json(row.get("edit")))
        elif kind == "undo":
            self._undo()
        elif kind == "redo":
            self._redo()
        elif kind == "name":
            self.name = str(row.get("name") or "")
        else:
            raise PackEditError(f"unknown row kind {kind!r}")
        self._last_kind = str(kind)

    # ---- the journal --------------------------------------------------------------------------

    @property
    def durable(self) -> bool:
        return self.store is not None and not getattr(self.store, "read_only", False)

    def _write(self, entry: _Entry) -> None:
        if not self.durable:
            return
        if not self._based:
            # the definition the edits start from, once: replay does not depend on this machine's settings
            self._put(_Entry("base", definition=self.definition.to_json(), name=self.name))
            self._based = True
        self._put(entry)

    def _put(self, entry: _Entry) -> None:
        seq = self._seq + 1
        self.store.set_meta(f"{JOURNAL_PREFIX}{seq:09d}", json.dumps(entry.to_json(), ensure_ascii=False))
        self._seq = seq  # only once the row is committed

    # ---- changes ------------------------------------------------------------------------------

    def _apply(self, values: dict[str, Any]) -> None:
        for part, value in values.items():
            name = set_part(self.definition, part, value)
            if name is not None:
                self.name = name

    def _merges(self, edit: PackEdit) -> bool:
        return (bool(edit.merge) and self._last_kind == "do" and not self.redo_stack and bool(self.undo_stack)
                and self.undo_stack[-1].merge == edit.merge and set(self.undo_stack[-1].after) == set(edit.after))

    def _do(self, edit: PackEdit) -> bool:
        merged = self._merges(edit)
        self._apply(edit.after)
        if merged:
            top = self.undo_stack[-1]
            top.after = edit.after
            top.label = edit.label
        else:
            self.undo_stack.append(edit)
        self.redo_stack.clear()
        return merged

    def _undo(self) -> PackEdit | None:
        if not self.undo_stack:
            return None
        edit = self.undo_stack.pop()
        self._apply(edit.before)
        self.redo_stack.append(edit)
        return edit

    def _redo(self) -> PackEdit | None:
        if not self.redo_stack:
            return None
        edit = self.redo_stack.pop()
        self._apply(edit.after)
        self.undo_stack.append(edit)
        return edit

    def do(self, edit: PackEdit | None) -> bool | None:
        """Make ``edit`` (kept in the project first). Returns True when it joined the previous step
        (typing on in one field), False for a new step, None when ``edit`` is None. Raises the
        store's error (read-only file, disk full) with nothing changed."""
        if edit is None:
            return None
        self._write(_Entry("do", edit=edit))
        merged = self._do(edit)
        self._last_kind = "do"
        return merged

    def undo(self) -> PackEdit | None:
        if not self.undo_stack:
            return None
        self._write(_Entry("undo"))
        self._last_kind = "undo"
        return self._undo()

    def redo(self) -> PackEdit | None:
        if not self.redo_stack:
            return None
        self._write(_Entry("redo"))
        self._last_kind = "redo"
        return self._redo()

    def set_name(self, name: str) -> None:
        """The definition was saved as ``name`` (not a step to undo: the saved pack stays saved)."""
        if name == self.name:
            return
        self._write(_Entry("name", name=name))
        self.name = name
        self._last_kind = "name"

    @property
    def can_undo(self) -> bool:
        return bool(self.undo_stack)

    @property
    def can_redo(self) -> bool:
        return bool(self.redo_stack)


__all__ = [
    "FIELD_LABELS",
    "FILTER_LABELS",
    "JOURNAL_PREFIX",
    "PackEdit",
    "PackEditError",
    "PackHistory",
    "get_part",
    "load_saved",
    "make_edit",
    "move_blocks",
    "remove_blocks",
    "reorder_blocks",
    "restore_blocks",
    "set_exporter",
    "set_field",
    "set_filters",
    "set_logo",
    "set_option",
    "set_part",
]
