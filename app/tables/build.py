"""From table candidates to :class:`~app.model.Table` objects."""

from __future__ import annotations

import re

from ..layout import page_words
from ..model import Cell, Table
from .cells import is_total_label, make_cell
from .detect import Candidate, caption_below, find_candidates, grid_words, title_above
from .lattice import Grid
from .rotation import sideways_pages
from .rulings import Ruling, page_rulings
from .structure import CellBox, Structure, build_structure
from .text import group_lines, is_value, lines_text


_DOTS = set(".·…‧\u2024\u2025")


def table_words(page) -> list[dict]:
    """Upright words of the page without dot leaders (runs of dots between a label and its value)."""
    return without_leaders([w for w in page_words(page) if w.get("upright", True)])


def without_leaders(words: list[dict]) -> list[dict]:
    dots = [w for w in words if w["text"] and set(w["text"]) <= _DOTS]
    if not dots:
        return words
    drop = set()
    for w in dots:
        if len(w["text"]) >= 3 and w["text"] != "...":
            drop.add(id(w))
            continue
        # single dots in a run: another dot word close on the same line
        mid = (w["top"] + w["bottom"]) / 2
        near = [o for o in dots if o is not w and abs((o["top"] + o["bottom"]) / 2 - mid) < 1.0
                and (0 <= o["x0"] - w["x1"] < 8 or 0 <= w["x0"] - o["x1"] < 8)]
        if near:
            drop.add(id(w))
    return [w for w in words if id(w) not in drop]


def _round_box(b) -> tuple[float, float, float, float]:
    return tuple(round(float(v), 2) for v in b)  # type: ignore[return-value]


def _lattice_structure(grid: Grid, words: list[dict]) -> Structure:
    cells_words = grid_words(grid, words)
    spans = {(r, c): (rs, cs) for r, c, rs, cs in grid.merged_cells()}
    boxes = []
    for (r, c), ws in cells_words.items():
        rs, cs = spans[(r, c)]
        box = CellBox(r, c, rs, cs)
        for i, line in enumerate(group_lines(ws)):
            for w in line.words:
                box.add(i, w)
        boxes.append(box)
    header = 0
    for r in range(grid.n_rows):
        if any(b.row == r and b.col > 0 and is_value(b.text) for b in boxes):
            header = r
            break
    return Structure(grid.n_rows, grid.n_cols, boxes, header, list(grid.xs), list(grid.ys), grid.bbox)


def _compact(structure: Structure) -> Structure:
    """Drop rows and columns no cell with text starts in or covers alone (slivers of a grid)."""
    boxes = [b for b in structure.cells if b.text.strip()]
    # keep a row/column only if some text cell starts in it
    start_rows = sorted({b.row for b in boxes})
    start_cols = sorted({b.col for b in boxes})
    row_map = {r: i for i, r in enumerate(start_rows)}
    col_map = {c: i for i, c in enumerate(start_cols)}
    out = []
    for b in boxes:
        r0 = row_map[b.row]
        c0 = col_map[b.col]
        r_end = sum(1 for r in start_rows if b.row <= r < b.row + b.row_span)
        c_end = sum(1 for c in start_cols if b.col <= c < b.col + b.col_span)
        nb = CellBox(r0, c0, max(1, r_end), max(1, c_end))
        nb.by_line = b.by_line
        out.append(nb)
    header = sum(1 for r in start_rows if r < structure.header_rows)
    cols = [structure.columns[c] for c in start_cols] + [structure.columns[-1]] if structure.columns else []
    rows = [structure.rows[r] for r in start_rows] + [structure.rows[-1]] if structure.rows else []
    return Structure(len(start_rows), len(start_cols), out, header, cols, rows, structure.bbox, structure.rtl)


_DEC_COMMA = re.compile(r"^[(\-−–]?\d{1,3}(?:[ .\u00a0\u202f]\d{3})*,\d{1,2}%?\)?$|^[(\-−–]?\d+,\d{4,}")
_DEC_POINT = re.compile(r"^[(\-−–]?\d{1,3}(?:[ ,\u00a0\u202f]\d{3})*\.\d{1,2}%?\)?$|^[(\-−–]?\d+\.\d{4,}")


def guess_decimal(texts: list[str]) -> str | None:
    """The decimal separator a table's numbers use, when they show it ("3,5" or "12.25"; a
    single separator before exactly three digits is ambiguous and says nothing)."""
    comma = sum(1 for t in texts if _DEC_COMMA.match(t))
    point = sum(1 for t in texts if _DEC_POINT.match(t))
    if comma and not point:
        return ","
    if point and not comma:
        return "."
    return None


def _fill_empty(cells: list[Cell], n_rows: int, n_cols: int, header_rows: int) -> None:
    """Empty cells for the grid positions no cell covers (every position is listed once); an empty
    corner above the label column spans the header rows."""
    covered = [[False] * n_cols for _ in range(n_rows)]
    for c in cells:
        for r in range(c.row, min(c.row + c.row_span, n_rows)):
            for k in range(c.col, min(c.col + c.col_span, n_cols)):
                covered[r][k] = True
    if header_rows > 1 and n_cols > 0 and not any(covered[r][0] for r in range(header_rows)):
        cells.append(Cell(0, 0, "", row_span=header_rows))
        for r in range(header_rows):
            covered[r][0] = True
    for r in range(n_rows):
        for k in range(n_cols):
            if not covered[r][k]:
                cells.append(Cell(r, k, ""))


def _to_table(structure: Structure, page_number: int, index: int, method: str, title: str,
              decimal: str | None, caption: str = "") -> Table:
    if decimal is None:
        decimal = guess_decimal([b.text.strip() for b in structure.cells])
    cells: list[Cell] = []
    for b in structure.cells:
        cells.append(make_cell(b.row, b.col, b.text, decimal, b.row_span, b.col_span))
    _fill_empty(cells, structure.n_rows, structure.n_cols, structure.header_rows)
    # table box: the text and the rulings that hold it
    x0, top, x1, bottom = structure.bbox
    table = Table(
        id=f"p{page_number}-t{index}", page=page_number, bbox=_round_box((x0, top, x1, bottom)),
        n_rows=structure.n_rows, n_cols=structure.n_cols, cells=cells,
        header_rows=structure.header_rows, title=title, caption=caption, method=method,
        columns=[round(x, 2) for x in structure.columns] if structure.columns else None,
    )
    table.sort_cells()
    label_col = table.n_cols - 1 if structure.rtl else 0
    table.total_rows = [
        c.row for c in table.cells if c.col == label_col and c.row >= table.header_rows and is_total_label(c.text)
    ]
    return table


def _looks_like_contents(s: Structure) -> bool:
    """A table of contents: text entries whose last column holds page numbers that never go down
    (and no other values)."""
    last = s.n_cols - 1
    rows: dict[int, dict[int, str]] = {}
    for b in s.cells:
        if b.row >= s.header_rows and b.text.strip():
            rows.setdefault(b.row, {})[b.col] = b.text.strip()
    numbers = []
    for r in sorted(rows):
        cells = rows[r]
        others = [t for c, t in cells.items() if c != last]
        if any(is_value(t) and not re.fullmatch(r"\d+(?:\.\d+)*\.?", t) for t in others):
            return False  # values elsewhere: a real table
        t = cells.get(last, "")
        if re.fullmatch(r"\d{1,4}", t):
            numbers.append(int(t))
    if len(numbers) < 4 or len(numbers) < 0.7 * len(rows):
        return False
    return all(b >= a for a, b in zip(numbers, numbers[1:])) and max(numbers) < 2000


def _usable(s: Structure) -> bool:
    if s.n_rows < 2 or s.n_cols < 2:
        return False
    rows_with_two = sum(
        1 for r in range(s.n_rows) if sum(1 for b in s.cells if b.row == r and b.text.strip()) >= 2
    )
    return rows_with_two >= 2 and not _looks_like_contents(s)


def structure_of(candidate: Candidate, hs, vs) -> Structure | None:
    if candidate.kind == "ruled" and candidate.grid is not None:
        s = _lattice_structure(candidate.grid, candidate.words)
    else:
        s = build_structure(candidate.words, candidate.bbox, hs, vs)
    if s is None:
        return None
    return _compact(s)


def resolve_hyphens(tables: list[Table], vocabulary) -> None:
    """Decide line-end hyphens inside cells (see :func:`app.textfix.resolve_soft_hyphens`)."""
    from ..textfix import SOFT_HYPHEN, resolve_soft_hyphens

    for table in tables:
        for cell in table.cells:
            if SOFT_HYPHEN in cell.text:
                cell.text = resolve_soft_hyphens(cell.text, vocabulary)


def _page_vocabulary(page):
    from ..textfix import Vocabulary

    return Vocabulary.from_words((w["text"] for w in page_words(page)), extra_words=())


def _tables_in(page, words, hs, vs, page_number: int, decimal: str | None) -> list[Table]:
    tables: list[Table] = []
    if not words:
        return tables
    for cand in find_candidates(page, words, hs, vs):
        s = structure_of(cand, hs, vs)
        if s is None or not _usable(s):
            continue
        method = "ruled" if cand.kind in ("ruled", "framed") else "borderless"
        tables.append(_to_table(s, page_number, len(tables) + 1, method, cand.title, decimal, cand.caption))
    return tables


def extract_tables(page, page_number: int = 1, decimal: str | None = None,
                   resolve: bool = True) -> list[Table]:
    """Every table on a pdfplumber page.

    Words broken by a hyphen at a line end are joined when the page has the joined word
    (``resolve=True``); the pipeline passes ``resolve=False`` and decides with the whole document's
    vocabulary instead (the cell texts then keep a soft hyphen, U+00AD, at such breaks)."""
    hs, vs = page_rulings(page)
    tables = _tables_in(page, table_words(page), hs, vs, page_number, decimal)
    for turned in sideways_pages(page):
        ths, tvs = turned._bb_rulings
        for table in _tables_in(turned, without_leaders(turned.words), ths, tvs, page_number, decimal):
            table.bbox = _round_box(turned.turn.unbox(*table.bbox))
            table.columns = None
            tables.append(table)
    tables.sort(key=lambda t: (t.bbox[1], t.bbox[0]))
    for i, table in enumerate(tables, 1):
        table.id = f"p{page_number}-t{i}"
    if resolve and any("\u00ad" in c.text for t in tables for c in t.cells):
        resolve_hyphens(tables, _page_vocabulary(page))
    return tables


def _clip(r: Ruling, orient: str, x0: float, top: float, x1: float, bottom: float) -> Ruling | None:
    lo, hi = (x0, x1) if orient == "h" else (top, bottom)
    a, b = (top, bottom) if orient == "h" else (x0, x1)
    if not (a - 2 <= r.pos <= b + 2):
        return None
    start, end = max(r.start, lo), min(r.end, hi)
    if end - start < 3:
        return None
    return Ruling(r.orient, r.pos, start, end, r.edge)


def extract_area(page, bbox, columns=None, page_number: int = 1, decimal: str | None = None,
                 method: str = "auto") -> Table:
    """The table inside ``bbox`` (x0, top, x1, bottom in points, top-left origin of the page as
    displayed), as a :class:`Table` with ``method="manual"``.

    ``columns``: x positions of column separators chosen by the user (inside the box); the rows
    then come from the text. Otherwise ``method`` decides: ``"ruled"`` takes rows, columns and
    merged cells from the rulings inside the box, ``"borderless"`` from the text alignment (rulings
    only as hints), ``"auto"`` uses the rulings when they form a grid that holds the text.
    """
    if method not in ("auto", "ruled", "borderless"):
        raise ValueError(f"unknown method {method!r}")
    x0, top, x1, bottom = (float(v) for v in bbox)
    if x1 < x0:
        x0, x1 = x1, x0
    if bottom < top:
        top, bottom = bottom, top
    area = (x0, top, x1, bottom)
    words = [
        w for w in table_words(page)
        if x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom
    ]
    all_hs, all_vs = page_rulings(page)
    hs = [c for c in (_clip(r, "h", *area) for r in all_hs) if c is not None]
    vs = [c for c in (_clip(r, "v", *area) for r in all_vs) if c is not None]
    s = None
    if words and columns:
        inner = sorted(float(c) for c in columns if x0 < float(c) < x1)
        s = build_structure(words, area, hs, vs, columns=[x0, *inner, x1])
    elif words and method in ("auto", "ruled"):
        from .lattice import components, grid_of

        grids = [g for g in (grid_of(c) for c in components(hs, vs)) if g is not None]
        grids.sort(key=lambda g: -(g.bbox[2] - g.bbox[0]) * (g.bbox[3] - g.bbox[1]))
        if grids:
            grid = grids[0]
            inside = [w for w in words if grid.xs[0] - 1 <= (w["x0"] + w["x1"]) / 2 <= grid.xs[-1] + 1
                      and grid.ys[0] - 1 <= (w["top"] + w["bottom"]) / 2 <= grid.ys[-1] + 1]
            if method == "ruled" or (len(inside) >= 0.9 * len(words) and grid.n_cols >= 2 and grid.n_rows >= 2):
                s = _compact(_lattice_structure(grid, inside))
    if words and s is None:
        s = _compact(build_structure(words, area, hs, vs))
    if s is None:
        return Table(id=f"p{page_number}-manual", page=page_number, bbox=_round_box(area),
                     n_rows=0, n_cols=0, method="manual")
    size = sorted(w.get("size") or 10.0 for w in words)[len(words) // 2]
    page_words_all = table_words(page)
    table = _to_table(s, page_number, 0, "manual", title_above(page_words_all, area, size), decimal,
                      caption_below(page_words_all, area, size))
    resolve_hyphens([table], _page_vocabulary(page))
    table.id = f"p{page_number}-manual"
    table.bbox = _round_box(area)
    if columns:
        table.columns = [round(x0, 2), *[round(float(c), 2) for c in sorted(columns) if x0 < float(c) < x1],
                         round(x1, 2)]
    return table


__all__ = ["extract_tables", "extract_area", "lines_text"]
