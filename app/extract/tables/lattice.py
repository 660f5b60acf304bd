"""Ruled grids: connected sets of horizontal and vertical rulings, their rows, columns and merged cells.

Rulings that cross or touch (within a tolerance) form a component; a component with at least two
horizontal and two vertical rulings is a grid. Its column boundaries are the x of its vertical
rulings (and the ends of its horizontal ones), its row boundaries the y of its horizontal rulings
(and the ends of its vertical ones). Two neighbouring grid cells belong to one merged cell when no
ruling separates them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from app.extract.tables.rulings import Ruling

TOL = 2.0


def _cluster(values: list[float], tol: float) -> list[float]:
    values = sorted(values)
    out: list[list[float]] = []
    for v in values:
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(g) / len(g) for g in out]


@dataclass
class Component:
    hs: list[Ruling] = field(default_factory=list)
    vs: list[Ruling] = field(default_factory=list)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        xs = [h.start for h in self.hs] + [h.end for h in self.hs] + [v.pos for v in self.vs]
        ys = [v.start for v in self.vs] + [v.end for v in self.vs] + [h.pos for h in self.hs]
        return (min(xs), min(ys), max(xs), max(ys))


def components(hs: list[Ruling], vs: list[Ruling], tol: float = TOL) -> list[Component]:
    """Connected groups of rulings (a horizontal and a vertical ruling are connected when they
    cross or touch; collinear rulings are connected when their ends meet)."""
    n_h = len(hs)
    parent = list(range(n_h + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb

    order = sorted(range(n_h), key=lambda i: hs[i].pos)
    h_pos = [hs[i].pos for i in order]
    for j, v in enumerate(vs):
        lo = bisect.bisect_left(h_pos, v.start - tol)
        hi = bisect.bisect_right(h_pos, v.end + tol)
        for k in range(lo, hi):
            i = order[k]
            h = hs[i]
            if h.start - tol <= v.pos <= h.end + tol:
                union(i, n_h + j)
    groups: dict[int, Component] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), Component()).hs.append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(n_h + j), Component()).vs.append(v)
    return list(groups.values())


@dataclass
class Grid:
    """Row and column boundaries of a ruled grid and the rulings that separate its cells."""

    xs: list[float]
    ys: list[float]
    hs: list[Ruling]
    vs: list[Ruling]

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.xs[0], self.ys[0], self.xs[-1], self.ys[-1])

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    def v_between(self, col: int, row: int, frac: float = 0.5) -> bool:
        """Is there a vertical ruling at boundary xs[col] along row ``row``?"""
        x = self.xs[col]
        a, b = self.ys[row], self.ys[row + 1]
        need = frac * (b - a)
        return any(abs(v.pos - x) <= TOL and v.overlap(a, b) >= need for v in self.vs)

    def h_between(self, row: int, col: int, frac: float = 0.5) -> bool:
        """Is there a horizontal ruling at boundary ys[row] along column ``col``?"""
        y = self.ys[row]
        a, b = self.xs[col], self.xs[col + 1]
        need = frac * (b - a)
        return any(abs(h.pos - y) <= TOL and h.overlap(a, b) >= need for h in self.hs)

    def merged_cells(self) -> list[tuple[int, int, int, int]]:
        """Cells as (row, col, row_span, col_span), merging grid cells not separated by a ruling."""
        n_r, n_c = self.n_rows, self.n_cols
        parent = list(range(n_r * n_c))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        # (v_between and h_between written out: the rulings at each boundary are picked once, not
        # looked through again for each cell along it)
        xs, ys = self.xs, self.ys
        at_x = [[v for v in self.vs if abs(v.pos - x) <= TOL] for x in xs]
        at_y = [[h for h in self.hs if abs(h.pos - y) <= TOL] for y in ys]
        for r in range(n_r):
            a_y, b_y = ys[r], ys[r + 1]
            need_y = 0.5 * (b_y - a_y)
            for c in range(n_c):
                if c + 1 < n_c and not any(v.overlap(a_y, b_y) >= need_y for v in at_x[c + 1]):
                    a, b = find(r * n_c + c), find(r * n_c + c + 1)
                    if a != b:
                        parent[a] = b
                if r + 1 < n_r and not any(h.overlap(xs[c], xs[c + 1]) >= 0.5 * (xs[c + 1] - xs[c])
                                           for h in at_y[r + 1]):
                    a, b = find(r * n_c + c), find((r + 1) * n_c + c)
                    if a != b:
                        parent[a] = b
        groups: dict[int, list[int]] = {}
        for i in range(n_r * n_c):
            groups.setdefault(find(i), []).append(i)
        covered = [[False] * n_c for _ in range(n_r)]
        cells = []
        for members in sorted(groups.values(), key=min):
            rows = [i // n_c for i in members]
            cols = [i % n_c for i in members]
            r0, r1, c0, c1 = min(rows), max(rows), min(cols), max(cols)
            # a non-rectangular group (a ruling stops mid-cell): keep its bounding box where free
            if any(covered[r][c] for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)):
                for i in members:
                    r, c = divmod(i, n_c)
                    if not covered[r][c]:
                        covered[r][c] = True
                        cells.append((r, c, 1, 1))
                continue
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    covered[r][c] = True
            cells.append((r0, c0, r1 - r0 + 1, c1 - c0 + 1))
        return sorted(cells)


def grid_of(component: Component, min_gap: float = 3.0) -> Grid | None:
    """The grid of a component, or None when it has too few rulings to be one."""
    hs, vs = component.hs, component.vs
    if len(hs) < 2 or len(vs) < 2:
        return None
    x0, top, x1, bottom = component.bbox
    xs = _cluster([v.pos for v in vs] + [x0, x1], min_gap)
    ys = _cluster([h.pos for h in hs] + [top, bottom], min_gap)
    if len(xs) < 2 or len(ys) < 2:
        return None
    return Grid(xs, ys, hs, vs)
