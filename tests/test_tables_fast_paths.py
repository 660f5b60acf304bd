"""Fast paths of the table rules give the answer of the plain rule they shortcut, on every input.

Each shortcut (a Latin line needs no right-to-left look-up, an upright character no angle, a dot
only the dots of its own line) is checked here against the plain rule written out in full."""

from __future__ import annotations

import random
import sys
import unicodedata

from app.document.bidi import has_rtl as _has_rtl
from app.extract.tables.text import join_words


def _has_rtl_plain(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def test_no_right_to_left_character_before_hebrew():
    # the premise of the fast path, for the Unicode version of this Python
    assert not [c for c in range(0x590) if unicodedata.bidirectional(chr(c)) in ("R", "AL")]


def test_has_rtl_agrees_with_the_plain_rule_on_every_code_point():
    wrong = [c for c in range(sys.maxunicode + 1) if _has_rtl(chr(c)) != _has_rtl_plain(chr(c))]
    assert not wrong, [hex(c) for c in wrong[:10]]


def test_has_rtl_agrees_on_mixed_text():
    rnd = random.Random(7)
    pools = ["abc Zß", "éèçñ–’…", "שלום", "مرحبا", "\u0590\u05ff\u0600\u08ff", "\ufb1d\ufdfd\U00010800", "0123,.%"]
    for _ in range(3000):
        text = "".join(rnd.choice(rnd.choice(pools)) for _ in range(rnd.randint(0, 8)))
        assert _has_rtl(text) == _has_rtl_plain(text), text


def test_join_words_still_reverses_right_to_left_lines():
    words = [{"text": "םולש", "x0": 10, "x1": 30, "top": 0, "bottom": 10, "size": 10},
             {"text": "Kenya", "x0": 40, "x1": 70, "top": 0, "bottom": 10, "size": 10},
             {"text": "Zürich", "x0": 80, "x1": 110, "top": 0, "bottom": 10, "size": 10}]
    assert join_words(words[1:]) == "Kenya Zürich"
    assert join_words(words[:1]) == "שלום"


def test_join_words_keeps_a_right_to_left_line_drawn_as_typed():
    # a cell drawn in logical order (unshaped, as typed): its words close with the letters that only
    # end a word (app.document.bidi), so it is not reversed as a visual-order line would be
    typed = [{"text": "الهجرة", "x0": 10, "x1": 40, "top": 0, "bottom": 10, "size": 10},
             {"text": "الآمنة", "x0": 45, "x1": 75, "top": 0, "bottom": 10, "size": 10}]
    assert join_words(typed) == "الهجرة الآمنة"
    assert join_words(typed[:1]) == "الهجرة"
    visual = [dict(typed[1], text="ةنمآلا", x0=10, x1=40), dict(typed[0], text="ةرجهلا", x0=45, x1=75)]
    assert join_words(visual) == "الهجرة الآمنة"


def _without_leaders_plain(words: list[dict]) -> list[dict]:
    from app.extract.tables.build import _DOTS

    dots = [w for w in words if w["text"] and set(w["text"]) <= _DOTS]
    if not dots:
        return words
    drop = set()
    for w in dots:
        if len(w["text"]) >= 3 and w["text"] != "...":
            drop.add(id(w))
            continue
        mid = (w["top"] + w["bottom"]) / 2
        em = w.get("size") or (w["bottom"] - w["top"])
        if [o for o in dots if o is not w and abs((o["top"] + o["bottom"]) / 2 - mid) < 1.0
                and (0 <= o["x0"] - w["x1"] < 0.8 * em or 0 <= w["x0"] - o["x1"] < 0.8 * em)]:
            drop.add(id(w))
    return [w for w in words if id(w) not in drop]


def test_without_leaders_drops_the_dots_the_plain_rule_drops():
    from app.extract.tables.build import without_leaders

    rnd = random.Random(11)
    for trial in range(300):
        words = []
        for _ in range(rnd.randint(0, 60)):
            # lines close together (some within a point of each other), dots a fraction of an em apart
            top = rnd.choice([100, 100.4, 100.99, 101.0, 101.5, 102.2, 115]) + rnd.choice([0, 0.25, 0.5])
            x0 = rnd.uniform(0, 200)
            size = rnd.choice([None, 6, 10])
            text = rnd.choice([".", ".", "·", "..", "...", "....", "Kenya", "1,200", "…"])
            w = {"text": text, "x0": x0, "x1": x0 + rnd.uniform(1, 4), "top": top,
                 "bottom": top + rnd.choice([6, 9, 10])}
            if size:
                w["size"] = size
            words.append(w)
        got = without_leaders(words)
        want = _without_leaders_plain(words)
        assert [id(w) for w in got] == [id(w) for w in want], trial


def _turned_plain(ch: dict) -> bool:
    import math

    m = ch.get("matrix")
    if not m:
        return False
    a, b = m[0], m[1]
    if not (a or b):
        return False
    return 20 <= abs(math.degrees(math.atan2(b, a))) <= 160


def test_turned_agrees_with_the_angle_on_every_matrix():
    import math

    from app.extract.tables.build import _turned

    rnd = random.Random(5)
    values = [0.0, -0.0, 1.0, -1.0, 10.0, -7.5, 1e-12, -1e-12, math.nan, 0.3420201, 0.9396926]
    cases = [{"matrix": None}, {}, {"matrix": ()}]
    cases += [{"matrix": (a, b, 0, 1, 0, 0)} for a in values for b in values]
    for _ in range(2000):
        ang = math.radians(rnd.uniform(-360, 360))
        size = rnd.choice([1, 9.5, 12])
        cases.append({"matrix": (size * math.cos(ang), size * math.sin(ang), 0, size, 0, 0)})
    for ch in cases:
        assert _turned(ch) == _turned_plain(ch), ch


def _random_words(rnd: random.Random, n: int) -> list[dict]:
    words = []
    for _ in range(n):
        size = rnd.choice([6.0, 8.0, 10.0, 12.0])
        top = rnd.choice([0, 12, 24, 36, 48]) + rnd.uniform(-4, 4)
        x0 = rnd.uniform(0, 300)
        words.append({"text": rnd.choice(["12", "(5%)", "Total", "a", "Kenya", "-"]), "x0": x0,
                      "x1": x0 + rnd.uniform(5, 40), "top": top, "bottom": top + size, "size": size})
    return words


def _plain(lines) -> list[tuple]:
    return [([id(w) for w in ln.words], ln.x0, ln.top, ln.x1, ln.bottom, ln.size) for ln in lines]


def test_group_lines_groups_a_list_of_words_once():
    # the table rules ask for the lines of the same cells again and again: one grouping per word list
    from app.extract.tables import text

    rnd = random.Random(3)
    words = _random_words(rnd, 20)
    calls = []
    plain = text._group_lines

    def counted(ws):
        calls.append(len(ws))
        return plain(ws)

    text.forget_lines()
    text._group_lines = counted
    try:
        first = text.group_lines(words)
        again = text.group_lines(list(words))  # another list, the same words in the same order
    finally:
        text._group_lines = plain
        text.forget_lines()
    assert calls == [20]
    assert _plain(first) == _plain(again)


def test_group_lines_remembered_gives_the_plain_rule_answer_and_lines_of_its_own():
    from app.extract.tables import text

    rnd = random.Random(11)
    text.forget_lines()
    try:
        for _ in range(300):
            words = _random_words(rnd, rnd.randint(1, 25))
            sub = rnd.sample(words, rnd.randint(1, len(words)))
            for ws in (words, sub, words, sub[::-1]):
                got = text.group_lines(ws)
                assert _plain(got) == _plain(text._group_lines(ws))
            # a caller changing its lines does not change what the next caller gets
            got[0].words.append({"text": "x", "x0": 0, "x1": 1, "top": 0, "bottom": 1})
            got[0].x0 = -99.0
            assert _plain(text.group_lines(sub[::-1])) == _plain(text._group_lines(sub[::-1]))
    finally:
        text.forget_lines()


def test_join_words_joins_a_list_of_words_once_with_the_plain_rule_answer():
    # the rules read the text of the same phrases again and again: one join per word list
    from app.extract.tables import text

    rnd = random.Random(5)
    calls = []
    plain = text._join_words

    def counted(ws):
        calls.append(len(ws))
        return plain(ws)

    text.forget_lines()
    text._join_words = counted
    try:
        for _ in range(300):
            words = _random_words(rnd, rnd.randint(2, 12))
            sub = rnd.sample(words, rnd.randint(1, len(words)))
            for ws in (words, sub, list(words), sub[::-1]):
                assert text.join_words(ws) == plain(ws)
        words = _random_words(rnd, 6)
        calls.clear()
        text.join_words(words)
        text.join_words(list(words))
        assert calls == [6]
    finally:
        text._join_words = plain
        text.forget_lines()


def test_extract_tables_forgets_the_pages_lines(tmp_path):
    # a page's words are not kept alive by the cache once its tables are made
    import pdfplumber

    from app.extract.tables import extract_tables, text
    from tests.helpers import make_simple_pdf

    pdf = make_simple_pdf(tmp_path / "t.pdf")
    text.group_lines(_random_words(random.Random(1), 5))
    text.join_words(_random_words(random.Random(1), 5))
    assert text._GROUPED and text._JOINED
    with pdfplumber.open(pdf) as doc:
        assert extract_tables(doc.pages[0])
    assert not text._GROUPED and not text._JOINED


def _lines_between_plain(boxes, a, b, x0, x1):
    """The count of lines as rule 91 first wrote it: every box looked at for each piece."""
    mids = sorted(((t + u) / 2, u - t) for c0, c1, t, u in boxes
                  if a < (t + u) / 2 < b and x0 < (c0 + c1) / 2 < x1)
    return sum(1 for k in range(len(mids)) if k == 0 or mids[k][0] - mids[k - 1][0] > 0.5 * mids[k][1])


def test_lines_between_on_the_middles_of_a_span_counts_what_every_box_counts():
    from app.extract.tables.rulings import _box_middles, _lines_between

    rnd = random.Random(11)
    for _ in range(1500):
        boxes = []
        for _ in range(rnd.randint(0, 40)):
            x, t = rnd.uniform(0, 300), rnd.choice([rnd.uniform(0, 300), float(rnd.randint(0, 30) * 10)])
            boxes.append((x, x + rnd.uniform(0, 12), t, t + rnd.choice([rnd.uniform(0.5, 14), 10.0])))
        lo, hi = sorted(rnd.uniform(-10, 320) for _ in range(2))
        x0, x1 = sorted(rnd.uniform(-10, 320) for _ in range(2))
        mids = _box_middles(boxes, lo, hi, x0, x1)
        for _ in range(6):
            # a piece of a ruling: its ends anywhere, clipped to the span as rule 91 clips them
            a, b = sorted(rnd.choice([rnd.uniform(-20, 340), float(rnd.randint(0, 30) * 10 + 5)]) for _ in range(2))
            a, b = max(a, lo), min(b, hi)
            assert _lines_between(mids, a, b) == _lines_between_plain(boxes, a, b, x0, x1)


def test_colour_under_a_point_from_the_paint_grid_is_the_top_box_of_all():
    from app.extract.tables.rulings import _CELL, _paint_grid

    rnd = random.Random(13)
    for _ in range(300):
        painted = []
        for k in range(rnd.randint(16, 60)):
            x0, top = rnd.uniform(-50, 600), rnd.uniform(-50, 800)
            w, h = rnd.choice([rnd.uniform(0, 40), rnd.uniform(0, 600), _CELL, 0.0]), rnd.uniform(-1, 200)
            painted.append((x0, x0 + w, top, top + h, ("c", k)))
        grid = _paint_grid(painted)
        assert grid is not None
        for _ in range(200):
            if rnd.random() < 0.5:  # on an edge, a corner or a cell's border
                b = rnd.choice(painted)
                x, y = rnd.choice([b[0], b[1], rnd.randint(-2, 20) * _CELL]), rnd.choice([b[2], b[3], rnd.uniform(-60, 820)])
            else:
                x, y = rnd.uniform(-60, 660), rnd.uniform(-60, 820)
            plain = next((k for x0, x1, t, u, k in painted if x0 <= x <= x1 and t <= y <= u), None)
            from math import floor
            filed = next((k for x0, x1, t, u, k in grid.get((floor(x / _CELL), floor(y / _CELL)), ())
                          if x0 <= x <= x1 and t <= y <= u), None)
            assert filed == plain


def test_paint_grid_looks_through_all_boxes_when_one_is_not_finite():
    from app.extract.tables.rulings import _paint_grid

    painted = [(float(k), k + 5.0, 0.0, 5.0, ("c",)) for k in range(20)] + [(0.0, float("inf"), 0.0, 5.0, ("d",))]
    assert _paint_grid(painted) is None
    assert _paint_grid(painted[:5]) is None  # a few boxes: no grid


def test_column_lefts_remembered_are_those_counted_for_each_word():
    from bisect import bisect_left, bisect_right

    from app.extract.tables.build import _ColumnLefts

    rnd = random.Random(19)
    for _ in range(300):
        lefts = sorted(rnd.choice([rnd.uniform(0, 500), float(rnd.randint(0, 25) * 20) + rnd.uniform(-0.6, 0.6)])
                       for _ in range(rnd.randint(1, 80)))
        edges = _ColumnLefts(lefts)
        for _ in range(40):
            lo, hi = sorted(rnd.randint(0, len(lefts)) for _ in range(2))
            tol = rnd.choice([0.45, 0.5, 0.6, rnd.uniform(0.1, 1.0)])
            plain = [x for k, x in enumerate(lefts[lo:hi], lo)
                     if bisect_right(lefts, x + tol) - bisect_left(lefts, x - tol) >= 3]
            assert edges(lo, hi, tol) == plain


def test_column_lefts_from_reaches_are_those_counted_at_ties_and_odd_values():
    # edges on a grid whose steps equal the tolerance (a neighbour exactly at x - tol or x + tol, or a
    # rounding beside it), far-off and non-finite values, tolerances of nothing, not a number or endless
    from bisect import bisect_left, bisect_right

    from app.extract.tables.build import _ColumnLefts

    rnd = random.Random(3)
    for _ in range(3000):
        step = rnd.choice([0.05, 0.1, 0.25, 0.5, 1.0, 0.45])
        lefts = [round(rnd.uniform(0, 600) / step) * step + rnd.choice([0.0, 0.0, 1e-9, -1e-9, 1e-12, -1e-12])
                 for _ in range(rnd.randint(0, 40))]
        if lefts and rnd.random() < 0.1:
            lefts[rnd.randrange(len(lefts))] = rnd.choice([float("inf"), -float("inf"), 2e6, float("nan")])
        lefts.sort()
        tol = rnd.choice([step, step / 2, 2 * step, 0.05 * rnd.uniform(5, 14), 0.0, -0.5, 1e-10,
                          float("nan"), float("inf"), 3e6])
        plain = [x for k, x in enumerate(lefts)
                 if bisect_right(lefts, x + tol) - bisect_left(lefts, x - tol) >= 3]
        assert _ColumnLefts(lefts)(0, len(lefts), tol) == plain, (lefts, tol)


def _split_at_column_edges_plain(words, chars):
    """Rule 93 as first written: every character of a word's rows looked at, every other gap taken for
    each gap."""
    from bisect import bisect_left, bisect_right

    from app.extract.tables.build import EDGE_GAP

    if len(words) < 4 or not chars:
        return words
    lefts = sorted(w["x0"] for w in words)
    out, split = [], False
    for w in words:
        out.append(w)
        size = w.get("size") or (w["bottom"] - w["top"])
        tol = 0.05 * size
        lo, hi = bisect_right(lefts, w["x0"] + 0.5), bisect_left(lefts, w["x1"] - 0.5)
        edges = [x for x in lefts[lo:hi] if bisect_right(lefts, x + tol) - bisect_left(lefts, x - tol) >= 3]
        if not edges:
            continue
        mine = sorted((ch for ch in chars if int(w["top"]) <= int(ch["top"]) <= int(w["bottom"])
                       and ch["x0"] >= w["x0"] - 0.01 and ch["x1"] <= w["x1"] + 0.01
                       and ch["top"] >= w["top"] - 0.01 and ch["bottom"] <= w["bottom"] + 0.01
                       and ch["text"].strip()), key=lambda ch: ch["x0"])
        if len(mine) < 2 or "".join(ch["text"] for ch in mine) != w["text"]:
            continue
        gaps = [mine[k]["x0"] - mine[k - 1]["x1"] for k in range(1, len(mine))]
        cuts = [k for k in range(1, len(mine))
                if gaps[k - 1] >= EDGE_GAP * size + max(max([g for j, g in enumerate(gaps, 1) if j != k],
                                                            default=0.0), 0.0)
                and any(abs(mine[k]["x0"] - x) <= tol for x in edges)]
        parts = [mine[a:b] for a, b in zip([0, *cuts], [*cuts, len(mine)])]
        if not cuts or len(parts[0]) < 2 or not parts[0][-1]["text"].isalnum() \
                or any(not part[0]["text"].isalnum() for part in parts[1:]):
            continue
        out.pop()
        split = True
        for part in parts:
            piece = dict(w)
            piece.update(text="".join(ch["text"] for ch in part), x0=part[0]["x0"], x1=part[-1]["x1"],
                         width=part[-1]["x1"] - part[0]["x0"])
            out.append(piece)
    return out if split else words


def test_split_at_column_edges_cuts_what_the_plain_rule_cuts():
    # rows of glued cells over a column of left edges, characters sorted and not, some ending left of
    # where they start, equal left edges, gaps tied: the same words, split the same way
    from app.extract.tables.build import split_at_column_edges

    rnd = random.Random(93)
    cut = 0
    for _ in range(400):
        chars, words = [], []
        columns = sorted(rnd.sample(range(0, 400, 10), rnd.randint(1, 6)))
        for row in range(rnd.randint(2, 9)):
            top = 20.0 * row + rnd.choice([0.0, 0.3, 0.995, rnd.uniform(0, 1)])
            size = rnd.choice([8.0, 10.0, rnd.uniform(6, 12)])
            x = float(rnd.choice(columns)) + rnd.choice([0.0, rnd.uniform(-0.4, 0.4)])
            word = []
            for _ in range(rnd.randint(2, 12)):
                width = rnd.choice([4.0, 5.0, rnd.uniform(2, 6)])
                ch = {"text": rnd.choice("abcde12-. "), "x0": x, "x1": x + width, "top": top,
                      "bottom": top + size + rnd.choice([0.0, 0.005, 0.5]), "size": size}
                if rnd.random() < 0.03:
                    ch["x1"] = x - 1.0  # a box ending left of its start
                chars.append(ch)
                word.append(ch)
                x += width + rnd.choice([0.0, 0.0, 0.1, rnd.uniform(0, 3)])
                if rnd.random() < 0.15:
                    x = float(rnd.choice(columns)) + rnd.choice([0.0, 0.01])
            text = "".join(ch["text"] for ch in sorted(word, key=lambda ch: ch["x0"]) if ch["text"].strip())
            words.append({"text": text, "x0": min(ch["x0"] for ch in word), "x1": max(ch["x1"] for ch in word),
                          "top": top, "bottom": top + size, "size": rnd.choice([size, None])})
            for c in columns:  # other lines starting at the column edges
                words.append({"text": "x", "x0": float(c), "x1": c + 3.0, "top": 500.0 + row, "bottom": 510.0 + row,
                              "size": size})
        rnd.shuffle(chars)
        fast = split_at_column_edges(list(words), list(chars))
        plain = _split_at_column_edges_plain(list(words), list(chars))
        assert fast == plain
        cut += len(fast) != len(words)
    assert cut > 10  # the inputs do make cuts



def _merged_cells_plain(grid):
    """The cells as first written: v_between / h_between asked for every cell."""
    n_r, n_c = grid.n_rows, grid.n_cols
    parent = list(range(n_r * n_c))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for r in range(n_r):
        for c in range(n_c):
            if c + 1 < n_c and not grid.v_between(c + 1, r):
                a, b = find(r * n_c + c), find(r * n_c + c + 1)
                if a != b:
                    parent[a] = b
            if r + 1 < n_r and not grid.h_between(r + 1, c):
                a, b = find(r * n_c + c), find((r + 1) * n_c + c)
                if a != b:
                    parent[a] = b
    groups = {}
    for i in range(n_r * n_c):
        groups.setdefault(find(i), []).append(i)
    covered = [[False] * n_c for _ in range(n_r)]
    cells = []
    for members in sorted(groups.values(), key=min):
        rows, cols = [i // n_c for i in members], [i % n_c for i in members]
        r0, r1, c0, c1 = min(rows), max(rows), min(cols), max(cols)
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


def test_merged_cells_merges_what_the_plain_rule_merges():
    # rulings cut short, doubled, off the boundaries by about the tolerance: the cells asking
    # v_between / h_between for every cell gives
    from app.extract.tables.lattice import Grid
    from app.extract.tables.rulings import Ruling

    rnd = random.Random(23)
    merged = 0
    for _ in range(400):
        xs = sorted(rnd.sample(range(0, 400, 10), rnd.randint(2, 8)))
        ys = sorted(rnd.sample(range(0, 300, 10), rnd.randint(2, 8)))
        vs = [Ruling("v", x + rnd.choice([0.0, 0.5, -1.9, 2.0, -2.0, 2.5]),
                     rnd.choice([ys[0], rnd.uniform(ys[0], ys[-1])]), rnd.choice([ys[-1], rnd.uniform(ys[0], ys[-1])]))
              for x in xs for _ in range(rnd.choice([0, 1, 1, 2]))]
        hs = [Ruling("h", y + rnd.choice([0.0, 1.0, -2.0, 2.0, 2.1]),
                     rnd.choice([xs[0], rnd.uniform(xs[0], xs[-1])]), rnd.choice([xs[-1], rnd.uniform(xs[0], xs[-1])]))
              for y in ys for _ in range(rnd.choice([0, 1, 1, 2]))]
        grid = Grid([float(x) for x in xs], [float(y) for y in ys], hs, vs)
        cells = grid.merged_cells()
        assert cells == _merged_cells_plain(grid)
        merged += any(rs * cs > 1 for _r, _c, rs, cs in cells)
    assert merged > 100


def test_legend_words_finds_the_status_marks_once_a_page(monkeypatch):
    """Rule 244 looks for the page's status marks (rule 240) once: the test of its comprehension ran
    the whole search once per drawing of the page (a tenth of an ICDAR page's time). The legend's
    words are found as before: three dots each before its word on one line, a table row's dot apart."""
    from types import SimpleNamespace

    from app.extract.tables import figures

    def word(text, x0):
        return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": 100.0, "bottom": 110.0, "size": 10.0}

    def dot(x0, top=101.0):
        return {"x0": x0, "x1": x0 + 8.0, "top": top, "bottom": top + 8.0, "fill": True}

    words = [word("On", 30), word("track", 50), word("At", 130), word("risk", 150), word("Off", 230),
             word("track", 250), dict(word("Kenya", 30), top=40.0, bottom=50.0)]
    curves = [dot(20), dot(120), dot(220), dot(300, top=41.0)] + [dot(400 + 20 * k, top=600.0) for k in range(12)]
    page = SimpleNamespace(curves=curves, rects=[])
    calls = []
    search = figures._status_marks
    monkeypatch.setattr(figures, "_status_marks", lambda objs, ws: calls.append(1) or search(objs, ws))
    found = figures.legend_words(page, words)
    assert len(calls) == 1
    assert found == {id(w) for w in words[:6]}


def _line_of(texts: list[str], gap: float = 2.5, size: float = 10.0):
    from app.extract.tables.text import make_line

    words, x = [], 20.0
    for t in texts:
        words.append({"text": t, "x0": x, "x1": x + 5.0 * len(t), "top": 100.0, "bottom": 110.0, "size": size})
        x += 5.0 * len(t) + gap
    return make_line(words)


class _Counted:
    """A compiled pattern that notes each text it is asked about."""

    def __init__(self, pattern):
        self.pattern, self.asked = pattern, []

    def match(self, text, *a):
        self.asked.append(text)
        return self.pattern.match(text, *a)

    def fullmatch(self, text, *a):
        self.asked.append(text)
        return self.pattern.fullmatch(text, *a)


def test_period_names_are_looked_for_only_in_words_short_enough(monkeypatch):
    """Rule 310 asks of every word a word space or more from the one before it whether it is a
    period name: no period name has more than six characters, so longer words are not matched."""
    from app.extract.tables import text

    for t in ("Jan.", "janv.", "Q3", "Sept", "août.", "Jan\n"):
        assert len(t) <= 6 and text.PERIOD.match(t), t
    line = _line_of(["Humanitarian", "partners", "reached", "Q1", "Q2", "Q3", "households"])
    plain = [p.text for p in text.split_phrases(line)]
    assert "Q2" in plain
    counted = _Counted(text.PERIOD)
    monkeypatch.setattr(text, "PERIOD", counted)
    assert [p.text for p in text.split_phrases(line)] == plain
    assert counted.asked and all(len(t) <= 6 for t in counted.asked), counted.asked


def test_period_fast_path_agrees_with_the_pattern_on_every_word():
    import random

    from app.extract.tables import text

    rnd = random.Random(3)
    pool = "janfebmrsptocvdéûQTHS1234.\n -"
    for _ in range(20000):
        t = "".join(rnd.choice(pool) for _ in range(rnd.randint(1, 9)))
        words = [{"text": t, "x0": 0.0, "x1": 10.0}, {"text": "Q1", "x0": 20.0, "x1": 30.0}]
        plain = bool(text.PERIOD.match(t)) and bool(text.PERIOD.match("Q1"))
        assert text._periods_at(words, 0, 10.0) == plain, repr(t)


def test_thousands_commas_are_looked_for_only_in_words_with_a_comma(monkeypatch):
    """A line's words grouped by commas ("7,057") are counted once a line: a word with no comma
    is no such number, and is not matched."""
    from app.extract.tables import text

    line = _line_of(["Kenya", "7,057", "1,374", "815", "250"], gap=4.0)
    plain = [p.text for p in text.split_phrases(line)]
    assert plain[-2:] == ["815", "250"]  # two values set tight: the line groups thousands with commas
    counted = _Counted(text._COMMA_GROUPED)
    monkeypatch.setattr(text, "_COMMA_GROUPED", counted)
    assert [p.text for p in text.split_phrases(line)] == plain
    assert sorted(counted.asked) == ["1,374", "7,057"]


def test_age_bands_are_looked_for_only_beside_a_figure(monkeypatch):
    """Rule 313 cuts a figure from an age band glued to it: the band pattern is asked of a word only
    when the word beside it is a figure."""
    from app.extract.tables import text

    line = _line_of(["651", "25-29", "Women", "and", "girls"], gap=2.0)
    plain = [p.text for p in text.split_phrases(line)]
    assert plain[0] == "651" and plain[1].startswith("25-29")
    counted = _Counted(text._RANGE)
    monkeypatch.setattr(text, "_RANGE", counted)
    assert [p.text for p in text.split_phrases(line)] == plain
    assert "and" not in counted.asked and "Women" not in counted.asked, counted.asked


def test_remark_edges_asks_for_figures_only_before_a_letter(monkeypatch):
    """Rule 290 pairs a figure with a word right after it starting with a letter (a capital, or lower case
    beside a capitalised twin: rule 332): whether a word is a figure is asked only of a word of three
    characters or more followed by one starting with a letter. The remarks' edge is found as before."""
    from app.extract.tables import build

    def word(text, x0, top):
        return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + 10.0, "size": 10.0}

    words = []
    for k, (label, fig, remark) in enumerate([("Kenya", "184", "Not"), ("Uganda", "1,203", "Figure"),
                                              ("Total", "2,300", "(people"), ("Sudan", "12,507", "Estimated")]):
        top = 100.0 + 14.0 * k
        x1 = 200.0
        words += [word(label, 20.0, top), dict(word(fig, x1 - 5.0 * len(fig), top)), word(remark, x1 + 1.0, top),
                  word("of", x1 + 6.0 * len(remark), top), word("total", x1 + 6.0 * len(remark) + 15.0, top)]
    asked = []
    is_value = build.is_value
    monkeypatch.setattr(build, "is_value", lambda t: asked.append(t) or is_value(t))
    out = build.remark_edges([dict(w) for w in words], [])
    assert [w["text"] for w in out if w.get("remark_edge")] == ["Not", "Figure", "Estimated"]
    assert sorted(asked) == sorted(["184", "1,203", "12,507"]), asked  # not "2,300", before "(people"


def test_data_bars_measure_the_words_type_once_a_run(monkeypatch):
    """Rule 185 compares each bar's height with the words' type size: the median is taken once a
    run of bars, not once a bar (a page of many small boxes took it hundreds of times). The bars
    found are those found before."""
    from types import SimpleNamespace

    from app.extract.tables import figures

    def word(text, x0, top):
        return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + 10.0, "size": 10.0}

    words, rects = [], []
    for k in range(8):
        top = 100.0 + 14.0 * k
        length = 20.0 + 9.0 * k
        words += [word(f"Region {k}", 20.0, top), word(f"{1000 + 37 * k:,}", 300.0, top),
                  word(f"{20 + k}%", 360.0, top)]
        rects.append({"x0": 100.0, "x1": 100.0 + length, "top": top + 2.0, "bottom": top + 8.0,
                      "width": length, "height": 6.0, "fill": True})
    page = SimpleNamespace(rects=rects)
    plain = figures.data_bars(page, words, 10.0)
    assert len(plain) == 8
    calls = []
    size = figures._type_size
    monkeypatch.setattr(figures, "_type_size", lambda ws: calls.append(1) or size(ws))
    assert figures.data_bars(page, words, 10.0) == plain
    assert len(calls) <= 2, len(calls)  # the runs' search, then the data-bar test of the one run


def test_words_across_values_reads_each_lines_figures_once(monkeypatch):
    """Rule 241 asks, for each phrase of words, whether it reaches over the gutter between two
    figures on other lines: each line's pairs of figures side by side are found once, not once per
    phrase asking (a page of long tables asked every line again for every phrase). The phrases found
    are those found before."""
    from app.extract.tables import structure
    from app.extract.tables.text import _phrase

    def phrase(text, x0, top):
        return _phrase([{"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + 10.0,
                         "size": 10.0}], 0)

    per_line = []
    for k in range(12):
        top = 100.0 + 14.0 * k
        if k == 5:
            per_line.append([phrase(f"Label {k}", 20.0, top), phrase("Included", 150.0, top)])
        else:
            per_line.append([phrase(f"Label {k}", 20.0, top), phrase(f"{100 + k}", 140.0, top),
                             phrase(f"{200 + k}", 190.0, top), phrase(f"{300 + k}", 240.0, top)])
    core = set(range(12))
    plain = structure._words_across_values(per_line, core)
    assert plain == {id(per_line[5][1])}
    asked = []
    is_value = structure.is_value
    monkeypatch.setattr(structure, "is_value", lambda t: asked.append(t) or is_value(t))
    assert structure._words_across_values(per_line, core) == plain
    phrases = sum(len(ps) for ps in per_line)
    assert len(asked) <= 3 * phrases, len(asked)  # (593 when each phrase asked every line again)


def test_gutter_span_places_each_lower_heading_once(monkeypatch):
    """A group heading centred over two columns (rule 72's gutter span) looks at the columns of the
    headings under it for each of the two pairs it may head and for each test: each lower heading's
    columns are found once a call. The span found is the one found before."""
    from app.extract.tables import structure
    from app.extract.tables.text import _phrase

    def phrase(text, x0, x1, top):
        return _phrase([{"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 10.0, "size": 10.0}], 0)

    cols = [0.0, 100.0, 200.0, 300.0]
    ext = {0: (10.0, 90.0), 1: (150.0, 195.0), 2: (250.0, 295.0)}
    p = phrase("2017", 190.0, 215.0, 50.0)
    lower = [phrase("Required", 150.0, 195.0, 64.0), phrase("Funded", 255.0, 295.0, 64.0)]
    plain = structure._gutter_span(p, [p], lower, cols, ext, 1, 1)
    assert plain == (1, 2)
    calls = []
    col_range = structure._col_range
    monkeypatch.setattr(structure, "_col_range", lambda q, cs: calls.append(1) or col_range(q, cs))
    assert structure._gutter_span(p, [p], lower, cols, ext, 1, 1) == plain
    assert len(calls) <= len(lower), len(calls)


def test_crossed_asks_whether_each_crossing_phrase_is_a_figure_once(monkeypatch):
    """Rule 31's cut of stacked tables counts the lines whose cell runs over a gap of the other part,
    leaving out a wider figure of a column of the other part (rule 57): the other part's figures are
    picked once a cut, not read again for each phrase crossing. The count is the one counted before."""
    from types import SimpleNamespace

    from app.extract.tables import detect
    from app.extract.tables.text import _phrase

    def phrase(text, x0, x1, top):
        return _phrase([{"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 10.0, "size": 10.0}], 0)

    infos = [SimpleNamespace(beside=[phrase(f"{1200 + k:,}", 140.0, 185.0, 100.0 + 14 * k)]) for k in range(5)]
    figures = [phrase(f"{k}", 300.0, 310.0, 20.0 + 14 * k) for k in range(10)]
    plain = detect._crossed(infos, list(range(5)), (150.0, 170.0), 10.0, figures)
    assert plain == 5
    asked = []
    is_value = detect.is_value
    monkeypatch.setattr(detect, "is_value", lambda t: asked.append(t) or is_value(t))
    assert detect._crossed(infos, list(range(5)), (150.0, 170.0), 10.0, figures) == plain
    assert len(asked) <= 5, len(asked)


def _patterns_compiled_while(run) -> list[str]:
    """The patterns ``re`` compiled (and cached) while ``run()`` ran, after a first run compiled the
    ones a process compiles once (a cache built on first use, patterns made from data)."""
    import re

    run()
    re.purge()
    run()
    return [str(key[1]) for key in re._cache]


def test_no_pattern_is_compiled_again_for_each_page_or_document():
    # every pattern the page path and the assembly ask of each text is compiled when its module loads:
    # one given as a string (re.match(r"...", text)) is compiled on a process's first use, in each
    # worker, and looked up in re's cache at each call
    from pathlib import Path

    from app.extract.pipeline import extract_document

    samples = Path(__file__).resolve().parents[1] / "resources" / "samples"
    pdfs = [samples / "myanmar-crisis-response-plan-2025-sample.pdf",
            samples / "iniciativas-de-migracion-2017-sample.pdf"]

    def run():
        for pdf in pdfs:
            extract_document(pdf, workers=0, page_timeout=None)

    assert _patterns_compiled_while(run) == []


def test_the_totals_check_loads_with_the_table_rules():
    # the confidence of every table with a body asks the totals check: a module loaded on a worker's
    # first table page was compiled there, inside that page's time
    import subprocess

    code = "import sys, app.extract.tables; print('app.extract.tables.totals' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=str(__import__("pathlib").Path(__file__).resolve().parents[1]))
    assert out.stdout.strip() == "True"


def _context_ok_plain(text, start, end, name, words):
    """``tags._context_ok`` with every pattern searched, as it was written before its pre-check."""
    from app.document import tags as T

    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    if T._CURRENCY_AFTER.match(after) or T._CURRENCY_BEFORE.search(before):
        return False
    if T._FEATURE_BEFORE.search(before) or T._FEATURE_AFTER.match(after):
        return False
    if T._HONORIFIC_BEFORE.search(before):
        return False
    if name in T._US_STATES and (T._US_AFTER.match(after) or T._US_BEFORE.search(before)):
        return False
    if name in T._GIVEN_NAMES:
        m = T._SURNAME_AFTER.match(after)
        if m:
            word = m.group(1)
            known = words if words is not None else T.lower_words(text)
            if word.lower() not in known and not T._is_place_word(word):
                return False
    return True


def test_country_context_agrees_with_every_pattern_searched():
    from app.document.tags import _context_ok

    rnd = random.Random(44)
    pieces = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Madam", "Mme", "M", "Mt", "Gulf", "GULF", "Bay",
              "Sea", "Lake", "River", "Mount", "of", "OF", "the", "THE", "New", "NEW", "dollars", "dólares",
              "francs", "francos", "des", "du", "de", "los", "del", "DE", "DU", "DEL", "LOS", "Dſ", "ſ",
              "in", "and", "state", "State", "U.S.", "American", "x", "(", "2", ".", ",", "é"]
    spaces = [" ", "  ", "\n", "\t", "\u00a0", "\u2009", "", " \n", "\x1c"]
    names = ["Chad", "Niger", "Georgia", "Jordan", "Guinea", "Kenya"]
    for _ in range(20000):
        before = "".join(rnd.choice(pieces) + rnd.choice(spaces) for _ in range(rnd.randint(0, 4)))
        name = rnd.choice(names)
        after = "".join(rnd.choice(spaces) + rnd.choice(pieces + ["Delta", "USA", "Misja", "dollars"])
                        for _ in range(rnd.randint(0, 2)))
        text = before + name + after
        start, end = len(before), len(before) + len(name)
        assert _context_ok(text, start, end, name, None) == _context_ok_plain(text, start, end, name, None), \
            repr(text)


def test_country_context_searches_the_words_before_only_where_they_may_end(monkeypatch):
    # "in Kenya", "and Chad": no pattern of the words before can end with "n" or "d"
    from app.document import tags as T

    asked = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, text):
            asked.append(text)
            return self.pattern.search(text)

    for name in ("_CURRENCY_BEFORE", "_FEATURE_BEFORE", "_HONORIFIC_BEFORE"):
        monkeypatch.setattr(T, name, Counting(getattr(T, name)))
    assert T._context_ok("aid in Kenya and Chad", 7, 12, "Kenya", None)
    assert T._context_ok("aid in Kenya and Chad", 17, 21, "Chad", None)
    assert asked == []
    assert not T._context_ok("Mr Chad said", 3, 7, "Chad", None)
