"""Shared, cached access to a pdfplumber page's words and lines.

Table detection and the section tree both need the page's words with their font name and size.
Extracting words is the most expensive step per page, so it is done once and cached on the page
object; every extractor calls :func:`page_words` instead of ``page.extract_words`` directly.
"""

from __future__ import annotations

from typing import Any

WORD_OPTIONS: dict[str, Any] = {
    "keep_blank_chars": False,
    "use_text_flow": False,
    "extra_attrs": ["fontname", "size", "non_stroking_color"],
    "x_tolerance": 1.5,
    "y_tolerance": 2.5,
}


def page_words(page) -> list[dict[str, Any]]:
    """Words of the page (pdfplumber dicts with fontname and size), computed once per page."""
    cached = getattr(page, "_bb_words", None)
    if cached is None:
        cached = page.extract_words(**WORD_OPTIONS)
        page._bb_words = cached
    return cached


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
