"""Helpers shared by exporters (built-in or third-party): number display, safe destination handling."""

from __future__ import annotations

import dataclasses
import os
import re
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator

from app.document.messages import N_, Message
from app.project.files import REASONS, WriteError, atomic_output, cannot_write
from app.packs.pack_i18n import format_number, format_percent, tr
from app.packs.selection import TOTAL_OF_SELECTED, ViewCell

from . import ExportError, Option

_DECIMALS = re.compile(r"[.,](\d+)\s*%?\s*$")
#: What a dash means in a column of numbers: nil (nothing requested). Shown as "-" in PDF and Excel,
#: stored in Excel as 0 with a number format that shows the dash, so sums and filters work.
NIL_MARKS = ("-", "–", "—", "‒", "−", "--")
NIL_FORMAT = '#,##0;-#,##0;"-"'


def sources_label(sources, lang: str = "en") -> str:
    """Where a figure comes from, one document once: the pages of each document merged ("Appeal 2017,
    pp. 7, 9–12"), not "Appeal 2017, p. 7; Appeal 2017, p. 9; ..." (a key figure summed over nine
    tables read as nine sources)."""
    from app.packs.pack import SourceRef

    merged: dict[str, SourceRef] = {}
    for source in sources:
        key = source.sha256 or source.document
        if key in merged:
            merged[key].pages = sorted(set(merged[key].pages) | set(source.pages))
        else:
            merged[key] = dataclasses.replace(source, pages=sorted(set(source.pages)))
    return "; ".join(source.label(lang) for source in merged.values())


def is_nil(cell: ViewCell) -> bool:
    """A dash where a number would be: nil."""
    return cell.value is None and " ".join((cell.text or "").split()) in NIL_MARKS


def stub_header(view, title: str = "", lang: str = "en") -> str:
    """A name for a label column whose header the source leaves empty (a stub column): "Country"
    when its rows are countries, "Region", "Sector" or "Objective" when the rows or the title say so;
    "Item" otherwise (in the pack's language). Excel tables need a name; the PDF leaves the cell blank
    as the source does."""
    from app.packs.selection import fold

    rows = [r for r in view.rows if r.kind == "data"]
    if rows and sum(1 for r in rows if r.country) * 2 >= len(rows):
        return tr(lang, "stub_country")
    if rows and sum(1 for r in rows if r.region) * 2 >= len(rows):
        return tr(lang, "stub_region")
    words = fold(title)
    for key, name in (("by sector", "stub_sector"), ("by objective", "stub_objective"),
                      ("by region", "stub_region"), ("by country", "stub_country"),
                      ("by population group", "stub_population")):
        if key in words:
            return tr(lang, name)
    return tr(lang, "stub_item")


def number_decimals(cell: ViewCell) -> int:
    """How many decimals to show for a numeric cell: as printed in the source (at most 6)."""
    value = cell.value
    if value is None or isinstance(value, int):
        return 0
    if float(value).is_integer():
        return 0
    text = (cell.text or "").strip()
    m = _DECIMALS.search(text.rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰*†‡ "))
    if m and len(m.group(1)) != 3:
        return min(len(m.group(1)), 6)
    rep = repr(float(value))
    return min(len(rep.split(".")[1]), 6) if "." in rep and "e" not in rep else 2


def display_text(cell: ViewCell, with_note: bool = False, lang: str = "en") -> str:
    """What a cell shows in an export: numbers written the pack language's way with the decimals of
    the source ("12,500,000", "-1,250.5", "12.5%"; French "12 500 000", "12,5 %"; Spanish
    "12.500.000"); other cells their corrected text as it is (only our own "Total of selected rows"
    label is put in the pack's language)."""
    if cell.value is None:
        if is_nil(cell):
            return "-"
        return tr(lang, "total_of_selected") if cell.text == TOTAL_OF_SELECTED else cell.text
    decimals = number_decimals(cell)
    text = format_percent(cell.value, decimals, lang) if cell.percent else format_number(cell.value, decimals, lang)
    if with_note and cell.note:
        text += f" {cell.note}"
    return text


def ensure_extension(destination: str | os.PathLike, extension: str) -> Path:
    p = Path(destination)
    return p if p.suffix else p.with_suffix(extension)


@contextmanager
def safe_destination(destination: str | os.PathLike, mode: str = "wb") -> Iterator[IO]:
    """Write through a temporary file that replaces ``destination`` only on success; failures to
    write are raised as :class:`ExportError` with a clear sentence."""
    try:
        with atomic_output(destination, mode) as fh:
            yield fh
    except WriteError as exc:
        raise ExportError(exc.args[0]) from exc
    except PermissionError as exc:  # the rename onto a file locked by another program
        raise ExportError(cannot_write(destination, Message.of(REASONS["permission"]))) from exc
    except OSError as exc:
        if isinstance(exc, ExportError):
            raise
        full = getattr(exc, "errno", None) == 28
        reason = Message.of(REASONS["full"]) if full else (exc.strerror or str(exc))
        raise ExportError(cannot_write(destination, reason)) from exc


#: What neither XML 1.0 (the inside of an xlsx) nor PDF text can carry: C0 controls other than tab
#: and line breaks, DEL, lone surrogates, and the Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0-U+FDEF
#: and the last two code points of every plane), which are never text but do turn up in damaged
#: sources and pasted corrections.
_NOT_TEXT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(p + 0xFFFE)}{chr(p + 0xFFFF)}" for p in range(0, 0x110000, 0x10000))
    + "]"
)


def strip_control(text: str) -> str:
    """Remove the characters that neither XML (xlsx) nor PDF text can carry (see ``_NOT_TEXT``)."""
    return _NOT_TEXT.sub("", text or "")


def sanitized(obj: Any) -> Any:
    """``obj`` (a pack, or anything in one) with :func:`strip_control` applied to every string in it,
    recursively through dataclasses, lists, tuples and dicts. Unchanged parts are shared, not copied,
    so a clean pack costs one walk. Exporters call it once on the pack they are given: no character
    that breaks a workbook's XML or a PDF's UTF-16 bookmarks gets further."""
    if isinstance(obj, str):
        return strip_control(obj) if _NOT_TEXT.search(obj) else obj
    if isinstance(obj, list):
        items = [sanitized(x) for x in obj]
        return items if any(a is not b for a, b in zip(items, obj)) else obj
    if isinstance(obj, tuple):
        items = tuple(sanitized(x) for x in obj)
        return items if any(a is not b for a, b in zip(items, obj)) else obj
    if isinstance(obj, dict):
        pairs = [(sanitized(k), sanitized(v)) for k, v in obj.items()]
        changed = any(a is not k or b is not v for (a, b), (k, v) in zip(pairs, obj.items()))
        return dict(pairs) if changed else obj
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {}
        for f in dataclasses.fields(obj):
            if not f.init:
                continue
            value = getattr(obj, f.name)
            clean = sanitized(value)
            if clean is not value:
                changes[f.name] = clean
        return dataclasses.replace(obj, **changes) if changes else obj
    return obj


#: What the built-in exporters report while they work, marked for the interface to translate (the
#: window reads a progress text back into its template; a plug-in's own words are shown as they are).
PROGRESS = {
    "cover": N_("Export", "Preparing the cover"),
    "contents": N_("Export", "Preparing the contents"),
    "key_figures": N_("Export", "Preparing key figures"),
    "chart": N_("Export", "Preparing the chart"),
    "document": N_("Export", "Preparing a document"),
    "heading": N_("Export", "Preparing a heading"),
    "text": N_("Export", "Preparing text"),
    "table": N_("Export", "Preparing a table"),
    "sources": N_("Export", "Preparing sources"),
    "layout": N_("Export", "Laying out the PDF (pass {n})"),
    "laid_out": N_("Export", "PDF laid out"),
    "pack_sheet": N_("Export", "Writing the pack sheet"),
    "table_sheet": N_("Export", "Writing table {n} of {total}"),
    "sections_sheet": N_("Export", "Writing sections"),
    "sources_sheet": N_("Export", "Writing sources"),
    "saved": N_("Export", "Saved"),
}


class Steps:
    """Progress over a known number of steps: ``step("Writing tables")``."""

    def __init__(self, progress, total: int) -> None:
        self.progress = progress
        self.total = max(1, total)
        self.done = 0

    def step(self, message: str) -> None:
        self.done = min(self.done + 1, self.total)
        if self.progress is not None:
            self.progress(self.done, self.total, message)


#: Options every built-in exporter takes for what the pack says about its sender.
IDENTITY_OPTIONS = [
    Option("organisation", "str", "", "Organisation name shown on the cover (default: the pack's own).",
           label="Organisation"),
    Option("logo", "str", "", "Logo image (PNG or JPEG file) shown on the cover (default: the pack's own).",
           label="Logo file"),
    Option("credit", "bool", False, "Say \"Made with Briefing Builder\" on the cover.",
           label="Credit Briefing Builder"),
]


def identity(pack, options: dict | None) -> tuple[str, bytes | None]:
    """(organisation name, logo bytes) for the cover: the exporter options when given, else the
    pack's metadata. A logo file that cannot be used is an :class:`ExportError` with the reason."""
    options = options or {}
    meta = pack.metadata
    organisation = " ".join(str(options.get("organisation") or getattr(meta, "organisation", "") or "").split())
    logo = meta.logo_bytes()
    path = str(options.get("logo") or "").strip()
    if path:
        from app.packs.pack import PackError, PackMetadata

        holder = PackMetadata()
        try:
            holder.set_logo(path)
        except PackError as exc:
            raise ExportError(str(exc)) from exc
        logo = holder.logo_bytes()
    return strip_control(organisation), logo
