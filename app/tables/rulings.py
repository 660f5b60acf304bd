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
    for rect in page.rects:
        x0, x1, top, bottom = rect["x0"], rect["x1"], rect["top"], rect["bottom"]
        w, h = x1 - x0, bottom - top
        if w <= THIN or h <= THIN:
            if rect.get("fill") and _is_white(rect.get("non_stroking_color")) and not rect.get("stroke"):
                # a white bar on a coloured background still separates cells
                pass
            add(x0, top, x1, bottom)
            continue
        if w * h > 0.6 * width * height:
            continue  # a page background or frame
        if not rect.get("fill") and not rect.get("stroke"):
            continue  # invisible (clipping or layout artefact)
        if rect.get("fill") and not rect.get("stroke") and _is_white(rect.get("non_stroking_color")):
            edge = True  # white box: its edges matter only where it meets a coloured one
        else:
            edge = not rect.get("stroke")
        add(x0, top, x1, top, edge)
        add(x0, bottom, x1, bottom, edge)
        add(x0, top, x0, bottom, edge)
        add(x1, top, x1, bottom, edge)
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


def page_rulings(page) -> tuple[list[Ruling], list[Ruling]]:
    """Horizontal and vertical rulings of a page (cached on the page object)."""
    cached = getattr(page, "_bb_rulings", None)
    if cached is None:
        hs, vs = _raw_segments(page)
        cached = (_merge(hs), _merge(vs))
        page._bb_rulings = cached
    return cached
