"""The section tree: headings, their levels, page ranges and the text under each.

Interface used by the extraction pipeline (see docs/plan.md):

* :func:`page_features` runs in a worker process for each page and returns a JSON-able dict;
* :func:`build_sections` runs once per document in the parent process over all pages' features.

This first version has no heading detection yet: it returns one root section holding all text,
which is also the required behaviour for documents without headings. The section-tree work
(issue 4) replaces it.
"""

from __future__ import annotations

from typing import Any

from ..model import Section, SourceDocument, Table


def page_features(page, number: int) -> dict[str, Any]:
    """What the section tree needs from one page (JSON-able; computed in a worker)."""
    text = page.extract_text() or ""
    return {"page": number, "text": text}


def build_sections(
    document: SourceDocument,
    features: dict[int, dict[str, Any]],
    tables: list[Table],
    outline: list[dict[str, Any]] | None = None,
) -> list[Section]:
    """The section forest of a document from its pages' features."""
    if not features:
        return []
    pages = sorted(features)
    text = "\n\n".join(features[p]["text"].strip() for p in pages if features[p].get("text", "").strip())
    root = Section(id="s1", title=document.display_name, level=1, page=pages[0], end_page=pages[-1], text=text)
    for table in tables:
        table.section = root.id
    return [root]
