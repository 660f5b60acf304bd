"""Bookmarks (the PDF outline): reading them and placing each entry at its heading on the page."""

from __future__ import annotations

import os
from typing import Any

from app.extract.sections.analysis import Stats
from app.extract.sections.headings import Heading, Run, _similar, _units, distinct_style
from app.extract.sections.lines import Line
from app.extract.sections.text import normalise_title

# pdfium destination view modes
_XYZ, _FITH, _FITBH, _FITR = 1, 3, 7, 5


def read_outline(path: str | os.PathLike, password: str | None = None, max_entries: int = 20000) -> list[dict[str, Any]] | None:
    """The document's bookmarks as ``[{"title", "level", "page", "top"}]`` (level 1 = top level,
    page 1-based or None when the bookmark points nowhere in the file, top in points from the top of
    the page or None); None when the document has no outline or it cannot be read."""
    from app.source.pdf import PDFIUM_LOCK

    with PDFIUM_LOCK:  # pdfium is not thread-safe: an extraction in the GUI's process runs beside rendering
        return _read_outline(path, password, max_entries)


def _read_outline(path: str | os.PathLike, password: str | None, max_entries: int) -> list[dict[str, Any]] | None:
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:  # pragma: no cover - pypdfium2 comes with pdfplumber
        return None
    from app.source.pdf import pdfium_boxes

    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except Exception:
        return None
    heights: dict[int, tuple[float, float] | None] = {}

    def page_top(index: int, y: float) -> float | None:
        if index not in heights:
            try:
                page = pdf[index]
                try:
                    if page.get_rotation() % 180:
                        heights[index] = None
                    else:
                        box = pdfium_boxes(page)[1]
                        heights[index] = (float(box[1]), float(box[3]))
                finally:
                    page.close()
            except Exception:
                heights[index] = None
        box = heights[index]
        if box is None:
            return None
        top = box[1] - y
        if -20 <= top <= (box[1] - box[0]) + 20:
            return round(max(0.0, top), 1)
        return None

    entries: list[dict[str, Any]] = []
    try:
        n_pages = len(pdf)
        for bm in pdf.get_toc(max_depth=15):
            if len(entries) >= max_entries:
                break
            title = " ".join((bm.get_title() or "").replace("\x00", "").split())
            page = None
            top = None
            dest = bm.get_dest()
            if dest is None:
                action = raw.FPDFBookmark_GetAction(bm.raw)
                if action and raw.FPDFAction_GetType(action) == raw.PDFACTION_GOTO:
                    d = raw.FPDFAction_GetDest(pdf.raw, action)
                    if d:
                        dest = pdfium.PdfDest(d, pdf=pdf)
            if dest is not None:
                index = dest.get_index()
                if index is not None and 0 <= index < n_pages:
                    page = index + 1
                    try:
                        mode, pos = dest.get_view()
                    except Exception:
                        mode, pos = None, []
                    y = None
                    if mode == _XYZ and len(pos) >= 2:
                        y = pos[1]
                    elif mode in (_FITH, _FITBH) and pos:
                        y = pos[0]
                    elif mode == _FITR and len(pos) >= 4:
                        y = pos[3]
                    if y is not None and y != 0:
                        top = page_top(index, float(y))
            entries.append({"title": title, "level": int(bm.level) + 1, "page": page, "top": top})
    except Exception:
        return entries or None
    finally:
        try:
            pdf.close()
        except Exception:
            pass
    return entries or None


def place_outline(
    outline: list[dict[str, Any]],
    runs_by_page: dict[int, list[Run]],
    pages: dict[int, list[Line]],
    stats: Stats,
) -> list[Heading]:
    """One heading per bookmark, placed at the matching line of its target page when there is one."""
    headings: list[Heading] = []
    used: set[int] = set()
    before = None
    for entry in outline:
        page = entry.get("page")
        title = " ".join(str(entry.get("title") or "").split())
        if not page or page not in pages or not title:
            continue
        # a bookmark repeated straight after itself (files combined twice over) is one heading
        same = (title, page, entry.get("top"))
        if same == before:
            continue
        before = same
        level = max(1, int(entry.get("level") or 1))
        top = entry.get("top")
        key = normalise_title(title)
        best = None
        for run, k in _units(runs_by_page.get(page, [])):
            if id(run.lines[0]) in used:
                continue
            lines = run.lines[:k]
            first = lines[0]
            text = " ".join(ln.text for ln in lines)
            score = _similar(key, normalise_title(text))
            if first.lead and k == 1:
                score = max(score, _similar(key, normalise_title(first.text[: first.lead])))
            if score < 0.8:
                continue
            s = score + (0.05 if distinct_style(first, stats) else 0.0)
            if top is not None:
                d = first.top - top
                s -= 0.3 if d < -3 * first.size else min(abs(d), 400) / 1500
            if best is None or s > best[0]:
                best = (s, lines)
        h = Heading(title=title, level=level, page=page, source="outline")
        if best is not None:
            lines = best[1]
            used.add(id(lines[0]))
            h.lines = lines
            first = lines[0]
            if first.lead and normalise_title(" ".join(ln.text for ln in lines)) != key:
                first.extra["rest"] = first.text[first.lead:].strip()
        else:
            h.top = float(top) if top is not None else 0.0
            later = [ln.order for ln in pages[page] if ln.top >= h.top - 1 and ln.order >= 0]
            h.order = (min(later) - 0.5) if later else 1e6
        headings.append(h)
    return _without_paragraph_bookmarks(headings, stats)



def _without_paragraph_bookmarks(headings: list[Heading], stats: Stats) -> list[Heading]:
    """Without the bookmarks that are paragraphs, not headings: a word processor gave a paragraph an
    outline level, so its bookmark is a statement of twenty words or more ending with a full stop (or
    cut with an ellipsis), pointing at two lines or more in the body's own style, while most other
    bookmarks of its level point at headings set apart by their style. An FAQ whose entries are all
    set in the body's style keeps them, questions and statements alike."""
    def set_apart(h: Heading) -> bool:
        return any(distinct_style(ln, stats) for ln in h.lines)

    def paragraph(h: Heading) -> bool:
        text = h.title.rstrip()
        return (len(text.split()) >= 20 and text.endswith((".", "…")) and len(h.lines) >= 2
                and not set_apart(h))

    drop = set()
    for h in headings:
        if paragraph(h):
            peers = [o for o in headings if o.level == h.level and o.lines and not paragraph(o)]
            if peers and sum(map(set_apart, peers)) >= 2 / 3 * len(peers):
                drop.add(id(h))
    return [h for h in headings if id(h) not in drop] if drop else headings
