"""Excel exporter (openpyxl): a "Pack" sheet, one sheet per table, "Sections" and "Sources".

Numbers are stored as numbers (thousands format), every text as text: a source cell beginning with
"=", "+", "-" or "@" never becomes a formula. Table sheets have styled header rows, a frozen header,
fitted column widths and an Excel table object (with its filter buttons). The ``hxl`` option adds an
HXL hashtag row (``#country+name``, ``#country+code``, ``#value+funding+required+usd`` ...) below the
header so humanitarian data tools can read the sheets.
"""

from __future__ import annotations

import io
import math
import re
from typing import Any

from app.document.messages import fill
from app.document.numbers import format_number
from app.packs.pack import Block, Pack, format_date, pages_label
from app.packs.pack_i18n import tr
from app.packs.selection import TOTAL_OF_SELECTED, TableView, ViewCell, fold

from . import ExportError, Option, resolve_options
from .common import (
    IDENTITY_OPTIONS,
    NIL_FORMAT,
    PROGRESS,
    Steps,
    display_text,
    identity,
    is_nil,
    number_decimals,
    safe_destination,
    sanitized,
    sources_label,
    strip_control,
    stub_header,
)

EXCEL_MAX_TEXT = 32767
#: First characters that make Excel (or another spreadsheet) read typed text as a formula
FORMULA_START = ("=", "+", "-", "@")
SHEET_NAME_MAX = 31
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")
HEADER_FILL = "1F4E79"
SUBHEADER_FILL = "D9E2F3"


#: words a name cut short should not end on (English, French, Spanish): "Central and North America
#: and" reads as cut mid-thought; "Central and North America" does not
_DANGLING = frozenset("""a an and as at by for from in of on or the to with
    à au aux de des du en et la le les ou par pour sur un une
    al con del el las los o para por un una y""".split())


def cut_at_word(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters, cut at the last word boundary that keeps at least half of
    them ("Humanitarian Response Plan Requirements" -> "Humanitarian Response Plan", not "... Requireme");
    a single long word is cut where it must. Separators and short function words ("and", "of", "et",
    "de", "y") left hanging at the end are dropped."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    space = head.rfind(" ") if text[limit] != " " else limit
    if space < limit // 2:
        return head.rstrip(" -–—,;.&(").rstrip() or text[:limit].strip()
    words = head[:space].split(" ")
    while len(words) > 1:
        last = words[-1].rstrip(" -–—,;.&(")
        if last and last.lower() not in _DANGLING:
            words[-1] = last
            break
        words.pop()
    return " ".join(words).rstrip(" -–—,;.&(").rstrip() or text[:limit].strip()


def valid_sheet_name(name: str, taken: set[str], fallback: str = "Sheet") -> str:
    """A valid, unique (case-insensitively) sheet name: at most 31 characters cut at a word boundary
    (:func:`cut_at_word`), none of []:*?/\\, not starting or ending with an apostrophe, not "History"."""
    base = _SHEET_BAD.sub(" ", strip_control(name or "")).strip().strip("'").strip()
    base = " ".join(base.split()) or fallback
    if base.lower() == "history":
        base = f"{base} (table)"
    candidate = cut_at_word(base, SHEET_NAME_MAX).strip("'").strip()
    n = 2
    while candidate.lower() in taken:
        suffix = f" ({n})"
        candidate = cut_at_word(base, SHEET_NAME_MAX - len(suffix)).strip("'").strip() + suffix
        n += 1
    taken.add(candidate.lower())
    return candidate


_CELL_REF = re.compile(r"^[A-Za-z]{1,3}\d+$|^[Rr]\d*[Cc]\d*$|^[RrCc]$")


def valid_table_name(name: str, taken: set[str]) -> str:
    """An Excel table displayName: letters, digits and underscores, starting with a letter, not a
    cell reference, unique in the workbook (case-insensitively)."""
    slug = re.sub(r"\W+", "_", fold(name), flags=re.ASCII).strip("_")[:40] or "Table"
    if not slug[0].isalpha():
        slug = "T_" + slug
    if _CELL_REF.match(slug):
        slug = "T_" + slug
    candidate, n = slug, 2
    while candidate.lower() in taken:
        candidate = f"{slug}_{n}"
        n += 1
    taken.add(candidate.lower())
    return candidate


def unique_headers(names: list[str], lang: str = "en") -> list[str]:
    """Non-empty, unique (case-insensitively) column names, as Excel tables require."""
    out: list[str] = []
    seen: set[str] = set()
    for i, name in enumerate(names):
        base = " ".join(strip_control(name).split()) or tr(lang, "column", n=i + 1)
        candidate, n = base, 2
        while candidate.lower() in seen:
            candidate = f"{base} ({n})"
            n += 1
        seen.add(candidate.lower())
        out.append(candidate)
    return out


HXL_ATTRIBUTE_MAX = 24


def _slug_attr(text: str) -> str:
    """An HXL attribute from a header: its words joined by "_", whole words only, up to 24 characters
    ("Adhering to international standards" -> "adhering_to"; a first word longer than that is kept
    whole)."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    slug = ""
    for word in words:
        candidate = f"{slug}_{word}" if slug else word
        if slug and len(candidate) > HXL_ATTRIBUTE_MAX:
            break
        slug = candidate
    if slug and not slug[0].isalpha():
        slug = "c" + slug
    return slug


def hxl_tags(view: TableView, title: str) -> list[str]:
    """One HXL hashtag (with attributes) per view column."""
    headers = view.column_headers()
    has_countries = any(r.country for r in view.rows)
    money_context = any(w in fold(title) for w in ("fund", "requir", "budget", "usd", "appeal"))
    numeric = set(view.aligned_columns())
    tags = []
    for c, header in enumerate(headers):
        h = fold(header)
        if c == view.label_column:
            if has_countries:
                tags.append("#country+name")
            elif "sector" in h or "cluster" in h:
                tags.append("#sector+name")
            elif "objective" in h:
                tags.append("#indicator+objective+name")
            elif "region" in h:
                tags.append("#region+name")
            else:
                tags.append("#indicator+name")
            continue
        if c in numeric:
            if any(w in h for w in ("people", "person", "target", "beneficiar", "individual")):
                tags.append("#targeted+num")
            elif any(w in h for w in ("fund", "requir", "budget", "usd", "us$", "cost")) or money_context:
                attr = "total" if re.search(r"\btotal\b", h) else _slug_attr(header.split(" / ")[-1])
                tags.append("#value+funding+required+usd" + (f"+{attr}" if attr else ""))
            else:
                tags.append("#indicator+num" + (f"+{_slug_attr(header)}" if _slug_attr(header) else ""))
        else:
            tags.append("#description" + (f"+{_slug_attr(header)}" if _slug_attr(header) else ""))
    return tags


def _fit_height(ws, row: int, text: str, width: float) -> None:
    """Room for a wrapped label: spreadsheet programs do not grow a row for wrapped text they did not
    lay out themselves (LibreOffice prints the lines over each other)."""
    import math

    per_line = max(width - 2, 1)
    lines = sum(max(1, math.ceil(len(part) * 1.1 / per_line)) for part in (text or "").split("\n"))
    if lines > 1:  # never lower than another cell of the row asked for; 409 pt is Excel's most
        ws.row_dimensions[row].height = min(409, max(ws.row_dimensions[row].height or 0, 15 * lines))


def _one_page_wide(ws, landscape: bool) -> None:
    """Printed one page wide, as many pages down as it takes: a sheet printed column by column (each
    wide column on a page of its own) cannot be read on paper."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def file_name(path: str) -> str:
    """The file name of a path from any system ("C:\\Users\\amina\\appeal.pdf" -> "appeal.pdf"):
    a workbook that is mailed must not carry the folders of the user's machine."""
    return (path or "").replace("\\", "/").rsplit("/", 1)[-1]


class XlsxExporter:
    name = "xlsx"
    label = "Excel workbook"
    extension = ".xlsx"
    options = [
        Option("hxl", "bool", False, "Add an HXL hashtag row under each table header (#country+name, "
               "#value+funding+required+usd …) and an ISO code column, so humanitarian data tools can "
               "read the sheets; total rows are then left out of the table sheets.", label="HXL"),
        Option("sections", "bool", True, "Add the \"Sections\" sheet with the text of every section."),
        Option("chart", "bool", True, "Add the requirements chart to the \"Pack\" sheet."),
        *IDENTITY_OPTIONS,
    ]

    def export(self, pack: Pack, destination: Any, options: dict[str, Any] | None = None,
               progress=None) -> None:
        opts = resolve_options(self, options, strict=False)
        pack = sanitized(pack)
        self._lang = lang = pack.language  # our own words (labels, sheet names) in the pack's language
        try:
            from openpyxl import Workbook
        except ImportError as exc:  # pragma: no cover - declared dependency
            raise ExportError("Excel export needs the openpyxl package.") from exc
        tables = [b for b in pack.blocks if b.kind == "table" and b.view is not None]
        steps = Steps(progress, len(tables) + 4)
        wb = Workbook()
        names = {k: tr(lang, f"sheet_{k}") for k in ("pack", "sections", "sources")}
        taken_sheets = {n.lower() for n in names.values()}
        taken_tables: set[str] = set()
        ws = wb.active
        ws.title = names["pack"]
        chart_block = next((b for b in pack.blocks if b.kind == "chart" and b.chart), None)
        self._identity = identity(pack, opts)
        self._pack_sheet(ws, pack, chart_block if opts["chart"] else None)
        steps.step(PROGRESS["pack_sheet"])
        sheet_index: list[tuple[str, Block]] = []
        for block in tables:
            name = valid_sheet_name(block.title, taken_sheets, fallback=tr(lang, "sheet_table"))
            sheet = wb.create_sheet(name)
            self._table_sheet(sheet, block, opts["hxl"], taken_tables)
            sheet_index.append((name, block))
            steps.step(fill(PROGRESS["table_sheet"], n=len(sheet_index), total=len(tables)))
        if opts["sections"]:
            self._sections_sheet(wb.create_sheet(names["sections"]), pack)
        steps.step(PROGRESS["sections_sheet"])
        self._sources_sheet(wb.create_sheet(names["sources"]), pack, sheet_index)
        steps.step(PROGRESS["sources_sheet"])
        wb.properties.title = strip_control(pack.title)[:255]
        wb.properties.creator = strip_control(pack.metadata.prepared_by or "Briefing Builder")[:255]
        wb.properties.subject = strip_control(pack.metadata.subject or pack.metadata.audience)[:255]
        if opts["credit"]:
            wb.properties.description = tr(lang, "made_with")
        buffer = io.BytesIO()
        wb.save(buffer)
        with safe_destination(destination) as fh:
            fh.write(buffer.getvalue())
        steps.step(PROGRESS["saved"])

    # ---- cells --------------------------------------------------------------------------------

    @staticmethod
    def _text(ws, row: int, col: int, text: str):
        """A cell holding text, never a formula."""
        text = strip_control(str(text))
        if len(text) > EXCEL_MAX_TEXT:
            text = text[: EXCEL_MAX_TEXT - 1] + "…"
        cell = ws.cell(row=row, column=col)
        cell.value = text
        if cell.data_type != "s":
            cell.data_type = "s"
        if text[:1] in FORMULA_START:
            # Excel's own marker for "typed as text": re-entering or copying the cell keeps it text
            cell.quotePrefix = True
        return cell

    def _number(self, ws, row: int, col: int, vc: ViewCell):
        if not math.isfinite(vc.value):  # Excel has no infinity or NaN: show what the source says
            return self._text(ws, row, col, vc.text or str(vc.value))
        cell = ws.cell(row=row, column=col, value=vc.value)
        decimals = number_decimals(vc)
        fmt = "#,##0" + ("." + "0" * decimals if decimals else "")
        if vc.percent:
            fmt = ("0." + "0" * decimals if decimals else "0") + '"%"'
        cell.number_format = fmt
        if vc.note:
            from openpyxl.comments import Comment

            cell.comment = Comment(tr(self._lang, "footnote", note=vc.note), "Briefing Builder")
        return cell

    # ---- sheets -------------------------------------------------------------------------------

    def _pack_sheet(self, ws, pack: Pack, chart_block: Block | None) -> None:
        from openpyxl.styles import Alignment, Font

        meta = pack.metadata
        ws.column_dimensions["A"].width = 38
        ws.column_dimensions["B"].width = 22
        ws.column_dimensions["C"].width = 10
        ws.column_dimensions["D"].width = 60
        ws.column_dimensions["E"].width = 60
        self._text(ws, 1, 1, pack.title).font = Font(size=16, bold=True, color=HEADER_FILL)
        row = 3
        organisation, logo = getattr(self, "_identity", ("", meta.logo_bytes()))
        lang = self._lang
        for key, value in (
            ("organisation", organisation),
            ("prepared_for", meta.audience),
            ("date", format_date(meta.date, lang)),
            ("prepared_by", meta.prepared_by),
            ("subject", meta.subject),
            ("selection", pack.selection_label or pack.filters.describe(lang=lang)),
            ("notes", meta.notes),
        ):
            if not value:
                continue
            label = tr(lang, "prepared_for_label" if key == "prepared_for" else key)
            self._text(ws, row, 1, label).font = Font(bold=True)
            cell = self._text(ws, row, 2, value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if key in ("notes", "selection"):
                ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
            row += 1
        if logo:
            try:
                from openpyxl.drawing.image import Image as XLImage
                from PIL import Image as PILImage

                img = PILImage.open(io.BytesIO(logo))
                img.load()
                xl = XLImage(img)
                ratio = min(1.0, 60 / max(1, xl.height))
                xl.height, xl.width = xl.height * ratio, xl.width * ratio
                ws.add_image(xl, "E1")
            except Exception:  # a damaged logo is not worth failing the export
                pass
        row += 1
        figures = next((b for b in pack.blocks if b.kind == "key_figures"), None)
        if figures and figures.figures:
            self._text(ws, row, 1, figures.title or tr(lang, "key_figures")).font = Font(
                size=13, bold=True, color=HEADER_FILL)
            row += 1
            # how each figure was obtained, as under the PDF's key figures (several appeals: one total each)
            for key, col in (("figure", 1), ("value", 2), ("unit", 3), ("source", 4), ("notes", 5)):
                self._text(ws, row, col, tr(lang, key)).font = Font(bold=True)
            row += 1
            for fig in figures.figures:
                self._text(ws, row, 1, fig.label).alignment = Alignment(wrap_text=True, vertical="top")
                _fit_height(ws, row, fig.label, 38)
                cell = ws.cell(row=row, column=2, value=fig.value)
                cell.number_format = "#,##0" if isinstance(fig.value, int) else "#,##0.00"
                self._text(ws, row, 3, fig.unit.strip())
                self._text(ws, row, 4, sources_label(fig.sources, lang))
                if fig.note:
                    self._text(ws, row, 5, fig.note)
                    _fit_height(ws, row, fig.note, 60)
                for col in (2, 3, 4):
                    ws.cell(row=row, column=col).alignment = Alignment(vertical="top")
                ws.cell(row=row, column=5).alignment = Alignment(wrap_text=True, vertical="top")
                row += 1
        if chart_block is not None and chart_block.chart and chart_block.chart.categories:
            chart = chart_block.chart
            row += 1
            self._text(ws, row, 1, chart.title).font = Font(size=13, bold=True, color=HEADER_FILL)
            row += 1
            first = row
            self._text(ws, row, 1, tr(lang, "category")).font = Font(bold=True)
            requirements = tr(lang, "requirements") + (f" ({chart.unit.strip()})" if chart.unit.strip() else "")
            self._text(ws, row, 2, requirements).font = Font(bold=True)
            for category, value in zip(chart.categories, chart.values):
                row += 1
                self._text(ws, row, 1, category).alignment = Alignment(wrap_text=True, vertical="top")
                _fit_height(ws, row, category, 38)
                cell = ws.cell(row=row, column=2, value=value)
                cell.number_format = "#,##0"
                cell.alignment = Alignment(vertical="top")
            if chart.basis:  # wrapped under the figures: running on, it would pass under the chart
                basis = self._text(ws, row + 1, 1, chart.basis)
                basis.font = Font(italic=True, size=9)
                basis.alignment = Alignment(wrap_text=True, vertical="top")
                ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=3)
                _fit_height(ws, row + 1, chart.basis, 38 + 22 + 10)
            from openpyxl.chart import BarChart, Reference

            bar = BarChart()
            bar.type = "bar"
            bar.style = 10
            bar.title = strip_control(chart.title)[:250]
            bar.legend = None
            bar.y_axis.numFmt = "#,##0"
            bar.y_axis.majorGridlines = None
            # categories top-down in the figures' order (a bar chart's own order runs bottom-up), the
            # values' axis kept at the bottom
            bar.x_axis.scaling.orientation = "maxMin"
            bar.y_axis.crosses = "max"
            data = Reference(ws, min_col=2, min_row=first, max_row=row)
            cats = Reference(ws, min_col=1, min_row=first + 1, max_row=row)
            bar.add_data(data, titles_from_data=True)
            bar.set_categories(cats)
            bar.height = max(6.0, 1.2 * len(chart.categories) + 3)
            bar.width = 18
            ws.add_chart(bar, f"D{first}")
        ws.sheet_view.showGridLines = False
        # metadata, figures and the chart side by side
        _one_page_wide(ws, landscape=True)

    def _header_grid(self, view: TableView) -> tuple[list[list[ViewCell]], list[str]]:
        """Upper header rows (kept with their spans) and the last header line, one text per column
        (a cell spanning down from an upper row into the last line gives its text there)."""
        if not view.header:
            return [], unique_headers(view.column_headers(), self._lang)
        height = len(view.header)
        last = []
        for c in range(view.n_cols):
            text = ""
            for r in range(height - 1, -1, -1):
                found = None
                for k in range(c, -1, -1):
                    vc = view.header[r][k]
                    if vc.anchor:
                        if k + vc.col_span > c:
                            found = vc
                        break
                if found is not None and r + found.row_span >= height:
                    text = found.text
                    break
            last.append(text)
        return view.header[:-1], unique_headers(last, self._lang)

    def _table_sheet(self, ws, block: Block, hxl: bool, taken_tables: set[str]) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.table import Table, TableStyleInfo

        view = block.view
        assert view is not None
        code_col = hxl and any(r.country for r in view.rows)
        # the column layout: view columns, plus an ISO code column after the label (HXL only)
        layout: list[int | str] = list(range(view.n_cols))
        if code_col:
            layout.insert(view.label_column + 1, "code")
        n = len(layout)
        widths = [8.0] * n

        def note_width(i: int, text: str) -> None:
            longest = max((len(part) for part in str(text).split("\n")), default=0)
            widths[i] = max(widths[i], min(60.0, longest * 1.1 + 2))

        self._text(ws, 1, 1, block.title).font = Font(size=13, bold=True, color=HEADER_FILL)
        info = []
        if block.source:
            info.append(tr(self._lang, "source_label", source=block.source.label(self._lang)))
        info.extend(block.notes)
        info_text = " ".join(info)
        self._text(ws, 2, 1, info_text).font = Font(italic=True, size=9, color="555555")
        row = 4
        thin = Side(style="thin", color="8EA9DB")
        head_font = Font(bold=True, color="FFFFFF")
        head_fill = PatternFill("solid", fgColor=HEADER_FILL)
        sub_fill = PatternFill("solid", fgColor=SUBHEADER_FILL)
        upper, last = self._header_grid(view)
        if not " ".join(view.column_headers()[view.label_column].split()):
            last[view.label_column] = stub_header(view, block.title, self._lang)  # not "Column 1"
        for hrow in upper:
            merges = []
            for i, item in enumerate(layout):
                if item == "code":
                    cell = self._text(ws, row, i + 1, "")
                else:
                    vc = hrow[item]
                    cell = self._text(ws, row, i + 1, vc.text if vc.anchor else "")
                    if vc.anchor and vc.col_span > 1:
                        end = layout.index(item + vc.col_span - 1) + 1
                        merges.append((i + 1, end))
                cell.font = Font(bold=True, color=HEADER_FILL)
                cell.fill = sub_fill
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                cell.border = Border(bottom=thin)
            for start, end in merges:
                ws.merge_cells(start_row=row, start_column=start, end_row=row, end_column=end)
            row += 1
        header_row = row
        names = []
        for i, item in enumerate(layout):
            names.append(tr(self._lang, "iso_code") if item == "code" else last[item])
        names = unique_headers(names, self._lang)
        for i, name in enumerate(names):
            cell = self._text(ws, row, i + 1, name)
            cell.font = head_font
            cell.fill = head_fill
            item = layout[i]
            numeric = item != "code" and item in view.aligned_columns()
            cell.alignment = Alignment(horizontal="right" if numeric else "left", vertical="center", wrap_text=True)
            note_width(i, name if len(name) < 24 else name[:24])
        row += 1
        if hxl:
            tags = hxl_tags(view, block.title)
            for i, item in enumerate(layout):
                tag = "#country+code" if item == "code" else tags[item]
                cell = self._text(ws, row, i + 1, tag)
                cell.font = Font(italic=True, color="7F7F7F", size=9)
            row += 1
        first_data = row
        self._numeric = set(view.aligned_columns())
        data_rows = [r for r in view.rows if r.kind == "data"]
        total_rows = [] if hxl else [r for r in view.rows if r.kind != "data"]
        for vrow in data_rows:
            self._write_body_row(ws, row, vrow, layout, note_width)
            row += 1
        last_data = row - 1
        if last_data < first_data:  # an Excel table needs at least one data row
            for i in range(n):
                self._text(ws, row, i + 1, "")
            last_data = row
            row += 1
        for vrow in total_rows:
            self._write_body_row(ws, row, vrow, layout, note_width)
            for i in range(n):
                c = ws.cell(row=row, column=i + 1)
                c.font = Font(bold=True, italic=vrow.kind == "computed")
                c.border = Border(top=Side(style="thin", color="000000"))
            if vrow.kind == "computed":
                from openpyxl.comments import Comment

                ws.cell(row=row, column=1).comment = Comment(tr(self._lang, "recomputed_comment"),
                                                             "Briefing Builder")
            row += 1
        ref = f"A{header_row}:{get_column_letter(n)}{last_data}"
        table = Table(displayName=valid_table_name(block.title or ws.title, taken_tables), ref=ref)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        ws.add_table(table)
        ws.freeze_panes = ws.cell(row=first_data, column=view.label_column + 2 if n > 1 else 1)
        for i, w in enumerate(widths):
            ws.column_dimensions[get_column_letter(i + 1)].width = w
        # the source and notes wrap over the table's width: one long line ran far past the table, and
        # a sheet printed one page wide was shrunk to that line
        if n > 1:
            ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
        ws.cell(row=2, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        _fit_height(ws, 2, info_text, sum(widths))
        ws.row_dimensions[header_row].height = 18
        for i, name in enumerate(names):  # bold headings wrap a little sooner than body text
            _fit_height(ws, header_row, name, widths[i] * 0.9)
        ws.print_title_rows = f"{header_row}:{first_data - 1}"
        _one_page_wide(ws, landscape=n > 6)

    def _write_body_row(self, ws, row: int, vrow, layout, note_width) -> None:
        for i, item in enumerate(layout):
            if item == "code":
                self._text(ws, row, i + 1, vrow.country or "")
                note_width(i, "ISO 3166")
                continue
            vc = vrow.cells[item]
            if not vc.anchor:
                self._text(ws, row, i + 1, "")
            elif vc.value is not None:
                self._number(ws, row, i + 1, vc)
                note_width(i, display_text(vc))
            elif item in getattr(self, "_numeric", ()) and is_nil(vc):
                cell = ws.cell(row=row, column=i + 1, value=0)  # nil: 0, shown as a dash
                cell.number_format = NIL_FORMAT
            else:
                text = vc.text
                if vrow.kind == "computed" and text == TOTAL_OF_SELECTED:  # our label, not the source's
                    text = tr(self._lang, "total_of_selected")
                self._text(ws, row, i + 1, text)
                note_width(i, text)

    def _sections_sheet(self, ws, pack: Pack) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        headers = [tr(self._lang, k) for k in ("document", "title", "level", "pages", "tags", "text")]
        for i, h in enumerate(headers, start=1):
            cell = self._text(ws, 1, i, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        texts = {b.key.split(":", 1)[1]: b for b in pack.blocks if b.kind == "text"}
        widths = [28, 40, 7, 12, 30, 100]
        row = 2
        for block in pack.blocks:
            if block.kind != "heading":
                continue
            key = block.key.split(":", 1)[1]
            text_block = texts.get(key)
            self._text(ws, row, 1, block.source.document if block.source else "")
            self._text(ws, row, 2, block.title)
            ws.cell(row=row, column=3, value=block.level)
            pages = text_block.source.pages if text_block and text_block.source else (
                block.source.pages if block.source else [])
            self._text(ws, row, 4, pages_label(pages, self._lang))
            self._text(ws, row, 5, ", ".join(block.tags))
            cell = self._text(ws, row, 6, "\n\n".join(text_block.paragraphs) if text_block else "")
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            for c in range(1, 6):
                ws.cell(row=row, column=c).alignment = Alignment(vertical="top", wrap_text=c in (1, 2, 5))
            for c in (1, 2, 5, 6):
                _fit_height(ws, row, ws.cell(row=row, column=c).value or "", widths[c - 1])
            row += 1
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = "A2"
        ws.print_title_rows = "1:1"
        _one_page_wide(ws, landscape=True)
        if row > 2:
            ws.auto_filter.ref = f"A1:F{row - 1}"

    def _sources_sheet(self, ws, pack: Pack, sheet_index: list[tuple[str, Block]]) -> None:
        from openpyxl.styles import Font, PatternFill
        from openpyxl.utils import get_column_letter

        lang = self._lang
        widths = [36, 40, 20, 14, 50, 24]
        headers = [tr(lang, "document"), tr(lang, "file_label"), tr(lang, "sha256"),
                   tr(lang, "pages_used_label"), tr(lang, "item"), tr(lang, "sheet")]
        for i, h in enumerate(headers, start=1):
            cell = self._text(ws, 1, i, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        row = 2
        sources = next((b.sources for b in pack.blocks if b.kind == "sources"), None) or []
        docs = {d.sha256: d for d in pack.documents}
        for src in sources:
            doc = docs.get(src.sha256)
            self._text(ws, row, 1, src.document)
            self._text(ws, row, 2, file_name(doc.path if doc else src.path))
            self._text(ws, row, 3, src.sha256)
            self._text(ws, row, 4, pages_label(src.pages, lang))
            self._text(ws, row, 5, tr(lang, "whole_selection"))
            self._wrap_row(ws, row, widths)
            row += 1
        for name, block in sheet_index:
            src = block.source
            self._text(ws, row, 1, src.document if src else "")
            self._text(ws, row, 2, file_name(src.path) if src else "")
            self._text(ws, row, 3, src.sha256 if src else "")
            self._text(ws, row, 4, src.pages_label(lang) if src else "")
            self._text(ws, row, 5, tr(lang, "table_item", title=block.title))
            self._text(ws, row, 6, name)
            self._wrap_row(ws, row, widths)
            row += 1
        closing = []
        if pack.corrections:
            closing.append(tr(lang, "corrected"))
        if any(r.kind == "computed" for _, b in sheet_index if b.view is not None for r in b.view.rows):
            closing.append(tr(lang, "recomputed_rows", label=tr(lang, "total_of_selected")))
        if closing:
            self._text(ws, row + 1, 1, " ".join(closing)).font = Font(italic=True, size=9)
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = "A2"
        ws.print_title_rows = "1:1"
        _one_page_wide(ws, landscape=True)

    @staticmethod
    def _wrap_row(ws, row: int, widths: list[int]) -> None:
        """Every cell of the row wrapped at its column's width, the row as tall as its longest cell;
        a checksum (one long word, read by machines) is left on one line."""
        from openpyxl.styles import Alignment

        for c, width in enumerate(widths, start=1):
            cell = ws.cell(row=row, column=c)
            wrap = isinstance(cell.value, str) and " " in cell.value.strip()
            cell.alignment = Alignment(vertical="top", wrap_text=wrap)
            if wrap:
                _fit_height(ws, row, cell.value, width)


__all__ = ["XlsxExporter", "cut_at_word", "hxl_tags", "unique_headers", "valid_sheet_name", "valid_table_name",
           "TOTAL_OF_SELECTED", "format_number"]
