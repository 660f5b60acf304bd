"""Rulings: the horizontal and vertical strokes of a page, from lines, thin or filled rectangles and
the straight pieces of curves, snapped and joined.

A filled rectangle (a shaded row, a coloured header) contributes its four edges: boundaries between
backgrounds separate rows and columns just as drawn lines do.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from math import floor, inf, isfinite

#: Strokes thinner than this (points) are lines even when drawn as rectangles.
THIN = 2.5
#: Positions closer than this are the same ruling.
SNAP = 1.5
#: Collinear pieces with gaps up to this are joined.
JOIN = 2.5
#: Shorter pieces are ignored.
MIN_LENGTH = 3.0
#: Pieces of a rule drawn apart by a gap (not meeting) mark a break only when both are at least
#: this long (a line of text): a dashed rule drawn dash by dash has no rows.
PIECE = 6.0
#: Coordinates this close (points) are the same edge (rounding and stroke width).
EDGE = 1.0


@dataclass
class Ruling:
    """A horizontal (``orient="h"``: at y = ``pos`` from ``start`` to ``end`` in x) or vertical
    (``"v"``: at x = ``pos`` from ``start`` to ``end`` in y) stroke."""

    orient: str
    pos: float
    start: float
    end: float
    #: True when it came from the edge of a filled area rather than a drawn line.
    edge: bool = False

    @property
    def length(self) -> float:
        return self.end - self.start

    def covers(self, a: float, b: float, tol: float = 2.0) -> bool:
        """True when the ruling runs over the whole interval [a, b]."""
        return self.start - tol <= a and self.end + tol >= b

    def overlap(self, a: float, b: float) -> float:
        return max(0.0, min(self.end, b) - max(self.start, a))


def _is_white(color) -> bool:
    if color is None:
        return False
    if isinstance(color, (int, float)):
        return color >= 0.99
    try:
        values = list(color)
    except TypeError:
        return False
    if len(values) == 1:
        return values[0] >= 0.99
    if len(values) == 3:
        return all(v >= 0.99 for v in values)
    if len(values) == 4:  # CMYK
        return all(v <= 0.01 for v in values)
    return False


def _color_key(rect) -> tuple:
    color = rect.get("non_stroking_color")
    if color is None:
        return ("none",)
    if isinstance(color, (int, float)):
        color = (color,)
    try:
        values = tuple(round(float(v), 2) for v in color)
    except (TypeError, ValueError):
        return ("?", str(color))
    if _is_white(values):
        return ("white",)
    return values


#: the side (points) of the cells :func:`_paint_grid` files boxes under
_CELL = 32.0


def _paint_grid(painted: list[tuple]) -> dict[tuple[int, int], list[tuple]] | None:
    """The boxes ``(x0, x1, top, bottom, ...)`` filed under every grid cell of :data:`_CELL` points
    they cover, in their order: a point can lie only in the boxes of its own cell (a page of shaded
    cells asks the colour under two points beside each edge of every box, and going through all the
    boxes for each was quadratic). None (look through all of them) for a few boxes, or when a box is
    not finite or covers too many cells."""
    if len(painted) < 16:
        return None
    grid: dict[tuple[int, int], list[tuple]] = {}
    filed = 0
    for box in painted:
        x0, x1, top, bottom = box[:4]
        if not (x0 <= x1 and top <= bottom):
            continue  # holds no point
        if not (isfinite(x0) and isfinite(x1) and isfinite(top) and isfinite(bottom)):
            return None
        cx0, cx1, cy0, cy1 = floor(x0 / _CELL), floor(x1 / _CELL), floor(top / _CELL), floor(bottom / _CELL)
        filed += (cx1 - cx0 + 1) * (cy1 - cy0 + 1)
        if filed > 64 * len(painted) + 4096:
            return None
        for cx in range(cx0, cx1 + 1):
            for cy in range(cy0, cy1 + 1):
                grid.setdefault((cx, cy), []).append(box)
    return grid


def _visible_edges(boxes: list[dict]) -> list[tuple[float, float, float, float]]:
    """Edges of filled boxes that separate different colours (later boxes paint over earlier ones).

    An edge between two areas of the same colour (a text box inside a cell of its colour) is not
    visible and is dropped."""
    out = []
    keys = [_color_key(b) for b in boxes]

    # the boxes last painted first, as tuples: every edge asks this of every box below its points
    painted = [(b["x0"], b["x1"], b["top"], b["bottom"], key) for b, key in zip(reversed(boxes), reversed(keys))]
    white = ("white",)
    grid = _paint_grid(painted)

    def color_at(x: float, y: float) -> tuple:
        # the boxes that may hold the point, in painting order: those of its grid cell, else all
        for x0, x1, top, bottom, key in (painted if grid is None else grid.get((floor(x / _CELL), floor(y / _CELL)), ())):
            if x0 <= x <= x1 and top <= y <= bottom:
                return key
        return white

    for b in boxes:
        x0, x1, top, bottom = b["x0"], b["x1"], b["top"], b["bottom"]
        for (ax, ay, bx, by, dx, dy) in (
            (x0, top, x1, top, 0, -1), (x0, bottom, x1, bottom, 0, 1),
            (x0, top, x0, bottom, -1, 0), (x1, top, x1, bottom, 1, 0),
        ):
            for t in (0.2, 0.5, 0.8):
                px, py = ax + (bx - ax) * t, ay + (by - ay) * t
                if color_at(px + 1.2 * dx, py + 1.2 * dy) != color_at(px - 1.2 * dx, py - 1.2 * dy):
                    out.append((ax, ay, bx, by))
                    break
    return out


def _raw_segments(page) -> tuple[list[Ruling], list[Ruling]]:
    hs: list[Ruling] = []
    vs: list[Ruling] = []
    width, height = float(page.width), float(page.height)
    x_off, y_off = float(page.bbox[0]), float(page.bbox[1])

    def add(x0, top, x1, bottom, edge=False):
        x0, x1 = x0 - x_off, x1 - x_off
        top, bottom = top - y_off, bottom - y_off
        w, h = x1 - x0, bottom - top
        if h <= THIN and w >= MIN_LENGTH:
            hs.append(Ruling("h", (top + bottom) / 2, x0, x1, edge))
        elif w <= THIN and h >= MIN_LENGTH:
            vs.append(Ruling("v", (x0 + x1) / 2, top, bottom, edge))

    for line in page.lines:
        x0, x1, top, bottom = line["x0"], line["x1"], line["top"], line["bottom"]
        if abs(bottom - top) <= THIN or abs(x1 - x0) <= THIN:
            add(x0, top, x1, bottom)
    filled: list[dict] = []
    for rect in page.rects:
        x0, x1, top, bottom = rect["x0"], rect["x1"], rect["top"], rect["bottom"]
        w, h = x1 - x0, bottom - top
        if w <= THIN or h <= THIN:
            add(x0, top, x1, bottom)
            continue
        if _page_sized(w, h, width, height):
            continue  # a page background or frame (see page_frames)
        if rect.get("stroke"):
            add(x0, top, x1, top)
            add(x0, bottom, x1, bottom)
            add(x0, top, x0, bottom)
            add(x1, top, x1, bottom)
        elif rect.get("fill"):
            filled.append(rect)
    if len(filled) <= 400:
        for ax, ay, bx, by in _visible_edges(filled):
            add(ax, ay, bx, by, True)
    else:
        for r in filled:
            add(r["x0"], r["top"], r["x1"], r["top"], True)
            add(r["x0"], r["bottom"], r["x1"], r["bottom"], True)
            add(r["x0"], r["top"], r["x0"], r["bottom"], True)
            add(r["x1"], r["top"], r["x1"], r["bottom"], True)
    curves = page.curves
    if len(curves) <= 400:
        for curve in curves:
            pts = curve.get("pts") or []
            if len(pts) > 200:
                continue
            for (ax, ay), (bx, by) in zip(pts, pts[1:]):
                if abs(ay - by) <= 0.5 and abs(ax - bx) >= MIN_LENGTH:
                    add(min(ax, bx), ay, max(ax, bx), ay)
                elif abs(ax - bx) <= 0.5 and abs(ay - by) >= MIN_LENGTH:
                    add(ax, min(ay, by), ax, max(ay, by))
    return hs, vs


def _merge(segments: list[Ruling], breaks: list[tuple[Ruling, float, float, float]] | None = None) -> list[Ruling]:
    """Snap positions and join collinear pieces. Where one piece ends and the next starts at the
    same point or a small gap after it (up to ``JOIN``, no overlap beyond ``EDGE``; across a gap
    wider than ``EDGE`` both pieces at least ``PIECE`` long), ``(joined ruling, position)`` is
    added to ``breaks``."""
    if not segments:
        return []
    segments = sorted(segments, key=lambda s: s.pos)
    groups: list[list[Ruling]] = [[segments[0]]]
    for s in segments[1:]:
        if s.pos - groups[-1][-1].pos <= SNAP:
            groups[-1].append(s)
        else:
            groups.append([s])
    out: list[Ruling] = []
    for group in groups:
        pos = sum(s.pos for s in group) / len(group)
        group.sort(key=lambda s: s.start)
        cur = Ruling(group[0].orient, pos, group[0].start, group[0].end, group[0].edge)
        last = group[0]
        for s in group[1:]:
            if s.start <= cur.end + JOIN:
                if (breaks is not None and s.start >= cur.end - EDGE
                        and min(last.length, s.length) >= PIECE):
                    breaks.append((cur, (s.start + cur.end) / 2, last.start, s.end))
                last = s if s.end > cur.end else last
                cur.end = max(cur.end, s.end)
                cur.edge = cur.edge and s.edge
            else:
                out.append(cur)
                cur, last = Ruling(s.orient, pos, s.start, s.end, s.edge), s
        out.append(cur)
    return out


def _char_boxes(page) -> list[tuple[float, float, float, float]]:
    """The boxes (x0, x1, top, bottom, page coordinates) of a page's printed characters."""
    x_off, y_off = float(page.bbox[0]), float(page.bbox[1])
    return [(ch["x0"] - x_off, ch["x1"] - x_off, ch["top"] - y_off, ch["bottom"] - y_off)
            for ch in getattr(page, "chars", None) or [] if str(ch.get("text", "")).strip()]


def _box_middles(boxes: list[tuple[float, float, float, float]], a: float, b: float,
                 x0: float, x1: float) -> list[tuple[float, float]]:
    """(middle height, height) of the boxes whose middle lies between heights ``a`` and ``b`` and
    across ``x0``-``x1``, sorted: :func:`_lines_between` of any heights inside ``a``-``b`` reads a
    slice of it (the boxes are looked through once, not once per piece of a ruling)."""
    return sorted(((t + u) / 2, u - t) for c0, c1, t, u in boxes
                  if a < (t + u) / 2 < b and x0 < (c0 + c1) / 2 < x1)


def _lines_between(mids: list[tuple[float, float]], a: float, b: float) -> int:
    """How many lines of text stand between heights ``a`` and ``b`` (box middles more than half a
    box height apart are two lines); ``mids``: :func:`_box_middles` of a span holding ``a``-``b``."""
    # the middles strictly between a and b: a slice of the sorted list (ties stay together)
    mids = mids[bisect_right(mids, (a, inf)):bisect_left(mids, (b, -inf))]
    return sum(1 for k in range(len(mids)) if k == 0 or mids[k][0] - mids[k - 1][0] > 0.5 * mids[k][1])


def _row_breaks(hs: list[Ruling], vs: list[Ruling], breaks: list[tuple[Ruling, float, float, float]],
                boxes: list[tuple[float, float, float, float]]) -> list[Ruling]:
    """Rule 91: row boundaries drawn only as breaks in the column rules. A table drawn cell by cell
    draws each column rule in pieces, one per row (meeting, or a small gap apart); with no
    horizontal rule between two rows, the one trace of the boundary is that every column rule
    breaks at its height. Where two or more vertical rulings break at one height (their pieces
    there spanning the same heights), a horizontal ruling is added there, as wide as the
    horizontal rules bracketing the rows above and below (the column rules of a table without side
    borders stop short of its edges; a table may have no rule under its last row) — unless

    * across that width another vertical ruling reaching that height does not break there (it runs
      through, starts or ends there: a rule under a group heading starts the column rules below it),
      or a horizontal ruling is there already, however short (that rule under a group heading);
    * the height runs through a character's box across that width above its lowest quarter (a row
      foot passes under its letters, at most through their descenders: a break through a line of
      text is a drawing's joint, not a row's foot);
    * no breaking ruling has text on both its sides between the bracketing rules: the sides of a
      frame drawn round a text (a code listing drawn line by line) part no cells;
    * between the bracketing rules no piece of the breaking rules holds two lines of text: rules
      drawn one piece per line break at every line whatever the rows, so they tell none (the lines
      of a wrapped cell would each become a row)."""
    if not breaks:
        return []
    out: list[Ruling] = []
    heights = sorted(breaks, key=lambda b: b[1])
    # each broken ruling's pieces: its ends and its breaks
    cuts: dict[int, list[float]] = {}
    for r, y, _a, _b in heights:
        cuts.setdefault(id(r), [r.start]).append(y)
    for r, _y, _a, _b in heights:
        if cuts[id(r)][-1] < r.end:
            cuts[id(r)].append(r.end)
    clusters: list[list[tuple[Ruling, float, float, float]]] = [[heights[0]]]
    for b in heights[1:]:
        if b[1] - clusters[-1][-1][1] <= EDGE:
            clusters[-1].append(b)
        else:
            clusters.append([b])
    for cluster in clusters:
        breaking = {id(b[0]): b[0] for b in cluster}
        if len(breaking) < 2:
            continue
        # drawn cell by cell: the pieces meeting there span the same rows
        if max(b[2] for b in cluster) - min(b[2] for b in cluster) > SNAP \
                or max(b[3] for b in cluster) - min(b[3] for b in cluster) > SNAP:
            continue
        y = sum(b[1] for b in cluster) / len(cluster)
        xa = min(r.pos for r in breaking.values())
        xb = max(r.pos for r in breaking.values())
        top = min(r.start for r in breaking.values())
        bottom = max(r.end for r in breaking.values())
        above = [h for h in hs if top - SNAP <= h.pos < y and h.covers(xa, xb)]
        below = [h for h in hs if y < h.pos <= bottom + SNAP and h.covers(xa, xb)]
        near = [max(above, key=lambda h: h.pos)] if above else []
        near += [min(below, key=lambda h: h.pos)] if below else []
        x0 = max((h.start for h in near), default=xa)
        x1 = min((h.end for h in near), default=xb)
        # across the whole width: a rule under a group heading starts the column rules below it
        # and is drawn at that height over its columns only
        if any(id(v) not in breaking and x0 - EDGE <= v.pos <= x1 + EDGE
               and v.start - EDGE <= y <= v.end + EDGE for v in vs):
            continue
        if any(abs(h.pos - y) <= SNAP and h.overlap(x0, x1) > 0 for h in hs):
            continue
        if any(a < x1 and b > x0 and t < y < u - 0.25 * (u - t) for a, b, t, u in boxes):
            continue
        lo = max((h.pos for h in above), default=top) - EDGE
        hi = min((h.pos for h in below), default=bottom) + EDGE
        band = [(a, b) for a, b, t, u in boxes if lo < (t + u) / 2 < hi and a < x1 and b > x0]
        if not any(any(b <= r.pos + EDGE for _a, b in band) and any(a >= r.pos - EDGE for a, _b in band)
                   for r in breaking.values()):
            continue  # the sides of a box round one text (a code listing), no column rule
        mids = _box_middles(boxes, lo, hi, x0, x1)
        if not any(_lines_between(mids, max(a, lo), min(b, hi)) >= 2
                   for r in breaking.values() for a, b in zip(cuts[id(r)], cuts[id(r)][1:])
                   if b > lo and a < hi):
            continue
        out.append(Ruling("h", y, x0, x1))
    return out


def _row_starts(ink: list[tuple[float, float, float, float]], y: float, x0: float, x1: float,
                cuts: list[float]) -> bool:
    """The first line of text under height ``y`` between ``x0`` and ``x1`` has letters in two of
    the columns the rules at ``cuts`` part there or more (a row starts its cells together)."""
    below = [(a, b, t) for a, b, t, _u in ink if a < x1 and b > x0 and t >= y - EDGE]
    if not below:
        return False
    first = min(t for _a, _b, t in below)
    line = [(a + b) / 2 for a, b, t in below if t < first + 2.0]
    edges = [x0, *cuts, x1]
    cols = {k for m in line for k in range(len(edges) - 1) if edges[k] <= m < edges[k + 1]}
    return len(cols) >= 2


def _page_sized(w: float, h: float, width: float, height: float) -> bool:
    return w * h > 0.6 * width * height


def page_frames(page) -> list[tuple[float, float, float, float]]:
    """Stroked rectangles over most of the page (a border round the page or round a table that fills
    it), as boxes in the page's coordinates. They are no table's rulings, but text inside one and
    text outside it (a running foot under the frame) are never one table."""
    width, height = float(page.width), float(page.height)
    x_off, y_off = float(page.bbox[0]), float(page.bbox[1])
    return [(r["x0"] - x_off, r["top"] - y_off, r["x1"] - x_off, r["bottom"] - y_off)
            for r in page.rects
            if r.get("stroke") and _page_sized(r["x1"] - r["x0"], r["bottom"] - r["top"], width, height)]


def panel_boxes(page, em: float) -> list[tuple[float, float, float, float]]:
    """Rule 231: rounded boxes (a path with curved corners and a straight piece along each of its
    four sides, each over half the side; filled or stroked, three ems or more each way, not round the
    page), as boxes in the page's coordinates: panels and call-outs set beside running text. A
    table's cells, stripes and bands are drawn square; a circle or a pie has no straight sides."""
    width, height = float(page.width), float(page.height)
    x_off, y_off = float(page.bbox[0]), float(page.bbox[1])
    out: list[tuple[float, float, float, float]] = []
    for c in page.curves:
        path, pts = c.get("path") or [], c.get("pts") or []
        if len(path) != len(pts) or not (c.get("fill") or c.get("stroke")):
            continue
        x0, top, x1, bottom = c["x0"], c["top"], c["x1"], c["bottom"]
        w, h = x1 - x0, bottom - top
        if w < 3 * em or h < 3 * em or _page_sized(w, h, width, height):
            continue
        sides = set()
        for i in range(1, len(path)):
            if path[i][0] != "l":
                continue
            (ax, ay), (bx, by) = pts[i - 1], pts[i]
            if abs(ay - by) <= 0.5 and abs(bx - ax) >= 0.5 * w:
                sides.add("top" if abs(ay - top) <= 1.0 else "bottom" if abs(ay - bottom) <= 1.0 else "")
            elif abs(ax - bx) <= 0.5 and abs(by - ay) >= 0.5 * h:
                sides.add("left" if abs(ax - x0) <= 1.0 else "right" if abs(ax - x1) <= 1.0 else "")
        box = (x0 - x_off, top - y_off, x1 - x_off, bottom - y_off)
        if {"top", "bottom", "left", "right"} <= sides and box not in out:
            out.append(box)
    return out


def page_rulings(page) -> tuple[list[Ruling], list[Ruling]]:
    """Horizontal and vertical rulings of a page (cached on the page object)."""
    cached = getattr(page, "_bb_rulings", None)
    if cached is None:
        hs, vs = _raw_segments(page)
        breaks: list[tuple[Ruling, float, float, float]] = []
        hs, vs = _merge(hs), _merge(vs, breaks)
        if len(breaks) >= 2:
            hs = hs + _row_breaks(hs, vs, breaks, _char_boxes(page))
        cached = (hs, vs)
        page._bb_rulings = cached
    return cached
