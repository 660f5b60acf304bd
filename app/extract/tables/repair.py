"""Document-level repair of table cells with lost characters ("Objec�ve", "Djibou�")."""

from __future__ import annotations

from itertools import chain
from typing import Iterable

from app.document.model import PageWarning, Table
from app.document.numbers import parse_number
from app.document.textfix import (
    LOST,
    SOFT_HYPHEN,
    Vocabulary,
    join_split_words,
    repair_lost_characters,
    resolve_soft_hyphens,
)


def repair_tables(tables: list[Table], page_words: Iterable[Iterable[str]],
                  vocabulary: Vocabulary | None = None, *,
                  page_tokens: Iterable[Iterable[str]] | None = None) -> list[PageWarning]:
    """Repair lost characters in every cell where the document's words (and country names) leave one
    possible word, and decide hyphens at line ends (a broken word or a compound); return one warning
    per page listing the words that could not be decided.

    ``page_tokens``: the pages' words already split by :func:`app.document.textfix.word_tokens` (in
    page order), used instead of ``page_words`` to make the vocabulary."""
    damaged = [(t, c) for t in tables for c in t.cells if LOST in c.text]
    broken = [c for t in tables for c in t.cells if SOFT_HYPHEN in c.text]
    wrapped = [c for t in tables for c in t.cells if " " in c.text and c.value is None]
    if not damaged and not broken and not wrapped:
        return []
    if vocabulary is None and page_tokens is not None:
        # the pages' tokens chained in C (a long document has some 200,000)
        vocabulary = Vocabulary.from_tokens(chain.from_iterable(page_tokens))
    elif vocabulary is None:
        vocabulary = Vocabulary.from_words(w for words in page_words for w in words)
    for cell in broken:
        cell.text = resolve_soft_hyphens(cell.text, vocabulary)
    # words broken at a line end without a hyphen ("socioeconom ic" in a narrow header cell)
    for cell, text in zip(wrapped, join_split_words([c.text for c in wrapped], vocabulary)):
        cell.text = text
    unresolved: dict[int, list[str]] = {}
    for table, cell in damaged:
        repair = repair_lost_characters(cell.text, vocabulary)
        if repair.fixes:
            cell.text = repair.text
            if cell.value is None:
                parsed = parse_number(cell.text)
                if parsed is not None:
                    cell.value, cell.note = parsed.value, parsed.note
        for _start, _end, old, _candidates in repair.unresolved:
            unresolved.setdefault(table.page, []).append(f"{old!r} ({table.id})")
    warnings = []
    for page, words in sorted(unresolved.items()):
        shown = ", ".join(dict.fromkeys(words))
        warnings.append(PageWarning(page, f"characters lost by the PDF's fonts could not be restored in: {shown}"))
    return warnings
