"""Briefing packs: a saved definition (filters, block order, metadata, options) and the pack it builds.

Qt-free. A :class:`PackDefinition` is plain JSON saved in the project (``ProjectStore.save_pack``). It
holds no numbers: :func:`build_pack` re-runs it against the documents' *current* corrected data, so a
pack re-run after corrections carries the corrected numbers.

A :class:`Pack` is metadata plus an ordered list of :class:`Block` s: cover, contents, key figures,
chart, section headings, paragraphs, tables, sources. Every block built from a source document keeps
its :class:`SourceRef` (document title and pages). Blocks have stable keys
(``"table:<sha12>:<table id>"`` ...) so the user's reordering and removals survive a rebuild.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Sequence

import app.packs.pack_i18n as i18n
from app.packs.pack_i18n import language as pack_language

from app.document.messages import N_, Message
from app.document.model import DocumentData, SourceDocument, Table
from app.document.tags import local_name
from app.packs.selection import (
    Filters,
    find_country,
    present_tags,
    SelectedSection,
    SelectedTable,
    Selection,
    TableView,
    fold,
    select,
    split_paragraphs,
)

PACK_FORMAT = "briefing-builder/pack"
PACK_VERSION = 1

#: Block kinds, in the order exporters are expected to know them.
BLOCK_KINDS = ("cover", "contents", "key_figures", "chart", "document", "heading", "text", "table", "sources")
#: Fixed blocks and their keys.
FIXED_KEYS = {"cover": "cover", "contents": "contents", "key_figures": "key-figures", "chart": "chart",
              "sources": "sources"}

MAX_LOGO_BYTES = 2 * 1024 * 1024
#: Bars in the requirements chart; beyond, the smallest are added up as "All other (n)".
MAX_CHART_CATEGORIES = 20


class PackError(ValueError):
    """A pack definition cannot be used; ``str(err)`` is a user-facing sentence."""


# ------------------------------------------------------------------------------------- definition


@dataclass
class PackMetadata:
    title: str = "Briefing pack"
    #: Donor or audience the pack is prepared for.
    audience: str = ""
    #: ISO date (YYYY-MM-DD); empty = the day the pack is built.
    date: str = ""
    prepared_by: str = ""
    #: Organisation sending the pack, shown on the cover beside its logo (optional).
    organisation: str = ""
    notes: str = ""
    subject: str = ""
    #: Logo image: file name (for display) and its bytes, base64 (so the pack travels with the project).
    logo_name: str = ""
    logo_data: str = ""
    #: Language the pack writes its own words in (labels, notes, dates, numbers): en, fr or es.
    #: Text from the source documents is never translated.
    language: str = "en"

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "audience": self.audience,
            "date": self.date,
            "prepared_by": self.prepared_by,
            "organisation": self.organisation,
            "notes": self.notes,
            "subject": self.subject,
            "logo_name": self.logo_name,
            "logo_data": self.logo_data,
            "language": self.language,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> "PackMetadata":
        data = data or {}
        meta = cls(**{k: str(data[k]) for k in cls().to_json() if data.get(k) is not None})
        meta.language = pack_language(meta.language)
        return meta

    def logo_bytes(self) -> bytes | None:
        if not self.logo_data:
            return None
        try:
            return base64.b64decode(self.logo_data, validate=True)
        except (ValueError, TypeError):
            return None

    def set_logo(self, path: str | None) -> None:
        """Read a logo image (PNG or JPEG); raises PackError with a clear message."""
        if not path:
            self.logo_name, self.logo_data = "", ""
            return
        from pathlib import Path

        p = Path(path)
        try:
            blob = p.read_bytes()
        except OSError as exc:
            raise PackError(Message.of(
                N_("PackError", "The logo {name} cannot be read ({error})."), name=p.name,
                                       error=str(exc.strerror or exc))) from exc
        if len(blob) > MAX_LOGO_BYTES:
            raise PackError(Message.of(
                N_("PackError", "The logo {name} is larger than 2 MB; please use a smaller image."),
                                       name=p.name))
        if not (blob.startswith(b"\x89PNG\r\n\x1a\n") or blob.startswith(b"\xff\xd8")):
            raise PackError(Message.of(
                N_("PackError", "The logo {name} is not a PNG or JPEG image."), name=p.name))
        try:
            from PIL import Image
            import io

            with Image.open(io.BytesIO(blob)) as img:
                img.verify()
        except Exception as exc:  # PIL raises many kinds
            raise PackError(Message.of(
                N_("PackError", "The logo {name} is not a readable image ({error})."), name=p.name,
                                       error=str(exc))) from exc
        self.logo_name = p.name
        self.logo_data = base64.b64encode(blob).decode("ascii")

    def display_date(self) -> str:
        return format_date(self.date, self.language)


def format_date(iso: str, lang: str = "en") -> str:
    """"2025-03-04" -> "4 March 2025" ("4 mars 2025", "4 de marzo de 2025"); other text is returned
    as it is; empty -> today."""
    return i18n.format_date(iso, lang)


@dataclass
class PackDefinition:
    """What a pack is made of; saved in the project as JSON and re-run against corrected data."""

    filters: Filters = field(default_factory=Filters)
    metadata: PackMetadata = field(default_factory=PackMetadata)
    #: Block keys in the order the user arranged them (blocks not listed keep their default place).
    order: list[str] = field(default_factory=list)
    #: Keys of blocks the user removed.
    removed: list[str] = field(default_factory=list)
    #: Exporter last used, and options per exporter name.
    exporter: str = "pdf"
    options: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": PACK_FORMAT,
            "version": PACK_VERSION,
            "filters": self.filters.to_json(),
            "metadata": self.metadata.to_json(),
            "order": list(self.order),
            "removed": list(self.removed),
            "exporter": self.exporter,
            "options": {str(k): dict(v) for k, v in self.options.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "PackDefinition":
        if not isinstance(data, dict):
            raise PackError(Message.of(
                N_("PackError", "This pack definition is damaged (not a JSON object).")))
        version = int(data.get("version", PACK_VERSION) or PACK_VERSION)
        if version > PACK_VERSION:
            raise PackError(Message.of(
                N_("PackError", "This pack was saved by a newer Briefing Builder (pack format {version}); "
                                "this one reads up to {supported}."),
                version=str(version), supported=str(PACK_VERSION)))
        options = data.get("options") or {}
        if not isinstance(options, dict):
            options = {}
        return cls(
            filters=Filters.from_json(data.get("filters")),
            metadata=PackMetadata.from_json(data.get("metadata")),
            order=[str(k) for k in data.get("order") or []],
            removed=[str(k) for k in data.get("removed") or []],
            exporter=str(data.get("exporter") or "pdf"),
            options={str(k): dict(v) for k, v in options.items() if isinstance(v, dict)},
        )

    def copy(self) -> "PackDefinition":
        return PackDefinition.from_json(self.to_json())


#: characters no file name may hold on Windows, macOS or Linux, and names Windows reserves
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def file_name(title: str, extension: str, limit: int = 120) -> str:
    """A file name for a pack titled ``title`` that every system accepts: the title's own words,
    punctuation and apostrophes kept ("Myanmar (sample): dossier d’information" -> "Myanmar (sample)
    dossier d’information.pdf"), only characters no file name may hold taken out, at most ``limit``
    characters before the extension, never a name Windows reserves ("CON") nor one ending in a dot."""
    words = " ".join(_NOT_IN_FILE_NAMES.sub(" ", title).split())[:limit].rstrip(" .")
    if not words or words.split(".")[0].upper() in _RESERVED:
        words = f"{words} pack".strip()
    return words + extension


def save_definition(project_or_store: Any, name: str, definition: PackDefinition) -> None:
    """Save a pack definition in the project under ``name`` (replacing one of the same name)."""
    name = " ".join((name or "").split())
    if not name:
        raise PackError(Message.of(N_("PackError", "A saved pack needs a name.")))
    store = getattr(project_or_store, "store", project_or_store)
    store.save_pack(name, definition.to_json())


def load_definitions(project_or_store: Any) -> dict[str, PackDefinition]:
    """The pack definitions saved in the project; damaged ones are skipped."""
    store = getattr(project_or_store, "store", project_or_store)
    out = {}
    for name, data in store.packs().items():
        try:
            out[name] = PackDefinition.from_json(data)
        except (PackError, ValueError, TypeError, KeyError):
            continue
    return out


def load_definition(project_or_store: Any, name: str) -> PackDefinition:
    store = getattr(project_or_store, "store", project_or_store)
    packs = store.packs()
    if name not in packs:
        known = ", ".join(sorted(packs)) or "none"
        raise PackError(f"The project has no saved pack named {name!r} (saved packs: {known}).")
    return PackDefinition.from_json(packs[name])


# ------------------------------------------------------------------------------------------- pack


@dataclass
class SourceRef:
    """Where a block comes from: a source document and pages of it."""

    document: str  # display title
    sha256: str
    pages: list[int] = field(default_factory=list)
    path: str = ""

    def pages_label(self, lang: str = "en") -> str:
        return pages_label(self.pages, lang)

    def label(self, lang: str = "en") -> str:
        pages = self.pages_label(lang)
        return f"{self.document}, {pages}" if pages else self.document


def pages_label(pages: Iterable[int], lang: str = "en") -> str:
    """[3, 4, 5, 9] -> "pp. 3–5, 9"; [7] -> "p. 7" (in the pack's language: "págs. 3–5, 9")."""
    return i18n.pages_label(pages, lang)


@dataclass
class KeyFigure:
    label: str
    value: int | float
    unit: str = ""
    sources: list[SourceRef] = field(default_factory=list)
    note: str = ""


@dataclass
class ChartData:
    title: str
    categories: list[str]
    values: list[int | float]
    unit: str = ""
    sources: list[SourceRef] = field(default_factory=list)
    #: One sentence saying how the values were obtained.
    basis: str = ""


@dataclass
class Block:
    key: str
    kind: str
    title: str = ""
    #: Heading level (1 = top) for heading and document blocks; tables/text sit under the last heading.
    level: int = 1
    paragraphs: list[str] = field(default_factory=list)
    view: TableView | None = None
    figures: list[KeyFigure] = field(default_factory=list)
    chart: ChartData | None = None
    #: For the sources block: one entry per document used.
    sources: list[SourceRef] = field(default_factory=list)
    source: SourceRef | None = None
    #: Extra lines for tables ("Continued over pp. 6–7", "Rows filtered: Somalia").
    notes: list[str] = field(default_factory=list)
    #: Names of the tags a heading's section carries itself (not inherited).
    tags: list[str] = field(default_factory=list)

    def outline_label(self) -> str:
        """One line describing the block in the composer's outline."""
        names = {"cover": "Cover", "contents": "Contents", "key_figures": "Key figures", "chart": "Chart",
                 "sources": "Sources", "document": "Document", "heading": "Heading", "text": "Text",
                 "table": "Table"}
        label = names.get(self.kind, self.kind)
        text = self.title
        if self.kind == "text" and self.paragraphs:
            text = self.paragraphs[0][:60] + ("…" if len(self.paragraphs[0]) > 60 else "")
        if self.kind == "table" and self.view is not None:
            n_rows, n_cols = len(self.view.rows), self.view.n_cols
            text = (f"{self.title or 'Untitled table'} ({n_rows} row{'s' if n_rows != 1 else ''} × "
                    f"{n_cols} column{'s' if n_cols != 1 else ''})")
        where = f" — {self.source.pages_label()}" if self.source and self.source.pages else ""
        indent = "    " * max(0, self.level - 1) if self.kind in ("heading", "text", "table") else ""
        return f"{indent}{label}: {text}{where}" if text else f"{indent}{label}"


@dataclass
class Pack:
    metadata: PackMetadata
    blocks: list[Block]
    filters: Filters
    documents: list[SourceDocument] = field(default_factory=list)
    #: Remarks for the user (nothing matched, a tag kind missing ...).
    notes: list[str] = field(default_factory=list)
    #: Keys of every block the definition could produce, in default order (for the composer).
    available: list[str] = field(default_factory=list)
    #: The filters in words, with names rather than codes ("Countries: Somalia").
    selection_label: str = ""
    #: Corrections recorded in the project and in effect in the documents used (0 when the pack is
    #: built straight from extracted PDFs): exporters say the figures are corrected only then.
    corrections: int = 0

    @property
    def title(self) -> str:
        return self.metadata.title or i18n.tr(self.language, "briefing_pack")

    @property
    def language(self) -> str:
        """The language the pack writes its own words in (en, fr, es)."""
        return pack_language(self.metadata.language)

    def headings(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.kind in ("heading", "document"))

    def tables(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.kind == "table")

    def source_tables(self, datas: list[DocumentData]) -> Iterator[tuple[Block, DocumentData, Table]]:
        """Each table block of the pack with its document and its source table (blocks whose table is
        gone are skipped)."""
        by_short = {_short(d.document.sha256): d for d in datas}
        for b in self.tables():
            _kind, short, table_id = b.key.split(":", 2)
            data = by_short.get(short)
            table = next((t for t in data.tables if t.id == table_id), None) if data is not None else None
            if table is not None:
                yield b, data, table

    def tables_to_check(self, datas: list[DocumentData]) -> list[tuple[str, str]]:
        """(document sha256, table id) of the pack's tables that need a check (Table.needs_check):
        figures the user has not compared with the page, in a grid the extractor doubts."""
        return [(data.document.sha256, table.id) for _b, data, table in self.source_tables(datas)
                if table.needs_check()]

    def sums_to_check(self, datas: list[DocumentData],
                      problems_of: Callable[[str], list | None] | None = None) -> list[tuple[str, str]]:
        """(document sha256, table id) of the pack's tables where a row it shows does not add up to its
        printed total, or a printed total row it shows does not add up its column: a figure the user
        corrected without its total, or one misread. Roundings are the source's own and not listed.
        ``problems_of``: a document's problems already found (sha256 -> list, None while they are
        being found: that document is left out until then); without it the tables are checked here."""
        from app.extract.problems import check_table
        from app.extract.tables.totals import earlier_parts

        known: dict[str, list | None] = {}
        found = []
        for b, data, table in self.source_tables(datas):
            sha = data.document.sha256
            if problems_of is None:
                problems = check_table(table, earlier_parts(table, data.tables))
            else:
                if sha not in known:
                    known[sha] = problems_of(sha)
                problems = [p for p in known[sha] or () if p.table == table.id]
            shown = {r.source_row for r in b.view.rows if r.source_row is not None} if b.view else set()
            if any(p.kind in ("row_sum", "column_sum") and p.row in shown for p in problems):
                found.append((sha, table.id))
        return found

    def block(self, key: str) -> Block:
        for b in self.blocks:
            if b.key == key:
                return b
        raise KeyError(key)

    def is_empty(self) -> bool:
        return not any(b.kind in ("heading", "text", "table") for b in self.blocks)


# -------------------------------------------------------------------------------------- building


def _short(sha: str) -> str:
    return sha[:12]


def _ref(doc: SourceDocument, pages: Iterable[int]) -> SourceRef:
    return SourceRef(doc.display_name, doc.sha256, sorted(set(pages)), doc.path)


_MONEY = ("fund", "requir", "budget", "usd", "us$", "appeal", "cost", "amount", "$", "€", "eur", "chf")
_NOT_MONEY = ("people", "person", "beneficiar", "target", "household", "individual", "%", "percent",
              "number of", "caseload", "population")


def _is_total_header(text: str) -> bool:
    return bool(re.search(r"\btotal\b", fold(text)))


def _money_columns(view: TableView, title: str) -> tuple[list[int], list[int]]:
    """(category columns, total columns) holding money in a funding table; ([], []) otherwise."""
    headers = view.column_headers()
    title_f = fold(title)
    title_money = any(w in title_f for w in _MONEY)
    cats, totals = [], []
    for c in view.numeric_columns():
        h = fold(headers[c])
        if any(w in h for w in _NOT_MONEY):
            continue
        if not (title_money or any(w in h for w in _MONEY)):
            continue
        if any(view.rows[i].cells[c].percent for i in range(len(view.rows))):
            continue
        (totals if _is_total_header(headers[c]) else cats).append(c)
    return cats, totals


def _unit(texts: Iterable[str]) -> str:
    joined = fold(" ".join(texts))
    if "usd" in joined or "us$" in joined or "$" in joined:
        return "USD"
    if "eur" in joined or "€" in joined:
        return "EUR"
    if "chf" in joined:
        return "CHF"
    return ""


def _category_name(view: TableView, col: int) -> str:
    """A column's name for the chart: its header lines below the table-wide one ("Requirements by
    objective (USD) / Objective 1: Protection" -> "Objective 1: Protection"; "Principle 1 / Adhering
    to ..." -> "Principle 1: Adhering to ...")."""
    full = view.column_headers()[col]
    if not full:
        return f"Column {col + 1}"
    parts = full.split(" / ")
    if len(parts) > 1 and _spans_all_money(view, col):
        parts = parts[1:]
    return ": ".join(parts)


def _spans_all_money(view: TableView, col: int) -> bool:
    """True when the top header cell above ``col`` spans several columns (a group title)."""
    row = view.header[0] if view.header else []
    for k in range(col, -1, -1):
        if row and row[k].anchor:
            return row[k].col_span > 1
    return False


@dataclass
class _Funding:
    """What one selected funding table contributes to the chart and the total."""

    sha: str
    by_columns: bool
    categories: dict[str, float]
    total: float
    ref: SourceRef
    countries: set[str]
    #: Where the total comes from: "" the sum of the selected figures; "row" the source's printed total
    #: row (the whole table is in the pack); "column" the printed Total column of the selected rows.
    printed: str = ""


def _row_label_column(view: TableView, money_col: int) -> int:
    """The row label nearest a money column: the rightmost text column left of it ("Sector" rather than
    the "Objective" column spanning its sectors)."""
    numeric = set(view.aligned_columns())
    for c in range(money_col - 1, -1, -1):
        if c not in numeric and any(r.kind == "data" and r.cells[c].anchor and r.cells[c].text.strip()
                                    for r in view.rows):
            return c
    return view.label_column


def _printed_total_row(view: TableView):
    """The source's (last) total row when the table is in the pack whole, else None."""
    if view.reduced:
        return None
    totals = [r for r in view.rows if r.kind == "total"]
    return totals[-1] if totals else None


def _funding_of(item: SelectedTable, any_country_rows: bool, seen: set) -> _Funding | None:
    from app.extract.tables.totals import subtotal_rows

    view = item.view
    if view.mixed_currencies:
        return None  # amounts in cedis and pounds add up to no requirement (the table's note says so)
    cats, totals = _money_columns(view, item.table.title)
    if not cats and not totals:
        return None
    rows = [r for r in view.rows if r.kind == "data"]
    if any_country_rows:
        # a region's subtotal row next to its countries would count them twice
        rows = [r for r in rows if r.country or not r.region]
        if not any(r.country for r in rows) and any(r.region for r in view.rows) and len(cats) >= 2:
            return None  # a table of regions when countries are listed elsewhere
    if not rows:
        return None
    ref = _ref(item.document, item.pages)
    sha = item.document.sha256
    printed_row = _printed_total_row(view)
    countries = {r.country for r in rows if r.country}
    categories: dict[str, float] = {}
    if len(cats) >= 2 or (cats and view.by_theme):
        skipped = False
        for c in cats:
            categories.setdefault(_category_name(view, c), 0)
        for r in rows:
            for c in cats:
                value = r.cells[c].value
                if value is None:
                    continue
                name = _category_name(view, c)
                key = (sha, r.country or str(id(r)), fold(name))
                if r.country and key in seen:
                    skipped = True
                    continue
                seen.add(key)
                categories[name] += value
        if not any(categories.values()) and not countries:
            return None
        total = sum(categories.values())
        printed = ""
        row_totals = [r.cells[totals[0]].value for r in rows] if totals and not skipped else []
        if printed_row is not None and not skipped:
            values = [printed_row.cells[c].value for c in cats]
            if all(v is not None for v in values):
                categories = {_category_name(view, c): v for c, v in zip(cats, values)}  # type: ignore[misc]
                whole = printed_row.cells[totals[0]].value if totals else None
                total, printed = (whole if whole is not None else sum(values)), "row"  # type: ignore[arg-type]
        elif row_totals and all(v is not None for v in row_totals):
            # the figure the source prints for each row, roundings included: the table in the pack shows
            # it, and a key figure that differed from it by a rounding would be a second requirement
            total, printed = sum(row_totals), "column"  # type: ignore[arg-type]
        return _Funding(sha, True, categories, total, ref, countries, printed)
    c = (cats or totals)[0]
    label_col = _row_label_column(view, c)
    labelled = [(r.cells[label_col].text.strip() or r.cells[view.label_column].text.strip(), r.cells[c].value)
                for r in rows]
    labelled = [(label, value) for label, value in labelled if label and value is not None]
    if not labelled:
        return None
    heads = subtotal_rows([v for _, v in labelled]) if len(labelled) > 2 else None
    if heads and len(heads) < len(labelled):  # objective rows with their sectors: the objectives, once
        labelled = [labelled[k] for k in heads]
    for label, value in labelled:
        categories[label] = categories.get(label, 0) + value
    total = sum(categories.values())
    printed = ""
    if printed_row is not None and printed_row.cells[c].value is not None:
        total, printed = printed_row.cells[c].value, "row"
    return _Funding(sha, False, categories, total, ref, countries, printed)


def _alternative_breakdowns(found: list[_Funding]) -> list[_Funding]:
    """Funding tables of one document that give the same total are two breakdowns of the same money
    (by sector and by objective; a country's row in a regional table and its own table by sector): it
    counts once, from the breakdown with fewer categories (objectives before sectors)."""
    kept: list[_Funding] = []
    for f in found:
        twin = next((k for k in kept if k.sha == f.sha and abs(k.total - f.total) < 0.5 and f.total), None)
        if twin is None:
            kept.append(f)
        elif (f.by_columns, -len(f.categories)) > (twin.by_columns, -len(twin.categories)):
            kept[kept.index(twin)] = f
    return kept


def _other_editions(found: list[_Funding]) -> tuple[list[_Funding], list[tuple[_Funding, _Funding]]]:
    """A funding table of another document with the same total and the same figures, category by
    category (in any order, under any names), is the same money printed twice: the appeal in another
    language, or a reprint in an update. It counts once, from the document met first. Returns (the
    fundings kept, (repeat, original) pairs)."""
    def figures(f: _Funding) -> tuple:
        return round(f.total), tuple(sorted(round(v) for v in f.categories.values()))

    kept: list[_Funding] = []
    repeats: list[tuple[_Funding, _Funding]] = []
    for f in found:
        original = next((k for k in kept if k.sha != f.sha and f.total and figures(k) == figures(f)), None)
        if original is None:
            kept.append(f)
        else:
            repeats.append((f, original))
    return kept, repeats


def _total_note(kinds: set[str]) -> str:
    """The note under the total requirement: where its figures come from (see :class:`_Funding`)."""
    if kinds == {"row"}:
        return "note_printed_total"
    if kinds == {"column"}:
        return "note_printed_row_totals"
    if kinds == {""}:
        return "note_sum_rows"
    return "note_mixed_columns" if "column" in kinds else "note_mixed"


#: Objectives shown one by one among the key figures (beyond, the chart shows them).
MAX_OBJECTIVE_FIGURES = 6


def chart_for(selection: Selection, lang: str = "en") -> tuple[ChartData | None, list[KeyFigure]]:
    """Requirements by objective/sector for the selection, and the key figures a donor reads: the total
    requirement, the requirement per objective, and the people targeted where the source gives them.

    Funding tables are tables whose title or column headers speak of money (funding, requirements,
    budget, USD ...). Tables with several money columns (countries x objectives) give categories from
    their column headers; tables with one money column (objectives/sectors as rows) give categories
    from the row labels nearest the figures (objective subtotal rows, when the rows are objectives each
    followed by its sectors). Within one document the first kind wins when both are selected. Only data
    rows count; a table in the pack whole counts with its printed total row (the figure the source
    prints, roundings included). When some rows name countries, only country rows count, so a region's
    subtotal row is not added to its countries. A country listed twice in one document counts once, and
    two tables of one document giving the same total are two breakdowns of the same money (counted
    once); a table of another document printing the same figures is another edition of it (counted
    once, and said). Different appeals are never added up: a plan of 2025 and an appeal of 2017 cover
    other years, and a country's plan may be the detail of its row in a regional appeal. With several,
    each gets its own total, named, and the chart shows the first one's breakdown.
    """
    tables = list(selection.tables())
    any_country_rows = any(r.country for t in tables for r in t.view.rows if r.kind == "data")
    seen: set[tuple[str, str, str]] = set()
    texts: dict[str, list[str]] = {}
    currencies: dict[str, set[str]] = {}
    found: list[_Funding] = []
    for item in tables:
        funding = _funding_of(item, any_country_rows, seen)
        if funding is not None:
            found.append(funding)
            texts.setdefault(funding.sha, []).extend([item.table.title] + item.view.column_headers())
            if item.view.currency:
                currencies.setdefault(funding.sha, set()).add(item.view.currency)
    found, repeats = _other_editions(_alternative_breakdowns(found))
    appeals: dict[str, list[_Funding]] = {}
    for f in found:
        appeals.setdefault(f.sha, []).append(f)
    if not appeals:
        return None, _people_figures(tables, lang)
    named = {}
    for repeat, original in repeats:  # a donor must see why two documents did not add up
        named.setdefault(original.sha, {}).setdefault(repeat.ref.document, original.ref.document)
    chart = None
    figures: list[KeyFigure] = []
    for sha, fundings in appeals.items():
        by_columns = [f for f in fundings if f.by_columns]
        used = by_columns or fundings
        told = currencies.get(sha, set())
        unit = next(iter(told)) if len(told) == 1 and "$" not in told else _unit(texts[sha])
        values, order = _requirement_categories(used, bool(by_columns), lang)
        sources = [f.ref for f in used]
        note = i18n.tr(lang, _total_note({f.printed for f in used}))
        note += "".join(" " + i18n.tr(lang, "note_repeated", document=d, original=o)
                        for d, o in named.get(sha, {}).items())
        total = _tidy(sum(f.total for f in used))
        if len(appeals) == 1:
            figures.append(KeyFigure(i18n.tr(lang, "total_requirements"), total, unit, sources, note))
            if 1 < len(order) <= MAX_OBJECTIVE_FIGURES:
                figures += [KeyFigure(name, _tidy(values[name]), unit, sources) for name in order]
        else:
            figures.append(KeyFigure(i18n.tr(lang, "total_requirements_of", document=used[0].ref.document),
                                     total, unit, sources, note))
        if chart is None and len(order) > 1:  # one bar would say nothing the total does not
            unit_suffix = f" ({unit})" if unit else ""
            title = i18n.tr(lang, "chart_by_objective" if by_columns else "chart_by_sector") + unit_suffix
            if len(appeals) > 1:
                title = i18n.tr(lang, "labelled", label=title, value=used[0].ref.document)
            chart = ChartData(title, order, [_tidy(values[k]) for k in order], unit, sources,
                              i18n.tr(lang, "basis_columns" if by_columns else "basis_rows"))
    return chart, figures + _people_figures(tables, lang)


def _requirement_categories(used: list[_Funding], by_columns: bool,
                            lang: str) -> tuple[dict[str, float], list[str]]:
    """The chart's categories of one appeal's funding tables, added up by name; beyond
    MAX_CHART_CATEGORIES row labels, the smallest go to "All other (n)"."""
    values: dict[str, float] = {}
    for f in used:
        for name, value in f.categories.items():
            values[name] = values.get(name, 0) + value
    order = list(values)
    if not by_columns and len(order) > MAX_CHART_CATEGORIES:
        ranked = sorted(order, key=lambda k: -abs(values[k]))
        keep = set(ranked[: MAX_CHART_CATEGORIES - 1])
        rest = [k for k in order if k not in keep]
        other = i18n.tr(lang, "all_other", n=i18n.format_number(len(rest), 0, lang))
        values[other] = sum(values[k] for k in rest)
        order = [k for k in order if k in keep] + [other]
    return values, order


def _people_figures(tables: list[SelectedTable], lang: str = "en") -> list[KeyFigure]:
    """"People targeted" (or reached, in need ...) as the source gives it: the printed total of a people
    column of a table in the pack whole, or the one row kept of it. People are not added up across
    rows or tables: the same people are counted under several sectors."""
    from app.extract.tables.totals import PEOPLE_HEADER

    for item in tables:
        view = item.view
        headers = view.column_headers()
        title_people = bool(PEOPLE_HEADER.search(item.table.title or ""))
        data_rows = [r for r in view.rows if r.kind == "data"]
        for c in view.numeric_columns():
            header = headers[c]
            if not (PEOPLE_HEADER.search(header) or (title_people and _is_total_header(header))):
                continue
            if any(r.cells[c].percent for r in data_rows):
                continue
            printed = _printed_total_row(view)
            if printed is not None and printed.cells[c].value is not None:
                value = printed.cells[c].value
            elif len(data_rows) == 1 and data_rows[0].cells[c].value is not None:
                value = data_rows[0].cells[c].value
            else:
                continue
            source = header if PEOPLE_HEADER.search(header) else item.table.title
            label = (i18n.tr(lang, "people_targeted") if re.search(r"target", source, re.IGNORECASE) else
                     " ".join(source.split(" / ")[-1].split()) or i18n.tr(lang, "people"))
            return [KeyFigure(label, _tidy(value), "", [_ref(item.document, item.pages)],
                              i18n.tr(lang, "note_people"))]
    return []


def _tidy(value: int | float) -> int | float:
    if isinstance(value, float):
        value = round(value, 6)
        if value.is_integer():
            return int(value)
    return value


def _default_blocks(selection: Selection, lang: str = "en") -> list[Block]:
    """Blocks in default order, built from a selection."""
    blocks: list[Block] = []
    docs_with_content = []
    for item in selection.items:
        if item.document.sha256 not in docs_with_content:
            docs_with_content.append(item.document.sha256)
    several = len(docs_with_content) > 1
    current_doc = None
    current_level = 0
    # Documents whose sections hang under one level-0 root: the root is the document itself (its title,
    # tags that apply to the whole document); it is named by the document block, not a heading.
    rooted: set[str] = set()
    for item in selection.items:
        doc = item.document
        short = _short(doc.sha256)
        is_root = isinstance(item, SelectedSection) and item.depth == 0 and item.section.level <= 0
        if several and doc.sha256 != current_doc:
            current_doc = doc.sha256
            title = item.section.title if is_root and item.section.title.strip() else doc.display_name
            blocks.append(Block(f"document:{short}", "document", title, 1,
                                source=_ref(doc, [])))
        offset = 1 if several else 0
        if is_root:
            rooted.add(doc.sha256)
            s = item.section
            current_level = offset
            paragraphs = split_paragraphs(s.text) if item.matched else []
            if paragraphs and selection.filters.include_text:
                blocks.append(Block(f"text:{short}:{s.id}", "text", s.title, max(1, offset), paragraphs=paragraphs,
                                    source=_ref(doc, [s.page])))
            continue
        if isinstance(item, SelectedSection):
            s = item.section
            level = item.depth + (0 if doc.sha256 in rooted else 1) + offset
            current_level = level
            pages = list(range(s.page, s.own_end_page + 1))  # where its own text is printed
            blocks.append(Block(f"heading:{short}:{s.id}", "heading", s.title, level,
                                source=_ref(doc, [s.page]),
                                tags=[local_name(t, lang) or t.name or t.code for t in s.tags]))
            paragraphs = split_paragraphs(s.text) if item.matched else []
            notes = []
            if paragraphs and item.paragraphs is not None:  # a section on something else that mentions it
                total, keep = len(paragraphs), set(item.paragraphs)
                paragraphs = [p for i, p in enumerate(paragraphs) if i in keep]
                notes.append(i18n.tr(lang, "paragraphs_kept", kept=i18n.format_number(len(paragraphs), 0, lang),
                                     total=i18n.count(lang, total, "paragraph")))
            if paragraphs and selection.filters.include_text:
                blocks.append(Block(f"text:{short}:{s.id}", "text", s.title, level, paragraphs=paragraphs,
                                    source=_ref(doc, pages), notes=notes))
        elif isinstance(item, SelectedTable):
            t = item.table
            notes = []
            if item.view.reduced:
                notes += _selected_rows_notes(item.view, lang)
            if item.view.by_theme:
                names = [h for c, h in enumerate(item.view.column_headers()) if c in item.view.number_columns]
                notes.append(i18n.tr(lang, "theme_columns", columns=", ".join(h.split(" / ")[0] for h in names)))
            if item.view.mixed_currencies:
                notes.append(i18n.tr(lang, "mixed_currencies", currencies=", ".join(item.view.mixed_currencies)))
            if len(item.pages) > 1:
                # the source line already says which pages
                notes.append(i18n.tr(lang, "continued", count=i18n.format_number(len(set(item.pages)), 0, lang)))
            blocks.append(Block(f"table:{short}:{t.id}", "table", t.title or i18n.tr(lang, "table_on_page", page=t.page),
                                max(current_level, 1 + offset) if item.section is not None else 1 + offset,
                                view=item.view, source=_ref(doc, item.pages), notes=notes))
    return blocks


def _selected_rows_notes(view, lang: str) -> list[str]:
    """What a reduced table kept: its rows' labels (the text cells before its first figure column, so
    "Objective 1 – Health" where a sector sits beside an objective spanning several rows, which is
    named once), and the columns its recomputed total leaves empty."""
    figures = view.aligned_columns()
    end = min((c for c in figures if c > view.label_column), default=view.n_cols)
    labels: list[str] = []
    for r in view.rows:
        if r.kind != "data":
            continue
        parts = [c.text.strip() for c in r.cells[view.label_column:end] if c.anchor and c.text.strip()]
        text = " – ".join(parts)
        if text and text not in labels:
            labels.append(text)
    notes = [i18n.tr(lang, "selected_rows", labels=", ".join(labels))] if labels else []
    if view.not_summed and any(r.kind == "computed" for r in view.rows):
        headers = view.column_headers()
        names = ", ".join(i18n.tr(lang, "quoted", text=headers[c].split(" / ")[-1]) for c in view.not_summed)
        notes.append(i18n.tr(lang, "not_summed", columns=names))
    return notes


def apply_order(default_keys: Sequence[str], order: Sequence[str], removed: Iterable[str]) -> list[str]:
    """Merge the user's order into the default one: keys the user ordered keep that order; keys new
    since (after corrections or filter changes) go right after their default predecessor."""
    removed_set = set(removed)
    available = [k for k in default_keys if k not in removed_set]
    available_set = set(available)
    result = [k for k in dict.fromkeys(order) if k in available_set]
    placed = set(result)
    for i, key in enumerate(available):
        if key in placed:
            continue
        # after the nearest default predecessor already placed
        pos = 0
        for prev in reversed(available[:i]):
            if prev in placed:
                pos = result.index(prev) + 1
                break
        result.insert(pos, key)
        placed.add(key)
    return result


def _datas(source: Any) -> list[DocumentData]:
    if isinstance(source, DocumentData):
        return [source]
    documents = getattr(source, "documents", None)
    if isinstance(documents, dict):  # app.project.project.Project
        return list(documents.values())
    return list(source)


def build_pack(source: Any, definition: PackDefinition | None = None) -> Pack:
    """Build the pack of ``definition`` from a Project, a DocumentData or a list of them, using their
    current (corrected) state."""
    definition = definition or PackDefinition()
    datas = _datas(source)
    selection = select(datas, definition.filters)
    lang = pack_language(definition.metadata.language)
    body = _default_blocks(selection, lang)
    chart, figures = chart_for(selection, lang)
    used_docs = []
    for b in body:
        if b.source and b.source.sha256 not in [d.sha256 for d in used_docs]:
            used_docs.append(next(d for d in selection.documents if d.sha256 == b.source.sha256))
    fixed_front = [Block("cover", "cover", definition.metadata.title)]
    fixed_front.append(Block("contents", "contents", i18n.tr(lang, "contents")))
    fixed_front.append(Block("key-figures", "key_figures", i18n.tr(lang, "key_figures"), figures=figures))
    if chart is not None:
        fixed_front.append(Block("chart", "chart", chart.title, chart=chart))
    sources = []
    for doc in used_docs:
        pages: set[int] = set()
        for b in body:
            if b.source and b.source.sha256 == doc.sha256:
                pages.update(b.source.pages)
        sources.append(_ref(doc, pages))
    tail = [Block("sources", "sources", i18n.tr(lang, "sources"), sources=sources)] if sources else []
    all_blocks = fixed_front + body + tail
    by_key = {b.key: b for b in all_blocks}
    keys = apply_order([b.key for b in all_blocks], definition.order, definition.removed)
    notes = list(selection.notes)
    if not body:
        notes.append("Nothing matches these filters.")
    names: dict[str, str] = {}
    for kind, tags in present_tags(datas).items():
        for tag in tags:
            names[tag.code] = local_name(tag, lang) or tag.code
    for code in definition.filters.countries:
        if code not in names:
            tag = find_country(code)
            if tag is not None:
                names[code] = local_name(tag, lang)
    for data in datas:
        for section in data.all_sections():
            names[f"{data.document.sha256}:{section.id}"] = section.title
    steps = getattr(source, "undo_stack", None) or []  # app.project.project.Project: corrections in effect
    used_shas = {d.sha256 for d in used_docs}
    return Pack(
        corrections=sum(1 for step in steps if getattr(step, "sha256", None) in used_shas),
        selection_label=definition.filters.describe(names, lang),
        metadata=definition.metadata,
        blocks=[by_key[k] for k in keys],
        filters=definition.filters,
        documents=used_docs,
        notes=notes,
        available=[b.key for b in all_blocks],
    )


def describe_block(block: Block) -> str:
    return block.outline_label()


__all__ = [
    "Block",
    "ChartData",
    "KeyFigure",
    "Pack",
    "PackDefinition",
    "PackError",
    "PackMetadata",
    "SourceRef",
    "apply_order",
    "build_pack",
    "chart_for",
    "format_date",
    "load_definition",
    "load_definitions",
    "pages_label",
    "save_definition",
    "split_paragraphs",
]


def default_title(filters: Filters, datas: list[DocumentData], lang: str = "en") -> str:
    """The pack's title until the user gives one: the places and themes chosen ("Somalia: briefing
    pack"), else the document's name; the same in the GUI and on the command line."""
    from app.packs.pack_i18n import tr

    present = present_tags(datas)
    names = {t.code: local_name(t, lang) for kind in present.values() for t in kind}
    parts = []
    for code in filters.countries:
        tag = find_country(code)
        parts.append(names.get(code) or (local_name(tag, lang) if tag else code))
    parts += [names.get(c, c) for c in filters.regions + filters.themes]
    if parts:
        return tr(lang, "named_pack", name=", ".join(parts))
    if len(datas) == 1:
        return tr(lang, "named_pack", name=datas[0].title)
    return tr(lang, "briefing_pack")
