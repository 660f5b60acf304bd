"""Scanned pages: recognise the text of a page image and hand the rules a page they already read.

A page with no usable text layer is rendered (pypdfium2), straightened (quarter turns from
Tesseract's orientation detection, small skews from the image's row profile), recognised by the OCR
engine, and its ruled lines are found in the image. The words and lines are then drawn, at the
positions and sizes they have on the scan, into a one-page PDF in memory (``synthetic_page``), which
the table and section rules read like any born-digital page: nothing downstream has a second code
path for scans. What comes from OCR is marked so (``Table.source = "ocr"``, each cell's ``confidence``)
and low-confidence numbers are flagged, never "fixed".

Engines (chosen by measurement, docs/benchmarks.md "ocr"): Tesseract through pytesseract, with the
``eng``, ``fra`` and ``spa`` data, is the default; nothing is ever downloaded at run time. When no
engine is installed the page keeps its "no text layer" warning, now saying how to add OCR.
"""

from __future__ import annotations

import functools
import io
import json
import os
import re
import shutil
from dataclasses import dataclass, field
from typing import Any

#: Pages are read at most at this resolution (Tesseract's sweet spot for 7-10 pt table text); a scan
#: made at less is read at its own resolution, never below 200 dpi.
OCR_DPI = 300
LANGS = ("eng", "fra", "spa")


@dataclass
class OcrWord:
    text: str
    #: Box in image pixels of the straightened image: left, top, right, bottom.
    box: tuple[float, float, float, float]
    confidence: float
    #: (block, paragraph, line) as the engine grouped them.
    line: tuple[int, int, int] = (0, 0, 0)
    #: The type's em in image pixels and the stroke width as a share of it, measured on the image
    #: for the word's whole line (:func:`measure_type`); 0 when not measured.
    em: float = 0.0
    stroke: float = 0.0


@dataclass
class OcrPage:
    words: list[OcrWord]
    #: Ruled lines found in the image, in image pixels: (x0, y0, x1, y1), horizontal or vertical.
    lines: list[tuple[float, float, float, float]]
    width_px: int
    height_px: int
    #: Quarter turns applied (0, 90, 180, 270 degrees clockwise) and the small skew corrected.
    rotation: int = 0
    skew: float = 0.0
    engine: str = ""
    notes: list[str] = field(default_factory=list)
    #: Filled panels found in the image (:func:`find_panels`): (x0, top, x1, bottom, grey level).
    fills: list[tuple[float, float, float, float, int]] = field(default_factory=list)
    #: Column gutters the words prove (:func:`column_gutters`): (left, right, top, bottom) in image pixels.
    gutters: list[tuple[float, float, float, float]] = field(default_factory=list)


# --------------------------------------------------------------------------------------- engines


#: Where the Windows installers put Tesseract when it is not on PATH.
_WINDOWS_PLACES = (r"C:\Program Files\Tesseract-OCR\tesseract.exe",
                   r"C:\Program Files (x86)\Tesseract-OCR\tesseract.exe")


def tesseract_command() -> str | None:
    """The Tesseract program: $TESSERACT_CMD, on PATH, or where the Windows installer puts it."""
    given = os.environ.get("TESSERACT_CMD")
    if given:
        return given if os.path.isfile(given) else None
    found = shutil.which("tesseract")
    if found:
        return found
    if os.name == "nt":
        local = os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs", "Tesseract-OCR", "tesseract.exe")
        for place in (*_WINDOWS_PLACES, local):
            if os.path.isfile(place):
                return place
    return None


def tesseract_available() -> bool:
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return False
    return tesseract_command() is not None


def _tesseract():
    import pytesseract

    # one thread per page: the extraction already runs one worker per core
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    command = tesseract_command()
    if command:
        pytesseract.pytesseract.tesseract_cmd = command
    return pytesseract


@functools.lru_cache(maxsize=4)
def tesseract_langs() -> str:
    """The installed ones of our languages, joined for ``-l`` (English when none is listed). Asked once
    per process (it starts the program)."""
    try:
        have = set(_tesseract().get_languages(config=""))
    except Exception:
        have = set()
    chosen = [lang for lang in LANGS if lang in have]
    return "+".join(chosen) or "eng"


def engine_name() -> str | None:
    """The OCR engine this machine has, or None."""
    if os.environ.get("BRIEFING_OCR", "").lower() in ("off", "0", "no"):
        return None
    return "tesseract" if tesseract_available() else None


# ------------------------------------------------------------------------------ image preparation


def _grey(image):
    return image.convert("L")


def detect_rotation(image) -> int:
    """Clockwise quarter turn that makes the text upright (0 when unsure), from Tesseract's OSD."""
    try:
        osd = _tesseract().image_to_osd(image, config="--psm 0", output_type="dict")
    except Exception:
        return 0
    angle = int(osd.get("rotate", 0) or 0) % 360
    confidence = float(osd.get("orientation_conf", 0) or 0)
    # OSD is unreliable on pages with little text: only trust a clear answer.
    return angle if angle in (90, 180, 270) and confidence >= 2.0 else 0


def estimate_skew(image, limit: float = 4.0, step: float = 0.1) -> float:
    """Small rotation (degrees, counter-clockwise positive as PIL's rotate) that makes text rows
    horizontal: the angle whose row profile of dark pixels is sharpest (text lines and rules then
    fall into few rows). Searched coarse to fine on a reduced image."""
    import numpy as np

    small = _grey(image)
    scale = 1000 / max(small.size)
    if scale < 1:
        small = small.resize((max(1, int(small.width * scale)), max(1, int(small.height * scale))))
    ink = np.asarray(small, dtype=np.uint8) < 128
    if ink.sum() < 50:
        return 0.0
    from PIL import Image

    mask = Image.fromarray((ink * 255).astype("uint8"))

    def sharpness(angle: float) -> float:
        rotated = np.asarray(mask.rotate(angle, resample=Image.NEAREST, expand=False)) > 0
        profile = rotated.sum(axis=1).astype(float)
        return float(np.square(np.diff(profile)).sum())

    best, best_score = 0.0, sharpness(0.0)
    for angle in np.arange(-limit, limit + 1e-9, 0.5):
        s = sharpness(float(angle))
        if s > best_score:
            best, best_score = float(angle), s
    centre = best
    for angle in np.arange(centre - 0.5, centre + 0.5 + 1e-9, step):
        s = sharpness(float(angle))
        if s > best_score:
            best, best_score = float(angle), s
    return round(best, 2) if abs(best) >= 0.15 else 0.0


def _profile_sharpness(ink, axis: int) -> float:
    import numpy as np

    profile = ink.sum(axis=axis).astype(float)
    return float(np.square(np.diff(profile)).sum()) / max(1.0, float(profile.sum()))


def is_sideways(image) -> bool:
    """True when the page's text runs vertically (a page fed sideways): its column profile of dark
    pixels is sharper than its row profile, as text lines make the profile across them sharp."""
    import numpy as np

    small = _grey(image)
    scale = 800 / max(small.size)
    if scale < 1:
        small = small.resize((max(1, int(small.width * scale)), max(1, int(small.height * scale))))
    ink = np.asarray(small, dtype=np.uint8) < 128
    if ink.sum() < 200:
        return False
    return _profile_sharpness(ink, 0) > 1.3 * _profile_sharpness(ink, 1)


def straighten(image) -> tuple[Any, int, float]:
    """The page image upright and de-skewed, with the quarter turn and skew applied. Tesseract's
    orientation detection (about as slow as reading the page) runs only for a sideways page; an
    upside-down page is caught by ``recognise`` from its poor confidence."""
    from PIL import Image

    rotation = detect_rotation(image) if is_sideways(image) else 0
    if rotation:
        image = image.rotate(-rotation, expand=True)
    skew = estimate_skew(image)
    if skew:
        image = image.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor="white")
    return image, rotation, skew


def find_rules(image, min_length_px: int | None = None) -> list[tuple[float, float, float, float]]:
    """Horizontal and vertical ruled lines of a page image: long runs of dark pixels at most a few
    pixels thick. Text strokes are short; underlines of single words are shorter than
    ``min_length_px`` (default: 4% of the page width)."""
    import numpy as np

    grey = np.asarray(_grey(image), dtype=np.uint8)
    ink = grey < 140
    h, w = ink.shape
    min_len = min_length_px or max(30, int(0.04 * w))
    rules: list[tuple[float, float, float, float]] = []

    def runs(row: np.ndarray) -> list[tuple[int, int]]:
        padded = np.concatenate(([0], row.astype(np.int8), [0]))
        edges = np.flatnonzero(np.diff(padded))
        return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2]) if b - a >= min_len]

    thickest = max(6, int(0.004 * max(h, w)))

    def collect(mask: np.ndarray, horizontal: bool) -> None:
        n = mask.shape[0]
        active: dict[tuple[int, int], list[int]] = {}
        for i in range(n + 1):
            found = runs(mask[i]) if i < n else []
            next_active: dict[tuple[int, int], list[int]] = {}
            for a, b in found:
                key = None
                for (pa, pb), info in active.items():
                    if abs(pa - a) <= 3 and abs(pb - b) <= 3:
                        key = (pa, pb)
                        break
                if key is not None:
                    info = active.pop(key)
                    info[1] = i
                    next_active[(a, b)] = info
                else:
                    next_active[(a, b)] = [i, i]
            for (a, b), (first, last) in active.items():
                thickness = last - first + 1
                if thickness <= thickest and _clear_beside(mask, a, b, first, last, thickest):
                    mid = (first + last) / 2
                    rules.append((a, mid, b, mid) if horizontal else (mid, a, mid, b))
            active = next_active

    collect(ink, True)
    collect(ink.T, False)
    return rules


#: A rule has paper on one side at least: the band just beyond its thickness on either side (as deep
#: as the thickest rule) is inked over less than this share (a glyph touching the rule, or the other
#: line of a double rule, inks a little of it). A picture's edge, paper on one side, is a rule: it
#: bounds a table under the picture.
RULE_CLEAR_SIDES = 0.5
#: That band starts this many pixels beyond the rule's thickness (a blurred edge inks the next one).
RULE_SIDE_GAP = 2


def _clear_beside(mask, a: int, b: int, first: int, last: int, depth: int) -> bool:
    """Paper on one side at least of the run ``a:b`` of rows ``first..last`` of ``mask`` (rows along
    the rule), over ``depth`` rows. In a photograph each row of a dark area is a long run of ink of its
    own length, which the thickness test took for hundreds of one-pixel rules (a photograph over a
    table split its first column at a "rule" of the picture); such a row has ink on both sides."""
    n = mask.shape[0]
    above = mask[max(0, first - RULE_SIDE_GAP - depth):max(0, first - RULE_SIDE_GAP), a:b]
    below = mask[min(n, last + 1 + RULE_SIDE_GAP):min(n, last + 1 + RULE_SIDE_GAP + depth), a:b]
    return any(side.size == 0 or side.mean() < RULE_CLEAR_SIDES for side in (above, below))


#: A panel's background is at least this many grey levels darker than the paper (the lightest tints
#: of report boxes, #f2f2f2 on white, differ by 13; a scanner's noise averages out over a block).
PANEL_CONTRAST = 8
#: Panels smaller than this many points on either side are marks, bars of a chart or thick rules.
PANEL_MIN_PT = 14.0


def find_panels(image, dpi: float) -> list[tuple[float, float, float, float, int]]:
    """Filled panels of a page image: boxes, sidebars, colour bands and banners, which a born-digital
    page draws as filled rectangles and a scan only as pixels. (x0, top, x1, bottom, grey level) in
    image pixels.

    The image is cut into blocks of about 2 pt; a block's *background* is its 75th percentile (text
    strokes are thin, so most of a block is background, in a panel as on paper). The paper is the
    commonest background. Blocks at least ``PANEL_CONTRAST`` levels darker than the paper are
    joined into connected regions; a region is a panel when it is at least ``PANEL_MIN_PT`` on both
    sides and fills three quarters of its bounding box (a filled rectangle, not a photo's or a large
    heading's outline). Its edges are then placed to the pixel on the full image."""
    import numpy as np

    grey = np.asarray(_grey(image), dtype=np.uint8)
    h, w = grey.shape
    b = max(3, int(round(dpi / 36)))  # 2 pt
    hb, wb = h // b, w // b
    if hb < 4 or wb < 4:
        return []
    blocks = grey[:hb * b, :wb * b].reshape(hb, b, wb, b).transpose(0, 2, 1, 3).reshape(hb, wb, b * b)
    k = int(0.75 * (b * b - 1))
    bg = np.partition(blocks, k, axis=2)[:, :, k].astype(np.int16)
    counts = np.bincount(bg.ravel(), minlength=256)
    paper = int(np.argmax(counts[96:])) + 96
    tinted = bg <= paper - PANEL_CONTRAST
    min_blocks = max(3, int(PANEL_MIN_PT * dpi / 72 / b))
    out: list[tuple[float, float, float, float, int]] = []
    for top, left, bottom, right, members in _regions(tinted):
        if bottom - top < min_blocks or right - left < min_blocks:
            continue
        if members < 0.75 * (bottom - top) * (right - left):
            continue
        if (bottom - top) * (right - left) > 0.6 * hb * wb:
            continue  # the whole sheet darker than its margins: paper, not a panel
        # panels stacked in different tints (a box's title bar over its body, a table's total row
        # under its shaded rows) are one region of tinted blocks: cut it where the tint changes
        rows = [float(np.median(bg[r, left:right][tinted[r, left:right]])) if tinted[r, left:right].any() else 0.0
                for r in range(top, bottom)]
        cuts = [top] + [top + i for i in range(1, len(rows))
                        if abs(rows[i] - rows[i - 1]) >= PANEL_CONTRAST and rows[i] and rows[i - 1]] + [bottom]
        for a, z in zip(cuts, cuts[1:]):
            part = tinted[a:z, left:right]
            if z - a < max(2, min_blocks // 3) or not part.any():
                continue  # the blocks across the line where two tints meet
            values = bg[a:z, left:right][part]
            level = int(np.median(values))
            # a panel is flat (text darkens a few of its blocks); a photo's strip is not
            if np.count_nonzero(np.abs(values - level) <= PANEL_CONTRAST // 2) < 0.8 * values.size:
                continue
            box = _refine_panel(grey, (left * b, a * b, right * b, z * b), b, level,
                                 min(PANEL_CONTRAST, (paper - level) / 2))
            out.append((*box, level))
    return out


def _regions(mask) -> list[tuple[int, int, int, int, int]]:
    """Connected regions (4-neighbours) of a boolean grid: (top, left, bottom, right, cells), bounds
    exclusive. Runs of each row are joined to the overlapping runs of the row above (union-find)."""
    import numpy as np

    parent: list[int] = []

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    runs: list[tuple[int, int, int]] = []  # (row, start, end)
    previous: list[int] = []
    for r in range(mask.shape[0]):
        edges = np.flatnonzero(np.diff(np.concatenate(([0], mask[r].view(np.int8), [0]))))
        current = []
        j = 0
        for a, e in zip(edges[::2].tolist(), edges[1::2].tolist()):
            idx = len(runs)
            runs.append((r, a, e))
            parent.append(idx)
            current.append(idx)
            while j < len(previous) and runs[previous[j]][2] <= a:
                j += 1
            m = j
            while m < len(previous) and runs[previous[m]][1] < e:
                ra, rb = find(previous[m]), find(idx)
                if ra != rb:
                    parent[ra] = rb
                m += 1
        previous = current
    regions: dict[int, list[int]] = {}
    for idx, (r, a, e) in enumerate(runs):
        root = find(idx)
        info = regions.get(root)
        if info is None:
            regions[root] = [r, a, r + 1, e, e - a]
        else:
            info[0] = min(info[0], r)
            info[1] = min(info[1], a)
            info[2] = max(info[2], r + 1)
            info[3] = max(info[3], e)
            info[4] += e - a
    return [tuple(v) for v in regions.values()]  # type: ignore[misc]


def _refine_panel(grey, box, b: int, level: int, within: float) -> tuple[float, float, float, float]:
    """A panel's edges to the pixel: within two blocks of each coarse edge, the outermost row (column)
    of the panel's side whose background (75th percentile across the panel) is within ``within`` of
    the panel's ``level``, reached from the inside without crossing one that is not (the paper, or a
    panel of another tint next to it)."""
    import numpy as np

    x0, y0, x1, y1 = box
    h, w = grey.shape
    inner_x = grey[:, x0 + b:max(x0 + b + 1, x1 - b)]
    inner_y = grey[y0 + b:max(y0 + b + 1, y1 - b), :]

    def edge(lo: int, hi: int, start: int, rows: bool, outwards: int) -> int:
        """From ``start`` (inside the panel) step ``outwards`` while the profile stays dark."""
        lo, hi = max(0, lo), min(h if rows else w, hi)
        if hi <= lo:
            return start
        strip = inner_x[lo:hi, :] if rows else inner_y[:, lo:hi]
        dark = np.abs(np.percentile(strip, 75, axis=1 if rows else 0) - level) <= within
        pos = min(max(start, lo), hi - 1)
        while lo <= pos + outwards < hi and dark[pos + outwards - lo]:
            pos += outwards
        return pos

    top = edge(y0 - 2 * b, y0 + 2 * b, y0 + b, True, -1)
    bottom = edge(y1 - 2 * b, y1 + 2 * b, y1 - b - 1, True, 1) + 1
    left = edge(x0 - 2 * b, x0 + 2 * b, x0 + b, False, -1)
    right = edge(x1 - 2 * b, x1 + 2 * b, x1 - b - 1, False, 1) + 1
    if not (left < right and top < bottom):
        return float(x0), float(y0), float(x1), float(y1)
    return float(left), float(top), float(right), float(bottom)


# ------------------------------------------------------------------------------------ recognition


#: Tesseract's settings for a page: automatic page segmentation, spaces kept between words.
PAGE_SEGMENTATION = 3
VARIABLES = {"preserve_interword_spaces": "1"}


def _engine():
    """This process's in-process Tesseract (:mod:`app.source.tessapi`: models loaded once per
    worker), or None to run the program through pytesseract."""
    from app.source import tessapi

    # the library's messages (an image without a resolution, say) go nowhere, as the program's do
    return tessapi.engine(tesseract_langs(), dict(VARIABLES, debug_file=os.devnull), tesseract_command())


def _read_words(image) -> list[OcrWord]:
    image = _grey(image)
    made = _engine()
    if made is not None:
        return _words_from_tsv(made.tsv(image))
    pt = _tesseract()
    # handed over uncompressed (PGM: like the PNG it replaces, without a resolution, which changes how
    # Tesseract reads the page): the wrapper's default, PNG, costs a third of a second per page to write
    image.format = "PPM"
    config = f"--psm {PAGE_SEGMENTATION} " + " ".join(f"-c {k}={v}" for k, v in VARIABLES.items())
    data = pt.image_to_data(image, lang=tesseract_langs(), config=config, output_type=pt.Output.DICT)
    return _words(data["text"], data["conf"], data["left"], data["top"], data["width"], data["height"],
                  data["block_num"], data["par_num"], data["line_num"])


def _words_from_tsv(tsv: str) -> list[OcrWord]:
    """Words of Tesseract's TSV (level, page, block, paragraph, line, word, left, top, width, height,
    conf, text), with or without its header row."""
    cols: list[list[str]] = [[] for _ in range(9)]
    for row in tsv.splitlines():
        parts = row.split("\t")
        if len(parts) < 12 or parts[0] == "level":
            continue
        for k, j in enumerate((11, 10, 6, 7, 8, 9, 2, 3, 4)):
            cols[k].append(parts[j])
    return _words(*cols)


def _words(texts, confs, lefts, tops, widths, heights, blocks, pars, lines) -> list[OcrWord]:
    words = []
    for i, text in enumerate(texts):
        text = (text or "").strip()
        # whole percents, as the program writes them (the library's TSV has decimals): the same words
        # and confidences whichever path read them
        conf = float(int(float(confs[i])))
        if not text or conf < 0:
            continue
        left, top = float(lefts[i]), float(tops[i])
        words.append(OcrWord(
            text=text,
            box=(left, top, left + float(widths[i]), top + float(heights[i])),
            confidence=max(0.0, min(1.0, conf / 100.0)),
            line=(int(blocks[i]), int(pars[i]), int(lines[i])),
        ))
    return words


@dataclass
class Marks:
    """What the image says about a page's small marks, found before OCR (image pixels)."""

    #: Boxes of dot leaders (runs of at least four dots on a text line's baseline): erased before OCR.
    leaders: list[tuple[int, int, int, int]] = field(default_factory=list)
    #: Boxes of lone dashes: a single short bar in the middle of a text line, clear on both sides.
    dashes: list[tuple[int, int, int, int]] = field(default_factory=list)


def find_marks(image, rules=()) -> Marks:
    """Dot leaders and lone dashes of a (straightened) page image, from the ink alone.

    Text lines are the bands of the row profile of dark pixels once the ruled lines are taken out.
    Within a band, a *mark* is a run of inked columns. A leader is four or more consecutive marks
    each narrower than a quarter of the band's height whose ink all lies in the band's lower 40%
    (dots sit on the baseline). A dash is a single mark wider than 0.15 of the band's height,
    at most 1.6 of it, whose ink is at most a quarter of the band high, lies in its middle (not on
    the baseline: that is an underscore or a leader), and has no other mark within half the
    band's height on either side."""
    import numpy as np

    grey = np.asarray(_grey(image), dtype=np.uint8)
    ink = grey < 140
    for x0, y0, x1, y1 in rules:
        xa, xb = int(min(x0, x1)) - 3, int(max(x0, x1)) + 4
        ya, yb = int(min(y0, y1)) - 3, int(max(y0, y1)) + 4
        ink[max(0, ya):yb, max(0, xa):xb] = False
    rows = ink.any(axis=1).astype(np.int8)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], rows, [0]))))
    marks = Marks()
    bands = [(int(t), int(b)) for t, b in zip(edges[::2], edges[1::2]) if 6 <= b - t <= 120]
    if not bands:
        return marks
    # a band can hold several text lines (a label wrapped beside centred figures): the sizes below
    # are relative to the page's usual line height, not to such a band's
    usual = sorted(b - t for t, b in bands)[len(bands) // 2]
    for top, bottom in bands:
        h = min(bottom - top, int(1.5 * usual))
        band = ink[top:bottom]
        cols = band.any(axis=0).astype(np.int8)
        col_edges = np.flatnonzero(np.diff(np.concatenate(([0], cols, [0]))))
        runs = list(zip(col_edges[::2], col_edges[1::2]))
        info = []
        for a, b in runs:
            piece = band[:, a:b]
            ys = np.flatnonzero(piece.any(axis=1))
            info.append((a, b, int(ys[0]), int(ys[-1])))
        # leaders
        i = 0
        while i < len(info):
            j = i
            while j < len(info):
                a, b, y0, y1 = info[j]
                if b - a <= 0.25 * h and y0 >= (bottom - top) - 0.4 * h and y1 - y0 <= 0.25 * h:
                    j += 1
                else:
                    break
            if j - i >= 4:
                marks.leaders.append((int(info[i][0]), int(top), int(info[j - 1][1]), int(bottom)))
                i = j
            else:
                i += 1
        # lone dashes
        for k, (a, b, y0, y1) in enumerate(info):
            width, thick = b - a, y1 - y0 + 1
            if not (0.15 * h < width <= 1.6 * h and thick <= 0.25 * h and width >= 2 * thick):
                continue
            band_h = bottom - top
            if y1 >= 0.85 * band_h or y0 <= 0.15 * band_h:
                continue
            left_gap = a - info[k - 1][1] if k else 10 ** 6
            right_gap = info[k + 1][0] - b if k + 1 < len(info) else 10 ** 6
            if left_gap >= 0.5 * h and right_gap >= 0.5 * h:
                marks.dashes.append((int(a), int(top + y0), int(b), int(top + y1 + 1)))
    return marks


def erase(image, boxes):
    """A copy of ``image`` with ``boxes`` painted in the page's paper colour."""
    from PIL import ImageDraw

    if not boxes:
        return image
    out = _grey(image).copy()
    import numpy as np

    paper = int(np.percentile(np.asarray(out), 90))
    draw = ImageDraw.Draw(out)
    for x0, y0, x1, y1 in boxes:
        draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=paper)
    return out


#: A rule's ink: the rows (columns, for a vertical rule) near the rule's middle inked along at least
#: this share of its length (a glyph touching the rule inks a few pixels of such a row, not half).
RULE_INK_SHARE = 0.5
#: A rule is measured in pieces this many pixels long (see :func:`rule_boxes`).
RULE_PIECE = 64


def grid_rules(rules, reach: float = 4.0) -> list[tuple[float, float, float, float]]:
    """The rules that meet a rule across them (within ``reach`` pixels): a ruled table's grid and
    boxes. A lone rule (a running head's, a heading's underline) does not trouble the engine's
    reading and is left in the image."""
    flat = [r for r in rules if r[1] == r[3]]
    upright = [r for r in rules if r[0] == r[2] and r[1] != r[3]]

    def meet(hz, vt) -> bool:
        return (min(hz[0], hz[2]) - reach <= vt[0] <= max(hz[0], hz[2]) + reach
                and min(vt[1], vt[3]) - reach <= hz[1] <= max(vt[1], vt[3]) + reach)

    return [h for h in flat if any(meet(h, v) for v in upright)] + \
        [v for v in upright if any(meet(h, v) for h in flat)]


def rule_boxes(image, rules) -> list[tuple[int, int, int, int]]:
    """Boxes (image pixels, end exclusive) of the ink of ruled lines (:func:`grid_rules`), for
    :func:`erase` before OCR: the rows near the rule's middle whose ink runs along at least
    ``RULE_INK_SHARE`` of its length (the run of such rows nearest the middle), plus a pixel of blur
    each side. Read with its rules, a scanned
    ruled table lost whole columns at 300 dpi (Tesseract's page layout took narrow ruled cells for
    pictures); the text in the cells is left as it is."""
    import numpy as np

    if not rules:
        return []
    ink = np.asarray(_grey(image), dtype=np.uint8) < 140
    h, w = ink.shape
    reach = max(6, int(0.004 * max(h, w)))  # find_rules' thickest rule
    boxes = []
    for x0, y0, x1, y1 in rules:
        horizontal = y0 == y1
        a, b = (int(min(x0, x1)), int(max(x0, x1)) + 1) if horizontal else (int(min(y0, y1)), int(max(y0, y1)) + 1)
        mid = int(round(y0 if horizontal else x0))
        lo, hi = max(0, mid - reach), min(h if horizontal else w, mid + reach + 1)
        # piece by piece along the rule: a rule left a pixel or two aslant by the straightening
        # inks different rows at its two ends
        for start in range(a, b, RULE_PIECE):
            end = min(b, start + RULE_PIECE)
            band = ink[lo:hi, start:end] if horizontal else ink[start:end, lo:hi].T
            if band.size == 0:
                continue
            share = band.mean(axis=1) >= RULE_INK_SHARE  # across the rule
            if not share.any():
                continue
            # the run of such rows nearest the rule's middle (a glyph's bar near it is no part of it)
            near = int(np.flatnonzero(share)[np.argmin(abs(np.flatnonzero(share) - (mid - lo)))])
            first = last = near
            while first > 0 and share[first - 1]:
                first -= 1
            while last + 1 < len(share) and share[last + 1]:
                last += 1
            first, last = lo + first - 1, lo + last + 2
            boxes.append((start, first, end, last) if horizontal else (first, start, last, end))
    return boxes


def apply_dashes(words: list[OcrWord], dashes) -> list[OcrWord]:
    """Lone dashes found in the image: a short word over one becomes the dash; where OCR saw
    nothing, the dash is added (it means nil, and a missing one shifts nothing but reads as blank)."""
    out = list(words)
    ref = _reference_height(words)
    for x0, y0, x1, y1 in dashes:
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        over = [w for w in out if w.box[0] - 2 <= cx <= w.box[2] + 2 and w.box[1] - 6 <= cy <= w.box[3] + 6]
        if over:
            for w in over:
                if len(w.text) <= 2 and w.text not in ("-", "–", "—"):
                    w.text = "–" if (x1 - x0) > 2.5 * (y1 - y0) else "-"
                    w.confidence = max(w.confidence, 0.9)
            continue
        # a box as high as the page's text, centred on the bar (the synthetic page sizes by it)
        half = (ref or 6 * (y1 - y0)) / 2
        line = (9999, 0, len(out))
        out.append(OcrWord("–" if (x1 - x0) > 2.5 * (y1 - y0) else "-",
                           (float(x0), cy - half, float(x1), cy + half), 0.9, line))
    return out


def _reference_height(words: list[OcrWord]) -> float:
    """The page's text height: the median box height of words of three or more letters or digits
    (a dash's or a dot's box is as small as its ink, so lone glyphs are no reference)."""
    heights = sorted(w.box[3] - w.box[1] for w in words if sum(ch.isalnum() for ch in w.text) >= 3)
    return heights[len(heights) // 2] if heights else 0.0


def _fix_dashes(image, words: list[OcrWord]) -> None:
    """Glyphs OCR misreads on tables, decided from their ink instead (``text_height``: the page's):

    * a lone dash ("-", "–": nil) is read as "=", "E", "5" or "a". A word of one or two glyphs whose
      ink is one bar at most 0.3 of the text height, at least twice as wide as high and mostly
      filled, is a dash;
    * dot leaders between a row label and its figures are read as letters ("es en", "sement"). A word
      whose ink is a row of marks all lower than 0.3 of the text height is a leader: it becomes dots,
      which the table rules already treat as leaders.

    The confidence then comes from the shape (the ink's fill), not from the engine."""
    import numpy as np

    height = _reference_height(words)
    if not height:
        return
    grey = np.asarray(_grey(image), dtype=np.uint8)
    for w in words:
        if w.text in ("-", "–", "—") or set(w.text) <= {".", "…"}:
            continue
        x0, y0, x1, y1 = (int(round(v)) for v in w.box)
        pad = max(2, int(0.3 * height))
        crop = grey[max(0, y0 - pad):y1 + pad, max(0, x0 - 2):x1 + 2] < 128
        if crop.size == 0 or crop.sum() == 0:
            continue
        rows = np.flatnonzero(crop.any(axis=1))
        cols = np.flatnonzero(crop.any(axis=0))
        ink_h = rows[-1] - rows[0] + 1
        ink_w = cols[-1] - cols[0] + 1
        if ink_h > 0.3 * height:
            continue
        box = crop[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
        fill = float(box.mean())
        # separate marks along the row: runs of inked columns
        inked = box.any(axis=0).astype(np.int8)
        marks = int(np.count_nonzero(np.diff(np.concatenate(([0], inked))) == 1))
        if len(w.text) <= 2 and ink_w >= 2 * ink_h and fill >= 0.6 and marks == 1:
            w.text = "–" if ink_w > 0.45 * height else "-"
            w.confidence = max(w.confidence, min(1.0, fill))
        elif marks >= 3 and ink_w >= 1.5 * height:
            w.text = "." * marks
            w.confidence = max(w.confidence, 0.9)


_GLUED_DOTS = re.compile(r"^(.*[^\W\d_])[.…]{2,}$")


def _strip_glued_dots(words: list[OcrWord]) -> None:
    """A label with leader dots glued on ("Angola...", "initiatives .."): the dots beyond a
    word's own period are leader residue. The word's box is narrowed in proportion."""
    for w in words:
        m = _GLUED_DOTS.match(w.text)
        if m:
            kept = m.group(1)
            x0, top, x1, bottom = w.box
            w.box = (x0, top, x0 + (x1 - x0) * len(kept) / len(w.text), bottom)
            w.text = kept
    words[:] = [w for w in words if w.text.strip("…") and set(w.text) != {"."} or len(w.text) >= 3]


# ------------------------------------------------------------------------------- type from the ink

#: Letters that reach the cap height or above (capitals, digits, ascenders, the dots of i and j,
#: accents) and letters that go below the baseline.
_DESCENDING = set("gjpqyQ,;()[]{}|")


def _reaches_up(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in "bdfhklitj()[]{}|/" or (ch.isalpha() and ord(ch) > 0x7F)


def _em_of_word(text: str, height: float) -> float | None:
    """The em of a word's type from its box height and its letters: a box spans cap height (0.72 em)
    when it holds a capital or an ascender, x-height (0.52 em) when not, plus 0.21 em below the
    baseline when it holds a descender (Latin faces differ by about 10% from these)."""
    letters = [c for c in text if c.isalnum() or c in "()[]{}"]
    if not letters or height <= 0:
        return None
    up = any(_reaches_up(c) for c in letters)
    down = any(c in _DESCENDING for c in text)
    return height / ((0.72 if up else 0.52) + (0.21 if down else 0.0))


#: Words whose box top is the ascender line: plain letters, digits and light punctuation only (no
#: brackets, bars, quotes or accents, which reach higher), with an ascender, capital or digit.
_PLAIN_WORD = re.compile(r"^[A-Za-z0-9.,:;’'-]+$")
#: Height of the ascender line above the baseline, in ems (0.72-0.76 in common text faces).
ASCENDER = 0.74


def _line_em(grey, members: list[OcrWord]) -> tuple[float, float] | None:
    """(em, baseline) of one text line in pixels, from the ink and the words' boxes.

    The baseline is the lower edge of the line's dense band (the x-height letters; descenders below
    it are sparse); the ascender line is the highest top of the plain words that hold an ascender,
    capital or digit. Their distance is ``ASCENDER`` em. This holds within a few percent line after
    line, whichever words a line holds; a line with no such word gives None."""
    import numpy as np

    top = int(min(w.box[1] for w in members))
    bottom = int(max(w.box[3] for w in members)) + 1
    heights = sorted(w.box[3] - w.box[1] for w in members)
    if bottom - top > 2.5 * heights[len(heights) // 2]:
        return None  # words the engine put on one "line" that are not on one baseline
    x0 = max(0, int(min(w.box[0] for w in members)))
    x1 = min(grey.shape[1], int(max(w.box[2] for w in members)) + 1)
    top, bottom = max(0, top), min(grey.shape[0], bottom)
    if bottom - top < 4 or x1 - x0 < 4:
        return None
    band = grey[top:bottom, x0:x1]
    paper, ink = float(np.percentile(band, 95)), float(band.min())
    if paper - ink < 40:
        return None
    dark = band < (paper + ink) / 2
    profile = dark.mean(axis=1)
    dense = np.flatnonzero(profile >= 0.35 * profile.max())
    baseline = top + int(dense[-1]) + 1
    # the ascender line is read on the ink: the engine's box of a word can stand a few pixels above
    # its letters (a heading's first word boxed 5 px above the rest of its line measured 16% larger)
    tops = []
    for w in members:
        if _PLAIN_WORD.match(w.text) and any(c in "bdfhklt" or c.isupper() or c.isdigit() for c in w.text):
            left, right = max(0, int(w.box[0]) - x0), max(0, int(w.box[2]) + 1 - x0)
            rows = np.flatnonzero(dark[:, left:right].any(axis=1))
            inked = top + int(rows[0]) if rows.size else int(w.box[1])
            tops.append(max(w.box[1], min(inked, baseline - 1)))
    if not tops:
        return None
    ascent = baseline - min(tops)
    if ascent < 0.4 * (bottom - top):
        return None
    return ascent / ASCENDER, float(baseline)


def measure_type(image, words: list[OcrWord]) -> None:
    """Set each word's ``em`` and ``stroke`` from the page image, line by line (OCR reads neither the
    type's size nor its weight).

    * Size: the line's ascender height over ``ASCENDER`` (:func:`_line_em`); for a line without a
      plain word that shows it, each word's box height over the share of the em its letters span
      (:func:`_em_of_word`), the median of the line's words.
    * Weight: the stroke width as a share of the em. In the middle of the x-height band (0.1-0.42 em
      above the baseline) a horizontal cut crosses mostly vertical stems; each run of ink pixels is
      one stem, its width the run's ink mass (grey levels between the paper's and the ink's count in
      part, so blur and JPEG do not round it to whole pixels). Runs wider than 0.3 em (a bar of "e",
      touching letters) are left out. Bold stems are about 1.5 times regular ones at any size.

    Words the engine put on one line that do not share a baseline (marks of a graphic read as text)
    are measured one by one.
    """
    import numpy as np

    if not words:
        return
    grey = np.asarray(_grey(image), dtype=np.float32)
    negative = None
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    for members in lines.values():
        groups = [[w] for w in members] if _stacked(members) else [members]
        for group in groups:
            # white text on a dark band is measured on the negative: its letters, not the gaps
            # between them, are the strokes (the measure reads only the line's own box)
            if _white_on_dark(grey, group):
                if negative is None:
                    negative = 255.0 - grey
                measured = _measure_line(negative, group)
            else:
                measured = _measure_line(grey, group)
            if measured:
                for w in group:
                    w.em, w.stroke = measured
    _paragraph_sizes(lines)


#: Lines of one paragraph whose measured ems are within this ratio of the paragraph's are set in one
#: size: a short line (a heading's second line of one word) is measured from fewer letters, and a
#: word's top is the cap height or the ascender line (3-5% apart in serif faces) by its letters.
PARAGRAPH_EM_RATIO = 1.12


def _paragraph_sizes(lines: dict[tuple[int, int, int], list[OcrWord]]) -> None:
    """Give the lines of one paragraph (as the engine grouped them) that agree in size within
    ``PARAGRAPH_EM_RATIO`` and in weight (bold or not, against the page's regular stroke) one em: the
    median of their letters' ems. Lines of another size (a heading the engine put in the paragraph of
    the text under it) or weight (a bold heading over text of its size) keep their own."""
    regular = regular_stroke([w for ws in lines.values() for w in ws])
    paragraphs: dict[tuple[int, int], list[list[OcrWord]]] = {}
    for key, members in lines.items():
        if members[0].em > 0 and not _stacked(members):
            paragraphs.setdefault(key[:2], []).append(members)
    for group in paragraphs.values():
        if len(group) < 2:
            continue
        # a short line's stroke is measured on a few stems ("move", the end of a wrapped heading, read
        # 1.27 times the regular stroke under a line of 1.57): it takes the weight of the paragraph's
        # longest line when it has that line's size
        longest = max(group, key=_letters)
        for m in group:
            if (m is not longest and _letters(m) < SHORT_LINE and _letters(longest) >= 2 * _letters(m)
                    and max(m[0].em, longest[0].em) <= PARAGRAPH_EM_RATIO * min(m[0].em, longest[0].em)):
                for w in m:
                    w.stroke = longest[0].stroke
        for bold in (False, True):
            same = [m for m in group if (m[0].stroke >= BOLD_STROKE_RATIO * regular) == bold]
            if len(same) < 2:
                continue
            centre = _weighted_median([(m[0].em, sum(len(w.text) for w in m)) for m in same])
            agree = [m for m in same if max(m[0].em, centre) <= PARAGRAPH_EM_RATIO * min(m[0].em, centre)]
            if len(agree) < 2:
                continue
            em = _weighted_median([(m[0].em, sum(len(w.text) for w in m)) for m in agree])
            for m in agree:
                for w in m:
                    w.em = em


#: A line of fewer letters than this is too short for its own stroke measure to decide its weight.
SHORT_LINE = 8


def _letters(members: list[OcrWord]) -> int:
    return sum(c.isalnum() for w in members for c in w.text)


def _weighted_median(values: list[tuple[float, int]]) -> float:
    ordered = sorted(values)
    total = sum(n for _v, n in ordered)
    acc = 0
    for value, n in ordered:
        acc += n
        if acc >= total / 2:
            return value
    return ordered[-1][0]


def _white_on_dark(grey, members: list[OcrWord]) -> bool:
    """True for a line printed light on a dark band (a banner, a table's header): most of a text
    line's box is its ground, whichever its colour, so the box's median is on the ground's side."""
    import numpy as np

    x0, top = max(0, int(min(w.box[0] for w in members))), max(0, int(min(w.box[1] for w in members)))
    x1, bottom = int(max(w.box[2] for w in members)) + 1, int(max(w.box[3] for w in members)) + 1
    box = grey[top:bottom, x0:x1]
    if box.size == 0:
        return False
    light, dark = float(np.percentile(box, 98)), float(np.percentile(box, 2))
    return float(np.median(box)) < (light + dark) / 2


_NARROW_GLYPHS = set("lij1!|.,:;'’`I")


def _too_narrow(word: OcrWord) -> bool:
    """A word of two letters or more (not all of them narrow ones such as "l", "i", "1") whose ink is
    narrower than 0.12 em per letter: a rule, a bar or a frame's edge read as letters ("WW")."""
    text = word.text
    if len(text) < 2 or all(c in _NARROW_GLYPHS for c in text):
        return False
    em = word.em or (word.box[3] - word.box[1]) / 0.72
    return em > 0 and (word.box[2] - word.box[0]) / len(text) < 0.12 * em


#: A column gutter is a vertical strip at least this many word heights wide (the median box height
#: of the page's words, about 0.8 em: report gutters are 1-2 em) ...
GUTTER_MIN_WIDTH = 1.0
#: ... at whose right edge the first words of at least this many lines start, aligned within half a
#: word height (the right column's left edge) ...
GUTTER_MIN_LINES = 4
#: ... beside at least this many lines with words left of it, and crossed by at most this share of
#: the lines beside it (a title or a banner over both columns; one line is always allowed).
GUTTER_MAX_CROSSING = 0.15
#: A strip narrower than ``GUTTER_MIN_WIDTH`` is a gutter still when the lines left of it end
#: aligned within this many word heights (a justified column's right edge, a box floated beside
#: it a few points away) ...
GUTTER_EDGE_ALIGN = 0.25
#: ... and that edge is at least this many word heights left of the right column's first letters
#: (four or more lines' starts and ends aligned across a gap this wide is no justified word space).
GUTTER_NARROW_MIN_WIDTH = 0.4
#: The right side of a line cut at a gutter takes this added to its paragraph number, times the
#: gutter's rank from the left (engine paragraph numbers are small): a paragraph of its own.
_CUT_PARAGRAPH = 1000


def column_gutters(words: list[OcrWord]) -> list[tuple[float, float, float, float]]:
    """The page's column gutters the words prove, as (left, right, top, bottom) in image pixels: a
    vertical strip at least ``GUTTER_MIN_WIDTH`` word heights wide, at whose right edge the first
    words of ``GUTTER_MIN_LINES`` lines or more start aligned (the right column's left edge, whether
    the engine began a line there or a wide gap in a line ends there), with words left of it on
    ``GUTTER_MIN_LINES`` lines or more of its height, and crossed by a word on at most
    ``GUTTER_MAX_CROSSING`` of those lines. An indent is no gutter (the column's other lines cross
    its strip); neither is a page margin (no words left of it)."""
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    if len(lines) < 2 * GUTTER_MIN_LINES:
        return []
    heights = sorted(w.box[3] - w.box[1] for w in words)
    unit = heights[len(heights) // 2]
    if unit <= 0:
        return []
    rows = []
    starts = []
    for members in lines.values():
        ordered = sorted(members, key=lambda w: w.box[0])
        top = min(w.box[1] for w in ordered)
        bottom = max(w.box[3] for w in ordered)
        rows.append((top, bottom, ordered))
        row = len(rows) - 1
        starts.append((ordered[0].box[0], row))
        for prev, w in zip(ordered, ordered[1:]):
            if w.box[0] - prev.box[2] >= GUTTER_MIN_WIDTH * unit:
                starts.append((w.box[0], row))
    starts.sort()
    found: list[tuple[float, float, float, float]] = []
    i = 0
    while i < len(starts):
        j = i
        while j + 1 < len(starts) and starts[j + 1][0] - starts[i][0] <= 0.5 * unit:
            j += 1
        group = starts[i:j + 1]
        i = j + 1
        aligned = {row for _x, row in group}
        if len(aligned) < GUTTER_MIN_LINES:
            continue
        # the strip's right edge: the column's first letters (a round or slanted one stands a pixel
        # or two left of a straight one); its left edge: the left column's longest line
        right = min(x for x, _row in group) - 0.25 * unit
        top = min(rows[r][0] for r in aligned)
        bottom = max(rows[r][1] for r in aligned)
        beside = [ordered for t, b, ordered in rows if b > top and t < bottom]
        edge = _clear_strip(beside, right - GUTTER_MIN_WIDTH * unit, right)
        candidates = [(edge, right, top, bottom)] if edge is not None else _narrow_gutters(rows, group, unit)
        for edge, right, top, bottom in candidates:
            if any(edge < r and right > l and top < b and bottom > t for l, r, t, b in found):
                continue  # the same gutter, proven again by an indent inside its right column
            found.append((edge, right, top, bottom))
    return found


def _narrow_gutters(rows: list, group: list[tuple[float, int]], unit: float) -> list[tuple[float, float, float, float]]:
    """Gutters narrower than ``GUTTER_MIN_WIDTH`` at the aligned starts ``group`` (a box floated a few
    points beside a justified column: Tesseract reads a heading on into the box's title there). The
    right column's lines start within ``GUTTER_EDGE_ALIGN`` word heights of their median; the gutter
    runs down their rows until two lines in a row cross its right edge (a start aligned there by
    chance in a body line far above is no part of it); the lines left of it end aligned
    (:func:`_aligned_ends`) at least ``GUTTER_NARROW_MIN_WIDTH`` word heights left of the column,
    and the strip between passes :func:`_clear_strip`."""
    xs = sorted(x for x, _row in group)
    median = xs[len(xs) // 2]
    tight = {row: x for x, row in group if abs(x - median) <= GUTTER_EDGE_ALIGN * unit}
    if len(tight) < GUTTER_MIN_LINES:
        return []
    start = min(tight.values())
    right = start - 0.25 * unit
    first = min(rows[r][0] for r in tight)
    last = max(rows[r][1] for r in tight)
    runs: list[list[int]] = [[]]
    crossed = 0
    for r in sorted(range(len(rows)), key=lambda r: rows[r][0]):
        t, b, ordered = rows[r]
        if b <= first or t >= last:
            continue
        if r in tight:
            runs[-1].append(r)
            crossed = 0
        elif any(w.box[0] < right < w.box[2] for w in ordered):
            crossed += 1
            if crossed == 2 and runs[-1]:
                runs.append([])
    found = []
    for run in runs:
        if len(run) < GUTTER_MIN_LINES:
            continue
        top = min(rows[r][0] for r in run)
        bottom = max(rows[r][1] for r in run)
        beside = [ordered for t, b, ordered in rows if b > top and t < bottom]
        justified = _aligned_ends(beside, right, unit)
        if justified is None or start - justified < GUTTER_NARROW_MIN_WIDTH * unit:
            continue
        edge = _clear_strip(beside, justified, right)
        if edge is not None:
            found.append((edge, right, top, bottom))
    return found


def _clear_strip(beside: list[list[OcrWord]], left: float, right: float) -> float | None:
    """The right end of the words left of the strip (left, right) when ``GUTTER_MIN_LINES`` of the
    lines ``beside`` it have words left of it and at most ``GUTTER_MAX_CROSSING`` of them (one line
    always) a word over it; None when the strip is no gutter."""
    with_left = crossing = 0
    edge = None
    for ordered in beside:
        before = [w.box[2] for w in ordered if w.box[2] <= left]
        if before:
            with_left += 1
        if any(w.box[0] < right and w.box[2] > left for w in ordered):
            crossing += 1
        elif before:
            edge = max(before) if edge is None else max(edge, max(before))
    if edge is None or with_left < GUTTER_MIN_LINES or crossing > max(1, GUTTER_MAX_CROSSING * len(beside)):
        return None
    return edge


def _aligned_ends(beside: list[list[OcrWord]], right: float, unit: float) -> float | None:
    """The rightmost x at which ``GUTTER_MIN_LINES`` or more of the lines ``beside`` a strip end their
    last word left of ``right``, within ``GUTTER_EDGE_ALIGN`` word heights of each other (a justified
    column's right edge); None when no such edge."""
    ends = sorted(max(w.box[2] for w in before) for ordered in beside
                  if (before := [w for w in ordered if w.box[2] <= right]))
    for k in range(len(ends) - GUTTER_MIN_LINES, -1, -1):
        if ends[k + GUTTER_MIN_LINES - 1] - ends[k] <= GUTTER_EDGE_ALIGN * unit:
            last = k + GUTTER_MIN_LINES - 1
            while last + 1 < len(ends) and ends[last + 1] - ends[k] <= GUTTER_EDGE_ALIGN * unit:
                last += 1
            return ends[last]
    return None


def cut_at_column_gutters(words: list[OcrWord]) -> list[tuple[float, float, float, float]]:
    """Cut, in place, the engine's lines that run across a column gutter the page proves
    (:func:`column_gutters`) into one line per column: the words right of the gutter take a line of
    a paragraph of their own. Tesseract reads a line of two columns as one when their baselines are
    close (a body line beside a heading's line a few points lower); measured as one, both took a
    size larger than either, and the body line became a heading a level above the chapters. Returns
    the gutters."""
    gutters = column_gutters(words)
    if not gutters:
        return gutters
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    ranks = {g: k + 1 for k, g in enumerate(sorted(gutters))}
    for key, members in lines.items():
        top = min(w.box[1] for w in members)
        bottom = max(w.box[3] for w in members)
        cuts = []
        for g in gutters:
            left, right, g_top, g_bottom = g
            if bottom <= g_top or top >= g_bottom:
                continue
            if any(w.box[0] < right and w.box[2] > left for w in members):
                continue
            if any(w.box[2] <= left for w in members) and any(w.box[0] >= right for w in members):
                cuts.append(g)
        for g in sorted(cuts):
            block, paragraph, line = key
            moved = (block, paragraph + _CUT_PARAGRAPH * ranks[g], line)
            for w in members:
                if w.box[0] >= g[1]:
                    w.line = moved
    return gutters


def _stacked(members: list[OcrWord]) -> bool:
    """True for words the engine put on one line that lie on several baselines (a column of marks)."""
    heights = sorted(w.box[3] - w.box[1] for w in members)
    span = max(w.box[3] for w in members) - min(w.box[1] for w in members)
    return len(members) > 1 and span > 2.5 * heights[len(heights) // 2]


def _boxes_em(members: list[OcrWord]) -> tuple[float, float] | None:
    """(em, baseline) of a line from its words' box heights and letters (:func:`_em_of_word`): the
    median, by letters, of the words that reach the cap height (of all words when none does)."""
    ems = []
    for w in members:
        value = _em_of_word(w.text, w.box[3] - w.box[1])
        if value:
            ems.append((any(_reaches_up(c) for c in w.text), value, len(w.text)))
    if not ems:
        return None
    chosen = sorted(e for e in ems if e[0]) or sorted(ems)
    em = _weighted_median([(value, n) for _up, value, n in chosen])
    bottoms = sorted(w.box[3] for w in members if not any(c in _DESCENDING for c in w.text))
    baseline = bottoms[len(bottoms) // 2] if bottoms else max(w.box[3] for w in members) - 0.21 * em
    return em, baseline


def _measure_line(grey, members: list[OcrWord]) -> tuple[float, float] | None:
    """(em, stroke) of one text line (see :func:`measure_type`)."""
    import numpy as np

    found = _line_em(grey, members) or _boxes_em(members)
    if not found:
        return None
    em, baseline = found
    y0 = int(round(baseline - 0.42 * em))
    y1 = int(round(baseline - 0.1 * em))
    stroke = 0.0
    if y1 > y0 >= 0 and y1 <= grey.shape[0]:
        x0 = max(0, int(min(w.box[0] for w in members)))
        x1 = min(grey.shape[1], int(max(w.box[2] for w in members)) + 1)
        band = grey[y0:y1, x0:x1]
        if band.size:
            paper = float(np.percentile(band, 90))
            ink = float(np.percentile(band, 2))
            if paper - ink > 40:
                dark = np.clip((paper - band) / (paper - ink), 0.0, 1.0)
                on = band < (paper + ink) / 2
                mass = runs = 0.0
                limit = 0.3 * em
                for row_on, row_dark in zip(on, dark):
                    edges = np.flatnonzero(np.diff(np.concatenate(([0], row_on.view(np.int8), [0]))))
                    for a, b in zip(edges[::2], edges[1::2]):
                        if b - a <= limit:
                            # the run's ink plus the half-inked pixels at its two edges
                            lo, hi = max(0, a - 1), min(len(row_dark), b + 1)
                            mass += float(row_dark[lo:hi].sum())
                            runs += 1
                if runs:
                    stroke = mass / runs / em
    return round(em, 2), round(stroke, 4)


def _median_confidence(words: list[OcrWord]) -> float:
    values = sorted(w.confidence for w in words)
    return values[len(values) // 2] if values else 0.0


def _read_page(image, dpi: float = 200.0):
    """Words, ruled lines, filled panels and proven column gutters of an upright, straightened page
    image."""
    rules = find_rules(image)
    marks = find_marks(image, rules)
    # leader dots read as letters glue onto the label before them ("BotsWand es en"): take them out;
    # and the ruled grid, whose narrow cells Tesseract read as pictures (whole columns dropped)
    words = _read_words(erase(image, marks.leaders + rule_boxes(image, grid_rules(rules))))
    fills = find_panels(image, dpi)
    words += read_empty_banners(image, fills, words)
    words = apply_dashes(words, marks.dashes)
    _fix_dashes(image, words)
    _strip_glued_dots(words)
    words = drop_rule_glyphs(words, rules)
    # the lines cut at a column gutter are measured apart and drawn as the engine read them (drawn
    # apart, a table row's cells moved: the Myanmar sample's scanned table rows 15/24 -> 5/24)
    engine_lines = [w.line for w in words]
    gutters = cut_at_column_gutters(words)
    measure_type(image, words)
    for w, line in zip(words, engine_lines):
        w.line = line
    return words, rules, fills, gutters


#: A panel at most this grey level (of 255) is dark: its text is printed light on it.
DARK_PANEL = 128
#: White pixels put round a dark panel read alone (:func:`read_empty_banners`).
BANNER_MARGIN = 12


def read_empty_banners(image, fills, words: list[OcrWord]) -> list[OcrWord]:
    """The words of dark panels (banners, title bars: grey level at most ``DARK_PANEL``) in which the
    page's reading found no word, read again in the panel alone, on its negative; their boxes in page
    pixels, each panel's words a block of their own. Reading the whole page, Tesseract can leave out a
    line of white text on a dark band altogether (a chapter title on a banner: the sections under it
    went up a level); read alone, the band's line is found."""
    import numpy as np
    from PIL import ImageOps

    found: list[OcrWord] = []
    block = max((w.line[0] for w in words), default=0) + 1
    for x0, top, x1, bottom, level in fills:
        if level > DARK_PANEL:
            continue
        if any(x0 <= (w.box[0] + w.box[2]) / 2 <= x1 and top <= (w.box[1] + w.box[3]) / 2 <= bottom for w in words):
            continue
        box = (max(0, int(x0)), max(0, int(top)), min(image.width, int(x1) + 1), min(image.height, int(bottom) + 1))
        if box[2] - box[0] < 8 or box[3] - box[1] < 8:
            continue
        # on a margin of its own ground, as a line on a page: the engine reads a line touching the
        # image's edge badly (and complains of boxes outside the image)
        negative = ImageOps.invert(_grey(image).crop(box))
        ground = int(np.median(np.asarray(negative)))
        crop = ImageOps.expand(negative, border=BANNER_MARGIN, fill=ground)
        read = _read_words(crop)
        dx, dy = box[0] - BANNER_MARGIN, box[1] - BANNER_MARGIN
        for w in read:
            w.box = (w.box[0] + dx, w.box[1] + dy, w.box[2] + dx, w.box[3] + dy)
            w.line = (block, *w.line[1:])
        if read:
            found += read
            block += 1
    return found


def recognise(image, dpi: float = 200.0) -> OcrPage:
    """OCR one page image (PIL, made at ``dpi``) with the installed engine."""
    image, rotation, skew = straighten(image)
    words, rules, fills, gutters = _read_page(image, dpi)
    if _median_confidence(words) < 0.5:
        # upside down, or sideways the cheap test missed: ask orientation detection, read again
        turn = detect_rotation(image)
        if turn:
            turned = image.rotate(-turn, expand=True)
            again, again_rules, again_fills, again_gutters = _read_page(turned, dpi)
            if _median_confidence(again) > _median_confidence(words):
                image, words, rules, fills, gutters, rotation = (turned, again, again_rules, again_fills, again_gutters,
                                                                 (rotation + turn) % 360)
    return OcrPage(words=words, lines=rules, width_px=image.width, height_px=image.height,
                   rotation=rotation, skew=skew, engine="tesseract", fills=fills, gutters=gutters)


_BARS = set("|!lI[]()/\\")


def drop_rule_glyphs(words: list[OcrWord], rules) -> list[OcrWord]:
    """A vertical rule of a ruled table is read as "|" (or "l", "I", "[") beside the cell text. Bar-like
    characters at a word's edge that lie on a vertical rule found in the image are the rule's ink:
    they are taken off, and a word made only of them is dropped; so are those in line with a vertical
    rule beyond its end, as far as the vertical rules beside it reach (a piece of the rule the image
    test missed: with the grid erased before reading, the Myanmar sample's table kept such pieces,
    read as "|" beside its figures)."""
    verticals = [(x0, min(y0, y1), max(y0, y1)) for x0, y0, x1, y1 in rules if x0 == x1]
    if not verticals:
        return words

    # a rule may run on beyond the part found (noise broke its run), as far as the vertical rules it
    # stands among reach (the table's frame)
    reach = [(x, min([y0] + [b0 for _x, b0, b1 in verticals if b0 <= y1 and b1 >= y0]),
              max([y1] + [b1 for _x, b0, b1 in verticals if b0 <= y1 and b1 >= y0])) for x, y0, y1 in verticals]

    def in_line(x0: float, x1: float, top: float, bottom: float) -> bool:
        return any(x0 - 3 <= x <= x1 + 3 and y0 - 3 <= (top + bottom) / 2 <= y1 + 3 for x, y0, y1 in reach)

    kept = []
    for w in words:
        x0, top, x1, bottom = w.box
        text = w.text
        if not text:
            continue
        per_char = (x1 - x0) / len(text)
        while text and text[-1] in _BARS and in_line(x1 - per_char, x1, top, bottom):
            text, x1 = text[:-1], x1 - per_char
        while text and text[0] in _BARS and in_line(x0, x0 + per_char, top, bottom):
            text, x0 = text[1:], x0 + per_char
        if text:
            kept.append(OcrWord(text, (x0, top, x1, bottom), w.confidence, w.line, w.em, w.stroke))
    return kept


# ----------------------------------------------------------------------------- text layer quality


def needs_ocr(page) -> bool:
    """True for a scanned page: no visible text but an image over most of the page, or only an
    invisible text layer (an earlier OCR's) that is mostly not words. A page with little text and
    no large image (a blank page, a chart of vector paths) is not read."""
    chars = page.chars
    visible = 0
    for c in chars:  # three visible characters decide it: a text page is not scanned through
        if c.get("text", "").strip() and not _is_invisible(c):
            visible += 1
            if visible >= 3:
                return False
    area = float(page.width) * float(page.height) or 1.0
    covered = 0.0
    for im in page.images:
        w = max(0.0, min(float(im["x1"]), float(page.width)) - max(float(im["x0"]), 0.0))
        h = max(0.0, min(float(im["bottom"]), float(page.height)) - max(float(im["top"]), 0.0))
        covered = max(covered, w * h)
    if covered < 0.4 * area:
        return False
    return not chars or not text_layer_usable(page)


_WORDLIKE = re.compile(r"^[^\W\d_]{2,}$|^\d[\d.,%]*$")


def text_layer_usable(page) -> bool:
    """True when the page's own text layer is worth reading: enough characters, and, for an
    invisible layer (render mode 3, left by an earlier OCR), mostly word-like tokens."""
    chars = page.chars
    if len(chars) < 20:
        return False
    invisible = sum(1 for c in chars[:2000] if _is_invisible(c))
    if invisible < 0.8 * min(len(chars), 2000):
        return True
    words = page.extract_text(x_tolerance=2).split()
    if not words:
        return False
    good = sum(1 for w in words if _WORDLIKE.match(w.strip(".,;:()[]\"'")))
    return good >= 0.6 * len(words)


def _is_invisible(char: dict) -> bool:
    # pdfminer keeps the text render mode on the graphics state of the char's object
    state = char.get("graphicstate") or {}
    mode = getattr(state, "textstate", None)
    render = getattr(mode, "render", None) if mode is not None else char.get("render_mode")
    return render == 3


# ------------------------------------------------------------------------------- synthetic page


#: Creator of the synthetic page PDFs: the section rules know such a page's sizes are measured on an
#: image (:func:`app.extract.sections.features.page_features` marks its features ``"ocr"``).
SYNTHETIC_CREATOR = "Briefing Builder OCR page"

#: Words read with less confidence than this are marks of a graphic, a stamp or a rule as often as
#: text: the synthetic page lists their boxes (:func:`synthetic_page_info`), with those of "lines" whose
#: words lie on several baselines (a column of marks), and the section rules leave them out (the
#: tables keep them, flagged by their cell confidence).
DOUBTFUL_CONFIDENCE = 0.3

#: A line whose stroke is this many times the page's regular stroke is bold. Regular text faces have
#: stems of about 0.09 em, bold ones about 0.14 em (measured on the scanned samples: body 0.088-0.095,
#: bold headings 0.132-0.146).
BOLD_STROKE_RATIO = 1.3
#: The regular stroke assumed when a page has too little text to tell (a cover, a chart).
REGULAR_STROKE = 0.09


def synthetic_page_info(page) -> dict[str, list] | None:
    """For a synthetic page (:func:`synthetic_pdf`, read by pdfplumber): ``doubtful``, the boxes
    (x0, top, x1, bottom in points) of the words the section rules should leave out, ``sizes``,
    each measured word's box and type size in points (x0, top, x1, bottom, size), and ``gutters``,
    the column gutters the words proved (x0, top, x1, bottom in points); None for any other page."""
    try:
        metadata = getattr(getattr(page, "pdf", None), "metadata", None) or {}
        if metadata.get("Creator") != SYNTHETIC_CREATOR:
            return None
        data = json.loads(metadata.get("Subject") or "{}")
        return {key: [tuple(float(v) for v in box) for box in data.get(key, [])] for key in ("doubtful", "sizes", "gutters")}
    except Exception:
        return None


def regular_stroke(words: list[OcrWord]) -> float:
    """The page's regular stroke: the median stroke of its letters (most text on a page is regular),
    never above ``REGULAR_STROKE`` * 1.1 so that a page set mostly in bold still shows its bold."""
    weighted = sorted((w.stroke, len(w.text)) for w in words if w.stroke > 0)
    total = sum(n for _s, n in weighted)
    if total < 200:
        return REGULAR_STROKE
    acc = 0
    for stroke, n in weighted:
        acc += n
        if acc >= total / 2:
            return min(stroke, REGULAR_STROKE * 1.1)
    return REGULAR_STROKE


def synthetic_pdf(ocr: OcrPage, page_width: float, page_height: float) -> bytes:
    """A one-page PDF of the page's size with the recognised words drawn where they are on the
    straightened scan (each word stretched to its box's width) and the ruled lines found in the
    image: a born-digital page the rules read unchanged. Words are drawn at the size their line's box
    heights give (what the table rules were tuned on), in Helvetica-Bold when the stroke measured on
    the image (:func:`measure_type`) is ``BOLD_STROKE_RATIO`` times the page's regular one; the sizes
    measured on the image and the doubtful words go with the page (:func:`synthetic_page_info`) for the
    section rules."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    sx = page_width / ocr.width_px
    sy = page_height / ocr.height_px
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(page_width, page_height), invariant=1)
    c.setCreator(SYNTHETIC_CREATOR)
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for word in ocr.words:
        lines.setdefault(word.line, []).append(word)
    stacked = {id(w) for members in lines.values() if _stacked(members) for w in members}
    doubtful = [[round(v, 1) for v in (w.box[0] * sx, w.box[1] * sy, w.box[2] * sx, w.box[3] * sy)]
                for w in ocr.words if w.confidence < DOUBTFUL_CONFIDENCE or id(w) in stacked or _too_narrow(w)]
    # The measured sizes travel beside the drawing, not in it: the table rules read the words at the
    # size their boxes give (the measured em, about 7% larger, moved table rows on the samples' scans)
    sizes = [[round(v, 1) for v in (w.box[0] * sx, w.box[1] * sy, w.box[2] * sx, w.box[3] * sy, w.em * sy)]
             for w in ocr.words if w.em > 0]
    # the gutters too: the words keep the engine's line in the drawing, and a heading read on into a
    # box's title beside it would be one segment for the section rules
    gutters = [[round(v, 1) for v in (x0 * sx, top * sy, x1 * sx, bottom * sy)] for x0, x1, top, bottom in ocr.gutters]
    c.setSubject(json.dumps({"doubtful": doubtful, "sizes": sizes, "gutters": gutters}, separators=(",", ":")))
    # panels first, as a born-digital page paints them under its text: the section rules tell a
    # box's title from a heading by the fill around it
    for x0, y0, x1, y1, level in ocr.fills:
        c.setFillGray(level / 255.0)
        c.rect(x0 * sx, page_height - y1 * sy, (x1 - x0) * sx, (y1 - y0) * sy, stroke=0, fill=1)
    c.setFillGray(0)
    c.setLineWidth(0.6)
    for x0, y0, x1, y1 in ocr.lines:
        c.line(x0 * sx, page_height - y0 * sy, x1 * sx, page_height - y1 * sy)
    regular = regular_stroke(ocr.words)
    drawn = []
    for members in lines.values():
        # Not measured: the median word box height (most words have no descender) is about the cap
        # height, 0.72 em in Helvetica.
        heights = sorted(w.box[3] - w.box[1] for w in members)
        unmeasured = max(3.0, min(72.0, heights[len(heights) // 2] * sy / 0.72))
        own = sorted(w.box[3] for w in members)[len(members) // 2] * sy
        drawn.append([members, unmeasured, own, own])
    _common_baselines(drawn)
    for members, unmeasured, baseline, own in drawn:
        for word in members:
            size = unmeasured
            font = "Helvetica-Bold" if word.em > 0 and word.stroke >= BOLD_STROKE_RATIO * regular else "Helvetica"
            x0, _top, x1, bottom = word.box
            natural = stringWidth(word.text, font, size)
            width = (x1 - x0) * sx
            if natural <= 0:
                continue
            text = c.beginText()
            text.setFont(font, size)
            text.setHorizScale(max(30.0, min(300.0, 100.0 * width / natural)))
            # words with a descender have a lower box bottom: keep the line's common baseline. A word
            # is on it when it sat on the line's own baseline: moved to a line beside it, the line's
            # words without a descender ("4." before "Expand emergency") fell out of the tolerance
            # and were drawn a row apart from the rest
            y = page_height - (baseline if abs(bottom * sy - own) < 0.4 * size else bottom * sy)
            text.setTextOrigin(x0 * sx, y)
            text.textOut(word.text)
            c.drawText(text)
    c.showPage()
    c.save()
    return buf.getvalue()


#: How far apart, in ems, the measured baselines of text lines side by side may be and still be one
#: baseline: a baseline read from word boxes is off by a descender's depth (0.21 em), a pixel row
#: or what straightening left of the skew, while the lines of one column are a full line apart.
BASELINE_PRECISION = 0.3


def _common_baselines(drawn: list[list]) -> None:
    """Put text lines whose measured baselines lie within ``BASELINE_PRECISION`` em of each other on
    one baseline (their median), in place (``[members, size, baseline, ...]`` items). The engine makes
    separate lines of the cells of one table row when the gutter between them is wide; on a
    born-digital page those cells share one baseline, and the table rules read that as one row."""
    order = sorted(range(len(drawn)), key=lambda i: drawn[i][2])
    group: list[int] = []
    for i in order + [None]:
        if i is not None and group and drawn[i][2] - drawn[group[0]][2] <= BASELINE_PRECISION * min(
                drawn[i][1], drawn[group[0]][1]):
            group.append(i)
            continue
        if len(group) > 1:
            common = sorted(drawn[k][2] for k in group)[len(group) // 2]
            for k in group:
                drawn[k][2] = common
        group = [i] if i is not None else []


@dataclass
class ScannedPage:
    """A page recognised by OCR: ``page`` is a pdfplumber page of the synthetic PDF (same size as
    the original), ``confidence(text, bbox)`` the lowest confidence of the words in a box."""

    page: Any
    ocr: OcrPage
    scale: tuple[float, float]
    _pdf: Any = None
    _doc: Any = None

    def word_confidences(self) -> list[tuple[tuple[float, float, float, float], float, str]]:
        sx, sy = self.scale
        return [((w.box[0] * sx, w.box[1] * sy, w.box[2] * sx, w.box[3] * sy), w.confidence, w.text)
                for w in self.ocr.words]

    def confidence_in(self, bbox: tuple[float, float, float, float]) -> float | None:
        """Lowest confidence of the recognised words whose centre lies in ``bbox`` (top-based)."""
        x0, top, x1, bottom = bbox
        found = [c for (bx0, btop, bx1, bbottom), c, _t in self.word_confidences()
                 if x0 <= (bx0 + bx1) / 2 <= x1 and top <= (btop + bbottom) / 2 <= bottom]
        return min(found) if found else None

    def close(self) -> None:
        try:
            self.page.close()
        finally:
            if self._doc is not None:
                from app.source.pdf import PDFIUM_LOCK

                with PDFIUM_LOCK:
                    self._doc.close()
            if self._pdf is not None:
                self._pdf.close()


def scan_resolution(page) -> int:
    """The resolution to read a page at: its largest image's own (rendering finer adds no
    information, only time), kept between 200 and ``OCR_DPI``."""
    best = 0.0
    for im in page.images:
        width_pt = float(im.get("width") or 0)
        src = im.get("srcsize") or (0, 0)
        if width_pt > 0 and src and src[0]:
            best = max(best, float(src[0]) / width_pt * 72.0)
    if not best:
        return OCR_DPI
    return int(max(200, min(OCR_DPI, round(best))))


def render_for_ocr(page, dpi: int | None = None):
    """The page as a PIL image (pypdfium2, through the document pdfplumber opened)."""
    from app.source.pdf import PDFIUM_LOCK

    with PDFIUM_LOCK:  # pdfium is not thread-safe: the GUI renders pages on another thread
        return page.to_image(resolution=dpi or scan_resolution(page), antialias=True).original


def scan_page(page, dpi: int | None = None) -> ScannedPage:
    """OCR a pdfplumber page with no usable text layer into a page the rules can read."""
    import pdfplumber

    dpi = dpi or scan_resolution(page)
    image = render_for_ocr(page, dpi)
    ocr = recognise(image, dpi)
    if ocr.rotation in (90, 270):
        width, height = float(page.height), float(page.width)
    else:
        width, height = float(page.width), float(page.height)
    data = synthetic_pdf(ocr, width, height)
    pdf = pdfplumber.open(io.BytesIO(data))
    page, doc = _synthetic_page(data, pdf)
    return ScannedPage(page=page, ocr=ocr, scale=(width / ocr.width_px, height / ocr.height_px),
                       _pdf=pdf, _doc=doc)


def _synthetic_page(data: bytes, pdf) -> tuple[Any, Any]:
    """The synthetic page read by the page source born-digital pages are read by (pdfium by default:
    pdfminer parsing its ~2,000 characters cost 0.3-0.6 CPU s per page), with the pdfplumber
    document for its metadata; pdfplumber's own page when pdfium is not the source or fails."""
    from app.source.pagesource import PdfiumPage, default_source
    from app.source.pdf import PDFIUM_LOCK

    if default_source() == "pdfium":
        doc = None
        try:
            import pypdfium2 as pdfium

            with PDFIUM_LOCK:
                doc = pdfium.PdfDocument(data)
                return PdfiumPage(doc[0], 1, plumber=lambda: pdf.pages[0], reference=pdf.pages[0]), doc
        except Exception:
            if doc is not None:
                with PDFIUM_LOCK:
                    doc.close()
    return pdf.pages[0], None


def mark_tables(tables, scanned: ScannedPage) -> None:
    """Mark tables read from a scan: ``source = "ocr"`` and each cell's ``confidence``, the lowest of
    the recognised words the cell's text is made of. Words are matched to cells column by column
    (the table's column separators), top to bottom, by their text."""
    words = scanned.word_confidences()
    for table in tables:
        table.source = "ocr"
        x0, top, x1, bottom = table.bbox
        inside = [(box, conf, text) for box, conf, text in words
                  if x0 - 2 <= (box[0] + box[2]) / 2 <= x1 + 2 and top - 2 <= (box[1] + box[3]) / 2 <= bottom + 2]
        edges = [x0] + sorted(table.columns or []) + [x1]
        if len(edges) - 1 != table.n_cols:
            edges = None
        by_col: dict[int, list] = {}
        for box, conf, text in sorted(inside, key=lambda w: (w[0][1], w[0][0])):
            centre = (box[0] + box[2]) / 2
            col = None
            if edges:
                for i in range(table.n_cols):
                    if edges[i] - 2 <= centre <= edges[i + 1] + 2:
                        col = i
                        break
            by_col.setdefault(col, []).append((conf, text))
        for cell in table.cells:
            cell.confidence = None
        cells_by_col: dict[int | None, list] = {}
        for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
            key = cell.col if edges else None
            cells_by_col.setdefault(key, []).append(cell)
        for key, cells in cells_by_col.items():
            pending = list(by_col.get(key, [])) if edges else list(by_col.get(None, [])) + [
                w for k, ws in by_col.items() if k is not None for w in ws]
            for cell in cells:
                tokens = cell.text.split()
                found = []
                for token in tokens:
                    for i, (conf, text) in enumerate(pending):
                        if text == token:
                            found.append(conf)
                            del pending[i]
                            break
                if found:
                    cell.confidence = min(found)
        # a table read from a scan is no surer than its words: the user checks the doubtful ones first
        read = [c.confidence for c in table.cells if c.confidence is not None]
        if read:
            word_level = sorted(read)[len(read) // 10]  # the tenth percentile: a few bad cells count
            before = table.confidence if table.confidence is not None else 1.0
            table.confidence = round(min(before, word_level), 3)
            if word_level <= 0.9 * before and "ocr_words" not in table.doubts:
                table.doubts = ["ocr_words"] + table.doubts  # words the OCR was unsure of
