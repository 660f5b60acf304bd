"""Bundled Unicode fonts for the PDF exporter, and safe rich text for reportlab paragraphs.

Noto Sans (Latin with all accents, Greek, Cyrillic, Vietnamese) and Noto Sans Arabic ship in
``resources/fonts`` with their licence (``OFL.txt``). :func:`rich` turns source text into paragraph
markup that is always escaped (``<b>`` in a source shows literally) and switches to the Arabic font for
runs the main font has no glyphs for. Arabic runs are shaped (contextual letter forms) and put in
visual order with ``arabic-reshaper`` and ``python-bidi`` when they are installed; without them the
letters still render (no missing-glyph boxes), unjoined.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from xml.sax.saxutils import escape

from .common import strip_control

FONT_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"

MAIN = "BBSans"
ARABIC = "BBArabic"
FILES = {
    MAIN: "NotoSans-Regular.ttf",
    MAIN + "-Bold": "NotoSans-Bold.ttf",
    MAIN + "-Italic": "NotoSans-Italic.ttf",
    MAIN + "-BoldItalic": "NotoSans-BoldItalic.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC + "-Bold": "NotoSansArabic-Bold.ttf",
}

_lock = threading.Lock()
_registered = False
_cmaps: dict[str, set[int]] = {}

_ARABIC_LETTER = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_ARABIC_RUN = re.compile(
    f"[{_ARABIC_LETTER}]+(?:[\\s\u060c\u061b\u061f\u066a-\u066d.,:;!?()\\-/0-9\u0660-\u0669]+[{_ARABIC_LETTER}]+)*"
)


class FontError(RuntimeError):
    pass


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (once per process)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, filename in FILES.items():
            path = FONT_DIR / filename
            if not path.is_file():
                raise FontError(f"The bundled font {filename} is missing from {FONT_DIR}; reinstall Briefing Builder.")
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            _cmaps[name] = set(font.face.charToGlyph)
        for family, bold in ((MAIN, MAIN + "-Bold"), (ARABIC, ARABIC + "-Bold")):
            italic = MAIN + "-Italic" if family == MAIN else family
            bold_italic = MAIN + "-BoldItalic" if family == MAIN else bold
            addMapping(family, 0, 0, family)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, italic)
            addMapping(family, 1, 1, bold_italic)
        _registered = True


def covers(font: str, ch: str) -> bool:
    register_fonts()
    return ord(ch) in _cmaps[font]


def font_file(font_name: str) -> Path | None:
    """The bundled file of a font as named in a PDF ("AAAAAA+NotoSans-Regular") or as registered
    here ("BBSans-Bold"); None when it is not one of ours (for tests checking glyph coverage)."""
    base = font_name.split("+", 1)[-1]
    filename = FILES.get(base)
    if filename is None and (FONT_DIR / f"{base}.ttf").is_file():
        filename = f"{base}.ttf"
    return FONT_DIR / filename if filename else None


def _shape(run: str) -> str:
    try:
        import arabic_reshaper
        from bidi import get_display
    except ImportError:
        return run
    try:
        return get_display(arabic_reshaper.reshape(run))
    except Exception:  # a shaping bug must not lose the text
        return run


def shape_logical(text: str) -> str:
    """Arabic letters in their contextual forms, still in logical (reading) order."""
    try:
        import arabic_reshaper
    except ImportError:
        return text
    try:
        return arabic_reshaper.reshape(text)
    except Exception:  # a shaping bug must not lose the text
        return text


def rich_visual_line(line: str, bold: bool = False) -> str:
    """Markup for ONE line of shaped, logical-order, mostly right-to-left text: the whole line is put
    into visual order (so Latin words and numbers inside it land in the right place), escaped, and
    characters the main font lacks are drawn with the Arabic font."""
    register_fonts()
    line = strip_control(line)
    try:
        from bidi import get_display

        visual = get_display(line, base_dir="R")
    except Exception:
        visual = line
    markup = _fallback(visual, _cmaps[MAIN], _cmaps[ARABIC], ARABIC + ("-Bold" if bold else ""))
    return f"<b>{markup}</b>" if bold else markup


def has_rtl(text: str) -> bool:
    return bool(re.search(f"[{_ARABIC_LETTER}\u0590-\u05ff]", text or ""))


def mostly_rtl(text: str) -> bool:
    letters = [ch for ch in text or "" if ch.isalpha()]
    if not letters:
        return False
    rtl = sum(1 for ch in letters if re.match(f"[{_ARABIC_LETTER}\u0590-\u05ff]", ch))
    return rtl > len(letters) / 2


def rich(text: str, bold: bool = False, italic: bool = False) -> str:
    """Paragraph markup for plain source text: escaped, Arabic runs shaped and in the Arabic font,
    other characters the main font lacks tried in the Arabic font."""
    register_fonts()
    text = strip_control(text)
    out: list[str] = []
    pos = 0
    arabic_font = ARABIC + ("-Bold" if bold else "")
    main_cmap = _cmaps[MAIN]
    ar_cmap = _cmaps[ARABIC]
    for m in _ARABIC_RUN.finditer(text):
        out.append(_fallback(text[pos : m.start()], main_cmap, ar_cmap, arabic_font))
        shaped = _shape(m.group(0))
        out.append(f'<font name="{arabic_font}">{escape(shaped)}</font>')
        pos = m.end()
    out.append(_fallback(text[pos:], main_cmap, ar_cmap, arabic_font))
    markup = "".join(out)
    if bold:
        markup = f"<b>{markup}</b>"
    if italic:
        markup = f"<i>{markup}</i>"
    return markup


#: marks of a matrix or a workplan the bundled fonts lack ("■", a cell told by its shading alone;
#: "✓", "●"): drawn in the PDF's standard ZapfDingbats (no file to ship; reportlab maps these
#: characters to its codes), not as missing-glyph boxes
DINGBATS = "ZapfDingbats"
_DINGBAT_MARKS = frozenset("■●◆✓✔✗✘▲▼")


def _fallback(text: str, main_cmap: set[int], ar_cmap: set[int], arabic_font: str) -> str:
    if not text:
        return ""
    parts: list[str] = []
    buf = ""
    font = None  # None: the main font
    for ch in text:
        if ch.isspace() or ord(ch) in main_cmap:
            want = None
        elif ord(ch) in ar_cmap:
            want = arabic_font
        elif ch in _DINGBAT_MARKS:
            want = DINGBATS
        else:
            want = None
        if want != font and buf:
            parts.append(f'<font name="{font}">{escape(buf)}</font>' if font else escape(buf))
            buf = ""
        font = want
        buf += ch
    if buf:
        parts.append(f'<font name="{font}">{escape(buf)}</font>' if font else escape(buf))
    return "".join(parts)


def needs_markup(text: str) -> bool:
    """True when a plain string cell cannot be drawn with the main font alone."""
    register_fonts()
    cmap = _cmaps[MAIN]
    return any(ord(ch) not in cmap and not ch.isspace() for ch in text or "")


def plain(text: str) -> str:
    """Text for a plain (markup-free) table cell: control characters removed."""
    return strip_control(text)
