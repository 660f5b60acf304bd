"""Right-to-left paragraphs (Arabic) for the PDF exporter.

reportlab lays out a paragraph in the order of its characters. Putting a whole paragraph into visual
order first (bidi) and letting reportlab wrap it would reverse the order of its *lines*: the end of the
paragraph would come out on top. So an RTL paragraph is wrapped here, in logical order, on the widths of
the shaped glyphs, and each line is then put into visual order on its own and drawn right-aligned.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from .fonts import ARABIC, MAIN, _cmaps, register_fonts, rich_visual_line, shape_logical


def _width(text: str, size: float, bold: bool) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    main = MAIN + ("-Bold" if bold else "")
    arabic = ARABIC + ("-Bold" if bold else "")
    cmap = _cmaps[MAIN]
    total = 0.0
    run, run_font = "", None
    for ch in text:
        font = main if ord(ch) in cmap or ch.isspace() else arabic
        if font != run_font and run:
            total += stringWidth(run, run_font, size)
            run = ""
        run_font = font
        run += ch
    if run:
        total += stringWidth(run, run_font, size)
    return total


def wrap_logical(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy word wrap of shaped logical-order text into lines no wider than ``width``."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and _width(candidate, size, bold) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


class RtlParagraph(Flowable):
    """A paragraph of mostly right-to-left text whose lines stay in reading order."""

    def __init__(self, text: str, style, bold: bool = False) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.bold = bold
        self._inner: Paragraph | None = None

    def _build(self, width: float) -> Paragraph:
        logical = shape_logical(self.text)
        lines = wrap_logical(logical, width, self.style.fontSize, self.bold)
        markup = "<br/>".join(rich_visual_line(line, bold=self.bold) for line in lines)
        return Paragraph(markup, self.style)

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self._inner = self._build(availWidth)
        self._avail_width = availWidth
        return self._inner.wrap(availWidth, availHeight)

    def split(self, availWidth, availHeight):  # noqa: N803
        inner = self._inner if self._inner is not None else self._build(availWidth)
        return inner.split(availWidth, availHeight)

    def draw(self) -> None:
        assert self._inner is not None
        self._inner.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self):  # noqa: N802
        return self.style.spaceBefore

    def getSpaceAfter(self):  # noqa: N802
        return self.style.spaceAfter
