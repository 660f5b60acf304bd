"""Charts and figures that look like tables: text labels over a picture, plot lines, bars, axes.

A candidate region is a figure when any of these holds:

* an image lies under much of it (labels printed over a raster chart);
* it holds several diagonal lines or curved/slanted paths (line charts, pies);
* it holds several filled boxes whose edges line up with nothing (bars of a bar chart), unlike
  the row stripes and cell backgrounds of a table, which share a few column edges;
* its numbers form an axis: four or more evenly spaced values on one line or in one column, with
  no other values beside them.
"""

from __future__ import annotations

import re

from .text import is_numeric

_AXIS_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?%?$")


def _inside(obj, bbox, pad: float = 3.0) -> bool:
    return (obj["x0"] >= bbox[0] - pad and obj["x1"] <= bbox[2] + pad
            and obj["top"] >= bbox[1] - pad and obj["bottom"] <= bbox[3] + pad)


def _overlap_area(obj, bbox) -> float:
    ix = max(0.0, min(obj["x1"], bbox[2]) - max(obj["x0"], bbox[0]))
    iy = max(0.0, min(obj["bottom"], bbox[3]) - max(obj["top"], bbox[1]))
    return ix * iy


def _slanted_segments(pts) -> int:
    n = 0
    for (ax, ay), (bx, by) in zip(pts, pts[1:]):
        if abs(ax - bx) > 1.0 and abs(ay - by) > 1.0:
            n += 1
    return n


def _distinct(values: list[float], tol: float = 2.0) -> int:
    values = sorted(values)
    n = 0
    last = None
    for v in values:
        if last is None or v - last > tol:
            n += 1
        last = v
    return n


def _axis_like(words: list[dict]) -> bool:
    """Evenly spaced numbers along one line or one column (a chart axis)."""
    nums = [w for w in words if _AXIS_NUMBER.match(w["text"])]
    if len(nums) < 4:
        return False

    def progression(ws: list[dict], key) -> bool:
        if len(ws) < 4:
            return False
        ws = sorted(ws, key=key)
        try:
            vals = [float(w["text"].rstrip("%").replace(",", ".")) for w in ws]
        except ValueError:
            return False
        pos = [key(w) for w in ws]
        dv = [b - a for a, b in zip(vals, vals[1:])]
        dp = [b - a for a, b in zip(pos, pos[1:])]
        if not dv or any(abs(d - dv[0]) > 1e-6 for d in dv) or dv[0] == 0:
            return False
        return all(abs(d - dp[0]) <= max(1.5, 0.08 * abs(dp[0])) for d in dp) and abs(dp[0]) > 3

    # one line: same middle y
    rows: dict[int, list[dict]] = {}
    for w in nums:
        rows.setdefault(round((w["top"] + w["bottom"]) / 4), []).append(w)
    for ws in rows.values():
        if progression(ws, lambda w: (w["x0"] + w["x1"]) / 2):
            values = [w["text"] for w in ws]
            if not all(re.fullmatch(r"(?:18|19|20)\d\d", v) for v in values):
                return True
            # a run of years: an axis only if no other numbers are under or over them (a
            # table's header of years has its columns of values)
            lonely = 0
            for a in ws:
                stacked = [w for w in words if w is not a and w["x0"] < a["x1"] and w["x1"] > a["x0"]
                           and abs(w["top"] - a["top"]) > 2 and is_numeric(w["text"])]
                lonely += not stacked
            if lonely >= 0.75 * len(ws):
                return True
    cols: dict[int, list[dict]] = {}
    for w in nums:
        cols.setdefault(round(w["x1"] / 3), []).append(w)
    for ws in cols.values():
        if progression(ws, lambda w: (w["top"] + w["bottom"]) / 2):
            # an axis has nothing beside its numbers on the same lines
            lonely = 0
            for a in ws:
                # (the same number beside it is the axis of a neighbouring chart)
                beside = [w for w in words if w is not a and abs((w["top"] + w["bottom"]) / 2 - (a["top"] + a["bottom"]) / 2) < 2
                          and is_numeric(w["text"]) and w["text"] != a["text"]]
                lonely += not beside
            if lonely >= 0.75 * len(ws):
                return True
    return False


def looks_like_figure(page, bbox, words: list[dict]) -> bool:
    """Is the region ``bbox`` a chart or figure rather than a table?"""
    return bool(figure_reason(page, bbox, words))


def figure_reason(page, bbox, words: list[dict]) -> str:
    """Why the region looks like a figure ("" when it does not)."""
    area = max((bbox[2] - bbox[0]) * (bbox[3] - bbox[1]), 1.0)
    page_w, page_h = float(page.width), float(page.height)
    for image in page.images:
        w, h = image["x1"] - image["x0"], image["bottom"] - image["top"]
        if w >= 0.95 * page_w or w * h >= 0.5 * page_w * page_h:
            continue  # a page background (or a strip of one)
        if _overlap_area(image, bbox) >= 0.4 * area:
            return "image"
    slanted = 0
    for line in page.lines:
        if _inside(line, bbox) and abs(line["x1"] - line["x0"]) > 1.0 and abs(line["bottom"] - line["top"]) > 1.0:
            slanted += 1
    for curve in page.curves:
        if _inside(curve, bbox):
            pts = curve.get("pts") or []
            slanted += 1 if _slanted_segments(pts[:50]) >= 2 else 0
    if slanted >= 3:
        return "slanted"
    boxes = [r for r in page.rects if r.get("fill") and r["width"] > 2.5 and r["height"] > 2.5 and _inside(r, bbox)
             and r["width"] < 0.9 * (bbox[2] - bbox[0])]
    empty = [r for r in boxes if not any(
        r["x0"] <= (w["x0"] + w["x1"]) / 2 <= r["x1"] and r["top"] <= (w["top"] + w["bottom"]) / 2 <= r["bottom"]
        for w in words)]
    if len(boxes) >= 5 and len(empty) >= 0.5 * len(boxes):
        edges_x = _distinct([r["x0"] for r in boxes] + [r["x1"] for r in boxes])
        edges_y = _distinct([r["top"] for r in boxes] + [r["bottom"] for r in boxes])
        # bars: their edges line up with little else; table cells share a few edges
        if edges_x >= 1.2 * len(boxes) or edges_y >= 1.2 * len(boxes):
            return "bars"
    return "axis" if _axis_like(words) else ""
