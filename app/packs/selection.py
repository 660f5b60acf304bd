"""Selecting what goes into a briefing pack: filters over one or several corrected documents.

Qt-free. :func:`select` takes the current (corrected) :class:`~app.document.model.DocumentData` of each source
document and a :class:`Filters` and returns a :class:`Selection`: the matching sections (with the
headings of their ancestors as context) and the matching tables, each reduced to a :class:`TableView`
(kept rows and columns, header rows always kept, recomputed totals clearly labelled).

Semantics (also documented in ``docs/packs.md``):

* No filter at all: every section and every table of every document.
* Several kinds of filter combine with AND; several values of one kind with OR.
* A **section** matches a country / region / theme filter when it or one of its ancestors carries a
  matching tag (inheritance). A country tag also matches a region filter when the region's member
  countries are known.
* A **table** matches a tag filter when its section matches, or when a row label carries a matching
  tag (a country row of a regional funding table). With a theme filter, a table whose column headers
  name the theme matches too, with its row labels and the theme's columns only (``TableView.by_theme``).
* With a **country** filter, a table with country rows is reduced to its header rows plus the rows of
  the chosen countries. With a region or theme filter, a table matched only through its rows is
  reduced to those rows; a table whose section matches keeps all its rows. A reduced table never
  keeps the source's total rows: a "Total of selected rows" is recomputed from the kept rows for
  every numeric column and marked as computed (not when a single row is kept: it is its own total).
* **Sections** checked in the tree select those sections and their sub-sections (and their tables).
* A **keyword** matches section titles and text, table titles, captions and cells; the comparison
  ignores case and accents. A table inside a section matching the keyword, or whose title, caption or
  headers match it, is kept whole; a table matched only through body cells is reduced to the rows of
  those cells (a label spanning rows brings all of them).
* **Columns** chosen by header text reduce every kept table to its label column plus the columns whose
  header contains one of the texts (tables with none of them keep all their columns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Sequence

from app.document.model import Cell, DocumentData, Section, SourceDocument, Table, Tag
from app.document.tags import (PLACES, REGION_COUNTRIES, document_words, find_country, find_region,
                               find_theme, fold, known_tags, named_places, table_row_tags, tag_text)
from app.extract.tables.continuation import continuation_chain, continuations, merge_continued
from app.extract.tables.totals import not_summed_columns

TOTAL_OF_SELECTED = "Total of selected rows"

# ------------------------------------------------------------------------------------------ tags


def region_countries(region_code: str) -> set[str] | None:
    """ISO codes of the countries listed for a region (:data:`app.document.tags.REGION_COUNTRIES`), or None."""
    listed = REGION_COUNTRIES.get(region_code)
    return {str(c).upper() for c in listed} if listed else None


def resolve_tag(kind: str, text: str, present: Iterable[Tag] = ()) -> Tag | None:
    """A region or theme tag from its code or name: first among tags present in the documents, then
    among the ones :mod:`app.document.tags` knows. Countries go through :func:`find_country`."""
    if kind == "country":
        return find_country(text)
    key = fold(text)
    candidates = [t for t in present if t.kind == kind] + known_tags(kind)
    for tag in candidates:
        if fold(tag.code) == key or fold(tag.name) == key:
            return tag
    for tag in candidates:  # "east horn" -> East and Horn of Africa
        if key and (key in fold(tag.name) or key in fold(tag.code)):
            return tag
    # the names app.document.tags knows besides the display name: French and Spanish ("Afrique
    # australe", "América del Sur", "Objectif 3"), other English forms ("Asia-Pacific")
    return find_region(text) if kind == "region" else find_theme(text)


# ------------------------------------------------------------------------------------------ filters


@dataclass
class Filters:
    """What to select. Empty lists mean "no filter of this kind"."""

    countries: list[str] = field(default_factory=list)  # ISO 3166 alpha-3 codes
    regions: list[str] = field(default_factory=list)  # region codes
    themes: list[str] = field(default_factory=list)  # theme codes
    #: Sections checked in the tree: ``"<sha256>:<section id>"`` or a bare section id (any document).
    sections: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    #: Column header texts to keep (besides the row-label column).
    columns: list[str] = field(default_factory=list)
    #: Source documents (SHA-256) to use; empty = all documents.
    documents: list[str] = field(default_factory=list)
    include_text: bool = True
    include_tables: bool = True

    def is_empty(self) -> bool:
        return not (self.countries or self.regions or self.themes or self.sections or self.keywords)

    def to_json(self) -> dict[str, Any]:
        return {
            "countries": list(self.countries),
            "regions": list(self.regions),
            "themes": list(self.themes),
            "sections": list(self.sections),
            "keywords": list(self.keywords),
            "columns": list(self.columns),
            "documents": list(self.documents),
            "include_text": self.include_text,
            "include_tables": self.include_tables,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> "Filters":
        data = data or {}

        def strings(key: str) -> list[str]:
            value = data.get(key) or []
            if isinstance(value, str):
                value = [value]
            return [str(v) for v in value if str(v).strip()]

        return cls(
            countries=[c.upper() for c in strings("countries")],
            regions=strings("regions"),
            themes=strings("themes"),
            sections=strings("sections"),
            keywords=strings("keywords"),
            columns=strings("columns"),
            documents=strings("documents"),
            include_text=bool(data.get("include_text", True)),
            include_tables=bool(data.get("include_tables", True)),
        )

    def describe(self, names: dict[str, str] | None = None, lang: str = "en") -> str:
        """Short human description ("Countries: Somalia, Kenya · Keywords: drought"); ``names`` maps
        tag and section codes to display names; ``lang`` is the language of a pack's labels."""
        from app.packs.pack_i18n import tr

        names = names or {}
        parts = []
        for key, values in (
            ("sel_countries", self.countries),
            ("sel_regions", self.regions),
            ("sel_themes", self.themes),
            ("sel_sections", self.sections),
            ("sel_keywords", self.keywords),
            ("sel_columns", self.columns),
        ):
            label = tr(lang, key)
            if values:
                shown = [names.get(v) or names.get(v.split(":")[-1]) or v.split(":")[-1] for v in values]
                parts.append(tr(lang, "labelled", label=label, value=", ".join(shown)))
        return " · ".join(parts) if parts else tr(lang, "whole_document")


# ------------------------------------------------------------------------------------------- views


@dataclass
class ViewCell:
    text: str
    value: int | float | None = None
    note: str | None = None
    col_span: int = 1
    row_span: int = 1
    #: False for positions covered by a spanning cell (exporters draw nothing there).
    anchor: bool = True
    percent: bool = False

    @property
    def is_number(self) -> bool:
        return self.value is not None


@dataclass
class ViewRow:
    cells: list[ViewCell]
    #: Row index in the source table (None for a computed row).
    source_row: int | None
    #: "data", "total" (a total row of the source) or "computed" (Total of selected rows).
    kind: str = "data"
    #: Country code carried by the row label, if any.
    country: str | None = None
    #: Region code carried by the row label (a region's subtotal row in a global table), if any.
    region: str | None = None


@dataclass
class TableView:
    """A table as it goes into a pack: header rows + kept body rows, kept columns."""

    title: str
    columns: list[int]  # source column indexes kept
    header: list[list[ViewCell]]
    rows: list[ViewRow]
    #: True when rows were dropped (then totals are recomputed).
    reduced: bool = False
    #: Index (in the view) of the label column.
    label_column: int = 0
    #: View columns that hold numbers in the source table (all its body rows), for alignment even
    #: when the kept rows only say "-".
    number_columns: list[int] = field(default_factory=list)
    #: Figure columns kept because their headers name a chosen theme (a countries x objectives
    #: funding table in a theme pack); the other figure columns were dropped.
    by_theme: bool = False
    #: View columns a "Total of selected rows" leaves empty: the source's own total shows they do not
    #: add up (people counted once across sectors, rates).
    not_summed: list[int] = field(default_factory=list)
    #: Currencies of the kept rows, in order, when they differ (a currency column beside the amounts,
    #: or signs in the amounts): no total adds them up (:func:`row_currencies`).
    mixed_currencies: list[str] = field(default_factory=list)
    #: The one currency every kept row is in, when the table says so row by row ("GHS" in a currency
    #: column); "" otherwise.
    currency: str = ""

    @property
    def n_cols(self) -> int:
        return len(self.columns)

    def column_headers(self) -> list[str]:
        """One header text per kept column (header rows joined with " / ", spans repeated)."""
        out = []
        for c in range(self.n_cols):
            parts: list[str] = []
            for row in self.header:
                text = _spanned_text(row, c)
                if text and (not parts or parts[-1] != text):
                    parts.append(text)
            out.append(" / ".join(parts))
        return out

    def aligned_columns(self) -> list[int]:
        """Columns to right-align: numeric in the kept rows or in the source table."""
        return sorted(set(self.numeric_columns()) | set(self.number_columns))

    def numeric_columns(self) -> list[int]:
        """View columns holding a number in at least one data row (label column excluded)."""
        cols = []
        for c in range(self.n_cols):
            if c == self.label_column:
                continue
            if any(r.kind == "data" and r.cells[c].anchor and r.cells[c].value is not None for r in self.rows):
                cols.append(c)
        return cols

    def body_text_grid(self) -> list[list[str]]:
        return [[cell.text if cell.anchor else "" for cell in row.cells] for row in self.rows]


def _spanned_text(row: list[ViewCell], col: int) -> str:
    """Text covering ``col`` in a header row, following column spans backwards."""
    for c in range(col, -1, -1):
        cell = row[c]
        if cell.anchor:
            return cell.text if c + cell.col_span > col else ""
    return ""


# ------------------------------------------------------------------------------------- selection


@dataclass
class SelectedSection:
    document: SourceDocument
    section: Section
    #: Depth in the source tree (0 = root); exporters use it for heading levels.
    depth: int
    #: True when the section itself matched; False when it is only there as context (an ancestor of
    #: a match, or the section of a table matched through its rows): then its text is left out.
    matched: bool = True
    #: Indexes of the paragraphs kept (blank-line separated, in order) when only some paragraphs are
    #: about the selection: a section on another country that mentions the chosen one. None: all.
    paragraphs: list[int] | None = None


@dataclass
class SelectedTable:
    document: SourceDocument
    table: Table
    view: TableView
    section: Section | None = None
    #: Pages of the source table (a table continued over several pages lists them all).
    pages: list[int] = field(default_factory=list)


SelectedItem = SelectedSection | SelectedTable


@dataclass
class Selection:
    filters: Filters
    items: list[SelectedItem] = field(default_factory=list)
    documents: list[SourceDocument] = field(default_factory=list)
    #: Non-fatal remarks ("no section carries country tags").
    notes: list[str] = field(default_factory=list)

    def sections(self) -> Iterator[SelectedSection]:
        return (i for i in self.items if isinstance(i, SelectedSection))

    def tables(self) -> Iterator[SelectedTable]:
        return (i for i in self.items if isinstance(i, SelectedTable))

    def is_empty(self) -> bool:
        return not any(isinstance(i, SelectedTable) or i.matched for i in self.items)


# --------------------------------------------------------------------------------------- helpers


def _section_parents(data: DocumentData) -> dict[str, Section | None]:
    parents: dict[str, Section | None] = {}

    def visit(section: Section, parent: Section | None) -> None:
        parents[section.id] = parent
        for child in section.children:
            visit(child, section)

    for root in data.sections:
        visit(root, None)
    return parents


def _ancestors(section_id: str, parents: dict[str, Section | None]) -> list[Section]:
    out = []
    parent = parents.get(section_id)
    while parent is not None:
        out.append(parent)
        parent = parents.get(parent.id)
    return out


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a section's text (blank-line separated; single newlines joined)."""
    out = []
    for para in re.split(r"\n\s*\n", text or ""):
        joined = " ".join(line.strip() for line in para.splitlines() if line.strip())
        if joined:
            out.append(joined)
    return out



def _title_tags(section: Section, parents: dict[str, Section | None]) -> list[Tag]:
    """What the section and its ancestors are about by their titles (a country or region heading)."""
    out: list[Tag] = []
    for s in [section] + list(_ancestors(section.id, parents)):
        out += named_places(s.title or "")
    return out


def _focus_paragraphs(section: Section, parents: dict[str, Section | None], matcher: "_Matcher",
                      kinds: list[str], words: set[str] | None) -> list[int] | None:
    """The paragraphs of a matched section that are about the chosen countries or regions, when the
    section is about something else and only mentions them (the Djibouti section of an appeal in a
    Somalia pack: its paragraphs on Somali migrants, not all of Djibouti); None for the whole text: the
    section (or a heading above it) is about them, or no paragraph names them (a tag the user gave)."""
    place = [k for k in kinds if k in ("country", "region")]
    if not place:
        return None
    subject = _title_tags(section, parents)
    missing = [k for k in place if not matcher.tag_matches(k, subject)]
    if not missing:
        return None
    keep = []
    for i, para in enumerate(split_paragraphs(section.text)):
        found = tag_text(para, kinds=("country", "region"), words=words)
        if all(matcher.tag_matches(k, found, members=False) for k in missing):
            keep.append(i)
    return keep or None


def _inherited_tags(section: Section, parents: dict[str, Section | None]) -> list[Tag]:
    """The section's own tags and those of its ancestors. Below a heading that names a country or
    region, an ancestor passes on only the places its own title names (and its themes): the places its
    text mentions are about its other sub-sections ("Funding requirements", whose text names every
    region, does not make its "Asia and the Pacific" sub-section about East Africa)."""
    tags = list(section.tags)
    titled = bool(named_places(section.title))
    for anc in _ancestors(section.id, parents):
        if titled:
            named = {(t.kind, t.code) for t in named_places(anc.title)}
            tags.extend(t for t in anc.tags if t.kind not in PLACES or (t.kind, t.code) in named)
        else:
            tags.extend(anc.tags)
        titled = titled or bool(named_places(anc.title))
    return tags


def _table_subject(table: Table, section: Section | None, parents: dict[str, Section | None],
                   has_tagged_rows: bool) -> list[Tag]:
    """The tags a table matches by, besides its rows. A table belongs to the country or region its own
    title names; else to the places the headings above it name; when no heading names one either, a
    table with country rows goes by its rows (a section whose text merely mentions regions does not
    bring every table under it), other tables by the section's inherited tags."""
    inherited = _inherited_tags(section, parents) if section is not None else []
    themes = [t for t in inherited if t.kind not in PLACES]
    own = list(named_places(table.title))
    if own:
        return themes + own
    headed = _title_tags(section, parents) if section is not None else []
    if headed or has_tagged_rows:
        return themes + headed
    return inherited


class _Matcher:
    """Tag matching for one selection, with region membership expansion."""

    def __init__(self, filters: Filters) -> None:
        self.countries = {c.upper() for c in filters.countries}
        self.regions = set(filters.regions)
        self.themes = set(filters.themes)
        self.region_members: set[str] = set()
        for code in self.regions:
            self.region_members |= region_countries(code) or set()
        self.keywords = [fold(k) for k in filters.keywords if fold(k)]

    def kinds(self) -> list[str]:
        out = []
        if self.countries:
            out.append("country")
        if self.regions:
            out.append("region")
        if self.themes:
            out.append("theme")
        return out

    def tag_matches(self, kind: str, tags: Iterable[Tag], members: bool = True) -> bool:
        """``members``: a country of the chosen region counts as the region (a country heading, a
        table row); not for places a text merely mentions (a list of resettlement countries)."""
        for tag in tags:
            if kind == "country" and tag.kind == "country" and tag.code.upper() in self.countries:
                return True
            if kind == "region":
                if tag.kind == "region" and tag.code in self.regions:
                    return True
                if members and tag.kind == "country" and tag.code.upper() in self.region_members:
                    return True
            if kind == "theme" and tag.kind == "theme" and tag.code in self.themes:
                return True
        return False

    def text_matches(self, *texts: str) -> bool:
        if not self.keywords:
            return True
        folded = [fold(t) for t in texts if t]
        return any(k in t for k in self.keywords for t in folded)


def _table_texts(table: Table) -> list[str]:
    return [table.title, table.caption] + [c.text for c in table.cells]


def _section_selected(section: Section, sha: str, parents: dict[str, Section | None], wanted: set[str]) -> bool:
    chain = [section] + _ancestors(section.id, parents)
    return any(s.id in wanted or f"{sha}:{s.id}" in wanted for s in chain)


# ------------------------------------------------------------------------------------ table views


def _numeric_cell(cell: Cell) -> ViewCell:
    percent = "%" in cell.text
    return ViewCell(cell.text, cell.value, cell.note, percent=percent)


def _view_row(grid: list[list[Cell | None]], row: int, columns: list[int], header_n: int) -> list[ViewCell]:
    """One row of a view. Column spans are clipped to the kept columns; row spans are kept inside the
    header and flattened in the body (covered body positions become empty cells)."""
    out: list[ViewCell] = []
    in_header = row < header_n
    for c in columns:
        cell = grid[row][c]
        if cell is None:
            out.append(ViewCell(""))
            continue
        covered = [k for k in columns if cell.col <= k < cell.col + cell.col_span]
        if cell.row == row:
            if c == covered[0]:
                vc = _numeric_cell(cell)
                vc.col_span = len(covered)
                if in_header:
                    vc.row_span = max(1, min(cell.row_span, header_n - row))
                out.append(vc)
            else:
                out.append(ViewCell("", anchor=False))
        elif in_header:
            out.append(ViewCell("", anchor=False))
        else:
            out.append(ViewCell("", col_span=len(covered)) if c == covered[0] else ViewCell("", anchor=False))
    return out


def _choose_columns(table: Table, wanted: list[str]) -> list[int]:
    all_cols = list(range(table.n_cols))
    if not wanted:
        return all_cols
    headers = _source_column_headers(table)
    keys = [fold(w) for w in wanted]
    chosen = [c for c in all_cols if c == 0 or any(k in fold(headers[c]) for k in keys)]
    return chosen if len(chosen) > 1 else all_cols


def _source_column_headers(table: Table) -> list[str]:
    texts = table.text_grid("repeat")
    out = []
    for c in range(table.n_cols):
        parts: list[str] = []
        for r in range(min(table.header_rows, table.n_rows)):
            t = texts[r][c]
            if t and (not parts or parts[-1] != t):
                parts.append(t)
        out.append(" / ".join(parts))
    return out


def make_view(table: Table, rows: Sequence[int] | None = None, columns: Sequence[int] | None = None,
              row_tags: dict[int, list[Tag]] | None = None) -> TableView:
    """A view of ``table`` keeping header rows, the body rows ``rows`` (None = all) and ``columns``.

    When rows are dropped, the source's total rows are dropped too and a computed
    "Total of selected rows" is appended for every numeric column.
    """
    columns = list(columns) if columns is not None else list(range(table.n_cols))
    grid = table.grid()
    header_n = min(table.header_rows, table.n_rows)
    body_all = list(range(header_n, table.n_rows))
    reduced = rows is not None and list(rows) != body_all
    if rows is None:
        kept = body_all
    else:
        wanted = set(rows)
        kept = [r for r in body_all if r in wanted and not (reduced and r in table.total_rows)]
    tags = row_tags if row_tags is not None else table_row_tags(table)
    header = [_view_row(grid, r, columns, header_n) for r in range(header_n)]
    view_rows: list[ViewRow] = []
    kept_set = set(kept)
    for r in kept:
        cells = _view_row(grid, r, columns, header_n)
        # a label spanning rows whose anchor row was dropped: repeat its text on the first kept row
        for i, c in enumerate(columns):
            cell = grid[r][c]
            if cell is not None and cell.row < r and cells[i].anchor and cell.row not in kept_set:
                first_kept = min(k for k in kept if cell.row <= k < cell.row + cell.row_span)
                if first_kept == r:
                    span = cells[i].col_span
                    cells[i] = _numeric_cell(cell)
                    cells[i].col_span = span
        country = next((t.code for t in tags.get(r, []) if t.kind == "country"), None)
        region = next((t.code for t in tags.get(r, []) if t.kind == "region"), None)
        kind = "total" if r in table.total_rows else "data"
        view_rows.append(ViewRow(cells, r, kind, country, region))
    source_numeric = {c.col for c in table.cells if c.row >= header_n and c.value is not None and c.col > 0}
    view = TableView(table.title, columns, header, view_rows, reduced=reduced, label_column=0,
                     number_columns=[i for i, c in enumerate(columns) if c in source_numeric])
    _set_currencies(view)
    if reduced:
        unsummed = set(not_summed_columns(table))
        view.not_summed = [i for i, c in enumerate(columns) if c in unsummed]
        add_selected_total(view)
    return view


_CURRENCY_HEADER = re.compile(r"currenc|devise|monnaie|moneda|divisa", re.IGNORECASE)


def row_currencies(view: TableView) -> list[str | None]:
    """The currency of each data row of ``view``, where the table tells it row by row: a column whose
    cells all name a currency ("GHS", "GBP £", "US$"), headed as one (Currency, Devise, Moneda) or
    holding a sign; else the sign or code printed with the row's amounts ("€ 1,200", "1,200 USD").
    None for a row whose currency is not told."""
    from app.document.numbers import currency_code

    data = [r for r in view.rows if r.kind == "data"]
    headers = view.column_headers()
    for c in range(view.n_cols):
        texts = [r.cells[c].text.strip() for r in data if r.cells[c].anchor]
        named = [t for t in texts if t]
        if not named or any(r.cells[c].value is not None for r in data):
            continue
        codes = [currency_code(t) for t in named]
        if None in codes:
            continue
        if _CURRENCY_HEADER.search(headers[c]) or any(not re.fullmatch(r"[A-Z]{3}", t) for t in named):
            return [currency_code(r.cells[c].text) if r.cells[c].anchor else None for r in data]
    figures = view.numeric_columns()
    out: list[str | None] = []
    for r in data:
        signs = {code for c in figures if r.cells[c].anchor and r.cells[c].value is not None
                 for code in [_amount_currency(r.cells[c].text)] if code}
        out.append(next(iter(signs)) if len(signs) == 1 else None)
    return out


def _amount_currency(text: str) -> str | None:
    """The currency printed before or after an amount ("€ 1,200", "US$1.5", "1,200 GBP")."""
    from app.document.numbers import currency_code

    m = re.match(r"^\s*([^\d\s(−–-]+)\s*[(−–-]?\d", text) or re.search(r"\d\s*([^\d\s%),.]+)\s*$", text)
    return currency_code(m.group(1)) if m else None


def _set_currencies(view: TableView) -> None:
    found = [c for c in row_currencies(view) if c]
    distinct = list(dict.fromkeys(found))
    if len(distinct) > 1:
        view.mixed_currencies = distinct
    elif distinct and len(found) == sum(1 for r in view.rows if r.kind == "data"):
        view.currency = distinct[0]


def add_selected_total(view: TableView) -> None:
    """Append the recomputed "Total of selected rows" (sum of the kept data rows per numeric column);
    none when the rows are in different currencies."""
    numeric = [c for c in view.numeric_columns() if c not in view.not_summed]
    if not numeric or sum(1 for r in view.rows if r.kind == "data") < 2 or view.mixed_currencies:
        return  # one kept row is its own total; cedis and pounds add up to nothing
    cells = [ViewCell("") for _ in range(view.n_cols)]
    cells[view.label_column] = ViewCell(TOTAL_OF_SELECTED)
    for c in numeric:
        if c in view.not_summed:
            continue
        values = [r.cells[c].value for r in view.rows if r.kind == "data" and r.cells[c].anchor]
        numbers = [v for v in values if v is not None]
        if any(r.cells[c].percent for r in view.rows if r.kind == "data"):
            continue  # percentages do not add up
        total = sum(numbers)
        if isinstance(total, float) and total.is_integer() and all(isinstance(v, int) for v in numbers):
            total = int(total)
        cells[c] = ViewCell(_plain_number(total), _round(total))
    view.rows.append(ViewRow(cells, None, "computed"))


def _round(value: int | float) -> int | float:
    if isinstance(value, float):
        value = round(value, 10)
        if value.is_integer():
            return int(value)
    return value


def _plain_number(value: int | float) -> str:
    from app.document.numbers import format_number

    value = _round(value)
    if isinstance(value, int):
        return format_number(value, 0)
    decimals = min(len(repr(value).split(".")[-1]), 6) if "." in repr(value) else 0
    return format_number(value, decimals)


# ------------------------------------------------------------------------------------------ select


def _table_pages(table: Table, links: dict[str, Table]) -> list[int]:
    pages: set[int] = set()
    for part in continuation_chain(table, links):  # a table merged from several pages lists them all
        pages.update(part.pages())
    return sorted(pages)


def _place_tables(data: DocumentData, order: list[Section], links: dict[str, Table]) -> dict[str | None, list[Table]]:
    """Tables by the section they are shown under: their own section, else the last section starting
    before them (by page and position), else None (before the first section)."""
    ids = {s.id for s in order}
    placed: dict[str | None, list[Table]] = {}
    continuing = {t.id for t in links.values()}
    for table in sorted(data.tables, key=lambda t: (t.page, t.bbox[1])):
        if table.id in continuing:
            continue  # a continuation is exported with the table it continues (merged in _select_table)
        key = table.section if table.section in ids else None
        if key is None:
            for s in order:
                if (s.page, s.top or 0.0) <= (table.page, table.bbox[1]):
                    key = s.id
        placed.setdefault(key, []).append(table)
    return placed


def select(datas: Sequence[DocumentData], filters: Filters | None = None) -> Selection:
    """Apply ``filters`` to the documents (their current, corrected state)."""
    filters = filters or Filters()
    matcher = _Matcher(filters)
    kinds = matcher.kinds()
    wanted_sections = set(filters.sections)
    selection = Selection(filters=filters)
    docs = [d for d in datas if not filters.documents or d.document.sha256 in filters.documents]
    for data in docs:
        selection.documents.append(data.document)
        sha = data.document.sha256
        parents = _section_parents(data)
        order = list(data.all_sections())
        links = continuations(data)  # app/extract/tables/continuation.py decides which links hold
        placed = _place_tables(data, order, links)

        def section_match(section: Section) -> bool:
            inherited = _inherited_tags(section, parents)
            for k in kinds:
                if matcher.tag_matches(k, inherited, members=False):
                    continue
                if k == "region" and matcher.tag_matches(k, _title_tags(section, parents)):
                    continue  # under a heading naming one of the region's countries
                return False
            if wanted_sections and not _section_selected(section, sha, parents, wanted_sections):
                return False
            if matcher.keywords and not matcher.text_matches(section.title, section.text):
                return False
            return True

        matched_ids: set[str] = set()
        for section in order:
            if section_match(section):
                matched_ids.add(section.id)

        tables_out: dict[str | None, list[SelectedTable]] = {}
        if filters.include_tables:
            for key, tables in placed.items():
                section = next((s for s in order if s.id == key), None) if key else None
                for table in tables:
                    chosen = _select_table(data, table, section, parents, matcher, filters, sha,
                                           wanted_sections, links)
                    if chosen is not None:
                        tables_out.setdefault(key, []).append(chosen)

        # sections to output: matched ones, plus ancestors (context) of matched sections and of tables
        needed: set[str] = set(matched_ids) if filters.include_text else set()
        context: set[str] = set()
        for sid in list(needed) + [k for k in tables_out if k]:
            for anc in _ancestors(sid, parents):
                context.add(anc.id)
            if sid not in needed:
                context.add(sid)
        for t in tables_out.get(None, []):
            selection.items.append(t)
        words = document_words(data) if any(k in ("country", "region") for k in kinds) else None
        for section in order:
            if section.id in needed or section.id in context:
                depth = len(_ancestors(section.id, parents))
                focus = (_focus_paragraphs(section, parents, matcher, kinds, words)
                         if section.id in needed and section.level > 0 else None)
                selection.items.append(
                    SelectedSection(data.document, section, depth, matched=section.id in needed, paragraphs=focus)
                )
            selection.items.extend(tables_out.get(section.id, []))
    if kinds and not any(True for d in docs for s in d.all_sections() if s.tags) and not any(
        t.row_tags for d in docs for t in d.tables
    ):
        selection.notes.append("The documents carry no country, region or theme tags yet.")
    return selection


def _select_table(data: DocumentData, table: Table, section: Section | None,
                  parents: dict[str, Section | None], matcher: _Matcher, filters: Filters, sha: str,
                  wanted_sections: set[str], links: dict[str, Table]) -> SelectedTable | None:
    chain = continuation_chain(table, links)
    merged = merge_continued(*chain) if len(chain) > 1 else table
    kinds = matcher.kinds()
    tags_by_row = table_row_tags(merged)
    section_tags = _table_subject(table, section, parents, bool(tags_by_row))
    body = list(range(min(merged.header_rows, merged.n_rows), merged.n_rows))

    if wanted_sections and (section is None or not _section_selected(section, sha, parents, wanted_sections)):
        return None
    keep: set[int] = set(body)
    reduce = False
    by_theme: list[int] = []
    if matcher.keywords:
        in_section = section is not None and matcher.text_matches(section.title, section.text)
        if not in_section and not matcher.text_matches(*_table_texts(merged)):
            return None
        rows = None if in_section else _keyword_rows(merged, matcher)
        if rows is not None:
            keep &= rows
            reduce = True
    for kind in kinds:
        by_section = matcher.tag_matches(kind, section_tags)
        tagged_rows = {r for r, tags in tags_by_row.items() if any(t.kind in _row_kinds(kind) for t in tags)}
        matching_rows = {r for r in tagged_rows if matcher.tag_matches(kind, tags_by_row[r])}
        if kind == "country" and tagged_rows:
            # rows of the chosen countries only, whether or not the section matches
            if not matching_rows and not by_section:
                return None
            if matching_rows:
                keep &= matching_rows
                reduce = True
            elif by_section:
                pass  # a country's own table whose rows name other things
        elif by_section:
            continue
        elif matching_rows:
            keep &= matching_rows
            reduce = True
        elif kind == "theme" and (columns := theme_columns(merged, matcher.themes)):
            by_theme = columns
        else:
            return None
    if reduce and not keep:
        return None
    rows = sorted(keep) if reduce else None
    columns = _choose_columns(merged, filters.columns)
    if by_theme:
        # the theme's figure columns with the row labels; no other figures, no row totals
        figures = {c.col for c in merged.cells if c.row >= merged.header_rows and c.value is not None}
        wanted = [c for c in columns if c not in figures or c in by_theme]
        columns = wanted if any(c in by_theme for c in wanted) else sorted(set(by_theme) | (set(columns) - figures))
    view = make_view(merged, rows, columns, tags_by_row)
    view.by_theme = bool(by_theme)
    return SelectedTable(data.document, table, view, section, _table_pages(table, links))


def theme_columns(table: Table, themes: set[str]) -> list[int]:
    """Columns whose header names one of ``themes`` in any of its lines ("Objective 2 / Addressing the
    mobility dimensions of crises", "Objectif 2"): the objective columns of a countries x objectives
    funding table."""
    return sorted({c for c, tag in _header_themes(table) if tag.code in themes})


def _header_themes(table: Table) -> list[tuple[int, Tag]]:
    """(column, theme) for each theme a column header names in one of its lines."""
    found = []
    for c, header in enumerate(_source_column_headers(table)):
        for part in header.split(" / "):
            tag = find_theme(part) if part.strip() else None
            if tag is not None:
                found.append((c, tag))
    return found


def _keyword_rows(table: Table, matcher: _Matcher) -> set[int] | None:
    """The body rows a keyword names when only body cells match it (a "shelter" pack takes the
    shelter row of a funding table, not the plan's total); None when the table's title, caption or
    headers match (the keyword names the whole table or a column) or when only total rows match."""
    header_n = min(table.header_rows, table.n_rows)
    if matcher.text_matches(table.title, table.caption, *(c.text for c in table.cells if c.row < header_n)):
        return None
    rows = {r for c in table.cells if c.row >= header_n and matcher.text_matches(c.text)
            for r in range(c.row, c.row + max(1, c.row_span))}
    return rows if rows - set(table.total_rows) else None


def _row_kinds(kind: str) -> tuple[str, ...]:
    return ("region", "country") if kind == "region" else (kind,)


def present_tags(datas: Sequence[DocumentData]) -> dict[str, list[Tag]]:
    """The tags carried by sections and table rows of the documents, by kind: themes in the
    catalogue's order (:data:`app.document.tags.THEMES`), the others sorted by name."""
    found: dict[str, dict[str, Tag]] = {"country": {}, "region": {}, "theme": {}}
    for data in datas:
        for s in data.all_sections():
            for t in s.tags:
                found.setdefault(t.kind, {})[t.code] = t
        for table in data.tables:
            for tags in table_row_tags(table).values():
                for t in tags:
                    found.setdefault(t.kind, {})[t.code] = t
            for _col, t in _header_themes(table):  # objective columns of a funding table
                found["theme"][t.code] = t
    # themes in the catalogue's order (a plan's objectives 1 to 4, not "CRP evidence" first), others
    # after them; countries and regions by name
    order = {t.code: i for i, t in enumerate(known_tags("theme"))}
    return {k: sorted(v.values(), key=lambda t: (order.get(t.code, len(order)) if k == "theme" else 0,
                                                 fold(t.name or t.code))) for k, v in found.items()}
