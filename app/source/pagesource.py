"""Where a page's characters, strokes and pictures come from.

Every rule (tables, section features) reads a page through the same small surface, the one of a
pdfplumber page: ``chars``, ``lines``, ``rects``, ``curves``, ``images`` (pdfplumber dicts),
``width``, ``height``, ``bbox``, ``page_number``, ``extract_words(**options)``, ``annots`` and
``pdf`` (links of the section features), ``close()``. Two sources provide it:

* ``"pdfminer"``: pdfplumber's own page (pdfminer.six parses the content stream in Python). The
  reference: every rule was written and tuned against it.
* ``"pdfium"``: :class:`PdfiumPage`, built from pdfium's text page and page objects through
  pypdfium2's raw API (native parsing, about ten times faster). It produces the same dicts, in the
  same frame and order, so words are grouped by pdfplumber's own word extractor.

:class:`PageSource` opens a document once for a worker and hands out pages of the chosen source;
a page pdfium cannot read (or one whose frame it does not reproduce: a rotated page, a media box
not at the origin) comes from pdfminer instead. Where the two sources differ, and why pdfium is the
default, is written in docs/extraction.md.
"""

from __future__ import annotations

import ctypes
import gc
import math
import os
import re
import struct
from contextlib import contextmanager
from typing import Any, Iterator

#: The sources, the reference last.
SOURCES = ("pdfium", "pdfminer")
#: Chosen by measurement (docs/extraction.md); ``BRIEFING_PAGE_SOURCE`` overrides it for benchmarks.
DEFAULT_SOURCE = "pdfium"


#: How pdfium marks a hyphen ending a line: U+FFFE in a page's text, U+0002 asked character by character.
_HYPHEN_MARKS = frozenset(("\ufffe", "\x02"))


def default_source() -> str:
    value = os.environ.get("BRIEFING_PAGE_SOURCE", "").strip().lower()
    return value if value in SOURCES else DEFAULT_SOURCE


@contextmanager
def collector_paused() -> Iterator[None]:
    """No garbage collection while one page is read or extracted: what a page makes is freed by
    reference counting when it ends (reading it makes no cycle: tests/test_pagesource.py), so the
    passes its allocations would trigger mid-page find nothing, walking every live object of the
    page to find it. A collection left due runs at the next allocation after the page. A collector
    someone else turned off stays off (and one paused already is left to whoever paused it)."""
    pause = gc.isenabled()
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if pause:
            gc.enable()


from app.source.pdf import PDFIUM_LOCK, pdfium_boxes  # noqa: E402 - one lock for every pdfium call of the process

#: what ``str.isspace`` holds true (all below U+3001), and NUL: pdfium's generated characters
_BLANK = frozenset("\x00" + "".join(c for c in map(chr, range(0x3001)) if c.isspace()))

#: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms
_RTL = re.compile("[\u0590-\u07ff\u0860-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


class PdfiumUnsupported(Exception):
    """This page is read by pdfminer instead (the reason is the message)."""


# ------------------------------------------------------------------------------------- raw calls

_raw = None


def _bind():
    """pypdfium2's raw functions, with handle arguments and results as plain addresses: a text
    page holds thousands of characters, and converting every handle to a ctypes pointer object
    would cost more than the calls themselves."""
    global _raw
    if _raw is not None:
        return _raw
    import pypdfium2.raw as r

    vp, ci, cd = ctypes.c_void_p, ctypes.c_int, ctypes.c_double

    def fn(name, restype, *argtypes):
        return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(getattr(r, name), vp).value)

    class B:
        r_ = r
        CountChars = fn("FPDFText_CountChars", ci, vp)
        GetText = fn("FPDFText_GetText", ci, vp, ci, ci, vp)
        GetUnicode = fn("FPDFText_GetUnicode", ctypes.c_uint, vp, ci)
        IsGenerated = fn("FPDFText_IsGenerated", ci, vp, ci)
        GetTextObject = fn("FPDFText_GetTextObject", vp, vp, ci)
        GetLooseCharBox = fn("FPDFText_GetLooseCharBox", ci, vp, ci, vp)
        GetCharBox = fn("FPDFText_GetCharBox", ci, vp, ci, vp, vp, vp, vp)
        GetCharOrigin = fn("FPDFText_GetCharOrigin", ci, vp, ci, vp, vp)
        GetFontSize = fn("FPDFText_GetFontSize", cd, vp, ci)
        GetMatrix = fn("FPDFText_GetMatrix", ci, vp, ci, vp)
        TextObjGetFont = fn("FPDFTextObj_GetFont", vp, vp)
        TextObjGetRenderMode = fn("FPDFTextObj_GetTextRenderMode", ci, vp)
        FontGetIsEmbedded = fn("FPDFFont_GetIsEmbedded", ci, vp)
        FontGetDescent = fn("FPDFFont_GetDescent", ci, vp, ctypes.c_float, vp)
        FontGetBaseFontName = fn("FPDFFont_GetBaseFontName", ctypes.c_size_t, vp, vp, ctypes.c_size_t)
        FontGetGlyphWidth = fn("FPDFFont_GetGlyphWidth", ci, vp, ctypes.c_uint32, ctypes.c_float, vp)
        ObjGetType = fn("FPDFPageObj_GetType", ci, vp)
        ObjGetMatrix = fn("FPDFPageObj_GetMatrix", ci, vp, vp)
        ObjGetFillColor = fn("FPDFPageObj_GetFillColor", ci, vp, vp, vp, vp, vp)
        ObjGetStrokeColor = fn("FPDFPageObj_GetStrokeColor", ci, vp, vp, vp, vp, vp)
        ObjGetStrokeWidth = fn("FPDFPageObj_GetStrokeWidth", ci, vp, vp)
        PageCountObjects = fn("FPDFPage_CountObjects", ci, vp)
        PageGetObject = fn("FPDFPage_GetObject", vp, vp, ci)
        FormCountObjects = fn("FPDFFormObj_CountObjects", ci, vp)
        FormGetObject = fn("FPDFFormObj_GetObject", vp, vp, ctypes.c_ulong)
        PathCountSegments = fn("FPDFPath_CountSegments", ci, vp)
        PathGetPathSegment = fn("FPDFPath_GetPathSegment", vp, vp, ci)
        SegGetPoint = fn("FPDFPathSegment_GetPoint", ci, vp, vp, vp)
        SegGetType = fn("FPDFPathSegment_GetType", ci, vp)
        SegGetClose = fn("FPDFPathSegment_GetClose", ci, vp)
        PathGetDrawMode = fn("FPDFPath_GetDrawMode", ci, vp, vp, vp)

    # The four calls made for every character go through cffi where it is installed (it comes with
    # pdfminer.six's cryptography): a call costs about two thirds of a ctypes one (0.28 against 0.43
    # microseconds measured), and a page has thousands of characters. Same functions, same results.
    # The types are built with cffi's backend directly: cffi's FFI() would first import its C parser
    # (about 20 ms, on every worker's first page). 64-bit only, like the measurements.
    B.ffi = None
    try:
        import _cffi_backend as cb

        if ctypes.sizeof(ctypes.c_void_p) != 8:
            raise ImportError("ctypes on 32-bit systems")
        c_void_p = cb.new_pointer_type(cb.new_void_type())
        c_int = cb.new_primitive_type("int")
        c_float_p = cb.new_pointer_type(cb.new_primitive_type("float"))
        c_double_p = cb.new_pointer_type(cb.new_primitive_type("double"))

        def cf(name, restype, *argtypes):
            return cb.cast(cb.new_function_type(argtypes, restype, 0), ctypes.cast(getattr(r, name), vp).value)

        B.c_GetTextObject = cf("FPDFText_GetTextObject", c_void_p, c_void_p, c_int)
        B.c_GetLooseCharBox = cf("FPDFText_GetLooseCharBox", c_int, c_void_p, c_int, c_float_p)
        B.c_GetCharOrigin = cf("FPDFText_GetCharOrigin", c_int, c_void_p, c_int, c_double_p, c_double_p)
        B.c_IsGenerated = cf("FPDFText_IsGenerated", c_int, c_void_p, c_int)
        B.c_GetCharBox = cf("FPDFText_GetCharBox", c_int, c_void_p, c_int, c_double_p, c_double_p, c_double_p,
                            c_double_p)
        # the four calls made for every segment of a path (a page of ruled tables has thousands)
        B.c_PathGetPathSegment = cf("FPDFPath_GetPathSegment", c_void_p, c_void_p, c_int)
        B.c_SegGetPoint = cf("FPDFPathSegment_GetPoint", c_int, c_void_p, c_float_p, c_float_p)
        B.c_SegGetType = cf("FPDFPathSegment_GetType", c_int, c_void_p)
        B.c_SegGetClose = cf("FPDFPathSegment_GetClose", c_int, c_void_p)
        B.c_handle = lambda address: cb.cast(c_void_p, address)
        B.c_floats4 = lambda t=cb.new_array_type(c_float_p, 4): cb.newp(t, None)
        B.c_doubles2 = lambda t=cb.new_array_type(c_double_p, 2): cb.newp(t, None)
        B.c_doubles4 = lambda t=cb.new_array_type(c_double_p, 4): cb.newp(t, None)
        B.c_address = lambda obj, t=cb.new_primitive_type("uintptr_t"): int(cb.cast(t, obj))
        B.ffi = cb
    except Exception:  # no cffi: ctypes for every call
        pass
    B.segments_at = _segment_layout(B)
    _raw = B
    return B


#: a path's points as pdfium keeps them (``CFX_Path::Point``): x, y (floats), the segment's type and
#: whether it closes its figure (a byte each), padded to 12 bytes
_POINT = struct.Struct("<ffBB2x")


def _segment_layout(raw) -> bool:
    """Whether a path's segments can be read as one block of :data:`_POINT` records from its first
    segment's address (what ``FPDFPathSegment_GetPoint``, ``GetType`` and ``GetClose`` read, one call
    each per segment: a ruled page has a thousand segments). Checked once on a path drawn here with
    every kind of segment, read both ways; where the layout differs the segments are read by call."""
    r = raw.r_
    try:
        path = r.FPDFPageObj_CreateNewPath(1.5, 2.25)
        if not path:
            return False
        try:
            r.FPDFPath_LineTo(path, 3.125, -4.5)
            r.FPDFPath_BezierTo(path, 5.0, 6.0, 7.0, 8.0, 9.5, 10.75)
            r.FPDFPath_Close(path)
            r.FPDFPath_MoveTo(path, 11.0, 12.0)
            r.FPDFPath_LineTo(path, 13.0, 14.0)
            address = ctypes.cast(path, ctypes.c_void_p).value
            n = raw.PathCountSegments(address)
            if n != 7:
                return False
            segs = [raw.PathGetPathSegment(address, k) for k in range(n)]
            if not segs[0] or any(segs[k] != segs[0] + k * _POINT.size for k in range(n)):
                return False
            by_call = []
            f = _FLOATS()
            for seg in segs:
                if not raw.SegGetPoint(seg, ctypes.addressof(f), ctypes.addressof(f) + 4):
                    return False
                by_call.append((f[0], f[1], raw.SegGetType(seg), 1 if raw.SegGetClose(seg) else 0))
            by_block = list(_POINT.iter_unpack(ctypes.string_at(segs[0], n * _POINT.size)))
            return by_block == by_call and [t for _x, _y, t, _c in by_call] == [
                _MOVETO, _LINETO, _BEZIERTO, _BEZIERTO, _BEZIERTO, _MOVETO, _LINETO] \
                and [c for *_p, c in by_call] == [0, 0, 0, 0, 1, 0, 0]
        finally:
            r.FPDFPageObj_Destroy(path)
    except Exception:  # any surprise: read by call
        return False


def _address(handle) -> int:
    # the pointer's value read in place: ctypes.cast would put the handle in its own keep-alive dict,
    # a reference cycle per page left to the garbage collector
    return ctypes.c_void_p.from_buffer(handle).value or 0


# Made once: ctypes builds a new type each time ``c_float * 8`` is evaluated, and every type is a
# reference cycle, left to the garbage collector (ten a page).
_FLOATS, _DOUBLES, _INTS, _UINTS = ctypes.c_float * 8, ctypes.c_double * 6, ctypes.c_int * 2, ctypes.c_uint * 4
_DOUBLES4 = ctypes.c_double * 4
_NAME = ctypes.c_char * 256


class _Scratch:
    """Out-parameters of the raw calls, allocated once per page, passed as plain addresses."""

    def __init__(self) -> None:
        self.f = _FLOATS()  # points, rectangles, matrices, widths
        self.d = _DOUBLES()  # origins, tight boxes
        self.i = _INTS()  # draw modes
        self.u = _UINTS()  # colours
        f, d, i, u = (ctypes.addressof(x) for x in (self.f, self.d, self.i, self.u))
        self.f0, self.f1 = f, f + 4
        self.d0, self.d1 = d, d + 8
        self.d2, self.d3, self.d4, self.d5 = d + 16, d + 24, d + 32, d + 40
        self.i0, self.i1 = i, i + 4
        self.u0, self.u1, self.u2, self.u3 = u, u + 4, u + 8, u + 12
        self._point = None

    def c_point(self):
        """Two floats for cffi calls (a path segment's point), made at the first path of the page."""
        if self._point is None:
            self._point = _bind().c_floats4()
        return self._point

    def colour(self):
        u = self.u
        return (u[0] / 255, u[1] / 255, u[2] / 255)

    def matrix(self, raw, obj):
        if raw.ObjGetMatrix(obj, self.f0):
            f = self.f
            return (f[0], f[1], f[2], f[3], f[4], f[5])
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


# page object types (fpdf_edit.h)
_TEXT, _PATH, _IMAGE, _SHADING, _FORM = 1, 2, 3, 4, 5
# path segment types
_LINETO, _BEZIERTO, _MOVETO = 0, 1, 2

#: pdfplumber's attributes of a path object, in its order
_NO_DASH = None


def _points_by_call(sc, path, n, get_seg, get_point, get_type, get_close, cffi: bool) -> list[tuple]:
    """A path's points read one segment at a time (x, y, type, closes), as :data:`_POINT` records
    read in one block would give them; a segment pdfium cannot give is left out."""
    if cffi:
        pf = f0 = sc.c_point()
        f1 = pf + 1
    else:
        pf, f0, f1 = sc.f, sc.f0, sc.f1
    out = []
    for k in range(n):
        seg = get_seg(path, k)
        if not seg or not get_point(seg, f0, f1):
            continue
        out.append((pf[0], pf[1], get_type(seg), get_close(seg)))
    return out


def _mul(m, n):
    """Matrix product m x n (PDF row-vector convention: first m, then n)."""
    a, b, c, d, e, f = m
    A, B_, C, D, E, F = n
    return (a * A + b * C, a * B_ + b * D, c * A + d * C, c * B_ + d * D, e * A + f * C + E, e * B_ + f * D + F)


# ------------------------------------------------------------------------------------------ page


class PdfiumPage:
    """One page read by pdfium, with the attributes of a pdfplumber page that the rules read."""

    source = "pdfium"

    def __init__(self, pdf_page, number: int, doctop: float = 0.0, plumber=None, reference=None) -> None:
        with PDFIUM_LOCK:  # the characters are read here: pdfium calls (re-entered by PageSource.page)
            self._init(pdf_page, number, doctop, plumber, reference)

    def _init(self, pdf_page, number: int, doctop: float, plumber, reference) -> None:
        raw = _bind()
        r = raw.r_
        self._page = pdf_page
        self.page_number = number
        self._plumber = plumber  # a callable giving the pdfplumber page (links), or None
        handle = pdf_page.raw
        if r.FPDFPage_GetRotation(handle) % 4:
            raise PdfiumUnsupported("rotated page")
        mb, cb = pdfium_boxes(pdf_page)
        if abs(mb[0]) > 1e-3 or abs(mb[1]) > 1e-3:
            raise PdfiumUnsupported("media box not at the origin")
        if any(abs(a - b) > 1e-3 for a, b in zip(mb, cb)):
            raise PdfiumUnsupported("crop box differs from the media box")
        if reference is not None:
            # pdfium may normalise boxes pdfminer takes as written: the frames must agree
            rb = tuple(float(v) for v in reference.mediabox)
            if (getattr(reference, "rotation", 0) or 0) % 360 or any(
                    abs(a - b) > 1e-3 for a, b in zip(rb, (0, 0, mb[2] - mb[0], mb[3] - mb[1]))) \
                    or any(abs(float(a) - b) > 1e-3 for a, b in zip(reference.cropbox, rb)):
                raise PdfiumUnsupported("page boxes read differently by pdfminer")
        self.width = float(mb[2] - mb[0])
        self.height = float(mb[3] - mb[1])
        self.bbox = (0, 0.0, self.width, self.height)
        self.mediabox = self.cropbox = self.bbox
        self.initial_doctop = doctop
        self._page_addr = _address(handle)
        self._objects: dict[str, list] | None = None
        self.chars = self._read_chars()

    # ---- characters ---------------------------------------------------------------------------

    def _read_chars(self) -> list[dict[str, Any]]:
        raw = _bind()
        textpage = self._page.get_textpage()
        self._textpage = textpage
        tp = _address(textpage.raw)
        n = raw.CountChars(tp)
        if n < 0:
            raise PdfiumUnsupported("pdfium could not read the text of this page")
        if n == 0:
            return []
        buf = bytearray(2 * (n + 1))  # not create_string_buffer: a new ctypes type for every length
        got = raw.GetText(tp, 0, n, ctypes.addressof(ctypes.c_char.from_buffer(buf)))
        text = buf[: 2 * max(got - 1, 0)].decode("utf-16-le", errors="replace")
        if len(text) != n:  # characters outside the basic plane: one call per character
            text = None
        elif _RTL.search(text):
            # pdfium puts right-to-left runs in logical order and moves the characters around
            # them; pdfminer keeps the drawing order the rules were tuned on (measured on the
            # tabula and camelot test PDFs: docs/extraction.md)
            raise PdfiumUnsupported("right-to-left text")
        H = self.height
        doctop_adj = self.initial_doctop
        number = self.page_number
        sc = _Scratch()
        name_buf = _NAME()
        objs: dict[Any, tuple | None] = {}
        fonts: dict[int, tuple[str, float | None]] = {}
        out: list[dict[str, Any]] = []
        append = out.append
        ffi = raw.ffi
        if ffi is not None:
            # handles and out-parameters as cffi pointers; text objects come back as such
            handle = raw.c_handle(tp)
            get_obj, get_box, is_gen = raw.c_GetTextObject, raw.c_GetLooseCharBox, raw.c_IsGenerated
            get_origin, get_tight = raw.c_GetCharOrigin, raw.c_GetCharBox
            rect = rect_p = raw.c_floats4()  # FS_RECTF: left, top, right, bottom
            origin = ox_p = raw.c_doubles2()
            oy_p = origin + 1
            tight = t_left = raw.c_doubles4()  # the tight box: left, right, bottom, top
            t_right, t_bottom, t_top = tight + 1, tight + 2, tight + 3
            address = raw.c_address
        else:
            handle = tp
            get_obj, get_box, is_gen = raw.GetTextObject, raw.GetLooseCharBox, raw.IsGenerated
            get_origin, get_tight = raw.GetCharOrigin, raw.GetCharBox
            rect, rect_p = sc.f, sc.f0
            origin, ox_p, oy_p = sc.d, sc.d0, sc.d1
            # the tight box: left, right, bottom, top at indexes 0 to 3 of a view of sc.d from its third value
            tight = _DOUBLES4.from_address(sc.d2)
            t_left, t_right, t_bottom, t_top = sc.d2, sc.d3, sc.d4, sc.d5

            def address(obj):
                return obj or 0
        text_object = self._text_object
        blank = _BLANK
        # The loop runs once per character (thousands a page): what belongs to a text object is
        # unpacked when the object changes, not per character. ``cur`` is the object whose
        # description is unpacked (``unset``: none, never equal to an object, null or not).
        cur = unset = object()
        fontname = size = colour = matrix = mode = drop = across = copy = font = widths = None
        advance = 0.0
        glyph_width = raw.FontGetGlyphWidth
        # per font: each character's advance at type size 1, from the font's widths (None: unknown)
        font_widths: dict[Any, dict[str, float | None]] = {}
        upright = False
        # the previous upright character of the current text object, not yet closed (its dict, origin
        # y, index, x0, x1 and x1 before any trim to its advance): None when there is none
        prev_c = None
        prev_oy = prev_x0 = prev_x1 = prev_right = prev_bottom = 0.0
        prev_i = 0
        letters = enumerate(text) if text is not None else ((i, chr(raw.GetUnicode(tp, i))) for i in range(n))
        for i, u in letters:
            if u in blank and is_gen(handle, i):
                continue  # pdfium's own spaces and line ends between words and lines
            if u in _HYPHEN_MARKS:
                u = "-"  # pdfium marks a hyphen ending a line; pdfminer reads the hyphen itself
            obj = get_obj(handle, i)
            if obj != cur:
                info = objs.get(obj)
                if info is None:
                    # per text object (the first of its characters that pdfium can describe)
                    info = objs[obj] = text_object(raw, sc, tp, i, address(obj), name_buf, fonts)
                    if info is None:
                        cur = unset
                        prev_c = None
                        continue
                fontname, size, colour, matrix, upright, mode, drop, across, font, advance = info
                widths = font_widths.setdefault(font, {}) if advance else None
                cur = obj
                prev_c = None
                # an upright character of this object: a copy of this dict with its own text and box
                # (half the cost of building a dict of eighteen keys; the keys keep their order)
                copy = {
                    "text": "", "fontname": fontname, "size": size, "upright": True, "matrix": matrix,
                    "non_stroking_color": colour, "render_mode": mode, "x0": 0.0, "x1": 0.0, "top": 0.0,
                    "bottom": 0.0, "y0": 0.0, "y1": 0.0, "width": 0.0, "height": 0.0, "doctop": 0.0,
                    "object_type": "char", "page_number": number,
                }.copy
            get_box(handle, i, rect_p)
            get_origin(handle, i, ox_p, oy_p)
            if upright:
                # pdfminer's box: from the origin across the advance, the type size up from the
                # font's descent. pdfium's loose box is that box joined with the glyph's outline,
                # so its sides are taken from the origins (this one's and the next one's)
                x0 = origin[0]
                oy = origin[1]
                one_glyph = prev_c is not None and x0 == prev_x0 and abs(prev_oy - oy) < 1e-3
                if one_glyph and prev_x1 != prev_right:
                    # characters of one glyph (a ligature "ff" read as "f", "f"): the font's width
                    # for one of its characters is not the glyph's, the box stays pdfium's
                    prev_c["x1"] = prev_x1 = prev_right
                    prev_c["width"] = prev_right - prev_x0
                if prev_c is not None and x0 != prev_x1 and prev_x0 <= x0 < prev_x1 + 1e-6 \
                        and abs(prev_oy - oy) < 1e-3:
                    # this glyph starts inside the previous one's box: kerning (the previous box is
                    # its advance, as pdfminer's) or a previous glyph overhanging its advance (the
                    # loose box reaches as far as the outline: its end is then where this one starts).
                    # A glyph starting exactly at the previous box's end changes nothing: no call
                    get_tight(handle, prev_i, t_left, t_right, t_bottom, t_top)
                    if abs(prev_x1 - tight[1]) < 0.01:
                        prev_c["x1"] = x0
                        prev_c["width"] = x0 - prev_x0
                bottom = H - (rect[3] if drop is None else oy + drop)
                right = rect[2]
                x1 = prev_right = right if right > x0 else x0
                if widths is not None and not one_glyph:
                    # a glyph overhanging its advance (TeX's "f"): pdfium's box reaches as far as
                    # the outline, into the gap after the word, and the next word would join it.
                    # pdfminer's box ends at the advance: the font's width for the character. Only
                    # where the box passes that end, and the outline is what reaches the box's side
                    w = widths.get(u, 0.0)
                    if w == 0.0:
                        w = widths[u] = glyph_width(font, ord(u), 1.0, sc.f0) and sc.f[0] or None
                    if w is not None:
                        end = x0 + w * advance
                        if x1 > end + 0.01 and end > x0:
                            if matrix[2] and abs(matrix[2]) <= 0.6 * matrix[3]:
                                # an obliqued face (an upright font slanted by its matrix): the loose
                                # box leans past the advance by a third of an em; its box is its
                                # advance at the baseline, as a true italic's (tables, rule 330)
                                x1 = end
                            else:
                                get_tight(handle, i, t_left, t_right, t_bottom, t_top)
                                if right - tight[1] < 0.01 and tight[0] < end:
                                    x1 = end
                if prev_c is not None and bottom == prev_bottom:
                    # the previous character's line (same object, same bottom): its vertical values
                    # are this one's, only the text and the horizontal ones differ
                    c = prev_c.copy()
                    c["text"] = u
                    c["x0"] = x0
                    c["x1"] = x1
                    c["width"] = x1 - x0
                else:
                    top = bottom - size
                    c = copy()
                    c["text"] = u
                    c["x0"] = x0
                    c["x1"] = x1
                    c["top"] = top
                    c["bottom"] = bottom
                    c["y0"] = H - bottom
                    c["y1"] = H - top
                    c["width"] = x1 - x0
                    c["height"] = bottom - top
                    c["doctop"] = top + doctop_adj
                    prev_bottom = bottom
                prev_c = c
                append(c)
                prev_oy = oy
                prev_i = i
                prev_x0 = x0
                prev_x1 = x1
                continue
            # sideways: along the text pdfium's box; across it the type size from the descent
            # side, as pdfminer does (its "size" is then the box's height: the advance)
            left, right = rect[0], rect[2]
            top, bottom = H - rect[1], H - rect[3]
            if across == "up":  # glyphs' tops point left: the descent is on the right
                x1 = right if drop is None else origin[0] - drop
                x0 = x1 - size
            elif across == "down":
                x0 = left if drop is None else origin[0] + drop
                x1 = x0 + size
            else:
                x0, x1 = left, right
            append({
                "text": u, "fontname": fontname, "size": round(bottom - top, 3), "upright": False,
                "matrix": matrix[:4] + (origin[0], origin[1]), "non_stroking_color": colour,
                "render_mode": mode, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "y0": H - bottom,
                "y1": H - top, "width": x1 - x0, "height": bottom - top, "doctop": top + doctop_adj,
                "object_type": "char", "page_number": number,
            })
            prev_c = None
        return out

    def _text_object(self, raw, sc: _Scratch, tp, i, obj, name_buf, fonts: dict):
        if not obj:
            return None
        font = raw.TextObjGetFont(obj)
        name = ""
        descent = None
        if font:
            # a font's name and descent, read once a page (``fonts``: the page's text objects share
            # their document's fonts)
            known = fonts.get(font)
            if known is None:
                k = raw.FontGetBaseFontName(font, ctypes.addressof(name_buf), 256)
                if k > 1:
                    name = name_buf.raw[: k - 1].decode("latin-1")
                if not raw.FontGetIsEmbedded(font):
                    descent = _standard_descent(name)
                elif raw.FontGetDescent(font, 1.0, sc.f0):
                    # the descent the font declares, as pdfminer places its boxes: pdfium's loose box
                    # reaches down to the glyph's outline where it passes the declared descent ("p",
                    # "g", "y" of fonts declaring a short one), and its neighbours on the baseline
                    # would stand higher, splitting words and lines
                    descent = min(sc.f[0], 0.0)
                fonts[font] = known = (name, descent)
            name, descent = known
        if not raw.GetMatrix(tp, i, sc.f0):
            return None
        a, b, c, d, e, f = sc.f[:6]
        fs = float(raw.GetFontSize(tp, i))
        # pdfplumber's upright test (pdfminer LTChar): a*d > 0 and b*c <= 0
        upright = a * d > 0 and b * c <= 0
        # pdfminer's size: the height of the box of an upright glyph (type size times the vertical
        # scale of the text and graphics matrices), its width for a sideways one
        scale_y = math.hypot(c, d)
        scale_x = math.hypot(a, b)
        size = fs * (scale_y if upright else scale_x) if fs > 0 else 0.0
        colour = sc.colour() if raw.ObjGetFillColor(obj, sc.u0, sc.u1, sc.u2, sc.u3) else None
        mode = raw.TextObjGetRenderMode(obj)
        if mode == 2 and name and "bold" not in name.lower() and raw.ObjGetStrokeWidth(obj, sc.f0) and sc.f[0] > 0:
            # filled and stroked: the bold a word processor makes of a face that has none, named as
            # Acrobat names such fonts ("Arial,Bold"), so it reads as bold wherever weight counts
            name += ",Bold"
        across = None
        if not upright:
            size = fs * scale_y  # the type size across the line, for the box
            if abs(b) > abs(a):
                across = "up" if b > 0 else "down"
        # how far the box's bottom lies below the baseline, when the font's metrics give it
        drop = None if descent is None else descent * size
        # an upright character's advance across the page per unit of the font's width: the type
        # size times the text's horizontal scale (0: not known, or the line is slanted)
        advance = fs * a if font and upright and b == 0 and fs > 0 else 0.0
        return (name, size, colour, (a, b, c, d, e, f), upright, mode, drop, across, font, advance)

    def extract_words(self, **options) -> list[dict[str, Any]]:
        from app.source.layout import extract_words

        return extract_words(self.chars, **options)

    # ---- strokes and pictures -----------------------------------------------------------------

    def _read_objects(self) -> dict[str, list]:
        if self._objects is not None:
            return self._objects
        with PDFIUM_LOCK:
            return self._read_objects_locked()

    def _read_objects_locked(self) -> dict[str, list]:
        if not self._page.raw:
            # closed, or its document was: the handle below points at freed memory (a segfault, or
            # another page's objects)
            raise ValueError(f"page {self.page_number} was closed before its drawings were read")
        raw = _bind()
        found: dict[str, list] = {"line": [], "rect": [], "curve": [], "image": []}
        sc = _Scratch()
        identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        page = self._page_addr
        for j in range(raw.PageCountObjects(page)):
            obj = raw.PageGetObject(page, j)
            if obj:
                self._visit(raw, sc, obj, identity, found)
        self._objects = found
        return found

    def _visit(self, raw, sc: _Scratch, obj, parent, found) -> None:
        # a method, not a closure calling itself: that closure made a reference cycle holding the
        # page and its characters until the next full garbage collection, one per page
        kind = raw.ObjGetType(obj)
        if kind == _PATH:
            self._path(raw, sc, obj, parent, found)
        elif kind == _FORM:
            m = _mul(sc.matrix(raw, obj), parent)
            for j in range(raw.FormCountObjects(obj)):
                child = raw.FormGetObject(obj, j)
                if child:
                    self._visit(raw, sc, child, m, found)
        elif kind == _IMAGE:
            a, b, c, d, e, f = _mul(sc.matrix(raw, obj), parent)
            xs = (e, a + e, c + e, a + c + e)
            ys = (f, b + f, d + f, b + d + f)
            found["image"].append(self._box("image", min(xs), min(ys), max(xs), max(ys)))

    def _box(self, kind: str, x0: float, y0: float, x1: float, y1: float) -> dict[str, Any]:
        H = self.height
        top, bottom = H - y1, H - y0
        return {
            "object_type": kind, "page_number": self.page_number,
            "x0": x0, "y0": y0, "x1": x1, "y1": y1, "width": x1 - x0, "height": y1 - y0,
            "top": top, "bottom": bottom, "doctop": top + self.initial_doctop,
        }

    def _path(self, raw, sc: _Scratch, obj, parent, found) -> None:
        n = raw.PathCountSegments(obj)
        if n <= 0:
            return
        if not raw.PathGetDrawMode(obj, sc.i0, sc.i1):
            return
        fill = sc.i[0] != 0
        stroke = sc.i[1] != 0
        if not fill and not stroke:
            return  # a clipping path or an invisible one: pdfminer reports no painting either
        a, b, c, d, e, f = _mul(sc.matrix(raw, obj), parent)
        ncolor = sc.colour() if raw.ObjGetFillColor(obj, sc.u0, sc.u1, sc.u2, sc.u3) else None
        scolor = sc.colour() if raw.ObjGetStrokeColor(obj, sc.u0, sc.u1, sc.u2, sc.u3) else None
        linewidth = sc.f[0] if raw.ObjGetStrokeWidth(obj, sc.f0) else 0.0
        if raw.ffi is not None:
            get_seg, get_point, get_type, get_close = (raw.c_PathGetPathSegment, raw.c_SegGetPoint,
                                                       raw.c_SegGetType, raw.c_SegGetClose)
            path = raw.c_handle(obj)
            address = raw.c_address
        else:
            get_seg, get_point, get_type, get_close = (raw.PathGetPathSegment, raw.SegGetPoint, raw.SegGetType,
                                                       raw.SegGetClose)
            path = obj

            def address(seg):
                return seg or 0
        points = None
        if raw.segments_at:
            # one block of the path's points where its segments lie one after the other, as pdfium
            # keeps them (checked: the last segment where the first one's address says it is)
            first = address(get_seg(path, 0))
            if first and address(get_seg(path, n - 1)) == first + (n - 1) * _POINT.size:
                points = _POINT.iter_unpack(ctypes.string_at(first, n * _POINT.size))
        if points is None:
            points = _points_by_call(sc, path, n, get_seg, get_point, get_type, get_close, raw.ffi is not None)
        # pdfminer's operators, one subpath at a time: m (starts one), l, c (pdfium gives a curve's three
        # points as three segments: pdfminer keeps one "c" with the end point), h (closes on the start)
        shape: list[str] = []
        pts: list[tuple[float, float]] = []
        curve = 0  # points of the current curve read so far (0: none open)
        started = False  # segments before the first moveto draw nothing (pdfminer drops them)
        for x, y, t, closes in points:
            px, py = a * x + c * y + e, b * x + d * y + f
            if t == _MOVETO:
                if started:
                    self._subpath(shape, pts, fill, stroke, ncolor, scolor, linewidth, found)
                shape, pts = ["m"], [(px, py)]
                started = True
                curve = 0
            elif not started:
                continue
            elif t == _LINETO:
                shape.append("l")
                pts.append((px, py))
                curve = 0
            elif curve:  # the next point of an open curve: the curve ends here so far
                pts[-1] = (px, py)
                curve = curve + 1 if curve < 2 else 0
            else:  # a curve's first point (any other type is read as one too, as before)
                shape.append("c")
                pts.append((px, py))
                curve = 1
            if closes:
                shape.append("h")
                pts.append(pts[0])
                curve = 0
        if started:
            self._subpath(shape, pts, fill, stroke, ncolor, scolor, linewidth, found)

    def _subpath(self, shape_ops, pts, fill, stroke, ncolor, scolor, linewidth, found) -> None:
        shape = "".join(shape_ops)
        if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
            shape = shape[:-2] + "h"
            pts.pop()
        # pdfium closes a subpath on its last point (the 'h' carries no point of its own); a path
        # closed back on its start ('... l(start) h') is pdfminer's '... h'
        if len(shape) > 3 and shape[-2:] == "lh" and _same(pts[-2], pts[0]):
            shape = shape[:-2] + "h"
            pts.pop()
        kind = "curve"
        if shape in ("mlh", "ml"):
            kind = "line"
        elif shape in ("mlllh", "mllll"):
            (x0, y0), (x1, y1), (x2, y2), (x3, y3), p4 = pts
            closed = _same(pts[0], p4)
            square = (_eq(x0, x1) and _eq(y1, y2) and _eq(x2, x3) and _eq(y3, y0)) or (
                _eq(y0, y1) and _eq(x1, x2) and _eq(y2, y3) and _eq(x3, x0))
            if closed and square:
                kind = "rect"
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
        H = self.height
        top, bottom = H - y1, H - y0
        # :meth:`_box`'s keys, then a path's, in one dict (a page of ruled tables has hundreds)
        found[kind].append({
            "object_type": kind, "page_number": self.page_number,
            "x0": x0, "y0": y0, "x1": x1, "y1": y1, "width": x1 - x0, "height": y1 - y0,
            "top": top, "bottom": bottom, "doctop": top + self.initial_doctop,
            "stroke": stroke, "fill": fill, "evenodd": False, "linewidth": linewidth,
            "stroking_color": scolor, "non_stroking_color": ncolor, "dash": None,
            "pts": [(x, H - y) for x, y in (pts if kind != "line" else pts[:2])],
        })

    @property
    def lines(self) -> list[dict[str, Any]]:
        return self._read_objects()["line"]

    @property
    def rects(self) -> list[dict[str, Any]]:
        return self._read_objects()["rect"]

    @property
    def curves(self) -> list[dict[str, Any]]:
        return self._read_objects()["curve"]

    @property
    def images(self) -> list[dict[str, Any]]:
        return self._read_objects()["image"]

    # ---- links (read from the PDF's annotations by pdfplumber: no content stream parsed) ------

    def plumber_page(self):
        """The same page read by pdfplumber (links, and a scanned page's rendering for OCR)."""
        if self._plumber is None:
            raise AttributeError("no pdfplumber page for this pdfium page")
        return self._plumber()

    _plumber_page = plumber_page

    @property
    def annots(self):
        return self._plumber_page().annots

    @property
    def pdf(self):
        return self._plumber_page().pdf

    def close(self) -> None:
        with PDFIUM_LOCK:
            self._close()

    def _close(self) -> None:
        try:
            self._textpage.close()
        except Exception:
            pass
        try:
            self._page.close()
        except Exception:
            pass


_DESCENTS: dict[str, float | None] = {}


def _standard_descent(name: str) -> float | None:
    """The descent (a fraction of the type size, negative) of one of the standard 14 fonts when it
    is not embedded: pdfminer takes it from the fonts' metrics, pdfium from the font it draws in
    their place (a few tenths of a point lower at 10 pt)."""
    if name not in _DESCENTS:
        try:
            from pdfminer.fontmetrics import FONT_METRICS

            metrics = FONT_METRICS.get(name.split("+", 1)[-1])
            _DESCENTS[name] = float(metrics[0]["Descent"]) / 1000 if metrics else None
        except Exception:
            _DESCENTS[name] = None
    return _DESCENTS[name]


def _eq(a: float, b: float) -> bool:
    return abs(a - b) < 1e-3


def _same(p, q) -> bool:
    return _eq(p[0], q[0]) and _eq(p[1], q[1])


# ---------------------------------------------------------------------------------------- source


class PageSource:
    """A document opened once, handing out pages of one source (with the pdfminer fallback).

    ``plumber`` is the open pdfplumber document (always needed: it is the fallback and reads the
    annotations); ``source`` is "pdfium" or "pdfminer".
    """

    def __init__(self, plumber, path: str | os.PathLike, password: str | None = None,
                 source: str | None = None) -> None:
        self.plumber = plumber
        self.source = source or default_source()
        self._pdfium = None
        self.fallbacks: dict[int, str] = {}
        if self.source == "pdfium":
            try:
                import pypdfium2 as pdfium

                with PDFIUM_LOCK:
                    self._pdfium = pdfium.PdfDocument(str(path), password=password or None)
            except Exception as exc:  # pdfium cannot open what pdfminer could: pdfminer reads it all
                self._pdfium = None
                self.fallbacks[0] = f"pdfium could not open the document: {exc}"

    def page(self, number: int):
        """The page (1-based) from the chosen source, or from pdfminer when pdfium cannot read it."""
        plumber_page = None

        def plumber():
            nonlocal plumber_page
            if plumber_page is None:
                plumber_page = self.plumber.pages[number - 1]
            return plumber_page

        if self._pdfium is not None:
            try:
                with PDFIUM_LOCK, collector_paused():
                    pdf_page = self._pdfium[number - 1]
                    try:
                        return PdfiumPage(pdf_page, number, plumber=plumber,
                                          reference=self.plumber.pages[number - 1])
                    except BaseException:
                        # closed here, under the lock, with its text page: left to the garbage
                        # collector, pypdfium2 would close it on whichever thread collects it,
                        # beside another thread's pdfium call (a crash when the GUI extracts in
                        # its own process while it renders)
                        pdf_page.close()
                        raise
            except PdfiumUnsupported as exc:
                self.fallbacks[number] = str(exc)
            except Exception as exc:  # a page pdfium fails on is read by pdfminer
                self.fallbacks[number] = f"pdfium failed: {exc}"
        return plumber()

    def __len__(self) -> int:
        return len(self.plumber.pages)

    def __iter__(self) -> Iterator[tuple[int, Any]]:
        """(number, page) for every page, each closed after its turn."""
        for number in range(1, len(self) + 1):
            page = self.page(number)
            try:
                yield number, page
            finally:
                page.close()

    def close(self) -> None:
        if self._pdfium is not None:
            try:
                with PDFIUM_LOCK:
                    self._pdfium.close()
            except Exception:
                pass
            self._pdfium = None


@contextmanager
def open_pages(path: str | os.PathLike, password: str | None = None,
               source: str | None = None) -> Iterator[PageSource]:
    """``with open_pages(pdf) as pages: for number, page in pages: ...`` (benchmarks, scripts);
    :class:`app.source.pdf.PdfError` with a clear message when the PDF cannot be opened."""
    from app.source.pdf import open_pdf

    with open_pdf(path, password) as plumber:
        pages = PageSource(plumber, path, password, source=source)
        try:
            yield pages
        finally:
            pages.close()


__all__ = ["DEFAULT_SOURCE", "SOURCES", "PageSource", "PdfiumPage", "PdfiumUnsupported", "default_source",
           "open_pages"]
