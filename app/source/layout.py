"""Shared, cached access to a pdfplumber page's words and lines.

Table detection and the section tree both need the page's words with their font name and size.
Extracting words is the most expensive step per page, so it is done once and cached on the page
object; every extractor calls :func:`page_words` instead of ``page.extract_words`` directly.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

WORD_OPTIONS: dict[str, Any] = {
    "keep_blank_chars": False,
    "use_text_flow": False,
    "extra_attrs": ["fontname", "size", "non_stroking_color"],
    "x_tolerance": 1.5,
    "y_tolerance": 2.5,
}


#: A gap wider than this fraction of the type size parts two words even where it is narrower than
#: ``x_tolerance`` (a word space is 0.22-0.28 em; letters of one word touch).
SPACE_RATIO = 0.2


def page_words(page) -> list[dict[str, Any]]:
    """Words of the page (pdfplumber dicts with fontname and size), computed once per page."""
    cached = getattr(page, "_bb_words", None)
    if cached is None:
        cached = split_tight(page.extract_words(**WORD_OPTIONS), page.chars)
        page._bb_words = cached
    return cached


def split_tight(words: list[dict[str, Any]], chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Words in small type split at their spaces. ``x_tolerance`` (1.5 pt) is wider than a word
    space below 7.5 pt (0.2 em): in a 5 pt table whose PDF draws no space characters, "BAIN, J
    MATTHEW" came out as one word "BAIN,JMATTHEW". A word in type smaller than that is cut where
    the gap between two of its characters is wider than ``SPACE_RATIO`` of the type size. Words
    whose characters cannot be found again as they are (ligatures expanded) are kept whole."""
    limit = WORD_OPTIONS["x_tolerance"] / SPACE_RATIO
    small = [i for i, w in enumerate(words) if w.get("upright", True) and (w.get("size") or limit) < limit
             and len(w["text"]) > 2]
    if not small:
        return words
    buckets: dict[int, list[dict[str, Any]]] = {}
    for c in chars:
        if c.get("upright", True) and (c.get("size") or limit) < limit and not c["text"].isspace():
            buckets.setdefault(int(c["top"]), []).append(c)
    out = list(words)
    for i in reversed(small):
        w = words[i]
        size = w["size"]
        mine = [c for k in range(int(w["top"]), int(w["bottom"]) + 1) for c in buckets.get(k, ())
                if c["x0"] >= w["x0"] - 0.01 and c["x1"] <= w["x1"] + 0.01 and c["top"] >= w["top"] - 0.01
                and c["bottom"] <= w["bottom"] + 0.01 and c["size"] == size and c["fontname"] == w["fontname"]]
        mine.sort(key=_X0)
        if "".join(_LIGATURES.get(c["text"], c["text"]) for c in mine) != w["text"]:
            continue
        cuts = [k for k in range(1, len(mine)) if mine[k]["x0"] > mine[k - 1]["x1"] + SPACE_RATIO * size]
        if not cuts:
            continue
        pieces = [mine[a:b] for a, b in zip([0, *cuts], [*cuts, len(mine)])]
        out[i:i + 1] = [_word_of(piece, w) for piece in pieces]
    return out


def _word_of(chars: list[dict[str, Any]], whole: dict[str, Any]) -> dict[str, Any]:
    """A piece of the word ``whole`` made of some of its characters."""
    x0 = min(c["x0"] for c in chars)
    x1 = max(c["x1"] for c in chars)
    top = min(c["top"] for c in chars)
    bottom = max(c["bottom"] for c in chars)
    return {**whole, "text": "".join(_LIGATURES.get(c["text"], c["text"]) for c in chars), "x0": x0, "x1": x1,
            "top": top, "bottom": bottom, "doctop": whole["doctop"] + (top - whole["top"]),
            "width": x1 - x0, "height": bottom - top}



# ------------------------------------------------------------------------------------ faster words
#
# pdfplumber's word extractor, for the options above only, as one loop: the same clusters, order,
# splits and dicts (its generators and per-character method calls with keyword arguments cost more
# than the grouping itself). The pdfium page source uses it; tests/test_layout_words.py checks it
# against pdfplumber's on drawn and real pages.

_LIGATURES = {"\ufb00": "ff", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb01": "fi", "\ufb02": "fl", "\ufb06": "st",
              "\ufb05": "st"}
_X0 = itemgetter("x0")
_TOP_BOTTOM = itemgetter("top", "bottom")


def _clusters(chars: list[dict[str, Any]], key: str, tolerance: float) -> list[list[dict[str, Any]]]:
    """pdfplumber's ``cluster_objects(chars, key, tolerance)``: values chained within the tolerance,
    clusters in value order, characters in their order within a cluster."""
    values = sorted({c[key] for c in chars})
    index: dict[float, int] = {}
    k = 0
    last = values[0]
    for v in values:
        if v > last + tolerance:
            k += 1
        index[v] = k
        last = v
    groups: list[list[dict[str, Any]]] = [[] for _ in range(k + 1)]
    for c in chars:
        groups[index[c[key]]].append(c)
    return groups


def extract_words(chars: list[dict[str, Any]], **options) -> list[dict[str, Any]]:
    """``pdfplumber.utils.extract_words(chars, **options)``, faster for :data:`WORD_OPTIONS`
    (any other options are passed to pdfplumber)."""
    if options != WORD_OPTIONS:
        from pdfplumber.utils import extract_words as plumber_words

        return plumber_words(chars, **options)
    from itertools import groupby

    x_tol, y_tol = WORD_OPTIONS["x_tolerance"], WORD_OPTIONS["y_tolerance"]
    lig = _LIGATURES.get
    out: list[dict[str, Any]] = []
    append = out.append

    def merge(word: list[dict[str, Any]]) -> None:  # a sideways word (rare): a pass of its own
        first = word[0]
        upright = first["upright"]
        x0, top, x1, bottom = first["x0"], first["top"], first["x1"], first["bottom"]
        for c in word:
            if c["x0"] < x0:
                x0 = c["x0"]
            if c["top"] < top:
                top = c["top"]
            if c["x1"] > x1:
                x1 = c["x1"]
            if c["bottom"] > bottom:
                bottom = c["bottom"]
        append({
            "text": "".join(lig(c["text"], c["text"] or "") for c in word),
            "x0": x0, "x1": x1, "top": top, "doctop": top + (first["doctop"] - first["top"]),
            "bottom": bottom, "upright": upright, "height": bottom - top, "width": x1 - x0,
            "direction": "ltr" if upright else "ttb", "fontname": first["fontname"], "size": first["size"],
            "non_stroking_color": first["non_stroking_color"],
        })

    for _, group in groupby(chars, itemgetter("upright", "fontname", "size", "non_stroking_color")):
        group = list(group)
        if group[0]["upright"]:
            # lines by top, left to right within a line. One pass: a word's box and text grow with
            # each character (the same comparisons, in the same order, as pdfplumber's merge)
            for line in _clusters(group, "top", y_tol):
                line.sort(key=_X0)
                first = None
                texts: list[str] = []
                x0 = top = x1 = bottom = p_x0 = p_x1 = p_top = 0.0
                for c in line:
                    text = c["text"]
                    if text.isspace() or text == "":
                        if first is not None:
                            append({
                                "text": "".join(texts), "x0": x0, "x1": x1, "top": top,
                                "doctop": top + (first["doctop"] - first["top"]), "bottom": bottom,
                                "upright": first["upright"], "height": bottom - top, "width": x1 - x0,
                                "direction": "ltr" if first["upright"] else "ttb", "fontname": first["fontname"],
                                "size": first["size"], "non_stroking_color": first["non_stroking_color"],
                            })
                            first = None
                        if text == "":  # pdfplumber's split_at_punctuation test ('' in ''): a word of its own
                            merge([c])
                        continue
                    c_x0, c_top = c["x0"], c["top"]
                    if first is not None and (c_x0 < p_x0 or c_x0 > p_x1 + x_tol or abs(c_top - p_top) > y_tol):
                        append({
                            "text": "".join(texts), "x0": x0, "x1": x1, "top": top,
                            "doctop": top + (first["doctop"] - first["top"]), "bottom": bottom,
                            "upright": first["upright"], "height": bottom - top, "width": x1 - x0,
                            "direction": "ltr" if first["upright"] else "ttb", "fontname": first["fontname"],
                            "size": first["size"], "non_stroking_color": first["non_stroking_color"],
                        })
                        first = None
                    p_x0, p_x1, p_top = c_x0, c["x1"], c_top
                    if first is None:
                        first = c
                        texts = [lig(text, text)]
                        x0, top, x1, bottom = c_x0, c_top, p_x1, c["bottom"]
                    else:
                        texts.append(lig(text, text))
                        if c_x0 < x0:
                            x0 = c_x0
                        if c_top < top:
                            top = c_top
                        if p_x1 > x1:
                            x1 = p_x1
                        c_bottom = c["bottom"]
                        if c_bottom > bottom:
                            bottom = c_bottom
                if first is not None:
                    append({
                        "text": "".join(texts), "x0": x0, "x1": x1, "top": top,
                        "doctop": top + (first["doctop"] - first["top"]), "bottom": bottom,
                        "upright": first["upright"], "height": bottom - top, "width": x1 - x0,
                        "direction": "ltr" if first["upright"] else "ttb", "fontname": first["fontname"],
                        "size": first["size"], "non_stroking_color": first["non_stroking_color"],
                    })
            continue
        # sideways: lines by x0, top to bottom within a line
        for line in _clusters(group, "x0", x_tol):
            line.sort(key=_TOP_BOTTOM)
            word: list[dict[str, Any]] = []
            for c in line:
                text = c["text"]
                if text.isspace():
                    if word:
                        merge(word)
                        word = []
                elif text == "":  # pdfplumber's split_at_punctuation test ('' in ''): a word of its own
                    if word:
                        merge(word)
                    merge([c])
                    word = []
                elif word:
                    p = word[-1]
                    cx = c["top"]
                    if cx < p["top"] or cx > p["bottom"] + y_tol or abs(c["x0"] - p["x0"]) > x_tol:
                        merge(word)
                        word = [c]
                    else:
                        word.append(c)
                else:
                    word = [c]
            if word:
                merge(word)
    return out


# ---------------------------------------------------------------------------------- faster parsing
#
# pdfplumber turns every pdfminer layout object into a dict (``Page.process_object``), resolving
# every attribute recursively even when it is a plain number or string: that is a third of the time
# of reading a page. The replacement below builds exactly the same dicts, skipping the recursive
# resolution for plain values. It is installed only when pdfplumber's method is the very one it was
# written against (its source hash), so a pdfplumber upgrade falls back to pdfplumber's own code.

_PROCESS_OBJECT_SHA = "2c1945c25dc4d6b4"
_SIMPLE = frozenset({int, float, str, bool, type(None)})
_KINDS: dict[type, str] = {}


def _fast_process_object(self, obj):  # same result as pdfplumber.page.Page.process_object
    import re
    from unicodedata import normalize as normalize_unicode

    from pdfminer.layout import LTChar, LTCurve, LTTextContainer
    from pdfplumber.page import ALL_ATTRS, fix_fontname_bytes, lt_pat
    from pdfplumber.utils import resolve_all, resolve_and_decode

    cls = obj.__class__
    kind = _KINDS.get(cls)
    if kind is None:
        kind = _KINDS[cls] = re.sub(lt_pat, "", cls.__name__).lower()
    attr: dict[str, Any] = {}
    for k, v in obj.__dict__.items():
        if k in ALL_ATTRS:
            t = type(v)
            if t in _SIMPLE or (t is tuple and all(type(x) in _SIMPLE for x in v)):
                attr[k] = v
            else:
                attr[k] = resolve_all(v)
    attr["object_type"] = kind
    attr["page_number"] = self.page_number
    for cs in ("ncs", "scs"):
        if hasattr(obj, cs):
            attr[cs] = resolve_and_decode(getattr(obj, cs).name)
    if isinstance(obj, (LTChar, LTTextContainer)):
        text = obj.get_text()
        attr["text"] = normalize_unicode(self.pdf.unicode_norm, text) if self.pdf.unicode_norm is not None else text
    if isinstance(obj, LTChar):
        gs = obj.graphicstate
        attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
        attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
        if isinstance(attr["fontname"], bytes):  # pragma: no cover - rare
            attr["fontname"] = fix_fontname_bytes(attr["fontname"])
    elif isinstance(obj, LTCurve):
        attr["pts"] = list(map(self.point2coord, attr["pts"]))
        attr["path"] = [(cmd, *map(self.point2coord, pts)) for cmd, *pts in obj.original_path]
        attr["dash"] = obj.dashing_style
    mb_x0, mb_top = self.mediabox[:2]
    if "y0" in attr:
        attr["top"] = (self.height - attr["y1"]) + mb_top
        attr["bottom"] = (self.height - attr["y0"]) + mb_top
        attr["doctop"] = self.initial_doctop + attr["top"]
    if "x0" in attr and mb_x0 != 0:
        attr["x0"] = attr["x0"] + mb_x0
        attr["x1"] = attr["x1"] + mb_x0
    return attr


def install_fast_parsing() -> bool:
    """Use :func:`_fast_process_object` for pdfplumber pages; False when pdfplumber's method is
    not the one it reproduces (then nothing changes)."""
    import hashlib
    import inspect

    from pdfplumber.page import Page

    if Page.process_object is _fast_process_object:
        return True
    try:
        source = inspect.getsource(Page.process_object)
    except (OSError, TypeError):
        return False
    if hashlib.sha256(source.encode()).hexdigest()[:16] != _PROCESS_OBJECT_SHA:
        return False
    Page._bb_original_process_object = Page.process_object
    Page.process_object = _fast_process_object
    return True


install_fast_parsing()
