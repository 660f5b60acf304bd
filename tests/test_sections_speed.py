"""The section step's shortcuts (issue 13) give exactly what the plain computations give: checked on
random inputs against the straightforward versions they replace."""

from __future__ import annotations

import difflib
import random

from app.extract.sections.features import _RowIndex, _is_gutter
from app.extract.sections.headings import _similar
from app.extract.sections.lines import Line
from app.extract.sections.reading import _covered, _has_gap, _interior_gaps


def _line(x0: float, x1: float) -> Line:
    return Line(page=1, x0=x0, top=0, x1=x1, bottom=10, size=10, font="F", color="#000000", flags=0, row=0, text="t")


def test_running_cover_finds_the_same_gaps_as_resorting_every_line():
    rng = random.Random(3)
    for _ in range(2000):
        bands = [[_line(a, a + rng.uniform(0, 120)) for a in (rng.uniform(0, 500) for _ in range(rng.randint(1, 4)))]
                 for _ in range(rng.randint(1, 6))]
        cover: list = []
        members: list = []
        for band in bands:
            cover = _covered(cover, band)
            members += band
            for gap in (4.0, 12.0):
                assert _has_gap(cover, gap) == bool(_interior_gaps(members, gap))


def test_similarity_bounds_cut_exactly_what_difflib_cuts():
    rng = random.Random(5)
    alphabet = "abcdeéfgh "
    for _ in range(3000):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        b = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        m = difflib.SequenceMatcher(None, a, b, autojunk=False)
        if a == b:
            want = 1.0
        elif len(a) > 12 and len(b) > 12 and (a.startswith(b) or b.startswith(a)):
            continue
        elif m.real_quick_ratio() < 0.82 or m.quick_ratio() < 0.82:
            want = 0.0
        else:
            want = m.ratio()
        assert _similar(a, b, 0.82) == want


def _gutter_plain(rows, i, a, b, size=10.0):
    """The gutter test as first written: neighbour spans collected from the words each time; then
    the rows of the gap's own block alone (up to a blank band over two ems high)."""
    top = rows[i][0]["top"]
    neighbours, own = [], []
    for step in (-1, 1):
        j, taken, apart = i + step, 0, False
        while 0 <= j < len(rows) and taken < 6:
            if abs(rows[j][0]["top"] - top) > 160:
                break
            upper, lower = (rows[j], rows[j - step]) if step < 0 else (rows[j - step], rows[j])
            if lower[0]["top"] - max(w["bottom"] for w in upper) > 2 * size:
                apart = True
            spans = [(w["x0"], w["x1"]) for w in rows[j] if w["x1"] > a - 400 and w["x0"] < b + 400]
            if spans:
                neighbours.append(spans)
                if not apart:
                    own.append(spans)
                taken += 1
            j += step
    return _strip_plain(neighbours, a, b) or (len(own) < len(neighbours) and _strip_plain(own, a, b))


def _strip_plain(neighbours, a, b):
    if len(neighbours) < 2:
        return False
    cuts = {a, b}
    for spans in neighbours:
        for x0, x1 in spans:
            if a < x0 < b:
                cuts.add(x0)
            if a < x1 < b:
                cuts.add(x1)
    points = sorted(cuts)
    for lo, hi in zip(points, points[1:]):
        if hi - lo < 3.0:
            continue
        cover = left = right = 0
        for spans in neighbours:
            if any(x0 < hi - 0.5 and x1 > lo + 0.5 for x0, x1 in spans):
                cover += 1
                continue
            if any(x1 <= lo + 0.5 for x0, x1 in spans):
                left += 1
            if any(x0 >= hi - 0.5 for x0, x1 in spans):
                right += 1
        if left >= 2 and right >= 2 and cover <= max(1, min(left, right) // 3):
            return True
    return False


def test_gutter_test_on_the_row_index_decides_as_before():
    # wide pages (words beyond the 400 pt reach of a gap), rows farther apart than 160 pt, overlapping
    # words and half-point coordinates (edges that coincide)
    rng = random.Random(11)
    for case in range(1500):
        rows = []
        top = 0.0
        width = rng.choice((500, 1400))
        for _r in range(rng.randint(2, 14)):
            xs = sorted(rng.uniform(0, width) for _ in range(rng.randint(1, 7)))
            row = [{"x0": x, "x1": x + rng.uniform(0, 60), "top": top, "bottom": top + rng.choice((8.0, 10.0))}
                   for x in xs]
            if case % 2:
                row = [dict(w, x0=round(2 * w["x0"]) / 2, x1=round(2 * w["x1"]) / 2) for w in row]
            rows.append(row)
            top += rng.choice((12.0, 12.0, 12.0, 40.0, 170.0))
        index = _RowIndex(rows)
        for i, row in enumerate(rows):
            for prev, w in zip(row, row[1:]):
                if w["x0"] > prev["x1"]:
                    a, b = prev["x1"], w["x0"]
                    assert _is_gutter(rows, i, a, b, 10.0, index) == _gutter_plain(rows, i, a, b)


def _random_texts(rng: random.Random, n: int) -> list[str]:
    words = ["migra-", "tion", "well-being", "Day-to-day", "İstanbul", "straße", "l’eau", "don't", "x", "12",
             "Objec\ufffdve", "ﬁnance", "co-", "operation", "and", "ÉTAT", "-", "a-b-c"]
    return [" ".join(rng.choice(words) for _ in range(rng.randint(0, 8))) for _ in range(n)]


def test_document_vocabulary_in_one_pass_counts_what_a_pass_per_line_counts():
    """Hyphenation's vocabulary is built over the whole text at once: the same counts as line by line."""
    from collections import Counter

    from app.extract.sections.reading import _WORD, Vocabulary

    def plain(lines):
        counts: Counter = Counter()
        prev = ""
        for ln in lines:
            text = ln.text
            broken_before = prev.endswith("-")
            prev = text
            if text.endswith("-"):
                text = text[: text.rfind(" ") + 1] if " " in text else ""
            if broken_before:
                text = text.partition(" ")[2]
            words = [w.casefold() for w in _WORD.findall(text)]
            counts.update(words)
            for word in words:
                if "-" in word:
                    counts.update(part for part in word.split("-") if part)
        return counts

    rng = random.Random(11)
    for _ in range(300):
        lines = [_line(0, 10) for _ in range(rng.randint(0, 12))]
        for ln, text in zip(lines, _random_texts(rng, len(lines))):
            ln.text = text
        assert Vocabulary.from_lines(lines).words == plain(lines)


def test_repair_vocabulary_of_one_joined_text_is_the_vocabulary_of_its_lines():
    """The repair vocabulary is built from the lines joined by line breaks: the same counts and the
    same preferred spellings as from the lines one by one."""
    from app.document.textfix import Vocabulary as TextVocabulary

    rng = random.Random(12)
    for _ in range(300):
        texts = _random_texts(rng, rng.randint(0, 15))
        a = TextVocabulary.from_texts(texts, extra_words=("Chad", "Niger"))
        b = TextVocabulary.from_texts(["\n".join(texts)], extra_words=("Chad", "Niger"))
        assert a.counts == b.counts and a.spelling == b.spelling


def _body_weights_plain(lines):
    """The body style's weights as first written: each line's words found and summed where used."""
    import re
    from collections import Counter

    from app.extract.sections.analysis import style_key
    from app.extract.sections.lines import BODY

    prose_word = re.compile(r"(?=[^\W\d_]*[^\W\d_\u0041-\u005a])[^\W\d_]{2,}")
    prose = {id(ln): prose_word.findall(ln.text) for ln in lines if ln.role == BODY and not ln.mono}
    letters = {id(ln): re.findall(r"[^\W\d_]{2,}", ln.text) for ln in lines if id(ln) in prose}
    if sum(map(len, prose.values())) < 0.25 * sum(map(len, letters.values())):
        prose = letters
    in_paragraph = set()
    for a, b in zip(lines, lines[1:]):
        wa, wb = prose.get(id(a)), prose.get(id(b))
        if wa and wb and len(wa) >= 4 and len(wb) >= 4 and a.page == b.page and style_key(a) == style_key(b):
            in_paragraph |= {id(a), id(b)}
    for min_words in (8, 4, 0):
        weights = Counter()
        for ln in lines:
            words = prose.get(id(ln))
            if words is not None and (len(words) >= min_words or (min_words == 8 and id(ln) in in_paragraph)):
                if words:
                    weights[style_key(ln)] += sum(len(w) for w in words) + len(words)
        if sum(weights.values()) >= 500:
            break
    return weights


def test_body_style_from_counted_words_weighs_as_the_words_themselves():
    # lines of prose, of capitals, of codes and figures, in a few styles and roles, pages mixed; each
    # document's winning style and its weights are those of the plain computation
    from app.extract.sections.analysis import body_stats, body_weights
    from app.extract.sections.lines import BODY, RUNNING, TABLE

    rng = random.Random(17)
    vocab = ["migration", "Funding", "IOM", "the", "a", "RÉPONSE", "données", "U+0061", "2017", "x", "À", "of",
             "and", "CAMP", "Türkiye", "co-ordination", "réfugiés", "l'appel"]
    for case in range(300):
        caps = case % 5 == 0
        lines = []
        for page in range(1, rng.randint(2, 6)):
            top = 50.0
            for _ in range(rng.randint(1, 40)):
                words = [rng.choice(vocab) for _ in range(rng.choice((1, 3, 4, 5, 9, 12)))]
                text = " ".join(w.upper() if caps else w for w in words)
                ln = Line(page=page, x0=rng.choice((50.0, 300.0)), top=top, x1=280.0, bottom=top + 9,
                          size=rng.choice((9.0, 9.0, 9.2, 11.0)), font=rng.choice(("Noto", "Noto", "Mono", "Bold")),
                          color="#000000", flags=rng.choice((0, 0, 0, 4)), row=0, text=text,
                          role=rng.choice((BODY, BODY, BODY, RUNNING, TABLE)))
                lines.append(ln)
                top += rng.choice((12.0, 12.5, 30.0))
        want = _body_weights_plain(lines)
        got = body_weights(lines)
        assert list(got.items()) == list(want.items())  # in the same order: it breaks ties
        if want:
            stats = body_stats(lines, 5)
            assert (stats.body_size, stats.body_font, stats.body_color) == want.most_common(1)[0][0]


def _body_weights_plain(lines):
    """The body style's weights as first written: a dict of every body line's word weights, then a
    second pass over all lines."""
    from collections import Counter

    from app.extract.sections.analysis import style_key, word_weights
    from app.extract.sections.lines import BODY

    counted = {id(ln): word_weights(ln.text) for ln in lines if ln.role == BODY and not ln.mono}
    pick = 2 if sum(c[0] for c in counted.values()) < 0.25 * sum(c[2] for c in counted.values()) else 0
    worded = [(i, counted[id(ln)][pick], counted[id(ln)][pick + 1], style_key(ln)) for i, ln in enumerate(lines)
              if id(ln) in counted and counted[id(ln)][pick]]
    in_paragraph = set()
    for (i, na, _wa, ka), (j, nb, _wb, kb) in zip(worded, worded[1:]):
        if j == i + 1 and na >= 4 and nb >= 4 and ka == kb and lines[i].page == lines[j].page:
            in_paragraph.update((id(lines[i]), id(lines[j])))
    for min_words in (8, 4, 0):
        weights = Counter()
        for i, n, weight, key in worded:
            if n >= min_words or (min_words == 8 and id(lines[i]) in in_paragraph):
                weights[key] += weight
        if sum(weights.values()) >= 500:
            break
    return weights


def test_body_weights_in_one_pass_weigh_what_two_passes_weighed():
    from app.extract.sections.analysis import body_weights
    from app.extract.sections.features import MONO

    rng = random.Random(11)
    texts = ["the body of the text goes on here", "TABLE OF CONTENTS AND MORE CAPITALS", "12 345", "a", "",
             "Côte d’Ivoire et le Sénégal ont signé", "U+0061 U+00E0", "Short label", "x y z w v u t s r q"]
    for _ in range(300):
        lines = []
        for _ in range(rng.randint(0, 40)):
            ln = Line(page=rng.randint(1, 3), x0=0, top=0, x1=100, bottom=10, size=rng.choice([9, 10, 12]),
                      font=rng.choice(["A", "B"]), color="#000000", flags=rng.choice([0, 0, MONO]), row=0,
                      text=" ".join(rng.choice(texts) for _ in range(rng.randint(1, 3))))
            ln.role = rng.choice(["body", "body", "body", "table", "running"])
            lines.append(ln)
        got = body_weights(lines)
        assert got == _body_weights_plain(lines) and list(got) == list(_body_weights_plain(lines))


def _full_lines_plain(lines):
    """mark_full_lines as first written: each bin's neighbourhood summed over every bin."""
    from collections import Counter

    by_left: dict = {}
    regions: dict = {}
    for ln in lines:
        regions.setdefault((ln.page, ln.column), []).append(ln)
    for members in regions.values():
        by_left.setdefault(round(min(ln.x0 for ln in members)), []).extend(members)
    full = set()
    for members in by_left.values():
        if len(members) < 6:
            continue
        bins = Counter(round(ln.x1 * 2) / 2 for ln in members)
        edge = max(bins, key=lambda x: (sum(c for y, c in bins.items() if abs(y - x) <= 1.0), x))
        count = sum(c for y, c in bins.items() if abs(y - edge) <= 1.0)
        widest = max(ln.x1 for ln in members)
        leftmost = min(ln.x0 for ln in members)
        if count < 4 or count < 0.35 * len(members) or edge < widest - 0.25 * (widest - leftmost):
            continue
        full |= {id(ln) for ln in members if abs(ln.x1 - edge) <= 1.0 and ln.x1 - ln.x0 > 0.5 * (edge - leftmost)}
    return full


def test_full_lines_found_from_neighbouring_bins_are_those_of_every_bin():
    from app.extract.sections.reading import mark_full_lines

    rng = random.Random(17)
    for _ in range(500):
        edge = rng.uniform(200, 500)
        lines = []
        for _ in range(rng.randint(0, 40)):
            x0 = rng.choice([50.0, 50.3, 300.0])
            x1 = edge + rng.choice([0, 0, 0.2, -0.6, 0.9, 1.1, -1.4]) if rng.random() < 0.6 else rng.uniform(x0, edge)
            ln = _line(x0, x1)
            ln.page, ln.column = rng.randint(1, 3), rng.randint(0, 1)
            lines.append(ln)
        mark_full_lines(lines)
        assert {id(ln) for ln in lines if ln.extra.get("full")} == _full_lines_plain(lines)


def test_every_glyph_bullet_is_a_bullet():
    # split_paragraphs tries the glyph-bullet pattern only on lines the bullet pattern matches
    from app.extract.sections.reading import _BULLET, _GLYPH_BULLET

    rng = random.Random(19)
    alphabet = "•●○◦▪■□➢►▶‣∙·✓✔❖◆*-–—(1a.) ix\t"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) + "word"
        if _GLYPH_BULLET.match(text):
            assert _BULLET.match(text), text


def _mates_plain(run, rows, wide):
    """The two row-mate flags of annotate_runs as first written: two scans of every run's rows."""
    from app.extract.sections.headings import signature
    from app.extract.sections.lines import BODY

    own = set(map(id, run.lines))
    sig = signature(run.first)
    mates = False
    for ln in run.lines:
        for o in rows.get(ln.row, []):
            if id(o) in own or (round(o.size * 2) / 2, o.bold, o.italic) != sig[:3] or o.family != run.first.family:
                continue
            if o.column != ln.column and wide(o.column) and wide(ln.column):
                continue
            mates = True
    row_mates = any(
        id(o) not in own and o.role == BODY and (round(o.size * 2) / 2, o.bold, o.italic) != sig[:3]
        and (o.column == ln.column or not (wide(o.column) or wide(ln.column)))
        for ln in run.lines for o in rows.get(ln.row, [])
    )
    return mates, row_mates


def test_row_mates_in_one_scan_are_those_of_two():
    from collections import defaultdict

    from app.extract.sections.features import BOLD, ITALIC
    from app.extract.sections.headings import annotate_runs, make_runs

    rng = random.Random(23)
    for _ in range(400):
        lines = []
        for i in range(rng.randint(1, 14)):
            x0 = rng.choice([40.0, 60.0, 300.0, 320.0])
            ln = Line(page=1, x0=x0, top=12.0 * i, x1=x0 + rng.choice([30.0, 200.0, 260.0]), bottom=12.0 * i + 10,
                      size=rng.choice([10.0, 10.0, 12.0]), font=rng.choice(["A", "A", "B-Bold"]), color="#000000",
                      flags=rng.choice([0, 0, BOLD, ITALIC]), row=rng.randint(0, 5), text="Some text here")
            ln.role = rng.choice(["body", "body", "body", "table"])
            ln.column = rng.randint(0, 2)
            lines.append(ln)
        body = [ln for ln in lines if ln.role == "body"]
        runs = make_runs(body)
        annotate_runs(runs, lines, 600.0)
        rows = defaultdict(list)
        cols: dict = {}
        for ln in lines:
            if ln.role in ("body", "table"):
                rows[ln.row].append(ln)
            if ln.role == "body":
                box = cols.setdefault(ln.column, [ln.x0, ln.x1])
                box[0], box[1] = min(box[0], ln.x0), max(box[1], ln.x1)

        def wide(column):
            box = cols.get(column)
            return box is not None and box[1] - box[0] >= 0.25 * 600.0

        for run in runs:
            assert (run.same_style_mates, run.row_mates) == _mates_plain(run, rows, wide)


def _title_band_plain(band, box, lines, body_size):
    """The title-band test as first written: the lines held counted before the placement is looked at."""
    from app.extract.sections.lines import RUNNING

    bx0, btop, bx1, bbottom = band
    x0, top, x1, bottom = box
    if band == box or bbottom - btop >= 4 * body_size:
        return False
    held = [ln for ln in lines if bx0 - 1 <= (ln.x0 + ln.x1) / 2 <= bx1 + 1 and btop - 1 <= (ln.top + ln.bottom) / 2 <= bbottom + 1]
    if not 1 <= len(held) <= 2:
        return False
    if abs(bbottom - top) <= 2 and abs(bx0 - x0) <= body_size and abs(bx1 - x1) <= body_size:
        return True
    if abs((bx1 - bx0) - (x1 - x0)) > 2 * body_size or (bx0 < x1 and x0 < bx1) or btop <= top:
        return False
    texts = [ln for ln in lines if ln.role != RUNNING and ln.text.strip()]
    below = any(ln.top > bbottom and ln.x0 < bx1 and bx0 < ln.x1 for ln in texts)
    above = any(ln.bottom < top and x0 - 1 <= ln.x0 and ln.x1 <= x1 + 1 for ln in texts)
    return not below and not above


def test_title_band_placed_first_decides_as_counting_its_lines_first():
    from app.extract.sections.analysis import _title_band

    rng = random.Random(17)
    agreed = {True: 0, False: 0}
    for _ in range(3000):
        lines = []
        for _ in range(rng.randint(0, 8)):
            x0, top = rng.uniform(0, 400), rng.uniform(0, 600)
            lines.append(Line(page=1, x0=x0, top=top, x1=x0 + rng.uniform(5, 200), bottom=top + 10, size=10,
                              font="F", color="#000000", flags=0, row=0, text=rng.choice(["t", " "]),
                              role=rng.choice(["body", "running"])))
        x0, top = rng.uniform(0, 300), rng.uniform(0, 500)
        box = (x0, top, x0 + rng.uniform(50, 250), top + rng.uniform(30, 300))
        if rng.random() < 0.5:  # right on the box's top, as wide give or take
            band = (box[0] + rng.uniform(-12, 12), box[1] - rng.uniform(10, 30), box[2] + rng.uniform(-12, 12),
                    box[1] + rng.uniform(-3, 3))
        else:
            bx0, btop = rng.uniform(0, 500), rng.uniform(0, 600)
            band = (bx0, btop, bx0 + (box[2] - box[0]) + rng.uniform(-25, 25), btop + rng.uniform(5, 45))
        want = _title_band_plain(band, box, lines, 10.0)
        assert _title_band(band, box, lines, 10.0) == want
        agreed[want] += 1
    assert agreed[True] > 20  # the random boxes reach both answers


def _stacked_fills_plain(fills):
    out = []
    for x0, top, x1, bottom in sorted(fills, key=lambda f: (f[1], f[0])):
        for f in out:
            if abs(f[0] - x0) <= 1 and abs(f[2] - x1) <= 1 and abs(top - f[3]) <= 2:
                f[3] = max(f[3], bottom)
                break
        else:
            out.append([x0, top, x1, bottom])
    return [tuple(f) for f in out]


def test_stacked_fills_filed_by_left_edge_are_those_of_a_plain_search():
    from app.extract.sections.analysis import _stacked_fills

    rng = random.Random(23)
    for _ in range(1500):
        fills = []
        for _ in range(rng.randint(0, 30)):
            x0 = rng.choice([rng.uniform(-20, 400), float(rng.randint(0, 8) * 50) + rng.uniform(-1.2, 1.2),
                             float(rng.randint(0, 8) * 50) + rng.choice([-1.0, 0.0, 1.0, 0.5])])
            top = rng.choice([rng.uniform(0, 600), float(rng.randint(0, 20) * 12)])
            fills.append((x0, top, x0 + rng.choice([100.0, 200.0, rng.uniform(10, 300)]) + rng.uniform(-1.1, 1.1),
                          top + rng.choice([12.0, 10.0, rng.uniform(1, 40)])))
        if rng.random() < 0.05:
            fills.append((float("inf"), 5.0, float("inf"), 9.0))
        assert _stacked_fills(fills) == _stacked_fills_plain(fills)


def _clusters_plain(boxes: list, gap: float) -> list:
    """Single-linkage clusters of boxes closer than ``gap``, every pair tried (the plain rule)."""
    items = sorted((tuple(b) for b in boxes), key=lambda b: (b[1], b[0]))
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, a in enumerate(items):
        for j, b in enumerate(items):
            if j > i and b[1] <= a[3] + gap and b[0] <= a[2] + gap and a[0] <= b[2] + gap:
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
    groups: dict = {}
    for i, b in enumerate(items):
        groups.setdefault(find(i), []).append(b)
    return [((min(b[0] for b in m), min(b[1] for b in m), max(b[2] for b in m), max(b[3] for b in m)), len(m))
            for m in groups.values()]


def test_box_clusters_found_by_bisection_are_those_of_every_pair():
    from app.extract.sections.analysis import _cluster_boxes

    rng = random.Random(11)
    for trial in range(1500):
        boxes = []
        for _ in range(rng.randint(0, 40)):
            x, y = rng.choice([rng.uniform(0, 400), float(rng.randint(0, 40) * 10)]), rng.uniform(0, 600)
            w, h = rng.choice([rng.uniform(0, 8), rng.uniform(0, 300)]), rng.choice([rng.uniform(0, 8), rng.uniform(0, 500)])
            boxes.append((x, y, x + w, y + h))
        if trial % 50 == 0 and boxes:
            boxes[0] = (boxes[0][0], float("nan"), boxes[0][2], boxes[0][3])  # an edge not a number
        gap = rng.choice([0.0, 3.0, 15.0])
        got = _cluster_boxes(boxes, gap)
        if trial % 50 == 0 and boxes:
            continue  # (no order to compare with; it must not fail)
        assert got == _clusters_plain(boxes, gap)


# ------------------------------------------------------------------- session 45: the section step, #13


def _named_dests_pdf() -> bytes:
    """A two-page PDF whose links name their destinations in a name tree of two leaves (as LaTeX's
    hyperref writes them), one name missing and one named twice."""
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R /Names << /Dests 5 0 R >> >>",
        2: b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [6 0 R 7 0 R 8 0 R 11 0 R] >>",
        4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        5: b"<< /Kids [9 0 R 10 0 R] >>",
        6: b"<< /Type /Annot /Subtype /Link /Rect [72 700 200 712] /Dest (a1) >>",
        7: b"<< /Type /Annot /Subtype /Link /Rect [72 680 200 692] /A << /S /GoTo /D (b1) >> >>",
        8: b"<< /Type /Annot /Subtype /Link /Rect [72 660 200 672] /Dest (zz) >>",
        9: b"<< /Limits [(a1) (a3)] /Names [(a1) [4 0 R /XYZ 0 700 0] (a2) [3 0 R /XYZ 0 500 0] (a3) [4 0 R /Fit]] >>",
        10: b"<< /Limits [(b1) (b2)] /Names [(b1) << /D [4 0 R /FitH 300] >> (b2) [4 0 R /XYZ 0 100 0]] >>",
        11: b"<< /Type /Annot /Subtype /Link /Rect [72 640 200 652] /Dest (a1) >>",
    }
    out = b"%PDF-1.4\n"
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in sorted(objs))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def test_named_destinations_as_pdfminer_finds_them_each_leaf_read_once(monkeypatch):
    import io

    import pdfminer.utils
    import pdfplumber

    from app.extract.sections import features

    data = _named_dests_pdf()
    names = [b"a1", b"a2", b"a3", b"b1", b"b2", b"zz", b"a0", b"c", "a1", b"a1", b"a2"]

    def answer(get):
        try:
            return ("ok", get())
        except Exception as exc:  # the caller takes any error as no destination
            return ("error", None)

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        plain = [answer(lambda: pdf.doc.get_dest(n)) for n in names]
    built = []
    real = pdfminer.utils.choplist
    monkeypatch.setattr(pdfminer.utils, "choplist", lambda n, seq: built.append(1) or real(n, seq))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        ours = [answer(lambda: features._get_dest(pdf, n)) for n in names]
    assert [k for k, _ in ours] == [k for k, _ in plain] == ["ok"] * 5 + ["error"] * 4 + ["ok"] * 2
    assert [repr(v) for _, v in ours] == [repr(v) for _, v in plain]
    assert len(built) == 2  # each leaf's names made into a dict once, not once a name


def test_links_read_as_with_pdfminers_lookup(monkeypatch):
    import io

    import pdfplumber

    from app.extract.sections import features

    data = _named_dests_pdf()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        ours = features._links(pdf.pages[0])
    monkeypatch.setattr(features, "_get_dest", lambda pdf, name: pdf.doc.get_dest(name))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        plain = features._links(pdf.pages[0])
    assert ours == plain
    assert [link[4:] for link in ours] == [[2, 92.0], [2, 492.0], [2, 92.0]]


class _Counted:
    """A compiled pattern whose ``match`` calls are counted."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def match(self, *args):
        self.calls += 1
        return self.pattern.match(*args)


def test_word_spaces_ask_no_gutter_test(monkeypatch):
    from app.extract.sections import features

    def word(text, x0, size=10.0):
        return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": 100.0, "bottom": 110.0, "size": size}

    row, x = [], 72.0
    for t in "a line of running text set with word spaces".split():
        row.append(word(t, x))
        x = row[-1]["x1"] + 2.6  # a quarter em
    row.append(word("Column", x + 70))  # and a gap no word space is (over six ems)
    counted = _Counted(features._RAISED_MARK)
    monkeypatch.setattr(features, "_RAISED_MARK", counted)
    parts = features._split_row([row], 0, fills=[[0, 0, 50, 50]])
    assert [len(p) for p in parts] == [len(row) - 1, 1]
    assert counted.calls == 1  # the wide gap's test only


def test_contents_links_found_as_line_by_line():
    from app.extract.sections.toc import _link_for

    def plain(lines, page_links):
        best, best_overlap = None, 0.0
        for x0, top, x1, bottom, page, y in page_links:
            for ln in lines:
                v = min(bottom, ln.bottom) - max(top, ln.top)
                h = min(x1, ln.x1) - max(x0, ln.x0)
                if v > 0.4 * min(ln.height, bottom - top) and h > 0:
                    if v * h > best_overlap:
                        best_overlap, best = v * h, (int(page), None if y is None else float(y))
        return best

    rng = random.Random(45)
    for _ in range(3000):
        lines = []
        for _ in range(rng.randint(0, 3)):
            x0, top = rng.uniform(0, 400), rng.uniform(0, 700)
            bottom = top + rng.choice([rng.uniform(0, 14), -rng.uniform(0, 3)])  # a few upside down
            lines.append(Line(page=1, x0=x0, top=top, x1=x0 + rng.uniform(1, 200), bottom=bottom, size=10,
                              font="F", color="#000000", flags=0, row=0, text="t"))
        links = []
        for _ in range(rng.randint(0, 12)):
            x0, top = rng.uniform(0, 500), rng.uniform(0, 720)
            links.append([x0, top, x0 + rng.uniform(-5, 300), top + rng.uniform(-3, 20), rng.randint(1, 9),
                          rng.choice([None, rng.uniform(0, 700)])])
        assert _link_for(lines, links) == plain(lines, links)
