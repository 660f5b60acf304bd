"""Page furniture and flowables for the sample documents (reportlab platypus).

Every flowable that matters for the ground truth records where it was drawn (page, box in PDF
points) in a :class:`Recorder`, so the generator can write the truth from the layout it actually
produced instead of guessing it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph

# ------------------------------------------------------------------------------------------ fonts

REGULAR, BOLD, ITALIC, BOLD_ITALIC = "NotoSans", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"


def register_fonts(font_dir: Path) -> None:
    from reportlab.lib.fonts import addMapping

    for name, file in ((REGULAR, "NotoSans-Regular.ttf"), (BOLD, "NotoSans-Bold.ttf"),
                       (ITALIC, "NotoSans-Italic.ttf"), (BOLD_ITALIC, "NotoSans-BoldItalic.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(font_dir / file)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)


def text_width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def ascent_descent(font: str, size: float) -> tuple[float, float]:
    a, d = pdfmetrics.getAscentDescent(font, size)
    return a, d  # d is negative


# ----------------------------------------------------------------------------------------- colours

IOM_BLUE = colors.HexColor("#0033A0")
IOM_MID = colors.HexColor("#1E65B4")
IOM_LIGHT = colors.HexColor("#5B92E5")
IOM_PALE = colors.HexColor("#EAF1FB")
IOM_TEAL = colors.HexColor("#0F7C8C")
INK = colors.HexColor("#222222")
GREY = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#8CA3C9")
FRAMEWORK_COLOURS = [colors.HexColor(c) for c in ("#0033A0", "#4C7DD1", "#9CB8EA", "#0F7C8C", "#F2A71B", "#C94F2C")]


# --------------------------------------------------------------------------------------- recorder


@dataclass
class Draw:
    """One flowable (or a split part of one) drawn on a page."""

    kind: str  # "heading", "body", "table", "caption", "pull_quote", "chart", "photo"
    key: str
    seq: int  # position of the source block in the story
    page: int
    x: float
    y: float  # bottom, reportlab coordinates
    width: float
    height: float
    extra: dict = field(default_factory=dict)


class Recorder:
    def __init__(self) -> None:
        self.draws: list[Draw] = []
        self.page_furniture: list[dict] = []
        self.page_templates: dict[int, str] = {}

    def reset(self) -> None:
        self.draws = []
        self.page_furniture = []
        self.page_templates = {}

    def add(self, draw: Draw) -> None:
        self.draws.append(draw)


REC = Recorder()


def _page(canvas) -> int:
    return canvas.getPageNumber()


# ------------------------------------------------------------------------------------- paragraphs


class RecordedParagraph(Paragraph):
    """A paragraph whose drawn parts are recorded. ``key``/``seq``/``kind`` survive splitting."""

    kind = "body"

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for p in parts:
            p.key = getattr(self, "key", "")
            p.seq = getattr(self, "seq", -1)
            p.kind = self.kind
            p.info = getattr(self, "info", {})
        return parts

    def drawOn(self, canvas, x, y, _sW=0):
        widths = self.getActualLineWidths0() if hasattr(self, "blPara") else [self.width]
        st = self.style
        REC.add(Draw(self.kind, getattr(self, "key", ""), getattr(self, "seq", -1), _page(canvas), x, y,
                     self.width, self.height,
                     {"text_width": max(widths or [0]), "lines": len(widths), "font_size": st.fontSize,
                      "leading": st.leading, "font": st.fontName, **getattr(self, "info", {})}))
        super().drawOn(canvas, x, y, _sW)


def para(text: str, style: ParagraphStyle, kind: str, key: str = "", seq: int = -1, info: dict | None = None,
         markup: bool = False) -> RecordedParagraph:
    p = RecordedParagraph(text if markup else escape(text), style)
    p.kind = kind
    p.key = key
    p.seq = seq
    p.info = info or {}
    return p


class PullQuote(Flowable):
    """A pull quote: large italic text with a coloured bar on its left and a small attribution."""

    def __init__(self, quote: str, source: str, width_style: ParagraphStyle, source_style: ParagraphStyle,
                 key: str, seq: int) -> None:
        super().__init__()
        self.quote = Paragraph(escape(quote), width_style)
        self.source = Paragraph(escape(source), source_style) if source else None
        self.text = quote + (" " + source if source else "")
        self.key, self.seq = key, seq
        self.spaceBefore, self.spaceAfter = 6, 10

    def wrap(self, aw, ah):
        self._w = aw
        _, h1 = self.quote.wrap(aw - 14, ah)
        h2 = self.source.wrap(aw - 14, ah)[1] if self.source else 0
        self._h1, self._h2 = h1, h2
        self.height = h1 + (h2 + 4 if self.source else 0) + 8
        return aw, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(IOM_LIGHT)
        c.rect(0, 0, 3, self.height, stroke=0, fill=1)
        c.restoreState()
        self.quote.drawOn(c, 14, self.height - 4 - self._h1)
        if self.source:
            self.source.drawOn(c, 14, 4)

    def drawOn(self, canvas, x, y, _sW=0):
        REC.add(Draw("pull_quote", self.key, self.seq, _page(canvas), x, y, self._w, self.height, {"text": self.text}))
        super().drawOn(canvas, x, y, _sW)


# ------------------------------------------------------------------------------------------ photo


_PHOTO_CACHE: dict[tuple[int, int, int], bytes] = {}


def landscape(width: float, height: float, variant: int):
    """A stylised landscape as a small JPEG-like raster image (PIL), standing in for a photograph:
    real publications embed photos as images, not as vector shapes that a table detector could
    mistake for ruling lines. Deterministic for a given size and variant."""
    import io

    from PIL import Image, ImageDraw

    px_w = 420
    px_h = max(60, int(round(px_w * height / width)))
    key = (px_w, px_h, variant % 8)
    if key in _PHOTO_CACHE:
        return io.BytesIO(_PHOTO_CACHE[key])
    palettes = [
        ("#DCE8F7", "#B9D0EE", "#7FA6DC", "#3F6FB5", "#1C3F7A", "#F6C453"),
        ("#F5E6D3", "#EBCFAE", "#D2A679", "#A0704A", "#5E3F2B", "#FFF1C9"),
        ("#E3F1EE", "#C4E2DB", "#8CC5B8", "#3E8E85", "#1F5550", "#FBE7A1"),
        ("#EDE7F3", "#D6CBE6", "#A996C9", "#6E5A9A", "#3C2F5E", "#F7D6A8"),
    ]
    v = variant % 8
    hexes = palettes[v % len(palettes)]
    rgb = [tuple(int(h[i:i + 2], 16) for i in (1, 3, 5)) for h in hexes]
    sky1, sky2, hill1, hill2, hill3, sun = rgb
    img = Image.new("RGB", (px_w, px_h), sky1)
    d = ImageDraw.Draw(img)
    for yy in range(px_h):  # sky gradient, lighter at the top
        t = yy / max(1, px_h - 1)
        d.line([(0, yy), (px_w, yy)], fill=tuple(int(a + (b - a) * t) for a, b in zip(sky1, sky2)))
    r = px_h * 0.11
    cx, cy = px_w * (0.25 + 0.5 * ((v * 37) % 10) / 10), px_h * 0.28
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=sun)
    for k, col in enumerate((hill1, hill2, hill3)):
        base = px_h * (0.45 + 0.17 * k)
        pts = [(0, px_h)]
        for xs in range(0, px_w + 1, 6):
            phase = xs / px_w * 6 + v * 1.7 + k * 2.3
            pts.append((xs, base - px_h * 0.08 * math.sin(phase * 1.3) - px_h * 0.03 * math.sin(phase * 3.1)))
        pts.append((px_w, px_h))
        d.polygon(pts, fill=col)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=82, optimize=False, progressive=False)
    _PHOTO_CACHE[key] = buf.getvalue()
    return io.BytesIO(_PHOTO_CACHE[key])


class Photo(Flowable):
    """A stylised landscape standing in for a photograph (the sample ships no real photos)."""

    def __init__(self, width: float, height: float, variant: int, key: str = "", seq: int = -1) -> None:
        super().__init__()
        self.w, self.h, self.variant = width, height, variant
        self.key, self.seq = key, seq
        self.spaceBefore, self.spaceAfter = 4, 3

    def wrap(self, aw, ah):
        self.w = min(self.w, aw)
        return self.w, self.h

    def draw(self):
        from reportlab.lib.utils import ImageReader

        self.canv.drawImage(ImageReader(landscape(self.w, self.h, self.variant)), 0, 0, self.w, self.h)

    def drawOn(self, canvas, x, y, _sW=0):
        REC.add(Draw("photo", self.key, self.seq, _page(canvas), x, y, self.w, self.h))
        super().drawOn(canvas, x, y, _sW)


# ------------------------------------------------------------------------------------------ chart


class StackedBarChart(Flowable):
    """Horizontal stacked bars by country and framework column, with a legend (as in the appeal)."""

    def __init__(self, labels: list[str], values: list[list[float]], legend: list[str], width: float,
                 key: str = "", lost: bool = False) -> None:
        super().__init__()
        self.labels, self.values, self.legend = labels, values, legend
        self.lost = lost  # labels printed with lost characters on purpose
        self.w = width
        self.key, self.seq = key, -1
        self.label_w = 128
        self.size = 6.4
        self.lines = [_wrap(lbl, REGULAR, self.size, self.label_w - 6)[:2] for lbl in labels]
        self.pitch = [11.0 if len(ls) == 1 else 15.0 for ls in self.lines]
        self.legend_h = 18
        self.axis_h = 16
        self.h = self.legend_h + sum(self.pitch) + self.axis_h + 4
        self.spaceBefore, self.spaceAfter = 4, 10

    def wrap(self, aw, ah):
        self.w = min(self.w, aw)
        return self.w, self.h

    def _scale(self) -> tuple[float, float]:
        top = max(sum(v) for v in self.values) or 1
        mag = 10 ** int(math.floor(math.log10(top)))
        for step in (1, 2, 2.5, 5, 10):
            tick = step * mag / 2
            if top / tick <= 6:
                break
        ticks = math.ceil(top / tick)
        return tick, ticks

    def draw(self):
        c = self.canv
        c.saveState()
        # legend
        x = 0.0
        y = self.h - 10
        for i, name in enumerate(self.legend):
            c.setFillColor(FRAMEWORK_COLOURS[i])
            c.rect(x, y - 1, 7, 7, stroke=0, fill=1)
            c.setFillColor(INK)
            c.setFont(REGULAR, 7)
            c.drawString(x + 10, y, name)
            x += 10 + text_width(name, REGULAR, 7) + 14
        plot_x = self.label_w
        plot_w = self.w - self.label_w - 10
        tick, ticks = self._scale()
        full = tick * ticks
        top_y = self.h - self.legend_h
        bottom_y = self.axis_h
        # grid and axis labels
        c.setStrokeColor(colors.HexColor("#D5DCE8"))
        c.setLineWidth(0.4)
        c.setFont(REGULAR, 6)
        c.setFillColor(GREY)
        for t in range(ticks + 1):
            gx = plot_x + plot_w * t / ticks
            c.line(gx, bottom_y, gx, top_y)
            c.drawCentredString(gx, bottom_y - 9, f"{int(tick * t):,}")
        # bars
        y = top_y
        for lines, pitch, vals in zip(self.lines, self.pitch, self.values):
            y -= pitch
            bar_h = 6.5
            by = y + (pitch - bar_h) / 2
            c.setFillColor(INK)
            c.setFont(REGULAR, self.size)
            if len(lines) == 1:
                c.drawRightString(plot_x - 6, by + 1.2, lines[0])
            else:
                c.drawRightString(plot_x - 6, by + 4.6, lines[0])
                c.drawRightString(plot_x - 6, by - 2.6, lines[1])
            bx = plot_x
            for i, v in enumerate(vals):
                if v:
                    seg = plot_w * v / full
                    c.setFillColor(FRAMEWORK_COLOURS[i])
                    c.rect(bx, by, seg, bar_h, stroke=0, fill=1)
                    bx += seg
        c.restoreState()

    def drawOn(self, canvas, x, y, _sW=0):
        REC.add(Draw("chart", self.key, self.seq, _page(canvas), x, y, self.w, self.h,
                     {"legend": list(self.legend), "labels": [" ".join(x) for x in self.lines], "lost": self.lost}))
        super().drawOn(canvas, x, y, _sW)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(text, font, size, width)


# ------------------------------------------------------------------------------------------ tables


@dataclass
class TCell:
    row: int
    col: int
    lines: list[str]  # printed lines (may contain lost characters)
    text: str  # logical text for the truth
    value: float | int | None = None
    row_span: int = 1
    col_span: int = 1
    font: str = REGULAR
    size: float = 7.6
    leading: float = 9.4
    align: str = "right"  # left | right | center
    valign: str = "bottom"  # top | middle | bottom
    color: object = INK
    dots: bool = False  # dot leaders after the last line, to the right edge of the cell


@dataclass
class TableStyleSpec:
    grid: bool = False  # every cell boxed (a ruled table)
    hrules: bool = False  # a rule under every row (ruled, horizontal only)
    header_rule: bool = False  # one thin rule under the header
    total_rule: bool = False  # one thin rule above the Total row
    zebra: bool = False  # light shading of every other body row
    total_band: bool = False  # shaded band behind the Total row
    header_fill: object = None  # background of the header rows
    pad_x: float = 3.0
    pad_y: float = 2.2


class LayoutTable(Flowable):
    """A table drawn string by string, so that every cell's position is known exactly."""

    def __init__(self, key: str, seq: int, col_widths: list[float], n_rows: int, cells: list[TCell],
                 header_rows: int, total_row: int | None, style: TableStyleSpec) -> None:
        super().__init__()
        self.key, self.seq = key, seq
        self.col_widths = col_widths
        self.n_rows = n_rows
        self.cells = cells
        self.header_rows = header_rows
        self.total_row = total_row
        self.st = style
        self.spaceBefore, self.spaceAfter = 2, 4
        self._layout()

    # geometry ---------------------------------------------------------------------------------
    def _cell_block(self, c: TCell) -> float:
        if not c.lines:
            return 0.0
        a, d = ascent_descent(c.font, c.size)
        return (len(c.lines) - 1) * c.leading + a - d

    def _layout(self) -> None:
        for c in self.cells:
            w = sum(self.col_widths[c.col:c.col + c.col_span]) - 2 * self.st.pad_x
            for line in c.lines:
                tw = text_width(line, c.font, c.size)
                if tw > w + 0.01:
                    raise ValueError(f"table {self.key}: {line!r} ({tw:.1f}pt) does not fit its column ({w:.1f}pt)")
        heights = [0.0] * self.n_rows
        for c in self.cells:
            if c.row_span == 1:
                heights[c.row] = max(heights[c.row], self._cell_block(c) + 2 * self.st.pad_y)
        for c in self.cells:
            if c.row_span > 1:
                need = self._cell_block(c) + 2 * self.st.pad_y
                have = sum(heights[c.row:c.row + c.row_span])
                if need > have:
                    heights[c.row + c.row_span - 1] += need - have
        self.row_heights = heights
        self.width = sum(self.col_widths)
        self.height = sum(heights)
        self.col_x = [0.0]
        for w in self.col_widths:
            self.col_x.append(self.col_x[-1] + w)
        self.row_top = [self.height]  # y of each row's top edge, from the table bottom
        for h in heights:
            self.row_top.append(self.row_top[-1] - h)

    def wrap(self, aw, ah):
        return self.width, self.height

    def cell_box(self, c: TCell) -> tuple[float, float, float, float]:
        """(x0, y_bottom, x1, y_top) of a cell, table coordinates."""
        return (self.col_x[c.col], self.row_top[c.row + c.row_span], self.col_x[c.col + c.col_span], self.row_top[c.row])

    def text_boxes(self, c: TCell) -> list[tuple[float, float, float, float, str]]:
        """(x0, y_baseline, x1, size, line) for every printed line of a cell, table coordinates."""
        if not c.lines:
            return []
        x0, yb, x1, yt = self.cell_box(c)
        a, d = ascent_descent(c.font, c.size)
        block = self._cell_block(c)
        p = self.st.pad_y
        if c.valign == "top":
            first = yt - p - a
        elif c.valign == "middle":
            first = (yt + yb) / 2 + block / 2 - a
        else:
            first = yb + p - d + (len(c.lines) - 1) * c.leading
        out = []
        for i, line in enumerate(c.lines):
            base = first - i * c.leading
            tw = text_width(line, c.font, c.size)
            if c.align == "left":
                lx = x0 + self.st.pad_x
            elif c.align == "center":
                lx = (x0 + x1) / 2 - tw / 2
            else:
                lx = x1 - self.st.pad_x - tw
            out.append((lx, base, lx + tw, c.size, line))
        return out

    # drawing ----------------------------------------------------------------------------------
    def draw(self):
        cv = self.canv
        st = self.st
        cv.saveState()
        if st.header_fill is not None and self.header_rows:
            cv.setFillColor(st.header_fill)
            cv.rect(0, self.row_top[self.header_rows], self.width, self.height - self.row_top[self.header_rows],
                    stroke=0, fill=1)
        if st.zebra:
            cv.setFillColor(IOM_PALE)
            for r in range(self.header_rows, self.n_rows):
                if r == self.total_row:
                    continue
                if (r - self.header_rows) % 2 == 1:
                    cv.rect(0, self.row_top[r + 1], self.width, self.row_heights[r], stroke=0, fill=1)
        if st.total_band and self.total_row is not None:
            cv.setFillColor(colors.HexColor("#D9E4F5"))
            r = self.total_row
            cv.rect(0, self.row_top[r + 1], self.width, self.row_heights[r], stroke=0, fill=1)
        cv.setStrokeColor(RULE if not st.grid else colors.HexColor("#6F7F99"))
        cv.setLineWidth(0.5)
        if st.header_rule and self.header_rows:
            y = self.row_top[self.header_rows]
            cv.line(0, y, self.width, y)
        if st.total_rule and self.total_row is not None:
            y = self.row_top[self.total_row]
            cv.line(0, y, self.width, y)
        if st.hrules:
            for r in range(self.n_rows + 1):
                cv.setLineWidth(0.9 if r in (0, self.header_rows, self.n_rows) else 0.4)
                cv.line(0, self.row_top[r], self.width, self.row_top[r])
        if st.grid:
            cv.setLineWidth(0.5)
            for c in self.cells:
                x0, yb, x1, yt = self.cell_box(c)
                cv.rect(x0, yb, x1 - x0, yt - yb, stroke=1, fill=0)
            cv.setLineWidth(1.0)
            cv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        for c in self.cells:
            cv.setFillColor(c.color)
            cv.setFont(c.font, c.size)
            boxes = self.text_boxes(c)
            for lx, base, _, _, line in boxes:
                cv.drawString(lx, base, line)
            if c.dots and boxes:
                lx, base, rx, _, _ = boxes[-1]
                x1 = self.col_x[c.col + c.col_span] - self.st.pad_x
                step = text_width(". ", c.font, c.size)
                start = rx + text_width(" ", c.font, c.size)
                n = int((x1 - start) // step)
                if n > 0:
                    cv.drawString(start, base, ". " * (n - 1) + ".")
        cv.restoreState()

    def drawOn(self, canvas, x, y, _sW=0):
        REC.add(Draw("table", self.key, self.seq, _page(canvas), x, y, self.width, self.height))
        super().drawOn(canvas, x, y, _sW)

