"""Find and replace across all section text and table cells, and the "repair lost characters" assistant.

Qt-free. :func:`find` lists the matches of a :class:`Query` in one document; :func:`replace` turns the
replacement of all (or some) matches into ONE ``batch`` operation, so a replace-all is a single undoable,
journaled step. :func:`propose_repairs` lists the proposed fixes of lost characters ("Objec�ve" ->
"Objective") and :func:`repairs_op` applies the accepted ones, again as one ``batch`` operation.

The word-level repairs come from :mod:`app.document.textfix` (``Vocabulary.from_texts``,
``repair_lost_characters``, ``normalise_ligatures``): a damaged word is only fixed when exactly one
known word fits; the others are reported as unresolved with their candidates, for the user to choose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from app.document.messages import N_, Message, fill, shortened
from app.document.model import DocumentData
from app.document.tags import unaccented
from app.document.textfix import Vocabulary, normalise_ligatures, repair_lost_characters
from app.project import ops

#: Labels of the edits, in English (saved in the journal); the interface translates them.
LABELS = {
    "replace": N_("Operations", "Replace “{find}” with “{replacement}” ({count})"),
    "repair": N_("Operations", "Repair lost characters ({count})"),
}

LOST = "\ufffd"
_CID = re.compile(r"\(cid:\d+\)")


class FindError(ValueError):
    """The search cannot run (e.g. a malformed regular expression); a user-facing sentence."""


# ---------------------------------------------------------------------------------------- locations


@dataclass(frozen=True, order=True)
class Location:
    """Where a text lives: a table cell, a section title or a section text."""

    kind: str  # "cell", "title" or "text"
    table: str | None = None
    row: int = -1
    col: int = -1
    section: str | None = None

    def describe(self) -> str:
        if self.kind == "cell":
            return f"Table {self.table}, cell {ops.col_letter(self.col)}{self.row + 1}"
        return f"Section {self.section} {'title' if self.kind == 'title' else 'text'}"


def iter_texts(data: DocumentData, cells: bool = True, titles: bool = True,
               texts: bool = True) -> Iterator[tuple[Location, str]]:
    """Every searchable text of a document with its location, in document order (tables, then sections)."""
    if cells:
        for table in data.tables:
            for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
                if cell.text:
                    yield Location("cell", table=table.id, row=cell.row, col=cell.col), cell.text
    for section in data.all_sections():
        if titles and section.title:
            yield Location("title", section=section.id), section.title
        if texts and section.text:
            yield Location("text", section=section.id), section.text


def _text_at(data: DocumentData, loc: Location) -> str:
    if loc.kind == "cell":
        cell = data.table(loc.table or "").anchor(loc.row, loc.col)
        if cell is None:
            raise KeyError(f"no cell {loc.row},{loc.col}")
        return cell.text
    section = data.section(loc.section or "")
    return section.title if loc.kind == "title" else section.text


def set_text_op(loc: Location, old: str, new: str) -> dict[str, Any]:
    """The operation that changes the text at ``loc`` from ``old`` to ``new``."""
    if loc.kind == "cell":
        return ops.set_cell(loc.table, loc.row, loc.col, new, old)
    key = "title" if loc.kind == "title" else "text"
    return ops.set_section(loc.section, {key: new}, {key: old})


# -------------------------------------------------------------------------------------------- find


@dataclass(frozen=True)
class Query:
    pattern: str
    regex: bool = False
    case: bool = False
    whole_word: bool = False
    cells: bool = True
    titles: bool = True
    texts: bool = True
    #: accents must match as typed; by default "Haiti" finds "Haïti" and "Haití" (a field laptop's
    #: keyboard often has no accents), as in a browser's or a PDF reader's search. A regular expression
    #: always matches them as written.
    accents: bool = False

    def compile(self) -> re.Pattern[str]:
        if not self.pattern:
            raise FindError(Message.of(N_("FindReplace", "Type something to find.")))
        body = self.pattern if self.regex else re.escape(self.searched(self.pattern))
        if self.whole_word:
            body = rf"(?<!\w)(?:{body})(?!\w)"
        try:
            return re.compile(body, 0 if self.case else re.IGNORECASE)
        except re.error as exc:
            raise FindError(Message.of(N_("FindReplace", "The regular expression is not valid: {error}."),
                                       error=str(exc))) from exc

    def searched(self, text: str) -> str:
        """The text the pattern runs on: ``text`` without its accents unless they must match, of the same
        length (a match's place in it is its place in ``text``)."""
        return text if self.accents or self.regex else unaccented(text)


@dataclass(frozen=True)
class Match:
    location: Location
    start: int
    end: int
    text: str
    #: A short excerpt around the match for result lists.
    context: str


def _context(text: str, start: int, end: int, width: int = 30) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    snippet = " ".join(text[a:b].split())
    return ("…" if a > 0 else "") + snippet + ("…" if b < len(text) else "")


def find(data: DocumentData, query: Query, limit: int | None = None) -> list[Match]:
    """All matches of ``query`` in ``data`` in document order (at most ``limit``)."""
    pattern = query.compile()
    found: list[Match] = []
    for loc, text in iter_texts(data, query.cells, query.titles, query.texts):
        for m in pattern.finditer(query.searched(text)):
            if m.end() == m.start():
                continue  # empty matches replace nothing useful
            start, end = m.span()
            found.append(Match(loc, start, end, text[start:end], _context(text, start, end)))
            if limit is not None and len(found) >= limit:
                return found
    return found


def _expand(pattern: re.Pattern[str], m: re.Match[str], replacement: str, regex: bool) -> str:
    if not regex:
        return replacement
    try:
        return m.expand(replacement)
    except (re.error, IndexError) as exc:
        raise FindError(Message.of(N_("FindReplace", "The replacement is not valid: {error}."),
                                   error=str(exc))) from exc


def replace(data: DocumentData, query: Query, replacement: str, matches: Iterable[Match] | None = None,
            label: str | None = None) -> dict[str, Any] | None:
    """One ``batch`` operation replacing ``matches`` (default: every match); None when nothing matches.

    Only matches still present in the current text are replaced (the others are ignored).
    """
    pattern = query.compile()
    chosen: dict[Location, set[tuple[int, int]]] | None = None
    if matches is not None:
        chosen = {}
        for m in matches:
            chosen.setdefault(m.location, set()).add((m.start, m.end))
    sub_ops = []
    count = 0
    for loc, text in iter_texts(data, query.cells, query.titles, query.texts):
        if chosen is not None and loc not in chosen:
            continue
        pieces, last, changed = [], 0, 0
        for m in pattern.finditer(query.searched(text)):
            if m.end() == m.start():
                continue
            if chosen is not None and (m.start(), m.end()) not in chosen[loc]:
                continue
            pieces.append(text[last:m.start()])
            pieces.append(_expand(pattern, m, replacement, query.regex))
            last = m.end()
            changed += 1
        if not changed:
            continue
        pieces.append(text[last:])
        new = "".join(pieces)
        if new != text:
            sub_ops.append(set_text_op(loc, text, new))
            count += changed
    if not sub_ops:
        return None
    return ops.batch(sub_ops, label or fill(LABELS["replace"], find=shortened(query.pattern, 24),
                                            replacement=shortened(replacement, 24), count=count))


# ---------------------------------------------------------------------------- lost characters: core


def needs_repair(text: str) -> bool:
    return LOST in text or bool(_CID.search(text)) or normalise_ligatures(text) != text


def build_vocabulary(documents: Iterable[DocumentData]) -> Vocabulary:
    """Vocabulary of the words that came through intact, over all the given documents."""
    return Vocabulary.from_texts(t for data in documents for _, t in iter_texts(data))


# ------------------------------------------------------------------------------- lost characters: UI


@dataclass(frozen=True)
class RepairProposal:
    location: Location
    old: str
    new: str
    context: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.old, self.new)


@dataclass(frozen=True)
class Unresolved:
    """A damaged word no single known word fits: ``candidates`` (maybe empty) are for the user."""

    location: Location
    old: str
    candidates: tuple[str, ...]
    context: str


@dataclass
class RepairReport:
    proposals: list[RepairProposal]
    unresolved: list[Unresolved] = field(default_factory=list)

    def groups(self) -> list[tuple[tuple[str, str], list[RepairProposal]]]:
        """Proposals grouped by (old, new), most frequent first: the unit of bulk acceptance."""
        groups: dict[tuple[str, str], list[RepairProposal]] = {}
        for p in self.proposals:
            groups.setdefault(p.key, []).append(p)
        return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))

    def unresolved_groups(self) -> list[tuple[str, tuple[str, ...], list[Unresolved]]]:
        """Unresolved words grouped by their text: (old, candidates, places), most frequent first."""
        groups: dict[str, list[Unresolved]] = {}
        for u in self.unresolved:
            groups.setdefault(u.old, []).append(u)
        out = []
        for old, items in groups.items():
            candidates: list[str] = []
            for u in items:
                candidates.extend(c for c in u.candidates if c not in candidates)
            out.append((old, tuple(candidates), items))
        return sorted(out, key=lambda g: (-len(g[2]), g[0]))


def propose_repairs(data: DocumentData, vocab: Vocabulary | None = None) -> RepairReport:
    """Proposed fixes for lost characters ("�", "(cid:NN)") and ligature characters in one document."""
    vocab = vocab if vocab is not None else build_vocabulary([data])
    proposals: list[RepairProposal] = []
    unresolved: list[Unresolved] = []
    for loc, text in iter_texts(data):
        if not needs_repair(text):
            continue
        for m in re.finditer(r"\S*[\ufb00-\ufb06]\S*", text):
            word = m.group(0)
            proposals.append(RepairProposal(loc, word, normalise_ligatures(word), _context(text, m.start(), m.end())))
        if LOST in text or "(cid:" in text:
            result = repair_lost_characters(text, vocab)
            for start, end, old, new in result.fixes:
                if old != new:
                    proposals.append(RepairProposal(loc, old, new, _context(text, start, end)))
            for start, end, old, candidates in result.unresolved:
                unresolved.append(Unresolved(loc, old, tuple(candidates), _context(text, start, end)))
    return RepairReport(proposals, unresolved)


def choose(unresolved: Iterable[Unresolved], word: str) -> list[RepairProposal]:
    """Proposals fixing the given unresolved places with ``word`` (the user's choice)."""
    return [RepairProposal(u.location, u.old, word, u.context) for u in unresolved]


def repairs_op(data: DocumentData, accepted: Iterable[RepairProposal], label: str | None = None) -> dict[str, Any] | None:
    """One ``batch`` operation applying the accepted proposals; None when there is nothing to change."""
    by_loc: dict[Location, list[RepairProposal]] = {}
    for p in accepted:
        by_loc.setdefault(p.location, []).append(p)
    sub_ops = []
    count = 0
    for loc, proposals in sorted(by_loc.items()):
        try:
            text = _text_at(data, loc)
        except KeyError:
            continue
        new = text
        for p in sorted(proposals, key=lambda p: -len(p.old)):  # longest first: "Objec�ves" before "Objec�"
            if p.old in new:
                new = new.replace(p.old, p.new)
                count += 1
        if new != text:
            sub_ops.append(set_text_op(loc, text, new))
    if not sub_ops:
        return None
    return ops.batch(sub_ops, label or fill(LABELS["repair"], count=count))
