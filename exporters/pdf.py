"""PDF exporter (reportlab): a briefing pack an organisation can send.

Cover page (title, audience, date, prepared by, logo, notes), contents with page numbers, PDF
bookmarks for every heading, key figures, a bar chart of requirements, section headings and text,
tables with repeated header rows, right-aligned numbers with thousands separators, wide tables on
landscape pages or in smaller type, a sources list, "Page x of y" footers and document metadata.
Bundled Noto fonts (see :mod:`exporters.fonts`); all source text is escaped before it reaches a
paragraph, so "<b>" or "&" in a source appear literally.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from typing import Any

from app.document.messages import N_, Message, fill
from app.document.textfix import GLYPH_BULLETS
from app.packs.pack import Block, Pack, format_date, pages_label
from app.packs.pack_i18n import compact_number, count, format_number, tr
from app.packs.selection import TableView, ViewCell

from . import ExportError, Option, resolve_options
from .common import (IDENTITY_OPTIONS, PROGRESS, Steps, display_text, identity, is_nil, safe_destination,
                     sanitized, sources_label)

#: Width a column needs beyond its text: cell paddings (4 + 4) and 1 pt for rounding, so that a word
#: exactly as wide as its cell does not wrap.
CELL_PAD = 9.0
from .fonts import ARABIC, MAIN, SYMBOLS, covers, mostly_rtl, needs_markup, plain, register_fonts, rich

ACCENT = (0.12, 0.31, 0.47)  # dark blue
ACCENT_HEX = "#1F4E79"
LIGHT_HEX = "#D9E2F3"
GREY_HEX = "#555555"
TOTAL_HEX = "#EEF3FA"

#: A paragraph of section text that is a list item: a bullet, then its text.
_LIST_ITEM = re.compile("^([" + GLYPH_BULLETS + r"–])\s+(\S.*)$", re.S)
#: Bullets Word and most templates give a list's second level.
_INNER_BULLETS = frozenset("◦○▪")


@dataclass
class _Fit:
    landscape: bool
    font_size: float
    widths: list[float]
    #: False when even the smallest type on a landscape page needed the columns squeezed
    fits: bool = True


#: (landscape, type size) tried in turn until a table's columns fit the page width
_ATTEMPTS = [(False, 8.5), (False, 7.5), (True, 8.5), (True, 7.5), (True, 6.5), (True, 5.5)]
#: type size of the column groups a table too wide for any attempt is split into
GROUP_SIZE = 7.5


@dataclass
class _Measure:
    numeric: set[int]
    longest_word: list[float]
    natural: list[float]
    number_w: list[float]


class PdfExporter:
    name = "pdf"
    label = "PDF document"
    extension = ".pdf"
    options = [
        Option("page_size", "choice", "A4", "Paper size.", ("A4", "Letter")),
        Option("contents", "bool", True, "Include the contents page."),
        Option("chart", "bool", True, "Include the requirements chart."),
        *IDENTITY_OPTIONS,
    ]

    def export(self, pack: Pack, destination: Any, options: dict[str, Any] | None = None,
               progress=None) -> None:
        data = self.render(pack, options, progress)
        with safe_destination(destination) as fh:
            fh.write(data)

    # ------------------------------------------------------------------------------------------

    def render(self, pack: Pack, options: dict[str, Any] | None = None, progress=None) -> bytes:
        """The PDF as bytes."""
        try:
            return _Builder(sanitized(pack), resolve_options(self, options, strict=False), progress).build()
        except ExportError:
            raise
        except Exception as exc:  # reportlab layout errors: one clear sentence, not a traceback
            if isinstance(exc, MemoryError):
                raise ExportError(Message.of(N_("Export", "The pack is too large to lay out in the memory "
                                                          "available."))) from exc
            raise ExportError(Message.of(N_("Export", "The PDF could not be laid out ({reason})."),
                                         reason=f"{type(exc).__name__}: {exc}")) from exc


class _Builder:
    def __init__(self, pack: Pack, options: dict[str, Any], progress) -> None:
        register_fonts()
        from reportlab.lib.pagesizes import A4, letter

        self.pack = pack
        self.options = options
        self.progress = progress
        self.page_size = letter if options.get("page_size") == "Letter" else A4
        self.organisation, self.logo = identity(pack, options)
        #: the pack's language: every word written here (not the source's text) is in it
        self.lang = pack.language
        self.margin = 50.0
        self._styles()

    # ---- styles -------------------------------------------------------------------------------

    def _styles(self) -> None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        base = ParagraphStyle("bb-body", fontName=MAIN, fontSize=10, leading=14, spaceAfter=6,
                              textColor=colors.HexColor("#222222"))
        self.body = base
        # list items of section text: the bullet in the margin, wrapped lines under the item's text
        self.items = {(level, ours): ParagraphStyle(
            f"bb-item{level}{ours}", parent=base, leftIndent=12 + 14 * level, bulletIndent=2 + 14 * level,
            spaceAfter=3, bulletFontName=MAIN if ours else SYMBOLS, bulletFontSize=10)
            for level in (False, True) for ours in (False, True)}
        self.body_rtl = ParagraphStyle("bb-body-rtl", parent=base, alignment=TA_RIGHT)
        self.small = ParagraphStyle("bb-small", parent=base, fontSize=8, leading=10, spaceAfter=2,
                                    textColor=colors.HexColor(GREY_HEX))
        self.caption = ParagraphStyle("bb-caption", parent=base, fontName=MAIN + "-Bold", fontSize=10.5,
                                      leading=13, spaceBefore=8, spaceAfter=4,
                                      textColor=colors.HexColor(ACCENT_HEX))
        sizes = {1: (18, 22, 16, 8), 2: (14, 18, 12, 6), 3: (12, 15, 10, 4), 4: (10.5, 13, 8, 3)}
        self.headings = {}
        for level, (size, leading, before, after) in sizes.items():
            self.headings[level] = ParagraphStyle(
                f"bb-h{level}", parent=base, fontName=MAIN + "-Bold", fontSize=size, leading=leading,
                spaceBefore=before, spaceAfter=after, textColor=colors.HexColor(ACCENT_HEX if level < 4 else "#222222"),
                keepWithNext=1,
            )
        self.cover_title = ParagraphStyle("bb-cover-title", parent=base, fontName=MAIN + "-Bold", fontSize=28,
                                          leading=34, textColor=colors.white, spaceAfter=10)
        self.cover_sub = ParagraphStyle("bb-cover-sub", parent=base, fontSize=13, leading=18,
                                        textColor=colors.white)
        self.cover_label = ParagraphStyle("bb-cover-label", parent=base, fontSize=9, leading=12,
                                          textColor=colors.HexColor(GREY_HEX), spaceAfter=0)
        self.cover_value = ParagraphStyle("bb-cover-value", parent=base, fontSize=12, leading=16, spaceAfter=10)
        self.figure_value = ParagraphStyle("bb-fig-value", parent=base, fontName=MAIN + "-Bold", fontSize=16,
                                           leading=20, alignment=TA_LEFT, textColor=colors.HexColor(ACCENT_HEX),
                                           spaceAfter=0)
        self.figure_label = ParagraphStyle("bb-fig-label", parent=base, fontSize=8.5, leading=11, spaceAfter=0)
        self.toc_styles = [
            ParagraphStyle("bb-toc1", parent=base, fontName=MAIN + "-Bold", fontSize=10.5, leading=15,
                           leftIndent=0, firstLineIndent=0),
            ParagraphStyle("bb-toc2", parent=base, fontSize=10, leading=13, leftIndent=14, firstLineIndent=0),
            ParagraphStyle("bb-toc3", parent=base, fontSize=9, leading=12, leftIndent=28, firstLineIndent=0,
                           textColor=colors.HexColor("#444444")),
        ]
        self.center = TA_CENTER

    # ---- document -----------------------------------------------------------------------------

    def build(self) -> bytes:
        from reportlab.lib.pagesizes import landscape
        from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

        pack = self.pack
        meta = pack.metadata
        buffer = io.BytesIO()
        builder = self
        totals = {"used": None, "seen": None, "ok": False}
        self.totals = totals

        class Doc(BaseDocTemplate):
            def afterFlowable(self, flowable):  # noqa: N802 - reportlab's name
                info = getattr(flowable, "_bb_heading", None)
                if info is None:
                    return
                level, title, key, in_toc = info
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(title, key, level - 1, closed=level > 2)
                if in_toc and level <= builder.toc_depth:
                    # the contents page lays the entry out as paragraph markup: escaped like all source text
                    self.notify("TOCEntry", (level - 1, rich(title), self.page, key))

        portrait = self.page_size
        wide = landscape(self.page_size)
        m = self.margin
        doc = Doc(
            buffer,
            pagesize=portrait,
            leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m + 10,
            title=pack.title,
            author=meta.prepared_by or "",
            subject=meta.subject or (self._t("briefing_for", audience=meta.audience) if meta.audience
                                     else pack.filters.describe(lang=self.lang)),
            keywords=", ".join(self._keywords()),
            creator="Briefing Builder",
            producer="Briefing Builder (reportlab)",
        )
        self.doc = doc
        totals["doc"] = doc

        def frame(size, ident):
            return Frame(m, m + 10, size[0] - 2 * m, size[1] - 2 * m - 10, id=ident,
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        doc.addPageTemplates([
            PageTemplate("cover", [frame(portrait, "cover")], onPage=self._draw_cover_page, pagesize=portrait),
            PageTemplate("portrait", [frame(portrait, "body")], onPage=self._draw_page, pagesize=portrait),
            PageTemplate("landscape", [frame(wide, "wide")], onPage=self._draw_page, pagesize=wide),
        ])
        self.frame_width = portrait[0] - 2 * m
        self.frame_width_wide = wide[0] - 2 * m
        self.frame_height = portrait[1] - 2 * m - 10

        n_headings = sum(1 for b in pack.blocks if b.kind in ("heading", "document"))
        self.toc_depth = 3 if n_headings <= 40 else 2
        story = [_PageTotal(totals)] + self._story()
        passes = {"n": 0}

        def on_progress(kind, value):
            if kind == "PASS":
                passes["n"] = value
            elif kind == "PAGE" and self.progress is not None:
                expected = totals.get("used") or 0
                self.progress(value, max(value + 1, expected), fill(PROGRESS["layout"], n=passes["n"]))

        doc.setProgressCallBack(on_progress)
        doc.multiBuild(story, maxPasses=6)
        if self.progress is not None:
            pages = totals.get("used") or 1
            self.progress(pages, pages, PROGRESS["laid_out"])
        return buffer.getvalue()

    def _keywords(self) -> list[str]:
        f = self.pack.filters
        words = list(f.countries) + list(f.regions) + list(f.themes) + list(f.keywords)
        return words or [self._t("briefing_pack").lower()]

    def _t(self, key: str, **values) -> str:
        """Our own words, in the pack's language."""
        return tr(self.lang, key, **values)

    # ---- page decoration ----------------------------------------------------------------------

    def _draw_page(self, canv, doc) -> None:
        from reportlab.lib import colors

        width, height = canv._pagesize
        canv.saveState()
        canv.setStrokeColor(colors.HexColor(LIGHT_HEX))
        canv.setLineWidth(0.8)
        canv.line(self.margin, height - self.margin + 14, width - self.margin, height - self.margin + 14)
        canv.setFont(MAIN, 8)
        canv.setFillColor(colors.HexColor(GREY_HEX))
        title = self.pack.title
        if len(title) > 90:
            title = title[:89] + "…"
        if needs_markup(title):
            title = "".join(ch for ch in title if not needs_markup(ch))
        canv.drawString(self.margin, height - self.margin + 18, title)
        total = self.totals.get("used")
        text = self._t("page_of", page=doc.page, total=total) if total else self._t("page", page=doc.page)
        canv.drawRightString(width - self.margin, self.margin - 14, text)
        date = format_date(self.pack.metadata.date, self.lang)
        canv.drawString(self.margin, self.margin - 14, date)
        canv.restoreState()

    def _draw_cover_page(self, canv, doc) -> None:
        from reportlab.lib import colors

        width, height = canv._pagesize
        canv.saveState()
        canv.setFillColor(colors.HexColor(ACCENT_HEX))
        canv.rect(0, height - 330, width, 330, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor("#F2B134"))
        canv.rect(0, height - 336, width, 6, stroke=0, fill=1)
        logo = self.logo
        name_x = self.margin
        if logo:
            try:
                from reportlab.lib.utils import ImageReader

                img = ImageReader(io.BytesIO(logo))
                iw, ih = img.getSize()
                scale = min(140 / max(iw, 1), 60 / max(ih, 1))
                canv.setFillColor(colors.white)
                canv.roundRect(self.margin - 6, height - 96, iw * scale + 12, ih * scale + 12, 4, stroke=0, fill=1)
                canv.drawImage(img, self.margin, height - 90, iw * scale, ih * scale, mask="auto")
                name_x = self.margin + iw * scale + 20
            except Exception:  # an unreadable logo must not stop the export
                pass
        if self.organisation:
            from reportlab.lib.utils import simpleSplit

            canv.setFillColor(colors.white)
            canv.setFont(MAIN + "-Bold", 13)
            lines = simpleSplit(plain(self.organisation), MAIN + "-Bold", 13, width - self.margin - name_x)[:3]
            for i, line in enumerate(lines):
                canv.drawString(name_x, height - 66 - 16 * i + 8 * (len(lines) - 1), line)
        canv.setFont(MAIN, 8)
        canv.setFillColor(colors.HexColor(GREY_HEX))
        total = self.totals.get("used")
        canv.drawRightString(width - self.margin, self.margin - 14,
                             self._t("page_of", page=1, total=total) if total else self._t("page", page=1))
        if self.options.get("credit"):
            canv.drawString(self.margin, self.margin - 14, self._t("made_with"))
        canv.restoreState()

    # ---- story --------------------------------------------------------------------------------

    def _story(self) -> list:
        from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak

        story: list = []
        blocks = list(self.pack.blocks)
        has_cover = any(b.kind == "cover" for b in blocks)
        if not has_cover:
            story.append(NextPageTemplate("portrait"))
        steps = Steps(self.progress, len(blocks))
        self.prev_level = 0
        started_body = False
        run_start: int | None = None
        for index, block in enumerate(blocks):
            steps.step(PROGRESS.get(block.kind) or f"Preparing {block.kind.replace('_', ' ')}")
            if block.kind == "cover":
                story.extend(self._cover(block))
                story.append(NextPageTemplate("portrait"))
                story.append(PageBreak())
                continue
            if block.kind == "contents":
                if not self.options.get("contents", True):
                    continue
                story.extend(self._contents())
                story.append(PageBreak())
                continue
            if block.kind == "key_figures":
                story.extend(self._key_figures(block))
                continue
            if block.kind == "chart":
                if self.options.get("chart", True):
                    story.extend(self._chart(block))
                continue
            if block.kind == "sources":
                story.extend(self._sources(block))
                continue
            if not started_body and block.kind in ("document", "heading", "text", "table"):
                started_body = True
            if block.kind in ("document", "heading"):
                if index == 0 or blocks[index - 1].kind not in ("document", "heading"):
                    # never leave headings alone at the foot of a page: ask for room for the run of
                    # headings starting here and the start of what follows them
                    run = 0
                    while index + run < len(blocks) and blocks[index + run].kind in ("document", "heading"):
                        run += 1
                    story.append(CondPageBreak(110 + 34 * run))
                    run_start = len(story)
                story.extend(self._heading(block.title, block.level, block.key))
            elif block.kind == "text":
                story.extend(self._text(block))
            elif block.kind == "table":
                heads: list = []
                if index and blocks[index - 1].kind in ("document", "heading") and run_start is not None:
                    heads = story[run_start:]  # the headings go with their table (same page)
                    del story[run_start:]
                story.extend(self._table(block, heads))
        if self.pack.is_empty():
            from reportlab.platypus import Paragraph

            story.append(Paragraph(rich(self._t("empty_pack")), self.body))
        return without_blank_pages(story)

    def _heading(self, title: str, level: int, key: str, in_toc: bool = True) -> list:
        from reportlab.platypus import Paragraph

        level = max(1, min(level, self.prev_level + 1, 4))
        self.prev_level = level
        title = title or self._t("untitled")
        para = Paragraph(rich(title), self.headings[level])
        para._bb_heading = (level, title.strip(), "h-" + key.replace(":", "-"), in_toc)
        return [para]

    def _cover(self, block: Block) -> list:
        from reportlab.platypus import Paragraph, Spacer

        meta = self.pack.metadata
        story: list = [Spacer(1, 95)]
        story.append(Paragraph(rich(self.pack.title), self.cover_title))
        if meta.audience:
            story.append(Paragraph(rich(self._t("prepared_for", audience=meta.audience)), self.cover_sub))
        story.append(Spacer(1, 170 - (20 if meta.audience else 0)))
        rows = [
            (self._t("date"), format_date(meta.date, self.lang)),
            (self._t("prepared_by"), meta.prepared_by),
            (self._t("subject"), meta.subject),
            (self._t("selection"), self.pack.selection_label or self.pack.filters.describe(lang=self.lang)),
            (self._t("sources"), "; ".join(d.display_name for d in self.pack.documents)),
        ]
        for label, value in rows:
            if value:
                story.append(Paragraph(rich(label.upper()), self.cover_label))
                story.append(Paragraph(rich(value), self.cover_value))
        if meta.notes:
            story.append(Spacer(1, 6))
            story.append(Paragraph(rich(self._t("notes").upper()), self.cover_label))
            for para in [p for p in meta.notes.split("\n") if p.strip()]:
                story.append(Paragraph(rich(para), self.body))
        return story

    def _contents(self) -> list:
        from reportlab.platypus import Paragraph
        from reportlab.platypus.tableofcontents import TableOfContents

        toc = TableOfContents()
        toc.levelStyles = self.toc_styles
        toc.dotsMinLevel = 0
        title = Paragraph(rich(self._t("contents")), self.headings[1])
        title._bb_heading = (1, self._t("contents"), "h-contents", False)
        self.prev_level = 1
        return [title, toc]

    def _key_figures(self, block: Block) -> list:
        from reportlab.lib import colors
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

        figures = block.figures
        if not figures:
            return []
        story = self._heading(block.title or self._t("key_figures"), 1, block.key)
        cells = []
        for fig in figures:
            value = display_text(_cell(fig.value), lang=self.lang)
            unit = f" {fig.unit}" if fig.unit else ""
            cells.append([Paragraph(rich(_unbroken(value) + unit), self.figure_value),
                          Paragraph(rich(fig.label), self.figure_label)])
        per_row = 3
        rows = []
        for i in range(0, len(cells), per_row):
            chunk = cells[i : i + per_row]
            chunk += [["", ""]] * (per_row - len(chunk))
            rows.append(chunk)
        width = self.frame_width / per_row
        data = []
        for row in rows:
            data.append([c[0] for c in row])
            data.append([c[1] for c in row])
        table = Table(data, colWidths=[width] * per_row, hAlign="LEFT")
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
        ]
        for r in range(0, len(data), 2):
            style.append(("BACKGROUND", (0, r), (-1, r + 1), colors.HexColor(TOTAL_HEX)))
            style.append(("LINEABOVE", (0, r), (-1, r), 2, colors.HexColor(ACCENT_HEX)))
            style.append(("BOTTOMPADDING", (0, r + 1), (-1, r + 1), 10))
        table.setStyle(TableStyle(style))
        story.append(table)
        # each figure that carries a note says where it comes from (several appeals: one total each)
        notes = [f for f in figures if f.note] or [f for f in figures if f.sources][:1]
        for fig in notes:
            src = sources_label(fig.sources, self.lang)
            text = f"{self._t('labelled', label=fig.label, value=fig.note)} " + (
                self._t("source_line", source=src) if src else "")
            story.append(Spacer(1, 4))
            story.append(Paragraph(rich(text.strip()), self.small))
        story.append(Spacer(1, 10))
        return story

    def _chart(self, block: Block) -> list:
        from reportlab.lib.utils import simpleSplit
        from reportlab.platypus import Paragraph, Spacer

        chart = block.chart
        if chart is None or not chart.categories:
            return []
        story = self._heading(chart.title, 1 if self.prev_level <= 1 else 2, block.key)
        label_w = 210
        # category names wrap onto as many lines as they need; bars make room
        wrapped = [simpleSplit(plain(c), MAIN, 8, label_w - 10) or [""] for c in chart.categories]
        # a drawing cannot break across pages: more bars than a page holds go on in another drawing on
        # the same scale, and only a name longer than a whole page is cut
        room = self.frame_height - 60
        most = max(1, int((room - 6) // 9.5))
        wrapped = [w if len(w) <= most else w[: most - 1] + [w[most - 1] + " …"] for w in wrapped]
        lines = max(len(w) for w in wrapped)
        bar_h = max(18, 9.5 * lines + 6)
        per_drawing = max(1, int(room // bar_h))
        values = [float(v) for v in chart.values]
        top = max(values + [0.0])
        low = min(0.0, min(values + [0.0]))
        for start in range(0, len(values), per_drawing):
            story.append(self._bars(wrapped[start:start + per_drawing], values[start:start + per_drawing],
                                    bar_h, low, top * 1.08 if top > 0 else 1, chart.unit, label_w))
        lines = []
        if chart.basis:
            lines.append(chart.basis)
        if chart.sources:
            lines.append(self._t("source_line", source=sources_label(chart.sources, self.lang)))
        for line in lines:
            story.append(Paragraph(rich(line), self.small))
        story.append(Spacer(1, 10))
        return story

    def _bars(self, wrapped: list[list[str]], values: list[float], bar_h: float, low: float, high: float,
              unit: str, label_w: float):
        """One horizontal bar chart drawing, categories from the top down, on the value scale given."""
        from reportlab.lib import colors
        from reportlab.graphics.charts.barcharts import HorizontalBarChart
        from reportlab.graphics.shapes import Drawing, String

        n = len(values)
        width = self.frame_width
        drawing = Drawing(width, n * bar_h + 40)
        bc = HorizontalBarChart()
        bc.x = label_w
        bc.y = 20
        bc.height = n * bar_h
        bc.width = width - label_w - 70
        bc.data = [list(reversed(values))]
        bc.categoryAxis.categoryNames = ["\n".join(w) for w in reversed(wrapped)]
        bc.categoryAxis.labels.fontName = MAIN
        bc.categoryAxis.labels.fontSize = 8
        bc.categoryAxis.labels.boxAnchor = "e"
        bc.categoryAxis.labels.dx = -4
        bc.categoryAxis.labels.leading = 9.5
        bc.categoryAxis.labels.textAnchor = "end"
        bc.categoryAxis.strokeColor = colors.HexColor("#888888")
        bc.valueAxis.valueMin = low
        bc.valueAxis.valueMax = high
        bc.valueAxis.labels.fontName = MAIN
        bc.valueAxis.labels.fontSize = 7
        bc.valueAxis.labelTextFormat = lambda v: compact_number(v, self.lang)
        bc.valueAxis.strokeColor = colors.HexColor("#888888")
        bc.valueAxis.gridStrokeColor = colors.HexColor("#E5E5E5")
        bc.valueAxis.visibleGrid = True
        bc.bars[0].fillColor = colors.HexColor(ACCENT_HEX)
        bc.bars[0].strokeColor = None
        bc.barLabelFormat = lambda v: format_number(v, 0, self.lang)
        bc.barLabels.fontName = MAIN
        bc.barLabels.fontSize = 7
        bc.barLabels.boxAnchor = "w"
        bc.barLabels.dx = 3
        bc.barLabels.fillColor = colors.HexColor("#333333")
        drawing.add(bc)
        if unit:
            drawing.add(String(width - 4, 4, unit, fontName=MAIN, fontSize=7, textAnchor="end",
                               fillColor=colors.HexColor(GREY_HEX)))
        return drawing

    def _text(self, block: Block) -> list:
        from reportlab.platypus import Paragraph

        from .rtl import RtlParagraph

        out = []
        for para in block.paragraphs:
            item = _LIST_ITEM.match(para)
            if mostly_rtl(para):
                out.append(RtlParagraph(para, self.body_rtl))
            elif item:
                bullet = item.group(1)
                style = self.items[(bullet in _INNER_BULLETS, covers(MAIN, bullet))]
                out.append(Paragraph(rich(item.group(2)), style, bulletText=bullet))
            else:
                out.append(Paragraph(rich(para), self.body))
        lines = [self._t("source_line", source=block.source.label(self.lang))] if block.source and block.source.pages else []
        lines += block.notes  # e.g. only the paragraphs naming the selection are kept
        if lines:
            out.append(Paragraph(rich(" ".join(lines)), self.small))
        return out

    # ---- tables -------------------------------------------------------------------------------

    def _measure(self, view: TableView) -> _Measure:
        """Column widths at 10 pt: longest word, natural (one-line) width, widest number."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        numeric = set(view.aligned_columns())
        n = view.n_cols
        texts: list[list[str]] = [[] for _ in range(n)]
        for row in view.rows:
            for c, cell in enumerate(row.cells):
                if cell.anchor and cell.col_span == 1:
                    texts[c].append(display_text(cell, lang=self.lang))
        headers = []
        for row in view.header:
            for c, cell in enumerate(row):
                if cell.anchor and cell.col_span == 1:
                    headers.append((c, cell.text))
        # measured at 10 pt, scaled linearly for other sizes
        ref = 10.0
        longest_word = [0.0] * n
        natural = [0.0] * n
        number_w = [0.0] * n
        sample_limit = 4000
        for c in range(n):
            col_texts = texts[c][:sample_limit]
            for t in col_texts:
                if not t:
                    continue
                w = stringWidth(plain(t), MAIN, ref)
                natural[c] = max(natural[c], w)
                if c in numeric and _looks_numeric(t):
                    number_w[c] = max(number_w[c], w)
                else:
                    word = max((stringWidth(x, MAIN, ref) for x in t.split()), default=0.0)
                    longest_word[c] = max(longest_word[c], word)
        for c, t in headers:
            word = max((stringWidth(x, MAIN + "-Bold", ref) for x in t.split()), default=0.0)
            whole = stringWidth(t, MAIN + "-Bold", ref)
            longest_word[c] = max(longest_word[c], min(max(word, whole if whole <= 75 else 0.0), 115.0))
            natural[c] = max(natural[c], min(stringWidth(t, MAIN + "-Bold", ref), 160.0))
        for c in range(n):
            natural[c] = min(natural[c], 260.0)
        return _Measure(numeric, longest_word, natural, number_w)

    def _minimum(self, m: _Measure, size: float) -> list[float]:
        """The narrowest each column can be at ``size`` pt without breaking words."""
        k = size / 10.0
        return [max(m.number_w[c], min(m.longest_word[c], 140.0),
                    min(m.natural[c], 80.0) if c not in m.numeric else 0.0) * k + CELL_PAD
                for c in range(len(m.natural))]

    def _fit(self, view: TableView) -> _Fit:
        m = self._measure(view)
        longest_word, natural, number_w = m.longest_word, m.natural, m.number_w
        n = view.n_cols
        pad = CELL_PAD
        ref = 10.0
        for wide, size in _ATTEMPTS:
            avail = self.frame_width_wide if wide else self.frame_width
            k = size / ref
            minimum = self._minimum(m, size)
            nat = [max(natural[c] * k + pad, minimum[c]) for c in range(n)]
            if sum(minimum) <= avail:
                widths = list(minimum)
                spare = avail - sum(widths)
                want = [nat[c] - widths[c] for c in range(n)]
                total_want = sum(want)
                if total_want > 0:
                    for c in range(n):
                        widths[c] += min(want[c], spare * want[c] / total_want)
                if sum(nat) <= avail:
                    widths = nat
                return _Fit(wide, size, widths)
        # still too wide: smallest type on a landscape page, columns scaled to fit
        size = _ATTEMPTS[-1][1]
        k = size / ref
        minimum = [max(number_w[c], min(longest_word[c], 140.0)) * k + pad for c in range(n)]
        scale = self.frame_width_wide / max(sum(minimum), 1.0)
        return _Fit(True, size, [w * scale for w in minimum], fits=False)

    def _column_groups(self, view: TableView) -> list[list[int]]:
        """View columns split into groups that each fit a landscape page at :data:`GROUP_SIZE`, every
        group led by the label column so each part of the table still says which row is which."""
        minimum = self._minimum(self._measure(view), GROUP_SIZE)
        avail = self.frame_width_wide
        label = view.label_column
        used = min(minimum[label], avail * 0.35)
        groups: list[list[int]] = []
        current: list[int] = []
        width = used
        for c in range(view.n_cols):
            if c == label:
                continue
            if current and width + minimum[c] > avail:
                groups.append(current)
                current, width = [], used
            current.append(c)
            width += minimum[c]
        if current:
            groups.append(current)
        return [sorted({label, *g}) for g in groups]

    def _table(self, block: Block, heads: list | None = None, wrap: bool = True) -> list:
        """The table with its caption and notes; on landscape pages when it needs them (unless
        ``wrap`` is False: the caller switches page orientation)."""
        from reportlab.platypus import NextPageTemplate, PageBreak

        view = block.view
        if view is None or view.n_cols == 0:
            return []
        fit = self._fit(view)
        groups = self._column_groups(view) if not fit.fits else []
        if len(groups) < 2:
            return self._one_table(block, fit, heads, wrap)
        # too wide for the smallest type: parts of a few columns each, the row labels repeated
        others = view.n_cols - 1
        body: list = [NextPageTemplate("landscape"), PageBreak()] if wrap else []
        first = 1
        for i, cols in enumerate(groups):
            sub = sub_view(view, cols)
            count = len(cols) - (1 if view.label_column in cols else 0)
            last = first + count - 1
            note = (f"Part {i + 1} of {len(groups)}: columns {first}–{last} of the {others} beside the row "
                    f"labels (the table is too wide for one page).")
            part = replace(block, view=sub, title=f"{block.title or 'Table'} ({i + 1}/{len(groups)})",
                           notes=[note] + (list(block.notes) if i == len(groups) - 1 else []))
            body += self._one_table(part, self._fit(sub), heads if i == 0 else None, wrap=False)
            first = last + 1
        if wrap:
            body += [NextPageTemplate("portrait"), PageBreak()]
        return body

    def _one_table(self, block: Block, fit: _Fit, heads: list | None, wrap: bool) -> list:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import (
            CondPageBreak,
            KeepTogether,
            NextPageTemplate,
            PageBreak,
            Paragraph,
            Spacer,
            Table,
            TableStyle,
        )

        view = block.view
        assert view is not None
        size = fit.font_size
        leading = size * 1.25
        cell_style = ParagraphStyle("bb-cell", fontName=MAIN, fontSize=size, leading=leading)
        cell_right = ParagraphStyle("bb-cell-r", parent=cell_style, alignment=TA_RIGHT)
        head_style = ParagraphStyle("bb-head", parent=cell_style, fontName=MAIN + "-Bold", textColor=colors.white)
        head_center = ParagraphStyle("bb-head-c", parent=head_style, alignment=TA_CENTER)
        head_right = ParagraphStyle("bb-head-r", parent=head_style, alignment=TA_RIGHT)
        from reportlab.pdfbase.pdfmetrics import stringWidth

        numeric = set(view.aligned_columns())
        data: list[list[Any]] = []
        style: list[tuple] = [
            ("FONTNAME", (0, 0), (-1, -1), MAIN),
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), leading),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#D0D7E2")),
        ]
        n_head = len(view.header)
        for r, row in enumerate(view.header):
            out_row: list[Any] = []
            for c, cell in enumerate(row):
                if not cell.anchor:
                    out_row.append("")
                    continue
                if cell.col_span > 1 or cell.row_span > 1:
                    style.append(("SPAN", (c, r), (c + cell.col_span - 1, r + cell.row_span - 1)))
                st = head_center if cell.col_span > 1 else (head_right if c in numeric else head_style)
                out_row.append(Paragraph(rich(cell.text), st) if cell.text else "")
            data.append(out_row)
        if n_head:
            style.append(("BACKGROUND", (0, 0), (-1, n_head - 1), colors.HexColor(ACCENT_HEX)))
            style.append(("VALIGN", (0, 0), (-1, n_head - 1), "BOTTOM"))
            style.append(("LINEBELOW", (0, n_head - 1), (-1, n_head - 1), 0.25, colors.HexColor("#7F9CC0")))
            if n_head > 1:
                style.append(("LINEBELOW", (0, 0), (-1, n_head - 2), 0.5, colors.white))
        widths = fit.widths
        for i, row in enumerate(view.rows):
            r = n_head + i
            out_row = []
            for c, cell in enumerate(row.cells):
                if not cell.anchor:
                    out_row.append("")
                    continue
                if cell.col_span > 1:
                    style.append(("SPAN", (c, r), (c + cell.col_span - 1, r)))
                if cell.value is not None:
                    text = display_text(cell, lang=self.lang)
                    if cell.note:
                        out_row.append(Paragraph(rich(_unbroken(text)) + f"<super>{rich(cell.note)}</super>", cell_right))
                    else:
                        out_row.append(text)
                    style.append(("ALIGN", (c, r), (c, r), "RIGHT"))
                else:
                    text = "-" if c in numeric and is_nil(cell) else plain(display_text(cell, lang=self.lang))
                    avail = sum(widths[c : c + cell.col_span]) - 8
                    rtl = bool(text) and mostly_rtl(text)  # Arabic or Hebrew reads from the right edge
                    if not text:
                        out_row.append("")
                    elif needs_markup(text) or stringWidth(text, MAIN, size) > avail or "\n" in text:
                        out_row.append(Paragraph(rich(text), cell_right if rtl else cell_style))
                    else:
                        out_row.append(text)
                    if c in numeric or rtl:
                        style.append(("ALIGN", (c, r), (c, r), "RIGHT"))
            data.append(out_row)
            if row.kind in ("total", "computed"):
                style.append(("FONTNAME", (0, r), (-1, r), MAIN + "-Bold"))
                style.append(("LINEABOVE", (0, r), (-1, r), 0.8, colors.HexColor("#333333")))
                style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor(TOTAL_HEX)))
                if row.kind == "computed":
                    style.append(("FONTNAME", (0, r), (-1, r), MAIN + "-BoldItalic"))
        # zebra stripes on plain data rows, cheap for long tables
        if len(view.rows) <= 3000:
            for i, row in enumerate(view.rows):
                if row.kind == "data" and i % 2 == 1:
                    style.append(("BACKGROUND", (0, n_head + i), (-1, n_head + i), colors.HexColor("#F7F9FC")))
        # header rows repeat on every page, unless they would leave too little room for the body
        repeat = n_head if _rows_height(data[:n_head], view.header, widths) < self.frame_height / 4 else 0
        # splitInRow: a cell taller than a page (a 40,000-character note) continues on the next one
        table = Table(data, colWidths=widths, repeatRows=repeat, hAlign="LEFT", splitByRow=1, splitInRow=1)
        table.setStyle(TableStyle(style))
        title = Paragraph(rich(block.title or self._t("table")), self.caption)
        title.keepWithNext = 1
        lines = []
        if block.source:
            lines.append(self._t("source_line", source=block.source.label(self.lang)))
        lines.extend(block.notes)
        if any(r.kind == "computed" for r in view.rows):
            lines.append(self._t("recomputed_table", label=self._t("total_of_selected")))
        if fit.landscape and wrap:
            lines.append(self._t("landscape"))
        notes = [Paragraph(rich(" ".join(lines)), self.small)] if lines else []
        body: list = []
        if fit.landscape and wrap:
            body += [NextPageTemplate("landscape"), PageBreak()]
        heads = list(heads or [])
        if len(view.rows) < 25:
            body.append(KeepTogether(heads + [title, table] + notes))
        else:
            body += [CondPageBreak(120 + 34 * len(heads))] + heads + [title, table] + notes
        body.append(Spacer(1, 8))
        if fit.landscape and wrap:
            body += [NextPageTemplate("portrait"), PageBreak()]
        return body

    def _sources(self, block: Block) -> list:
        from reportlab.platypus import Paragraph, Spacer

        story = self._heading(block.title or self._t("sources"), 1, block.key)
        by_doc: dict[str, list[Block]] = {}
        for b in self.pack.blocks:
            if b.kind == "table" and b.source:
                by_doc.setdefault(b.source.sha256, []).append(b)
        docs = {d.sha256: d for d in self.pack.documents}
        for src in block.sources:
            doc = docs.get(src.sha256)
            story.append(Paragraph(rich(src.document, bold=True), self.body))
            details = []
            if doc is not None and doc.path:
                details.append(self._t("file", name=doc.path.replace(chr(92), '/').rsplit('/', 1)[-1]))
            if src.pages:
                details.append(self._t("pages_used", pages=pages_label(src.pages, self.lang).split(' ', 1)[-1]))
            n_tables = len(by_doc.get(src.sha256, []))
            if n_tables:
                details.append(count(self.lang, n_tables, "table"))
            details.append(self._t("labelled", label="SHA-256", value=src.sha256[:16] + "…"))
            story.append(Paragraph(rich(" · ".join(details)), self.small))
            for tb in by_doc.get(src.sha256, []):
                story.append(Paragraph(rich(self._t("table_at", title=tb.title, pages=tb.source.pages_label(self.lang))),
                                       self.small))
            story.append(Spacer(1, 6))
        closing = []
        if self.pack.corrections:
            closing.append(self._t("corrected"))
        if any(r.kind == "computed" for b in self.pack.blocks if b.view is not None for r in b.view.rows):
            closing.append(self._t("recomputed_rows", label=self._t("total_of_selected")))
        if closing:
            story.append(Spacer(1, 6))
            story.append(Paragraph(rich(" ".join(closing)), self.small))
        return story


# ------------------------------------------------------------------------------------- helpers


def sub_view(view: TableView, cols: list[int]) -> TableView:
    """The view restricted to the view columns ``cols`` (sorted): spans are clipped to the kept
    columns, and a spanning cell whose first column was left out shows its text in its first kept one."""
    grid = [list(r) for r in view.header] + [list(r.cells) for r in view.rows]
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell.anchor:
                for rr in range(r, min(len(grid), r + max(1, cell.row_span))):
                    for cc in range(c, min(len(row), c + max(1, cell.col_span))):
                        owner.setdefault((rr, cc), (r, c))
    out: list[list[ViewCell]] = []
    for r, row in enumerate(grid):
        new_row: list[ViewCell] = []
        for i, c in enumerate(cols):
            o = owner.get((r, c), (r, c))
            src = grid[o[0]][o[1]]
            left = i > 0 and cols[i - 1] == c - 1 and owner.get((r, c - 1), (r, c - 1)) == o
            if left or r > o[0]:
                new_row.append(ViewCell("", anchor=False))
                continue
            span = 1
            while (i + span < len(cols) and cols[i + span] == cols[i + span - 1] + 1
                   and owner.get((r, cols[i + span])) == o):
                span += 1
            new_row.append(replace(src, col_span=span, row_span=max(1, src.row_span), anchor=True))
        out.append(new_row)
    n_head = len(view.header)
    index = {c: i for i, c in enumerate(cols)}
    return TableView(
        title=view.title,
        columns=[view.columns[c] for c in cols],
        header=out[:n_head],
        rows=[replace(row, cells=cells) for row, cells in zip(view.rows, out[n_head:])],
        reduced=view.reduced,
        label_column=index.get(view.label_column, 0),
        number_columns=[index[c] for c in view.number_columns if c in index],
    )



def _rows_height(rows: list[list[Any]], cells: list[list[ViewCell]], widths: list[float]) -> float:
    """Height the given table rows take (paragraph cells wrapped in their columns, padding included)."""
    total = 0.0
    for row, vrow in zip(rows, cells):
        tallest = 0.0
        for c, item in enumerate(row):
            if hasattr(item, "wrap"):
                span = vrow[c].col_span if c < len(vrow) else 1
                tallest = max(tallest, item.wrap(max(1.0, sum(widths[c : c + span]) - 8), 1e9)[1])
        total += tallest + 5
    return total


def _cell(value):
    from app.packs.selection import ViewCell

    return ViewCell(str(value), value)


def _unbroken(number: str) -> str:
    """A number for a Paragraph: reportlab breaks lines at a narrow no-break space (the French
    thousands separator) and prints it as a plain space, so a no-break space stands in for it there.
    Strings drawn directly (table cells, chart labels) keep the narrow one."""
    return number.replace("\u202f", "\u00a0")


def _looks_numeric(text: str) -> bool:
    return any(ch.isdigit() for ch in text) and not any(ch.isalpha() for ch in text.replace("e", ""))


def _page_total_class():
    from reportlab.platypus.flowables import Flowable

    class PageTotal(Flowable):
        """Zero-size indexing flowable: makes multiBuild run until the page total it printed in the
        footers ("Page x of y") equals the real number of pages."""

        def __init__(self, holder: dict) -> None:
            super().__init__()
            self.holder = holder
            self.width = self.height = 0

        def isIndexing(self):  # noqa: N802
            return 1

        def isSatisfied(self):  # noqa: N802
            return self.holder["ok"]

        def beforeBuild(self):  # noqa: N802
            pass

        def notify(self, kind, stuff):
            pass

        def afterBuild(self):  # noqa: N802
            doc = self.holder.get("doc")
            seen = doc.page if doc is not None else None
            self.holder["ok"] = seen is not None and seen == self.holder["used"]
            self.holder["used"] = seen

        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            pass

    return PageTotal


def _PageTotal(holder: dict):  # noqa: N802 - used like a class
    return _page_total_class()(holder)


__all__ = ["PdfExporter", "ARABIC"]


def without_blank_pages(story: list) -> list:
    """The story with no page left blank: a page break followed by another (past template changes and
    nothing else) is dropped, the later template winning. A wide table after the contents, or after
    another wide table, asked for a new portrait page and at once for a landscape one: the portrait
    page came out empty."""
    from reportlab.platypus import NextPageTemplate, PageBreak

    def is_break(f) -> bool:
        return type(f) is PageBreak  # not CondPageBreak (a subclass of no PageBreak) or its kin

    out: list = []
    for i, flowable in enumerate(story):
        if is_break(flowable):
            k = i + 1
            while k < len(story) and isinstance(story[k], NextPageTemplate):
                k += 1
            if k < len(story) and is_break(story[k]):
                continue
        out.append(flowable)
    return out

