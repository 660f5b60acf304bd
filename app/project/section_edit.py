"""Edits of the section tree as operations (Qt-free): promote, demote, move, merge, split, delete.

Each function looks at the current :class:`~app.document.model.DocumentData` and returns ONE operation (often a
``batch``) for :meth:`app.project.project.Project.apply`; nothing is changed here. The edits keep the reading
order of the document: promoting a section adopts the sections that followed it at its old level,
merging into the previous section keeps the merged section's sub-sections where they were, and
splitting a section moves its sub-sections under the new part. Levels and page spans follow the tree.
Tables keep a section: merging moves the merged section's tables to the section receiving its text,
deleting moves the deleted sections' tables to the parent; splitting gives the new part the tables printed after
the paragraph it starts at, when that paragraph is found on the pages (:func:`locate_paragraph`,
from the cached page features), else they stay with the first part.

A level-0 root is the document itself (the extraction puts every heading under it, see
``app.extract.sections.ROOT_ID``): it cannot be moved, demoted or deleted, nothing is promoted out of it, and
splitting its text (the front matter) makes the split-off part its first section.

Paragraphs of a section's text are separated by a blank line (``docs/json-format.md``).
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from app.document.messages import N_, Message, fill, shortened
from app.document.model import DocumentData, Section, Table, Tag, sections_from_json, sections_to_json
from app.project import ops

#: Labels of the edits, in English (saved in the journal); the interface translates them.
LABELS = {
    "promote": N_("Operations", "Promote “{title}”"),
    "demote": N_("Operations", "Demote “{title}”"),
    "move": N_("Operations", "Move “{title}”"),
    "merge": N_("Operations", "Merge “{title}” into previous section"),
    "split": N_("Operations", "Split “{title}” at paragraph {paragraph}"),
    "delete": N_("Operations", "Delete section “{title}”"),
    "rename": N_("Operations", "Rename “{title}” to “{new}”"),
    "text": N_("Operations", "Edit the text of “{title}”"),
    "tags": N_("Operations", "Edit the tags of “{title}”"),
}
_ROOT = {
    "demoted": N_("SectionEdit", "The document itself cannot be demoted."),
    "moved": N_("SectionEdit", "The document itself cannot be moved."),
    "deleted (delete its sections instead)":
        N_("SectionEdit", "The document itself cannot be deleted (delete its sections instead)."),
}

Op = dict[str, Any]

#: A paragraph this short (one line) becomes the title of the section split off at it.
TITLE_MAX = 120


class SectionEditError(ValueError):
    """The edit cannot be made; ``str(err)`` is a user-facing sentence."""


def _parent(data: DocumentData, section_id: str) -> Section | None:
    try:
        return data.section_parent(section_id)
    except KeyError as exc:
        raise SectionEditError(Message.of(N_("SectionEdit", "That section no longer exists."))) from exc


def _siblings(data: DocumentData, parent: Section | None) -> list[Section]:
    return data.sections if parent is None else parent.children


def _index(siblings: list[Section], section_id: str) -> int:
    return next(i for i, s in enumerate(siblings) if s.id == section_id)


def _level_ops(section: Section, delta: int) -> list[Op]:
    if delta == 0:
        return []
    return [
        ops.set_section(s.id, {"level": max(1, s.level + delta)}, {"level": s.level})
        for s in section.walk()
    ]


def _is_root(data: DocumentData, section: Section | None) -> bool:
    """The document itself: the level-0 root section the extraction puts every heading under."""
    return section is not None and section.level <= 0 and any(r.id == section.id for r in data.sections)


def _document_root(data: DocumentData) -> Section | None:
    return next((r for r in data.sections if r.level <= 0), None)


def _not_the_root(data: DocumentData, section: Section, what: str) -> None:
    if _is_root(data, section):
        raise SectionEditError(Message.of(_ROOT[what]))


def _retarget_tables(data: DocumentData, sections: Iterable[str], target: str | None,
                     tables: Iterable[str] = ()) -> list[Op]:
    """``set_table`` operations moving the tables of ``sections`` (ids), and the ``tables`` (ids), to
    the section ``target``.

    A table belongs to the section it is printed in (``Table.section``): when that section goes away
    (merged into the previous one, deleted), its tables go with its text / to its parent, so filters
    by section still find them; when it is split, the tables after the split go to the new part.
    """
    gone, named = set(sections), set(tables)
    return [ops.set_table(t.id, {"section": target}, {"section": t.section})
            for t in data.tables if (t.section in gone or t.id in named) and t.section != target]


_TREE_OPS = {"set_section", "insert_section", "delete_section", "move_section"}


def _with_spans(data: DocumentData, batch: list[Op], label: str) -> Op:
    """``batch`` followed by the ``end_page`` changes it makes to the sections around it.

    ``end_page`` is the last page of a section with its sub-sections (docs/json-format.md): a section
    that gains sub-sections (a demote, a move) spans to their last page, one that loses them ends with
    its own text and tables again, and so on up to the document. Own pages are read before the edit
    (``Section.own_end_page``), or as the edit sets them (a merge, a split).
    """
    own = {s.id: s.own_end_page for s in data.all_sections()}
    after = DocumentData(data.document, sections=sections_from_json(sections_to_json(data.sections)))
    set_here: set[str] = set()
    for op in batch:
        if op["op"] in _TREE_OPS:
            ops.apply(after, op)
        if op["op"] == "set_section" and "end_page" in op["attrs"]:
            set_here.add(op["section"])
        elif op["op"] == "insert_section":
            set_here.update(r["id"] for r in op["section"])
    ends: dict[str, int] = {}
    spans: list[Op] = []
    for section in reversed(list(after.all_sections())):  # sub-sections before their section
        mine = section.end_page if section.id in set_here else own.get(section.id, section.end_page)
        ends[section.id] = max([mine] + [ends[c.id] for c in section.children])
        # the document itself spans its first to last page, whatever its sections
        if ends[section.id] != section.end_page and not _is_root(after, section):
            spans.append(ops.set_section(section.id, {"end_page": ends[section.id]},
                                         {"end_page": section.end_page}))
    return ops.batch(batch + spans[::-1], label)


def _get(data: DocumentData, section_id: str) -> Section:
    try:
        return data.section(section_id)
    except KeyError as exc:
        raise SectionEditError(Message.of(N_("SectionEdit", "That section no longer exists."))) from exc


# ------------------------------------------------------------------------------------ attributes


def rename(data: DocumentData, section_id: str, title: str) -> Op:
    section = _get(data, section_id)
    title = " ".join(title.split())
    if not title:
        raise SectionEditError(Message.of(N_("SectionEdit", "A section needs a title.")))
    return ops.set_section(section_id, {"title": title}, {"title": section.title},
                           fill(LABELS["rename"], title=shortened(section.title), new=shortened(title)))


def set_text(data: DocumentData, section_id: str, text: str) -> Op:
    section = _get(data, section_id)
    return ops.set_section(section_id, {"text": text}, {"text": section.text},
                           fill(LABELS["text"], title=shortened(section.title)))


def set_tags(data: DocumentData, section_id: str, tags: Iterable[Tag]) -> Op:
    section = _get(data, section_id)
    unique: list[Tag] = []
    for tag in tags:
        if tag not in unique:
            unique.append(tag)
    return ops.set_section(section_id, {"tags": [t.to_json() for t in unique]},
                           {"tags": [t.to_json() for t in section.tags]},
                           fill(LABELS["tags"], title=shortened(section.title)))


# ----------------------------------------------------------------------------------------- tree


def promote(data: DocumentData, section_id: str) -> Op:
    """One level up: the section follows its parent, and adopts the siblings that came after it."""
    section = _get(data, section_id)
    parent = _parent(data, section_id)
    if parent is None or _is_root(data, parent):
        raise SectionEditError(Message.of(N_("SectionEdit", "This section is already at the top level.")))
    grand = _parent(data, parent.id)
    siblings = parent.children
    i = _index(siblings, section_id)
    following = siblings[i + 1:]
    batch: list[Op] = []
    for k, s in enumerate(following):
        batch.append(ops.move_section(s.id, section.id, len(section.children) + k, parent.id, i + 1))
    batch.append(ops.move_section(section.id, grand.id if grand else None,
                                  _index(_siblings(data, grand), parent.id) + 1, parent.id, i))
    # levels: the section and its own sub-sections go one up; adopted siblings keep their level
    batch.extend(_level_ops(section, -1))
    return _with_spans(data, batch, fill(LABELS["promote"], title=shortened(section.title)))


def demote(data: DocumentData, section_id: str) -> Op:
    """One level down: the section becomes the last sub-section of the section before it."""
    section = _get(data, section_id)
    _not_the_root(data, section, "demoted")
    parent = _parent(data, section_id)
    siblings = _siblings(data, parent)
    i = _index(siblings, section_id)
    if i == 0:
        raise SectionEditError(Message.of(
            N_("SectionEdit", "There is no section before this one at the same level to put it under.")))
    target = siblings[i - 1]
    batch: list[Op] = [ops.move_section(section.id, target.id, len(target.children),
                                        parent.id if parent else None, i)]
    batch.extend(_level_ops(section, target.level + 1 - section.level))
    return _with_spans(data, batch, fill(LABELS["demote"], title=shortened(section.title)))


def move(data: DocumentData, section_id: str, parent_id: str | None, index: int) -> Op:
    """Move a section (with its sub-sections) to ``index`` among the children of ``parent_id``."""
    section = _get(data, section_id)
    _not_the_root(data, section, "moved")
    if parent_id is None and _document_root(data) is not None:
        raise SectionEditError(Message.of(
            N_("SectionEdit", "Sections stay inside the document: put it under the document's title.")))
    old_parent = _parent(data, section_id)
    old_index = _index(_siblings(data, old_parent), section_id)
    new_parent = _get(data, parent_id) if parent_id is not None else None
    if new_parent is not None and any(s.id == new_parent.id for s in section.walk()):
        raise SectionEditError(Message.of(N_("SectionEdit", "A section cannot be moved into itself.")))
    siblings = _siblings(data, new_parent)
    index = max(0, min(index, len(siblings)))
    same = (old_parent.id if old_parent else None) == parent_id
    if same and index > old_index:
        index -= 1  # the section leaves its old place first
    if same and index == old_index:
        raise SectionEditError(Message.of(N_("SectionEdit", "The section is already there.")))
    if new_parent is not None:
        level = new_parent.level + 1
    else:
        level = min((s.level for s in data.sections if s.id != section_id), default=section.level)
    batch: list[Op] = [ops.move_section(section_id, parent_id, index, old_parent.id if old_parent else None,
                                        old_index)]
    batch.extend(_level_ops(section, level - section.level))
    return _with_spans(data, batch, fill(LABELS["move"], title=shortened(section.title)))


def move_by(data: DocumentData, section_id: str, step: int) -> Op:
    """Move a section up (-1) or down (+1) among its siblings."""
    _not_the_root(data, _get(data, section_id), "moved")
    parent = _parent(data, section_id)
    siblings = _siblings(data, parent)
    i = _index(siblings, section_id)
    j = i + step
    if not 0 <= j < len(siblings):
        raise SectionEditError(Message.of(N_("SectionEdit", "The section cannot move further up.") if step < 0
                                          else N_("SectionEdit", "The section cannot move further down.")))
    return move(data, section_id, parent.id if parent else None, j + (1 if step > 0 else 0))


def previous_in_reading_order(data: DocumentData, section_id: str) -> Section | None:
    previous = None
    for s in data.all_sections():
        if s.id == section_id:
            return previous
        previous = s
    return None


def merge_with_previous(data: DocumentData, section_id: str) -> Op:
    """Merge a (falsely detected) section into the section before it in reading order.

    Its title becomes a paragraph of the previous section's text, followed by its text; its
    sub-sections stay where they were in the reading order.
    """
    section = _get(data, section_id)
    previous = previous_in_reading_order(data, section_id)
    if previous is None:
        raise SectionEditError(Message.of(
            N_("SectionEdit", "The first section has no section before it to merge into.")))
    parent = _parent(data, section_id)
    parent_id = parent.id if parent else None
    i = _index(_siblings(data, parent), section_id)
    batch: list[Op] = []
    for k, child in enumerate(section.children):
        batch.append(ops.move_section(child.id, parent_id, i + 1 + k, section.id, 0))
    batch.append(ops.delete_section(section.id, sections_to_json([Section(section.id, section.title, section.level,
                                                                          section.page, section.end_page)])))
    text = "\n\n".join(p for p in (previous.text.strip(), section.title.strip(), section.text.strip()) if p)
    end_page = max(previous.end_page, section.end_page if not section.children else section.page)
    batch.append(ops.set_section(previous.id, {"text": text, "end_page": end_page},
                                 {"text": previous.text, "end_page": previous.end_page}))
    # its tables go with its text
    batch.extend(_retarget_tables(data, [section.id], previous.id))
    return _with_spans(data, batch, fill(LABELS["merge"], title=shortened(section.title)))


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a section text (separated by blank lines)."""
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def paragraph_at(text: str, position: int) -> int:
    """Index (in :func:`paragraphs`) of the paragraph containing character ``position`` of ``text``."""
    parts = re.split(r"\n\s*\n", text[:max(0, position)])
    # every part but the last is a whole paragraph before the position (empty ones do not count)
    return len([p for p in parts[:-1] if p.strip()])


#: Where a paragraph starts on the page: (page, top, x0, x1) in points.
Anchor = tuple[int, float, float, float]

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def locate_paragraph(section: Section, paragraph: str, pages: Iterable[dict[str, Any]]) -> Anchor | None:
    """Where ``paragraph`` (a paragraph of ``section``'s text) starts on the pages, from their section
    features in page order (``app.extract.sections.page_features``, as cached with the extraction): the first line, after
    the section's heading, that starts with the paragraph's first words — the whole line for a short
    paragraph (a missed heading is a line of its own), at least its first five words otherwise. None
    when it cannot be found (the text was edited, the pages are not cached)."""
    want = _words(paragraph)
    if not want:
        return None
    short = len(want) <= 12 and "\n" not in paragraph.strip()
    for features in pages:  # in page order; read lazily, the search stops at the first match
        number = int(features.get("page", 0))
        if not section.page <= number <= max(section.page, section.end_page):
            continue
        segs = sorted(features.get("segs") or [], key=lambda g: (g[8], g[0]))
        for seg in segs:
            x0, top, x1 = float(seg[0]), float(seg[1]), float(seg[2])
            if number == section.page and section.top is not None and top <= section.top + 0.5:
                continue
            line = _words(str(seg[9]))
            if not line:
                continue
            if short and len(line) <= len(want):
                ok = line == want[:len(line)] and (len(line) == len(want) or len(line) >= 5)
            else:
                k = min(5, len(want), len(line))
                ok = k >= min(3, len(want)) and line[:k] == want[:k]
            if ok:
                return number, top, x0, x1
    return None


def _after(table: Table, anchor: Anchor) -> bool:
    """True when ``table`` is printed after the anchor in reading order (columns read left to right)."""
    page, top, x0, x1 = anchor
    if table.page != page:
        return table.page > page
    t_x0, t_top, t_x1, _ = table.bbox
    if t_x0 >= x1 - 1:  # in a column to the right of the paragraph's
        return True
    if t_x1 <= x0 + 1:  # in a column to its left
        return False
    return t_top >= top


def split(data: DocumentData, section_id: str, paragraph: int, new_id: str | None = None,
          anchor: Anchor | None = None) -> Op:
    """Split a section at one of its paragraphs: that paragraph and the rest become a new section.

    A short one-line paragraph becomes the new section's title (a heading the extraction missed);
    otherwise the new section is called "New section" for the user to rename. The new section follows
    the old one at the same level and takes over its sub-sections (they came after the split text).
    With ``anchor`` (where the paragraph starts, :func:`locate_paragraph`) the new section starts
    there, the old one ends on that page, and the old section's tables printed after it move to the
    new section.
    """
    section = _get(data, section_id)
    paras = paragraphs(section.text)
    root = _is_root(data, section)
    if root and not paras:
        raise SectionEditError(Message.of(
            N_("SectionEdit", "The document has no text of its own (before its first heading) to split.")))
    if not (0 if root else 1) <= paragraph < len(paras):
        raise SectionEditError(Message.of(
            N_("SectionEdit", "Put the cursor in a paragraph after the first one to split the section "
                              "there.")))
    head = paras[paragraph]
    if len(head) <= TITLE_MAX and "\n" not in head:
        title, rest = head, paras[paragraph + 1:]
    else:
        title, rest = "New section", paras[paragraph:]
    existing = {s.id for s in data.all_sections()}
    if new_id is None or new_id in existing:
        k = 1
        while f"{section_id}.{k}" in existing:
            k += 1
        new_id = f"{section_id}.{k}"
    page, top = (anchor[0], round(anchor[1], 2)) if anchor else (section.page, None)
    moved = [t.id for t in data.tables if t.section == section_id and _after(t, anchor)] if anchor else []
    label = fill(LABELS["split"], title=shortened(section.title), paragraph=paragraph + 1)
    if root:
        # The document's own text (before its first heading): the part split off becomes the first
        # section of the document; the document's sections stay where they are.
        first_child = section.children[0].page if section.children else section.end_page
        record = {"id": new_id, "title": title, "level": 1, "page": page,
                  "end_page": max(page, first_child) if anchor else section.page,
                  "parent": None, "tags": [], "text": "\n\n".join(rest), "top": top, "bbox": None}
        return ops.batch([
            ops.set_section(section_id, {"text": "\n\n".join(paras[:paragraph])}, {"text": section.text}),
            ops.insert_section(section_id, 0, [record]),
        ] + _retarget_tables(data, [], new_id, moved), label)
    parent = _parent(data, section_id)
    parent_id = parent.id if parent else None
    i = _index(_siblings(data, parent), section_id)
    record = {"id": new_id, "title": title, "level": section.level, "page": page,
              "end_page": max(page, section.end_page), "parent": None, "tags": [t.to_json() for t in section.tags],
              "text": "\n\n".join(rest), "top": top, "bbox": None}
    attrs: dict[str, Any] = {"text": "\n\n".join(paras[:paragraph])}
    old: dict[str, Any] = {"text": section.text}
    if anchor and page < section.end_page:  # the first part now ends where the new one starts
        attrs["end_page"], old["end_page"] = max(section.page, page), section.end_page
    batch: list[Op] = [
        ops.set_section(section_id, attrs, old),
        ops.insert_section(parent_id, i + 1, [record]),
    ]
    for k, child in enumerate(section.children):
        batch.append(ops.move_section(child.id, new_id, k, section_id, 0))
    batch.extend(_retarget_tables(data, [], new_id, moved))
    return _with_spans(data, batch, label)


def delete(data: DocumentData, section_id: str) -> Op:
    section = _get(data, section_id)
    _not_the_root(data, section, "deleted (delete its sections instead)")
    old = sections_to_json([section])
    label = fill(LABELS["delete"], title=shortened(section.title))
    # the tables printed in the deleted sections stay in the document, under the section around them
    parent = _parent(data, section_id)
    moves = _retarget_tables(data, [s.id for s in section.walk()], parent.id if parent else None)
    op = _with_spans(data, [ops.delete_section(section_id, old), *moves], label)
    return op if len(op["ops"]) > 1 else ops.delete_section(section_id, old, label)
