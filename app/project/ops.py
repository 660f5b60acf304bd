"""Corrections as operations: small JSON-able dicts applied to a :class:`DocumentData`.

Every user correction is one operation. ``apply(data, op)`` changes ``data`` in place and returns the
*inverse* operation, so undo is "apply the inverse" and the project journal is a plain append-only list
of operations that can be replayed, in order, onto a fresh extraction. Each operation carries the values
it expects to replace (``old``); when they no longer match (the table was re-extracted differently)
:class:`OpConflict` is raised and replay skips that operation, leaving everything else applied.

Operations (``op`` field):

``set_cell``       table, row, col, text, old            edit one cell's text (value re-parsed)
``set_table``      table, attrs{...}, old{...}            header_rows, title, caption, total_rows, method,
                                                          columns, section, continued_from, row_tags
``replace_table``  table, new (table JSON|None), old      add, remove or restructure a whole table
``set_section``    section, attrs{...}, old{...}          title, level, text, tags, page, end_page
``insert_section`` parent (id|None), index, section       a section subtree (flat JSON records)
``delete_section`` section, parent, index, old            remove a subtree (``old`` = its records)
``move_section``   section, parent, index, old_parent, old_index
``batch``          ops [...], label                       several operations as one undoable step

Callers build operations with the constructors below (:func:`set_cell`, :func:`set_table`,
:func:`replace_table`, :func:`set_section`, :func:`insert_section`, :func:`delete_section`,
:func:`move_section`, :func:`batch`), never as literal dicts.

Structural table edits (insert/delete/move rows and columns, merges, splits) live in
:mod:`app.project.table_edit` as pure functions Table -> Table and are journaled as ``replace_table``.
"""

from __future__ import annotations

import copy
import reprlib
from typing import Any, Callable

from app.document.messages import N_, fill
from app.document.model import DocumentData, Section, Table, Tag, sections_from_json, sections_to_json
from app.document.numbers import parse_number

Op = dict[str, Any]


class OpError(Exception):
    """The operation is malformed or names something that does not exist."""


class OpConflict(OpError):
    """The document no longer holds what the operation expects to change."""


_HANDLERS: dict[str, Callable[[DocumentData, Op], Op]] = {}


def handler(name: str):
    def register(fn: Callable[[DocumentData, Op], Op]) -> Callable[[DocumentData, Op], Op]:
        _HANDLERS[name] = fn
        return fn

    return register


def apply(data: DocumentData, op: Op) -> Op:
    """Apply ``op`` to ``data`` in place; return the inverse operation.

    Raises :class:`OpConflict` (document unchanged) when the expected old values do not match.
    """
    name = op.get("op")
    fn = _HANDLERS.get(name)  # type: ignore[arg-type]
    if fn is None:
        raise OpError(f"unknown operation {name!r}")
    try:
        return fn(data, op)
    except KeyError as exc:
        raise OpConflict(f"{name}: {exc.args[0] if exc.args else exc}") from exc


def describe(op: Op) -> str:
    """Short human label for menus and the undo history ("Edit cell B3", "Rename section")."""
    if op.get("label"):
        return str(op["label"])
    name = op.get("op", "?")
    if name == "set_cell":
        return fill(LABELS["set_cell"], cell=f"{col_letter(op['col'])}{op['row'] + 1}")
    if name == "set_table":
        keys = ", ".join(k.replace("_", " ") for k in op.get("attrs", {}))
        return fill(LABELS["set_table"], what=keys)
    if name == "replace_table":
        if op.get("old") is None:
            return LABELS["add_table"]
        if op.get("new") is None:
            return LABELS["delete_table"]
        return LABELS["replace_table"]
    if name == "set_section":
        attrs = set(op.get("attrs", {}))
        return next((LABELS[key] for key in ("title", "level", "text", "tags") if attrs == {key}),
                    LABELS["set_section"])
    return LABELS.get(name, name)


#: Labels of operations, in English (saved in the journal); the interface translates them
#: (app/document/messages.py).
LABELS = {
    "set_cell": N_("Operations", "Edit cell {cell}"),
    "set_table": N_("Operations", "Change table {what}"),
    "add_table": N_("Operations", "Add table"),
    "delete_table": N_("Operations", "Delete table"),
    "replace_table": N_("Operations", "Restructure table"),
    "title": N_("Operations", "Rename section"),
    "level": N_("Operations", "Change section level"),
    "text": N_("Operations", "Edit section text"),
    "tags": N_("Operations", "Edit section tags"),
    "set_section": N_("Operations", "Edit section"),
    "insert_section": N_("Operations", "Insert section"),
    "delete_section": N_("Operations", "Delete section"),
    "move_section": N_("Operations", "Move section"),
    "batch": N_("Operations", "Several changes"),
}


# ------------------------------------------------------------------------------------ constructors
# One function per operation kind, so callers never spell the dict themselves. Each returns exactly the
# dict the journal stores (same keys, same order): the project file format does not depend on them.


def _labelled(op: Op, label: str | None) -> Op:
    if label is not None:
        op["label"] = label
    return op


def set_cell(table: str, row: int, col: int, text: str, old: str, label: str | None = None) -> Op:
    """Edit one cell's text; ``old`` is the text it is expected to hold."""
    return _labelled({"op": "set_cell", "table": table, "row": row, "col": col, "text": text, "old": old}, label)


def set_table(table: str, attrs: dict[str, Any], old: dict[str, Any], label: str | None = None) -> Op:
    """Change table attributes (see ``_TABLE_ATTRS``); ``old``: the values they are expected to hold."""
    return _labelled({"op": "set_table", "table": table, "attrs": attrs, "old": old}, label)


def replace_table(table: str, new: dict[str, Any] | None, old: dict[str, Any] | None,
                  label: str | None = None) -> Op:
    """Add (``old`` None), remove (``new`` None) or restructure a whole table, as table JSON."""
    return _labelled({"op": "replace_table", "table": table, "new": new, "old": old}, label)


def set_section(section: str, attrs: dict[str, Any], old: dict[str, Any], label: str | None = None) -> Op:
    """Change section attributes (see ``_SECTION_ATTRS``); ``old``: the values they are expected to hold."""
    return _labelled({"op": "set_section", "section": section, "attrs": attrs, "old": old}, label)


def insert_section(parent: str | None, index: int, records: list[dict[str, Any]]) -> Op:
    """Insert a section subtree (flat JSON records, :func:`app.document.model.sections_to_json`)."""
    return {"op": "insert_section", "parent": parent, "index": index, "section": records}


def delete_section(section: str, old: list[dict[str, Any]], label: str | None = None) -> Op:
    """Remove a section subtree; ``old``: its records as they are expected to be."""
    return _labelled({"op": "delete_section", "section": section, "old": old}, label)


def move_section(section: str, parent: str | None, index: int, old_parent: str | None, old_index: int) -> Op:
    """Move a section to ``index`` among the children of ``parent`` (None: the top level)."""
    return {"op": "move_section", "section": section, "parent": parent, "index": index,
            "old_parent": old_parent, "old_index": old_index}


def batch(ops: list[Op], label: str | None = None) -> Op:
    """Several operations as one undoable step."""
    return _labelled({"op": "batch", "ops": ops}, label)


# Notices: what listeners of a project are told besides applied operations (never journaled, never applied).


def reload_notice() -> Op:
    """The document was (re-)extracted: everything about it may have changed."""
    return {"op": "reload"}


def page_notice(page: int, tables: list[str]) -> Op:
    """A page's extraction result arrived with these tables (while the document is being extracted)."""
    return {"op": "page", "page": page, "tables": tables}


def table_notice(table: str) -> Op:
    """Something shown about a table changed (its problems), though the table itself did not."""
    return {"op": "set_table", "table": table}


def col_letter(col: int) -> str:
    """Spreadsheet letters of a 0-based column (0 -> "A", 26 -> "AA"), as labels and messages name cells."""
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


# ------------------------------------------------------------------------------------------ tables

_TABLE_ATTRS = {
    "header_rows",
    "title",
    "caption",
    "total_rows",
    "method",
    "columns",
    "section",
    "continued_from",
    "row_tags",
    "bbox",
    "checked",
}


def _table_attr_json(table: Table, key: str) -> Any:
    value = getattr(table, key)
    if key == "row_tags":
        return {str(r): [t.to_json() for t in tags] for r, tags in value.items()}
    if key in ("bbox", "total_rows", "columns") and value is not None:
        return list(value)
    return copy.deepcopy(value)


def _set_table_attr(table: Table, key: str, value: Any) -> None:
    if key == "row_tags":
        value = {int(r): [Tag.from_json(t) for t in tags] for r, tags in (value or {}).items()}
    elif key == "bbox":
        value = tuple(float(v) for v in value)
    elif key == "total_rows":
        value = [int(v) for v in value or []]
    elif key == "checked":
        if not isinstance(value, bool):
            raise OpError("checked must be true or false")
    elif key == "header_rows":
        value = int(value)
        if value < 0:
            raise OpError("header_rows cannot be negative")
    setattr(table, key, value)


def parsed_value(text: str) -> tuple[int | float | None, str | None]:
    parsed = parse_number(text)
    if parsed is None:
        return None, None
    return parsed.value, parsed.note


@handler("set_cell")
def _set_cell(data: DocumentData, op: Op) -> Op:
    table = data.table(op["table"])
    row, col = int(op["row"]), int(op["col"])
    if not (0 <= row < table.n_rows and 0 <= col < table.n_cols):
        raise OpConflict(f"cell ({row}, {col}) is outside table {table.id}")
    cell = table.anchor(row, col)
    current = cell.text if cell else ""
    if cell is None and table.cell_at(row, col) is not None:
        raise OpConflict(f"cell ({row}, {col}) is covered by a spanning cell")
    if "old" in op and op["old"] != current:
        raise OpConflict(f"cell ({row}, {col}) holds {current!r}, expected {op['old']!r}")
    text = str(op["text"])
    if "value" not in op and row >= table.header_rows:
        # a figure typed as "710000" is written like the column's figures ("700,000")
        from app.document.numbers import format_like

        neighbours = [c.text for c in table.cells if c.col == col and c.row >= table.header_rows and c.row != row]
        text = format_like(text, neighbours)
    old_value, old_note = (cell.value, cell.note) if cell else (None, None)
    if cell is None:
        from app.document.model import Cell

        cell = Cell(row, col, "")
        table.cells.append(cell)
        table.sort_cells()
    cell.text = text
    if "value" in op:
        cell.value, cell.note = op["value"], op.get("note")
    else:
        cell.value, cell.note = parsed_value(text)
    return {"op": "set_cell", "table": table.id, "row": row, "col": col, "text": current, "old": text,
            "value": old_value, "note": old_note}


@handler("set_table")
def _set_table(data: DocumentData, op: Op) -> Op:
    table = data.table(op["table"])
    current = _set_attrs(op, f"table {table.id}", _TABLE_ATTRS, lambda k: _table_attr_json(table, k),
                         lambda k, v: _set_table_attr(table, k, v))
    return {"op": "set_table", "table": table.id, "attrs": current,
            "old": copy.deepcopy(op.get("attrs") or {})}


def _set_attrs(
    op: Op, what: str, allowed: set[str], read: Callable[[str], Any], write: Callable[[str, Any], None],
) -> Op:
    """The attributes of a ``set_table``/``set_section`` op checked (known, and still as the op's
    ``old`` expects) and written; their values before, as JSON, for the inverse op."""
    attrs: dict[str, Any] = op.get("attrs") or {}
    unknown = set(attrs) - allowed
    if unknown:
        raise OpError(f"{op['op']}: unknown attributes {sorted(unknown)}")
    current = {k: read(k) for k in attrs}
    for k, v in (op.get("old") or {}).items():
        if k in current and current[k] != v:
            # shortened: the reason is shown in a dialog, and a section's text can be pages long
            raise OpConflict(f"{what} {k} is {reprlib.repr(current[k])}, expected {reprlib.repr(v)}")
    for k, v in attrs.items():
        write(k, v)
    return current


def table_fingerprint(table_json: dict[str, Any] | None) -> Any:
    """What must match for a table snapshot to be replaced: the grid and its geometry."""
    if table_json is None:
        return None
    return (
        table_json.get("page"),
        table_json.get("n_rows"),
        table_json.get("n_cols"),
        [(c["row"], c["col"], c.get("row_span", 1), c.get("col_span", 1), c["text"]) for c in table_json["cells"]],
    )


@handler("replace_table")
def _replace_table(data: DocumentData, op: Op) -> Op:
    table_id = op["table"]
    index = next((i for i, t in enumerate(data.tables) if t.id == table_id), None)
    current = data.tables[index].to_json() if index is not None else None
    if "old" in op and table_fingerprint(op["old"]) != table_fingerprint(current):
        raise OpConflict(f"table {table_id} is not the one this change was made to")
    new = op.get("new")
    if new is not None:
        table = Table.from_json(new)
        if table.id != table_id:
            raise OpError("replace_table: new table has a different id")
        if index is None:
            position = op.get("index")
            if position is None:
                position = table_position(data.tables, table)
            data.tables.insert(min(int(position), len(data.tables)), table)
        else:
            data.tables[index] = table
    elif index is not None:
        del data.tables[index]
    inverse: Op = {"op": "replace_table", "table": table_id, "new": current, "old": copy.deepcopy(new)}
    if index is not None:
        inverse["index"] = index
    return inverse


def table_position(tables: list[Table], table: Table) -> int:
    """Index keeping tables in page, top-of-box order."""
    key = (table.page, table.bbox[1])
    for i, t in enumerate(tables):
        if (t.page, t.bbox[1]) > key:
            return i
    return len(tables)


# ---------------------------------------------------------------------------------------- sections

_SECTION_ATTRS = {"title", "level", "text", "tags", "page", "end_page", "top", "bbox"}


def _section_attr_json(section: Section, key: str) -> Any:
    value = getattr(section, key)
    if key == "tags":
        return [t.to_json() for t in value]
    if key == "bbox" and value is not None:
        return list(value)
    return value


def _set_section_attr(section: Section, key: str, value: Any) -> None:
    if key == "tags":
        value = [Tag.from_json(t) for t in value or []]
    elif key in ("level", "page", "end_page"):
        value = int(value)
    elif key == "bbox" and value is not None:
        value = tuple(float(v) for v in value)
    setattr(section, key, value)


@handler("set_section")
def _set_section(data: DocumentData, op: Op) -> Op:
    section = data.section(op["section"])
    current = _set_attrs(op, f"section {section.id}", _SECTION_ATTRS,
                         lambda k: _section_attr_json(section, k), lambda k, v: _set_section_attr(section, k, v))
    return {"op": "set_section", "section": section.id, "attrs": current,
            "old": copy.deepcopy(op.get("attrs") or {})}


def _siblings(data: DocumentData, parent_id: str | None) -> list[Section]:
    return data.sections if parent_id is None else data.section(parent_id).children


def _locate(data: DocumentData, section_id: str) -> tuple[str | None, int]:
    parent = data.section_parent(section_id)
    siblings = data.sections if parent is None else parent.children
    index = next(i for i, s in enumerate(siblings) if s.id == section_id)
    return (parent.id if parent else None), index


@handler("insert_section")
def _insert_section(data: DocumentData, op: Op) -> Op:
    records = op["section"]
    if isinstance(records, dict):
        records = [records]
    roots = sections_from_json([dict(records[0], parent=None)] + list(records[1:]))
    if len(roots) != 1:
        raise OpError("insert_section: expected one subtree")
    subtree = roots[0]
    existing = {s.id for s in data.all_sections()}
    clash = {s.id for s in subtree.walk()} & existing
    if clash:
        raise OpConflict(f"section ids already present: {sorted(clash)}")
    siblings = _siblings(data, op.get("parent"))
    index = max(0, min(int(op.get("index", len(siblings))), len(siblings)))
    siblings.insert(index, subtree)
    return {"op": "delete_section", "section": subtree.id, "parent": op.get("parent"), "index": index,
            "old": sections_to_json([subtree])}


@handler("delete_section")
def _delete_section(data: DocumentData, op: Op) -> Op:
    section = data.section(op["section"])
    parent, index = _locate(data, section.id)
    records = sections_to_json([section])
    if "old" in op and [r["id"] for r in op["old"]] != [r["id"] for r in records]:
        raise OpConflict(f"section {section.id} has different sub-sections than expected")
    del _siblings(data, parent)[index]
    return {"op": "insert_section", "parent": parent, "index": index, "section": records}


@handler("move_section")
def _move_section(data: DocumentData, op: Op) -> Op:
    section = data.section(op["section"])
    parent, index = _locate(data, section.id)
    if "old_parent" in op and (op["old_parent"], op.get("old_index", index)) != (parent, index):
        raise OpConflict(f"section {section.id} is no longer where this change expects")
    new_parent = op.get("parent")
    if new_parent is not None and any(s.id == new_parent for s in section.walk()):
        raise OpError("a section cannot be moved into itself")
    _siblings(data, parent).pop(index)
    target = _siblings(data, new_parent)
    new_index = max(0, min(int(op.get("index", len(target))), len(target)))
    target.insert(new_index, section)
    return {"op": "move_section", "section": section.id, "parent": parent, "index": index,
            "old_parent": new_parent, "old_index": new_index}


# ------------------------------------------------------------------------------------------- batch


@handler("batch")
def _batch(data: DocumentData, op: Op) -> Op:
    """Apply several operations atomically: on a conflict, the ones already applied are undone."""
    inverses: list[Op] = []
    try:
        for sub in op.get("ops", []):
            inverses.append(apply(data, sub))
    except OpError:
        for inv in reversed(inverses):
            apply(data, inv)
        raise
    inverse: Op = {"op": "batch", "ops": list(reversed(inverses))}
    if op.get("label"):
        inverse["label"] = op["label"]
    return inverse


def replay(data: DocumentData, ops: list[Op]) -> tuple[int, list[tuple[Op, str]]]:
    """Apply ``ops`` in order, skipping conflicting ones. Returns (applied count, [(op, reason)])."""
    applied = 0
    skipped: list[tuple[Op, str]] = []
    for op in ops:
        try:
            apply(data, op)
            applied += 1
        except OpError as exc:
            skipped.append((op, str(exc)))
    return applied, skipped
