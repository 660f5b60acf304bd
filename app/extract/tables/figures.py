"""Charts and figures that look like tables: text labels over a picture, plot lines, bars, axes.

A candidate region is a figure when any of these holds:

* an image lies under much of it (labels printed over a raster chart);
* it holds several diagonal lines or curved/slanted paths (line charts, pies);
* it holds several filled boxes whose edges line up with nothing (bars of a bar chart), unlike
  the row stripes and cell backgrounds of a table, which share a few column edges;
  unless they are a table's data bars, one per row beside other figures (rule 185);
* its numbers form an axis: four or more evenly spaced values on one line or in one column, with
  no other values beside them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from statistics import median

from app.extract.tables.rulings import _is_white
from app.extract.tables.text import group_lines, is_currency, is_mark, is_numeric, is_value

_AXIS_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?%?$")
_YEAR = re.compile(r"(?:18|19|20)\d\d")


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


def _bars(boxes: list[dict], axis: str) -> bool:
    """Bars of a bar chart: boxes in three or more bands whose ends (along ``axis``) line up with
    little else. Table cell backgrounds share a few column edges however many rows there are."""
    if axis == "x":
        band = lambda r: round((r["top"] + r["bottom"]) / 2 / 2)  # noqa: E731
        ends = [r["x0"] for r in boxes] + [r["x1"] for r in boxes]
    else:
        band = lambda r: round((r["x0"] + r["x1"]) / 2 / 2)  # noqa: E731
        ends = [r["top"] for r in boxes] + [r["bottom"] for r in boxes]
    bands: dict[int, int] = {}
    for r in boxes:
        bands[band(r)] = bands.get(band(r), 0) + 1
    if len(bands) < 3:
        return False
    per_band = max(bands.values())
    distinct = _distinct(ends)
    return distinct >= max(2 * (per_band + 1), 0.6 * len(boxes))


def _measures(words: list[dict]) -> tuple[float, float]:
    """What rule 185 measures of a page's words: their median glyph height and type size (taken once
    for all the bar runs of a page that are asked about)."""
    return median(w["bottom"] - w["top"] for w in words), _type_size(words)


def _data_bars(boxes: list[dict], words: list[dict], measures: tuple[float, float] | None = None) -> bool:
    """Rule 185: data bars drawn in a table's column (a bar per row from the cell's left, its length
    the row's share) are no bar chart. Bars one per line of text, no taller than one and a half of
    the words' heights, most starting at one left edge, and on the lines of two thirds of them a
    figure apart from the bar: not over it and not the first word after its end (a chart labels
    each bar with one value, at its end or in a column after it; a table row has other figures).
    Rule 230: a figure counts only with no label (a word that is no value or currency sign) between
    it and the bar: the figures of a table set beside a chart are its rows', not the bars'."""
    if not words:
        return False
    h, size = measures or _measures(words)
    if any(r["height"] > 1.5 * size for r in boxes):
        return False
    boxes = sorted(boxes, key=lambda r: r["top"])
    if any(b["top"] < a["bottom"] - 0.5 for a, b in zip(boxes, boxes[1:])):
        return False  # two bars on one line: a grouped or stacked chart
    left = median(r["x0"] for r in boxes)
    if sum(1 for r in boxes if abs(r["x0"] - left) <= 1.0) < 0.8 * len(boxes):
        return False
    apart = 0
    for r in boxes:
        mid = (r["top"] + r["bottom"]) / 2
        line = [w for w in words if w["top"] - 0.3 * h <= mid <= w["bottom"] + 0.3 * h]
        after = [w for w in line if w["x0"] >= r["x1"] - 1.0]
        end = min(after, key=lambda w: w["x0"], default=None)
        # rule 230: a figure of the bar's own row has no label between it and the bar (a table set
        # beside a chart, its rows level with the bars, has its own labels first: "Peru" before
        # "155,800")
        words_ = [u for u in line if not is_value(u["text"]) and not is_currency(u["text"])]

        def own(w: dict) -> bool:
            lo, hi = (w["x1"], r["x0"]) if w["x1"] <= r["x0"] + 1.0 else (r["x1"], w["x0"])
            return not any(lo - 1.0 <= (u["x0"] + u["x1"]) / 2 <= hi + 1.0 for u in words_)

        if any(is_value(w["text"]) and w is not end and (w["x1"] <= r["x0"] + 1.0 or w["x0"] >= r["x1"] - 1.0)
               and own(w) for w in line):
            apart += 1
    return apart >= 2 * len(boxes) / 3


def _tiles(boxes: list[dict], tol: float = 1.0) -> bool:
    """Rule 210: shaded cells (a workplan's periods, a matrix's marked cells) are no bars. A chart's
    bars differ in length (that is what they show), so a shorter bar's end falls inside a longer
    one's extent: across for columns, along for bars. Boxes filling the cells of one grid share
    their edges: no box's edge falls inside another box's extent, either way."""
    for lo, hi in (("x0", "x1"), ("top", "bottom")):
        edges = sorted({round(r[k], 1) for r in boxes for k in (lo, hi)})
        for r in boxes:
            if any(r[lo] + tol < e < r[hi] - tol for e in edges):
                return False
    return True


def axis_words(words: list[dict]) -> set[int]:
    """Ids of the words that form chart axes: four or more evenly spaced numbers with even steps
    along one line (not a table header of years over columns of values) or down one column
    (with no other numbers beside them)."""
    nums = [w for w in words if _AXIS_NUMBER.match(w["text"])]
    found: set[int] = set()
    if len(nums) < 4:
        return found
    # rule 85: a number followed a word space away by a word of three letters or more is the first
    # word of a label ("1 Year Fixed Rate", "2 Year ..."), not a tick of an axis
    by_line: dict[int, list[dict]] = {}
    for w in words:
        by_line.setdefault(round((w["top"] + w["bottom"]) / 4), []).append(w)

    def leads(a: dict) -> bool:
        size = a["bottom"] - a["top"]
        key = round((a["top"] + a["bottom"]) / 4)
        return any(w is not a and 0 <= w["x0"] - a["x1"] < 0.5 * size and abs(w["top"] - a["top"]) < 0.3 * size
                   and len(w["text"]) >= 3 and w["text"][:3].isalpha()
                   for k in (key - 1, key, key + 1) for w in by_line.get(k, ()))

    nums = [w for w in nums if not leads(w)]
    if len(nums) < 4:
        return found

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

    rows: dict[int, list[dict]] = {}
    for w in nums:
        rows.setdefault(round((w["top"] + w["bottom"]) / 4), []).append(w)
    def numbered(a: dict) -> bool:
        """Is the number the end of a heading ("Principle 3", "Year 2"): a word of letters right
        before it, a word space away on its line, or right above it with the number inside its
        extent (a heading wrapped by a narrow column, "Phase / 1"; rule 46)?"""
        size = a["bottom"] - a["top"]
        return any(w is not a and w["text"][-1:].isalpha() and (
            (abs(w["top"] - a["top"]) < 0.3 * size and 0 <= a["x0"] - w["x1"] < 0.5 * size)
            or (0 <= a["top"] - w["bottom"] < 0.5 * size
                and w["x0"] - 1 <= a["x0"] and a["x1"] <= w["x1"] + 1))
            for w in words)

    for ws in rows.values():
        if progression(ws, lambda w: (w["x0"] + w["x1"]) / 2):
            # numbered column headings evenly spaced are a table's header, not a chart's axis
            if sum(1 for w in ws if numbered(w)) >= 0.5 * len(ws):
                continue
            values = [w["text"] for w in ws]
            if all(_YEAR.fullmatch(v) for v in values):
                # a run of years: an axis only if no other values are under or over them (a
                # table's header of years has its columns of values; rule 43: marks and dashes
                # too, a schedule of years marked "x" or "*")
                lonely = 0
                for a in ws:
                    stacked = [w for w in words if w is not a and w["x0"] < a["x1"] and w["x1"] > a["x0"]
                               and abs(w["top"] - a["top"]) > 2 and is_value(w["text"])]
                    lonely += not stacked
                if lonely < 0.75 * len(ws):
                    continue
            found.update(id(w) for w in ws)
    cols: dict[int, list[dict]] = {}
    for w in nums:
        cols.setdefault(round(w["x1"] / 3), []).append(w)
    for ws in cols.values():
        if progression(ws, lambda w: (w["top"] + w["bottom"]) / 2):
            # an axis has nothing beside its numbers on the same lines (the same number beside
            # it is the axis of a neighbouring chart)
            lonely = 0
            for a in ws:
                mid = (a["top"] + a["bottom"]) / 2
                beside = [w for w in words if w is not a and abs((w["top"] + w["bottom"]) / 2 - mid) < 2
                          and is_numeric(w["text"]) and w["text"] != a["text"]]
                lonely += not beside
            if lonely >= 0.75 * len(ws):
                found.update(id(w) for w in ws)
    return found


def looks_like_figure(page, bbox, words: list[dict], grid=None) -> bool:
    """Is the region ``bbox`` a chart or figure rather than a table?"""
    return bool(figure_reason(page, bbox, words, grid))


def _icon(obj, words: list[dict], grid) -> bool:
    """Rule 77: a drawing the size of a few letters lying inside one cell of a ruled grid (a smiley
    for "human resources", a drawn check mark or arrow) is a symbol in that cell, not a chart's
    line: at most two ems each way (the region's type size) and clear of the grid's rules."""
    if grid is None or not words:
        return False
    sizes = sorted(w.get("size") or (w["bottom"] - w["top"]) for w in words)
    em = sizes[len(sizes) // 2]
    if obj["x1"] - obj["x0"] > 2 * em or obj["bottom"] - obj["top"] > 2 * em:
        return False
    xs, ys = grid.xs, grid.ys
    return not any(obj["x0"] < x < obj["x1"] for x in xs) and not any(obj["top"] < y < obj["bottom"] for y in ys)


def _status_marks(objs: list[dict], words: list[dict]) -> set[int]:
    """Rule 240: the coloured dots, squares and diamonds of a status column (traffic lights) and the
    keys of its legend are symbols of a table's cells and of the line under it, not a chart's lines
    or bars. Ids of the drawings no bigger than two ems across and one and a half high (the
    region's type size), no more than two and a half times as wide as tall, each level with a line
    of the region's text (its middle within a word's height) and either in a column of such marks
    (another one's middle within a point across, on another line) or followed on its line by a word
    starting within an em (the status or the legend word it stands for). A chart's markers and pie
    slices are neither set on the text's lines nor stacked at its pitch, and a bar is longer."""
    if not words or not objs:
        return set()
    em = _type_size(words)
    small = []
    for o in objs:
        w, h = o["x1"] - o["x0"], o["bottom"] - o["top"]
        if not (0.2 * em <= w <= 2.0 * em and 0.2 * em <= h <= 1.5 * em and 0.4 <= w / h <= 2.5):
            continue
        mid = (o["top"] + o["bottom"]) / 2
        line = [u for u in words if u["top"] <= mid <= u["bottom"]]
        if line:
            small.append((o, line))
    out = set()
    for o, line in small:
        x, y = (o["x0"] + o["x1"]) / 2, (o["top"] + o["bottom"]) / 2
        if any(o["x1"] - 0.5 <= u["x0"] <= o["x1"] + em for u in line) or any(
                q is not o and abs((q["x0"] + q["x1"]) / 2 - x) <= 1.0 and abs((q["top"] + q["bottom"]) / 2 - y) > 0.5 * em
                for q, _line in small):
            out.add(id(o))
    return out


def _once(objs: list[dict]) -> list[dict]:
    """Rule 322: a drawing drawn again over itself (a producer that fakes a bold stroke as it fakes
    bold type, five times at one place) is one drawing: the copies are no more chart lines than one."""
    seen: set[tuple] = set()
    out = []
    for o in objs:
        key = (round(o["x0"], 1), round(o["top"], 1), round(o["x1"], 1), round(o["bottom"], 1),
               tuple((round(x, 1), round(y, 1)) for x, y in (o.get("pts") or [])[:50]))
        if key not in seen:
            seen.add(key)
            out.append(o)
    return out


def _rounded_box(obj) -> bool:
    """Rule 320: a box with rounded corners (drawn round a table or a band of its rows, its arcs
    flattened into short slanted strokes): a path with a level side and an upright side each over
    half its width and height, whose slanted strokes all lie within a quarter of its shorter side
    of one corner of its own bounds. A chart's line or a pie's slice slants away from its corners."""
    pts = obj.get("pts") or []
    x0, top, x1, bottom = obj["x0"], obj["top"], obj["x1"], obj["bottom"]
    w, h = x1 - x0, bottom - top
    if len(pts) < 4 or w <= 0 or h <= 0:
        return False
    level = upright = False
    r = 0.25 * min(w, h)
    corners = [(x, y) for x in (x0, x1) for y in (top, bottom)]
    for (ax, ay), (bx, by) in zip(pts, pts[1:]):
        dx, dy = abs(ax - bx), abs(ay - by)
        if dy <= 1.0 and dx >= 0.5 * w:
            level = True
        elif dx <= 1.0 and dy >= 0.5 * h:
            upright = True
        elif dx > 1.0 and dy > 1.0 and not any(
                max(abs(ax - cx), abs(bx - cx), abs(ay - cy), abs(by - cy)) <= r for cx, cy in corners):
            return False
    return level and upright


def _decoration(obj, words: list[dict]) -> bool:
    """Drawings that are no chart evidence however they slant: rule 320's rounded boxes; rule 321's
    shapes filled in white with no stroke (paper-coloured masks squaring or rounding a box's
    corners: nothing is seen of them); and rule 323's small shapes (three ems at most each way, the
    words' type size) wholly beside the words' extent across: punch holes and ornaments in the margin
    of a sheet's drawn frame, which grows a region out to the frame's rules. A chart's lines lie
    among its labels and axes."""
    if _rounded_box(obj):
        return True
    if obj.get("fill") and not obj.get("stroke") and _is_white(obj.get("non_stroking_color")):
        return True
    if not words:
        return False
    em = _type_size(words)
    if obj["x1"] - obj["x0"] > 3 * em or obj["bottom"] - obj["top"] > 3 * em:
        return False
    left, right = min(w["x0"] for w in words), max(w["x1"] for w in words)
    return obj["x1"] <= left or obj["x0"] >= right


def figure_reason(page, bbox, words: list[dict], grid=None) -> str:
    """Why the region looks like a figure ("" when it does not). ``grid``: the region's ruled grid,
    when it is one (symbols inside its cells are no chart lines, rule 77)."""
    area = max((bbox[2] - bbox[0]) * (bbox[3] - bbox[1]), 1.0)
    page_w, page_h = float(page.width), float(page.height)
    for image in page.images:
        w, h = image["x1"] - image["x0"], image["bottom"] - image["top"]
        if w >= 0.95 * page_w or w * h >= 0.5 * page_w * page_h:
            continue  # a page background (or a strip of one)
        if _overlap_area(image, bbox) >= 0.4 * area:
            return "image"
    slanted = 0
    curves = _once([c for c in page.curves if _inside(c, bbox)])
    marks = _status_marks(curves, words)
    for line in _once([ln for ln in page.lines if _inside(ln, bbox)]):
        if abs(line["x1"] - line["x0"]) > 1.0 and abs(line["bottom"] - line["top"]) > 1.0 \
                and not _icon(line, words, grid) and not _decoration(line, words):
            slanted += 1
    for curve in curves:
        if not _icon(curve, words, grid) and id(curve) not in marks and not _decoration(curve, words):
            pts = curve.get("pts") or []
            slanted += 1 if _slanted_segments(pts[:50]) >= 2 else 0
    if slanted >= 3:
        return "slanted"
    boxes = [r for r in page.rects if r.get("fill") and r["width"] > 2.5 and r["height"] > 2.5 and _inside(r, bbox)
             and r["width"] < 0.9 * (bbox[2] - bbox[0])]
    # a box inside another (a cell's text box inside the cell) is part of that one
    boxes = [r for r in boxes if not any(
        o is not r and o["x0"] <= r["x0"] + 0.5 and o["x1"] >= r["x1"] - 0.5 and o["top"] <= r["top"] + 0.5
        and o["bottom"] >= r["bottom"] - 0.5 for o in boxes)]
    keys = _status_marks(boxes, words)
    boxes = [r for r in boxes if id(r) not in keys]
    if len(boxes) >= 5 and (_bars(boxes, "x") or _bars(boxes, "y")) and not _data_bars(boxes, words) \
            and not _tiles(boxes):
        return "bars"
    axes = axis_words(words)
    if axes and grid is not None:
        axes = _off_cells([w for w in words if id(w) in axes], grid)
    return "axis" if axes else ""


def _off_cells(ticks: list[dict], grid) -> list[dict]:
    """Rule 180: the numbers of a ruled grid that lie each in a cell of their own, clear of its rules
    (a quarter of their height at least), are a column or a row of the table (the row numbers 19, 20,
    21 ... of a long table, set low in their cells, read as a chart's axis, and the page's table was
    dropped); a chart's ticks label its grid lines and sit on them, or several in one cell when a chart
    sits inside a table's cell. Returns the ticks left as an axis's."""
    def cell(w: dict) -> tuple[int, int] | None:
        x, y = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        margin = 0.25 * (w["bottom"] - w["top"])
        col = next((k for k in range(len(grid.xs) - 1) if grid.xs[k] + margin < x < grid.xs[k + 1] - margin), None)
        row = next((k for k in range(len(grid.ys) - 1) if grid.ys[k] + margin < y < grid.ys[k + 1] - margin), None)
        return None if col is None or row is None else (row, col)

    cells = [cell(w) for w in ticks]
    if all(c is not None for c in cells) and len(set(cells)) == len(cells):
        return []
    return ticks


def _thin(obj) -> bool:
    return obj["x1"] - obj["x0"] <= 1.5 or obj["bottom"] - obj["top"] <= 1.5


def chart_words(page, words: list[dict], em: float) -> set[int]:
    """Ids of the words of bar charts drawn on the page (rule 147): three or more filled boxes of
    one width standing side by side on one baseline, apart, not all of one height, are a chart's
    bars (a row of shaded cells has one height; zebra stripes stand one over another). Its plot
    runs from the vertical axis at the bars' left (a line or thin box down to the baseline, within
    two bar pitches) or from a gap before the first bar, to a gap after the last, and from the
    axis's top or the tallest bar to the baseline. Its words: those whose middle lies over the plot
    from two ems above it to two ems under it (data labels over the bars, category labels under
    them), the numbers ending right left of the plot, within an em and a half, level with it (the
    value ticks), and the words ending less than 1.6 ems over the plot's top (its axis, tallest
    bar or top tick), set within the chart's width, from two ems before its ticks to an em past
    its plot (its title). They are a region of their own, no table's cells, whatever lies beside."""
    boxes = [r for r in page.rects if r.get("fill") and not _thin(r)]
    if len(boxes) < 3 or not words:
        return set()
    found = _hbar_words(boxes, words, em)
    by_base: dict[int, list[dict]] = {}
    for r in boxes:
        by_base.setdefault(round(r["bottom"]), []).append(r)
    axes = [o for o in list(page.lines) + [r for r in page.rects if _thin(r)]
            if o["x1"] - o["x0"] <= 1.5 and o["bottom"] - o["top"] > em]
    for key in sorted(by_base):
        bars = sorted((r for k in (key - 1, key, key + 1) for r in by_base.get(k, ())
                       if abs(r["bottom"] - by_base[key][0]["bottom"]) <= 1.0), key=lambda r: r["x0"])
        if len(bars) < 3:
            continue
        width = median([r["x1"] - r["x0"] for r in bars])
        gaps = [b["x0"] - a["x1"] for a, b in zip(bars, bars[1:])]
        if any(abs(r["x1"] - r["x0"] - width) > max(1.0, 0.05 * width) for r in bars) or min(gaps) < 0.2 * width:
            continue
        if max(r["top"] for r in bars) - min(r["top"] for r in bars) <= 1.0:
            continue
        base = max(r["bottom"] for r in bars)
        gap = median(gaps)
        x0, x1, top = bars[0]["x0"] - gap, bars[-1]["x1"] + gap, min(r["top"] for r in bars)
        pitch = width + gap
        for o in axes:
            if abs(o["bottom"] - base) <= 2.0 and bars[0]["x0"] - 2 * pitch <= o["x0"] <= bars[0]["x0"]:
                x0, top = o["x0"], min(top, o["top"])
        ticks = [w for w in words if top - em <= (w["top"] + w["bottom"]) / 2 <= base + em
                 and x0 - 1.5 * em <= w["x1"] <= min(x0 + 1.0, bars[0]["x0"]) and _AXIS_NUMBER.match(w["text"])]
        left = min([x0] + [w["x0"] for w in ticks])
        top = min([top] + [w["top"] for w in ticks])
        found.update(id(w) for w in ticks)
        for w in words:
            mx, my = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
            if top - 2 * em <= my <= base + 2 * em and x0 <= mx <= x1:
                found.add(id(w))
            elif top - 1.6 * em <= w["bottom"] <= top and left - 2 * em <= w["x0"] and w["x1"] <= x1 + em:
                found.add(id(w))  # the chart's title, right over it
    return found


def _hbar_words(boxes: list[dict], words: list[dict], em: float) -> set[int]:
    """Ids of the words of horizontal bar charts (rule 187): three or more filled boxes no taller
    than one and a half lines, starting at one left edge, one per line, at most three ems apart,
    not all of one length, and not a table's data bars (rule 185). Its words: on each bar's line,
    those ending left of the bar within twelve ems (the category labels), over the bar, and the first
    after its end within two ems (the data label); and the words ending less than 1.6 ems over the
    first bar, within the labels' and bars' width (its title). Set aside as the chart's, as rule
    147 sets aside a column chart's, so a table over or beside it is not read into it."""
    found: set[int] = set()
    h = median(w["bottom"] - w["top"] for w in words)
    measures = None
    for bars in _bar_runs(boxes, words, em):
        measures = measures or (h, _type_size(words))
        if _data_bars(bars, words, measures):
            continue
        # rule 232: ems of the chart's own type (its labels may be set larger than the page's text)
        em_ = max([em] + [w.get("size") or (w["bottom"] - w["top"]) for r in bars for w in words
                          if r["top"] <= (w["top"] + w["bottom"]) / 2 <= r["bottom"]])
        x0 = bars[0]["x0"]
        labels_x0, right = x0, max(r["x1"] for r in bars)
        for r in bars:
            mid = (r["top"] + r["bottom"]) / 2
            line = [w for w in words if w["top"] - 0.3 * h <= mid <= w["bottom"] + 0.3 * h]
            after = [w for w in line if w["x0"] >= r["x1"] - 1.0 and w["x0"] <= r["x1"] + 2 * em_]
            end = min(after, key=lambda w: w["x0"], default=None)
            # rule 233: the category label is the phrase nearest left of the bar (words under an em
            # apart), not the cells of a table set beside the chart on the same line
            label: set[int] = set()
            for w in sorted((w for w in line if x0 - 12 * em_ <= w["x0"] and w["x1"] <= x0 + 1.0),
                            key=lambda w: -w["x1"]):
                if label and w["x1"] < left_end - em_:
                    break
                label.add(id(w))
                left_end = w["x0"]
            for w in line:
                if id(w) in label or w["x0"] >= x0 - 1.0 and w["x1"] <= r["x1"] + 1.0 or w is end:
                    found.add(id(w))
                    labels_x0 = min(labels_x0, w["x0"])
                    right = max(right, w["x1"])
        top = bars[0]["top"]
        for w in words:
            if top - 1.6 * em_ <= w["bottom"] <= top and labels_x0 - 2 * em_ <= w["x0"] \
                    and w["x1"] <= right + em_:
                found.add(id(w))
    return found


def _bar_runs(boxes: list[dict], words: list[dict], em: float) -> list[list[dict]]:
    """Runs of horizontal bars (rule 187): three or more filled boxes no taller than one and a half
    lines, starting at one left edge (within a point), one per line and at most three ems apart,
    not all of one length; top to bottom."""
    # rule 232: a bar of a small value may be shorter than it is thick: it joins its run (at least
    # two of which are longer than thick, so a column of squares is none)
    size = _type_size(words)

    def line_size(r: dict) -> float:
        # rule 232: the type of the bar's own line (a chart's labels may be larger than the page's)
        level = [w.get("size") or (w["bottom"] - w["top"]) for w in words
                 if r["top"] <= (w["top"] + w["bottom"]) / 2 <= r["bottom"]]
        return max([size, *level])

    # (a bar within the page's size is within its line's, never less: its line's words are not sought)
    flat = sorted((r for r in boxes if r["height"] <= 1.5 * size or r["height"] <= 1.5 * line_size(r)),
                  key=lambda r: r["x0"])
    groups: list[list[dict]] = []
    for r in flat:
        if groups and abs(r["x0"] - groups[-1][0]["x0"]) <= 1.0:
            groups[-1].append(r)
        else:
            groups.append([r])
    out = []
    for group in groups:
        group.sort(key=lambda r: r["top"])
        runs, run = [], [group[0]]
        for a, b in zip(group, group[1:]):
            if b["top"] >= a["bottom"] - 0.5 and b["top"] - a["bottom"] <= 3 * em:
                run.append(b)
            else:
                runs.append(run)
                run = [b]
        runs.append(run)
        out += [bars for bars in runs
                if len(bars) >= 3 and sum(r["width"] > r["height"] for r in bars) >= 2
                and max(r["x1"] for r in bars) - min(r["x1"] for r in bars) > 1.0]
    return out


def _type_size(words: list[dict]) -> float:
    """The words' median type size (a line's height; a glyph's box is shorter: "no taller than one
    and a half lines" measured on glyphs left a bar as tall as the type out)."""
    return median(w.get("size") or (w["bottom"] - w["top"]) for w in words)


def data_bars(page, words: list[dict], em: float) -> list[tuple[float, float, float, float]]:
    """Rule 188: the page's data bars (rule 185) as (x0, top, x1, bottom): the cells they are drawn
    in hold them as they hold text, so a figure set at a bar's end is in the bar's column."""
    boxes = [r for r in page.rects if r.get("fill") and not _thin(r)]
    if len(boxes) < 3 or not words:
        return []
    out, measures = [], None
    for bars in _bar_runs(boxes, words, em):
        measures = measures or _measures(words)
        if _data_bars(bars, words, measures):
            out += [(r["x0"], r["top"], r["x1"], r["bottom"]) for r in bars]
    return out


#: rule 250: the text a shaded cell stands for while the table's rows and columns are found (a mark of
#: a matrix, ``text.is_mark``, and no bullet, which would join the next cell's text as its item); its
#: cell's text leaves it out (``structure.CellBox.text``)
SHADE = "\u25c6"


def shaded_cells(page, words: list[dict]) -> tuple[list[dict], list[dict]]:
    """Rule 250: cells told by their shading alone (a workplan's periods with no mark and no text), as
    mark words. A filled box holding no word, at most six ems wide (or as wide as the headings over
    it) and under three lines tall a line, level with text lines that go on beside it, when the
    page's boxes of that kind tile one grid (rule 210: no box's edge inside another's extent; a
    chart's bars and a table's data bars differ in length) or stand each under headings of one line
    that lie within it (cells of several periods painted as one box). A mark stands on each text line
    level with the box, under each heading within it (or at the box's middle), a letter wide: a
    column of such cells is a column of marks under its heading, as when the cells hold "X"."""
    if not words:
        return [], []
    boxes = [r for r in page.rects if r.get("fill") and not r.get("stroke") and not _thin(r)]
    if len(boxes) < 3:
        return [], []
    em = _type_size(words)
    boxes = [r for r in boxes if r["bottom"] - r["top"] >= 0.8 * em and r["x1"] - r["x0"] <= 40 * em]
    if not 3 <= len(boxes) <= 2000:
        return [], []
    lines = group_lines(words)
    # the words by the height of their middle: a box asks only those level with it
    mids = sorted(((w["top"] + w["bottom"]) / 2, (w["x0"] + w["x1"]) / 2, k) for k, w in enumerate(words))
    ys = [m[0] for m in mids]
    found = []
    under_text = []
    for r in boxes:
        inside = [k for _y, x, k in mids[bisect_left(ys, r["top"] - 0.5):bisect_right(ys, r["bottom"] + 0.5)]
                  if r["x0"] - 0.5 <= x <= r["x1"] + 0.5]
        if inside:
            # a cell's background under its text; under words that are no mark, maybe a row's stripe
            if any(not is_mark(words[k]["text"]) for k in inside):
                under_text.append(r)
            continue
        level = [ln for ln in lines if r["top"] <= (ln.top + ln.bottom) / 2 <= r["bottom"]
                 and any(w["x1"] <= r["x0"] + 0.5 or w["x0"] >= r["x1"] - 0.5 for w in ln.words)]
        if not level or r["bottom"] - r["top"] > 3.2 * em * len(level):
            continue
        above = next((ln for ln in reversed(lines) if ln.bottom <= r["top"] + 0.5
                      and any(w["x1"] > r["x0"] and w["x0"] < r["x1"] for w in ln.words)), None)
        heads = [w for w in above.words if w["x1"] > r["x0"] and w["x0"] < r["x1"]] if above else []
        found.append((r, level, above, heads))
    if len(found) < 3:
        return [], []
    under_heads = all(heads and all(r["x0"] - 1 <= w["x0"] and w["x1"] <= r["x1"] + 1 for w in heads)
                      for r, _l, _a, heads in found) and len({id(a) for _r, _l, a, _h in found}) == 1
    if not under_heads:
        if not _tiles([r for r, *_ in found]) or any(r["x1"] - r["x0"] > 6 * em for r, *_ in found):
            return [], []
    out: list[dict] = []
    for r, level, _above, heads in found:
        xs = [(w["x0"] + w["x1"]) / 2 for w in heads] if under_heads else [(r["x0"] + r["x1"]) / 2]
        for ln in _row_line(r, level):
            size = ln.size
            half = min(0.3 * size, (r["x1"] - r["x0"]) / 3)
            for cx in xs:
                out.append({"text": SHADE, "x0": cx - half, "x1": cx + half, "top": ln.top,
                            "bottom": ln.bottom, "doctop": ln.top, "upright": True,
                            "height": ln.bottom - ln.top, "width": 2 * half, "direction": "ltr",
                            "fontname": ln.words[0].get("fontname", ""), "size": size,
                            # rule 280: a box filling its cell (taller than its line) is the cell's
                            # shading, which reads as a mark; a letter-sized square is a status mark
                            # drawn in the cell, an empty cell as rule 243 has it
                            "shade": "cell" if r["bottom"] - r["top"] >= 1.2 * size
                            and not _striped(r, under_text) else "mark"})
    return out, [r for r, *_ in found]


def _striped(box: dict, under_text: list[dict]) -> bool:
    """Rule 280: is ``box`` a piece of a row's stripe (zebra shading, drawn cell by cell): a box of
    its fill on its band lies under words that are no mark (the row's label)? Its empty cells are no
    marked periods."""
    return any(abs(b["top"] - box["top"]) <= 1 and abs(b["bottom"] - box["bottom"]) <= 1
               and b.get("non_stroking_color") == box.get("non_stroking_color") for b in under_text)


def _row_line(box: dict, level: list) -> list:
    """Rule 281: the one text line a shaded cell's mark stands on, where a one-line text of that cell
    would stand: the line holding most words no other line level with the box has above or below
    them (one-line cells of the row, as a responsible party beside a wrapped activity: set at the
    row's top or its middle as the table sets its cells), else the line nearest the box's middle. A
    mark on every line beside a label wrapped over three made each line a row of its own."""
    if len(level) < 2:
        return level

    def lone(ln) -> int:
        return sum(1 for w in ln.words if (w["x1"] <= box["x0"] + 0.5 or w["x0"] >= box["x1"] - 0.5)
                   and not any(v["x0"] < w["x1"] and v["x1"] > w["x0"] for o in level if o is not ln
                               for v in o.words))

    mid = (box["top"] + box["bottom"]) / 2
    return [max(level, key=lambda ln: (lone(ln), -abs((ln.top + ln.bottom) / 2 - mid)))]


def shade_edge(rule, boxes: list[dict], tol: float = 1.0) -> bool:
    """Rule 250: a ruling made only of the edges of shaded cells (``shaded_cells``) is no rule: the
    cells are marks, and their edges parted rows and columns where the table has no rule."""
    if not rule.edge:
        return False
    lo, hi = ("top", "bottom") if rule.orient == "h" else ("x0", "x1")
    a, b = ("x0", "x1") if rule.orient == "h" else ("top", "bottom")
    spans = sorted((r[a], r[b]) for r in boxes
                   if abs(r[lo] - rule.pos) <= tol or abs(r[hi] - rule.pos) <= tol)
    at = rule.start
    for x0, x1 in spans:
        if x0 > at + tol:
            break
        at = max(at, x1)
    return bool(spans) and at >= rule.end - tol


def _chromatic(obj) -> bool:
    """Filled in a colour (not black, white or a grey): a traffic light, not a bullet, a box to tick
    or a table's shading."""
    c = obj.get("non_stroking_color")
    if not isinstance(c, (tuple, list)) or len(c) not in (3, 4):
        return False
    if len(c) == 4:  # CMYK
        c = tuple((1 - min(1.0, x + c[3])) for x in c[:3])
    try:
        return max(c) - min(c) > 0.2
    except TypeError:
        return False


def status_marks(page, words: list[dict]) -> list[tuple[float, float, float, float, str]]:
    """Rule 243: the page's status marks (rule 240) filled in a colour (not black or a grey) that
    stand in a column of marks, as (x0, top, x1, bottom, "mark"): a column of traffic lights with no text holds them as other columns hold text,
    so its heading keeps a column of its own over them."""
    if not words:
        return []
    objs = [o for o in list(page.curves) + list(page.rects) if o.get("fill") and _chromatic(o) and not _thin(o)]
    marks = _status_marks(objs, words)
    placed = [o for o in objs if id(o) in marks]
    return [(o["x0"], o["top"], o["x1"], o["bottom"], "mark") for o in placed
            if any(q is not o and abs((q["x0"] + q["x1"]) / 2 - (o["x0"] + o["x1"]) / 2) <= 1.0 for q in placed)]


def bare_mark_words(page, words: list[dict], taken: list[dict] = ()) -> list[dict]:
    """Rule 260: status marks of a column of marks (``status_marks``) with no word after them on
    their line (a matrix of periods, each a coloured mark with no text) as mark words, as a shaded
    cell's (rule 250): a column of bare marks is a column of its table's cells, its rows the lines
    the marks stand on, and no cell's text (``structure.CellBox.text`` leaves them out). Without
    them such a matrix has a label column and headings only and is no table. A mark a shaded cell's
    mark word already stands for (``taken``) is left to it."""
    marks = status_marks(page, words)
    if not marks:
        return []
    em = _type_size(words)
    fills = [o for o in list(page.curves) + list(page.rects) if o.get("fill")]

    def alone(x0, top, x1, bottom) -> bool:
        # a mark stands clear of other ink on its line: the segments of a stacked bar touch
        return not any(o["x0"] < x1 + 1.0 and o["x1"] > x0 - 1.0 and o["top"] < bottom and o["bottom"] > top
                       and not (o["x0"] >= x0 - 0.5 and o["x1"] <= x1 + 0.5) for o in fills)

    def headed(mid: float, top: float) -> bool:
        # a column of marks stands under its heading ("Q1", "Status"), within eight ems above (its
        # first periods may be empty)
        return any(w["bottom"] <= top + 0.5 and top - w["bottom"] <= 8 * em
                   and w["x0"] - 0.5 * em <= mid <= w["x1"] + 0.5 * em for w in words)

    tops: dict[float, float] = {}
    for x0, top, x1, _bottom, _kind in marks:
        mid = round((x0 + x1) / 2)
        tops[mid] = min(top, tops.get(mid, top))
    out: list[dict] = []
    for x0, top, x1, bottom, _kind in marks:
        mid = (x0 + x1) / 2
        first = min((t for m, t in tops.items() if abs(m - mid) <= 1.0), default=top)
        if not alone(x0, top, x1, bottom) or not headed(mid, first):
            continue
        mid = (top + bottom) / 2
        level = [w for w in words if w["top"] <= mid <= w["bottom"]]
        if not level or any(x1 - 0.5 <= w["x0"] <= x1 + em for w in level):
            continue  # the word after it is the cell's text ("● On track")
        if any(t["x0"] < x1 and t["x1"] > x0 and t["top"] < bottom and t["bottom"] > top for t in taken):
            continue  # (rule 281 sets a shaded cell's mark word on its row's line, anywhere in the box)
        near = min(level, key=lambda w: abs((w["top"] + w["bottom"]) / 2 - mid))
        size = near.get("size") or (near["bottom"] - near["top"])
        out.append({"text": SHADE, "x0": x0, "x1": x1, "top": near["top"], "bottom": near["bottom"],
                    "doctop": near["top"], "upright": True, "height": near["bottom"] - near["top"],
                    "width": x1 - x0, "direction": "ltr", "fontname": near.get("fontname", ""), "size": size,
                    "shade": True})
    return out


def legend_words(page, words: list[dict]) -> set[int]:
    """Rule 244: a legend of status marks under or over a table ("● On track  ● At risk  ● Off
    track"): two or more marks (rule 240) side by side on one line, each followed within an em by a
    word, no value on the line from the first mark on, no mark of the line in a column of marks. Ids
    of the line's words from the first mark on: a key to the table's marks, no row of it (read as
    one, its words ran across the table's gutters)."""
    if not words:
        return set()
    em = _type_size(words)
    objs = [o for o in list(page.curves) + [r for r in page.rects if r.get("fill")] if not _thin(o)]
    found = _status_marks(objs, words)  # (once: in the comprehension's test it ran once per drawing)
    marks = [o for o in objs if id(o) in found]
    rows: list[list[dict]] = []
    for m in sorted(marks, key=lambda o: (o["top"] + o["bottom"]) / 2):
        mid = (m["top"] + m["bottom"]) / 2
        if rows and abs((rows[-1][0]["top"] + rows[-1][0]["bottom"]) / 2 - mid) <= 0.5 * em:
            rows[-1].append(m)
        else:
            rows.append([m])
    out: set[int] = set()
    for row in rows:
        # rule 376: a mark drawn again over itself (a punch hole drawn five times over) is one mark:
        # a legend has two side by side
        if len(row) < 2 or max(m["x0"] for m in row) - min(m["x0"] for m in row) <= 1.0:
            continue
        mid = (row[0]["top"] + row[0]["bottom"]) / 2
        x0 = min(m["x0"] for m in row)
        line = [w for w in words if w["top"] <= mid <= w["bottom"] and w["x0"] >= x0 - 1.0]
        if any(is_value(w["text"]) for w in line):
            continue
        if not all(any(m["x1"] - 0.5 <= w["x0"] <= m["x1"] + em for w in line) for m in row):
            continue
        if any(abs((q["x0"] + q["x1"]) / 2 - (m["x0"] + m["x1"]) / 2) <= 1.0
               and abs((q["top"] + q["bottom"]) / 2 - mid) > 0.5 * em for m in row for q in marks):
            continue
        out |= {id(w) for w in line}
    return out
