"""Rulings: the horizontal and vertical strokes of a page, from lines, thin or filled rectangles and
the straight pieces of curves, snapped and joined.

A filled rectangle (a shaded row, a coloured header) contributes its four edges: boundaries between
backgrounds separate rows and columns just as drawn lines do.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Strokes thinner than this (points) are lines even when drawn as rectangles.
THIN = 2.5
#: Positions closer than this are the same ruling.
SNAP = 1.5
#: Collinear pieces with gaps up to this are joined.
JOIN = 2.5
#: Shorter pieces are ignored.
MIN_LENGTH = 3.0
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


def _visible_edges(boxes: list[dict]) -> list[tuple[float, float, float, float]]:
    """Edges of filled boxes that separate different colours (later boxes paint over earlier ones).

    An edge between two areas of the same colour (a text box inside a cell of its colour) is not
    visible and is dropped."""
    out = []
    keys = [_color_key(b) for b in boxes]

    # the boxes last painted first, as tuples: every edge asks this of every box below its points
    painted = [(b["x0"], b["x1"], b["top"], b["bottom"], key) for b, key in zip(reversed(boxes), reversed(keys))]
    white = ("white",)

    def color_at(x: float, y: float) -> tuple:
        for x0, x1, top, bottom, key in painted:
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


def _merge(segments: list[Ruling]) -> list[Ruling]:
    """Snap positions and join collinear pieces."""
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
        for s in group[1:]:
            if s.start <= cur.end + JOIN:
                cur.end = max(cur.end, s.end)
                cur.edge = cur.edge and s.edge
            else:
                out.append(cur)
                cur = Ruling(s.orient, pos, s.start, s.end, s.edge)
        out.append(cur)
    return out


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


def page_rulings(page) -> tuple[list[Ruling], list[Ruling]]:
    """Horizontal and vertical rulings of a page (cached on the page object)."""
    cached = getattr(page, "_bb_rulings", None)
    if cached is None:
        hs, vs = _raw_segments(page)
        cached = (_merge(hs), _merge(vs))
        page._bb_rulings = cached
    return cached
